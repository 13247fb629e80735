"""The PostgreSQL store: :class:`~wirecoder.store.sqlite.Store`'s own methods over a PostgreSQL
database (psycopg 3), chosen by a URL (``postgresql://user@host:port/dbname``, or
``postgres://``); see :func:`wirecoder.store.open_store`.

Nothing of the store's logic is written twice: :class:`PgStore` is the SQLite store with another
connection. Its :class:`PgConnection` takes the SQLite store's SQL and runs it in PostgreSQL's
dialect (:mod:`wirecoder.store.dialect`); what differs otherwise is opening, errors and
full-text search:

- the schema version is in a one-row table ``wirecoder_schema`` (``application_id``,
  ``version``); the same migrations (:data:`~wirecoder.store.schema.MIGRATIONS`) are applied, in
  the dialect, under a transaction-scoped advisory lock, so processes opening a new database at
  once migrate it exactly once. A migration that is a Python function (it rewrites SQLite rows)
  has its PostgreSQL counterpart in :data:`PG_STEPS` (None: nothing to do there);
- full-text search is a ``tsvector`` column of ``articles`` (title and text, generated, under a
  text search configuration ``wirecoder``: ``simple`` with ``unaccent`` when the server has it,
  as FTS5's ``remove_diacritics``) with a GIN index, queried with ``plainto_tsquery`` (every word
  must match; no operator syntax), ranked by ``ts_rank`` and highlighted by ``ts_headline``;
- ``COLLATE NOCASE`` is a case-insensitive ICU collation ``nocase``;
- writes are upserts by article id, each article in its transaction: two processes storing the
  same article queue on its row and the second replaces the first, so concurrent ingests of
  overlapping inputs end with one row per article. A lock held longer than ``lock_timeout``
  gives the store's "locked by another process" error; a deadlock or serialisation failure is
  retried;
- opened ``readonly``, the session is read-only (``default_transaction_read_only``) and
  nothing is migrated;
- any psycopg error becomes a :class:`~wirecoder.errors.StoreError` naming the URL without its
  password.
"""

from __future__ import annotations

import contextlib
import re
from typing import Callable, Iterable, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import StoreError
from . import dialect
from .schema import (
    APPLICATION_ID,
    EVENTS_DDL,
    MIGRATIONS,
    SCHEMA_VERSION,
    SPAN_TEXT_COLUMNS,
    StoreKind,
    repack_analyses,
    split_sql,
)
from .sqlite import DEFAULT_LOCK_TIMEOUT, Store, _fts_query

__all__ = ["PG_STEPS", "PgConnection", "PgStore", "is_url", "redact"]


_SCHEMES = ("postgresql", "postgres")
_CONNECT_TIMEOUT = 10  # seconds
_TS_CONFIG = "wirecoder"
_BAD_OPTION = re.compile(r"invalid (\w+ )?value|connection option|invalid URI", re.IGNORECASE)

#: The PostgreSQL counterparts of the migrations that are Python functions, by index in
#: MIGRATIONS. None: nothing to do (3, packing the stored analyses: a PostgreSQL store is
#: written packed from its start, and WITHOUT ROWID has no meaning there).
def _events_tables(db) -> None:
    """Schema 4 on PostgreSQL: the events tables of :data:`EVENTS_DDL`, translated. Nothing to
    fill in: a PostgreSQL store stores its events with each article from the start."""
    for statement in split_sql(EVENTS_DDL):
        translated = dialect.ddl(statement)
        if translated is not None:
            db.conn.execute(translated)


def _lean_tables(db) -> None:
    """Schema 6 on PostgreSQL: the span texts of :data:`SPAN_TEXT_COLUMNS` dropped (rebuilt on
    read from ``articles.text``, as on SQLite), and the stored analyses repacked as on SQLite.
    The search index is the ``tsvector`` column, as before; WITHOUT ROWID has no meaning here."""
    for table, column in SPAN_TEXT_COLUMNS:
        db.conn.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {column}")
    repack_analyses(db)


