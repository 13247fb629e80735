"""Statements: the propositions each quote asserts, with holder, stance and hedge.

    find.py     find_statements(doc, quotes, entities, gazetteer): the stage's entry point
    chains.py   the clause behind a statement: verbs that head one, the chain up to the cue
    frames.py   predicate, object and evidence of a statement's clause
    actors.py   whom a subject names, through the article's entity index
    stance.py   stance and hedge from negation, polarity words and modal markers
"""

from __future__ import annotations

from .find import find_statements, proposition_of

__all__ = ["find_statements", "proposition_of"]
