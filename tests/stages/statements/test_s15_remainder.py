""""the rest" after a part its sentence counted is the remaining part: "closed three of its five
ports to Russian ships ... ready to close the rest" → "the remaining ports to Russian ships"."""

from __future__ import annotations

from .found import found as _found


def test_the_rest_of_a_counted_whole(read):
    text = ("Estonia, which closed three of its five ports to Russian-flagged ships last year, is ready to close "
            "the rest if the ban is extended, Economy Minister Kadri Tamm said.")
    found = _found(read(text))
    assert any(p == "Estonia closes the remaining ports to Russian-flagged ships" for _, p, _, _ in found), found


def test_the_rest_with_nothing_counted_stays(read):
    text = "Estonia is ready to close the rest if the ban is extended, Economy Minister Kadri Tamm said."
    found = _found(read(text))
    assert all("remaining" not in p for _, p, _, _ in found), found
