""""Supports talks / dialogue / negotiations with X" is for holding them, keyed like "hold talks
with X"; a talk among one country's own sides ("a Yemeni-Yemeni dialogue", "intra-Afghan
talks") is held by that country, with no other party added; "the talk about ..." is no act."""

from __future__ import annotations

from .found import found as _found

_INDIA = "NEW DELHI (Reuters) - Indian Foreign Minister Arvind Rao said India "


def test_supported_talks_is_holding_them(read):
    statements = read(_INDIA + "supported talks with China.")
    assert _found(statements) == [("Arvind Rao", "India holds talks with China", "favor", "firm")]
    assert statements[0].proposition_key == "hold_talks:CHN"


def test_opposed_negotiations_are_against_holding_them(read):
    assert _found(read(_INDIA + "opposed negotiations with Pakistan.")) == [
        ("Arvind Rao", "India holds negotiations with Pakistan", "against", "firm")]


def test_dialogue_keys_as_talks(read):
    assert [s.proposition_key for s in read(_INDIA + "supported dialogue with China.")] == ["hold_talks:CHN"]


def test_a_dialogue_among_one_countrys_sides_is_theirs(read):
    assert _found(read("TEHRAN (Reuters) - Iranian Deputy Foreign Minister Mohsen Ghanbarzadeh said: "
                       "\"Iran supports a Yemeni-Yemeni dialogue.\"")) == [
        ("Mohsen Ghanbarzadeh", "Yemen holds a Yemeni-Yemeni dialogue", "favor", "firm")]


def test_the_talk_about_a_claim_is_no_act(read):
    found = _found(read("ASMARA (Reuters) - Eritrean envoy Habtom Zerai said: \"The talk about Ethiopia's "
                        "historical right to the Red Sea is a dangerous fantasy. We cannot accept it.\""))
    assert not any(p.startswith("Eritrea holds") for _, p, _, _ in found), found
