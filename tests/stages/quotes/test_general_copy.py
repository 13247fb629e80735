"""Quote and speaker shapes of general news copy (live blogs, explainers, domestic politics), each
on sentences written for the defect, through the whole pipeline (entities + quotes)."""

from __future__ import annotations

from wirecoder import Article, analyze


def found(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(kind, content, cue, mention, speaker name) per quote."""
    result = analyze(Article(text=text)).to_dict()
    return [
        (q["kind"], q["content"]["text"], q["cue"]["text"] if q["cue"] else None,
         q["speaker"]["mention"]["text"] if q["speaker"]["mention"] else None, q["speaker"]["name"])
        for q in result["quotes"]
    ]


def contents(text: str) -> list[str]:
    return [c for _, c, *_ in found(text)]


def test_a_participle_in_a_reversed_speakers_phrase_is_no_cue():
    # "ruling" (lemma "rule") was taken for the cue; the speaker is the leader of the bloc
    got = found("The chamber will vote next month on a plan that would cut taxes for small firms, "
                "the leader of the ruling coalition's bloc said on Thursday.")
    assert [(k, cue, m) for k, _, cue, m, _ in got] == [
        ("indirect", "said", "the leader of the ruling coalition's bloc")]
    assert got[0][1] == "The chamber will vote next month on a plan that would cut taxes for small firms"


def test_a_lead_role_with_a_participle_takes_the_person_the_next_paragraph_names():
    text = ("The chamber will vote next month on a plan that would cut taxes for small firms, "
            "the leader of the ruling coalition's bloc said on Thursday.\n\n"
            "Senator Marta Quiroga Ledesma said the plan had the votes to pass.")
    assert [s for *_, s in found(text)] == ["Marta Quiroga Ledesma", "Marta Quiroga Ledesma"]


def test_ruling_out_a_bare_noun_is_an_act_not_a_quote():
    assert found("The government has ruled out a new fuel subsidy for farmers, despite protests "
                 "in the north.") == []
    assert found("The candidate said he would not raise income tax, but he did not rule out a "
                 "temporary levy on bank profits.") == [
        ("indirect", "he would not raise income tax", "said", "The candidate", None)]


def test_ruling_out_a_gerund_a_dated_prospect_or_a_quoted_fragment_is_a_quote():
    assert contents("The envoy did not rule out talks on a new arrangement later this year.") == [
        "talks on a new arrangement later this year"]
    assert contents("The minister ruled out reopening the mine before the inquiry ends.")[0].startswith(
        "reopening the mine")
    assert [k for k, *_ in found('The mayor ruled out any new tax "as long as I hold this office."')] == ["mixed"]


def test_a_doubt_put_as_an_open_question_is_not_a_quote():
    assert found("Farm unions have questioned whether the money would reach small growers.") == []
    assert found("Several councillors wondered if the budget could survive another cut.") == []


def test_a_threat_or_vow_with_an_infinitive_is_a_quote():
    got = found("Transport unions have threatened to strike if the fare increase goes ahead.")
    assert got == [("indirect", "to strike if the fare increase goes ahead", "threatened",
                    "Transport unions", None)]
    assert contents("The mayor vowed to repair the bridge by the end of the year.") == [
        "to repair the bridge by the end of the year"]
    assert found("The rebels threatened the town with a siege.") == []


def test_what_a_law_says_is_no_quote_and_the_appeal_that_names_it_is_found():
    got = found('Several opposition senators have urged the president to invoke the Public Order '
                'Act, which says the right of assembly "may be limited in an emergency."')
    assert got == [("indirect", "the president to invoke the Public Order Act", "urged",
                    "Several opposition senators", None)]
    assert found("The constitution states that the president may serve two terms.") == []


def test_a_paraphrase_does_not_take_a_subhead_across_the_paragraph_break():
    text = ("Opposition leader: 'This budget is dead'\n"
            "Lucien Farroux, who leads the largest opposition group, told the chamber his party "
            "would table a motion of censure if the tax was not dropped.")
    assert found(text) == [
        ("indirect", "his party would table a motion of censure if the tax was not dropped", "told",
         "Lucien Farroux", "Lucien Farroux")]
