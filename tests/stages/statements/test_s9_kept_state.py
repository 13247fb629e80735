"""One mechanism for kept and undone states (wirecoder.lexicon.states): every wording of keeping
a measure or undoing it lands on keys the positions layer reads as one thread, with the right
stance. Sentences written for these tests; real pipeline (and a real store for the thread)."""

from __future__ import annotations

import pytest

from wirecoder.analysis import load_pipeline
from wirecoder.corpus.complements import complement_names, flip_stance
from wirecoder.corpus.positions import Corpus
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.lexicon.keys import normalize_key
from wirecoder.lexicon.states import undoing
from wirecoder.readers.text import article_from_text
from wirecoder.store.sqlite import Store

SAID = "Moldovan Interior Minister Radu Ceban said."


def _one(read, text):
    statements = read(text)
    assert len(statements) == 1, [(s.proposition_text, s.proposition_key) for s in statements]
    return statements[0]


# -- every wording of keeping or undoing the curfew: one position --------------------------------
@pytest.mark.parametrize("text, key, stance", [
    (f"Moldova will keep the curfew, {SAID}", "keep:curfew", "favor"),
    (f"Moldova will maintain the curfew, {SAID}", "keep:curfew", "favor"),
    (f"Moldova will retain the curfew, {SAID}", "keep:curfew", "favor"),
    (f"Moldova will extend the curfew, {SAID}", "keep:curfew", "favor"),
    (f"“The curfew will stay,” {SAID}", "lift:curfew", "against"),
    (f"“The curfew will remain in force,” {SAID}", "keep:curfew", "favor"),
    (f"Moldova will not lift the curfew, {SAID}", "lift:curfew", "against"),
    (f"Moldova will lift the curfew, {SAID}", "lift:curfew", "favor"),
])
def test_keeping_and_undoing_a_measure_meet_on_one_key(read, text, key, stance):
    s = _one(read, text)
    assert (s.proposition_key, s.stance) == (key, stance), s.proposition_text
    # read by the positions layer: the undoing key is the keeping key with its stance flipped
    names = complement_names(["keep:curfew", "lift:curfew"])
    on_keep = flip_stance(s.stance) if names.get(s.proposition_key) == "keep:curfew" else s.stance
    assert on_keep == ("against" if "will lift" in text else "favor")


def test_a_measure_kept_in_so_many_words_stays_as_worded(read):
    s = _one(read, f"Moldova will keep its curfew on the border districts, {SAID}")
    assert s.proposition_text.startswith("Moldova keeps its curfew") and s.stance == "favor"


def test_a_lasting_measure_takes_the_undoing_the_articles_quotes_name(read):
    text = ("“The pension law will stay,” Moldovan Labour Minister Ana Rusu said.\n\n"
            "“This law will not be withdrawn,” Rusu told parliament.")
    found = {(s.proposition_text, s.stance) for s in read(text)}
    assert ("Moldova withdraws the pension law", "against") in found, found
    assert not any(p.startswith("Moldova keeps") for p, _ in found), found


def test_a_lasting_measure_alone_is_against_its_default_undoing(read):
    s = _one(read, "“The pension law will stay,” Moldovan Labour Minister Ana Rusu said.")
    assert (s.proposition_text, s.stance) == ("Moldova repeals the pension law", "against")


def test_a_lasting_measure_whose_quote_names_the_undoing_is_the_keeping(read):
    # the quote's other sentence states the undoing, denied; the lasting one is its keeping face
    found = {(s.proposition_text, s.stance) for s in read(
        "“The export ban will stay. We are not going to lift it,” Moldovan Trade Minister Ana Rusu said.")}
    assert ("Moldova keeps the export ban", "favor") in found, found


def test_a_lasting_measure_the_article_keeps_stays_kept(read):
    text = ("Moldova urged the council to keep its ban on drift nets in place, Fisheries Minister Ana Rusu said.\n\n"
            "“The ban must stay,” Rusu said.")
    found = {(s.proposition_text, s.stance) for s in read(text)}
    assert ("Moldova keeps the ban on drift nets", "favor") in found, found  # written as first named


