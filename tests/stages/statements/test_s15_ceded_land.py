"""Land given up goes to the story's other claimant ("will never give up the Toledo district" → "...
to Guatemala"), as with "cede"; giving up a programme names no recipient."""

from __future__ import annotations

from wirecoder import analyze

_STORY = ("Guatemala renewed its claim to the Toledo district on Monday, and Guatemala's army held drills near the "
          "border.\n\n“We will never give up {what},” Belize's Foreign Minister Ana Moreno said. Belize and its "
          "allies met in Geneva.")


def _found(text):
    return [(s.holder_name, s.proposition_text, s.stance) for s in analyze(text).statements]


def test_land_given_up_goes_to_the_other_claimant():
    found = _found(_STORY.format(what="a single square mile of the district"))
    assert any(p.endswith("to Guatemala") and p.startswith("Belize gives up") and s == "against"
               for _, p, s in found), found


def test_a_programme_given_up_names_no_recipient():
    found = _found(_STORY.format(what="our nuclear programme"))
    assert found and not any("to Guatemala" in p for _, p, _ in found), found
