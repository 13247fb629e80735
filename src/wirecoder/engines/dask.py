"""``analyze()`` on a Dask cluster (``wirecoder ingest PATH --engine dask [--scheduler ADDR]``),
the analyses going through Parquet shards of the flat records.

:class:`DaskAnalyzer` partitions its input into chunks of ``chunk`` articles and sends each to a
Dask worker (a :class:`distributed.LocalCluster` of ``jobs`` worker processes, one thread each,
by default; any scheduler's address to scale out). A worker loads the pipeline once (it is
cached per process: :func:`wirecoder.analysis.load_pipeline`) and returns the chunk's records as
Parquet: one table per kind of flat record (:data:`SHARD_TABLES`, the rows of
:func:`wirecoder.export.tables.to_records` and :func:`wirecoder.export.store_rows.event_rows`,
typed as ``wirecoder export --format parquet`` types them) and ``articles``, the articles with
their packed analysis (:func:`wirecoder.store.packing.pack`). This process writes them under the
shards folder as ``TABLE/part-KEY.parquet`` (KEY: a hash of the chunk's article ids; the
articles shard is written last, so it stands for a complete shard), reads the analyses back
from the articles shard and yields them, with the failures, in input order, as
:meth:`Pipeline.analyze_many` does: the caller stores them through the ordinary write path
(:func:`wirecoder.store.ingest.ingest`, one writer), so the store's rows are those of a plain
ingest.

Resumable by article id: the caller skips articles already stored; an article already in a
shard of the folder (a run interrupted after its shard was written) is read from it, not
analysed again, so no article is in two shards (``ingest`` gives each article once; an article
given twice among the chunks in flight could be). ``force`` analyses it again and removes the
old shards that hold it, whole: their other articles stay in the store, not in the folder.
Memory stays flat: at most two chunks per worker are in flight.

A worker that dies (killed, out of memory) has its task retried by the scheduler on another
worker (its nanny starts a new one); after ``distributed.scheduler.allowed-failures`` deaths
(3) the chunk's articles fail with "worker died"; an exception in a task fails the articles of
its chunk; a pipeline that cannot be loaded stops the run (:class:`ModelError`); a scheduler
with no worker is an error after ``wait_for_workers`` seconds.

Imported only by ``--engine dask`` (Dask and pyarrow load with it).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections import deque
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..article import Article, as_article
from ..config import Config
from ..errors import ModelError, WirecoderError
from ..readers import Failure
from ..records import Analysis
from .processes import DEFAULT_CHUNK, default_jobs

__all__ = ["ARTICLE_COLUMNS", "SHARD_TABLES", "DaskAnalyzer", "read_shard_analyses", "shard_tables"]

#: The tables of a shard, ``articles`` last (it is written last).
#: ``embeds`` (the social posts embedded in the articles) as ``wirecoder export embeds`` gives
#: them from the store (session 8: the shards had none).
SHARD_TABLES = ("quotes", "statements", "entities", "mentions", "times", "embeds", "events",
                "articles")

#: The columns of the ``articles`` shard: the article's fields and its packed analysis (binary),
#: every column of the store's ``articles`` table (``id`` as ``article_id``; ``authors`` as
#: there, a JSON array of names or null) but its row key and ``ingested_at``, and ``site``.
ARTICLE_COLUMNS = (
    "article_id", "source", "url", "outlet", "site", "title", "published", "published_source",
    "dateline_place", "dateline_agency", "language", "text", "analysis", "authors",
)

_IN_FLIGHT_PER_WORKER = 2


# ------------------------------------------------------------------------------ on the workers


def shard_tables(analyses: list[Analysis]) -> dict[str, bytes]:
    """The Parquet bytes of each table of :data:`SHARD_TABLES` for ``analyses``."""
    from ..export.store_rows import EVENT_COLUMNS, event_rows, write
    from ..export.tables import COLUMNS, to_records

    out: dict[str, bytes] = {}
    for table in SHARD_TABLES[:-1]:
        if table == "events":
            columns, records = EVENT_COLUMNS, [r for a in analyses for r in event_rows(a)]
        else:
            columns, records = COLUMNS[table], to_records(analyses, table)
        buffer = io.BytesIO()
        write(columns, records, "parquet", path=buffer)
        out[table] = buffer.getvalue()
    out["articles"] = _articles_parquet(analyses)
    return out


def _articles_parquet(analyses: list[Analysis]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..store.packing import pack
    from ..store.sqlite import authors_column

    schema = pa.schema([(c, pa.binary() if c == "analysis" else pa.string()) for c in ARTICLE_COLUMNS])
    rows = []
    for a in analyses:
        art = a.article
        rows.append({
            "article_id": art.id, "source": art.source, "url": art.url, "outlet": art.outlet,
            "site": art.site, "title": art.title, "published": art.published,
            "published_source": art.published_source,
            "dateline_place": art.dateline.place if art.dateline else None,
            "dateline_agency": art.dateline.agency if art.dateline else None,
            "language": art.language, "text": art.text, "analysis": pack(a),
            "authors": authors_column(art.authors),
        })
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), buffer)
    return buffer.getvalue()


def _analyse_on_worker(items: list[Article], config: Config) -> tuple[list, dict[str, bytes] | None]:
    """A task: the chunk's results in order (an article id for each analysis, a Failure for
    each failure) and its shard tables (None when nothing was analysed)."""
    from ..analysis import load_pipeline
    from .processes import _analyse_chunk

    pipeline = load_pipeline(config)  # once per worker process (cached)
    results = _analyse_chunk(pipeline, items)
    analyses = [r for r in results if isinstance(r, Analysis)]
    order = [r.article.id if isinstance(r, Analysis) else r for r in results]
    return order, (shard_tables(analyses) if analyses else None)


# ------------------------------------------------------------------------------ the shards folder


def read_shard_analyses(path: str | os.PathLike) -> dict[str, Analysis]:
    """``article id → Analysis`` of an articles shard (the packed analyses, unpacked)."""
    import pyarrow.parquet as pq

    from ..store.packing import unpack

    table = pq.read_table(path, columns=["article_id", "text", "analysis"])
    return {i: unpack(p, t) for i, t, p in zip(*(table.column(c).to_pylist()
                                                  for c in ("article_id", "text", "analysis")))}


class _Shards:
    """The shards folder: where each stored article's shard is, and writing shards."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        self.where: dict[str, str] = {}  # article id → key of the shard holding it
        self.held: dict[str, list[str]] = {}  # shard key → the ids of its articles
        import pyarrow.parquet as pq

        for path in sorted((self.folder / "articles").glob("part-*.parquet")):
            key = path.stem.removeprefix("part-")
            try:
                ids = pq.read_table(path, columns=["article_id"]).column(0).to_pylist()
            except Exception:  # noqa: BLE001 - a damaged shard: its articles are analysed again
                self.remove(key)
                continue
            self.add(key, ids)

    def path(self, table: str, key: str) -> Path:
        return self.folder / table / f"part-{key}.parquet"

    def write(self, key: str, tables: dict[str, bytes]) -> Path:
        """Write a shard, each file atomically, its articles table last; its path."""
        for table in SHARD_TABLES:
            path = self.path(table, key)
            part = path.with_name(path.name + ".part")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                part.write_bytes(tables[table])
                os.replace(part, path)
            except OSError as err:
                raise WirecoderError(
                    f"cannot write the shard {path} ({err.strerror or err}); give a folder with "
                    "room that this user can write with --shards DIR, then rerun to resume") from None
        return self.path("articles", key)

    def add(self, key: str, ids: list[str]) -> None:
        self.held[key] = list(ids)
        for article_id in ids:
            self.where[article_id] = key

    def remove(self, key: str) -> None:
        """Remove a shard (its articles table first: the rest is then no shard)."""
        for table in reversed(SHARD_TABLES):
            try:
                self.path(table, key).unlink()
            except FileNotFoundError:
                pass
        for article_id in self.held.pop(key, ()):
            if self.where.get(article_id) == key:
                del self.where[article_id]


