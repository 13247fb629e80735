"""Boilerplate lines that page extraction leaves in: dropped from an article's text at read time.

trafilatura removes menus and footers, but keeps some lines that sit inside the article's markup:
section labels ("Top stories", "SEE MORE", "Related:"), prompts ("Share this", "Sign up for our
newsletter", "Leave a comment"), "Read more: <another headline>" links, and lists of links to other
stories (runs of short title-case lines). They are not the article, and analysed they yield fake
quotes and subjects. :func:`drop_boilerplate` removes them from the text itself, before any offset
is taken, so that no record can ever point into them (the text wirecoder stores and analyses is
the page's article without those lines).

Conservative by construction: a line goes only when it is, as a whole, one of those labels or
prompts (its words and nothing else), a label followed by a colon and a headline, or one of three
or more consecutive headline-like lines (2 to 16 words, most of them capitalised, no sentence
punctuation at the end). A sentence that merely contains "read more about" or "share this" stays.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["drop_boilerplate", "is_boilerplate_line"]

# Whole-line labels and prompts, lower case, without end punctuation or arrows.
_LABELS: Final = frozenset(
    label.strip() for label in """
    top stories|top story|more stories|more top stories|latest stories|latest news|most read|most popular
    |most viewed|trending|trending now|related|related stories|related articles|related content
    |related coverage|related topics|related news|related links|see more|see also|read more|read next
    |read more stories|more on this story|more on this|recommended|recommended stories|you may also like
    |you might also like|editor's picks|editors' picks|must read|must reads|watch|watch now|listen
    |listen to this article|advertisement|advertising|sponsored|sponsored content|share|share this
    |share this article|share this story|share on facebook|share on twitter|share on x|share via email
    |copy link|link copied|print|email|sign up|subscribe|subscribe now|sign up for our newsletter
    |sign up to our newsletter|subscribe to our newsletter|get our newsletter|newsletter|comments
    |comment|leave a comment|add a comment|post a comment|join the conversation|view comments
    |show comments|load comments|comments are closed|follow us|follow us on twitter|back to top
    |skip advert|continue reading|click here|keep reading|show more|load more|next article
    |previous article|story continues below|story continues below advertisement|article continues below
    |scroll to continue|image|photo|video|getty images|file photo
    """.split("|")
)
# A label, a colon and the headline of another story ("Read more: Port strike ends").
_LABEL_LINK: Final = re.compile(
    r"(?:read more|read next|related|see also|see more|more|also read|watch|listen|must read"
    r"|recommended|latest|top stories|more on this story)\s*[:|»›>]\s*\S",
    re.IGNORECASE,
)
_END_MARKS: Final = re.compile(r"[\s.:!|»›>→…\-–—]+$")
_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w'’.,-]*")
_SMALL: Final = frozenset(
    "a an and as at by for from in into of on or the to vs with over after before amid".split()
)
_MIN_RUN: Final = 3  # consecutive headline-like lines from which they are a list of links


def is_boilerplate_line(line: str) -> bool:
    """Whether ``line`` is, as a whole, a boilerplate label, prompt or "Read more: <link>"."""
    text = line.strip()
    if not text or len(text) > 120:
        return False
    bare = _END_MARKS.sub("", text).strip().lower().replace("’", "'")
    if bare in _LABELS:
        return True
    # "Sign up for our newsletter here", "Subscribe to our daily newsletter": prompts, no sentence
    if re.fullmatch(r"(?:sign up|subscribe)(?: now)? (?:for|to) (?:our|the) [\w' -]*newsletters?"
                    r"(?: here| now| today)?", bare):
        return True
    return _LABEL_LINK.match(text) is not None and not text.endswith((".", "?", "!", '"', "”"))


def _headline_like(line: str) -> bool:
    """2 to 16 words, no sentence end, most words capitalised: a link to another story."""
    text = line.strip()
    if not text or text[-1] in ".!?,;:\"”'’)":
        return False
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 16 or not words[0][:1].isupper():
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return capitalised * 4 >= len(content) * 3


def drop_boilerplate(text: str) -> str:
    """``text`` (lines separated by newlines) without its boilerplate lines; the other lines
    are kept exactly, in order, with the line breaks between them."""
    lines = text.split("\n")
    drop = [is_boilerplate_line(line) for line in lines]
    # runs of headline-like lines (labels inside a run do not break it)
    i = 0
    while i < len(lines):
        if not _headline_like(lines[i]) or drop[i]:
            i += 1
            continue
        j, count = i, 0
        while j < len(lines) and (drop[j] or _headline_like(lines[j])):
            count += not drop[j]
            j += 1
        if count >= _MIN_RUN:
            for k in range(i, j):
                drop[k] = True
        i = j
    kept = [line for line, gone in zip(lines, drop) if not gone]
    # no blank lines left doubled where a dropped line sat between two blank ones
    out: list[str] = []
    for line in kept:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line)
    return "\n".join(out).strip("\n")
