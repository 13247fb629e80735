"""Files and directories to articles: pick the reader for each file, record what fails.

Nothing here raises for a bad input: every problem becomes a :class:`Failure` in the stream, in
the order the files are read, and the batch carries on. Inside a file the unit of failure is
the record (a JSON line, a feed entry), never the rest of the file.

Folder walks never leave the folder: a symbolic link whose target lies outside it is skipped
with a warning unless ``follow_links`` (``--follow-links``); a path named explicitly is read
wherever its link points. Links that loop or point nowhere are failures; FIFOs, sockets and
devices are skipped with a warning, and no file is opened in a way that could block.
"""

from __future__ import annotations

import errno
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
    check_no_nul,
    decode,
    format_from_extension,
    looks_like_jsonl,
    sniff_format,
    too_large_error,
    utf16_without_bom,
)
from .failure import Failure, failure_from_error
from .feed import articles_from_feed
from .fields import lone_surrogate, source_name, without_surrogates
from .html import article_from_html
from .jsonl import articles_from_jsonl
from .notice import warn
from .text import article_from_text

__all__ = ["iter_files", "read_file", "read_paths"]

_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
_METADATA = ("url", "outlet", "title")


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_links: bool = False,
) -> Iterator[Article | Failure]:
    """Articles and failures from files and directories, in order.

    Directories are walked recursively in sorted order, skipping hidden files and directories;
    each file's reader is chosen by extension and by sniffing its content. A directory with
    nothing to read gives one failure saying so.
    """
    for path in paths:
        for item in iter_files(Path(path), follow_links=follow_links):
            if isinstance(item, Failure):
                yield item
            else:
                yield from read_file(item, max_bytes=max_bytes)


