"""A name the statistical model guessed to be a person, with no context of its own, is the place the
document shows it to be elsewhere ("assistance to Tigray" where the text also says "in Tigray" and "the region of
Tigray"): a region or a town is never an ACTOR (annotation scheme), and a document names one thing by one name.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.core.mention import Mention

CONTEXT = "+context:"


def _bare_guess(m: Mention) -> bool:
    return m.source == "model" and "+" not in (m.origin or "")


def places_shown_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """Each bare model guess typed ACTOR whose very name the document types PLACE from its context elsewhere,
    and never ACTOR or GROUP, becomes that PLACE. A guessed body is left alone: a locative context also takes
    companies and offices ("at Boeing", "to Docket Operations")."""
    shown: dict[str, set[str]] = {}
    for m in mentions:
        if CONTEXT in (m.origin or "") or not _bare_guess(m):
            shown.setdefault(m.text, set()).add(m.label)
    places = {text for text, labels in shown.items() if labels == {"PLACE"}}
    return [replace(m, label="PLACE", origin=f"{m.origin}+document-place")
            if m.label == "ACTOR" and _bare_guess(m) and m.text in places else m for m in mentions]
