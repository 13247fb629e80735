"""Amending a constitution, however it is said: "write neutrality into the constitution", "change the
constitution", "put constitutional amendments allowing a third term to a referendum", and the
amendments backed, opposed or voted against later (by pronoun or a bare "amendments") are all one
act, the country amending its constitution; a party opposing them is against its country doing so,
not against itself."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found

_LEAD = ("LUSAKA (Reuters) - Zambia will put constitutional amendments allowing a third presidential term to "
         "a referendum, Justice Minister Mulenga Banda said on Tuesday.\n\n")


def test_amendments_put_to_a_referendum_are_amending_the_constitution():
    found = _found(analyze(_LEAD).statements)
    assert ("Mulenga Banda", "Zambia amends its constitution to allow a third presidential term", "favor",
            "firm") in found, found


def test_a_party_that_will_not_back_them_is_against_its_country_amending_it():
    text = _LEAD + "The main opposition party, the UPND, said it would not back them."
    statements = analyze(text).statements
    later = [s for s in statements if s.holder_name == "UPND"]
    assert [(s.proposition_text, s.stance) for s in later] == [
        ("Zambia amends its constitution to allow a third presidential term", "against")], _found(statements)
    assert later[0].proposition_key == statements[0].proposition_key  # one position across the story


def test_opposing_bare_amendments_refers_to_the_story_amendments():
    text = _LEAD + "“We oppose amendments written for one man,” the UPND said in a statement."
    found = _found(analyze(text).statements)
    assert ("UPND", "Zambia amends its constitution to allow a third presidential term", "against",
            "firm") in found, found


def test_writing_a_status_into_the_constitution_and_changing_it_are_amending_it():
    text = ("CHISINAU (Reuters) - Moldova will not write neutrality into the constitution, Foreign Minister Ion "
            "Rusu said on Monday. “We will not change the constitution,” he said.")
    found = _found(analyze(text).statements)
    assert ("Ion Rusu", "Moldova amends its constitution to include neutrality", "against", "firm") in found, found
    assert ("Ion Rusu", "Moldova amends its constitution", "against", "firm") in found, found


def test_other_amendments_stay_as_said():
    text = ("WASHINGTON (Reuters) - Senator Ann Cole said she would back the amendments to the farm bill "
            "that cut crop insurance.")
    found = _found(analyze(text).statements)
    assert not any("constitution" in p for _, p, _, _ in found), found


def test_rejecting_the_amendments_is_against_and_not_opposing_them_is_for():
    text = _LEAD + "The UPND said it would reject the amendments. The PF said it would not oppose them."
    found = {h: (s, g) for h, p, s, g in _found(analyze(text).statements) if p.startswith("Zambia amends")}
    assert found.get("UPND", ("",))[0] == "against" and found.get("PF", ("",))[0] == "favor", found


def test_amendments_expected_to_be_adopted_are_the_country_amending_it():
    text = _LEAD + "The Southern African Development Community said it expected the amendments to be adopted."
    found = _found(analyze(text).statements)
    assert any(h == "Southern African Development Community" and p.startswith("Zambia amends its constitution")
               and s == "favor" for h, p, s, _ in found), found
