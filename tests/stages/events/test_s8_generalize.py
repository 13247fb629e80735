"""Session 8, events: mechanisms behind the misses on held-out set B, on sentences of our own in
the shapes wire copy uses, through the real pipeline (``wirecoder.analyze``). Each test failed
before its fix."""

from __future__ import annotations

import pytest

from wirecoder import analyze
from wirecoder.records import Event


def events(text: str, **meta) -> tuple[Event, ...]:
    return analyze(text, **meta).events


def of(text: str, category: str, **meta) -> list[Event]:
    return [e for e in events(text, **meta) if e.category == category]


def test_evidence_spans_are_the_text():
    text = ("LISBON (Reuters) - Portugal's dockworkers' union said on Monday the new port law would "
            "cost jobs. \"We will not accept it,\" its president, Rui Falcão, told reporters. He urged "
            "the government to \"start over before the summer recess.\"")
    for e in events(text, published="2025-05-05"):
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text


# ------------------------------------------------------------------ who acts

def test_the_quote_speaker_is_the_doer_of_a_cue_act_with_a_pronoun_subject():
    # "He" resolves through the quote stage to the union's president
    text = ("LISBON (Reuters) - Portugal's dockworkers' union said on Monday the new port law would "
            "cost jobs. \"We will not accept it,\" its president, Rui Falcão, told reporters. He urged "
            "the government to \"start over before the summer recess.\"")
    found = of(text, "REQUEST", published="2025-05-05")
    assert found and found[0].actors[0].name == "Rui Falcão"


@pytest.mark.parametrize("name", ["Amnesty International Nigeria", "Greenpeace Spain"])
def test_a_rights_group_or_its_national_branch_is_ngo(name):
    text = (f"ABUJA (Reuters) - {name} on Tuesday urged the Nigerian government to release the "
            f"detained journalists.")
    found = of(text, "REQUEST", published="2025-05-06")
    assert found and found[0].actors[0].country == "NGO"


def test_a_un_mission_is_an_igo_and_the_parties_are_the_host_country():
    text = ("BAGHDAD (AP) — The United Nations mission in Iraq on Wednesday urged the parties to "
            "settle the dispute over the electoral law.")
    found = of(text, "REQUEST", published="2025-05-07")
    assert found and found[0].actors[0].country == "IGO"
    assert [r.country for r in found[0].recipients] == ["IRQ"]


def test_a_party_is_an_actor():
    text = "BERLIN (Reuters) - The Green party called for a ban on short-haul flights on Friday."
    found = of(text, "REQUEST", published="2025-05-09")
    assert found and found[0].actors[0].country == "DEU"


def test_soldiers_attacked_are_recipients_not_a_deployment():
    text = "KABUL (Reuters) - Taliban fighters wounded three Pakistani soldiers near the border on Sunday."
    found = of(text, "ASSAULT", published="2025-05-11")
    assert found and [r.country for r in found[0].recipients] == ["PAK"]


def test_a_protest_with_no_target_is_addressed_to_the_government_where_it_is_held():
    text = "NAIROBI (Reuters) - Thousands of teachers marched through Nairobi on Monday over unpaid wages."
    found = of(text, "PROTEST", published="2025-05-12")
    assert found and [(r.country, r.sector) for r in found[0].recipients] == [("KEN", "GOV")]


def test_a_hyphenated_name_is_no_demonym():
    # no entities: the recipient's country can only come from the words of its noun phrase
    from wirecoder.analysis import load_pipeline
    from wirecoder.stages.events.find import find_events

    pipeline = load_pipeline()
    doc = pipeline.nlp("About 3,000 farmers blocked sections of the Pan-Andean Highway south of the capital.")
    found = [e for e in find_events(doc, (), (), (), pipeline.gazetteer, None, article_country="ECU")
             if e.category == "PROTEST"]
    doc = pipeline.nlp("About 3,000 farmers blocked sections of the Pan-American Highway south of the capital.")
    found += [e for e in find_events(doc, (), (), (), pipeline.gazetteer, None, article_country="ECU")
              if e.category == "PROTEST"]
    assert len(found) == 2 and all(r.country == "ECU" for e in found for r in e.recipients)


def test_the_dateline_city_is_not_the_doer():
    text = "BELGRADE (AP) — Serbian President Aleksandar Vucic on Monday condemned the arrests."
    found = of(text, "ACCUSE", published="2025-05-12")
    assert found and found[0].actors[0].name == "Aleksandar Vucic"


# ------------------------------------------------------------------ did it happen

def test_a_verb_of_beginning_carries_tense_and_mood():
    assert of("BRUSSELS (Reuters) - The new levy will start charging airlines in 2027, officials "
              "said on Monday.", "ACCUSE", published="2025-05-12") == []
    found = of("KYIV (Reuters) - Russia began to withdraw its troops from the border region on "
               "Monday, officials said.", "RETREAT", published="2025-05-12")
    assert found and found[0].actors[0].country == "RUS"


def test_an_until_clause_under_a_negated_future_is_a_condition():
    text = ("SEOUL (Yonhap) - The nurses' union said it would not end the strike until the ministry "
            "withdrew its complaints against the union's leaders.")
    assert of(text, "RETREAT", published="2025-05-12") == []


def test_a_casualty_passive_without_attacker_or_attack_is_no_assault():
    assert of("TBILISI (Reuters) - The ministry said two policemen were injured and 30 people were "
              "detained overnight.", "ASSAULT", published="2025-05-12") == []
    # naming the attack keeps it: an attack by someone unnamed
    assert of("MOGADISHU (Reuters) - Five soldiers were killed in a suicide bombing at a checkpoint "
              "in Mogadishu on Sunday, police said.", "ASSAULT", published="2025-05-12")
    # the parser may hang "shelling" off the verb and leave "tank" as the object of "in"
    assert of("KHARKIV, Ukraine: Three women and a boy were killed in Russian tank shelling in the "
              "north of the city on Monday evening, medics said.", "ASSAULT", published="2025-05-12")


def test_a_cabinet_meeting_is_no_consultation():
    text = ("OSLO (Reuters) - The government will not open new fields, Prime Minister Kari Berg told "
            "reporters after a cabinet meeting in Oslo.")
    assert of(text, "CONSULT", published="2025-05-09") == []


def test_the_time_of_what_is_asked_does_not_make_the_asking_planned():
    text = ("ROME (Reuters) - Italy's president on Monday urged the parties to agree on a budget "
            "before the upcoming vote next week.")
    assert of(text, "REQUEST", published="2025-05-12")


def test_the_dateline_is_neither_in_the_actor_name_nor_in_the_evidence():
    text = ("BRUSSELS (Reuters) - European Union finance ministers on Tuesday agreed to impose tariffs "
            "on Chinese steel.")
    found = of(text, "SANCTION", published="2025-05-13")
    assert found and not found[0].evidence.text.startswith("BRUSSELS")
    assert all("Reuters" not in (a.name or "") for a in found[0].actors)
    # the measure's own object is the recipient, though the deciding verb carries its clause
    assert [r.country for r in found[0].recipients] == ["CHN"]


def test_a_hyphen_inside_a_word_is_no_dateline_dash():
    text = "KABUL (Reuters) - Iranian-backed fighters attacked a border post in Herat province on Monday."
    found = of(text, "ASSAULT", published="2025-05-12")
    assert found and found[0].actors[0].country == "IRN"
    assert found[0].evidence.text.startswith("Iranian-backed fighters")
