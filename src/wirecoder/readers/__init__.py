"""Readers: files of every supported format in, :class:`~wirecoder.article.Article` out.

One module per format, each yielding the same ``Article``:

    text.py     plain text, with the optional leading ``date YYYY-MM-DD`` marker
    html.py     HTML pages through trafilatura (boilerplate removed)
    markup.py   page markup made ready for extraction; block texts; HTML fragments as text
    feed.py     RSS/Atom through feedparser, one article per entry
    jsonl.py    JSON Lines, streamed, one article per line
    detect.py   size limit, binary and empty files, decoding, format sniffing
    files.py    files and directories to the right reader (folder walks stay in the folder)
    fields.py   dates (years 1000..2999), language codes, printable ``source`` names
    notice.py   warnings: inputs read with a repair, logged to ``wirecoder.readers``

A bad input never stops a batch: it becomes a :class:`Failure` in the stream, and in a JSON
Lines file or a feed the failure is one record's, never the rest of the file's. An input read
with a repair (bad bytes replaced, an absurd date dropped, a link or FIFO skipped) is a warning
on the ``wirecoder.readers`` logger (stderr when logging is not configured).

>>> from wirecoder.readers import Failure, read_paths
>>> for item in read_paths(["samples/"]):
...     print(item.message if isinstance(item, Failure) else item.id)  # doctest: +SKIP
"""

from __future__ import annotations

from .detect import DEFAULT_MAX_BYTES, Format, sniff_format
from .failure import Failure
from .feed import articles_from_feed
from .files import iter_files, read_file, read_paths
from .html import article_from_html
from .jsonl import article_from_record, articles_from_jsonl
from .text import article_from_text, split_date_marker

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Failure",
    "Format",
    "article_from_html",
    "article_from_record",
    "article_from_text",
    "articles_from_feed",
    "articles_from_jsonl",
    "iter_files",
    "read_file",
    "read_paths",
    "sniff_format",
    "split_date_marker",
]
