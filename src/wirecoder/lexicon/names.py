"""Name folding: the one way wirecoder compares names across spellings.

- :func:`normalize` is the lookup key of the gazetteer (and of every table keyed by a surface
  form): case and diacritics folded ("Vučić" → "vucic"), the letters NFKD does not decompose
  written as English-language wires write them ("Đilas" → "djilas", "Łukasz" → "lukasz"),
  curly apostrophes straightened, ``_`` and runs of white space made one space. Punctuation
  stays, so that "U.S." and "US" remain different surfaces and a key never swallows a comma.
- :func:`fold` is :func:`normalize` reduced to words: apostrophes dropped and other punctuation
  made a space ("O’Brien-Smith" → "obrien smith"); the key of people and bodies across articles.
- :func:`fold_name` also drops brackets and the titles before a name ("Serbian President
  [Aleksandar] Vučić" → "aleksandar vucic"); :func:`display_name` does the same but keeps the
  name as written.
"""

from __future__ import annotations

import re
import unicodedata

from .roles import ABBREVIATED_TITLES, CORE_HEADS, CORE_MODIFIERS, HONORIFICS

__all__ = ["display_name", "fold", "fold_name", "normalize"]

# Letters NFKD does not decompose, written as English-language wires write them.
_TRANSLIT = str.maketrans({
    "đ": "dj", "Đ": "Dj", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
    "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
})
_APOSTROPHES = re.compile(r"['`\u02bc]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_TITLE_WORDS = frozenset(
    CORE_HEADS | CORE_MODIFIERS | {h.rstrip(".") for h in HONORIFICS}
    | {a.rstrip(".") for a in ABBREVIATED_TITLES}
)


def normalize(text: str) -> str:
    """Lookup key: diacritics and case folded, apostrophes straightened, spaces collapsed."""
    if not text.isascii():
        # lower case first ("İ" lowers to "i" and a combining dot) and transliterate after
        # decomposing too ("Ǣ" decomposes to "Æ" and a macron), so the key is a fixed point
        text = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLIT)).translate(_TRANSLIT)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.replace("_", " ").lower().split())


def fold(text: str) -> str:
    """Lower case ASCII words separated by single spaces: :func:`normalize` without apostrophes
    and punctuation."""
    return " ".join(_NOT_WORD.sub(" ", _APOSTROPHES.sub("", normalize(text))).split())


def _strip_title(words: list[str]) -> list[str]:
    """Drop the words up to the last title word, if a name follows it ("Serbian Deputy Prime
    Minister Aleksandar Vulin" → "Aleksandar Vulin"; "Martin Luther King" stays)."""
    last = -1
    for i, w in enumerate(words[:-1]):
        if fold(w) in _TITLE_WORDS:
            last = i
    return words[last + 1 :]


def _raw_words(name: str) -> list[str]:
    name = name.replace("[", " ").replace("]", " ").replace("(", " ").replace(")", " ")
    return [w for w in name.split() if fold(w)]


def display_name(name: str) -> str:
    """The name as written, without brackets and titles ("President [Aleksandar] Vučić" →
    "Aleksandar Vučić")."""
    return " ".join(_strip_title(_raw_words(name)))


def fold_name(name: str) -> str:
    """The folded key of a person's name: titles, brackets, case and diacritics gone."""
    return fold(display_name(name))
