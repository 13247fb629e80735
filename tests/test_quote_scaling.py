"""The quote stage's work is linear in the number of quotes (issue 8, defect 4: 1,000 quote
pairs took 9 s, 2,000 47 s, 4,000 182 s). Counted in work done, never in seconds: the Python lines
the stage executes, and how often it asks spaCy to rebuild the Doc's text (``Doc.text`` joins
every token: once per quote made the stage quadratic). Real spaCy pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import wirecoder.stages.quotes.marks
import wirecoder.stages.quotes.find
import wirecoder.stages.quotes.speakers
from wirecoder.stages.entities.find import find_entities
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.stages.quotes.find import find_quotes

_FORMS = (
    "“We will never impose sanctions on Russia, not in year {j},” {name} said.",
    "“Serbia is ready to join the talks within {j} months,” {name} told reporters on Monday.",
    "{Name} said that the government would raise pensions before round {j}.",
    "“This is the end,” said {name}, “and we will not give up after meeting {j}.”",
    "{Name} told a rally: “Nobody can force us to recognise Kosovo, not in case {j}.”",
    "According to {name}, the talks on plan {j} failed.",
)
_NAMES = ("Aleksandar Vucic", "Ana Brnabic", "the minister", "she", "he", "police")


def article(pairs: int) -> str:
    sentences = []
    for j in range(pairs):
        name = _NAMES[j % len(_NAMES)]
        sentences.append(_FORMS[j % len(_FORMS)].format(j=j, name=name, Name=name[0].upper() + name[1:]))
    return "\n\n".join(" ".join(sentences[k : k + 3]) for k in range(0, len(sentences), 3))


@pytest.fixture(scope="module")
def docs(nlp):
    gazetteer = load_gazetteer()
    out = {}
    for pairs in (150, 300):
        doc = nlp(article(pairs))
        out[pairs] = (doc, find_entities(doc, gazetteer), gazetteer)
    return out


_STAGE_FILES = {m.__file__ for m in (wirecoder.stages.quotes.find, wirecoder.stages.quotes.speakers, wirecoder.stages.quotes.marks)}


def _lines_executed(call, files=_STAGE_FILES) -> int:
    """Python lines run inside the quote stage's modules (or ``files``) while ``call()`` runs."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def global_(frame, event, arg):
        return local if frame.f_code.co_filename in files else None

    sys.settrace(global_)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def test_work_grows_linearly_with_the_number_of_quotes(docs):
    work = {}
    found = {}
    for pairs, (doc, entities, gazetteer) in docs.items():
        work[pairs] = _lines_executed(lambda: found.__setitem__(pairs, find_quotes(doc, entities, gazetteer)))
    assert len(found[300]) >= 1.9 * len(found[150]) > 250  # the articles are quote-dense
    ratio = work[300] / work[150]
    assert ratio <= 2.3, f"lines executed: {work}; ratio per doubling {ratio:.2f}"


class _CountingDoc:
    """The real Doc, counting how often its text is rebuilt."""

    def __init__(self, doc):
        self._doc = doc
        self.text_builds = 0

    @property
    def text(self):
        self.text_builds += 1
        return self._doc.text

    def __getattr__(self, name):
        return getattr(self._doc, name)

    def __getitem__(self, i):
        return self._doc[i]

    def __iter__(self):
        return iter(self._doc)

    def __len__(self):
        return len(self._doc)


def test_the_text_is_built_once_not_once_per_quote(docs):
    doc, entities, gazetteer = docs[150]
    counting = _CountingDoc(doc)
    quotes = find_quotes(counting, entities, gazetteer)
    assert len(quotes) > 100
    assert counting.text_builds <= 1
    counting = _CountingDoc(doc)
    assert find_quotes(counting, entities, gazetteer, text=doc.text) == quotes
    assert counting.text_builds == 0



def test_dating_the_quotes_is_linear(docs):
    """Each quote's date used to be sought among every time expression of the article."""
    from wirecoder.analysis import _dated
    from wirecoder.stages.timex import find_times

    files = {sys.modules["wirecoder.stages.timex.quote_date"].__file__}
    work = {}
    for pairs, (doc, entities, gazetteer) in docs.items():
        quotes = find_quotes(doc, entities, gazetteer)
        times = find_times(doc, "2024-09-06")
        work[pairs] = _lines_executed(lambda: _dated(doc, quotes, times, "2024-09-06"), files)
    assert work[300] / work[150] <= 2.3, work


def test_entity_mentions_are_checked_against_names_by_bisection(nlp, docs):
    """Each gazetteer match used to be checked against every name of the article, and each
    organisation against every match (entities.py; people.py is not counted here)."""
    import wirecoder.stages.entities.find

    files = {wirecoder.stages.entities.find.__file__}
    work = {pairs: _lines_executed(lambda doc=doc, g=g: find_entities(doc, g), files)
            for pairs, (doc, _entities, g) in docs.items()}
    assert work[300] / work[150] <= 2.3, work
