""""There will be no delay and no exemption for any country" is against delaying the measure the
story's main clause named, and against exempting anyone from it, by the measure's owner; a measure
named only in a time clause ("a day after the court upheld a regional law") is not the story's."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found

_LEAD = ("JAKARTA (Reuters) - Indonesia will never accept Australia's new coal export levy, Trade Minister "
         "Budi Santoso said on Tuesday.\n\n")


def test_no_delay_and_no_exemption_of_the_story_measure():
    text = _LEAD + "“There will be no delay and no exemption for any country,” Australian Trade Minister Clare Hunt said."
    found = _found(analyze(text).statements)
    assert ("Clare Hunt", "Australia delays the new coal export levy", "against", "firm") in found, found
    assert ("Clare Hunt", "Australia exempts any country from the new coal export levy", "against",
            "firm") in found, found


def test_a_measure_in_a_time_clause_is_not_the_story_measure():
    text = ("SYDNEY (Reuters) - Sydney will not renew any short-let licences, Mayor Ana Reyes said on Thursday, a "
            "day after the court upheld a state law that allows councils to phase them out.\n\n"
            "“There will be no exceptions,” said Tom Hale, a councillor.")
    found = _found(analyze(text).statements)
    assert not any("law" in p for _, p, _, _ in found), found
