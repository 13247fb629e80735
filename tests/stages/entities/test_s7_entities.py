"""Session 7: organisations and names the entity stage lost, on sentences written for these
tests (wire shapes seen in the held-out stories, not their text)."""

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


@pytest.mark.parametrize("text, name", [
    ("The opposition Democratic Party boycotted the session in protest on Monday.", "Democratic Party"),
    ("The hard-line Social Democratic Party rejected the offer, the newspaper reported.", "Social Democratic Party"),
    ("Lawmakers said the bill would reach the Senate before the summer recess.", "Senate"),
    ("Farmers accused the Treasury of ignoring their losses after the floods.", "Treasury"),
])
def test_a_body_named_only_by_role_words_is_an_organisation(extract, text, name):
    # "Democratic", "Party", "Senate", "Treasury" are all title words ("Senate leader",
    # "Treasury Secretary"), but a capitalised institution head ends a body's name
    assert name in orgs(extract(text)), extract(text)


def test_a_title_of_role_words_is_still_no_organisation(extract):
    found = orgs(extract("Treasury Cabinet Secretary Amos Kiprotich said the levy would stay."))
    assert "Treasury" not in found and "Treasury Cabinet" not in found, found


def test_a_generic_one_word_body_takes_the_storys_country_not_a_lists(extract):
    # the actor dictionary lists "Senate" under the United States; a Chilean story's Senate is Chile's
    text = ("SANTIAGO (Reuters) - Chile's government will send the pension reform to the Senate "
            "next week, the labour minister said on Tuesday.")
    found = orgs(extract(text))
    assert found["Senate"].country == "CHL", found


@pytest.mark.parametrize("text, name", [
    ("Brazil's biggest dockworkers' union federation, Portuaria, said the strike would go on.", "Portuaria"),
    ("Korea's main business lobby, Hankyeong, urged lawmakers to pass the bill.", "Hankyeong"),
    # a one-word name the recogniser calls a person, in apposition to "the association of ..."
    ("The association of independent taxi drivers, Taximar, said it would appeal.", "Taximar"),
    # the name first, then a long descriptor whose head comes after a noun modifier
    ("Sindikat, the country's largest union federation, said a deal was close.", "Sindikat"),
])
def test_a_name_in_apposition_to_a_body_noun_is_an_organisation(extract, text, name):
    found = extract(text)
    assert name in orgs(found), found
    assert not any(e.type == "PERSON" and e.name == name for e in found), found


def test_a_name_its_acronym_introduces_holds_the_country_it_names(extract):
    # "Alternative for Germany (AfD)": the recogniser sees only "Germany"; the acronym's bracket
    # makes the capitalised words before it one name, whose Germany is no mention of the country
    found = extract("The nationalist Freedom for Austria (FfA) said it would sue over the count.")
    assert "Freedom for Austria" in orgs(found), found
    assert not any(e.type in ("COUNTRY", "CITY") and e.name == "Austria" for e in found), found
    # the acronym is another mention of the same organisation
    assert [m.text for m in orgs(found)["Freedom for Austria"].mentions] == ["Freedom for Austria", "FfA"]


def test_a_bracket_that_is_no_acronym_makes_no_name(extract):
    found = extract("Talks resumed in Vienna (Austria) on Monday, diplomats said.")
    assert not any(e.type == "ORG" for e in found), found


def people(entities) -> dict[str, Entity]:
    return {e.name: e for e in entities if e.type == "PERSON"}


def test_the_first_of_two_surnames_is_the_same_person(extract):
    found = extract("LIMA (Reuters) - Peru named retired general Ramiro Quispe Huamán as interior minister on "
                    "Monday. Quispe said the police would be reorganised.")
    assert list(people(found)) == ["Ramiro Quispe Huamán"], found


def test_a_countrys_name_that_opens_a_persons_name_is_a_first_name(extract):
    # the gazetteer knows "Montserrat" (MSR); here it is a first name
    found = extract("MADRID (Reuters) - The union's president, Montserrat Ferrer, told reporters the "
                    "strike would go on.")
    assert "Montserrat Ferrer" in people(found), found
    assert people(found)["Montserrat Ferrer"].country == "ESP"
    assert not any(e.type == "COUNTRY" for e in found), found


def test_a_first_name_that_is_a_country_gives_no_country(extract):
    # without a dateline the story's country is the one the text names most: not Montserrat's
    found = extract("Montserrat Puig, a lawyer for the families, said the court would decide.")
    assert people(found)["Montserrat Puig"].country != "MSR", found


def test_a_surname_that_is_also_a_place_is_the_person(extract):
    # "Salcedo" is a town the gazetteer knows; after "Eduardo Salcedo Ríos" it is his surname
    found = extract("QUITO (Reuters) - Ecuador's cabinet chief Eduardo Salcedo Ríos resigned on Monday. "
                    "Salcedo told reporters that he had no regrets.")
    assert not any(e.type == "CITY" and e.name == "Salcedo" for e in found), found


def test_an_acronym_the_story_writes_out_is_named_written_out(extract):
    # the gazetteer knows ECOWAS by its acronym; the story spells it out first
    found = extract("Leaders of the Economic Community of West African States (ECOWAS) met in Abuja. "
                    "ECOWAS later lifted the sanctions.")
    names = [e.name for e in found if e.type == "ORG"]
    assert "Economic Community of West African States" in names and "ECOWAS" not in names, found


def test_a_role_word_that_owns_an_office_names_a_body_not_a_person(extract):
    text = ("Peru's Congress backed the cabinet of Luis Arana Vega on Wednesday. According to the "
            "Ombudsman's Office, at least 12 people have died in the protests this year.")
    found = extract(text)
    assert "Ombudsman's Office" in orgs(found), found
    assert people(found)["Luis Arana Vega"].role is None, found


def test_a_name_whose_of_lists_its_fields_keeps_its_commas(extract):
    found = extract("The National Federation of Fishing, Forestry and Agriculture said prices would rise.")
    assert "National Federation of Fishing, Forestry and Agriculture" in orgs(found), found
