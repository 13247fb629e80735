"""``over_budget`` skips the checks a text's length alone passes (a symbol run, a token, a
quotation mark is at least one character): the verdict is the one every check would give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.analysis import estimate_tokens, over_budget
from wirecoder.config import Config

PIECES = st.sampled_from(["word", " ", "  ", "\n", "\t", "“", "”", '"', "«", "&", "!!", ".", "é", "7"])


def _every_check(text: str, config: Config) -> str | None:
    """The first limit ``text`` breaks, each check run in full."""
    if len(text) > config.max_chars:
        return "characters"
    if re.search("[^\\w\\s]{%d,}" % (config.max_symbol_run + 1), text):
        return "run of"
    if estimate_tokens(text) > config.max_tokens:
        return "tokens"
    if sum(text.count(c) for c in '"“”„«»') > config.max_quote_marks:
        return "quotation marks"
    return None


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join), st.integers(1, 40), st.integers(1, 40),
       st.integers(1, 40), st.integers(1, 400))
def test_the_verdict_is_that_of_every_check(text, tokens, marks, run, chars):
    config = Config(max_tokens=tokens, max_quote_marks=marks, max_symbol_run=run, max_chars=chars)
    want = _every_check(text, config)
    got = over_budget(text, config)
    if want is None:
        assert got is None
    else:
        assert got is not None and want in got, (want, got)


def test_limits_at_the_length_of_the_text():
    """A text exactly as long as a limit cannot break it; one mark or token more does."""
    marks = "“" * 10
    assert over_budget(marks, Config(max_quote_marks=10, max_symbol_run=100)) is None
    assert "11 quotation marks" in over_budget(marks + "“", Config(max_quote_marks=10, max_symbol_run=100))
    words = "a" * 12
    assert over_budget(words, Config(max_tokens=12)) is None
    assert "over 3 tokens" in over_budget("a b c d", Config(max_tokens=3))