def shard_key(ids: Iterable[str]) -> str:
    return hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:20]


# ------------------------------------------------------------------------------ the client side


@dataclass
class _Chunk:
    items: list  # the input items, in order
    future: Any = None  # the task analysing the fresh articles, if any
    fresh: list | None = None  # the articles sent to it


class DaskAnalyzer:
    """``analyze_many`` on a Dask cluster, through Parquet shards (see the module docstring).

    ``scheduler``: a scheduler's address (``tcp://host:8786``); None starts a LocalCluster of
    ``jobs`` worker processes (default: every core). ``shards``: the shards folder. ``notes``:
    called with one-line messages for stderr (the cluster used). ``wait_for_workers``: seconds
    to wait for a first worker when the scheduler has none (then a :class:`WirecoderError`:
    tasks would wait for ever).

    The local cluster's workers are started with ``spawn``: a script that uses this class
    starts its work under ``if __name__ == "__main__":``, as with :mod:`multiprocessing`."""

    def __init__(self, config: Config = Config(), *, scheduler: str | None = None,
                 jobs: int | None = None, chunk: int = DEFAULT_CHUNK,
                 shards: str | os.PathLike = "wirecoder.db.shards", force: bool = False,
                 notes=lambda text: None, wait_for_workers: float = 60.0) -> None:
        _require()
        self.config = config
        self.scheduler = scheduler
        self.jobs = max(int(jobs if jobs is not None else default_jobs()), 1)
        self.chunk = max(int(chunk), 1)
        self.shards_folder = shards
        self.force = force
        self.notes = notes
        self.wait_for_workers = wait_for_workers
        self.reused = 0  # analyses read from shards of an earlier run

    def analyze_many(self, articles: Iterable[Article | str | Failure]) -> Iterator:
        items = iter(articles)
        first = list(islice(items, self.chunk))
        if not first:
            return
        if self.scheduler is not None:
            _check_address(self.scheduler)
        shards = _Shards(self.shards_folder)
        client, cluster = self._connect()
        try:
            workers = max(len(client.scheduler_info(n_workers=-1)["workers"]), 1)
            pending: deque[_Chunk] = deque()
            chunk = first
            while chunk or pending:
                while chunk and len(pending) < _IN_FLIGHT_PER_WORKER * workers:
                    pending.append(self._submit(client, shards, chunk))
                    chunk = list(islice(items, self.chunk))
                yield from self._results(shards, pending.popleft())
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    # -- the cluster ---------------------------------------------------------------------------
    def _connect(self):
        logging.getLogger("distributed").setLevel(logging.ERROR)
        from distributed import Client, LocalCluster

        if self.scheduler is None:
            import dask

            # no dashboard, hence no use for the workers' statistical profiler (it samples every
            # 10 ms: 1.4 s of the workers' 15 s CPU on 40 articles, measured); the HTTP server
            # on a free port
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                cluster = LocalCluster(n_workers=self.jobs, processes=True, threads_per_worker=1,
                                       silence_logs=logging.ERROR, dashboard_address=":0",
                                       scheduler_kwargs={"dashboard": False})
            self.notes(f"dask: a local cluster of {self.jobs} worker process(es); "
                       f"shards in {self.shards_folder}")
            return Client(cluster, set_as_default=False), cluster
        try:
            client = Client(self.scheduler, set_as_default=False)
        except (OSError, TimeoutError, ValueError, TypeError) as err:
            raise _unreachable(self.scheduler, err) from None
        workers = len(client.scheduler_info(n_workers=-1)["workers"])
        if workers == 0:
            try:
                client.wait_for_workers(1, timeout=self.wait_for_workers)
            except (TimeoutError, OSError):
                client.close()
                raise WirecoderError(
                    f"the Dask scheduler at {self.scheduler!r} has no worker (waited "
                    f"{self.wait_for_workers:g} s); start some with `dask worker "
                    f"{self.scheduler}` on machines where wirecoder is installed") from None
            workers = len(client.scheduler_info(n_workers=-1)["workers"])
        self.notes(f"dask: scheduler {self.scheduler} with {workers} worker(s); "
                   f"shards in {self.shards_folder}")
        return client, None

    def _submit(self, client, shards: _Shards, items: list) -> _Chunk:
        fresh = []
        for item in items:
            if isinstance(item, Failure):
                continue
            article = as_article(item)
            key = shards.where.get(article.id)
            if key is not None and self.force:
                shards.remove(key)
                key = None
            if key is None:
                fresh.append(article)
        if not fresh:
            return _Chunk(items)
        future = client.submit(_analyse_on_worker, fresh, self.config, pure=False)
        return _Chunk(items, future, fresh)

    def _results(self, shards: _Shards, chunk: _Chunk) -> Iterator:
        """The chunk's results in input order."""
        fresh: dict[str, Analysis | Failure] = {}
        if chunk.future is not None:
            fresh = self._collect(shards, chunk)
        loaded: dict[str, dict[str, Analysis]] = {}  # shard key → its analyses
        for item in chunk.items:
            if isinstance(item, Failure):
                yield item
                continue
            article = as_article(item)
            if article.id in fresh:
                yield fresh[article.id]
                continue
            key = shards.where[article.id]
            if key not in loaded:
                loaded[key] = read_shard_analyses(shards.path("articles", key))
            self.reused += 1
            yield loaded[key][article.id]

    def _collect(self, shards: _Shards, chunk: _Chunk) -> dict[str, Analysis | Failure]:
        """``article id → result`` of the chunk's task, its shard written and read back."""
        from distributed import KilledWorker

        try:
            order, tables = chunk.future.result()
        except ModelError:
            raise
        except KilledWorker as err:
            return {a.id: _failed(a, f"worker died while analysing article {a.id} (Dask: {err})")
                    for a in chunk.fresh}
        except Exception as err:  # noqa: BLE001 - the task failed: its articles fail
            detail = " ".join(str(err).split())[:300]
            return {a.id: _failed(a, f"analysis on a Dask worker failed ({type(err).__name__}: "
                                     f"{detail}) for article {a.id}") for a in chunk.fresh}
        finally:
            chunk.future.release()
        out: dict[str, Analysis | Failure] = {}
        analysed = [r for r in order if isinstance(r, str)]
        if tables is not None:
            key = shard_key(analysed)
            analyses = read_shard_analyses(shards.write(key, tables))
            shards.add(key, analysed)
            out.update(analyses)
        for article, result in zip(chunk.fresh, order):
            if isinstance(result, Failure):
                out[article.id] = result
        return out


