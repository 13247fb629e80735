"""The public surface of wirecoder.readers."""

from __future__ import annotations

import dataclasses

import pytest

import wirecoder.readers as readers


def test_all_is_sorted_and_importable():
    assert readers.__all__ == sorted(readers.__all__)
    for name in readers.__all__:
        assert hasattr(readers, name), name


def test_failure_is_frozen():
    failure = readers.Failure("a.txt", "empty file")
    with pytest.raises(dataclasses.FrozenInstanceError):
        failure.reason = "other"  # type: ignore[misc]
    assert failure.line is None
