"""Entities of one article: people, countries and organisations, each with all its mentions.

    find.py     find_entities(doc, gazetteer): spaCy's NER plus the gazetteer, merged per article
    people.py   people in one article: names, titles, countries and the mentions that refer to them
    titles.py   titles, appositions and role-noun mentions: how a text says what office a person holds
"""

from __future__ import annotations

from .find import acts_as_government, find_entities

__all__ = ["acts_as_government", "find_entities"]
