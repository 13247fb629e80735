"""The gazetteer: Phoenix/CAMEO dictionaries + pycountry + hand tables, looked up by surface form."""

from __future__ import annotations

import re
from importlib import resources

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.lexicon import tables
from wirecoder.lexicon.gazetteer import (
    Gazetteer,
    _current_code,
    _phoenix_blocks,
    _phoenix_date,
    load_gazetteer,
)
from wirecoder.lexicon.names import fold, normalize
from wirecoder.lexicon.roles import display_role, roles_compatible


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_built_once_and_read_only(gaz):
    assert load_gazetteer() is gaz
    with pytest.raises(TypeError):
        gaz.surfaces["atlantis"] = None  # type: ignore[index]
    with pytest.raises(AttributeError):
        gaz.max_words = 3  # type: ignore[misc]


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RUS", "Russia"), ("SRB", "Serbia"), ("USA", "United States"), ("XKX", "Kosovo"),
        ("CHN", "China"), ("DEU", "Germany"), ("KOR", "South Korea"), ("PRK", "North Korea"),
        ("IRN", "Iran"), ("SYR", "Syria"), ("VEN", "Venezuela"), ("BOL", "Bolivia"),
        ("TZA", "Tanzania"), ("MDA", "Moldova"), ("VNM", "Vietnam"), ("LAO", "Laos"),
        ("GBR", "United Kingdom"), ("UKR", "Ukraine"), ("TWN", "Taiwan"),
    ],
)
def test_display_names_are_what_news_uses(gaz, code, name):
    assert gaz.country_name(code) == name


def test_country_codes_are_iso_alpha3(gaz):
    iso = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    assert set(gaz.countries) <= iso
    codes = {r.country for r in gaz.surfaces.values() if r.country}
    assert codes <= iso, codes - iso  # Phoenix's KSV, DDR, USR... never leak out
    assert "KSV" not in codes


@pytest.mark.parametrize(
    ("surface", "type_", "country", "metonym"),
    [
        ("Serbia", "COUNTRY", "SRB", False),
        ("Republic of Serbia", "COUNTRY", "SRB", False),
        ("Russia", "COUNTRY", "RUS", False),
        ("Russian Federation", "COUNTRY", "RUS", False),
        ("America", "COUNTRY", "USA", False),
        ("U.S.", "COUNTRY", "USA", False),
        ("US", "COUNTRY", "USA", False),
        ("Britain", "COUNTRY", "GBR", False),
        ("Kosovo", "COUNTRY", "XKX", False),
        ("Burma", "COUNTRY", "MMR", False),
        ("Belgrade", "COUNTRY", "SRB", True),
        ("Moscow", "COUNTRY", "RUS", True),
        ("Kremlin", "ORG", "RUS", False),
        ("Washington", "COUNTRY", "USA", True),
        ("White House", "ORG", "USA", False),
        ("Kyiv", "COUNTRY", "UKR", True),
        ("Kiev", "COUNTRY", "UKR", True),
        ("Beijing", "COUNTRY", "CHN", True),
        ("Pristina", "COUNTRY", "XKX", True),
        ("Brussels", "ORG", None, True),
        ("Serbian", "PLACE", "SRB", False),
        ("Russian", "PLACE", "RUS", False),
        ("American", "PLACE", "USA", False),
        ("Ukrainian", "PLACE", "UKR", False),
        ("NATO", "ORG", None, False),
        ("European Union", "ORG", None, False),
        ("EU", "ORG", None, False),
        ("TASS", "ORG", "RUS", False),
        ("Latin America", "REGION", None, False),
        ("Kosovo and Metohija", "PLACE", "SRB", False),
    ],
)
def test_lookup(gaz, surface, type_, country, metonym):
    ref = gaz.lookup(surface)
    assert ref is not None, surface
    assert (ref.type, ref.country, ref.metonym) == (type_, country, metonym)


def test_brussels_stands_for_the_eu(gaz):
    assert gaz.lookup("Brussels").name == "European Union"


@pytest.mark.parametrize("surface", ["us", "Us", "Who", "who", "serbia", "turkey", "Russia today",
                                     "Eu", "Atlantis"])
def test_lookup_refuses_lowercase_and_short_forms_not_in_capitals(gaz, surface):
    assert gaz.lookup(surface) is None


def test_lookup_folds_diacritics_and_case(gaz):
    assert gaz.lookup("Côte d'Ivoire").country == "CIV"
    assert gaz.lookup("SERBIA").country == "SRB"
    assert gaz.actor("Aleksandar Vučić").country == "SRB"


def test_known_people_and_surnames(gaz):
    assert gaz.actor("Vladimir Putin").country == "RUS"
    assert gaz.actor("Aleksandar Vucic").country == "SRB"
    assert gaz.surname("Putin").name == "Vladimir Putin"
    assert gaz.surname("Vucic").name == "Aleksandar Vucic"
    assert gaz.surname("Serbia") is None  # a surface form is never a surname


def test_firms_are_marked_as_organizations(gaz):
    assert gaz.actor("Lockheed Martin").org
    assert not gaz.actor("Vladimir Putin").org


def test_every_capital_and_organization_resolves(gaz):
    for code, forms in tables.CAPITALS.items():
        for form in forms:
            ref = gaz.lookup(form)
            assert ref is not None and ref.country == code and ref.metonym, form
    for name, (forms, country) in tables.ORGANIZATIONS.items():
        for form in forms:
            ref = gaz.lookup(form)
            assert ref is not None and (ref.name, ref.country) == (name, country), form


