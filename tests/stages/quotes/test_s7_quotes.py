"""Session 7: quote shapes the held-out stories showed, on sentences written for these tests."""

from __future__ import annotations

from wirecoder import Article, analyze


def quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    result = analyze(Article(text=text)).to_dict()
    return [(q["kind"], q["content"]["text"], q["speaker"]["mention"]["text"] if q["speaker"]["mention"] else None,
             q["speaker"]["name"]) for q in result["quotes"]]


def test_a_reversed_lead_whose_speaker_is_a_long_title_and_an_apposed_name():
    # the parser hangs "said" on the content's verb and the title's "of" phrase runs long
    text = ("VIENNA (Reuters) - Austria's farmers will under no circumstances accept the new "
            "quotas in the talks with the European Commission, the chief negotiator of the "
            "Farmers' Federation, Johann Kerschbaumer, said on Monday.")
    assert quotes(text) == [(
        "indirect",
        "Austria's farmers will under no circumstances accept the new quotas in the talks with the "
        "European Commission",
        "Johann Kerschbaumer", "Johann Kerschbaumer")]


def test_denied_with_a_gerund_is_a_quote():
    found = quotes("Belarus has denied sending troops across the border into Ukraine.")
    assert found == [("indirect", "sending troops across the border into Ukraine", "Belarus", "Belarus")]


def test_warned_against_a_gerund_is_a_quote():
    found = quotes('The minister spoke to reporters. She warned, however, against "blaming every '
                   'farmer for the floods."')
    assert [(k, c) for k, c, _, _ in found] == [("mixed", 'against "blaming every farmer for the floods."')]


def test_an_aside_attribution_before_a_new_clause_attributes_the_clause_before_it():
    found = quotes("About 2,000 people marched through the city centre on Saturday, police said, "
                   "and four people were detained after shop windows were smashed.")
    assert [(k, c, m) for k, c, m, _ in found] == [
        ("indirect", "About 2,000 people marched through the city centre on Saturday", "police")]


def test_a_name_given_in_a_relative_clause_is_no_cue():
    # "which Japan calls Senkaku" names the islands; the quote is the spokesman's
    text = ('Foreign Ministry spokeswoman Hua Lin told reporters that the islands, which Japan calls '
            'Senkaku, were "an inseparable part of China" and that the patrols would go on.')
    found = quotes(text)
    assert len(found) == 1 and found[0][0] == "mixed" and found[0][3] == "Hua Lin", found
    assert found[0][1].startswith("the islands, which Japan calls Senkaku"), found


def test_the_phrase_according_to_is_no_content_of_the_verb_after_it():
    found = quotes("According to a senior finance ministry official, the lenders had been informed "
                   "of the change.")
    assert [(c, m) for _, c, m, _ in found] == [
        ("the lenders had been informed of the change.", "a senior finance ministry official")], found


def test_called_for_a_subject_and_an_infinitive_is_a_quote_a_bare_noun_is_not():
    found = quotes("The victim's family called for the driver to be tried for manslaughter. "
                   "The union called for talks.")
    assert [(c, m) for _, c, m, _ in found] == [
        ("the driver to be tried for manslaughter", "The victim's family")], found


def test_a_citing_clause_after_the_content_is_the_speakers_reason_not_the_content():
    found = quotes("Several economists said the central bank would hold rates in June, citing the "
                   "weak currency and rising fuel prices.")
    assert [c for _, c, _, _ in found] == ["the central bank would hold rates in June"], found


def test_a_subject_whose_relative_clause_swallowed_the_verb_still_speaks():
    # the parser hangs "urged" on the relative clause's object ("strikes")
    found = quotes("A teachers' alliance that led last month's strikes urged parents to keep "
                   "their children at home on Monday.")
    assert [(c, m, n) for _, c, m, n in found] == [
        ("parents to keep their children at home on Monday", "A teachers' alliance", None)], found


def test_the_articles_own_dateline_is_used_and_agrees_with_reading_it(nlp):
    # the speaker stage takes the dateline the article carries (one reading of it per article);
    # passing it or letting the stage read it gives the same quotes
    from wirecoder.analysis import load_pipeline, prepare_article
    from wirecoder.stages.entities.find import find_entities
    from wirecoder.stages.quotes import find_quotes

    pipeline = load_pipeline()
    text = ("PARIS (AFP) - Burkina Faso's junta said on Monday that troops had retaken two towns in "
            "the north. Burkina Faso's army said the operation would go on, and the army added that "
            "Burkina Faso would not ask for help.")
    article = prepare_article(Article(text=text))
    doc = pipeline.nlp(text)
    entities = find_entities(doc, pipeline.gazetteer)
    given = find_quotes(doc, entities, pipeline.gazetteer, text=text, dateline=article.dateline)
    assert article.dateline is not None and article.dateline.agency == "AFP"
    assert given == find_quotes(doc, entities, pipeline.gazetteer, text=text)
    assert given and all(not q.content.text.startswith("PARIS") for q in given)
    # without a dateline nothing is cut at one
    assert find_quotes(doc, entities, pipeline.gazetteer, text=text, dateline=None)
