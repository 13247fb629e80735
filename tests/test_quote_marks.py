from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirecoder.stages.quotes.marks import find_quote_regions


def contents(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_quote_regions(text)]


def test_curly_and_straight():
    assert contents("“Serbia wants to join,” the leader said.") == ["Serbia wants to join,"]
    assert contents('He said "no" and "yes".') == ["no", "yes"]


def test_single_quotes_nested_in_double_stay_inside():
    assert contents("“He told me ‘never again’ twice,” she said.") == ["He told me ‘never again’ twice,"]


def test_single_quotes_as_primary_marks_and_apostrophes():
    assert contents("They said ‘we won’t go’ today.") == ["we won’t go"]
    assert contents("Serbia’s president didn’t comment.") == []


def test_continued_across_paragraphs():
    text = "“We will rebuild every house,\n“and we will do it within two years,” the mayor said."
    (region,) = find_quote_regions(text)
    assert text[region.start : region.end].endswith("within two years,")
    assert not region.unclosed


def test_unclosed_quote_is_flagged_not_guessed_beyond_its_paragraph():
    text = "“We will never give up, he said.\nNext paragraph without marks."
    (region,) = find_quote_regions(text)
    assert region.unclosed and "Next paragraph" not in text[region.start : region.end]


@given(st.text(alphabet=st.sampled_from(list("ab ,.\n“”\"‘’'")), max_size=80))
def test_regions_lie_inside_text_and_do_not_overlap(text):
    regions = find_quote_regions(text)
    last = -1
    for r in regions:
        assert 0 <= r.start < r.end <= len(text)
        assert r.start > last
        last = r.end
