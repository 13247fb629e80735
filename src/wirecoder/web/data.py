"""What the web app reads, through the same library functions as the CLI commands.

One :class:`Data` per app, over one database read-only: a SQLite file is opened for each read
(an open costs under a millisecond); a PostgreSQL database through one connection per worker
thread, opened at its first read and kept for the next ones (the state stamp included), instead
of a connection per read (each costs the server a process and the client a round of
authentication). A connection the server dropped is opened anew, and the read retried once. The corpus (statements attributed, paraphrased keys merged, echoes folded)
and the quotes with their copies take a second or more to build, so they are built once and kept
until the database file changes (its size or modification time, or its WAL's).

The composition of each query follows its command exactly: ``positions``/``timeline``/``shifts``
build the corpus with :func:`wirecoder.corpus.index.load_corpus` (the corpus index when it is
fresh, else :meth:`wirecoder.corpus.positions.Corpus.load`) and ask
:class:`~wirecoder.corpus.positions.Corpus`; ``quotes`` calls
:func:`~wirecoder.corpus.quotes.select_quotes` on :meth:`Store.quotes` with the store's
propositions and people index; ``search`` uses the store's FTS5 query. A test compares the API
with the CLI's ``--json`` output on one store.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import StoreError
from ..corpus.echoes import DEFAULT_DAYS, DEFAULT_THRESHOLD
from ..corpus.identity import PeopleIndex, fold
from ..corpus.index import load_corpus
from ..corpus.positions import Attributed, Corpus, Position, Shift
from ..corpus.quotes import QuoteLine, select_quotes
from ..lexicon.gazetteer import load_gazetteer
from ..records import Analysis
from ..store.opening import open_store
from ..store.postgres import is_url
from ..store.sqlite import Store

__all__ = ["Data", "claim_record", "position_id"]


def _lost(store: Store) -> bool:
    """Whether a server store's connection is gone (closed, or broken by the server)."""
    conn = getattr(getattr(store, "db", None), "conn", None)
    return store.db is None or (conn is not None and (conn.closed or conn.broken))


def position_id(position: Position) -> tuple[str, str]:
    """What names a position in a URL: its holder's key and its proposition key."""
    return position.holder.key, position.key


def claim_record(position: Position | None, claim: Attributed) -> dict[str, Any]:
    """One statement as ``wirecoder timeline --json`` prints it (holder, proposition, key, then
    the statement's own fields)."""
    if position is None:
        return {"holder": claim.holder.name, "proposition": claim.row.proposition_text,
                "key": claim.row.proposition_key, **claim.to_dict()}
    return {"holder": position.holder.name, "proposition": position.proposition,
            "key": position.key, **claim.to_dict()}


@dataclass
class _Cached:
    stamp: tuple
    corpus: Corpus | None = None
    quote_inputs: tuple | None = None
    results: dict = field(default_factory=dict)


