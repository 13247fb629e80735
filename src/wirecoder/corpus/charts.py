"""Charts of position timelines (``wirecoder timeline --plot FILE.png|svg``).

matplotlib is optional: it is imported only when a chart is drawn, with the Agg backend (no
display needed), and its absence gives an install hint instead of a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..errors import WirecoderError
from .positions import HEDGES, Position

__all__ = ["CHART_FORMATS", "MATPLOTLIB_PIN", "plot_positions", "stance_score"]

#: File extensions a chart can be written as (matplotlib picks the format from it).
CHART_FORMATS = (".png", ".svg")
#: The matplotlib release the charts are made and tested with.
MATPLOTLIB_PIN = "matplotlib==3.11.2"


def stance_score(stance: str, hedge: str) -> int | None:
    """favor absolute 4 … favor uncertain 1, against uncertain -1 … against absolute -4."""
    if hedge not in HEDGES or stance not in ("favor", "against"):
        return None
    strength = len(HEDGES) - HEDGES.index(hedge)
    return strength if stance == "favor" else -strength


def _labels() -> dict[int, str]:
    out = {}
    for stance in ("favor", "against"):
        for hedge in HEDGES:
            out[stance_score(stance, hedge)] = f"{stance}, {hedge}"
    return out


def plot_positions(positions: Sequence[Position], path: str | Path, *, title: str | None = None) -> None:
    """Draw each position's dated statements as a step line (stance and hedge against date)
    and write it to ``path``, a ``.png`` or ``.svg`` file."""
    path = Path(path)
    if path.suffix.lower() not in CHART_FORMATS:
        raise WirecoderError(
            f"{path}: cannot tell the chart format; give a file name ending in .png or .svg"
        )
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.dates as mdates
        import matplotlib.pyplot as plt
    except ImportError:
        raise WirecoderError(
            f"--plot needs matplotlib, which is not installed; install it with "
            f"`pip install '{MATPLOTLIB_PIN}'`"
        ) from None

    fig, ax = plt.subplots(figsize=(10, 4.5))
    try:
        for position in positions:
            points = [  # a week, month or longer period is drawn at its first day
                (c.period.first, stance_score(c.row.stance, c.row.hedge))
                for c in position.claims
                if c.period is not None and stance_score(c.row.stance, c.row.hedge) is not None
            ]
            if not points:
                continue
            xs, ys = zip(*points)
            ax.step(xs, ys, where="post", marker="o",
                    label=f"{position.holder.name}: {position.proposition}")
        labels = _labels()
        ax.set_yticks(sorted(labels), [labels[k] for k in sorted(labels)])
        ax.set_ylim(-4.6, 4.6)
        ax.axhline(0, color="0.6", linewidth=0.8)
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        fig.autofmt_xdate()
        ax.set_title(title or "Position timeline")
        if positions:
            ax.legend(loc="best", fontsize="small")
        fig.tight_layout()
        try:
            fig.savefig(path, format=path.suffix.lower().lstrip("."))
        except OSError as err:
            raise WirecoderError(f"{path}: cannot write the chart ({err})") from err
    finally:
        plt.close(fig)
