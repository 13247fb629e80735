"""The dateline's date dates the copy (``published``); it is no time the story refers to."""

from __future__ import annotations

import wirecoder

STORY = ("CAIRO, Sept. 11 (Xinhua) -- Egypt will not accept any deal that cuts its share of the "
         "river, the foreign minister said on Monday, after talks in Addis Ababa ended on "
         "Sept. 9.\n")


def test_the_dateline_date_is_no_time_but_the_same_date_in_the_body_is():
    analysis = wirecoder.analyze(STORY, published="2024-09-11")
    assert analysis.article.dateline is not None
    assert [t.span.text for t in analysis.times] == ["Monday", "Sept. 9"]
    for t in analysis.times:
        assert STORY[t.span.start:t.span.end] == t.span.text


def test_without_a_dateline_a_date_opening_the_text_stays_a_time():
    text = "Sept. 11 was the day the talks collapsed, the minister said.\n"
    analysis = wirecoder.analyze(text, published="2024-09-12")
    assert analysis.article.dateline is None
    assert [t.span.text for t in analysis.times][:1] == ["Sept. 11"]


def test_a_headline_before_the_dateline_gives_no_times():
    text = ("Port strike to run until 2031\nBy Mara Lind, dpa\n\nHAMBURG (dpa) - Dock workers "
            "will strike on Friday, the union said.\n")
    analysis = wirecoder.analyze(text, published="2027-05-12")
    assert analysis.article.dateline is not None and analysis.article.dateline.place == "HAMBURG"
    texts = [t.span.text for t in analysis.times]
    assert not any("2031" in t for t in texts) and any("Friday" in t for t in texts), texts
