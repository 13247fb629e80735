""""MEXICO CITY (AP) - Mexico's Labor Minister Rosa Delgado said ...": when the parser hangs the
lead's subject on the dateline, the speaker is the person the phrase names, not the country its
possessive names; a country alone stays the speaker."""

from __future__ import annotations

import pytest

from wirecoder import analyze


@pytest.mark.parametrize("lead", [
    "MEXICO CITY (AP) - Mexico's Labor Minister Rosa Delgado said",
    "LIMA (AP) - Peru's Labor Minister Rosa Delgado said",
])
def test_the_person_after_a_possessive_country_speaks(lead):
    quotes = analyze(f"{lead} the government would accept an increase.").quotes
    assert [q.speaker.name for q in quotes] == ["Rosa Delgado"]


def test_a_country_subject_alone_still_speaks():
    quotes = analyze("MEXICO CITY (AP) - Mexico's government said it would accept an increase.").quotes
    assert [q.speaker.name for q in quotes] == ["Mexico"]
