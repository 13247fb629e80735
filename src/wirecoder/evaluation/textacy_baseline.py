"""The baseline: textacy's ``direct_quotations`` as a predictor for the quote scorer.

textacy is an optional extra (``pip install 'wirecoder[eval]'``), imported only when the
baseline runs. Each ``DQTriple(speaker, cue, content)`` becomes a :class:`~wirecoder.records.Quote`
of kind ``direct``: the content span includes its quotation marks (the scorer strips them), the
speaker and cue spans run from their first token to their last (textacy's token lists may skip
tokens, e.g. "Trump and Clinton" as [Trump, Clinton]), and the speaker's ``name`` is the mention
text, since textacy resolves nothing.

textacy refuses a whole document whose quotation marks do not pair up (it raises rather than
guess). By default the baseline then retries paragraph by paragraph, so one stray mark costs one
paragraph, not the article; ``per_paragraph=False`` keeps textacy's behaviour as it is.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator, Sequence

from ..records import Quote, Speaker
from ..spans import Span
from .errors import EvaluationError

__all__ = ["TextacyBaseline", "textacy_quotes"]

_INSTALL_HINT = (
    "the textacy baseline needs textacy, which is not installed; "
    "install the evaluation extra: pip install 'wirecoder[eval]' (or pip install textacy==0.13.0), "
    "or leave the baseline out with --systems wirecoder"
)


def _direct_quotations() -> Callable[[Any], Any]:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as err:
        raise EvaluationError(f"{_INSTALL_HINT} ({err})") from None
    return direct_quotations


def _span(doc: Any, tokens: Sequence[Any], offset: int) -> Span:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(start + offset, end + offset, doc.text[start:end])


def _paragraphs(doc: Any) -> Iterator[Any]:
    """The spans between line breaks (spaCy keeps them as whitespace tokens)."""
    start = 0
    for token in doc:
        if "\n" in token.text:
            if token.i > start:
                yield doc[start : token.i]
            start = token.i + 1
    if start < len(doc):
        yield doc[start:]


def _triples(
    doc: Any, direct_quotations: Callable[[Any], Any], per_paragraph: bool
) -> Iterator[tuple[Any, Any, int]]:
    """``(doc or paragraph doc, triple, character offset of that doc in the article)``."""
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # quotation marks that do not pair up somewhere in the article
        if not per_paragraph:
            return
    else:
        yield from ((doc, triple, 0) for triple in triples)
        return
    for paragraph in _paragraphs(doc):
        part = paragraph.as_doc()
        try:
            triples = list(direct_quotations(part))
        except ValueError:
            continue
        yield from ((part, triple, paragraph.start_char) for triple in triples)


def textacy_quotes(doc: Any, *, per_paragraph: bool = True) -> tuple[Quote, ...]:
    """textacy's direct quotations in a parsed spaCy ``doc`` as wirecoder quote records."""
    direct_quotations = _direct_quotations()
    quotes: list[Quote] = []
    for part, triple, offset in _triples(doc, direct_quotations, per_paragraph):
        content = triple.content
        mention = _span(part, triple.speaker, offset)
        quotes.append(
            Quote(
                id=f"t{len(quotes) + 1}",
                kind="direct",
                content=Span(
                    content.start_char + offset, content.end_char + offset, content.text
                ),
                cue=_span(part, triple.cue, offset),
                speaker=Speaker(mention=mention, entity=None, name=mention.text),
            )
        )
    return tuple(quotes)


class TextacyBaseline:
    """A ``predict(text)`` for :func:`~wirecoder.evaluation.quotes.evaluate_quotes`.

    ``parse`` turns a text into a spaCy Doc (share it with the other systems so each article is
    parsed once). Raises :class:`EvaluationError` at construction when textacy is missing.
    """

    def __init__(self, parse: Callable[[str], Any], *, per_paragraph: bool = True) -> None:
        _direct_quotations()
        self.parse = parse
        self.per_paragraph = per_paragraph

    def __call__(self, text: str) -> tuple[Quote, ...]:
        return textacy_quotes(self.parse(text), per_paragraph=self.per_paragraph)