def test_a_lasting_activity_continues(read):
    s = _one(read, "“The strikes will continue,” union leader Ana Rusu of Moldova's rail workers said.")
    assert (s.predicate, s.stance) == ("continue", "favor"), s.proposition_text


# -- a border kept closed: against reopening it, the complement of closing it --------------------
@pytest.mark.parametrize("text, hedge", [
    ("Chile will keep its border crossings with Peru closed, Interior Minister Carolina Toha said.", "firm"),
    ("Chile refuses to reopen its border crossings with Peru, Interior Minister Carolina Toha said.", "firm"),
    ("Chile has no intention of reopening its border crossings with Peru while the smugglers remain active, "
     "Interior Minister Carolina Toha said.", "conditional"),
])
def test_a_border_kept_closed_and_not_reopened_are_one_key(read, text, hedge):
    s = _one(read, text)
    assert (s.proposition_key, s.stance, s.hedge) == ("reopen_border:PER", "against", hedge), s.proposition_text


def test_closing_a_border_complements_reopening_it():
    assert complement_names(["reopen_border:PER", "close_border:PER"]) == {"close_border:PER": "reopen_border:PER"}


def test_a_clause_after_a_colon_is_no_complement_of_the_lasting_verb(read):
    s = _one(read, "“Nothing has changed: the crossings will stay shut,” Chilean Interior Minister Carolina Toha said.")
    assert (s.proposition_text, s.stance) == ("Chile reopens the crossings", "against")


# -- the table ------------------------------------------------------------------------------------
def test_every_verb_of_keeping_keys_as_keep():
    assert {normalize_key(f"{v}:curfew") for v in ("keep", "maintain", "retain", "extend")} == {
        "keep:curfew"}
    assert normalize_key("leave:NATO") == "leave:NATO"  # "leave" keeps only in a stated state


def test_undoing_by_state_and_by_measure():
    assert [undoing("close"), undoing("suspend"), undoing("open")] == ["reopen", "resume", None]
    assert [undoing(measure="ban"), undoing(measure="law"), undoing(measure="talks")] == ["lift", "repeal", None]


# -- end to end: keeping a measure, then lifting it, is a shift on one thread ---------------------
KEEP = (" date 2024-03-04 CHISINAU (Reuters) - Moldova will keep the curfew in the border districts, "
        "Interior Minister Radu Ceban said on Monday.\n")
LIFT = (" date 2024-05-20 CHISINAU (Reuters) - Moldova will lift the curfew in the border districts, "
        "Interior Minister Radu Ceban said on Monday.\n")


def test_keeping_then_lifting_a_measure_is_one_thread_with_a_reversal(tmp_path):
    pipeline = load_pipeline()
    with Store(tmp_path / "news.db") as store:
        for n, text in enumerate((KEEP, LIFT)):
            store.put(pipeline.analyze(article_from_text(text, f"curfew{n}.txt")))
        corpus = Corpus.load(store, load_gazetteer())
    positions = [p for p in corpus.positions(actor="Ceban") if "curfew" in p.key]
    assert len(positions) == 1, [p.key for p in positions]
    assert [(s.kind, s.after.row.source) for s in corpus.shifts(actor="Ceban")] == [("reversal", "curfew1.txt")]


# -- undoing a state the article keeps: against keeping it ----------------------------------------
CAMPS = ("“Greece will keep the island reception camps open,” Migration Minister Nikos Pappas said.\n\n"
         "Opposition leader Eleni Vardaki urged the Greek government to close the camps.")


def test_closing_what_the_articles_quotes_keep_open_is_against_keeping_it_open(read):
    found = {(s.holder_name, s.proposition_text, s.stance) for s in read(CAMPS)}
    assert ("Eleni Vardaki", "Greece keeps the island reception camps open", "against") in found, found


def test_closing_alone_stays_as_worded(read):
    found = {(s.proposition_text, s.stance) for s in read(CAMPS.split("\n\n")[1])}
    assert ("Greece closes the camps", "favor") in found, found
