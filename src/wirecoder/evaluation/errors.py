"""The one error evaluation raises on purpose, a :class:`~wirecoder.errors.WirecoderError`, so the
CLI prints its message and exits with status 2 instead of a traceback.

    WirecoderError
    └── EvaluationError      a data set is missing or malformed, or an optional extra is not
                             installed; the message names the file and says what to do
"""

from __future__ import annotations

from ..errors import WirecoderError

__all__ = ["EvaluationError"]


class EvaluationError(WirecoderError):
    """Gold data cannot be read, or a system under evaluation cannot run."""
