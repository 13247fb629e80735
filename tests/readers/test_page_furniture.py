"""Page furniture inside the article's markup (pages written for these tests, CC0): publication
time lines, bylines, wire credits and trailers, reporter contact lines, gallery counters, links
to other stories, and kickers above the headline. Each must leave the article text, and none of
the article's own sentences with it."""

from __future__ import annotations

import pytest

from wirecoder.analysis import prepare_article
from wirecoder.readers import read_file
from wirecoder.readers.boilerplate import drop_boilerplate, is_furniture_line

from .support import only_article


def page(body: str, title: str = "Ministers agree new sanctions package",
         site: str = "Harbour Town Tribune") -> str:
    return (f'<html lang="en"><head><title>{title}</title>'
            f'<meta property="og:site_name" content="{site}"></head><body>'
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<main><article><h1>{title}</h1>{body}</article></main>"
            "<footer><p>All rights reserved.</p></footer></body></html>")


WIRE_BODY = """
<p class="pubdate">Published March 3, 2025 at 9:12 am | Updated March 3, 2025 at 2:40 pm</p>
<p>OSLO (Reuters) - Nordic foreign ministers on Monday agreed a joint package of export
controls on dual-use goods, after two days of talks in the Norwegian capital.</p>
<p>"We will not let our technology end up in weapons used against our neighbours," the
Norwegian foreign minister, Sigrid Aasen, told reporters after the meeting.</p>
<p>Finland's foreign minister said Helsinki would apply the controls from April and urged the
other states to close the remaining gaps before the summer.</p>
<p>(Reporting by Lena Dahl and Piotr Zielinski; Editing by Mark Hollis)</p>
<p>Our Standards: The Thomson Reuters Trust Principles.</p>
"""


def test_a_timestamp_line_above_the_dateline_goes_and_the_agency_is_the_outlet(write):
    article = only_article(list(read_file(write("wire.html", page(WIRE_BODY)))))
    assert "Published March 3" not in article.text
    assert article.text.startswith("OSLO (Reuters) - Nordic foreign ministers")
    prepared = prepare_article(article)
    assert prepared.dateline is not None and prepared.dateline.agency == "Reuters"
    assert (prepared.outlet, prepared.site) == ("Reuters", "Harbour Town Tribune")


def test_wire_credits_and_trailers_go(write):
    text = only_article(list(read_file(write("wire.html", page(WIRE_BODY))))).text
    for gone in ("Reporting by", "Editing by", "Lena Dahl", "Our Standards", "Trust Principles"):
        assert gone not in text, gone
    assert text.rstrip().endswith("close the remaining gaps before the summer.")


BROADCAST_BODY = """
<p>By Hanna Lindgren and Tomas Berg</p>
<p>Posted: Mar 18, 2025 6:00 AM MDT | Last Updated: March 18, 2025</p>
<p>The province will challenge the new federal rule in court, its premier said on Tuesday.</p>
<p>"We will see them in court," Premier Dana Holm told reporters in the capital.</p>
<p>Smaller producers said the rule would close many wells.</p>
<p>With files from The Canadian Press</p>
<p>Reach Hanna Lindgren at hlindgren@tribune.example or on X @hlindgren. Tomas Berg covers the legislature.</p>
"""


def test_bylines_time_lines_credits_and_contact_lines_go(write):
    text = only_article(list(read_file(write("b.html", page(BROADCAST_BODY))))).text
    assert text.split("\n") == [
        "The province will challenge the new federal rule in court, its premier said on Tuesday.",
        '"We will see them in court," Premier Dana Holm told reporters in the capital.',
        "Smaller producers said the rule would close many wells.",
    ]


LINKS_BODY = """
<p>The government ruled out an early release scheme on Monday, the prime minister's spokesman said.</p>
<p>Read more</p>
<p><a href="/p1">Prisons in England 'weeks from running out of space'</a></p>
<p>The justice secretary said 14,000 new places were being built.</p>
<p><a href="/p2">Chancellor faces revolt over fuel duty</a></p>
<p>The prison governors' association said ministers could not build their way out of the crisis.</p>
<div class="gallery"><p>1 / 2</p></div>
<p>Labour backbenchers said the government should <a href="/s">consider shorter sentences</a>.</p>
"""


