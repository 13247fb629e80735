"""Entities: people with role and country, countries (names and metonyms), organizations.

Runs the real spaCy pipeline (the session fixture ``nlp``). The gold figures are pinned floors:
raise them when the extractor gets better, never lower them silently.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder.stages.entities.find import acts_as_government, find_entities
from wirecoder.lexicon import tables
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.records import Entity

SHARED = Path(__file__).resolve().parents[4] / "shared"
SEED_000 = "000_da1156ca9ab1c740"
SEED_004 = "004_7a3b9df1f04b9edf"


def article_text(raw: str) -> str:
    """The text the reader gives the pipeline (a leading "date YYYY-MM-DD" marker removed)."""
    text = raw.strip()
    if text.startswith("date "):
        text = text[len("date 2024-09-06 "):]
    return text


@pytest.fixture(scope="module")
def extract(nlp):
    gaz = load_gazetteer()

    def run(text: str) -> tuple[Entity, ...]:
        return find_entities(nlp(text), gaz)

    return run


def by_name(entities, name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, (name, [(e.type, e.name) for e in entities])
    return found[0]


def texts(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions]


def has(entities, name: str) -> bool:
    return any(e.name == name for e in entities)


# ------------------------------------------------------------------ the seeds (acceptance)


@pytest.fixture(scope="module")
def seed004(extract, seed_texts):
    return extract(article_text(seed_texts[SEED_004]))


@pytest.fixture(scope="module")
def seed000(extract, seed_texts):
    return extract(article_text(seed_texts[SEED_000]))


def test_seed_004_people(seed004):
    vulin = by_name(seed004, "Aleksandar Vulin")
    assert (vulin.type, vulin.country, vulin.role) == ("PERSON", "SRB", "Deputy Prime Minister")
    assert {"Aleksandar Vulin", "Vulin", "The deputy prime minister", "the official"} <= set(texts(vulin))
    vucic = by_name(seed004, "Aleksandar Vucic")
    assert (vucic.type, vucic.country, vucic.role) == ("PERSON", "SRB", "President")
    # A bare title before a full name is part of the mention, as in the gold.
    assert {"[Aleksandar] Vucic", "Vucic", "President Aleksandar Vucic"} <= set(texts(vucic))
    putin = by_name(seed004, "Vladimir Putin")
    assert (putin.type, putin.country, putin.role) == ("PERSON", "RUS", "President")
    assert {"Putin", "the Russian president"} <= set(texts(putin))


def test_seed_004_countries_and_organizations(seed004):
    assert (by_name(seed004, "Serbia").type, by_name(seed004, "Serbia").country) == ("COUNTRY", "SRB")
    russia = by_name(seed004, "Russia")
    assert (russia.type, russia.country) == ("COUNTRY", "RUS")
    assert "Moscow" in texts(russia)  # "Moscow has never allowed itself"
    assert by_name(seed004, "Germany").country == "DEU"
    usa = by_name(seed004, "United States")
    assert (usa.country, texts(usa)) == ("USA", ["America"])
    assert by_name(seed004, "NATO").type == "ORG"
    tass = by_name(seed004, "TASS")
    assert (tass.type, tass.country, texts(tass)) == ("ORG", "RUS", ["TASS"])


def test_seed_004_dateline_capital_is_not_a_mention(seed004):
    assert "BELGRADE" not in texts(by_name(seed004, "Serbia"))


def test_seed_004_kosovo_and_metohija_is_a_place_not_junk(seed004):
    assert not has(seed004, "Metohija")
    assert not has(seed004, "Kosovo")  # only ever named as "Kosovo and Metohija" there


def test_seed_000_vucic(seed000):
    vucic = by_name(seed000, "Aleksandar Vucic")
    assert (vucic.country, vucic.role) == ("SRB", "President")
    assert {"Aleksandar Vucic", "Vucic", "the Serbian leader"} <= set(texts(vucic))


def test_seed_000_belgrade_metonym_and_place(seed000, seed_texts):
    text = article_text(seed_texts[SEED_000])
    serbia = by_name(seed000, "Serbia")
    belgrades = [m for m in serbia.mentions if m.text == "Belgrade"]
    assert len(belgrades) == 1
    assert text[belgrades[0].start:].startswith("Belgrade is reluctant")
    rally = text.index("rally in Belgrade") + len("rally in ")
    assert all(m.start != rally for e in seed000 if e.type != "CITY" for m in e.mentions)
    city = by_name(seed000, "Belgrade")  # the place of the rally is the city, not the government
    assert (city.type, city.country) == ("CITY", "SRB")
    assert rally in [m.start for m in city.mentions]


def test_seed_000_countries_and_organizations(seed000):
    assert by_name(seed000, "China").country == "CHN"
    kosovo = by_name(seed000, "Kosovo")
    assert (kosovo.type, kosovo.country) == ("COUNTRY", "XKX")
    eu = by_name(seed000, "European Union")
    assert (eu.type, eu.country, set(texts(eu))) == ("ORG", None, {"European Union"})
    assert by_name(seed000, "NATO").type == "ORG"
    assert by_name(seed000, "Russia").country == "RUS"


def _f1(a: str, b: str) -> float:
    x, y = re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())
    common = sum(min(x.count(w), y.count(w)) for w in set(x))
    return 0.0 if not common else 2 * common / (len(x) + len(y))


def score_gold(entities, gold) -> dict[str, int]:
    """The scorer's rule: match by type and name (token F1 >= 0.5), mentions by token F1 >= 0.5."""
    s = dict(entities=0, found=0, country=0, role=0, mentions=0, mentions_found=0, extra=0)
    used: set[str] = set()
    for g in gold:
        s["entities"] += 1
        s["mentions"] += len(g["mentions"])
        cands = sorted(
            (e for e in entities
             if e.type == g["type"] and e.id not in used and _f1(g["name"], e.name) >= 0.5),
            key=lambda e: -_f1(g["name"], e.name),
        )
        if not cands:
            continue
        e = cands[0]
        used.add(e.id)
        s["found"] += 1
        s["country"] += e.country == g["country"]
        s["role"] += e.role == g["role"]
        s["mentions_found"] += sum(any(_f1(gm, m.text) >= 0.5 for m in e.mentions) for gm in g["mentions"])
    # The seed gold predates two wire conventions (wire_dev README): literal cities ("a rally in
    # Belgrade" is a CITY entity) and breakaway entities typed COUNTRY ("Republika Srpska"); the
    # seed annotators left both out, so neither counts as extra here.
    s["extra"] = sum(e.id not in used and e.type != "CITY" and e.name not in tables.BREAKAWAYS
                     for e in entities)
    return s


