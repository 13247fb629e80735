""""A boycott would punish our players" after "calls for a boycott of the World Cup": a bare
act noun judged is the act the story named with its object, by the holder's side; "a waiver of
any kind" is a waiver, not one of "any kind"; "its WTO ambassador" after a country subject
speaks for the country, not for the agency in the dateline."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found


def test_a_bare_boycott_judged_is_boycotting_what_the_story_named(read):
    found = _found(read("OSLO (Reuters) - Norway's football federation rejected calls for a boycott of the World Cup. "
                        "\"A boycott would punish our players and change nothing in Riyadh,\" federation president "
                        "Lise Berg said."))
    assert found == [("Lise Berg", "Norway boycotts the World Cup", "against", "firm")]


def test_a_waiver_of_any_kind_is_the_waiver_named_before():
    statements = analyze(
        "GENEVA (AFP) - Switzerland could accept a limited waiver of vaccine patents, its WTO ambassador Urs "
        "Brunner said on Wednesday.\n\nThe pharmaceutical federation Interpharma said a waiver of any kind would "
        "still damage innovation.").statements
    assert [(s.holder_name, s.stance) for s in statements if "vaccine patents" in s.proposition_text] == [
        ("Urs Brunner", "favor"), ("Interpharma", "against")], [(s.holder_name, s.proposition_text) for s in statements]


def test_an_ambassador_of_a_country_subject_speaks_for_it_not_for_the_agency():
    statements = analyze(
        "GENEVA (AFP) - Switzerland could accept a limited waiver of vaccine patents, its WTO ambassador Urs "
        "Brunner said on Wednesday.\n\n\"A narrow waiver, limited in time, may be acceptable to us,\" Brunner "
        "told reporters.").statements
    assert [(s.proposition_text, s.hedge) for s in statements] == [
        ("Switzerland waives vaccine patents", "uncertain"), ("Switzerland waives vaccine patents", "uncertain")]
