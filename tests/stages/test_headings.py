"""Headings and one-line subheads are sentences of their own: never glued to the next sentence,
never its subject or a quote's speaker (the real pipeline, the real page reader)."""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.analysis import load_pipeline
from wirecoder.readers import read_file
from wirecoder.stages.headings import heading_lines


def _heads(text: str) -> list[str]:
    return [text[a:b] for a, b in heading_lines(text)]


def test_heading_lines_are_short_unpunctuated_lines_after_a_sentence():
    text = ("The court resumed on Wednesday.\nQuestioning the witness\nThe lawyer asked her.\n\n"
            "The Smith problem\nProsecutors said so.\nBy Jane Doe\n\n  The Reserve Question  \n"
            "\n\u201cNo,\u201d she said.\nFraud Trial Live\nDay Three\n12:40 GMT\nThe judge spoke.")
    assert _heads(text) == ["Questioning the witness", "The Smith problem", "By Jane Doe",
                            "The Reserve Question", "Fraud Trial Live", "Day Three", "12:40 GMT"]
    for a, b in heading_lines(text):
        assert text[a:b] == text[a:b].strip()


@pytest.mark.parametrize("text", [
    # a sentence wrapped across lines: its short lines are no headings
    "The committee said on Monday that the new\nbudget would be cut\nby a fifth next year.",
    "Ministers met in Brussels on Friday and\nAgreed Nothing\nabout the plan.",
    # a colon introduces a quote, a dash ends a dateline, a quotation mark ends a sentence
    "The minister said:\n\"We will not pay.\"",
    "WASHINGTON (AP) —\nThe Senate voted.",
    "He added, \"We will see\"\nThe vote is due.",
    # lower case, or too long, or the last line
    "The vote was held.\nand then the talks began\nThe end came soon.",
    "The vote was held.\nThe long debate over the harbour budget that the council has held for three years now\nIt ended.",
    "The vote was held.\nNo further comment",
])
def test_lines_that_are_not_headings(text):
    assert _heads(text) == []


def test_the_pipeline_makes_a_subhead_its_own_sentence():
    nlp = load_pipeline().nlp
    doc = nlp("The court resumed on Wednesday.\nThe Harlow problem\nProsecutors said the "
              "accountant had signed every invoice herself.")
    assert [s.text.strip() for s in doc.sents] == [
        "The court resumed on Wednesday.", "The Harlow problem",
        "Prosecutors said the accountant had signed every invoice herself."]


@pytest.mark.parametrize("subhead, body, speaker, mention", [
    # the subhead glued to the next sentence became its subject and the speaker
    ("Questioning Mr Keller", "Keller said the council had been misled about the costs.",
     "Keller", "Keller"),
    ("A long night for Delgado", "The minister said he had not slept since Thursday.",
     None, "The minister"),
    ("Cross Examination Begins", "Daniel Okafor told the court he had been paid twice.",
     "Daniel Okafor", "Daniel Okafor"),
    ("Day Three", "Maria Lund said the records had been destroyed.", "Maria Lund", "Maria Lund"),
])
def test_a_subhead_is_never_the_speaker_nor_part_of_the_mention(subhead, body, speaker, mention):
    text = f"The vote was delayed again on Tuesday.\n{subhead}\n{body}"
    analysis = wirecoder.analyze(text)
    (quote,) = analysis.quotes
    start = text.index(subhead)
    assert quote.speaker.mention is not None and quote.speaker.mention.text == mention
    assert quote.speaker.mention.start >= start + len(subhead)  # nothing of the subhead in it
    if speaker is not None:
        assert quote.speaker.name == speaker
    for word in subhead.split():
        assert word not in (quote.speaker.name or "").split() or word in body


def test_a_glued_subhead_no_longer_hides_the_quote():
    text = ("The court resumed on Wednesday with the defence calling its first witness.\n"
            "Questioning the witness\nProsecutors said the accountant had signed every invoice herself.")
    (quote,) = wirecoder.analyze(text).quotes
    assert quote.content.text == "the accountant had signed every invoice herself"
    assert quote.speaker.mention.text == "Prosecutors"


LIVE_BLOG = """<html lang="en"><head><title>Fraud trial: day three as it happened</title>
<meta property="og:site_name" content="Eastbrook Courier"></head><body>
<article><h1>Fraud trial: day three as it happened</h1>
<p>The court resumed on Wednesday morning with the defence calling its first witness, a former
clerk at the firm.</p>
<h2>Questioning Mr Keller</h2>
<p>Keller said the accounts had been closed before the audit began.</p>
<h2>Top stories</h2>
<p>Read more</p>
<h3>A long night for Delgado</h3>
<p>The prosecutor said the invoices had been signed twice.</p>
</article></body></html>"""


def test_a_live_blog_page_through_the_reader_and_the_pipeline(tmp_path):
    path = tmp_path / "live.html"
    path.write_text(LIVE_BLOG, encoding="utf-8")
    (article,) = read_file(path)
    assert "Top stories" not in article.text and "Read more" not in article.text
    analysis = wirecoder.analyze(article)
    mentions = [q.speaker.mention.text for q in analysis.quotes]
    assert mentions == ["Keller", "The prosecutor"]
    assert "Questioning" not in [q.speaker.name for q in analysis.quotes]
    for q in analysis.quotes:
        assert "\n" not in q.speaker.mention.text


def test_a_paragraph_after_a_closing_mark_starts_a_sentence():
    # the parser glues "… as “legitimate.”\n\nInsurers …" into one sentence: the next
    # paragraph becomes part of the last one's quote, and its own attribution is lost
    text = ("The Defence Ministry said its forces had struck depots used to store foreign weapons "
            "and described the targets as “legitimate.”\n\nInsurers in London are due to review "
            "the rates next week, two people familiar with the matter said.")
    doc = load_pipeline().nlp(text)
    assert text.index("Insurers") in [s.start_char for s in doc.sents]
    quotes = wirecoder.analyze(text).quotes
    assert [q.content.text[:16] for q in quotes] == ["its forces had s", "Insurers in Lond"]
    assert quotes[1].speaker.name is None  # two people familiar with the matter


def test_a_single_line_break_after_a_finished_sentence_starts_one_but_not_after_mr():
    from wirecoder.stages.headings import paragraph_starts
    text = 'He left.\nThen she came. Mr.\nSmith said "no more."\nThe talks ended. U.S.\nSenators left.'
    assert [text[i:i + 7] for i in paragraph_starts(text)] == ["Then sh", "The tal"]
    text = ("The ministry accused its neighbour of \"preparing a war under the pretext of trade.\"\n"
            "Earlier, the Foreign Ministry called on both sides to resolve their differences.")
    doc = load_pipeline().nlp(text)
    assert text.index("Earlier") in [s.start_char for s in doc.sents]
