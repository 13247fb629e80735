"""Generators of hostile article inputs, shared by ``tests/test_fuzz.py`` (driven by hypothesis
through ``st.randoms()``) and ``bench/fuzz.py`` (driven by a seeded ``random.Random``).

Every generator takes a ``random.Random`` and returns either a text (for ``analyze()``) or a
``(file name, bytes)`` pair (for ``read_paths``). They mix real wire-story words, cue words,
quote marks of every kind, astral and surrogate characters, RTL and LRM marks, U+2028/U+2029,
huge numbers and absurd dates.
"""

from __future__ import annotations

import codecs
import gzip
import json
import random

WORDS = [
    "Serbia", "Russia", "Vucic", "Vučić", "President", "Aleksandar", "Vulin", "sanctions",
    "impose", "will", "never", "not", "we", "they", "the", "a", "of", "on", "Friday",
    "yesterday", "in", "January", "2005", "NATO", "EU", "Belgrade", "Moscow", "minister",
    "Deputy", "Prime", "that", "and", "but", "if", "unless", "reporters", "rally", "Mr.",
    "Dr.", "U.S.", "Putin", "Kremlin", "officials", "tions", "Preentcic", "Holub",
]
CUES = ["said", "told", "according to", "says", "added", "stated", "warned", "insisted",
        "declared", "announced", "told reporters", "said in a statement", "quoted as saying"]
QUOTES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e",
          "\u201a", "\u2039", "\u203a", "\u300c", "\u300d", "``", "''", "\u275d", "\u275e"]
ODD = ["\u202e", "\u202d", "\u202a", "\u202c", "\u200e", "\u200f", "\u061c", "\u2066",
       "\u2069", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\r", "\r\n", "\t",
       "\u00a0", "\u200b", "\u200d", "\ufeff", "\u0301", "\u0308", "\ufffd", "\x00", "\x1b",
       "\U0001f600", "\U0001f1f7\U0001f1f8", "\U000ab25d", "\U0002bc5a", "\U000dfa35",
       "\U00073ebb", "\U0007c41c", "\u244f", "\u23fb", "\ud800", "\udcff", "\udfff",
       "&amp;", "&", "<", ">", "\\", "%s", "{}", "\u0130", "\u0131", "\u00df", "\ufb01"]
NUMBERS = ["0", "-1", "1e308", "9" * 30, "9" * 4400, "1,000,000", "½", "٣", "0x1F",
           "3.14159", "-0", "NaN", "Infinity"]
DATES = ["0001-01-01", "9999-12-31", "2019-13-45", "2019-02-29", "2020-02-29", "0000-00-00",
         "-0001-01-01", "10000-01-01", "2019-04-20", "1970-01-01", "2024-09-06T25:61:61Z",
         "Fri, 31 Dec 9999 23:59:59 +0000", "Mon, 01 Jan 0001 00:00:00 GMT", "yesterday", ""]
RELATIVE = ["on Friday", "last week", "yesterday", "next month", "in January", "this year",
            "two days ago", "on Friday evening", "in the first quarter", "in 2005"]

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1",
             "cp1252", "cp1251", "iso-8859-2", "koi8-r", "gb18030", "shift_jis", "euc-kr",
             "mac-roman", "cp437", "utf-7"]


def token(rng: random.Random) -> str:
    pool = rng.random()
    if pool < 0.45:
        return rng.choice(WORDS)
    if pool < 0.6:
        return rng.choice(CUES)
    if pool < 0.75:
        return rng.choice(QUOTES)
    if pool < 0.88:
        return rng.choice(ODD)
    if pool < 0.93:
        return rng.choice(NUMBERS)
    if pool < 0.97:
        return rng.choice(RELATIVE)
    return chr(rng.choice([rng.randrange(0x20, 0x7F), rng.randrange(0xA0, 0xD800),
                           rng.randrange(0xE000, 0x110000)]))


def text(rng: random.Random, size: int = 60) -> str:
    """Words, cues, quote marks and odd characters, with sentence-like structure."""
    parts = []
    for _ in range(rng.randrange(1, size)):
        parts.append(token(rng))
        parts.append(rng.choice([" ", " ", " ", "", ", ", ". ", "\n", "\n\n"]))
    return "".join(parts)


def quote_sentence(rng: random.Random) -> str:
    """A sentence of a real quote shape with hostile pieces in it."""
    speaker = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 4)))
    content = text(rng, 12)
    open_, close = rng.choice(QUOTES), rng.choice(QUOTES)
    shapes = [
        f"{open_}{content},{close} {speaker} {rng.choice(CUES)}.",
        f"{speaker} {rng.choice(CUES)} {rng.choice(RELATIVE)} that {content}.",
        f"{rng.choice(CUES).capitalize()} {speaker}, {open_}{content}{close}",
        f"{speaker} {rng.choice(CUES)}: {open_}{content}",
    ]
    return rng.choice(shapes)


def article_text(rng: random.Random) -> str:
    """An article body: a date marker sometimes, then quote sentences and noise."""
    head = f"date {rng.choice(DATES)}\n" if rng.random() < 0.3 else ""
    body = []
    for _ in range(rng.randrange(1, 8)):
        body.append(quote_sentence(rng) if rng.random() < 0.6 else text(rng, 20))
    return head + rng.choice([" ", "\n", "\n\n", "\u2029"]).join(body)


def _escape_xml(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;")


def html_page(rng: random.Random) -> str:
    paragraphs = "".join(f"<p>{article_text(rng)}</p>" for _ in range(rng.randrange(1, 5)))
    title = text(rng, 6)
    meta = f'<meta property="article:published_time" content="{rng.choice(DATES)}">'
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head><body><article>"
            f"<h1>{title}</h1>{paragraphs}</article></body></html>")


