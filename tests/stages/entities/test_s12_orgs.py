"""An organization of no known country takes the one its own name or the words before it give
(session 12), before the story's: texts written for these tests; real pipeline."""

from __future__ import annotations

from wirecoder import analyze


def _country(analysis, name):
    return next(e.country for e in analysis.entities if e.name == name)


def test_a_demonym_in_an_organization_s_name_is_its_country_not_the_dateline_s():
    analysis = analyze("OSLO (Reuters) - The Scottish Pelagic Fishermen's Association accused Norway of holding the "
                       "stock hostage.")
    assert _country(analysis, "Scottish Pelagic Fishermen's Association") == "GBR"


def test_a_demonym_describing_an_organization_before_its_name_is_its_country():
    analysis = analyze("BEIJING (Reuters) - China extended its duties on brandy. The German auto industry "
                       "association VDA welcomed the remarks.")
    assert _country(analysis, "VDA") == "DEU"


def test_an_organization_with_nothing_to_place_it_keeps_the_story_s_country():
    analysis = analyze("OSLO (Reuters) - The Coastal Fishermen's Association accused Iceland of overfishing.")
    assert _country(analysis, "Coastal Fishermen's Association") == "NOR"
