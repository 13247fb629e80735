"""An agentless passive in the speaker's mouth is the speaker's side's act; a "no" on its subject
denies it: "No exemption will be granted" is against granting an exemption, not for granting
"no exemption". Sentences written for these tests."""

from __future__ import annotations


def test_no_on_a_passive_subject_denies_the_act(read):
    found = [(s.proposition_text, s.stance) for s in read(
        "“No exemption will be granted to the mining companies,” Chilean Mining Minister Aurora Williams said.")]
    assert len(found) == 1 and found[0][1] == "against" and "no exemption" not in found[0][0], found
    assert found[0][0].startswith("Chile grants") and "exemption to the mining companies" in found[0][0], found


def test_no_with_a_condition(read):
    found = [(s.proposition_text, s.stance, s.hedge) for s in read(
        "“No new licences will be issued until the audit is complete,” Chilean Mining Minister Aurora Williams "
        "said.")]
    assert found == [("Chile issues new licences", "against", "conditional")], found


def test_a_plain_agentless_passive_is_the_speakers_side(read):
    found = [(s.proposition_text, s.stance, s.hedge) for s in read(
        "“The fuel subsidy will be extended,” Chilean Energy Minister Diego Pardow said.")]
    assert found == [("Chile extends the fuel subsidy", "favor", "firm")], found
