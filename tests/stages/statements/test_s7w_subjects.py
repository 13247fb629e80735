"""Subjects that refer back to a body the article names (issue 11, session 7): "the bloc" (the
international organization named last), "the bank" / "the court" (the organization named
before with that word in its name), "her party" (the body in the speaker's own title).
Sentences written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations


def _found(read, text):
    return [(s.proposition_text, s.stance) for s in read(text)]


def test_the_bloc_is_the_organization_named_last(read):
    found = _found(read, "The European Union will keep its sanctions on Belarus, a Commission spokesman, Peter "
                         "Stano, said on Monday. The bloc would also ban imports of Belarusian potash, Stano said.")
    assert ("European Union bans imports of Belarusian potash", "favor") in found, found


def test_the_bank_is_the_bank_named_before(read):
    found = _found(read, "The Bank of Canada held rates steady on Wednesday. Governor Tiff Macklem said the bank "
                         "would cut interest rates in June if inflation eased.")
    assert any(p.startswith("Bank of Canada cuts interest rates") for p, _ in found), found


def test_a_described_noun_is_not_a_reference(read):
    found = _found(read, "The Bank of Canada held rates steady on Wednesday. Governor Tiff Macklem said the largest "
                         "bank in the country would cut interest rates in June if inflation eased.")
    assert not any(p.startswith("Bank of Canada") for p, _ in found), found


def test_her_party_is_the_party_of_her_title(read):
    found = _found(read, "BUENOS AIRES (Reuters) - Senator Laura Pineda of the Justicialist Party said her party "
                         "would block the bill in the Senate.")
    assert any(p.startswith("Justicialist Party blocks the bill") and s == "favor" for p, s in found), found


def test_a_body_in_a_relative_clause_is_not_her_party(read):
    found = _found(read, "NAIROBI (Reuters) - Opposition leader Grace Mwangi, who chairs the budget committee in "
                         "the National Assembly, said her party would block the bill.")
    assert not any(p.startswith("National Assembly") for p, _ in found), found


def test_a_vote_against_a_bill_is_against_the_legislature_passing_it(read):
    found = _found(read, "NAIROBI (Reuters) - Opposition leader Grace Mwangi, who chairs the minority caucus in the "
                         "National Assembly, said her party would vote against the bill \"as long as the bread tax "
                         "is in it.\"")
    assert ("National Assembly passes the bill", "against") in found, found


def test_a_vote_for_a_motion_without_a_named_legislature_is_parliament_passing_it(read):
    found = _found(read, "PARIS (Reuters) - Centrist deputy Nadine Cholet said she would vote for the motion.")
    assert ("Parliament passes the motion", "favor") in found, found


def test_a_vote_for_a_candidate_is_no_legislature_vote(read):
    found = _found(read, "NAIROBI (Reuters) - The National Assembly met on Monday. \"We will vote for the "
                         "opposition candidate,\" Kenyan activist Jean Morel said.")
    assert not any("passes" in p for p, _ in found), found
