"""Rules learned from human corrections (models/learned/), applied after the hand-written ones on every run."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.core.mention import Mention
from pipeline.core.paths import LEARNED_ALIASES as ALIASES
from pipeline.core.paths import LEARNED_BLOCKLIST as BLOCKLIST
from pipeline.core.paths import LEARNED_DIR
from pipeline.core.paths import LEARNED_PATTERNS as PATTERNS
from pipeline.tagging.doc_access import doc_text
from pipeline.tagging.knowledge_base import KB_PATH, MODELS_DIR, KnowledgeBase
from pipeline.tagging.linker import link_name


@dataclass(frozen=True)
class LearnedRules:
    """Phrases to tag, (label, text) pairs never to tag, and aliases to link, as `briefs learn` wrote them."""

    patterns: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    blocked: frozenset[tuple[str, str]] = frozenset()
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.patterns or self.blocked or self.aliases)

    @classmethod
    def load(cls, folder: Path | str) -> LearnedRules:
        """Missing files mean nothing learned yet."""
        rows = {name: _read(Path(folder) / name) for name in (PATTERNS, BLOCKLIST, ALIASES)}
        return cls(
            {r["pattern"]: (r["label"], r.get("id")) for r in rows[PATTERNS]},
            frozenset((r["label"], r["text"]) for r in rows[BLOCKLIST]),
            {(r["label"], r["alias"]): r["entity_id"] for r in rows[ALIASES]},
        )


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def apply_learned(text: str, mentions: list[Mention], rules: LearnedRules, kb: KnowledgeBase) -> list[Mention]:
    """Drop blocked mentions, relink aliases, then tag learned phrases wherever no mention is yet."""
    result = [
        replace(m, entity_id=rules.aliases[m.label, m.text]) if (m.label, m.text) in rules.aliases else m
        for m in mentions
        if (m.label, m.text) not in rules.blocked
    ]
    for phrase, (label, entity_id) in sorted(rules.patterns.items()):
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
            if any(m.start < match.end() and match.start() < m.end for m in result):
                continue
            result.append(Mention(match.start(), match.end(), label, phrase, entity_id or link_name(phrase, kb),
                                  None, "rule", "learned:pattern"))
    return sorted(result, key=lambda m: (m.start, m.end))


class LearnedRulesComponent:
    """Runs after the linker on each paragraph; keeps doc.ents in step with the mention list."""

    def __init__(self, learned_path: str, kb_path: str):
        self.rules = LearnedRules.load(learned_path or MODELS_DIR / LEARNED_DIR)
        self.kb = KnowledgeBase.load(kb_path or KB_PATH)

    def __call__(self, doc: Doc) -> Doc:
        mentions = apply_learned(doc_text(doc), doc._.briefs_mentions or [], self.rules, self.kb)
        if self.rules:  # with nothing learned, the linker's doc.ents already are these mentions
            spans = [doc.char_span(m.start, m.end, label=m.label, kb_id=m.entity_id or "") for m in mentions]
            doc.ents = [span for span in spans if span is not None]
        doc._.briefs_mentions = mentions
        return doc


@Language.factory("briefs_learned_v1", default_config={"learned_path": "", "kb_path": ""})
def make_learned_rules(nlp: Language, name: str, learned_path: str, kb_path: str) -> LearnedRulesComponent:
    return LearnedRulesComponent(learned_path, kb_path)
