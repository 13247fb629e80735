""""The federation still opposed a boycott" after "Norway may yet boycott the 2034 World Cup": an
act noun with only "a" or "any" is the act the story named, with its object; a passive's "A
waiver" reads "a waiver"."""

from __future__ import annotations

from .found import found as _found


def test_opposing_a_boycott_is_against_the_boycott_named(read):
    found = _found(read("OSLO (Reuters) - Norway may yet boycott the 2034 World Cup in Saudi Arabia, Sports Minister "
                        "Anders Moe said on Thursday. Norwegian Football Federation president Lise Berg said that the "
                        "federation still opposed a boycott."))
    assert any(h == "Lise Berg" and p.endswith("boycotts the 2034 World Cup in Saudi Arabia") and s == "against"
               for h, p, s, _ in found), found  # by Norway or by its federation, as the story names it


def test_a_boycott_with_no_story_act_stays_unnamed(read):
    found = _found(read("OSLO (Reuters) - Norwegian Football Federation president Lise Berg said that the "
                        "federation still opposed a boycott."))
    assert not any("World Cup" in p for _, p, _, _ in found), found


def test_a_capital_a_is_an_article(read):
    found = _found(read("PRETORIA (Reuters) - South Africa's trade minister Thabo Nkosi said: \"A waiver must be "
                        "agreed.\""))
    assert all(" A " not in f" {p} " for _, p, _, _ in found), found