@pytest.mark.parametrize("stem", [SEED_000, SEED_004])
def test_gold_entities_floor(stem, extract, seed_texts):
    gold = json.loads((SHARED / "examples" / f"{stem}.gold.json").read_text(encoding="utf-8"))["entities"]
    s = score_gold(extract(article_text(seed_texts[stem])), gold)
    # Measured: 000 7/7 entities, 7/7 countries, 7/7 roles, 9/9 mentions, 0 extra;
    #           004 9/9, 9/9, 9/9, 16/16, 0 extra.
    assert s["found"] == s["country"] == s["role"] == s["entities"]
    assert s["mentions_found"] == s["mentions"]
    assert s["extra"] == 0


# ------------------------------------------------------------------ wire news in general


def test_wire_foreign_minister(extract):
    ents = extract(
        "KYIV (Reuters) - Ukrainian Foreign Minister Dmytro Kuleba said on Monday that Kyiv would not "
        "accept any ceasefire that left Russian troops on its territory. Kuleba told reporters in "
        'Brussels that Ukraine expected more air defence systems. "We need them now," the minister said.'
    )
    kuleba = by_name(ents, "Dmytro Kuleba")
    assert (kuleba.country, kuleba.role) == ("UKR", "Foreign Minister")
    assert texts(kuleba) == ["Dmytro Kuleba", "Kuleba", "the minister"]
    assert texts(by_name(ents, "Ukraine")) == ["Kyiv", "Ukraine"]  # not the dateline KYIV
    assert not has(ents, "European Union")  # "told reporters in Brussels": a place
    assert by_name(ents, "Reuters").type == "ORG"


def test_wire_capitals_as_governments(extract):
    ents = extract(
        "WASHINGTON (AP) — Washington has warned Beijing against supplying weapons to Russia, U.S. "
        "Secretary of State Antony Blinken said on Tuesday. Blinken said the White House was deeply "
        "concerned. China's foreign ministry spokesman Wang Wenbin rejected the accusation."
    )
    assert texts(by_name(ents, "United States")) == ["Washington", "U.S."]
    white_house = by_name(ents, "White House")  # a seat of government is an institution
    assert (white_house.type, white_house.country, texts(white_house)) == ("ORG", "USA", ["White House"])
    assert texts(by_name(ents, "China")) == ["Beijing", "China"]
    blinken = by_name(ents, "Antony Blinken")
    assert (blinken.country, blinken.role) == ("USA", "Secretary of State")
    assert texts(blinken) == ["Antony Blinken", "Blinken"]
    wang = by_name(ents, "Wang Wenbin")
    assert (wang.country, wang.role) == ("CHN", "Spokesman")


