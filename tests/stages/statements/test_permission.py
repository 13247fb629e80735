"""A clause a verb of permission lets happen is the permission's object, held by whoever gives
it, as annotators write it (issue 11: "the warring parties allow aid convoys to reach El
Fasher"): the directive's addressee or the speaker's side, not the one let act. Sentences
written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations


def _texts(statements):
    return [(s.proposition_text, s.stance) for s in statements]


def test_the_second_of_two_permissions_a_directive_urges_is_held_by_the_addressee(read):
    found = read('The U.N. children\'s agency urged both sides to let families leave Kadugli safely and to allow '
                 'food convoys to reach Dilling.')
    assert ("Both sides allow food convoys to reach Dilling", "favor") in _texts(found), _texts(found)
    assert not any(t.startswith("families ") for t, _ in _texts(found)), _texts(found)


def test_a_refused_permission_is_the_speakers_side_against_allowing_it(read):
    found = read('"We will not allow the federal police to detain our ministers," Gagauzia spokeswoman Irina Vlah '
                 'of the Moldovan region said.')
    texts = [t for t, s in _texts(found) if s == "against"]
    assert any(t.endswith("allows the federal police to detain its ministers") for t in texts), _texts(found)


def test_a_permission_given_by_a_thing_keeps_the_act_itself(read):
    """"the programme would allow the government to lift controls": the programme holds nothing."""
    found = read('"The new programme will allow us to lift currency controls," Argentine Economy Minister Luis '
                 'Caputo said.')
    assert not any(" allows " in t for t, _ in _texts(found)), _texts(found)


def test_letting_anyone_act_is_about_the_act(read):
    found = read('"We will not let anyone sign away our pensions in Washington," Argentine union leader Ruben '
                 'Arzamendi said.')
    assert not any(" lets anyone" in t for t, _ in _texts(found)), _texts(found)
