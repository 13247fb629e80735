"""Refusals the fuzz bench (bench/fuzz.py) showed to be wrong: real article text refused."""

from __future__ import annotations

import pytest

from wirecoder.readers import read_file

from .support import only_article

STORY = ("<p>The minister said on Friday that the talks would resume in January.</p>"
         "<p>Officials in Belgrade said the delegation would travel to Brussels next week.</p>")


@pytest.mark.parametrize("control", ["\x0b", "\x0c", "\x01", "\x1f", "\ufffe"])
def test_a_control_character_in_a_page_does_not_lose_the_article(write, control):
    """Session 6 (fuzz case 23 and 8 more of the first 400): a C0 control character anywhere in
    a page (here in the title, the headline and the text) made trafilatura give up on the tree
    the reader handed it: "no article text found (0 words left)", where a page without it, or
    the same page read as a string, gives the article."""
    html = (f"<html><head><title>{control} </title></head><body><article><h1>{control} </h1>"
            + STORY.replace("talks", f"talks{control}") + "</article></body></html>")
    article = only_article(list(read_file(write("page.html", html))))
    assert article.text.split("\n") == [
        "The minister said on Friday that the talks would resume in January.",
        "Officials in Belgrade said the delegation would travel to Brussels next week."]
