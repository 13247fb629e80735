""""Reopen the Bobrowniki crossing for freight": opening or closing a border crossing names the
other side, the country the story names most; using or watching a crossing names none."""

from __future__ import annotations

from wirecoder import analyze

_LEAD = ("WARSAW (Reuters) - Poland will keep its border with Belarus closed, the interior ministry said. Belarus "
         "called the closure illegal, and Belarusian truckers have waited for weeks. ")


def test_reopening_a_crossing_names_the_other_side():
    statements = analyze(_LEAD + "The Bialystok Chamber of Trade urged the government to reopen at least the "
                                 "Bobrowniki crossing for freight.").statements
    assert "Poland reopens the Bobrowniki crossing for freight with Belarus" in [s.proposition_text for s in statements]


def test_watching_a_crossing_names_no_other_side():
    statements = analyze(_LEAD + "The border guard said it would monitor the Bobrowniki crossing.").statements
    assert not any(s.proposition_text.endswith("with Belarus") and "monitor" in s.proposition_text
                   for s in statements), [s.proposition_text for s in statements]


def test_a_bare_crossing_name_is_the_crossing_and_its_other_side():
    statements = analyze(_LEAD + "The Bialystok Chamber of Trade wants the Bobrowniki crossing reopened. “We ask the "
                                 "government to reopen Bobrowniki now,” the chamber wrote.").statements
    assert "Poland reopens the Bobrowniki crossing with Belarus" in [s.proposition_text for s in statements], [
        s.proposition_text for s in statements]
