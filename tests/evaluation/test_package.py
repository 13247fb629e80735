"""The public names of wirecoder.evaluation."""

from __future__ import annotations

import wirecoder.evaluation as evaluation


def test_all_is_sorted_and_importable():
    assert evaluation.__all__ == sorted(evaluation.__all__)
    for name in evaluation.__all__:
        assert getattr(evaluation, name) is not None
