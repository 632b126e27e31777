"""The tagging stage: a spaCy pipeline assembled from models/config.cfg, run over a document's paragraphs."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline import __version__
from pipeline.core.document import CleanDocument
from pipeline.core.mention import Mention
from pipeline.tagging import (
    sentence_ner,  # noqa: F401  (registers the factories)
)
from pipeline.tagging.acronyms import is_acronym
from pipeline.tagging.dates import anchor_years
from pipeline.tagging.knowledge_base import MODELS_DIR, KnowledgeBase
from pipeline.tagging.linker import join_aliases, unify_short_forms
from pipeline.tagging.stamp import (
    CONFIG_NAME,
    describe_pipeline,
    model_meta,
    pick_model,
)

log = logging.getLogger(__name__)
MODEL_ENTITIES_PIPE = "briefs_model_entities_v1"
SENTENCE_NER_PIPE = "briefs_sentence_ner_v1"
MODEL_PIPES = (SENTENCE_NER_PIPE, MODEL_ENTITIES_PIPE)  # what rules-only mode leaves out
LINKER_PIPE = "briefs_linker_v1"


def load_nlp(model: str | None = "auto", models_dir: Path | str | None = None) -> Language:
    """The tagging pipeline; `model=None` gives rules only, "auto" the first installed English model."""
    models_dir = Path(models_dir or MODELS_DIR).resolve()
    config = spacy.util.load_config(models_dir / CONFIG_NAME, overrides={"paths.models": str(models_dir)}, interpolate=False)
    name = pick_model(model)
    if name is None:
        config["nlp"]["pipeline"] = [p for p in config["nlp"]["pipeline"] if p not in MODEL_PIPES]
        for pipe in MODEL_PIPES:
            del config["components"][pipe]
        log.warning("tagger: no statistical model, running rules-only (no parse, no model entities)")
    else:
        meta = model_meta(name)
        active = [pipe for pipe in meta["pipeline"] if pipe not in meta.get("disabled", [])]
        recogniser = config["components"][SENTENCE_NER_PIPE]["source_pipe"]
        config["nlp"]["pipeline"] = active + list(config["nlp"]["pipeline"])
        config["nlp"]["disabled"] = [recogniser]  # run sentence by sentence, by SENTENCE_NER_PIPE
        for pipe in active:
            config["components"][pipe] = {"source": name}
        config["components"][MODEL_ENTITIES_PIPE]["model_name"] = name
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.meta["briefs"] = describe_pipeline(name, models_dir)
    log.info("tagger: %s", nlp.meta["briefs"])
    return nlp


def pipeline_info(nlp: Language) -> dict:
    """What produced the annotations, for every output record."""
    info = nlp.meta.get("briefs") or {"mode": "statistical" if "ner" in nlp.pipe_names else "rules-only", "model": None, "config_hash": None}
    return {"version": __version__, **info}


def tag_document(nlp: Language, doc: CleanDocument, on_parsed=None) -> list[Mention]:
    """Tag each paragraph (batched), shift offsets into the full text, then apply document-wide links;
    `on_parsed(offset, parsed)` sees each paragraph's Doc while it is still valid, so later stages need not re-parse."""
    texts, offsets = [], []
    for start, end in doc.paragraphs:
        chunk = doc.text[start:end]
        stripped = chunk.rstrip("\n")
        if stripped.strip():
            texts.append(stripped)
            offsets.append(start)
    mentions: list[Mention] = []
    with nlp.memory_zone():
        for offset, parsed in zip(offsets, nlp.pipe(texts, batch_size=32)):
            if on_parsed is not None:
                on_parsed(offset, parsed)
            for m in parsed._.briefs_mentions or []:
                mentions.append(replace(m, start=m.start + offset, end=m.end + offset))
    year = str(doc.metadata.get("date", ""))[:4]
    return finish_document(doc.text, mentions, nlp.get_pipe(LINKER_PIPE).kb, year if year.isdigit() else None)


def finish_document(text: str, mentions: list[Mention], kb: KnowledgeBase, year: str | None = None) -> list[Mention]:
    """Document-wide steps: bare uses of defined acronyms, surnames joined to full names, year anchoring (from the
    document's own year, kept in its metadata with the dateline, before its first dated expression)."""
    mentions = add_bare_acronyms(text, mentions)
    mentions = unify_short_forms(sorted(mentions, key=lambda m: (m.start, m.end)), kb)
    mentions = join_aliases(mentions, kb)
    dates = [m for m in mentions if m.label == "DATE"]
    values = dict(zip((m.start for m in dates), anchor_years([m.value for m in dates], year)))
    return [replace(m, value=values[m.start]) if m.label == "DATE" else m for m in mentions]


def add_bare_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """An acronym the text defines is a mention wherever it appears, linked like its definition."""
    defined = {m.text: m for m in mentions if m.origin == "acronyms:definition" and is_acronym(m.text)}
    taken = sorted((m.start, m.end) for m in mentions)
    added = []
    for acronym, definition in sorted(defined.items()):
        for match in re.finditer(rf"(?<!\w){re.escape(acronym)}(?!\w)", text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            added.append(Mention(match.start(), match.end(), definition.label, acronym, definition.entity_id, None, "rule", "acronyms:bare-use"))
    relinked = [
        replace(m, label=defined[m.text].label, entity_id=defined[m.text].entity_id) if m.text in defined and m.origin != "acronyms:definition" else m
        for m in mentions
    ]
    return relinked + added
