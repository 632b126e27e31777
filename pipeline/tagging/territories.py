"""Territories of a state that the country standard also lists as countries: New Caledonia, Puerto Rico, Aruba,
Hong Kong, Guadeloupe. The knowledge base marks them (models/build_gazetteers.py, from ISO 3166-2's overseas
collectivities, outlying areas, special administrative regions and constituent countries). Such a territory stays a
region, PLACE in every use (guidelines, autonomous regions and territories), where a state's name is told apart as
ACTOR or PLACE."""

from __future__ import annotations

from pipeline.tagging.knowledge_base import KnowledgeBase


def territory_ids(kb: KnowledgeBase) -> frozenset[str]:
    """The ids of every territory the knowledge base marks, read once per pipeline."""
    return frozenset(entity.id for entity in kb if entity.territory)


def a_territory_of_a_state(entity_id: str | None, territories: frozenset[str]) -> bool:
    """"offers New Caledonia a new status", "the government of Puerto Rico": a territory, never the state that acts."""
    return entity_id in territories