def iter_files(path: Path, *, follow_links: bool = False) -> Iterator[Path | Failure]:
    """``path`` itself, or the regular files under a directory: sorted by name, hidden entries
    (``.name``) skipped, each directory walked once (a link loop is not walked twice).

    Symbolic links are followed when their target lies inside ``path`` (or always, with
    ``follow_links``); others are skipped with a warning. A link that loops or points nowhere is
    a :class:`Failure`; FIFOs, sockets and devices are skipped with a warning; a directory that
    yields nothing is a :class:`Failure` ("no article files found").
    """
    if not path.is_dir():
        yield path
        return
    root = os.path.realpath(path)
    seen: set[tuple[int, int]] = set()
    found = 0

    def walk(directory: Path, info: os.stat_result) -> Iterator[Path | Failure]:
        nonlocal found
        if (info.st_dev, info.st_ino) in seen:
            return
        seen.add((info.st_dev, info.st_ino))
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as err:
            found += 1
            yield Failure(source_name(directory), f"cannot list the directory: {_os_reason(err)}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = directory / entry.name
            kind = _entry_kind(entry, child, root, follow_links)
            if isinstance(kind, Failure):
                found += 1
                yield kind
            elif isinstance(kind, os.stat_result):
                yield from walk(child, kind)
            elif kind:
                found += 1
                yield child

    try:
        info = os.stat(path)
    except OSError as err:  # gone or unreadable since is_dir()
        yield Failure(source_name(path), f"cannot read: {_link_reason(err, path)}")
        return
    yield from walk(path, info)
    if not found:
        yield Failure(
            source_name(path),
            "no articles found: the folder holds no files to read (hidden ones and READMEs or "
            "licences are skipped); check the path",
        )


def _entry_kind(
    entry: os.DirEntry[str], child: Path, root: str, follow_links: bool
) -> os.stat_result | bool | Failure:
    """What a directory entry is to the walk: a directory to walk (its stat), a file to read
    (True), something skipped (False, after a warning), or a failure."""
    source = source_name(child)
    try:
        is_link = entry.is_symlink()
        info = entry.stat()  # follows a link
    except OSError as err:
        return Failure(source, f"cannot read: {_link_reason(err, child)}")
    if is_link and not follow_links and not _inside(os.path.realpath(child), root):
        warn(source, "symbolic link to a path outside the folder, not followed; "
             "pass --follow-links to read it, or pass its target itself")
        return False
    if stat.S_ISDIR(info.st_mode):
        return info
    if stat.S_ISREG(info.st_mode):
        if _documentation(entry.name):
            warn(source, "the folder's documentation, not an article; skipped (pass the file "
                 "itself to read it)")
            return False
        return True
    warn(source, f"{_special_kind(info.st_mode)}, not a file; skipped")
    return False


#: Names of the files that document a folder of articles (a data set's README, its licence):
#: a folder walk skips them, a file named on the command line is still read.
_DOCUMENTATION_NAMES = frozenset("readme licence license copying changelog notice authors contributing".split())


def _documentation(name: str) -> bool:
    """``README.md``, ``LICENSE``, ``licence.txt``, ``CHANGELOG.md``: a folder's documentation."""
    return name.partition(".")[0].lower() in _DOCUMENTATION_NAMES


def read_file(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Failure]:
    """The articles in one file (one, or many for feeds and JSON Lines), with failures.

    Text, HTML and feeds are read whole and limited to ``max_bytes``; JSON Lines stream, so only
    one line is limited. ``source`` is the path made safe to store and print (bytes that are not
    UTF-8 as ``\\xNN``, control characters escaped).
    """
    path = Path(path)
    source = source_name(path)
    try:
        for item in _read(path, source, max_bytes):
            yield _checked(item) if isinstance(item, Article) else item
    except InputError as err:
        yield failure_from_error(err)
    except OSError as err:
        yield Failure(source, f"cannot read: {_link_reason(err, path)}")
    except Exception as err:  # a parser library choking: record it, never abort the batch
        problem = f"reading failed ({type(err).__name__}: {' '.join(str(err).split())})"
        yield Failure(source, f"{problem}; please report this as a bug")


def _read(path: Path, source: str, max_bytes: int) -> Iterator[Article | Failure]:
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise InputError(source, "is a directory", "pass it to read_paths, which walks directories")
    if not stat.S_ISREG(info.st_mode):  # checked before opening: opening a FIFO blocks
        raise InputError(source, f"not a regular file ({_special_kind(info.st_mode)})",
                         "pass a file or a directory")
    fd = os.open(path, _OPEN_FLAGS)
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # replaced between the stat and the open
            raise InputError(source, f"not a regular file ({_special_kind(info.st_mode)})",
                             "pass a file or a directory")
        head = stream.read(SNIFF_BYTES)
        if not head.strip() and len(head) == info.st_size:
            raise InputError(source, "empty file", "nothing to analyse")
        check_binary(head, source)
        if _is_jsonl(path, head):
            if utf16_without_bom(head) or head.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise InputError(source, "JSON Lines not in UTF-8", "convert the file to UTF-8")
            stream.seek(0)
            yield from articles_from_jsonl(stream, source, max_line_bytes=max_bytes)
            return
        if info.st_size > max_bytes:
            raise too_large_error(source, info.st_size, max_bytes)
        data = head + stream.read()  # read(n) would allocate n bytes up front: size is checked
    if len(data) > max_bytes:  # grew since stat
        raise too_large_error(source, len(data), max_bytes)
    text = decode(data, source)
    check_no_nul(text, source)
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


def _checked(article: Article) -> Article | Failure:
    """The article with lone surrogates (invalid Unicode, e.g. from a character reference in a
    page or feed) in its metadata replaced by U+FFFD, with a warning; a failure when its text
    holds one."""
    at = lone_surrogate(article.text)
    if at is not None:
        return Failure(article.source, f"the text holds invalid Unicode (a lone surrogate at "
                       f"character {at}); fix the file")
    changes = {}
    for name in _METADATA:
        value = getattr(article, name)
        if value is not None and lone_surrogate(value) is not None:
            warn(article.source, f"{name} holds invalid Unicode (a lone surrogate); "
                 "replaced by U+FFFD")
            changes[name] = without_surrogates(value)
    return article.with_(**changes) if changes else article


def _is_jsonl(path: Path, head: bytes) -> bool:
    """JSON Lines by extension, or (no known extension) by its first lines."""
    by_extension = format_from_extension(path)
    if by_extension is not None:
        return by_extension == "jsonl"
    return looks_like_jsonl(head.decode("utf-8", errors="replace"))


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _special_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "not a file or folder")


def _link_reason(err: OSError, path: Path) -> str:
    if err.errno == errno.ELOOP:
        return "a symbolic link loop; remove or fix the link"
    if isinstance(err, FileNotFoundError) and path.is_symlink():
        return "a broken symbolic link (its target does not exist); remove or fix it"
    return _os_reason(err)


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
