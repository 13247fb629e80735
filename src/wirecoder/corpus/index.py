"""The corpus index: the whole-corpus results that the cross-article queries need, computed once
by ``wirecoder index`` and stored in tables (their own migration), so that a query reads them instead of
computing them, and a one-speaker or one-actor query reads only that speaker's or actor's rows.

What is stored, in two parts:

- ``quotes`` (what ``wirecoder quotes`` needs): for every quote, its position in the corpus's
  order, its speaker as the corpus resolves it (name and key), whether it is a copy of another
  quote (echoes as :func:`wirecoder.corpus.quotes.select_quotes` folds them) and the period it
  is dated by; the copies of each quote; the people index built from the quoted names;
- ``statements`` (``positions``, ``timeline``, ``shifts``): for every statement, its merged
  proposition key (paraphrased keys merged by the embedding model at index time, so that no
  query loads the model), its holder and speaker as :func:`wirecoder.corpus.positions.attribute`
  resolves them, whether it is a copy, its period; the copies of each; the people index.

Both parts are computed by the very functions the unindexed queries run
(:func:`~wirecoder.corpus.quotes.select_quotes`, :meth:`Corpus.from_rows
<wirecoder.corpus.positions.Corpus.from_rows>`) over the whole store, so an indexed answer is the
answer those functions give; the tests compare the two on stores built by the real pipeline.

**Freshness.** Each part is stamped with the store's state when it was built (the number of
articles, the highest row key and the latest ingest time: any article stored, replaced or
deleted changes it), and with what it was built for (the wirecoder version, ``--echo-days``,
``--echo-threshold``, ``--lexical-keys``). A query uses a part only when both still hold.
Otherwise it computes the answer from the whole store, as without an index, and says on stderr
that the index is out of date and that ``wirecoder index`` makes the query fast again. It does not
refresh the index itself: read commands open the store read-only (a shared PostgreSQL store may
be read by users who cannot write it), and folding copies and merging people and keys are
whole-corpus results that an added article can change anywhere (a new earlier copy becomes the
original of a later one, a new full name claims a surname that stood alone), so refreshing is a
rebuild, which belongs in a step the user runs (after an ingest, or from cron), not in a read.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, fields

from .. import __version__
from ..errors import StoreError
from ..lexicon.gazetteer import Gazetteer
from ..store.sqlite import Store, StoredQuote, StoredStatement
from .echoes import DEFAULT_DAYS, DEFAULT_THRESHOLD
from .identity import PeopleIndex, resolve_body
from .periods import Period, parse_bound, period_key

__all__ = ["IndexReport", "build_index", "check_index", "load_corpus", "query_quotes",
           "HINT_ARTICLES"]

#: A store without an index gets the hint that ``wirecoder index`` would make its queries fast
#: from this many articles on (below, a query over the whole store takes about a second or less).
HINT_ARTICLES = 2000

#: Marks, before an indexed statement's merged key, that its stance on the key is the flip of
#: its stored stance (complementary predicates: :mod:`wirecoder.corpus.complements`).
FLIP_MARK = "~"

_QUOTE_WIDTH = len(fields(StoredQuote))
_STATEMENT_WIDTH = len(fields(StoredStatement))
# the columns whose values repeat across rows (names, keys, dates, copied quotes): one object
# for each distinct value, as the store's own reads share them
_SHARED = frozenset(i for i, f in enumerate(fields(StoredStatement)) if f.name not in (
    "article_id", "statement_id", "quote_id", "source", "evidence_start", "evidence_end",
    "evidence_text"))
_QUOTE_SHARED = frozenset(i for i, f in enumerate(fields(StoredQuote)) if f.name not in (
    "article_id", "quote_id", "start", "end", "source"))


def _sharing(columns: frozenset[int], make):
    """A function from a row's values to ``make(*values)`` with the values of ``columns``
    shared across the rows it is given."""
    seen: dict[object, object] = {}

    def build(values):
        return make(*(seen.setdefault(v, v) if i in columns and v is not None else v
                      for i, v in enumerate(values)))

    return build


@dataclass
class IndexReport:
    """What :func:`build_index` stored."""

    quotes: int = 0
    quote_copies: int = 0
    statements: int = 0
    statement_copies: int = 0
    people: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"indexed {self.quotes} quote(s) ({self.quote_copies} cop"
                f"{'y' if self.quote_copies == 1 else 'ies'}), {self.statements} statement(s) "
                f"({self.statement_copies} cop{'y' if self.statement_copies == 1 else 'ies'}), "
                f"{self.people} person(s) in {self.seconds:.1f} s")


def _params(part: str, *, days: int, threshold: float, lexical_keys: bool = False) -> str:
    """What an index part is built for (it answers only queries with the same)."""
    built = {"version": __version__, "echo_days": days, "echo_threshold": threshold}
    if part == "statements":
        built["lexical_keys"] = bool(lexical_keys)
    return json.dumps(built, sort_keys=True)


def _stamp(store: Store) -> str:
    return json.dumps(list(store.state()))


def _period(value: str | None) -> tuple[str | None, str | None]:
    period = Period.parse(value)
    return (period.first.isoformat(), period.last.isoformat()) if period else (None, None)


def _day(bound: Period | None, end: bool) -> str | None:
    if bound is None:
        return None
    return (bound.last if end else bound.first).isoformat()


def index_settings(store: Store) -> dict | None:
    """The settings the store's corpus index was built with, as keywords of
    :func:`build_index` (``days``, ``threshold``, ``lexical_keys``), or None: no index."""
    state = store.index_state("statements") or store.index_state("quotes")
    if state is None:
        return None
    built = json.loads(state[1])
    return {"days": int(built.get("echo_days", DEFAULT_DAYS)),
            "threshold": float(built.get("echo_threshold", DEFAULT_THRESHOLD)),
            "lexical_keys": bool(built.get("lexical_keys", False))}


# ------------------------------------------------------------------------------ building


def build_index(store: Store, gazetteer: Gazetteer, *, days: int = DEFAULT_DAYS,
                threshold: float = DEFAULT_THRESHOLD, lexical_keys: bool = False) -> IndexReport:
    """Compute both parts of the corpus index of ``store`` (opened for writing) and store them,
    each in one transaction (a query meanwhile reads the old part or the new, whole)."""
    report = IndexReport()
    started = time.perf_counter()
    _build_quotes(store, gazetteer, report, days=days, threshold=threshold)
    _build_statements(store, gazetteer, report, days=days, threshold=threshold,
                      lexical_keys=lexical_keys)
    report.seconds = time.perf_counter() - started
    return report


def _build_quotes(store: Store, gazetteer: Gazetteer, report: IndexReport, *, days: int,
                  threshold: float) -> None:
    from .quotes import select_quotes

    stamp = _stamp(store)  # before reading: an article stored meanwhile makes the part stale
    rows = sorted(store.quotes(), key=lambda q: period_key(q.date))
    people = PeopleIndex.build(store.speaker_names(), gazetteer)
    # every quote's speaker (one line each, in order), then which are copies of which: one
    # list of lines at a time in memory
    speakers = [(line.speaker, line.speaker_key)
                for line in select_quotes(rows, gazetteer, people=people, echoes=False)]
    position = {id(q): i for i, q in enumerate(rows)}
    heads = select_quotes(rows, gazetteer, people=people, echoes=True, days=days,
                          threshold=threshold)
    listed = {position[id(line.quote)] for line in heads}
    copies = [(position[id(line.quote)], rank, position[id(c)])
              for line in heads for rank, c in enumerate(line.copies)]
    del heads
    table = [(q.article_id, q.quote_id, i, *speakers[i], int(i not in listed), *_period(q.date))
             for i, q in enumerate(rows)]
    people_rows, terms = people.to_rows()
    store.write_index("quotes", stamp, _params("quotes", days=days, threshold=threshold),
                      json.dumps({"notes": [], "rows": len(table)}), rows=table, copies=copies,
                      people=people_rows, terms=terms)
    report.quotes, report.quote_copies = len(table), len(copies)


def _build_statements(store: Store, gazetteer: Gazetteer, report: IndexReport, *, days: int,
                      threshold: float, lexical_keys: bool) -> None:
    from .positions import Corpus

    stamp = _stamp(store)
    notes: list[str] = []
    rows = Corpus.stored_rows(store, gazetteer, lexical_keys=lexical_keys, notes=notes)
    corpus = Corpus.from_rows(rows, gazetteer, names=store.speaker_names(), days=days,
                              threshold=threshold, embeddings=not lexical_keys, notes=notes)
    # the corpus reads keys as positions (complements met, a holder's keys worded apart
    # merged): its rows, not the stored ones, carry the keys to store, a flip marked on the key
    position = {(r.article_id, r.statement_id): i for i, r in enumerate(rows)}
    claims = {position[(c.row.article_id, c.row.statement_id)]: c for c in corpus.claims}
    final = {position[(r.article_id, r.statement_id)]: (r, c.flipped)
             for c in corpus.claims for r in c.rows}
    copies = [(i, rank, position[(r.article_id, r.statement_id)]) for i, c in claims.items()
              for rank, r in enumerate(c.copies)]
    table = []
    for i, r in enumerate(rows):
        c = claims.get(i)
        holder = (c.holder.key, c.holder.name, c.holder.kind, c.holder.country) if c else \
            (None, None, None, None)
        kept, flipped = final.get(i, (r, False))
        key = FLIP_MARK + kept.proposition_key if flipped else kept.proposition_key
        table.append((r.article_id, r.statement_id, i, key, int(c is None),
                      *holder, c.speaker if c else None, c.speaker_key if c else None,
                      *_period(r.date)))
    people_rows, terms = corpus.people.to_rows()
    store.write_index("statements", stamp,
                      _params("statements", days=days, threshold=threshold,
                              lexical_keys=lexical_keys),
                      json.dumps({"notes": notes, "rows": len(table)}), rows=table,
                      copies=copies, people=people_rows, terms=terms)
    report.statements, report.statement_copies = len(table), len(copies)
    report.people = len(people_rows)
    report.notes.extend(notes)


# ------------------------------------------------------------------------------ reading


@dataclass(frozen=True, slots=True)
class IndexCheck:
    """Whether an index part answers a query: ``fresh``, else ``hint`` (what to say, or None
    when nothing need be said); ``notes`` and ``rows`` of its build."""

    fresh: bool
    hint: str | None = None
    notes: tuple[str, ...] = ()
    rows: int = 0


def check_index(store: Store, part: str, *, days: int = DEFAULT_DAYS,
                threshold: float = DEFAULT_THRESHOLD, lexical_keys: bool = False) -> IndexCheck:
    """Can index part ``part`` (``quotes`` or ``statements``) of ``store`` answer a query with
    these settings?"""
    state = store.index_state(part)
    fix = f"`wirecoder index --db {store.path}`"
    if state is None:
        articles = store.state()[0] or 0
        if articles < HINT_ARTICLES:
            return IndexCheck(False)
        return IndexCheck(False, f"{store.path}: no corpus index, so this query read and folded "
                                 f"the whole store ({articles} articles); {fix} makes "
                                 "one-speaker and one-actor queries fast")
    stamp, built_for, built = state
    if built_for != _params(part, days=days, threshold=threshold, lexical_keys=lexical_keys):
        settings = json.loads(built_for)
        return IndexCheck(False, f"{store.path}: the corpus index was built for other settings "
                          f"(wirecoder {settings.get('version')}, --echo-days "
                          f"{settings.get('echo_days')}, --echo-threshold "
                          f"{settings.get('echo_threshold')}"
                          + (", --lexical-keys" if settings.get("lexical_keys") else "")
                          + f"), so this query read the whole store; {fix} with this query's "
                          "settings indexes for them")
    if stamp != _stamp(store):
        return IndexCheck(False, f"{store.path}: the corpus index is out of date (articles were "
                                 f"stored since it was built), so this query read the whole "
                                 f"store; {fix} makes it fast again")
    built = json.loads(built)
    return IndexCheck(True, None, tuple(built.get("notes", ())), int(built.get("rows", 0)))


def _people(store: Store, scope: str, query: str | None) -> PeopleIndex:
    terms = PeopleIndex.lookup_terms(query) if query is not None else None
    return PeopleIndex.from_rows(store.indexed_people(scope, terms))


def query_quotes(store: Store, gazetteer: Gazetteer, *, speaker: str | None = None,
                 about: str | None = None, since: str | None = None, until: str | None = None,
                 echoes: bool = True) -> list:
    """What :func:`wirecoder.corpus.quotes.query_quotes` answers, read from a fresh index: only
    the quotes of the speaker's keys and of the date range are read (by indexed columns), then
    the same date and topic tests are applied to them."""
    from .positions import AboutQuery
    from .quotes import QuoteLine

    start, end = parse_bound(since), parse_bound(until)
    keys = None
    if speaker:
        people = _people(store, "quotes", speaker)
        body = resolve_body(speaker, gazetteer)
        keys = sorted({f"person:{p.key}" for p in people.match(speaker)}
                      | ({body.key} if body is not None else set()))
        if not keys:
            return []
    where = {"keys": keys, "since": _day(start, False), "until": _day(end, True)}
    quote = _sharing(_QUOTE_SHARED, StoredQuote)
    found = [(quote(r[:_QUOTE_WIDTH]), *r[_QUOTE_WIDTH:])
             for r in store.indexed_quotes(heads=echoes, **where)]
    copies: dict[int, list[StoredQuote]] = {}
    if echoes and found:
        for r in store.indexed_quote_copies(**where):
            copies.setdefault(r[0], []).append(quote(r[1:]))
    what = AboutQuery.parse(about, gazetteer) if about else None
    propositions = store.indexed_quote_propositions(heads=echoes, **where) if what else {}
    out = []
    for q, name, key, pos in found:
        if start is not None or end is not None:
            period = Period.parse(q.date)
            if period is None or not period.within(start, end):
                continue
        if what is not None and not what.matches(
                (q.text, *propositions.get((q.article_id, q.quote_id), ()))):
            continue
        out.append(QuoteLine(q, name, key, tuple(copies.get(pos, ()))))
    return out


def load_corpus(store: Store, gazetteer: Gazetteer, *, lexical_keys: bool = False,
                notes: list[str] | None = None, days: int = DEFAULT_DAYS,
                threshold: float = DEFAULT_THRESHOLD, actor: str | None = None,
                since: str | None = None, until: str | None = None,
                holders_of: str | None = None):
    """The :class:`~wirecoder.corpus.positions.Corpus` of ``store`` for a query of ``actor``
    from ``since`` to ``until``: from a fresh index, only the claims that actor holds or made in
    that range (what :meth:`Corpus.select <wirecoder.corpus.positions.Corpus.select>` and
    :meth:`Corpus.positions <wirecoder.corpus.positions.Corpus.positions>` can return; give no
    actor and no dates for :meth:`Corpus.shifts
    <wirecoder.corpus.positions.Corpus.shifts>`, which needs every claim of a position, or
    ``holders_of``: every claim of the holders whose claims that actor holds or made, which is
    what ``shifts(actor=...)`` grouped by holder reads); else
    :meth:`Corpus.load <wirecoder.corpus.positions.Corpus.load>`, with a hint in ``notes``."""
    from .positions import Corpus

    notes = notes if notes is not None else []
    check = check_index(store, "statements", days=days, threshold=threshold,
                        lexical_keys=lexical_keys)
    if not check.fresh:
        if check.hint:
            notes.append(check.hint)
        return Corpus.load(store, gazetteer, lexical_keys=lexical_keys, notes=notes, days=days,
                           threshold=threshold)
    notes.extend(check.notes)
    if not check.rows:
        articles = store.state()[0] or 0
        raise StoreError(
            f"{store.path}: no statements stored ({articles} article(s)); statements come "
            f"from `wirecoder ingest PATH --db {store.path}` (add --force for articles stored "
            "by a wirecoder without the statement stage)"
        )
    if holders_of:
        own = indexed_corpus(store, gazetteer, actor=holders_of)
        holders = sorted({c.holder.key for c in own.claims})
        if not holders:
            return own
        return indexed_corpus(store, gazetteer, keys=holders, people=own.people)
    return indexed_corpus(store, gazetteer, actor=actor, since=since, until=until)


def indexed_corpus(store: Store, gazetteer: Gazetteer, *, actor: str | None = None,
                   since: str | None = None, until: str | None = None,
                   keys: list[str] | None = None, people: PeopleIndex | None = None):
    """The claims of a fresh statements index (of ``actor``, or held or said by one of the
    holder ``keys``; from ``since`` to ``until`` when given) as a
    :class:`~wirecoder.corpus.positions.Corpus` with the people index the actor's name needs
    (everyone's without an actor, or ``people`` when given)."""
    from .positions import Attributed, Corpus, Holder, _claim_order

    people = people if people is not None else _people(store, "statements", actor)
    country = None
    if actor:
        body = resolve_body(actor, gazetteer)
        keys = sorted({f"person:{p.key}" for p in people.match(actor)}
                      | ({body.key} if body is not None else set()))
        if body is not None and body.kind == "country":
            country = body.code
        if not keys and country is None:
            return Corpus([], people, gazetteer)
    where = {"keys": keys, "country": country, "since": _day(parse_bound(since), False),
             "until": _day(parse_bound(until), True)}
    shared: dict[object, object] = {}  # one holder, speaker and key object per distinct value

    def one(value):
        return value if value is None else shared.setdefault(value, value)

    statement = _sharing(_SHARED, StoredStatement)

    copies: dict[int, list[StoredStatement]] = {}
    for r in store.indexed_statement_copies(**where):
        copies.setdefault(r[0], []).append(_unflagged(statement(r[1:]))[0])
    claims = []
    for r in store.indexed_statements(**where):
        row, flipped = _unflagged(statement(r[:_STATEMENT_WIDTH]))
        key, name, kind, holder_country, speaker, speaker_key, pos = r[_STATEMENT_WIDTH:]
        holder = one(Holder(key, name, kind, holder_country))
        claims.append(Attributed(row, holder, one(speaker), one(speaker_key),
                                 tuple(copies.get(pos, ())), flipped))
    claims.sort(key=_claim_order)  # stable over the index's order, as Corpus.from_rows sorts
    return Corpus(claims, people, gazetteer)


def _unflagged(row: StoredStatement) -> tuple[StoredStatement, bool]:
    """An indexed row with its flip mark read: the key without it and the stance on the key."""
    from dataclasses import replace

    from .complements import flip_stance

    if not row.proposition_key.startswith(FLIP_MARK):
        return row, False
    return replace(row, proposition_key=row.proposition_key[len(FLIP_MARK):],
                   stance=flip_stance(row.stance)), True
