"""The object of a proposition as the parse gives it (issue 11, session 7): a bare noun
coordinated with the object's head stays ("oil and gas"); a time phrase nested inside an
argument leaves, the argument stays ("for humanitarian aid | for another three months").
Sentences written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations

import pytest


def _found(read, text):
    return [(s.proposition_text, s.stance, s.proposition_key) for s in read(text)]


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("BUDAPEST (Reuters) - Hungary would veto any sanctions on Russian oil and gas, Foreign "
                 "Minister Peter Szijjarto said on Monday.",
                 "Hungary imposes sanctions on Russian oil and gas", "against", id="oil-and-gas"),
    pytest.param("“We will never accept tariffs on Canadian steel and aluminium,” Canadian Trade Minister "
                 "Mary Ng said.",
                 "Canada accepts tariffs on Canadian steel and aluminium", "against", id="steel-and-aluminium"),
])
def test_a_bare_noun_coordinated_with_the_object_stays(read, text, proposition, stance):
    found = _found(read, text)
    assert (proposition, stance) in [(p, s) for p, s, _ in found], found


def test_the_listed_noun_does_not_change_the_key(read):
    one = _found(read, "BUDAPEST (Reuters) - Hungary would veto any sanctions on Russian oil, Foreign Minister "
                       "Peter Szijjarto said on Monday.")
    two = _found(read, "BUDAPEST (Reuters) - Hungary would veto any sanctions on Russian oil and gas, Foreign "
                       "Minister Peter Szijjarto said on Monday.")
    assert one and two and one[0][2] == two[0][2], (one, two)


def test_a_coordinated_phrase_with_its_own_complement_is_not_listed(read):
    found = _found(read, "BUDAPEST (Reuters) - Hungary would veto any sanctions on Russian oil and a ban on "
                         "flights, Foreign Minister Peter Szijjarto said on Monday.")
    assert not any("ban on flights" in p and "sanctions on Russian oil and" in p for p, _, _ in found), found


@pytest.mark.parametrize("text, proposition", [
    pytest.param("PORT SUDAN (Reuters) - Sudan's government will keep the Adre border crossing with Chad open "
                 "for humanitarian aid for another three months, a spokeswoman, Salwa Abdelrahman, said on Tuesday.",
                 "Sudan keeps the Adre border crossing with Chad open for humanitarian aid", id="open-for-aid"),
    pytest.param("“We will extend the cease-fire with the rebels for another 30 days,” Colombian Peace "
                 "Commissioner Otty Patiño said.",
                 "Colombia extends the cease-fire with the rebels", id="duration-of-the-verb"),
])
def test_a_time_phrase_nested_in_an_argument_leaves_and_the_argument_stays(read, text, proposition):
    found = _found(read, text)
    assert proposition in [p for p, _, _ in found], found


def test_a_deadline_is_read_once(read):
    found = _found(read, "ASTANA (Reuters) - Kazakhstan will choose a contractor for the plant by the end of the "
                         "year, Energy Minister Almas Zhumagaliyev said.")
    texts = [p for p, _, _ in found]
    assert texts and not any("by the end by" in p for p in texts), texts


def test_a_relative_clause_set_off_by_a_comma_leaves_the_object(read):
    found = _found(read, "“We will override the veto, which needs a two-thirds majority in both chambers,” "
                         "Argentine Senator Laura Pineda said.")
    texts = [p for p, _, _ in found]
    assert any(p.endswith("overrides the veto") for p in texts), texts


@pytest.mark.parametrize("text, words", [
    pytest.param("“We will not accept migrants who were deported by the United States,” Mexican Foreign "
                 "Minister Ana Ruiz said.", "deported by the United States", id="past-relative-stays"),
    pytest.param("“We will take back the powers transferred to the state institutions,” Bosnian Serb leader "
                 "Milan Kovac said.", "transferred to the state institutions", id="participle-stays"),
])
def test_a_defining_clause_stays_even_in_the_past(read, text, words):
    found = _found(read, text)
    assert any(words in p for p, _, _ in found), found


def test_a_contrast_cut_from_the_object_leaves_no_dangling_negation(read):
    found = _found(read, "WASHINGTON (Reuters) - U.S. Trade Representative Mark Holloway said the United States "
                         "wanted \"real market access, not symbolic cuts.\"")
    texts = [p for p, _, _ in found]
    assert texts and not any(p.rstrip(",. ").endswith(" not") for p in texts), texts
