"""``Failure``: an input that could not become an article, recorded so the batch carries on."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from .fields import printable

__all__ = ["Failure", "failure_from_error"]


@dataclass(frozen=True, slots=True)
class Failure:
    """A recorded failure: which input, what is wrong and what to do (one line), and the line
    number for JSON Lines records. The batch that produced it carries on.

    ``source`` and ``reason`` are made printable (control characters, line separators and lone
    surrogates escaped), so a message is always one line that encodes as UTF-8."""

    source: str
    reason: str
    line: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "source", printable(self.source))
        object.__setattr__(self, "reason", printable(self.reason))

    @property
    def message(self) -> str:
        """``path:line: reason`` or ``path: reason``, ready for stderr."""
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


def failure_from_error(error: InputError, line: int | None = None) -> Failure:
    """The :class:`Failure` recording an :class:`InputError` (its problem and hint, one line)."""
    reason = f"{error.problem}; {error.hint}" if error.hint else error.problem
    return Failure(source=error.source, reason=" ".join(reason.split()), line=line)