def _require() -> None:
    """Dask's distributed scheduler and pyarrow, or a WirecoderError saying how to get them."""
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as err:
        raise WirecoderError(f"--engine dask needs dask[distributed] and pyarrow ({err}); install "
                             "them (see requirements.lock), or use --jobs N without --engine") from None


def _unreachable(address: str, err: Exception) -> WirecoderError:
    detail = " ".join(str(err).split())[:200]
    return WirecoderError(
        f"cannot reach the Dask scheduler at {address!r} ({detail}); check the address "
        "(tcp://HOST:8786) and that `dask scheduler` runs there, or leave out --scheduler to "
        "run a local cluster")


def _check_address(address: str) -> None:
    """A scheduler address Dask can connect to (scheme and port), checked before a Client is
    made: a Client given a bad one fails, then prints a traceback when it is collected."""
    from distributed.comm import get_address_host_port, parse_address
    from distributed.comm.registry import backends

    try:
        scheme, _ = parse_address(address)
        if scheme not in backends:
            raise ValueError(f"unknown address scheme {scheme!r}; use tcp://, tls:// or ws://")
        get_address_host_port(address)
    except (ValueError, TypeError) as err:
        raise _unreachable(address, err) from None


def _failed(article: Article, reason: str) -> Failure:
    return Failure(article.source, reason + "; the run went on; rerun this input alone to see "
                   "whether it is the cause")
