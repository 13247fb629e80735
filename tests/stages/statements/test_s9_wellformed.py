"""Propositions the parse would garble (session 9, precision): a passive whose "by" phrase is a
means, an act noun with words of its own read as an earlier act, a relative clause left hanging
by the object's cut, a second means coordinated into the first. Each spurious shape is checked
beside a close well-formed one. Sentences written for these tests; real pipeline."""

from __future__ import annotations

from wirecoder.evaluation.wire import same_proposition


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


def _has(found, proposition, stance):
    return any(same_proposition(p, proposition) and s == stance for p, s, _ in found)


# -- a passive's means is the side's act ---------------------------------------------------------
def test_a_passive_by_a_gerund_states_the_means(read):
    found = _found(read("Finance Minister Oskar Lindqvist of Sweden said the shortfall would be covered by "
                        "selling state shares in the national airline."))
    assert _has(found, "Sweden sells state shares in the national airline", "favor"), found
    assert not any("cover" in p.lower() for p, _, _ in found), found


def test_a_passive_with_a_named_agent_keeps_the_agent(read):
    found = _found(read("Finance Minister Oskar Lindqvist of Sweden said the shortfall would be covered by "
                        "Norway under the new fund."))
    assert not any("sell" in p.lower() for p, _, _ in found), found
    assert any(p.startswith("Norway") and "shortfall" in p for p, _, _ in found), found


def test_a_second_by_phrase_is_no_part_of_the_first_means(read):
    found = _found(read("Finance Minister Oskar Lindqvist of Sweden said the shortfall would be covered by "
                        "cutting subsidies on diesel and by a levy on airline tickets."))
    assert _has(found, "Sweden cuts subsidies on diesel", "favor"), found
    assert not any("levy" in p for p, _, _ in found), found


# -- an act noun with words of its own does not refer back ---------------------------------------
def test_an_indefinite_act_noun_with_an_adjective_is_not_the_earlier_act(read):
    found = _found(read("Chile will increase the fuel levy by 4 percent in March, Energy Minister Rosa Pizarro said. "
                        "Valparaiso supported a gradual increase, regional governor Tomas Urrutia told reporters."))
    assert len(found) == 2 and "levy" not in found[1][0], found
    assert "gradual increase" in found[1][0], found


def test_a_quantity_noun_with_a_participle_is_not_an_earlier_act(read):
    found = _found(read("Canada will cut the number of work permits for seasonal farm workers next year, Labour "
                        "Minister Claire Dubois said. Quebec's labour minister said Quebec would not accept "
                        '"a number decided in an office in Ottawa."'))
    assert not any(p.split()[1:2] == ["numbers"] for p, _, _ in found), found
    assert any(p.startswith("Quebec accepts a number decided") and s == "against" for p, s, _ in found), found


def test_a_bare_act_noun_still_refers_to_the_earlier_act(read):
    found = _found(read('Spain will sell its stake in the Iberia airline next year, Economy Minister Ana Cortes said. '
                        'Catalonia\'s regional government said it would oppose the sale.'))
    assert _has(found, "Spain sells its stake in the Iberia airline", "against"), found


# -- a relative clause left without its complement -----------------------------------------------
def test_a_relative_clause_whose_complement_is_cut_is_dropped(read):
    found = _found(read("Peru's Congress will vote next week on a bill that would let farmers sell water rights, "
                        "Agriculture Minister Julio Quispe said on Monday."))
    assert not any(p.rstrip().endswith(" let") for p, _, _ in found), found
    assert not any("would let" in p for p, _, _ in found), found


def test_a_relative_clause_with_its_object_stays(read):
    found = _found(read("Peru's Congress will vote next week on a bill that protects water rights, "
                        "Agriculture Minister Julio Quispe said on Monday."))
    assert any("bill that protects water rights" in p for p, _, _ in found), found
