"""`wirecoder quotes|positions|timeline|shifts` over a store, end to end through the CLI.

The stores are filled with hand-built statements (tests/fixtures/positions/corpus.py), so these
tests do not depend on the statement stage. The two tests marked "real pipeline" ingest the seeds
and the fixture articles through `wirecoder ingest`; they fail if the pipeline extracts no
statements and check the issue's acceptance once it does.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from wirecoder.cli import main
from wirecoder.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SEED_000 = SAMPLES / "000_da1156ca9ab1c740.txt"
SEED_004 = SAMPLES / "004_7a3b9df1f04b9edf.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "positions"

_spec = importlib.util.spec_from_file_location("positions_corpus", FIXTURES / "corpus.py")
corpus_fixture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus_fixture)

_VUCIC = dict(speaker="Aleksandar Vucic", speaker_mention="Serbian President Aleksandar Vucic",
              speaker_country="SRB", speaker_role="President", subject="Serbia")
_VULIN = dict(speaker="Aleksandar Vulin", speaker_mention="Serbian Deputy Prime Minister Aleksandar Vulin",
              speaker_country="SRB", speaker_role="Deputy Prime Minister", subject="Serbia")
_SANCTIONS = dict(predicate="impose sanctions on", object="Russia",
                  proposition="impose sanctions on Russia", key="impose_sanctions:RUS",
                  stance="against", hedge="absolute")
# What the statement stage is to find in the seeds (examples/*.gold.json), as it will key it.
SEED_STATEMENTS = [
    {"file": SEED_000.name, **_VUCIC, **_SANCTIONS, "date": "2019-04-19",
     "quote": "Despite foreign pressure, Serbia will never impose sanctions on Russia and will stay "
              "out of any military bloc, including NATO",
     "evidence": "Serbia will never impose sanctions on Russia"},
    {"file": SEED_000.name, **_VUCIC, "date": "2019-04-19",
     "quote": "Despite foreign pressure, Serbia will never impose sanctions on Russia and will stay "
              "out of any military bloc, including NATO",
     "predicate": "join", "object": "NATO", "proposition": "join a military bloc (NATO)",
     "key": "join:NATO", "stance": "against", "hedge": "absolute",
     "evidence": "will stay out of any military bloc, including NATO"},
    {"file": SEED_000.name, **_VUCIC, **_SANCTIONS, "date": None,  # dated by publication
     "quote": "We will never impose sanctions on Russia no matter how strong the pressure is, "
              "because Russia has never imposed sanctions on us",
     "evidence": "We will never impose sanctions on Russia"},
    {"file": SEED_004.name, **_VULIN, **_SANCTIONS, "date": "2024-09-06",
     "quote": "We have not and will not impose sanctions against Russia, we will not change our "
              "policy on the issue of military neutrality",
     "evidence": "We have not and will not impose sanctions against Russia"},
    {"file": SEED_004.name, **_VULIN, "date": "2024-09-06",
     "quote": "Serbia and Russia are strategic partners and nothing can change that",
     "predicate": "are", "object": "strategic partners", "subject": "Serbia and Russia",
     "proposition": "Serbia and Russia are strategic partners",
     "key": "strategic_partners:RUS+SRB", "stance": "favor", "hedge": "absolute",
     "evidence": "Serbia and Russia are strategic partners"},
]


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("fixture") / "pos.db"
    with Store(path) as store:
        for analysis in corpus_fixture.load_analyses().values():
            store.put(analysis)
    return str(path)


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    analyses = corpus_fixture.build_analyses([SAMPLES], SEED_STATEMENTS, published="2019-04-20")
    with Store(path) as store:
        for analysis in analyses.values():
            store.put(analysis)
    return str(path)


def _check_seed_acceptance(capsys, db: str, about: str) -> None:
    code, out, err = run_cli(capsys, "positions", "--about", about, "--json", "--db", db)
    assert code == 0, err
    rows = [r for r in jsonl(out) if "sanction" in r["proposition"]]
    assert len(rows) == 1, rows
    (row,) = rows
    assert row["holder"] == "Serbia" and row["stance"] == "against"
    assert {"Aleksandar Vucic", "Aleksandar Vulin"} <= set(row["speakers"])
    assert (row["first"], row["last"]) == ("2019-04-19", "2024-09-06")
    code, out, err = run_cli(capsys, "shifts", "--json", "--db", db)
    assert code == 0, err
    assert [s for s in jsonl(out) if s["key"] == row["key"]] == []


# ------------------------------------------------------------------------------ the acceptance


def test_seeds_one_sanctions_position_and_no_shift(capsys, seed_db):
    _check_seed_acceptance(capsys, seed_db, "impose sanctions on Russia")
    code, out, _ = run_cli(capsys, "positions", "--about", "sanctions", "--json", "--db", seed_db)
    (row,) = jsonl(out)
    assert row["proposition"] == "impose sanctions on Russia" and row["key"] == "impose_sanctions:RUS"
    assert row["outlets"] == ["TASS"] and row["unknown_outlets"] == 1  # seed 000 names none
    assert row["statements"] == 3 and row["hedge"] == "absolute"
    assert set(row) >= {"holder", "proposition", "key", "stance", "hedge", "first", "last",
                        "statements", "outlets", "speakers"}


def test_positions_table(capsys, seed_db):
    code, out, err = run_cli(capsys, "positions", "--actor", "Vučić", "--db", seed_db)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["holder", "proposition", "stance", "hedge", "first", "last",
                                "statements", "outlets", "speakers"]
    sanctions = next(line for line in lines if "sanctions" in line)
    # aligned: every column starts where its header does
    for header in ("stance", "first", "statements", "speakers"):
        col = lines[0].index(header)
        assert sanctions[col - 1] == " " and sanctions[col] != " ", header
    assert "Serbia" in sanctions and "2019-04-19" in sanctions and "Aleksandar Vucic" in sanctions
    assert "Vulin" not in out  # --actor with a person: the statements they made
    assert "position(s)" in err


def test_positions_by_country_and_json_of_fixture(capsys, fixture_db):
    code, out, err = run_cli(capsys, "positions", "--by", "country", "--json", "--db", fixture_db)
    assert code == 0, err
    rows = jsonl(out)
    assert ("Russia", "join:NATO") in {(r["holder"], r["key"]) for r in rows}
    poland = next(r for r in rows if r["holder"] == "Poland")
    assert poland["statements"] == 2 and poland["copies"] == 2
    assert poland["outlets"][0] == "Reuters"  # the earliest outlet first


# ------------------------------------------------------------------------------ shifts


def test_shifts_fixture_planted_and_no_false_shift(capsys, fixture_db):
    code, out, err = run_cli(capsys, "shifts", "--json", "--db", fixture_db)
    assert code == 0, err
    found = sorted(
        ({"holder": s["holder"], "key": s["key"], "kind": s["kind"],
          "before": s["before"]["date"], "after": s["after"]["date"]} for s in jsonl(out)),
        key=str,
    )
    assert found == sorted(corpus_fixture.expected()["shifts"], key=str)
    reversal = next(s for s in jsonl(out) if s["kind"] == "reversal")
    assert reversal["before"]["evidence"]["text"] == "We will not ban grain imports from Ukraine"
    assert reversal["after"]["outlet"] == "AFP"


def test_shifts_side_by_side(capsys, fixture_db):
    code, out, err = run_cli(capsys, "shifts", "--kind", "softening", "--db", fixture_db)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Serbia · join NATO") and "softening" in lines[0]
    assert "against, absolute → against, conditional" in lines[0]
    assert all("│" in line for line in lines[1:])
    assert "Serbia will never become a member of NATO" in out
    assert "2023-09-20" in lines[1].split("│")[1]
    assert "1 shift(s)" in err


def test_shifts_none(capsys, seed_db):
    code, out, err = run_cli(capsys, "shifts", "--about", "sanctions", "--db", seed_db)
    assert (code, out) == (0, "") and "no shifts found" in err


# ------------------------------------------------------------------------------ timeline


def test_timeline_lines(capsys, seed_db):
    code, out, err = run_cli(capsys, "timeline", "--actor", "Serbia", "--about", "sanctions",
                             "--db", seed_db)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Serbia · impose sanctions on Russia  [impose_sanctions:RUS]"
    dated = [line.split()[0] for line in lines[2:]]
    assert dated == ["2019-04-19", "2019-04-20", "2024-09-06"]
    assert "“We have not and will not impose sanctions against Russia”" in lines[-1]
    assert "TASS" in lines[-1]


def test_timeline_json(capsys, fixture_db):
    code, out, err = run_cli(capsys, "timeline", "--about", "Belarus", "--json", "--db", fixture_db)
    assert code == 0, err
    rows = jsonl(out)
    assert [r["date"] for r in rows] == ["2023-06-05", "2023-08-20"]
    assert [c["outlet"] for c in rows[0]["copies"]] == ["AP", "dpa"]
    assert rows[0]["outlet"] == "Reuters" and rows[0]["holder"] == "Poland"
    assert rows[0]["evidence"]["text"].startswith("Poland will keep the border crossings")


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_timeline_plot(capsys, fixture_db, tmp_path, suffix, magic):
    import matplotlib  # noqa: F401  (pinned in requirements.lock; the test must not skip)
    chart = tmp_path / f"chart{suffix}"
    code, out, err = run_cli(capsys, "timeline", "--actor", "Serbia", "--about", "NATO",
                             "--plot", str(chart), "--db", fixture_db)
    assert code == 0, err
    assert chart.read_bytes().startswith(magic)
    assert f"chart written to {chart}" in err


def test_timeline_plot_without_matplotlib(capsys, fixture_db, tmp_path, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "matplotlib", None)
    code, out, err = run_cli(capsys, "timeline", "--about", "NATO", "--plot",
                             str(tmp_path / "c.png"), "--db", fixture_db)
    assert (code, out) == (2, "")
    assert "--plot needs matplotlib" in err and "pip install 'matplotlib==" in err


def test_timeline_needs_a_filter_and_a_known_chart_format(capsys, fixture_db):
    with pytest.raises(SystemExit) as exit_:
        main(["timeline", "--db", fixture_db])
    assert exit_.value.code == 2 and "give --actor X, --about Y" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["timeline", "--about", "x", "--plot", "chart.pdf", "--db", fixture_db])
    assert exit_.value.code == 2 and ".png or .svg" in capsys.readouterr().err


# ------------------------------------------------------------------------------ quotes


def test_quotes_speaker_forms_about_since(capsys, seed_db):
    for form in ("Vučić", "vucic", "President Vucic", "Aleksandar Vucic"):
        code, out, err = run_cli(capsys, "quotes", "--speaker", form, "--json", "--db", seed_db)
        assert code == 0, err
        rows = jsonl(out)
        assert rows and {r["speaker"] for r in rows} == {"Aleksandar Vucic"}, form
    code, out, _ = run_cli(capsys, "quotes", "--speaker", "Vulin", "--about", "sanctions",
                           "--since", "2020-01-01", "--json", "--db", seed_db)
    (row,) = jsonl(out)
    assert row["text"].startswith("We have not and will not impose sanctions")
    assert (row["date"], row["outlet"]) == ("2024-09-06", "TASS")
    code, out, _ = run_cli(capsys, "quotes", "--speaker", "Vucic", "--since", "2020-01-01",
                           "--db", seed_db)
    assert out == ""


def test_quotes_table_counts_copies_once(capsys, fixture_db):
    code, out, err = run_cli(capsys, "quotes", "--speaker", "Wierzba", "--db", fixture_db)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["date", "speaker", "outlet", "copies", "quote"]
    assert len(lines) == 3
    assert "Reuters" in lines[1] and "+2" in lines[1]
    assert "2 copies" in err
    code, out, _ = run_cli(capsys, "quotes", "--speaker", "Wierzba", "--all", "--db", fixture_db)
    assert len(out.splitlines()) == 5


def test_quotes_about_a_proposition(capsys, fixture_db):
    # "Ukraine" is in the proposition, not in the words of the second quote
    code, out, _ = run_cli(capsys, "quotes", "--about", "grain imports from Ukraine", "--json",
                           "--db", fixture_db)
    assert [r["outlet"] for r in jsonl(out)] == ["Reuters", "AFP"]


# ------------------------------------------------------------------------------ errors


@pytest.mark.parametrize("command", ["quotes", "positions", "timeline", "shifts"])
def test_missing_database(capsys, tmp_path, command):
    db = tmp_path / "nope.db"
    code, out, err = run_cli(capsys, command, "--about", "x", "--db", str(db))
    assert code == 2 and out == ""
    assert "no such database" in err and "wirecoder ingest" in err
    assert not db.exists()


@pytest.mark.parametrize("command", ["positions", "timeline", "shifts"])
def test_database_without_statements(capsys, tmp_path, command):
    db = tmp_path / "empty.db"
    Store(db).close()
    code, out, err = run_cli(capsys, command, "--about", "x", "--db", str(db))
    assert code == 2 and out == ""
    assert "no statements stored" in err and "--force" in err


def test_unknown_actor(capsys, fixture_db):
    code, out, err = run_cli(capsys, "positions", "--actor", "Zzyzx Qwerty", "--db", fixture_db)
    assert (code, out) == (0, "") and "no holder or speaker named 'Zzyzx Qwerty'" in err


# ------------------------------------------------------------------------------ real pipeline


def _ingest(capsys, db: Path, *argv: str) -> None:
    code, _, err = run_cli(capsys, "ingest", *argv, "--db", str(db), "--no-progress")
    assert code == 0, err
    with Store(db) as store:
        assert store.statements(), "the pipeline stored no statements"


def test_real_pipeline_seeds_acceptance(capsys, tmp_path):
    db = tmp_path / "seeds.db"
    _ingest(capsys, db, str(SEED_000), "--published", "2019-04-20")
    _ingest(capsys, db, str(SEED_004))
    _check_seed_acceptance(capsys, str(db), "sanctions")


def test_real_pipeline_fixture_corpus(capsys, tmp_path):
    db = tmp_path / "fixture.db"
    _ingest(capsys, db, str(FIXTURES / "articles"))
    code, out, err = run_cli(capsys, "shifts", "--json", "--db", str(db))
    assert code == 0, err
    found = sorted((s["holder"], s["kind"], s["before"]["date"], s["after"]["date"])
                   for s in jsonl(out))
    want = sorted((s["holder"], s["kind"], s["before"], s["after"])
                  for s in corpus_fixture.expected()["shifts"])
    assert found == want  # keys are the stage's own, so they are not compared
    code, out, _ = run_cli(capsys, "positions", "--about", "Belarus", "--json", "--db", str(db))
    # a border kept closed is against reopening it (lexicon.states), so the Anadolu lead "Poland
    # has no intention of reopening its crossings with Belarus" is the same position
    (poland,) = [r for r in jsonl(out) if r["holder"] == "Poland" and r["key"] == "reopen_border:BLR"]
    assert poland["stance"] == "against" and poland["hedge"] == "conditional"
    # Reuters' lede and its direct quote, each counted once: AP and dpa copy the quote word for
    # word, so they retell Reuters' story, and their own paraphrases of the lede (same key,
    # stance and hedge, in other words) are copies of Reuters' lede (dpa's subject follows its
    # "BERLIN (dpa) -" dateline: the clause's subject is the one nearest the verb); Anadolu's
    # lead restates it two months later
    assert poland["statements"] == 3 and poland["copies"] == 4 and poland["articles"] == 4
    assert poland["outlets"][0] == "Reuters"


# ------------------------------------------------------------------------------ library = CLI


@pytest.mark.parametrize("argv, kwargs", [
    ((), {}),
    (("--by", "country"), {"by": "country"}),
    (("--actor", "Poland", "--since", "2023-06"), {"actor": "Poland", "since": "2023-06"}),
    (("--lexical-keys",), {"lexical_keys": True}),
])
def test_corpus_positions_are_the_rows_positions_prints(capsys, fixture_db, argv, kwargs):
    from wirecoder.corpus.positions import Corpus
    from wirecoder.lexicon.gazetteer import load_gazetteer

    code, out, err = run_cli(capsys, "positions", "--json", *argv, "--db", fixture_db)
    assert code == 0, err
    with Store(fixture_db, readonly=True) as store:
        corpus = Corpus.load(store, load_gazetteer(), lexical_keys=kwargs.pop("lexical_keys", False))
    rows = [p.to_dict() for p in corpus.positions(**kwargs)]
    assert rows and jsonl(out) == rows


def test_query_quotes_are_the_rows_quotes_prints(capsys, fixture_db):
    from wirecoder.corpus.quotes import query_quotes
    from wirecoder.lexicon.gazetteer import load_gazetteer

    code, out, err = run_cli(capsys, "quotes", "--json", "--speaker", "Wierzba", "--db", fixture_db)
    assert code == 0, err
    with Store(fixture_db, readonly=True) as store:
        rows = [q.to_dict() for q in query_quotes(store, load_gazetteer(), speaker="Wierzba")]
    assert rows and jsonl(out) == rows


def test_unknown_speaker_of_quotes(capsys, fixture_db):
    code, out, err = run_cli(capsys, "quotes", "--speaker", "Zzyzx Qwerty", "--db", fixture_db)
    assert (code, out) == (0, "") and "no quote by a speaker named 'Zzyzx Qwerty'" in err


def test_known_speaker_out_of_range_is_zero_quotes_not_unknown(capsys, fixture_db):
    code, out, err = run_cli(capsys, "quotes", "--json", "--db", fixture_db)
    speaker = next(r["speaker"] for r in jsonl(out) if r["speaker"])
    code, out, err = run_cli(capsys, "quotes", "--speaker", speaker, "--since", "2999", "--db", fixture_db)
    assert (code, out) == (0, "") and "0 quote(s)" in err and "no quote by a speaker named" not in err
