"""Which clauses give statements, with which stance and hedge (issue 11, session 8): conditions
the parse coordinates or hides in a noun phrase, denials conceded in the next sentence, and acts
of keeping read as their complement. Sentences written for these tests; real pipeline."""

from __future__ import annotations

from wirecoder.evaluation.wire import same_proposition


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


def _has(found, proposition, stance, hedge=None):
    return any(same_proposition(p, proposition) and s == stance and (hedge is None or h == hedge)
               for p, s, h in found)


# -- conditions the parser coordinated with the clause -----------------------------------------
def test_but_only_if_coordinated_after_the_quote_conditions_it(read):
    found = _found(read("Senator Lucia Ferrandez said the finance committee would debate the tax bill on Monday, "
                        "but only if the truckers ended their strike first."))
    assert any("bill" in p and s == "favor" and h == "conditional" for p, s, h in found), found


def test_but_only_when_coordinated_inside_the_quote_conditions_it(read):
    found = _found(read('"Chile will sign the fisheries treaty, but only when the quotas are fixed," Foreign Minister '
                        'Ana Valdes told reporters in Santiago.'))
    assert _has(found, "Chile signs the fisheries treaty", "favor", "conditional"), found


def test_once_on_a_future_act_is_a_condition(read):
    found = _found(read("Portugal will reopen the Elvas border post next month once the new scanners are installed, "
                        "Interior Minister Rui Tavares said on Friday."))
    assert _has(found, "Portugal reopens the Elvas border post", "favor", "conditional"), found


# -- a condition inside the noun phrase ---------------------------------------------------------
def test_a_negated_relative_clause_on_the_object_is_a_condition(read):
    found = _found(read("Finance Minister Tomas Berglund said Sweden would not recognise any tariff that has not "
                        "been approved by the World Trade Organization."))
    assert any("tariff" in p and s == "against" and h == "conditional" for p, s, h in found), found


def test_a_plain_relative_clause_on_the_object_leaves_the_hedge(read):
    found = _found(read("Finance Minister Tomas Berglund said Sweden would not recognise any tariff that targets "
                        "Swedish steel."))
    assert any("tariff" in p and s == "against" and h == "firm" for p, s, h in found), found


def test_a_negated_relative_clause_does_not_make_a_description_a_position(read):
    found = _found(read('"Our farmers need fertiliser that does not come from Belarus," Agriculture Minister '
                        'Piotr Nowak said.'))
    assert not any("fertiliser" in p for p, _, _ in found), found


# -- a denial conceded in the next sentence -----------------------------------------------------
def test_a_denial_followed_by_but_if_we_are_ready_is_conditional(read):
    found = _found(read('"Denmark will not extend the grazing rights beyond 2027. But if Sweden cuts its fees, we '
                        'are ready to talk about it," Farm Minister Jens Holm said.'))
    assert _has(found, "Denmark extends the grazing rights beyond 2027", "against", "conditional"), found


def test_a_denial_followed_by_a_threat_stays_firm(read):
    found = _found(read('"Denmark will not extend the grazing rights beyond 2027. But if Sweden seizes our boats, we '
                        'will respond," Farm Minister Jens Holm said.'))
    assert _has(found, "Denmark extends the grazing rights beyond 2027", "against", "firm"), found


# -- a state kept, read as the act argued about --------------------------------------------------
def test_keeping_a_crossing_shut_is_against_reopening_it(read):
    found = _found(read('"The Medyka crossing will stay shut until the smuggling stops," Interior Minister Marek '
                        'Gorzelak of Poland said.'))
    assert _has(found, "Poland reopens the Medyka crossing", "against", "conditional"), found


def test_keeping_an_import_banned_is_against_allowing_it(read):
    found = _found(read("Poland will keep the import of Belarusian grain banned, Agriculture Minister Marek "
                        "Gorzelak said."))
    assert any(p.startswith("Poland allows the import") and s == "against" for p, s, _ in found), found


def test_a_border_kept_closed_is_against_reopening_it(read):
    # a kept closed state is the act argued about, denied (as "the crossings stay shut" is
    # annotated): the table's reopening key, which the corpus pairs with closing the border
    statements = read("Lithuania will keep its border with Belarus closed, Interior Minister Agne Bilotaite said.")
    assert [(s.proposition_key, s.stance) for s in statements] == [("reopen_border:BLR", "against")]


def test_a_crossing_kept_open_stays_as_worded(read):
    found = _found(read('"The Medyka crossing will stay open," Interior Minister Marek Gorzelak of Poland said.'))
    assert _has(found, "Poland keeps the Medyka crossing open", "favor"), found


def test_undoing_reads_the_complement_table():
    from wirecoder.corpus.complements import undoing

    assert undoing("close") == "reopen"
    assert undoing("ban") == "allow"
    assert undoing("open") is None


# -- "it" before an adjective of will is the country, not an expletive ----------------------------
def test_it_is_ready_to_refers_to_the_speaking_country(read):
    found = _found(read("Latvia said on Monday it is ready to close its remaining border posts if Minsk sends more "
                        "migrants."))
    assert any(p.startswith("Latvia closes") and s == "favor" and h == "conditional" for p, s, h in found), found


def test_it_is_important_to_stays_an_expletive(read):
    found = _found(read("Latvia said on Monday it is important to close the border posts."))
    assert not any(p.startswith("Latvia closes") for p, _, _ in found), found


# -- "could not" rules out ----------------------------------------------------------------------
def test_could_not_is_firm_not_uncertain(read):
    found = _found(read("Justice Minister Carla Moretti said the government could not accept a deal that leaves "
                        "the fishermen without compensation."))
    assert any("deal" in p and s == "against" and h == "firm" for p, s, h in found), found


def test_could_alone_stays_uncertain(read):
    found = _found(read("Justice Minister Carla Moretti said Italy could join the fisheries pact next year."))
    assert any("pact" in p and s == "favor" and h == "uncertain" for p, s, h in found), found


# -- an act inside a subject the verb judges --------------------------------------------------
def test_an_act_inside_a_condemned_subject_is_against(read):
    found = _found(read("Opposition leader Donald Tusk said a bill allowing Poland to deport asylum seekers without "
                        "a hearing violates the constitution."))
    assert any(p.startswith("Poland deports asylum seekers") and s == "against" for p, s, _ in found), found


def test_an_act_inside_a_praised_subject_is_favor(read):
    found = _found(read("Opposition leader Donald Tusk said a bill allowing Poland to deport asylum seekers without "
                        "a hearing would help the border guards."))
    assert any(p.startswith("Poland deports asylum seekers") and s == "favor" for p, s, _ in found), found


def test_an_act_inside_a_described_subject_is_no_position(read):
    found = _found(read("Opposition leader Donald Tusk said a bill allowing Poland to deport asylum seekers without "
                        "a hearing was passed in 2019."))
    assert not any("deport" in p for p, _, _ in found), found