PG_STEPS: dict[int, Callable | None] = {2: None, 3: _events_tables, 5: _lean_tables}

#: What PostgreSQL adds to a migration (by index in MIGRATIONS), after its statements.
_PG_EXTRA: dict[int, tuple[str, ...]] = {
    0: (
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS fts tsvector GENERATED ALWAYS AS "
        f"(to_tsvector('{_TS_CONFIG}', coalesce(title, '') || ' ' || text)) STORED",
        "CREATE INDEX IF NOT EXISTS articles_fts ON articles USING GIN (fts)",
    ),
}

_ACCENTS = ("ALTER TEXT SEARCH CONFIGURATION wirecoder ALTER MAPPING FOR "
            "hword, hword_part, word WITH public.unaccent, simple")


def is_url(target: object) -> bool:
    """Whether ``--db`` names a PostgreSQL database (a URL) rather than a SQLite file."""
    return isinstance(target, str) and target.split("://", 1)[0].lower() in _SCHEMES \
        and "://" in target


def redact(url: str) -> str:
    """``url`` without its password (in the authority or as a ``password=`` parameter)."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            auth, host = netloc.rsplit("@", 1)
            if ":" in auth:
                netloc = f"{auth.split(':', 1)[0]}:***@{host}"
        query = parts.query
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            query = urlencode([(k, "***" if k.lower() == "password" else v) for k, v in pairs],
                              safe="*")
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def _secrets(url: str) -> list[str]:
    """The passwords ``url`` holds (in its authority, or as a ``password=`` parameter)."""
    found = []
    authority = url.split("://", 1)[-1].split("/", 1)[0]
    if "@" in authority and ":" in authority.rsplit("@", 1)[0]:
        found.append(authority.rsplit("@", 1)[0].split(":", 1)[1])
    query = url.split("?", 1)[1] if "?" in url else ""
    found += [v for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() == "password"]
    return [s for s in found if s]


class PgConnection:
    """A psycopg connection that takes the SQLite store's SQL: the part of ``sqlite3.Connection``
    the store uses (``execute``, ``executemany``, ``in_transaction``, ``close``)."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[object] = ()):
        translated = dialect.query(sql)
        cursor = self.conn.cursor()
        if translated is None:  # a PRAGMA: nothing to do here
            return _Empty()
        cursor.execute(translated, _pg_params(params))
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        rows = [_pg_params(row) for row in rows]
        if rows:
            self.conn.cursor().executemany(dialect.query(sql), rows)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.conn.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.conn.close()


class _Empty:
    def fetchone(self):
        return None

    def fetchall(self):
        return []


def _pg_params(params: Sequence[object]) -> tuple:
    """PostgreSQL's text cannot hold NUL: it becomes U+FFFD, one character for one, so offsets
    into a text stay right (lone surrogates are replaced by the store already)."""
    return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p
                 for p in params)


