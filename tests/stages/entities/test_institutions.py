"""Institutions carry their country and the wire gold's canonical name (demonym + head), on
short texts of our own."""

from __future__ import annotations

import pytest

from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.records import Entity
from wirecoder.stages.entities.find import find_entities


@pytest.fixture(scope="module")
def extract(nlp):
    gaz = load_gazetteer()

    def run(text: str) -> tuple[Entity, ...]:
        return find_entities(nlp(text), gaz)

    return run


def orgs(entities) -> dict[str, Entity]:
    return {e.name: e for e in entities if e.type == "ORG"}


def test_a_countrys_possessive_becomes_the_demonym(extract):
    found = orgs(extract("Chile's Foreign Ministry summoned the ambassador on Monday, officials said."))
    assert "Chilean Foreign Ministry" in found, found
    assert found["Chilean Foreign Ministry"].country == "CHL"


def test_a_demonym_or_country_word_as_written_is_kept(extract):
    found = orgs(extract("The Polish army moved troops east, and the U.S. Embassy in Warsaw issued an alert."))
    assert found["Polish Army"].country == "POL"
    assert found["U.S. Embassy in Warsaw"].country == "USA"  # the embassy's country, not the city's


def test_a_capitals_possessive_gives_its_country(extract):
    found = orgs(extract("Tokyo's Foreign Ministry said the talks would resume in the spring."))
    assert found["Japanese Foreign Ministry"].country == "JPN"


def test_a_multi_word_body_of_a_country_with_a_possessive(extract):
    found = orgs(extract("Chile's National Emergency Office said the fires were contained."))
    office = found["Chilean National Emergency Office"]
    assert office.country == "CHL"


def test_an_institution_without_a_country_word_is_the_storys(extract):
    found = orgs(extract(
        "SANTIAGO (Reuters) - Chile will tighten border controls, the Interior Ministry said on "
        "Friday. Police said 40 people were detained. The ministry said the measures were temporary."
    ))
    ministry = found["Chilean Interior Ministry"]
    assert ministry.country == "CHL"
    assert [m.text for m in ministry.mentions] == ["Interior Ministry", "The ministry"]
    assert found["Chilean Police"].country == "CHL"


def test_a_proper_name_without_a_country_word_is_kept_as_written(extract):
    found = orgs(extract(
        "SANTIAGO (Reuters) - Chile's government and the National Reconciliation Front resumed talks "
        "in Chile on Monday."
    ))
    assert found["National Reconciliation Front"].country == "CHL"


def test_a_named_body_of_a_country_after_of(extract):
    found = orgs(extract("The Supreme Electoral Court of Chile rejected the appeal on Tuesday."))
    court = next(e for name, e in found.items() if name.endswith("Court of Chile"))
    assert court.country == "CHL"
    assert not any(e.type == "COUNTRY" for e in extract("The Supreme Electoral Court of Chile rejected the appeal."))


def test_a_police_station_is_not_the_police(extract):
    found = orgs(extract("SANTIAGO (Reuters) - Protesters gathered outside a police station in Chile."))
    assert not any(name.endswith("Police") for name in found), found


def test_the_ministry_of_a_minister_named_in_the_same_sentence(extract):
    found = orgs(extract(
        "SANTIAGO (Reuters) - The Peruvian Foreign Ministry said it would reply. Deputy Interior "
        "Minister Tomas Herrera will visit the border posts on Thursday, the ministry said."
    ))
    ministry = found["Chilean Interior Ministry"]  # Herrera's ministry, not the last one named
    assert ministry.country == "CHL" and [m.text for m in ministry.mentions] == ["the ministry"]
    assert [m.text for m in found["Peruvian Foreign Ministry"].mentions] == ["Peruvian Foreign Ministry"]


def test_world_organisations_are_known_and_have_no_country(extract):
    found = orgs(extract(
        "SANTIAGO (Reuters) - UNESCO and the AU Commission criticised the plan, and OCHA said aid "
        "would resume."
    ))
    for name in ("UNESCO", "African Union Commission", "UN Office for the Coordination of Humanitarian Affairs"):
        assert found[name].country is None, name