def test_capitals_agree_with_phoenix_country_entries():
    """Cross-check the hand table: Phoenix lists these capitals as synonyms of their country."""
    text = (resources.files("wirecoder") / "data" / "phoenix" / "Phoenix.Countries.actors.txt").read_text(
        encoding="utf-8", errors="replace"
    )
    names: dict[str, set[str]] = {}
    for block in _phoenix_blocks(text):
        if block.code:
            names.setdefault(block.code, set()).update(block.names)
    for code in ("SRB", "RUS", "UKR", "AFG", "USA", "CHN"):
        assert any(normalize(f) in names[code] for f in tables.CAPITALS[code]), code


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w[\w.'’-]*\w\.?|\w|[^\w\s]+", text)]


def test_match_tokens_longest_first_and_wrapped(gaz):
    text = "BELGRADE, Sept 6. /TASS/. Kosovo and Metohija, the U.S. and Latin America; WHO said"
    found = {text[m.start:m.end]: m.referent for m in gaz.match_tokens(text, _tokens(text))}
    assert found["TASS"].name == "TASS"  # inside the "/TASS/." token
    assert found["Kosovo and Metohija"].type == "PLACE"  # not "Kosovo"
    assert "Kosovo" not in found
    assert found["U.S."].country == "USA"
    assert found["Latin America"].type == "REGION"
    assert "America" not in found
    assert found["WHO"].name == "World Health Organization"


def test_match_tokens_offsets_point_into_the_text(gaz):
    text = "Serbia’s president met Russian officials in Moscow and Kyiv."
    for m in gaz.match_tokens(text, _tokens(text)):
        assert 0 <= m.start < m.end <= len(text)
        assert gaz.lookup(text[m.start:m.end]) == m.referent


def test_phoenix_blocks_and_current_code():
    text = """# comment
SERBIA [SRB]
+BELGRADE
+SERBIAN
\t[YUGSRB <920427]
\t[SRB >060605]
ALEKSANDAR_VUCIC_
+VUCIC_
\t[SRBGOV >20120727]
\t[SRBGOVMED 19980324-20001024]
NATO_ [IGOWSTNAT]# NGO_Actors
"""
    blocks = list(_phoenix_blocks(text))
    assert [b.names for b in blocks] == [
        ("serbia", "belgrade", "serbian"), ("aleksandar vucic", "vucic"), ("nato",)]
    assert [b.code for b in blocks] == ["SRB", "SRBGOV", "IGOWSTNAT"]
    assert [b.dated for b in blocks] == [True, True, False]
    assert _current_code(["A 950101-991231", "B 000101-051231"]) == "B"
    assert _current_code(["A <991231", "B"]) == "B"
    assert _phoenix_date("920427") == 19920427
    assert _phoenix_date("060605") == 20060605
    assert _phoenix_date("20120727") == 20120727


def test_roles(gaz):
    roles = gaz.roles
    assert roles.head("Presidents") == "president"
    assert roles.head("spokesmen") == "spokesman"
    assert roles.head("Gen.") == "general"
    assert roles.head("Serbian") is None
    assert roles.is_word("deputy") and roles.is_word("prime") and roles.is_word("minister")
    assert display_role(["deputy", "prime", "minister"]) == "Deputy Prime Minister"
    assert display_role(["secretary", "of", "state"]) == "Secretary of State"
    assert display_role(["secretary-general"]) == "Secretary-General"


@pytest.mark.parametrize(
    ("mention", "person", "ok"),
    [
        ("Official", "Deputy Prime Minister", True),
        ("Deputy Prime Minister", "Deputy Prime Minister", True),
        ("Minister", "Foreign Minister", True),
        ("Prime Minister", "Deputy Prime Minister", False),
        ("President", "Vice President", False),
        ("Leader", "President", True),
        ("Leader", "Spokesman", False),
        ("President", None, True),
        ("Chancellor", "President", False),
    ],
)
def test_roles_compatible(mention, person, ok):
    assert roles_compatible(mention, person) is ok


@given(st.text(max_size=40))
def test_normalize_is_idempotent_and_lookup_never_raises(text):
    gaz = load_gazetteer()
    assert normalize(normalize(text)) == normalize(text)
    gaz.lookup(text)
    gaz.match_tokens(text, [(m.start(), m.end()) for m in re.finditer(r"\S+", text)])


@pytest.mark.parametrize(("a", "b"), [("Đilas", "Djilas"), ("Łukasz", "Lukasz"), ("Vučić", "VUCIC"),
                                      ("Gülen", "Gulen"), ("Strauß", "Strauss")])
def test_one_folding_for_lookups_and_identity(a, b):
    """The gazetteer's key and the corpus identity key fold names alike (one implementation):
    letters NFKD leaves alone ("Đ") meet their wire spelling in both."""
    assert normalize(a) == normalize(b)
    assert fold(a) == fold(b)


@given(st.text(max_size=40))
def test_fold_is_normalize_reduced_to_words(text):
    assert fold(text) == fold(normalize(text))
    assert set(fold(text)) <= set("abcdefghijklmnopqrstuvwxyz0123456789 ")


def test_tyrol_is_the_austrian_state_and_south_tyrol_italys():
    from wirecoder.lexicon.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert gaz.lookup("Tyrol").country == "AUT" and gaz.lookup("South Tyrol").country == "ITA"