def feed(rng: random.Random) -> str:
    entries = []
    atom = rng.random() < 0.5
    for _ in range(rng.randrange(1, 4)):
        body, title, date = article_text(rng), text(rng, 6), rng.choice(DATES)
        if rng.random() < 0.7:
            body, title = _escape_xml(body), _escape_xml(title)
        if atom:
            entries.append(f"<entry><title>{title}</title><updated>{date}</updated>"
                           f"<content type=\"html\">{body}</content></entry>")
        else:
            entries.append(f"<item><title>{title}</title><pubDate>{date}</pubDate>"
                           f"<description>{body}</description></item>")
    if atom:
        return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>{text(rng, 4)}</title>{''.join(entries)}</feed>")
    return ('<?xml version="1.0"?><rss version="2.0"><channel>'
            f"<title>{text(rng, 4)}</title>{''.join(entries)}</channel></rss>")


def jsonl(rng: random.Random) -> bytes:
    lines = []
    for _ in range(rng.randrange(1, 6)):
        record: dict = {"text": article_text(rng)}
        for key, value in (("title", lambda: text(rng, 6)), ("published", lambda: rng.choice(DATES)),
                           ("outlet", lambda: text(rng, 2)), ("url", lambda: text(rng, 3)),
                           ("id", lambda: rng.choice(NUMBERS))):
            if rng.random() < 0.5:
                record[key] = value()
        if rng.random() < 0.1:
            record[rng.choice(["text", "published", "title"])] = rng.choice(
                [None, 1, [], {}, True, int("9" * 50), 1.5])
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.05:
            line = line.replace('"text"', '"text":' + "9" * 5000 + ', "x"', 1)
        if rng.random() < 0.05:
            line = line[: rng.randrange(len(line) + 1)]  # a truncated line
        lines.append(line)
    raw = "\n".join(lines).encode("utf-8", "surrogatepass")
    return raw


def encode(rng: random.Random, value: str) -> bytes:
    """``value`` in some encoding, what it cannot hold replaced; sometimes a few bytes broken."""
    encoding = rng.choice(ENCODINGS)
    try:
        data = value.encode(encoding, errors="replace")
    except (UnicodeError, LookupError):
        data = value.encode("utf-8", errors="surrogatepass")
    if rng.random() < 0.2 and data:
        data = bytearray(data)
        for _ in range(rng.randrange(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        data = bytes(data)
    return data


NAME_PARTS = ["a", "Vučić", "x y", "\u202e", "new\nline", "tab\t", "caf\udce9", "..", "-",
              "'", "%", "*", "\U0001f600"]


def file_name(rng: random.Random, extension: str) -> str:
    name = "".join(rng.choice(NAME_PARTS) for _ in range(rng.randrange(1, 4)))
    return (name.replace("/", "_").lstrip(".") or "x") + extension


def input_file(rng: random.Random) -> tuple[str, bytes]:
    """One file of some format, in some encoding, under some name."""
    kind = rng.choice(["text", "text", "html", "feed", "jsonl", "bytes"])
    if kind == "text":
        return file_name(rng, rng.choice([".txt", "", ".md"])), encode(rng, article_text(rng))
    if kind == "html":
        return file_name(rng, ".html"), encode(rng, html_page(rng))
    if kind == "feed":
        return file_name(rng, rng.choice([".xml", ".rss", ".atom"])), encode(rng, feed(rng))
    if kind == "jsonl":
        return file_name(rng, ".jsonl"), jsonl(rng)
    return file_name(rng, rng.choice([".txt", ".bin", ".jsonl", ".html"])), rng.randbytes(rng.randrange(0, 2000))


# ------------------------------------------------------------------------------ pathological

def pathological(rng: random.Random) -> tuple[str, bytes]:
    """Inputs built to be slow or large: long runs, deep nesting, many paragraphs or quotes,
    binary junk, truncated compressed data."""
    kind = rng.randrange(12)
    n = rng.choice([1_000, 10_000, 100_000])
    if kind == 0:
        return "amps.txt", ("&" * (n * rng.choice([1, 5]))).encode()
    if kind == 1:
        depth = rng.choice([100, 1_000, 10_000])
        return "deep.html", ("<div>" * depth + "Vucic said “no.”" + "</div>" * depth).encode()
    if kind == 2:
        return "paras.html", ("<html><body>" + "<p>Vucic said so.</p>" * (n // 10) + "</body></html>").encode()
    if kind == 3:
        return "quotes.txt", ("“We will never impose sanctions,” Vucic said. " * (n // 50)).encode()
    if kind == 4:
        return "marks.txt", "".join(rng.choice(QUOTES) for _ in range(n)).encode("utf-8")
    if kind == 5:
        return "junk.bin", rng.randbytes(n)
    if kind == 6:
        data = gzip.compress(("Vucic said so. " * n).encode())
        return "truncated.txt.gz", data[: rng.randrange(1, len(data))]
    if kind == 7:
        return "tabs.txt", "\t".join(rng.choice(WORDS) for _ in range(n)).encode()
    if kind == 8:
        return "lines.jsonl", b"\n".join(json.dumps({"text": text(rng, 10)}).encode() for _ in range(n // 100))
    if kind == 9:
        return "one_word.txt", ("said" * (n // 4)).encode()
    if kind == 10:
        return "nul.txt", b"Vucic said so. " * (n // 15) + b"\x00" + b"more text" * 10
    return "utf16.txt", codecs.BOM_UTF16_LE * (kind % 2) + ("Vucic said so. " * (n // 15)).encode("utf-16-le")
