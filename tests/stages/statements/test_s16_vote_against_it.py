""""His party would vote against it" after a bill: the legislature passing the bill, against,
as "vote against the bill" reads; "vote for it" after no bill is nothing."""

from __future__ import annotations

from .found import found as _found

_LEAD = "NAIROBI (Reuters) - Kenya's parliament will vote on a data protection bill next week. "


def test_voting_against_it_is_against_passing_the_bill(read):
    assert _found(read(_LEAD + "Opposition lawmaker Daniel Otieno said his party would vote against it.")) == [
        ("Daniel Otieno", "Parliament passes the data protection bill", "against", "firm")]


def test_it_and_the_bill_key_alike(read):
    by_it = read(_LEAD + "Opposition lawmaker Daniel Otieno said his party would vote against it.")
    by_name = read(_LEAD + "Opposition lawmaker Daniel Otieno said his party would vote against the data "
                           "protection bill.")
    assert [s.proposition_key for s in by_it] == [s.proposition_key for s in by_name]


def test_voting_for_it_after_no_bill_is_nothing(read):
    assert not read("NAIROBI (Reuters) - Kenya's opposition won the election. Opposition lawmaker Daniel Otieno "
                    "said the people wanted change and his party would vote for it.")
