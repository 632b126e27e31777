"""UIMA CAS XMI for INCEpTION: the stored text, its paragraphs and its mentions with their links, out and back."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from cassis import Cas, TypeSystem, load_cas_from_xmi, load_typesystem
from lxml import etree

from pipeline.core import atomic
from pipeline.core.annotated import AnnotatedDocument
from pipeline.core.mention import Mention

MENTION_TYPE = "webanno.custom.BriefsMention"
SENTENCE_TYPE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"
METADATA_TYPE = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
MENTION_FEATURES = {"label": "label", "entityId": "entity_id", "value": "value", "source": "source"}
TYPESYSTEM_NAME = "TypeSystem.xml"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
XMI_ID = "{http://www.omg.org/XMI}id"


def typesystem() -> TypeSystem:
    """One span type for the four labels with the entity id, date value and source as string features."""
    types = TypeSystem()
    mention = types.create_type(MENTION_TYPE, description="A named ACTOR, GROUP, PLACE or DATE mention")
    for feature in MENTION_FEATURES:
        types.create_feature(mention, feature, "uima.cas.String")
    types.create_type(SENTENCE_TYPE, description="One paragraph of the clean text")
    metadata = types.create_type(METADATA_TYPE, supertypeName="uima.tcas.DocumentAnnotation")
    for feature in ("documentId", "documentTitle"):
        types.create_feature(metadata, feature, "uima.cas.String")
    return types


def to_xmi(doc_id: str, text: str, mentions: list[Mention], title: str | None = None) -> str:
    """The CAS as XMI; annotations are added in text order so the same input gives the same bytes."""
    types = typesystem()
    cas = Cas(typesystem=types, sofa_string=text, sofa_mime="text/plain")
    cas.add(types.get_type(METADATA_TYPE)(begin=0, end=len(text), language="en", documentId=doc_id,
                                          documentTitle=title or doc_id))
    sentence = types.get_type(SENTENCE_TYPE)
    start = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            cas.add(sentence(begin=start, end=start + len(line.rstrip("\n"))))
        start += len(line)
    mention_type = types.get_type(MENTION_TYPE)
    for m in sorted(mentions, key=lambda m: (m.start, m.end, m.label)):
        features = {name: getattr(m, attribute) for name, attribute in MENTION_FEATURES.items()}
        cas.add(mention_type(begin=m.start, end=m.end, **{k: v for k, v in features.items() if v is not None}))
    return cas.to_xmi(pretty_print=True)


def write_xmi_zip(documents: list[AnnotatedDocument], path: Path) -> None:
    """A zip of <id>.xmi per document plus TypeSystem.xml, the bundle INCEpTION imports; fixed dates keep it byte-stable."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        entries = [(f"{d.doc_id}.xmi", to_xmi(d.doc_id, d.text, d.mentions, d.record.get("metadata", {}).get("title")))
                   for d in sorted(documents, key=lambda d: d.doc_id)]
        for name, content in entries + [(TYPESYSTEM_NAME, typesystem().to_xml())]:
            bundle.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), content.encode("utf-8"), zipfile.ZIP_DEFLATED)
    atomic.write_bytes(Path(path), buffer.getvalue())


def xmi_sources(path: Path) -> list[tuple[str, bytes, TypeSystem]]:
    """(name, XMI bytes, type system) for an .xmi file (TypeSystem.xml beside it if there) or each .xmi in a zip."""
    path = Path(path)
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as bundle:
            names = sorted(n for n in bundle.namelist() if n.lower().endswith(".xmi"))
            systems = [n for n in bundle.namelist() if Path(n).name.lower() == TYPESYSTEM_NAME.lower()]
            types = load_typesystem(bundle.read(systems[0]).decode("utf-8")) if systems else typesystem()
            return [(f"{path}!{n}", bundle.read(n), types) for n in names]
    beside = path.parent / TYPESYSTEM_NAME
    return [(str(path), path.read_bytes(), load_typesystem(beside) if beside.exists() else typesystem())]


def read_xmi(name: str, content: bytes, types: TypeSystem) -> tuple[str, str, int, list[tuple[int, str, Mention]]]:
    """Document id, text, the text's line and (line, xmi id, mention) items; raises ValueError(line, reason) on bad XML."""
    try:
        lines = {element.get(XMI_ID): element.sourceline for element in etree.fromstring(content).iter()}
        cas = load_cas_from_xmi(io.BytesIO(content), typesystem=types, lenient=True)
    except etree.XMLSyntaxError as error:
        raise ValueError(error.lineno or 1, f"not well-formed XML: {error.msg}") from None
    except Exception as error:  # cassis reports type-system and structure problems with assorted exception types
        raise ValueError(1, f"not a readable UIMA CAS XMI: {error}") from None
    text = cas.sofa_string or ""
    metadata = list(cas.select(METADATA_TYPE)) if METADATA_TYPE in _type_names(types) else []
    doc_id = (metadata[0].documentId if metadata else None) or Path(name.split("!")[-1]).stem
    items = []
    if MENTION_TYPE in _type_names(types):
        for fs in cas.select(MENTION_TYPE):
            values = {attribute: fs.get(name) for name, attribute in MENTION_FEATURES.items()}
            mention = Mention(fs.begin, fs.end, values["label"], text[fs.begin:fs.end], values["entity_id"],
                              values["value"], values["source"] or "human")
            items.append((lines.get(str(fs.xmiID), 1), f"xmi:id {fs.xmiID}", mention))
    return doc_id, text, lines.get(str(cas.get_sofa().xmiID), 1), items


def _type_names(types: TypeSystem) -> set[str]:
    return {t.name for t in types.get_types()}