def test_links_to_other_stories_and_counters_go_prose_with_a_link_stays(write):
    text = only_article(list(read_file(write("l.html", page(LINKS_BODY))))).text
    for gone in ("Read more", "weeks from running out of space", "Chancellor faces revolt", "1 / 2"):
        assert gone not in text, gone
    assert text.split("\n") == [
        "The government ruled out an early release scheme on Monday, the prime minister's "
        "spokesman said.",
        "The justice secretary said 14,000 new places were being built.",
        "The prison governors' association said ministers could not build their way out of the "
        "crisis.",
        "Labour backbenchers said the government should consider shorter sentences.",
    ]


def test_a_kicker_above_the_repeated_headline_goes(write):
    title = "What is the debt limit, and what happens next?"
    html = (f'<html lang="en"><head><title>{title}</title></head><body><main><article>'
            f'<span class="label">Explainer</span><h1>{title}</h1>'
            "<p>The Treasury says it will run out of room to pay the bills in September.</p>"
            "<h2>What is the debt limit?</h2><p>It is a cap, set by law, on federal borrowing.</p>"
            "</article></main></body></html>")
    text = only_article(list(read_file(write("e.html", html)))).text
    assert text.split("\n") == [
        "The Treasury says it will run out of room to pay the bills in September.",
        "What is the debt limit?",
        "It is a cap, set by law, on federal borrowing.",
    ]


@pytest.mark.parametrize("line", [
    "Published February 24, 2025 at 11:08 am | Updated February 24, 2025 at 1:30 pm",
    "Updated - November 06, 2025 09:14 pm IST",
    "Wed 29 Jan 2025 at 07:00",
    "17.05.2025 – 14:30",
    "May 2, 2025 — 5.30am",
    "Published 6:05 p.m. MT April 22, 2025",
    "Mon 15 Sep 2025 12.47 BST",
    "5:40 pm",
    "1 / 2",
    "By Dana Whitfield and Marcus Oyelaran",
    "By Reuters",
    "Written by Katalin Vörös",
    "By Siobhán Fairley, Political Correspondent",
    "(Reporting by Anna Lindqvist and Tomasz Wrona; Editing by Philip Ashdown)",
    "Additional reporting by Jan Novak in Prague",
    "With files from The Canadian Press",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Reach Maribel Quintero at mquintero@desertsun.example or on X @mquintero.",
])
def test_furniture_lines(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "By Tuesday, the talks had collapsed.",
    "By contrast, the Senate bill keeps the tax.",
    "By 2030 Canada will cut methane emissions by 75 per cent.",
    "Reporting by the BBC showed that the minister had been told.",
    "With files from the ministry, the committee said it would publish the report.",
    "On March 3, 2025 the council voted to close the port.",
    "Updated figures show 3,000 landlords left in 2024.",
    "Contact with the rebels was lost on Friday, the army said.",
    "Follow the money, the senator told reporters on May 2.",
    "Prime minister arrives at the assembly",
    '"We will see them in court."',
])
def test_sentences_are_not_furniture(line):
    assert not is_furniture_line(line)
    assert drop_boilerplate(f"First line.\n{line}\nLast line.") == f"First line.\n{line}\nLast line."


def test_a_sentence_after_a_read_more_label_stays():
    text = "One.\nRead more\nThe minister said the port would reopen on Friday.\nTwo."
    assert drop_boilerplate(text) == "One.\nThe minister said the port would reopen on Friday.\nTwo."


# --- markup that cuts or doubles the article's sentences -------------------------------------

PARAGRAPHS = [
    "The Senate on Wednesday rejected a proposal to cut food aid, a defeat for party leaders "
    "who had hoped to fold the savings into the bill.",
    "Senator Laura Pettibone said her party would not trade away the assistance that families "
    "rely on, and that the vote settled the question for this year.",
    "Harmon said Congress must cut the budget to bring spending under control, and that he "
    "would bring the plan back in the fall.",
    "The vote was 44 to 56, with six Republicans joining the Democrats in opposing it.",
]


def test_q_elements_keep_their_quote_marks_and_their_attribution(write):
    body = ("<p>The Senate on Wednesday rejected a proposal to cut food aid, a defeat for party "
            "leaders who had hoped to fold the savings into the bill.</p>"
            "<p><q>We will not trade away the food assistance that families rely on</q>, Senator "
            "Laura Pettibone said.</p><p>" + PARAGRAPHS[2] + "</p>")
    lines = only_article(list(read_file(write("q.html", page(body))))).text.split("\n")
    assert lines[1] == ("“We will not trade away the food assistance that families rely on”, "
                        "Senator Laura Pettibone said.")


