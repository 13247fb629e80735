"""Headings and one-line subheads are sentences of their own, set before the parser.

Page extraction writes a live blog's subheads ("The Smith problem", "Questioning the witness") as
lines of their own, separated from the next paragraph by a single line break, and spaCy's parser
does not cut a sentence at a line break: the subhead becomes the start of the next sentence, its
subject, a speaker. :func:`heading_lines` finds such lines in a text; the ``wirecoder_headings``
component (added before the parser by :func:`wirecoder.analysis.load_pipeline`) makes each one a
sentence: its first token starts a sentence, its other tokens do not, and the first token after it
starts the next one. The parser keeps preset boundaries.

A heading line is short (at most :data:`MAX_HEADING_WORDS` words), starts with a capital letter
or a digit, does not end with punctuation (a sentence's end, a comma, a colon that introduces a
quote, a dash of a dateline, a closing quotation mark) nor with a function word ("and", "the"),
is followed by a line that starts like a sentence (a capital, a digit, an opening quotation
mark), and is not the continuation of a sentence wrapped across lines: the line before it ends
a sentence or is a heading itself, or a blank line or the start of the text precedes it.

A paragraph is a sentence boundary too: after a line break, the first token of a line that
starts like a sentence starts one when the line before ends a sentence (".", "?", "!" or a
closing quotation mark after one; after a single line break, not when the period follows a short
word, an abbreviation a wrapped line may end with). The parser does not cut at a blank line after a closing mark
(``... close.”\n\nBulgaria's minister said ...``), and the next paragraph's subject becomes an
apposition of the last one's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final, Iterator

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["MAX_HEADING_WORDS", "heading_lines", "mark_headings", "paragraph_starts"]

#: More words than this and a line without end punctuation is a wrapped sentence, not a heading.
MAX_HEADING_WORDS: Final = 12
_WORD: Final = re.compile(r"\w+")
_OPEN_END: Final = ".,;:!?…-–—\"'“”‘’«»([/&+"  # a line ending with one of these is no heading
_SENTENCE_END: Final = ".!?…\"'”’»)"  # a line ending with one of these ends its sentence
_OPEN_WORDS: Final = frozenset(
    "a an and as at but by for from in into nor of on or per than that the to via with".split()
)


def heading_lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each heading line of ``text`` (its stripped extent), in order."""
    lines: list[tuple[int, str]] = []  # (start, stripped line) of each line; "" for a blank one
    start = 0
    for raw in text.split("\n"):
        line = raw.strip()
        lines.append((start + len(raw) - len(raw.lstrip()), line))
        start += len(raw) + 1
    following = [""] * len(lines)  # the next non-blank line after each line
    for i in range(len(lines) - 2, -1, -1):
        following[i] = lines[i + 1][1] or following[i + 1]
    heading = [False] * len(lines)
    for i, (begin, line) in enumerate(lines):
        if not line or not _starts_sentence(following[i]):
            continue
        previous = lines[i - 1][1] if i else ""
        if _heading_shape(line) and (
            not previous or previous[-1] in _SENTENCE_END or heading[i - 1]
        ):
            heading[i] = True
            yield begin, begin + len(line)


def _heading_shape(line: str) -> bool:
    """Starts with a capital or a digit, at most MAX_HEADING_WORDS words, no end punctuation
    and no function word at the end (a line cut inside a sentence: "... on Friday and")."""
    if not (line[0].isupper() or line[0].isdigit()) or line[-1] in _OPEN_END:
        return False
    words = _WORD.findall(line)
    return 0 < len(words) <= MAX_HEADING_WORDS and words[-1].lower() not in _OPEN_WORDS


def _starts_sentence(line: str) -> bool:
    """``line`` begins like a sentence or a heading (an empty one: there is no next line)."""
    return bool(line) and (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'«(")


_PARAGRAPH: Final = re.compile(r"(\S*)[.!?…][\"'”’»)]*[ \t]*\n\s*(?=[A-Z0-9\"“‘'«(])")
_ABBREVIATION: Final = re.compile(r"^(?:[A-Z][a-z]{0,3}|[A-Za-z]|(?:[A-Za-z]\.)+[A-Za-z]?)$")  # Mr. Gen. U.S.


def paragraph_starts(text: str) -> Iterator[int]:
    """The start of each paragraph (or line) that follows a finished sentence at a line break:
    not after an abbreviation ("Mr.", "U.S.") that a wrapped line may end with."""
    for m in _PARAGRAPH.finditer(text):
        word = m.group(1)
        if "\n" not in m.group(0)[len(word):].split("\n", 1)[1] and _ABBREVIATION.match(word.lstrip("(\"“'‘")):
            continue  # a single line break after a short word with a period: maybe a wrap
        yield m.end()


def mark_headings(doc: Doc) -> Doc:
    """Sentence starts set on ``doc`` for its heading lines and paragraphs (see the module)."""
    spans = list(heading_lines(doc.text))
    paragraphs = list(paragraph_starts(doc.text))
    if not spans and not paragraphs:
        return doc
    tokens = list(doc)
    starts = [t.idx for t in tokens]
    for start in paragraphs:
        k = bisect_left(starts, start)
        if k < len(tokens) and starts[k] == start and k > 0:
            tokens[k].is_sent_start = True
    k = 0
    for start, end in spans:
        while k < len(tokens) and starts[k] < start:
            k += 1
        if k >= len(tokens) or starts[k] != start:
            continue  # a heading that does not start on a token boundary: left to the parser
        tokens[k].is_sent_start = True
        k += 1
        while k < len(tokens) and (starts[k] < end or tokens[k].is_space):
            tokens[k].is_sent_start = False
            k += 1
        if k < len(tokens):
            tokens[k].is_sent_start = True
    return doc


@Language.component("wirecoder_headings")
def headings_component(doc: Doc) -> Doc:
    """Headings and one-line subheads as sentences of their own (before the parser)."""
    return mark_headings(doc)
