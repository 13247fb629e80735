"""A quote that only says again, with emphasis, what its speaker's lead statement said: "Not one
hectare. Not now, not ever.", "There will be no exceptions.", "It is not up for negotiation."
carries the lead statement (its hedge absolute when the emphasis says so); nothing for another
speaker, a present-tense "there is no ..." or a quote with a clause of its own. "There will be no new
taxes" is against introducing them."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found

_LEAD = "Chile will never give up the Atacama salt flats, Foreign Minister Ana Rojas said on Friday.\n\n"
_SAID = ("Ana Rojas", "Chile gives up the Atacama salt flats", "against", "absolute")


def _quotes_of(statements):
    return [s.quote for s in statements]


def test_a_verbless_refusal_restates_the_lead(read):
    statements = read(_LEAD + "“Not one hectare. Not now, not ever,” Rojas told reporters.")
    assert _found(statements) == [_SAID, _SAID]
    assert len(set(_quotes_of(statements))) == 2  # one on each quote
    assert statements[1].evidence.text == "Not one hectare"


def test_a_future_existential_denial_restates_the_lead_absolutely(read):
    text = ("Lima will not renew any of the city's fishing licences when they expire, Mayor Ana Rojas said on "
            "Thursday.\n\n“There will be no exceptions,” Rojas said.")
    (lead, again) = _found(read(text))
    assert again == (*lead[:3], "absolute") and lead[3] == "firm", (lead, again)


def test_a_present_existential_is_a_description(read):
    text = ("Lima will not renew any of the city's fishing licences when they expire, Mayor Ana Rojas said on "
            "Thursday.\n\n“There is no excuse for delays,” Rojas said.")
    assert len(read(text)) == 1


def test_not_up_for_negotiation_after_a_sentence_with_no_act_restates_the_lead(read):
    text = ("Chile will not open its copper sector to foreign buyers, Mining Minister Ana Rojas said on Friday.\n\n"
            "“Copper is the livelihood of a million families. It is not up for negotiation,” Rojas said.")
    found = _found(read(text))
    assert found == [("Ana Rojas", "Chile opens its copper sector to foreign buyers", "against", "firm"),
                     ("Ana Rojas", "Chile opens its copper sector to foreign buyers", "against", "absolute")]


def test_another_speakers_fragment_is_not_the_leads_holder_speaking(read):
    statements = read(_LEAD + "“Not one hectare,” opposition leader Carlos Vidal said.")
    assert _found(statements) == [_SAID]


def test_the_lead_statement_is_restated_only_by_its_own_holder_first(read):
    # the speaker's own lead, not another holder's: Vidal's fragment follows Rojas's lead
    text = (_LEAD + "Opposition leader Carlos Vidal said Chile should sell the salt flats to a state company.\n\n"
            "“Not one hectare,” Rojas said.")
    statements = read(text)
    assert [s.holder_name for s in statements].count("Ana Rojas") == 2, _found(statements)


def test_a_measure_denied_in_the_future_is_against_introducing_it(read):
    found = _found(read("“We will present the budget unchanged next week. There will be no new taxes on pensions,” "
                        "French Prime Minister Bastien Lefort said."))
    assert ("Bastien Lefort", "France introduces new taxes on pensions", "against", "firm") in found, found


def test_a_measure_denied_in_the_present_is_a_description(read):
    assert not read("“There is no tax on bread,” French Prime Minister Bastien Lefort said.")


_EU = ("PODGORICA (Reuters) - Montenegro will complete its membership talks with the European Union by the end of "
       "2026 and join the bloc by 2028, chief negotiator Ivana Kaludjerovic said on Thursday.\n\n")


def test_a_promise_no_one_can_make_doubts_the_lead_act_the_quote_names():
    statements = analyze(_EU + "“Nobody is against 2028, but I cannot promise a date,” EU enlargement official "
                               "Paula Riedl said.").statements
    riedl = [(s.proposition_text, s.stance, s.hedge) for s in statements if s.holder_name == "Paula Riedl"]
    assert len(riedl) == 1 and riedl[0][1:] == ("favor", "uncertain") and riedl[0][0].endswith("by 2028"), riedl


def test_a_guarantee_with_a_clause_of_its_own_is_not_that_doubt():
    statements = analyze(_EU + "“I cannot guarantee that the talks will end on time,” EU enlargement official "
                               "Paula Riedl said.").statements
    assert not any(s.holder_name == "Paula Riedl" and s.proposition_text.endswith("by 2028") for s in statements)