def test_a_single_br_in_a_paragraph_is_a_space_a_double_br_a_break(write):
    body = ("<p>" + PARAGRAPHS[0] + "</p><p>The chief executive said the increase was needed."
            "<br>\n\"Without it, the lights will go out by winter,\" he said.</p>"
            "<div class='text'>" + PARAGRAPHS[2] + "<br><br>" + PARAGRAPHS[3] + "</div>")
    lines = only_article(list(read_file(write("br.html", page(body))))).text.split("\n")
    assert ('The chief executive said the increase was needed. "Without it, the lights will go '
            'out by winter," he said.') in lines
    assert PARAGRAPHS[2] in lines and PARAGRAPHS[3] in lines


def test_an_advertising_label_inside_a_paragraph_goes(write):
    body = ("<p>Finance Minister Lerato Khumalo said the Treasury supported a phased increase "
            "<span class='label'>Advertisement</span> over three years.</p>"
            "<p>" + PARAGRAPHS[1] + "</p><p>" + PARAGRAPHS[2] + "</p>")
    text = only_article(list(read_file(write("ad.html", page(body))))).text
    assert "Advertisement" not in text
    assert text.split("\n")[0] == ("Finance Minister Lerato Khumalo said the Treasury supported "
                                   "a phased increase over three years.")


def test_a_pull_quote_in_the_body_does_not_double_the_quote(write):
    body = ("<p>" + PARAGRAPHS[0] + "</p>"
            "<p>\"Households cannot carry another increase of this size,\" the minister told "
            "Parliament on Tuesday.</p>"
            "<blockquote class='pullquote'><p>“Households cannot carry another increase of this "
            "size.”</p></blockquote><p>" + PARAGRAPHS[2] + "</p>")
    text = only_article(list(read_file(write("pull.html", page(body))))).text
    assert text.count("Households cannot carry another increase of this size") == 1
    assert len(text.split("\n")) == 3


def test_a_json_ld_article_body_keeps_its_paragraphs(write):
    import json

    ld = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
          "headline": "Senate rejects plan", "datePublished": "2025-06-11T09:00:00-04:00",
          "articleBody": "\n\n".join(PARAGRAPHS)}]}
    html = ('<html lang="en"><head><title>Senate rejects plan</title><script type="application/'
            f'ld+json">{json.dumps(ld)}</script></head><body><div id="app"><nav><a href="/">Home'
            '</a></nav><div class="loading">Loading…</div></div></body></html>')
    article = only_article(list(read_file(write("app.html", html))))
    assert article.text.split("\n") == PARAGRAPHS
    assert article.published == "2025-06-11"


def test_a_flattened_short_page_gets_its_paragraphs_back_without_the_caption(write):
    body = ("<p>" + PARAGRAPHS[0] + "</p><figure><img src='x.jpg'><figcaption>Senator Laura "
            "Pettibone speaks to reporters. (Photo/J. Scott)</figcaption></figure>"
            "<p>\"We will not trade away the food assistance,\" Senator Laura Pettibone said.</p>")
    text = only_article(list(read_file(write("short.html", page(body, title="Senate rejects "
                                                                 "plan to cut food aid"))))).text
    assert "speaks to reporters" not in text
    assert text.split("\n") == [PARAGRAPHS[0], "\"We will not trade away the food assistance,\" "
                                "Senator Laura Pettibone said."]


def test_typesetting_characters_do_not_split_names(write):
    from wirecoder.analysis import load_pipeline

    body = ("<p>The opposition spokeswoman on housing, Aoife Brennan&#8209;Kerr, said the "
            "minister&#8217;s plan did not go far enough and that her party would support the "
            "eviction&nbsp;ban.</p><p>Mr&nbsp;Lynch said the freeze could dis&shy;courage new "
            "building&#8203;.</p><p>" + PARAGRAPHS[2] + "</p>")
    article = only_article(list(read_file(write("t.html", page(body)))))
    for char in ("\u2011", "\u00a0", "\u00ad", "\u200b"):
        assert char not in article.text, repr(char)
    assert "Aoife Brennan-Kerr" in article.text and "discourage new building." in article.text
    analysis = load_pipeline().analyze(article)
    speakers = {q.speaker.name for q in analysis.quotes}
    assert "Aoife Brennan-Kerr" in speakers, speakers
