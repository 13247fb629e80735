"""Command-line option types shared by the ``wirecoder eval`` tasks."""

from __future__ import annotations

import argparse
from typing import Callable, Sequence

__all__ = ["name_list"]


def name_list(choices: Sequence[str], what: str = "system") -> Callable[[str], tuple[str, ...]]:
    """An argparse type for a comma-separated list drawn from ``choices`` ("wirecoder,textacy")."""

    def parse(value: str) -> tuple[str, ...]:
        names = tuple(n.strip() for n in value.split(",") if n.strip())
        unknown = [n for n in names if n not in choices]
        if unknown or not names:
            raise argparse.ArgumentTypeError(
                f"unknown {what} {', '.join(unknown) or '(none)'}; give a comma-separated list of "
                f"{', '.join(choices)}"
            )
        return names

    return parse
