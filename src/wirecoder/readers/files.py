"""Files and directories to articles: pick the reader for each file, record what fails.

Nothing here raises for a bad input: every problem becomes a :class:`Failure` in the stream, in
the order the files are read, and the batch carries on.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..article import Article
from ..errors import InputError
from .detect import (
    DEFAULT_MAX_BYTES,
    SNIFF_BYTES,
    check_binary,
    decode,
    format_from_extension,
    looks_like_jsonl,
    sniff_format,
    too_large_error,
)
from .failure import Failure, failure_from_error
from .feed import articles_from_feed
from .html import article_from_html
from .jsonl import articles_from_jsonl
from .text import article_from_text

__all__ = ["iter_files", "read_file", "read_paths"]


def read_paths(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Failure]:
    """Articles and failures from files and directories, in order.

    Directories are walked recursively in sorted order, skipping hidden files and directories;
    each file's reader is chosen by extension and by sniffing its content.
    """
    for path in paths:
        for item in iter_files(Path(path)):
            if isinstance(item, Failure):
                yield item
            else:
                yield from read_file(item, max_bytes=max_bytes)


def iter_files(path: Path) -> Iterator[Path | Failure]:
    """``path`` itself, or the files under a directory: sorted by name, hidden entries
    (``.name``) skipped, symbolic links followed once (a link loop is not walked twice)."""
    if not path.is_dir():
        yield path
        return
    seen: set[Path] = set()

    def walk(directory: Path) -> Iterator[Path | Failure]:
        real = directory.resolve()
        if real in seen:
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as err:
            yield Failure(str(directory), f"cannot list the directory: {_os_reason(err)}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = directory / entry.name
            if entry.is_dir():
                yield from walk(child)
            else:
                yield child

    yield from walk(path)


def read_file(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Failure]:
    """The articles in one file (one, or many for feeds and JSON Lines), with failures.

    Text, HTML and feeds are read whole and limited to ``max_bytes``; JSON Lines stream, so only
    one line is limited.
    """
    path = Path(path)
    source = str(path)
    try:
        yield from _read(path, source, max_bytes)
    except InputError as err:
        yield failure_from_error(err)
    except OSError as err:
        yield Failure(source, f"cannot read: {_os_reason(err)}")
    except Exception as err:  # a parser library choking: record it, never abort the batch
        problem = f"reading failed ({type(err).__name__}: {' '.join(str(err).split())})"
        yield Failure(source, f"{problem}; please report this as a bug")


def _read(path: Path, source: str, max_bytes: int) -> Iterator[Article | Failure]:
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise InputError(source, "is a directory", "pass it to read_paths, which walks directories")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(source, "not a regular file", "pass a file or a directory")
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
        if not head.strip() and len(head) == info.st_size:
            raise InputError(source, "empty file", "nothing to analyse")
        check_binary(head, source)
        if _is_jsonl(path, head):
            stream.seek(0)
            yield from articles_from_jsonl(stream, source, max_line_bytes=max_bytes)
            return
        if info.st_size > max_bytes:
            raise too_large_error(source, info.st_size, max_bytes)
        data = head + stream.read()  # read(n) would allocate n bytes up front: size is checked
    if len(data) > max_bytes:  # grew since stat
        raise too_large_error(source, len(data), max_bytes)
    text = decode(data, source)
    if not text.replace("\ufeff", "").strip():
        raise InputError(source, "empty file", "nothing to analyse")
    kind = sniff_format(path, text[:SNIFF_BYTES])
    if kind == "html":
        yield article_from_html(text, source)
    elif kind == "feed":
        yield from articles_from_feed(text, source)
    elif kind == "jsonl":  # sniffed from decoded text the byte sniff missed (e.g. UTF-16)
        raise InputError(source, "JSON Lines not in UTF-8", "convert the file to UTF-8")
    else:
        yield article_from_text(text, source)


def _is_jsonl(path: Path, head: bytes) -> bool:
    """JSON Lines by extension, or (no known extension) by its first lines."""
    by_extension = format_from_extension(path)
    if by_extension is not None:
        return by_extension == "jsonl"
    return looks_like_jsonl(head.decode("utf-8", errors="replace"))


def _os_reason(err: OSError) -> str:
    reasons = {
        FileNotFoundError: "no such file or directory; check the path",
        PermissionError: "permission denied; check the file's permissions",
        IsADirectoryError: "is a directory",
    }
    for kind, reason in reasons.items():
        if isinstance(err, kind):
            return reason
    return f"{err.strerror or err}; check the path"