class PgStore(Store):
    """:class:`~wirecoder.store.sqlite.Store` over PostgreSQL (see the module's text)."""

    _FTS_FROM = f"articles a CROSS JOIN plainto_tsquery('{_TS_CONFIG}', ?) AS fq"
    _FTS_MATCH = "a.fts @@ fq"
    _FTS_SNIPPET = (f"ts_headline('{_TS_CONFIG}', a.text, fq, 'StartSel=[, StopSel=], "
                    "MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=\" … \"')")
    _FTS_RANK = "ts_rank(a.fts, fq) DESC, a.pk"
    _FTS_TERMS = staticmethod(_fts_query)  # plainto_tsquery reads the words
    _NO_LIMIT = None

    def __init__(self, url: str, *, readonly: bool = False,
                 lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        self.url = url
        self.path = redact(url)  # what every message names
        self.readonly = readonly
        self.lock_timeout = max(float(lock_timeout), 0.0)
        self.db: PgConnection | None = None
        self.version = SCHEMA_VERSION
        self._open(readonly, lambda: PgConnection(self._connect_pg()))

    # -- opening ---------------------------------------------------------------------------
    def _connect_pg(self):
        import psycopg
        from psycopg.conninfo import conninfo_to_dict

        try:
            urlsplit(self.url).port  # a port that is not a number raises ValueError
            conninfo_to_dict(self.url)
        except (ValueError, psycopg.Error) as err:
            raise StoreError(f"{self.path}: not a valid PostgreSQL URL ({self._first_line(err)}); "
                             "give postgresql://USER@HOST:PORT/DBNAME") from None
        try:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=_CONNECT_TIMEOUT,
                                   application_name="wirecoder")
        except psycopg.ProgrammingError as err:  # the URL itself: a bad option or value
            raise StoreError(f"{self.path}: not a valid PostgreSQL URL ({self._first_line(err)}); "
                             "give postgresql://USER@HOST:PORT/DBNAME") from None
        except psycopg.Error as err:
            if _BAD_OPTION.search(str(err)):  # libpq's word for a bad value in the URL
                raise StoreError(f"{self.path}: not a valid PostgreSQL URL "
                                 f"({self._first_line(err)}); give "
                                 "postgresql://USER@HOST:PORT/DBNAME") from None
            raise StoreError(f"{self.path}: cannot connect to the PostgreSQL server "
                             f"({self._first_line(err)}); check that it runs and that the URL's "
                             "host, port, user and database are right") from None
        try:
            milliseconds = max(int(self.lock_timeout * 1000), 1)
            conn.execute(f"SET lock_timeout = {milliseconds}")
            if self.readonly:
                conn.execute("SET default_transaction_read_only = on")
        except psycopg.Error as err:
            conn.close()
            raise StoreError(f"{self.path}: cannot open ({self._first_line(err)})") from None
        return conn

    def _first_line(self, err: Exception) -> str:
        """The gist of a psycopg message, on one line, without the URL's password."""
        lines = [line.strip() for line in str(err).splitlines() if line.strip()]
        text = lines[0] if lines else type(err).__name__
        for line in lines[1:]:  # libpq puts the reason after "connection to server ... failed:"
            if text.endswith("failed:"):
                text = f"{text} {line}"
                break
        text = re.sub(r"^connection failed:\s*", "", text)
        for secret in _secrets(self.url):
            text = text.replace(secret, "***")
        return text

    def _open_for_writing(self) -> None:
        found = self._transaction(self._migrate)
        self._refuse(found)
        self.version = SCHEMA_VERSION

    def _open_readonly(self) -> None:
        found = self._identify()
        self._accept_readable(found)

    def compact_search_index(self) -> None:
        """Nothing to do: the GIN index needs no merging of segments (autovacuum keeps it)."""

    def _identify(self) -> StoreKind:
        tables = tuple(sorted(name for (name,) in self.db.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()")))
        if "wirecoder_schema" not in tables:
            return StoreKind("new" if not tables else "foreign", 0, False, tables)
        row = self.db.execute("SELECT application_id, version FROM wirecoder_schema").fetchone()
        if row is None:
            return StoreKind("new" if tables == ("wirecoder_schema",) else "foreign", 0, False,
                             tables)
        app_id, version = row
        kind = "wirecoder" if app_id == APPLICATION_ID else "foreign"
        return StoreKind(kind, version, app_id == APPLICATION_ID, tables)

    def _migrate(self) -> StoreKind:
        """Bring the database to SCHEMA_VERSION, in the caller's transaction, holding the
        advisory lock that every opening writer takes (so one migrates, the others wait and
        find it done). Returns what it was before."""
        db = self.db
        db.execute("SELECT pg_advisory_xact_lock(?)", (APPLICATION_ID,))
        found = self._identify()
        if found.kind == "foreign" or found.version > SCHEMA_VERSION:
            return found
        if found.version == SCHEMA_VERSION:
            return found
        if found.kind == "new":
            self._prepare()
        for number in range(found.version, SCHEMA_VERSION):
            step = MIGRATIONS[number]
            if callable(step):
                if number not in PG_STEPS:
                    raise StoreError(f"{self.path}: schema migration {number + 1} has no "
                                     "PostgreSQL form in this wirecoder; please report this")
                counterpart = PG_STEPS[number]
                if counterpart is not None:
                    counterpart(db)
            else:
                for statement in split_sql(step):
                    translated = dialect.ddl(statement)
                    if translated is not None:
                        db.conn.execute(translated)
            for statement in _PG_EXTRA.get(number, ()):
                db.conn.execute(statement)
            db.execute("UPDATE wirecoder_schema SET version = ?", (number + 1,))
        return found

    def _prepare(self) -> None:
        """A new database: the version table, the nocase collation, the text search
        configuration (with unaccent when the server has it and lets us create it)."""
        conn = self.db.conn
        conn.execute("CREATE TABLE IF NOT EXISTS wirecoder_schema "
                     "(application_id BIGINT NOT NULL, version INTEGER NOT NULL)")
        conn.execute("INSERT INTO wirecoder_schema VALUES (%s, 0)", (APPLICATION_ID,))
        conn.execute("CREATE COLLATION IF NOT EXISTS nocase "
                     "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)")
        exists = conn.execute(
            "SELECT 1 FROM pg_ts_config WHERE cfgname = %s "
            "AND cfgnamespace = current_schema()::regnamespace", (_TS_CONFIG,)).fetchone()
        if exists is None:
            conn.execute(f"CREATE TEXT SEARCH CONFIGURATION {_TS_CONFIG} (COPY = simple)")
            import psycopg

            try:
                with conn.transaction():  # a savepoint: a server without unaccent goes on
                    conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
                    conn.execute(_ACCENTS)
            except psycopg.Error:
                pass

    def _refuse(self, found: StoreKind) -> None:
        if found.kind == "foreign":
            tables = ", ".join(found.tables[:6]) + (", …" if len(found.tables) > 6 else "")
            raise StoreError(
                f"{self.path}: a PostgreSQL database that is not a wirecoder store "
                f"(tables: {tables or 'none'}); wirecoder neither reads nor changes it: "
                "give another database"
            )
        super()._refuse(found)

    # -- errors, locks and transactions ----------------------------------------------------
    @contextlib.contextmanager
    def _guard(self, what: str):
        import psycopg

        try:
            yield
        except psycopg.Error as err:
            raise StoreError(self._explain(err, what)) from None

    def _explain(self, err, what: str) -> str:
        import psycopg.errors as e

        if isinstance(err, e.LockNotAvailable):
            return (
                f"{self.path}: the database is locked by another process; gave up ({what}) after "
                f"waiting {self.lock_timeout:g} s; stop the other process, or wait longer with "
                "--lock-timeout SECONDS"
            )
        if isinstance(err, e.ReadOnlySqlTransaction):
            return f"{self.path}: the store is opened read-only here; {what} needs a writable one"
        if isinstance(err, (e.DiskFull, e.OutOfMemory)):
            return f"{self.path}: the server is out of space ({self._first_line(err)}); " \
                   "free some space and rerun"
        if isinstance(err, e.InsufficientPrivilege):
            return (f"{self.path}: permission denied ({self._first_line(err)}); {what} needs a "
                    "user with the rights to it")
        if isinstance(err, e.OperationalError):
            return (f"{self.path}: lost the connection to the PostgreSQL server ({what}: "
                    f"{self._first_line(err)}); check the server and rerun")
        return f"{self.path}: cannot {what} ({self._first_line(err)})"

    _BEGIN = "BEGIN"

    def _transient(self, err: Exception) -> bool:
        """A deadlock or a serialisation failure: a retry outlasts it (a lock wait itself ends at
        ``lock_timeout``)."""
        import psycopg.errors as e

        return isinstance(err, (e.DeadlockDetected, e.SerializationFailure))

    def _driver_error(self) -> type[Exception]:
        import psycopg

        return psycopg.Error
