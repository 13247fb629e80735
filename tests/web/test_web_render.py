"""The article text with its records drawn on it: every piece escaped, tags always nested,
the text itself unchanged; charts and links that keep untrusted text inert."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.web.highlight import LAYERS, Mark, render
from wirecoder.web.pages import json_script, linkify, safe_url


class Shape(HTMLParser):
    """The text a browser shows, and whether every tag closes in order (no <a> in an <a>)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text, self.stack, self.ok, self.tags, self.refs = [], [], True, [], []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and any(t.startswith("a") for t in self.stack):
            self.ok = False
        ref = tag == "a" and ("class", "ref") in attrs
        self.stack.append("a.ref" if ref else tag)
        self.tags.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop().split(".")[0] != tag:
            self.ok = False

    def handle_data(self, data):
        (self.refs if self.stack and self.stack[-1] == "a.ref" else self.text).append(data)


def parse(markup: str) -> Shape:
    shape = Shape()
    shape.feed(markup)
    shape.close()
    return shape


HOSTILE = st.text(alphabet=st.sampled_from(list("ab <>&\"'/=\n") + ["é", "\u2028"]),
                  min_size=0, max_size=60)


@st.composite
def marked_text(draw):
    text = draw(HOSTILE)
    marks = []
    for _ in range(draw(st.integers(0, 12))):
        if len(text) < 1:
            break
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a + 1, len(text)))
        layer = draw(st.sampled_from(LAYERS))
        ref = draw(st.sampled_from(["q1", "e<1", 'x"y']))
        marks.append(Mark(layer, a, b, f"{layer}-{ref}", draw(HOSTILE)))
    return text, marks


@settings(max_examples=400, deadline=None)
@given(marked_text())
def test_rendering_keeps_the_text_and_nests_every_tag(case):
    text, marks = case
    markup = str(render(text, marks))
    shape = parse(markup)
    assert shape.ok and shape.stack == []
    assert "".join(shape.text) == text  # the quote reference links ("q1") aside
    assert set(shape.refs) <= {m.ref.split("-", 1)[1] for m in marks if m.layer == "quote"}
    assert set(shape.tags) <= {"a", "span"}


def test_a_quote_holds_its_entities_and_times():
    text = 'Vucic said "Serbia will never impose sanctions on Russia" on Friday.'
    q = text.index("Serbia")
    marks = [Mark("quote", q, text.index('" on'), "quote-q1", "direct quote"),
             Mark("speaker", 0, 5, "quote-q1", "speaker"),
             Mark("cue", 6, 10, "quote-q1", "cue"),
             Mark("entity", q, q + 6, "entity-e1", "country: Serbia"),
             Mark("entity", text.index("Russia"), text.index("Russia") + 6, "entity-e2", "Russia"),
             Mark("time", text.index("Friday"), text.index("Friday") + 6, "time-0", "2019-04-19")]
    markup = str(render(text, marks))
    quote = markup[markup.index('<span class="hl-quote"'):]
    quote = quote[:quote.index('<a class="ref"')]
    assert quote.count('class="hl-entity"') == 2 and quote.endswith("</span>")
    assert '<a class="ref" href="#quote-q1"' in markup
    assert '<a class="hl-time" data-ref="time-0" title="2019-04-19" href="#time-0">Friday</a>' in markup


def test_crossing_marks_are_split_not_interleaved():
    text = "abcdefghij"
    markup = str(render(text, [Mark("event", 0, 6, "event-1", "e"), Mark("quote", 3, 9, "quote-q1", "q")]))
    shape = parse(markup)
    assert shape.ok and "".join(shape.text) == text and shape.refs == ["q1"]
    assert markup.count('class="hl-quote"') == 2


def test_only_http_links_are_links():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>",
                "vbscript:x", "//evil.example/x", "/relative", "java\nscript:alert(1)",
                "https://ok.example/\r\nSet-Cookie: x", "", None, "http://[::1"):
        assert safe_url(bad) is None, bad
    markup = str(linkify("see javascript:alert(1) and https://example.org/r?a=1&b=<2>. Done"))
    assert markup.count("<a ") == 1
    assert 'href="https://example.org/r?a=1&amp;b="' in markup
    assert "&lt;2&gt;. Done" in markup and "javascript:alert(1)" in markup


def test_json_in_a_script_tag_cannot_close_it():
    value = {"text": "</script><script>alert(1)</script> <!-- \u2028 &amp;"}
    out = str(json_script(value))
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    import json

    assert json.loads(out) == value


def test_an_analysis_with_events_reads_back():
    """Regression: Event.from_dict named a class that does not exist (``Actor``), so the
    stored analysis of any article with an event could not be read (the article page and
    /api/v1/articles/ID failed)."""
    from wirecoder.article import Article
    from wirecoder.records import Analysis, Event, EventActor
    from wirecoder.spans import span_at

    text = "Protesters marched on parliament in Belgrade."
    article = Article(id="a1", source="x.txt", text=text)
    event = Event("ev1", "PROTEST", "demonstrate", (EventActor("Protesters", "SRB", "CVL"),),
                  (EventActor("parliament", "SRB", "LEG"),), "Belgrade", None, 1000, "14",
                  span_at(text, 0, 18))
    analysis = Analysis(article, events=(event,))
    assert Analysis.from_dict(analysis.to_dict()) == analysis