def test_wire_chancellor(extract):
    ents = extract(
        "BERLIN, March 3 (Reuters) - German Chancellor Olaf Scholz on Friday ruled out sending Taurus "
        'missiles to Ukraine. "Germany will not become a party to this war," the chancellor said at a '
        "news conference in Berlin. Scholz spoke after talks with French President Emmanuel Macron."
    )
    scholz = by_name(ents, "Olaf Scholz")
    assert (scholz.country, scholz.role) == ("DEU", "Chancellor")
    assert texts(scholz) == ["Olaf Scholz", "the chancellor", "Scholz"]
    macron = by_name(ents, "Emmanuel Macron")
    assert (macron.country, macron.role) == ("FRA", "President")
    assert texts(by_name(ents, "Germany")) == ["Germany"]  # "in Berlin" is a place


def test_wire_kremlin_and_the_leader(extract):
    ents = extract(
        "MOSCOW, June 2. /TASS/. The Kremlin has not received any proposals, Kremlin spokesman Dmitry "
        "Peskov told reporters. Russian President Vladimir Putin will hold talks with Chinese President "
        "Xi Jinping next week, Peskov said. The Russian leader earlier met Hungarian Prime Minister "
        "Viktor Orban in Moscow."
    )
    kremlin = by_name(ents, "Kremlin")  # the institution, as the wire gold names it
    assert (kremlin.type, kremlin.country, texts(kremlin)) == ("ORG", "RUS", ["Kremlin", "Kremlin"])  # not "Kremlin spokesman"
    assert not has(ents, "Russia")  # "in Moscow" is a place
    assert by_name(ents, "Moscow").type == "CITY"
    peskov = by_name(ents, "Dmitry Peskov")
    assert (peskov.country, peskov.role, texts(peskov)) == ("RUS", "Spokesman", ["Dmitry Peskov", "Peskov"])
    putin = by_name(ents, "Vladimir Putin")
    assert texts(putin) == ["Vladimir Putin", "The Russian leader"]  # a leader, not the spokesman
    assert by_name(ents, "Xi Jinping").country == "CHN"
    orban = by_name(ents, "Viktor Orban")
    assert (orban.country, orban.role) == ("HUN", "Prime Minister")


def test_wire_brussels_and_particles(extract):
    ents = extract(
        "BRUSSELS (Reuters) - Brussels will propose new sanctions against Moscow next week, European "
        "Commission President Ursula von der Leyen said. NATO Secretary General Jens Stoltenberg said the "
        "alliance would support Kyiv. The European Union and the United Nations called for restraint."
    )
    assert texts(by_name(ents, "European Union")) == ["Brussels", "European Union"]
    assert texts(by_name(ents, "Russia")) == ["Moscow"]
    assert by_name(ents, "Ursula von der Leyen").role == "President"
    assert by_name(ents, "Jens Stoltenberg").role == "Secretary General"
    assert texts(by_name(ents, "Ukraine")) == ["Kyiv"]
    assert by_name(ents, "United Nations").country is None


def test_apposition_gives_role_and_country(extract):
    ents = extract(
        "BELGRADE, Serbia (AP) — Aleksandar Vulin, Serbia's deputy prime minister, said on Sunday that the "
        "country would never join NATO. Serbian President Aleksandar Vučić later told reporters that "
        "Belgrade and Moscow remained close. Vucic spoke after meeting the president of Hungary."
    )
    vulin = by_name(ents, "Aleksandar Vulin")
    assert (vulin.country, vulin.role) == ("SRB", "Deputy Prime Minister")
    vucic = by_name(ents, "Aleksandar Vučić")  # named as written, merged with the ASCII spelling
    assert (vucic.country, vucic.role, texts(vucic)) == ("SRB", "President", ["Aleksandar Vučić", "Vucic"])
    assert "Moscow" in texts(by_name(ents, "Russia"))  # conjoined with an acting "Belgrade"
    assert not any("president of Hungary" in m for e in ents for m in texts(e))  # nobody to attach to


def test_surnames_the_ner_mislabels(extract):
    ents = extract(
        "LONDON, Feb 12 (Reuters) - British Foreign Secretary David Cameron said on Monday London would "
        "keep supporting Kyiv. Ukrainian President Volodymyr Zelenskiy thanked Cameron. Zelenskiy's office "
        'said the two leaders discussed air defence. "Britain stands with Ukraine," the foreign '
        "secretary said."
    )
    cameron = by_name(ents, "David Cameron")
    assert (cameron.country, cameron.role) == ("GBR", "Foreign Secretary")
    assert texts(cameron) == ["David Cameron", "Cameron", "the foreign secretary"]
    assert texts(by_name(ents, "Volodymyr Zelenskiy")) == ["Volodymyr Zelenskiy", "Zelenskiy"]
    assert texts(by_name(ents, "United Kingdom")) == ["London", "Britain"]


