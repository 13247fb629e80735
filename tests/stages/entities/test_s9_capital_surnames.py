"""Session 9: a surname that is also a capital's name ("Maria Paris") is part of the person's
name the recogniser found, not a mention of the capital (sentences written for this test)."""

from __future__ import annotations

from wirecoder import Article, analyze


def test_a_capital_as_the_surname_of_a_named_person():
    entities = analyze(Article(text="Maria Paris told reporters the plant would close.")).to_dict()["entities"]
    assert [(e["type"], e["name"]) for e in entities] == [("PERSON", "Maria Paris")]
