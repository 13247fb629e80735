"""analyze() on any text: never an exception, every span selects its text.

Texts mix astral characters, bidirectional controls, line and paragraph separators, every quote
mark and the cue words the quote stage keys on (real pipeline)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder import Article, analyze
from wirecoder.stages.quotes.marks import find_quote_regions
from wirecoder.records import iter_spans

#: Issue 8, defect 8: "span 32:31 lies outside a text of 65 characters" (a mixed quote whose
#: complement is the lone word "that", before an unclosed quote mark).
DEFECT_8 = (
    "said  \U000ab25d\U0002bc5a\U000dfa35\U00073ebb\u2018tions Preentcic that that \U0007c41csaid "
    "\u202e\u244f\u2028\u23fbthat never \u201ewe not"
)

ODD = [
    "\U000ab25d", "\U0002bc5a", "\U0001f642", "\U00010348", "\u202e", "\u202d", "\u200f", "\u200e",
    "\u061c", "\u2066", "\u2069", "\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\u00a0", "\u200b",
    "\ufeff", "e\u0301", "\u244f", "\u23fb", "\t", "\n", "\n\n", " ", "  ",
]
MARKS = ['"', "'", "“", "”", "„", "«", "»", "‘", "’", "‚", "‹", "›"]
WORDS = [
    "said", "says", "told", "that", "that that", "according to", "saying", "never", "we", "not",
    "he", "she", "Vucic", "President Aleksandar Vucic", "the minister", "Serbia", "Russia",
    "quoted", "as saying", "added", "in a statement", "on Friday", ",", ".", ":", "—", "-",
]


@st.composite
def hostile_texts(draw) -> str:
    pieces = st.one_of(
        st.sampled_from(ODD), st.sampled_from(MARKS), st.sampled_from(WORDS),
        st.text(max_size=8),
    )
    parts = draw(st.lists(pieces, min_size=1, max_size=30))
    glue = draw(st.sampled_from([" ", "", "\u2028", "\n"]))
    text = glue.join(parts)
    return text if text.strip() else "said " + text


def _assert_spans_hold(text: str) -> None:
    analysis = analyze(Article(text=text, source="generated"))
    assert analysis.article.text == text
    for where, span in iter_spans(analysis):
        assert 0 <= span.start <= span.end <= len(text), where
        assert text[span.start : span.end] == span.text, where
    for q in analysis.quotes:
        assert q.content.start < q.content.end, q


def test_defect_8_text_is_analysed():
    _assert_spans_hold(DEFECT_8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_texts())
def test_any_text_analyses_and_every_span_holds(text):
    _assert_spans_hold(text)


@settings(max_examples=300, deadline=None)
@given(text=hostile_texts())
def test_quote_regions_are_ordered_and_disjoint(text):
    """The quote stage looks regions up by bisection; that needs them in order and disjoint."""
    regions = find_quote_regions(text)
    for r in regions:
        assert r.open < r.start < r.end <= len(text)
        assert r.close == -1 or r.end <= r.close
    for r, s in zip(regions, regions[1:]):
        assert max(r.close, r.end) <= s.open


def test_an_article_with_lone_surrogates_is_analysed_with_its_offsets_kept():
    """Found by bench/fuzz.py: ``Article(text="a\\ud800")`` raised UnicodeEncodeError while hashing
    its id, so an API caller's text with a lone surrogate stopped a batch. A surrogate is now
    U+FFFD, one character for one: offsets stay, and analysis goes on."""
    from wirecoder import Article, analyze

    text = "Vucic said \ud800 that Serbia will never impose sanctions on Russia.\udcff"
    article = Article(text=text, title="t\udc80")
    assert len(article.text) == len(text) and "\ud800" not in article.text
    assert article.title == "t\ufffd"
    analysis = analyze(article)
    for quote in analysis.quotes:
        assert article.text[quote.content.start:quote.content.end] == quote.content.text