def test_organizations(extract):
    ents = extract(
        "The Bank of Russia raised rates, while the Russian Foreign Ministry summoned the U.S. ambassador. "
        "The World Food Program (WFP) said General Motors would help. Leaders from Latin America met in the "
        "Democratic Republic of Congo. Iran's Foreign Ministry spokesman Nasser Kanaani said it was ready."
    )
    assert by_name(ents, "Bank of Russia").country == "RUS"
    assert not has(ents, "Russia")  # inside the bank's name
    assert by_name(ents, "Russian Foreign Ministry").country == "RUS"
    assert texts(by_name(ents, "World Food Programme")) == ["World Food Program", "WFP"]  # its canonical name
    assert by_name(ents, "General Motors").type == "ORG"
    assert not has(ents, "United States") or texts(by_name(ents, "United States")) == ["U.S."]
    assert by_name(ents, "Democratic Republic of the Congo").country == "COD"
    assert by_name(ents, "Nasser Kanaani").country == "IRN"


def test_pronoun_us_is_not_the_united_states(extract):
    ents = extract("Russia has never done anything that could harm us, the US envoy said. Let us talk.")
    assert [m.text for e in ents for m in e.mentions if e.country == "USA"] == ["US"]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        ("Moscow has never allowed itself to take such steps.", True),
        ("The sanctions were approved by Moscow last week.", True),
        ("Moscow's position has not changed.", True),
        ("Washington has warned Moscow against escalation.", True),
        ("Talks with Moscow resumed on Monday.", True),
        ("Thousands rallied in Moscow on Saturday.", False),
        ("The delegation flew to Moscow.", False),
        ("Moscow's streets were empty.", False),
        ("MOSCOW, June 2 (Reuters) - Prices rose.", False),
    ],
)
def test_capital_acts_as_government(nlp, sentence, acts):
    token = [t for t in nlp(sentence) if t.lower_ == "moscow"][-1]
    assert acts_as_government(token) is acts


# ------------------------------------------------------------------ contract and properties


def _check_contract(text: str, entities) -> None:
    assert [e.id for e in entities] == [f"e{i}" for i in range(1, len(entities) + 1)]
    firsts = [e.mentions[0].start for e in entities]
    assert firsts == sorted(firsts)
    for e in entities:
        assert e.type in ("PERSON", "COUNTRY", "ORG", "CITY")
        assert e.name and e.name.strip() == e.name
        assert e.mentions
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
        for a, b in zip(e.mentions, e.mentions[1:]):
            assert a.end <= b.start  # sorted, non-overlapping
        if e.type == "COUNTRY":
            assert e.country is not None and len(e.country) == 3 and e.role is None
        if e.type != "PERSON":
            assert e.role is None


@pytest.mark.parametrize("stem", [SEED_000, SEED_004])
def test_seed_contract(stem, extract, seed_texts):
    text = article_text(seed_texts[stem])
    entities = extract(text)
    _check_contract(text, entities)
    assert not any(e.name in ("Friday", "Metohija", "first", "President") for e in entities)


def test_pure_and_repeatable(nlp, seed_texts):
    doc = nlp(article_text(seed_texts[SEED_004]))
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    gaz = load_gazetteer()
    assert find_entities(doc, gaz) == find_entities(doc, gaz)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before


def test_empty_and_odd_texts(extract):
    for text in ["", " ", "\n\n", "...", "[ ] ( ) “ ”", "US US us", "President", "the official said."]:
        _check_contract(text, extract(text))


_FRAGMENTS = [
    "Serbian President Aleksandar Vucic", "Vucic", "the Serbian leader", "Belgrade", "in Belgrade",
    "Moscow", "Presidents [Aleksandar] Vucic and [Vladimir] Putin", "the Russian president", "NATO",
    "the European Union", "/TASS/.", "Kosovo and Metohija", "America", "us", "US", "Washington",
    "said", "told reporters", ",", ".", "\n", "“", "”", "the official", "The deputy prime minister",
    "Ukrainian Foreign Minister Dmytro Kuleba", "Kuleba", "Brussels", "the White House", "Vučić",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=14))
def test_property_mentions_point_into_the_text(extract, parts):
    text = " ".join(parts)
    _check_contract(text, extract(text))
