"""People across articles: a surname joins the one full name with it, hyphenated and surname-first
names, ambiguity kept apart, and names compared only within a surname (issue 10, item 4)."""

from __future__ import annotations

import pytest

from wirecoder.corpus import identity
from wirecoder.corpus.identity import PeopleIndex, surnames
from wirecoder.corpus.quotes import select_quotes
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.store.sqlite import StoredQuote


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _keys(index: PeopleIndex, *names: str) -> list[str]:
    return [index.resolve(n).key for n in names]


def test_a_surname_joins_the_one_full_name_with_it(gaz):
    index = PeopleIndex.build([("John Smith", None), ("Smith", None), ("Mr. Smith", None)], gaz)
    assert len(set(_keys(index, "John Smith", "Smith", "Mr. Smith", "J. Smith"))) == 1
    assert [p.name for p in index.match("Smith")] == ["John Smith"]


def test_two_people_of_one_surname_stay_apart(gaz):
    index = PeopleIndex.build([("John Smith", None), ("Jane Smith", None), ("Smith", None)], gaz)
    john, jane, smith = _keys(index, "John Smith", "Jane Smith", "Smith")
    assert len({john, jane, smith}) == 3
    assert {p.name for p in index.match("Smith")} >= {"John Smith", "Jane Smith"}
    assert [p.name for p in index.match("Jane Smith")] == ["Jane Smith"]
    assert index.by_surname("Smith") is None


@pytest.mark.parametrize("name", ["Anna-Lena Berg", "Anna Lena Berg", "Lena Berg", "Berg", "Ms Berg"])
def test_a_hyphenated_given_name_matches_every_form(gaz, name):
    index = PeopleIndex.build([("Anna-Lena Berg", None), ("Berg", None), ("Peter Holm", None)], gaz)
    assert [p.name for p in index.match(name)] == ["Anna-Lena Berg"]
    assert index.resolve(name).name == "Anna-Lena Berg"


def test_a_surname_first_name_with_a_hyphenated_given_name(gaz):
    assert surnames("lee jae sung", ["Lee Jae-sung"]) == {"lee", "sung"}
    assert surnames("anna lena berg", ["Anna-Lena Berg"]) == {"berg"}
    assert surnames("mary smith jones", ["Mary Smith-Jones"]) == {"jones"}
    index = PeopleIndex.build([("Lee Jae-sung", "KOR"), ("Lee", None)], gaz)
    assert index.resolve("Lee").name == "Lee Jae-sung"
    assert [p.name for p in index.match("Lee")] == ["Lee Jae-sung"]
    # two people whom "Lee" may mean: it stays apart
    index = PeopleIndex.build([("Lee Jae-sung", "KOR"), ("Robert Lee", None), ("Lee", None)], gaz)
    assert index.resolve("Lee").key not in {index.resolve("Lee Jae-sung").key,
                                            index.resolve("Robert Lee").key}


def test_names_are_compared_within_their_surname_only(gaz, monkeypatch):
    calls = []
    real = identity._compatible

    def counted(short, long):
        calls.append((short[-1], long[-1]))
        return real(short, long)

    monkeypatch.setattr(identity, "_compatible", counted)
    names = [(f"Person{i} Surname{i}", None) for i in range(400)]
    names += [("Anna Surname7", None), ("Surname9", None)]
    index = PeopleIndex.build(names, gaz)
    assert len(calls) <= 2  # only "Anna Surname7" meets a name of its surname
    assert all(short == long for short, long in calls)
    assert index.resolve("Surname9").name == "Person9 Surname9"
    calls.clear()
    index.match("Surname12")
    assert len(calls) <= 2 and all(short == long for short, long in calls)


def _quote(**kw) -> StoredQuote:
    base = dict(article_id="a1", quote_id="q1", kind="indirect", start=0, end=10,
                text="The transport board will raise fares next year", speaker_name="John Smith",
                speaker_mention="John Smith", speaker_type="PERSON", speaker_country=None,
                date="2024-03-04", outlet=None, source="a.txt", published=None)
    base.update(kw)
    return StoredQuote(**base)


def test_a_lone_surname_typed_as_an_organisation_is_the_person(gaz):
    rows = [
        _quote(),
        _quote(article_id="a2", speaker_name="Smith", speaker_mention="Smith", speaker_type="ORG",
               text="The tram will open in the spring"),
        _quote(article_id="a3", speaker_name="European Union", speaker_mention="the EU",
               speaker_type="ORG", text="The rules will change next year"),
    ]
    by_surname = select_quotes(rows, gaz, speaker="Smith", echoes=False)
    assert [q.quote.article_id for q in by_surname] == ["a1", "a2"]
    assert [q.quote.article_id for q in select_quotes(rows, gaz, speaker="John Smith", echoes=False)] \
        == ["a1", "a2"]
    assert [q.quote.article_id for q in select_quotes(rows, gaz, speaker="European Union",
                                                       echoes=False)] == ["a3"]
    # with two Smiths the organisation-typed "Smith" is nobody's
    rows.append(_quote(article_id="a4", speaker_name="Jane Smith", text="Fares are too high"))
    assert [q.quote.article_id for q in select_quotes(rows, gaz, speaker="John Smith",
                                                       echoes=False)] == ["a1"]
