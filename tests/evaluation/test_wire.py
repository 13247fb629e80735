"""``wirecoder eval wire``: the wire gold loader, each layer's scorer on small hand-written
gold/prediction pairs (counts worked out by hand in the comments), the threads check on a real
SQLite store, and the real eval over ../shared/data/wire_dev with floors that only rise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED
from tests.evaluation.wire_scoring import figure, score_wire
from wirecoder.article import Article
from wirecoder.evaluation.errors import EvaluationError
from wirecoder.evaluation.wire import (
    content_words,
    expected_shift_kind,
    same_name,
    same_name_loose,
    same_proposition,
    score_article,
)
from wirecoder.evaluation.wire_gold import (
    GoldThread,
    ThreadEntry,
    load_wire_gold,
    parse_article_gold,
    parse_threads,
)
from wirecoder.evaluation.wire_threads import check_threads
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.records import Analysis, Entity, Quote, Speaker, Statement
from wirecoder.spans import span_at

WIRE_DEV = SHARED / "data" / "wire_dev"

# ------------------------------------------------------------------------------ a story of our own

STORY = (
    "date 2024-05-10\n"
    "LISBON (Reuters) - Portugal will not raise fuel taxes this year, Finance Minister Rui Vaz "
    "said on Friday.\n\n"
    "\u201cWe will never do it,\u201d he told reporters. Lisbon wants talks, an aide said."
)


def _at(text: str, needle: str, nth: int = 0) -> int:
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return i


def story_gold() -> dict:
    return {
        "published": "2024-05-10",
        "outlet": "Reuters",
        "dateline": {"place": "LISBON", "agency": "Reuters", "text": "LISBON (Reuters) -"},
        "quotes": [
            {"kind": "indirect", "content": "Portugal will not raise fuel taxes this year",
             "cue": "said", "speaker_mention": "Rui Vaz", "speaker": "Rui Vaz"},
            {"kind": "direct", "content": "We will never do it", "cue": "told",
             "speaker_mention": "he", "speaker": "Rui Vaz"},
            {"kind": "indirect", "content": "Lisbon wants talks", "cue": "said",
             "speaker_mention": "an aide", "speaker": None},
        ],
        "times": [{"text": "this year", "value": "2024"}, {"text": "on Friday", "value": "2024-05-10"}],
        "entities": [
            {"name": "Rui Vaz", "type": "PERSON", "country": "PRT", "role": "Finance Minister",
             "mentions": ["Rui Vaz"]},
            {"name": "Portugal", "type": "COUNTRY", "country": "PRT", "role": None,
             "mentions": ["Portugal", "Lisbon"],
             "metonyms": [{"text": "Lisbon", "start": _at(STORY, "Lisbon", 0)}]},
            {"name": "European Union", "type": "ORG", "country": None, "role": None, "mentions": []},
        ],
        "statements": [
            {"quote": 0, "holder": "Rui Vaz", "proposition": "Portugal raises fuel taxes",
             "stance": "against", "hedge": "firm"},
            {"quote": 1, "holder": "Rui Vaz", "proposition": "Portugal raises fuel taxes",
             "stance": "against", "hedge": "absolute"},
        ],
        "events": [
            {"category": "CONSULT", "actor_country": "PRT", "recipient_country": None, "size": None,
             "text": "Lisbon wants talks"},
        ],
    }


def write_story(folder: Path, name: str = "201", gold: dict | None = None) -> None:
    (folder / f"{name}.txt").write_text(STORY, encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps(gold or story_gold()), encoding="utf-8")


def test_loader_reads_stories_threads_and_moves_offsets_past_the_marker(tmp_path):
    write_story(tmp_path)
    (tmp_path / "positions.gold.json").write_text(json.dumps([{
        "holder": "Rui Vaz", "proposition": "Portugal raises fuel taxes",
        "timeline": [{"article": "201", "date": "2024-05-10", "stance": "against", "hedge": "firm"}],
        "shift": None, "note": "stable"}]), encoding="utf-8")
    gold = load_wire_gold(tmp_path)
    (article,) = gold.articles
    assert article.name == "201" and article.text.startswith("LISBON (Reuters)")
    assert article.published == "2024-05-10" and article.dateline.agency == "Reuters"
    assert [q.speaker for q in article.quotes] == ["Rui Vaz", "Rui Vaz", None]
    (start, end), = article.entities[1].metonyms  # moved from the file offset into the text
    assert article.text[start:end] == "Lisbon" and start == _at(STORY, "Lisbon") - len("date 2024-05-10\n")
    assert gold.threads == (GoldThread("Rui Vaz", "Portugal raises fuel taxes",
                                       (ThreadEntry("201", "2024-05-10", "against", "firm"),),
                                       None, None, "stable"),)


@pytest.mark.parametrize("change, message", [
    (lambda g: g["quotes"][0].update(content="Portugal will raise taxes"), "quote 0: content"),
    (lambda g: g["statements"][0].update(quote=7), "statement 0: quote 7"),
    (lambda g: g["entities"][1]["metonyms"][0].update(start=3), "metonym 'Lisbon' is not at offset 3"),
    (lambda g: g["times"][0].pop("text"), "missing or malformed field"),
])
def test_loader_names_the_file_and_the_broken_item(tmp_path, change, message):
    gold = story_gold()
    change(gold)
    write_story(tmp_path, gold=gold)
    with pytest.raises(EvaluationError, match=message) as err:
        load_wire_gold(tmp_path)
    assert "201.gold.json" in str(err.value)


def test_loader_refuses_a_folder_without_gold_and_a_gold_file_without_text(tmp_path):
    with pytest.raises(EvaluationError, match="no such folder"):
        load_wire_gold(tmp_path / "nowhere")
    with pytest.raises(EvaluationError, match="no \\*.gold.json files"):
        load_wire_gold(tmp_path)
    (tmp_path / "202.gold.json").write_text("{}", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no article text 202.txt"):
        load_wire_gold(tmp_path)


def test_threads_file_is_validated():
    with pytest.raises(EvaluationError, match="thread 0: missing or malformed field 'timeline'"):
        parse_threads([{"holder": "X", "proposition": "Y"}], "positions.gold.json")


# ------------------------------------------------------------------------------ the rules


@pytest.mark.parametrize("predicted, gold, right", [
    ("Rui Vaz", "Rui Vaz", True),
    ("Vučić", "Aleksandar Vucic", True),                    # a surname, accents folded
    ("Aleksandar J. Vucic", "Aleksandar Vucic", True),      # same first and last token
    ("Foreign Ministry", "Serbian Foreign Ministry", True),  # a contiguous tail
    ("Lee Jae", "Lee Jae-sung", False),                      # a cut hyphenated name
    ("Chihuahua", "Chihuahua State Police", False),          # the place, not its police
    ("Serbia", "Serbian Foreign Ministry", False),
    ("Ana Vucic", "Aleksandar Vucic", False),                # another first name
    (None, "Rui Vaz", False),
])
def test_same_name(predicted, gold, right):
    assert same_name(predicted, gold) is right


@pytest.mark.parametrize("predicted, gold, strict, loose", [
    ("Rui Vaz", "Rui Vaz", True, True),
    ("Vucic", "Aleksandar Vucic", True, True),
    ("Serbian Foreign", "Serbian Foreign Ministry", False, True),  # same first token alone
    ("Lee Jae", "Lee Jae-sung", False, True),
    ("Foreign Ministry", "Serbian Foreign Ministry", True, True),
    ("Ana Vucic", "Aleksandar Vucic", False, False),               # last token alone: no
    ("Serbia", "Serbian Foreign Ministry", False, False),
    (None, "Rui Vaz", False, False),
])
def test_loose_name_rule_lets_each_condition_suffice(predicted, gold, strict, loose):
    assert same_name(predicted, gold) is strict
    assert same_name_loose(predicted, gold) is loose


def test_propositions_match_on_stemmed_content_words_and_the_object():
    assert content_words("Serbia imposes sanctions on Russia") == ["serbia", "impos", "sanction", "russia"]
    assert same_proposition("Serbia impose sanctions against Russia", "Serbia imposes sanctions on Russia")
    # F1 high enough, but the gold's last content word (its object) is missing
    assert not same_proposition("Serbia imposes sanctions", "Serbia imposes sanctions on Russia")
    # the object is there, the rest differs: F1 2*1/(3+4) < 0.5
    assert not same_proposition("Hungary blocks Russia", "Serbia imposes sanctions on Russia")
    # singular and plural of a word ending in "ee" share a stem
    assert content_words("nominee nominees agree agreed") == ["nomin", "nomin", "agr", "agr"]
    assert same_proposition("Clint Barlow puts a hold on every nominee from the Department of Defense",
                            "Barlow puts a hold on Defense Department nominees")


def test_expected_shift_kind_follows_the_positions_rule():
    assert expected_shift_kind("favor/firm", "against/firm") == "reversal"
    assert expected_shift_kind("against/absolute", "against/conditional") == "softening"
    assert expected_shift_kind("against/conditional", "against/absolute") == "hardening"
    assert expected_shift_kind("favor/firm", "favor/firm") is None


# ------------------------------------------------------------------------------ each layer


def span(text: str, needle: str, nth: int = 0) -> dict:
    start = _at(text, needle, nth)
    return {"start": start, "end": start + len(needle), "text": needle}


def story_prediction(text: str) -> dict:
    """A hand-written prediction for STORY: what is right and wrong is said item by item."""
    quote = lambda qid, kind, content, mention, name: {  # noqa: E731
        "id": qid, "kind": kind, "content": span(text, content), "cue": None,
        "speaker": {"mention": span(text, mention) if mention else None, "entity": None, "name": name}}
    return {
        "article": {"published": "2024-05-10", "outlet": "Reuters",
                    "dateline": {"place": "LISBON", "agency": "Reuters", **span(text, "LISBON (Reuters)")}},
        "quotes": [
            # pairs with gold 0 (6 of its 8 tokens: F1 0.86), kind right, mention right, speaker right
            quote("q1", "indirect", "Portugal will not raise fuel taxes", "Finance Minister Rui Vaz", "Rui Vaz"),
            # pairs with gold 1, kind wrong (mixed), mention "he" right, speaker wrong (the agency)
            quote("q2", "mixed", "We will never do it", "he", "Reuters"),
            # pairs with gold 2 (anonymous): a name is given, so "anonymous left null" is 0/1
            quote("q3", "indirect", "Lisbon wants talks", "an aide", "an aide"),
            # pairs with nothing: a false positive
            quote("q4", "direct", "said on Friday", None, None),
        ],
        "times": [
            {**span(text, "this year"), "value": "2024", "type": "DATE"},     # right, value right
            {**span(text, "Friday"), "value": "2024-05-03", "type": "DATE"},  # pairs (F1 2/3), value wrong
            {**span(text, "this year"), "value": None, "type": "DURATION"},   # not a date: not scored
        ],
        "entities": [
            {"id": "e1", "type": "PERSON", "name": "Vaz", "country": "ESP", "role": None,
             "mentions": [span(text, "Rui Vaz")]},                      # found (a surname), country wrong
            {"id": "e2", "type": "COUNTRY", "name": "Portugal", "country": "PRT", "role": None,
             "mentions": [span(text, "Portugal"), span(text, "Lisbon")]},  # found, right, metonym read
            {"id": "e3", "type": "ORG", "name": "EU", "country": None, "role": None,
             "mentions": []},                                   # "EU" is not "European Union": missed
        ],
        "statements": [
            # q1 ↔ gold quote 0: same stance, proposition matches → tp (hedge uncertain: wrong)
            {"id": "s1", "quote": "q1", "holder": {"name": "Rui Vaz"}, "proposition": {
                "text": "Portugal raise fuel taxes"}, "stance": "against", "hedge": "uncertain"},
            # q2 ↔ gold quote 1: proposition matches, stance wrong → no tp, stance wrong
            {"id": "s2", "quote": "q2", "holder": {"name": "Reuters"}, "proposition": {
                "text": "Portugal raises fuel taxes"}, "stance": "favor", "hedge": "absolute"},
            # on the spurious quote: a false positive
            {"id": "s3", "quote": "q4", "holder": {"name": None}, "proposition": {
                "text": "Portugal holds talks"}, "stance": "favor", "hedge": "firm"},
        ],
        "events": [
            # right category and actor, evidence F1 1.0 → the gold event is found
            {"category": "CONSULT", "actors": [{"country": "PRT"}], "evidence": span(text, "Lisbon wants talks")},
            # satisfies no gold event → fp
            {"category": "PROTEST", "actors": [{"country": "PRT"}], "evidence": span(text, "told reporters")},
        ],
    }


@pytest.fixture(scope="module")
def story_result():
    gold = parse_article_gold("201", STORY, story_gold(), "201.txt")
    return score_article(gold, story_prediction(gold.text))


def test_document_layers(story_result):
    s = story_result.scores
    assert (s.published.correct, s.outlet.correct, s.dateline.correct) == (1, 1, 1)
    assert (s.dateline_text.correct, s.dateline_text.total) == (0, 1)  # the dash is left out
    assert any(m.what == "dateline text" for m in story_result.misses)


def test_quote_and_speaker_layers(story_result):
    s = story_result.scores
    assert (s.quotes.tp, s.quotes.fp, s.quotes.fn) == (3, 1, 0)
    assert (s.quote_kind.correct, s.quote_kind.total) == (2, 3)
    assert (s.speaker_mention.correct, s.speaker_mention.total) == (3, 3)
    # two gold quotes have a speaker; one is right end to end
    assert (s.speaker_end_to_end.correct, s.speaker_end_to_end.total) == (1, 2)
    assert (s.anonymous_null.correct, s.anonymous_null.total) == (0, 1)
    wrong = [m for m in story_result.misses if m.layer == "speakers"]
    assert [(m.what, m.gold, m.predicted) for m in wrong] == [
        ("wrong speaker", "Rui Vaz", "Reuters"), ("anonymous given a name", None, "an aide")]


def test_time_layer(story_result):
    s = story_result.scores
    assert (s.times.tp, s.times.fp, s.times.fn) == (2, 0, 0)  # the DURATION is not scored
    assert (s.time_value.correct, s.time_value.total) == (1, 2)


def test_entity_layer(story_result):
    s = story_result.scores
    assert (s.entity_recall.correct, s.entity_recall.total) == (2, 3)
    assert (s.entity_country.correct, s.entity_country.total) == (1, 2)  # null gold country left out
    assert (s.metonym_recall.correct, s.metonym_recall.total) == (1, 1)


def test_statement_layer(story_result):
    s = story_result.scores
    assert (s.statements.tp, s.statements.fp, s.statements.fn) == (1, 2, 1)
    assert (s.statement_stance.correct, s.statement_stance.total) == (1, 2)
    assert (s.statement_hedge.correct, s.statement_hedge.total) == (1, 2)


def test_event_layer(story_result):
    s = story_result.scores
    assert (s.events.tp, s.events.fp, s.events.fn) == (1, 1, 0)
    assert dict(s.events_by_category)["CONSULT"].tp == 1
    assert dict(s.events_by_category)["PROTEST"].fp == 1


def test_scores_add_up(story_result):
    twice = story_result.scores + story_result.scores
    assert twice.articles == 2 and twice.quotes.tp == 6
    assert dict(twice.events_by_category)["CONSULT"].tp == 2


# ------------------------------------------------------------------------------ threads


def stated(name: str, published: str, stance: str, hedge: str, *, lead: str | None = None,
           outlet: str = "Reuters", words: str = "Portugal would not raise fuel taxes") -> Analysis:
    """One story in which Rui Vaz states a position on "Portugal raises fuel taxes" (the lead
    keeps the texts, and so the article ids, apart)."""
    lead = f"Story {name}. " if lead is None else lead
    text = f"{lead}Rui Vaz said {words}."
    person = span_at(text, len(lead), len(lead) + 7)
    content = span_at(text, text.index(words), text.index(words) + len(words))
    article = Article(text=text, source=f"/stories/{name}.txt", published=published, outlet=outlet)
    entity = Entity("e1", "PERSON", "Rui Vaz", None, None, (person,))
    quote = Quote("q1", "indirect", content, span_at(text, person.end + 1, person.end + 5),
                  Speaker(person, "e1", "Rui Vaz"), date=published)
    statement = Statement("s1", "q1", "e1", "Rui Vaz", "Portugal raises fuel taxes", "raise_tax:PRT",
                          stance, hedge, evidence=content, date=published)
    return Analysis(article, (entity,), (quote,), (), (statement,))


def thread(shift=None, echo=None, entries=(("301", "favor", "firm"), ("302", "against", "firm"))):
    return GoldThread("Rui Vaz", "Portugal raises fuel taxes",
                      tuple(ThreadEntry(a, None, s, h) for a, s, h in entries), shift, echo)


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_a_reversal_is_found_and_a_stable_reading_of_it_is_wrong(gaz):
    analyses = [stated("301", "2024-03-01", "favor", "firm"),
                stated("302", "2024-09-01", "against", "firm")]
    scores = check_threads([thread(shift=("302", "favor/firm", "against/firm")), thread()],
                           analyses, gazetteer=gaz)
    reversal, stable = scores.results
    assert reversal.kind == "reversal" and reversal.right
    assert (reversal.timeline.correct, reversal.timeline.total) == (2, 2)
    assert stable.kind == "stable" and not stable.shift_right and not stable.right
    assert (scores.threads.correct, scores.threads.total) == (1, 2)
    assert [m.what for m in scores.misses()] == ["stable thread"]


def test_a_wrong_hedge_fails_the_timeline_and_a_missing_shift_fails_the_thread(gaz):
    analyses = [stated("301", "2024-03-01", "favor", "firm"),
                stated("302", "2024-09-01", "favor", "firm")]
    (result,) = check_threads([thread(shift=("302", "favor/firm", "against/firm"))], analyses,
                              gazetteer=gaz).results
    assert (result.timeline.correct, result.timeline.total) == (1, 2)
    assert not result.shift_right and not result.right


def test_an_echo_counts_once_under_the_earlier_article(gaz):
    analyses = [stated("401", "2024-06-19", "against", "absolute", outlet="AFP"),
                stated("402", "2024-06-19", "against", "absolute", outlet="Reuters",
                       lead="LISBON (Reuters) - ")]
    (result,) = check_threads(
        [thread(echo=("402", "401"), entries=(("401", "against", "absolute"),
                                              ("402", "against", "absolute")))],
        analyses, gazetteer=gaz).results
    assert result.echo_right and result.shift_right and result.right
    assert (result.timeline.correct, result.timeline.total) == (2, 2)  # the copy counts


# ------------------------------------------------------------------------------ the real eval

# Measured on wire_dev with the code of this branch (see the report of issue 10, item 1). Floors
# only rise: raise one when a change lifts its figure; never lower one to make a test pass.
FLOORS = {
    "published": 1.00,
    "outlet": 1.00,
    "dateline": 1.00,
    "quotes.f1": 0.99,  # s5: 385/2/0 (P 0.995 R 1.000); noun objects alone, unsaid speech
    "quotes.precision": 0.99,
    "quotes.recall": 0.99,
    "quote_kind": 0.98,  # s5: 381/385 (0.990)
    "speaker_mention": 0.99,
    "speaker_end_to_end": 0.95,  # s5: 338/354 (was 327)
    "times.f1": 0.99,  # s8-entities: 281/1/3 (P 0.996 R 0.989 F1 0.993; was 0.977: "now" left out)
    "time_value": 0.99,
    "entity_recall": 0.95,  # s5-entities: 500/526 (titles, mistyped persons, bodies the NER splits)
    "entity_country": 0.95,  # s6: 426/448. The s6-speakers branch's agency-home rule reached 430
    # here but cost 8 on the held-out stories (198 → 190 of 204): it was replaced by one that keeps
    # the held-out figure; the floor stays the one main had before the merge (0.95)
    "entity_type": 0.97,  # s5-entities: 417/427
    "metonym_recall": 0.97,  # s5-entities: 94/96 ("seen in Brussels as", "written in Moscow")
    "statements.f1": 0.67,  # s16 end: 110/45/61 (P 0.710 R 0.643 F1 0.675)
    # was 0.64:  # s15: 105/48/66 (P 0.686 R 0.614 F1 0.648)
    # was 0.59:  # s13: 90 of 171 at P 0.629 (F1 0.573); s14: 95 at P 0.646 (F1 0.597)
    # was 0.57:  # s11: 86 of 171 at P 0.606 (F1 0.550)
    # was 0.54:  # s9 merged: 84 of 171 at P 0.604 (F1 0.542)
    # was 0.53:  # s7-clauses: 82 of 171 at P 0.599 (was 81 at 0.579; 76 at 0.571; 71 at 0.486)
    "statements.precision": 0.70,  # s16 end: 0.710; s15: 0.686 (s14 0.646, s13 0.629)
    "statements.recall": 0.64,  # s16 end: 0.643 (110/171); s15: 0.614; s14: 0.556 (s13 0.526, s11 0.503, s9 0.491, s8 0.4795)
    "statement_stance": 0.99,  # s15: 105/106 (was 0.98: 83/84)
    "statement_hedge": 0.98,  # s16: 105/107 ("not a single centimeter" absolute); s9: 84/86
    # was 0.96:  # s8-clauses: 81/84 (was 79/84; 78/83; 73/78)
    "events.recall": 0.93,  # s11-events: 139/149 at P 0.933 (F1 0.933)
    # was 0.88:  # s8-events: 132/149 at P 0.910 (s7: 131 at 0.910): cue speakers, realis
    "events.precision": 0.93,  # s11: 139/149 = 0.933 (s8 131/144 = 0.9097)
    "events.f1": 0.93,  # s11 (s8 0.89)
    "events_clear_of_quotes": 0.98,
}
THREAD_FLOORS = {"threads": 1.0, "timeline": 1.0, "shifts": 1.0, "echoes": 1.0}
# s15: 8/8 threads, 16/16 timeline entries, 8/8 shifts, 2/2 echoes
# s14: 7/8 threads, 15/16 timeline entries, 7/8 shifts, 2/2 echoes (s13: 5/8, 12/16, 7/8, 1/2)


@pytest.fixture(scope="module")
def wire_dev_result():
    return score_wire(WIRE_DEV)  # ~10-20 s: once for every test below



def test_wire_dev_gold_is_what_its_readme_says(wire_dev_result):
    articles = wire_dev_result.gold.articles
    assert len(articles) == 40 and len(wire_dev_result.gold.threads) == 8
    assert sum(len(a.quotes) for a in articles) == 385
    assert sum(len(a.statements) for a in articles) == 171
    assert sum(len(a.events) for a in articles) == 149


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_wire_dev_floors(wire_dev_result, key):
    assert figure(wire_dev_result.scores, key) >= FLOORS[key]


def test_wire_dev_threads(wire_dev_result):
    threads = wire_dev_result.threads
    assert [r.kind for r in threads.results] == [
        "reversal", "hardening", "echo", "stable", "softening", "reversal", "echo", "stable"]
    for key, floor in THREAD_FLOORS.items():
        assert getattr(threads, key).value >= floor


def test_every_miss_names_its_article_and_layer(wire_dev_result):
    misses = wire_dev_result.selected_misses()
    names = {a.name for a in wire_dev_result.gold.articles}
    assert misses and all(m.article in names for m in misses if m.layer != "threads")
    layers = [m.layer for m in misses]
    assert layers == sorted(layers, key=["published", "dateline", "quotes", "speakers", "times",
                                         "entities", "statements", "events", "threads"].index)


# ------------------------------------------------------------------------------ the command


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wirecoder", "eval", "wire", *args],
                          capture_output=True, text=True, cwd=ROOT)


def test_command_prints_a_table_json_and_misses(tmp_path):
    write_story(tmp_path)
    table = _cli(str(tmp_path), "--layer", "quotes,speakers")
    assert table.returncode == 0, table.stderr
    assert "quotes P R F1" in table.stdout and "speaker end to end" in table.stdout
    assert "entity recall" not in table.stdout
    as_json = _cli(str(tmp_path), "--json", "--misses", "--layer", "speakers")
    data = json.loads(as_json.stdout)
    assert set(data["scores"]) == {"speakers"}
    assert all(m["layer"] == "speakers" for m in data["misses"])
    misses = _cli(str(tmp_path), "--misses", "--layer", "times")
    assert "== times" in misses.stdout or "times P R F1" in misses.stdout


def test_command_errors_are_one_line_with_status_2(tmp_path):
    missing = _cli(str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "no such folder" in missing.stderr
    assert "Traceback" not in missing.stderr and missing.stderr.count("\n") == 1
    bad_layer = _cli(str(tmp_path), "--layer", "quotes,colour")
    assert bad_layer.returncode == 2 and "unknown layer colour" in bad_layer.stderr
