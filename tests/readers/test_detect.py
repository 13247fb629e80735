"""Decoding, binary detection and format sniffing."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.errors import InputError
from wirecoder.readers import sniff_format
from wirecoder.readers.detect import binary_kind, decode, too_large_error
from wirecoder.readers.fields import normalize_date, normalize_language

CP1252_TEXT = "Le café était plein. “We will never impose sanctions,” he said – and left.\n"


def test_utf8_and_boms():
    assert decode("café".encode(), "s") == "café"
    assert decode(b"\xef\xbb\xbfcaf\xc3\xa9", "s") == "café"
    assert decode("café".encode("utf-16"), "s") == "café"


@pytest.mark.parametrize(
    "text",
    [
        CP1252_TEXT,
        "Le café était plein. “We will never impose sanctions,” he said.",
        "café “quotes”\n",
        # Spanish and Portuguese names in Latin-1, which charset_normalizer ranks level with cp1250
        "España will not change, José Peña said in São Paulo on Monday.\n",
    ],
)
def test_cp1252_decodes_correctly(text):
    assert decode(text.encode("cp1252"), "s") == text


def test_central_european_text_stays_cp1250():
    text = "Minister Paweł Wałęsa powiedział w środę, że rząd nie zmieni zdania. Łódź i Gdańsk protestowały."
    assert decode(text.encode("cp1250"), "s") == text


def test_random_high_bytes_cannot_be_decoded():
    data = bytes(range(0x80, 0x100)) * 2  # every high byte: no encoding places them all
    with pytest.raises(InputError) as caught:
        decode(data, "noise.txt")
    assert str(caught.value) == (
        "noise.txt: cannot decode: not UTF-8 and no encoding detected; convert it to UTF-8"
    )


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image data"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image data"),
        (b"GIF89a\x01\x00", "GIF image data"),
        (b"PK\x03\x04\x14\x00", "ZIP archive data (also .docx, .xlsx, .epub)"),
        (b"\x1f\x8b\x08\x00", "gzip-compressed data"),
        (b"SQLite format 3\x00\x10\x00", "SQLite database"),
        (b"text\x00with a NUL", "binary data"),
        (bytes(range(1, 9)) * 10 + b"some text", "binary data"),
        (b"plain text\twith tabs\r\nand lines\x0c", None),
        ("utf-16 text".encode("utf-16"), None),
    ],
)
def test_binary_kind(head, kind):
    assert binary_kind(head) == kind


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", "<html><body>x</body></html>", "text"),  # the extension decides
        ("a.html", "plain", "html"),
        ("a.rss", "", "feed"),
        ("a.NDJSON", "", "jsonl"),
        ("a.xml", '<?xml version="1.0"?>\n<!DOCTYPE html>\n<html xmlns="x">', "html"),
        ("a.xml", '<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("noext", "\ufeff\n  <?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("noext", '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', "feed"),
        ("noext", "<!DOCTYPE html><html><head><link type='application/rss+xml'>", "html"),
        ("page.php", "<html lang='en'>", "html"),
        ("noext", '{"text": "a"}\n\n{"text": "b"}\n', "jsonl"),
        ("noext", '{"text": "a"}\nnot json\n', "text"),
        ("noext", "An article that mentions <html> tags later on.", "text"),
        ("notes.csv", "a,b\n1,2\n", "text"),
    ],
)
def test_sniff_format(name, head, expected):
    assert sniff_format(Path(name), head) == expected


def test_too_large_message():
    error = too_large_error("big.txt", int(52.4 * 2**20), 20 * 2**20)
    assert str(error) == (
        "big.txt: file is 52.4 MB, over the 20 MB limit for one article file; "
        "split it, or raise --max-bytes"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-09-06", "2024-09-06"),
        ("2024-09-06T23:30:00-02:00", "2024-09-06"),
        ("2024-09-06T23:30:00.123456789Z", "2024-09-06"),
        ("2024-09-06 08:00", "2024-09-06"),
        ("Fri, 06 Sep 2024 23:30:00 -0200", "2024-09-06"),
        ("2024-02-30", None),
        ("06/09/2024", None),
        ("2024-09-06garbage", None),
        ("", None),
        (None, None),
        (20240906, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("EN_us", "en"),
        ("sr-Latn-RS", "sr"),
        ("English", "en"),
        ("Klingonish", None),
        ("", None),
    ],
)
def test_normalize_language(value, expected):
    assert normalize_language(value) == expected
