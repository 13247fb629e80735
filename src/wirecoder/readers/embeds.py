"""Social-media posts embedded in a page: found in its markup, marked in its text.

A post embedded in an article (``<blockquote class="twitter-tweet">``, an Instagram, TikTok,
Bluesky, Threads, Mastodon or Facebook embed) is shown as a quote card: the post's words, then
"— NAME (@handle) DATE". trafilatura keeps both as paragraphs of the text (Readability drops
them with every element whose class says tweet). wirecoder keeps the words, which are a named
person's statement and often the story's news, and marks them: each post becomes an
:class:`~wirecoder.article.Embed` with the span of its words in the article text and the
author, handle, platform and date the embed names, so that a later stage can attribute the
words to their author instead of leaving them an unattributed paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ..article import Embed
from ..spans import Span

__all__ = ["PagePost", "locate_posts", "page_posts"]

_EMBED_CLASS: Final = re.compile(
    r"twitter-tweet|tweet|instagram-media|tiktok-embed|bluesky-embed|threads-?post|"
    r"mastodon-embed|fb-post|fb-xfbml|facebook-post|social-embed|embed-social|x-post",
    re.IGNORECASE)
_PLATFORMS: Final = (("bluesky", "bluesky"), ("instagram", "instagram"), ("tiktok", "tiktok"),
                     ("threads", "threads"), ("mastodon", "mastodon"), ("fb", "facebook"),
                     ("facebook", "facebook"), ("tweet", "x"), ("twitter", "x"), ("x-post", "x"))
# "— Luc Tremblay-Asante (@LucTA_Env) March 17, 2025"
_ATTRIBUTION: Final = re.compile(
    r"^\s*[—–-]+\s*(?P<name>[^()@\n]{2,80}?)\s*(?:\((?P<handle>@[\w.]{1,40})\))?\s*"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2})?\s*$")
_WS: Final = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PagePost:
    """An embedded post as the page's markup has it: its words (whitespace folded) and what
    the embed says of it."""

    text: str
    author: str | None
    handle: str | None
    platform: str | None
    date: str | None


def page_posts(root) -> list[PagePost]:
    """The embedded posts of a page, in page order (read only: the tree is not changed)."""
    from .fields import typographic_text

    out = []
    for element in root.iter("blockquote", "div", "figure"):
        marks = " ".join(element.get(a) or "" for a in ("class", "data-platform", "data-embed"))
        if not _EMBED_CLASS.search(marks):
            continue
        if any(_EMBED_CLASS.search(a.get("class") or "") for a in element.iterancestors()):
            continue
        paragraphs = [p for p in element.iter("p")]
        words = " ".join(typographic_text(paragraphs[0].text_content()).split()) if paragraphs \
            else ""
        whole = " ".join(typographic_text(element.text_content()).split())
        if not words:
            words = whole.split(" — ")[0].strip()
        rest = whole[len(words):].strip() if whole.startswith(words) else ""
        found = _ATTRIBUTION.match(rest) if rest else None
        author = handle = date = None
        if found:
            author = found.group("name").strip() or None
            handle = found.group("handle")
            date = _post_date(found.group("date")) if found.group("date") else None
        if not words:
            continue
        platform = next((name for key, name in _PLATFORMS if key in marks.lower()), None)
        out.append(PagePost(words, author, handle, platform, date))
    return out


def _post_date(value: str) -> str | None:
    """``YYYY-MM-DD`` of "March 17, 2025", "17 March 2025" or "2025-03-17", else None."""
    import calendar
    import datetime

    from .fields import normalize_date

    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return normalize_date(value)
    months = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    months.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
    words = re.findall(r"[A-Za-z]+|\d+", value)
    month = next((months[w.lower()] for w in words if w.lower() in months), None)
    numbers = [int(w) for w in words if w.isdigit()]
    if month is None or len(numbers) != 2:
        return None
    day, year = (numbers if numbers[0] <= 31 else numbers[::-1])
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def locate_posts(text: str, posts: list[PagePost]) -> tuple[Embed, ...]:
    """Each post whose words open a line of the article ``text`` (the final text; whitespace
    folded to compare) as an :class:`Embed` over them; a post not found there is left out."""
    out = []
    start = 0
    lines = []
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    for post in posts:
        for start, line in lines:
            if _WS.sub(" ", line).strip() != post.text:
                continue
            begin = start + len(line) - len(line.lstrip())
            end = start + len(line.rstrip())
            out.append(Embed(Span(begin, end, text[begin:end]), post.author, post.handle,
                             post.platform, post.date))
            break
    return tuple(out)