class Data:
    """The read side of one database for the web app."""

    _MAX_RESULTS = 256  # query results kept per database state

    def __init__(self, db: str | Path, *, lexical_keys: bool = False) -> None:
        self.db = db if is_url(db) else Path(db)  # a PostgreSQL URL stays a string
        self.lexical_keys = lexical_keys
        self._gazetteer = None  # loaded at first use (a second): the server listens first
        self._lock = threading.RLock()
        self._cache: _Cached | None = None
        self._local = threading.local()  # a server's store: this thread's open connection
        self._open: list[Store] = []  # every such connection, closed by close()
        with self.store():  # a missing or foreign file fails now, not at the first request
            pass

    @property
    def gazetteer(self):
        with self._lock:
            if self._gazetteer is None:
                self._gazetteer = load_gazetteer()
            return self._gazetteer

    # -- the store and the cache ---------------------------------------------------------
    def store(self) -> contextlib.AbstractContextManager[Store]:
        """The store, read-only, as a context manager: a SQLite file opened for this read (and
        closed after it), or this thread's connection to a PostgreSQL database (kept open)."""
        if not is_url(self.db):
            return open_store(self.db, readonly=True)
        return self._borrowed()

    @contextlib.contextmanager
    def _borrowed(self):
        store = getattr(self._local, "store", None)
        if store is None or _lost(store):
            if store is not None:
                self._drop(store)
            store = open_store(self.db, readonly=True)
            self._local.store = store
            with self._lock:
                self._open.append(store)
        try:
            yield store
        except BaseException:
            if _lost(store):  # the server dropped it: the next read opens another
                self._drop(store)
            raise

    def _drop(self, store: Store) -> None:
        if getattr(self._local, "store", None) is store:
            self._local.store = None
        with self._lock:
            if store in self._open:
                self._open.remove(store)
        with contextlib.suppress(Exception):
            store.close()

    def close(self) -> None:
        """Close every connection kept to a server (the app's shutdown)."""
        with self._lock:
            kept, self._open = self._open, []
        for store in kept:
            with contextlib.suppress(Exception):
                store.close()

    def _stamp(self) -> tuple:
        if is_url(self.db):  # a server's store: its state, read (cheaply) from the store itself
            return ("server", *self._with_store(lambda store: store.state()))
        out = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(str(self.db) + suffix)
                out.append((st.st_size, st.st_mtime_ns))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)

    def _current(self) -> _Cached:
        stamp = self._stamp()
        with self._lock:
            if self._cache is None or self._cache.stamp != stamp:
                self._cache = _Cached(stamp)
            return self._cache

    def _memo(self, key: tuple, compute: Callable[[], Any]) -> Any:
        cached = self._current()
        with self._lock:
            if key in cached.results:
                return cached.results[key]
        value = compute()
        with self._lock:
            if len(cached.results) >= self._MAX_RESULTS:
                cached.results.pop(next(iter(cached.results)))
            cached.results[key] = value
        return value

    def corpus(self) -> Corpus:
        """Every statement of the store as ``wirecoder positions`` builds it."""
        cached = self._current()
        with self._lock:
            if cached.corpus is None:
                cached.corpus = self._load_corpus()
            return cached.corpus

    def _load_corpus(self) -> Corpus:
        empty = self._with_store(lambda store: store.counts()["statements"] == 0)
        if empty:  # the CLI says so and stops; a page shows nothing
            return Corpus.from_rows([], self.gazetteer)
        # the library call behind `wirecoder positions` itself: from a fresh corpus index when
        # there is one (no embedding model, no folding)
        return self._with_store(lambda store: load_corpus(
            store, self.gazetteer, lexical_keys=self.lexical_keys, days=DEFAULT_DAYS,
            threshold=DEFAULT_THRESHOLD))

    def warm(self) -> None:
        """Build the corpus and the quote index now (the server does it after starting)."""
        self.corpus()
        self._quote_inputs()

    # -- articles ------------------------------------------------------------------------
    def articles(self, text=None, *, outlet=None, since=None, until=None, language=None,
                 limit=20, offset=0):
        return self._with_store(lambda store: store.find_articles(
            text, outlet=outlet, since=since, until=until, language=language, limit=limit,
            offset=offset))

    def counts(self, text=None, *, outlet=None, since=None, until=None, language=None,
               by="month"):
        return self._with_store(lambda store: store.article_counts(
            text, outlet=outlet, since=since, until=until, language=language, by=by))

    def outlets(self) -> list[tuple[str, int]]:
        return self._memo(("outlets",), lambda: self._with_store(lambda s: s.outlets()))

    def analysis(self, article_id: str) -> Analysis | None:
        return self._with_store(lambda store: store.analysis(article_id))

    def _with_store(self, work):
        """``work(store)``; on a server, once more on a new connection when the server dropped
        the kept one (restarted, or ended idle sessions) during it."""
        try:
            with self.store() as store:
                return work(store)
        except StoreError:
            if not is_url(self.db) or getattr(self._local, "store", None) is not None:
                raise  # not a lost connection
        with self.store() as store:
            return work(store)

    # -- quotes --------------------------------------------------------------------------
    def _quote_inputs(self) -> tuple:
        cached = self._current()
        with self._lock:
            if cached.quote_inputs is None:
                rows, propositions, names = self._with_store(lambda store: (
                    store.quotes(), store.propositions_of_quotes(), store.speaker_names()))
                cached.quote_inputs = (rows, propositions,
                                       PeopleIndex.build(names, self.gazetteer))
            return cached.quote_inputs

    def quotes(self, *, speaker=None, about=None, since=None, until=None, kind=None,
               outlet=None, all_copies=False) -> list[QuoteLine]:
        """``wirecoder quotes`` (``--speaker --about --since --until [--all]``), then by
        ``kind`` and ``outlet`` (the outlet of the line or of one of its copies)."""
        def compute():
            rows, propositions, people = self._quote_inputs()
            lines = select_quotes(
                rows, self.gazetteer, speaker=speaker, about=about, since=since, until=until,
                propositions=propositions if about else None, people=people,
                echoes=not all_copies, days=DEFAULT_DAYS, threshold=DEFAULT_THRESHOLD,
            )
            if kind:
                lines = [q for q in lines if q.quote.kind == kind]
            if outlet:
                want = fold(outlet)
                lines = [q for q in lines
                         if any(fold(r.outlet or "") == want for r in (q.quote, *q.copies))]
            return lines
        return self._memo(("quotes", speaker, about, since, until, kind, outlet, all_copies),
                          compute)

    def speakers(self) -> list[dict[str, Any]]:
        """Everyone quoted, as ``wirecoder quotes`` resolves them, with their quote counts."""
        def compute():
            lines = self.quotes()
            counts: Counter[str] = Counter()
            info: dict[str, dict[str, Any]] = {}
            for q in lines:
                if not q.speaker:
                    continue
                counts[q.speaker] += 1
                entry = info.setdefault(q.speaker, {
                    "name": q.speaker, "key": q.speaker_key, "type": q.quote.speaker_type,
                    "country": None, "first": q.quote.date, "last": q.quote.date,
                    "outlets": []})
                entry["country"] = entry["country"] or q.quote.speaker_country
                if q.quote.date:
                    entry["first"] = entry["first"] or q.quote.date
                    entry["last"] = q.quote.date
                for r in (q.quote, *q.copies):
                    if r.outlet and r.outlet not in entry["outlets"]:
                        entry["outlets"].append(r.outlet)
            out = [{**info[name], "quotes": n} for name, n in counts.items()]
            out.sort(key=lambda s: (-s["quotes"], fold(s["name"])))
            return out
        return self._memo(("speakers",), compute)

    def roles(self, lines: list[QuoteLine], *, most: int = 40) -> list[str]:
        """The roles the articles give the speaker of ``lines`` (from at most ``most`` of
        their analyses), most frequent first."""
        counts: Counter[str] = Counter()
        articles = list(dict.fromkeys(q.quote.article_id for q in lines))[:most]
        analyses = self._with_store(lambda store: [store.analysis(a) for a in articles])
        for article_id, analysis in zip(articles, analyses):
            if analysis is None:
                continue
            quotes = {q.id: q for q in analysis.quotes}
            entities = {e.id: e for e in analysis.entities}
            for line in lines:
                if line.quote.article_id != article_id:
                    continue
                quote = quotes.get(line.quote.quote_id)
                entity = entities.get(quote.speaker.entity) if quote and quote.speaker.entity else None
                if entity is not None and entity.role:
                    counts[entity.role] += 1
        return [role for role, _ in counts.most_common()]

    # -- positions, timelines, shifts ----------------------------------------------------
    def positions(self, *, actor=None, about=None, since=None, until=None, by="holder"):
        """``wirecoder positions`` (an unknown actor: no positions, as the CLI prints none)."""
        def compute():
            corpus = self.corpus()
            if actor and not corpus.actor(actor).known:
                return []
            return corpus.positions(actor=actor, about=about, since=since, until=until, by=by)
        return self._memo(("positions", actor, about, since, until, by), compute)

    def position(self, holder: str, key: str, *, by="holder") -> Position | None:
        for p in self.positions(by=by):
            if position_id(p) == (holder, key):
                return p
        return None

    def statements(self, *, actor=None, about=None, since=None, until=None):
        def compute():
            corpus = self.corpus()
            if actor and not corpus.actor(actor).known:
                return []
            return corpus.select(actor=actor, about=about, since=since, until=until)
        return self._memo(("statements", actor, about, since, until), compute)

    def shifts(self, *, actor=None, about=None, since=None, until=None, by="holder",
               kinds=None) -> list[Shift]:
        def compute():
            corpus = self.corpus()
            if actor and not corpus.actor(actor).known:
                return []
            return corpus.shifts(actor=actor, about=about, since=since, until=until, by=by,
                                 kinds=kinds)
        return self._memo(("shifts", actor, about, since, until, by,
                           tuple(kinds) if kinds else None), compute)

    # -- events --------------------------------------------------------------------------
    def events(self, *, actor=None, category=None, since=None, until=None) -> list[dict]:
        """Stored events, each with its article; by actor or recipient (name or country, any
        form), PLOVER category, and the event's date (else its article's) within the range:
        :func:`wirecoder.corpus.events.query_events`, as ``wirecoder events`` runs it."""
        from ..corpus.events import query_events

        def compute():
            found = self._with_store(lambda store: query_events(
                store, self.gazetteer, actor=actor, category=category, since=since, until=until))
            return [e.to_dict() for e in found]
        return self._memo(("events", actor, category, since, until), compute)
