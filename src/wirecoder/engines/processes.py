"""``analyze_many`` on every core: worker processes, each with the pipeline loaded once.

:class:`ParallelAnalyzer` sends the input, in chunks of ``chunk`` articles, to ``jobs`` worker
processes and yields the results in input order, as :meth:`Pipeline.analyze_many` does. Where
the system can ``fork`` (Linux, macOS), the pipeline is loaded once, in this process, and the
workers are forked from it: they share its memory pages and none loads the model again (as
spaCy's own ``nlp.pipe(n_process=...)`` does); elsewhere they are spawned and each loads it. A worker holds one chunk at a time and gets the
next as soon as it returns one (before the caller sees the results), so memory stays flat on any
input; the results are written by the caller, in the main process.

A worker that dies (killed, out of memory, a crash in native code) fails the articles of the
chunk it was working on, with "worker died ..."; a new worker takes its place and the run goes
on. An input of one chunk or less is analysed in this process: the workers' start-up (each loads
the model) would cost more than it saves.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import wait
from typing import Iterable, Iterator

from ..article import Article, as_article
from ..config import Config
from ..errors import ModelError
from ..readers import Failure

__all__ = ["DEFAULT_CHUNK", "ParallelAnalyzer", "analyze_parallel", "default_jobs"]

#: Articles sent to a worker at a time.
DEFAULT_CHUNK = 16

_PER_WORKER = 1  # chunks sent to a worker at once: a second one could deadlock the pipes (both
# ends blocked sending) and would fail with the first if the worker died


def default_jobs() -> int:
    """The number of cores this process may run on."""
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        return max(count() or 1, 1)
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):
        return max(os.cpu_count() or 1, 1)


def analyze_parallel(
    articles: Iterable[Article | str | Failure], config: Config = Config(), *, jobs: int | None = None,
    chunk: int = DEFAULT_CHUNK,
) -> Iterator:
    """The results of ``articles`` (Analyses and Failures, in input order), analysed by ``jobs``
    worker processes (default: every core)."""
    return ParallelAnalyzer(config, jobs=jobs, chunk=chunk).analyze_many(articles)


# ------------------------------------------------------------------------------ the workers


def _worker(conn, config: Config, pipeline=None, inherited=()) -> None:
    """A worker's life: load the pipeline (unless it was forked with it), then analyse chunks
    until told to stop (``None``) or until the main process is gone (its end of the pipe
    closed).

    ``inherited`` are the main process's ends of the pipes, its own and the other workers', that
    a forked worker holds copies of: it closes them first, or the main process's death (killed,
    out of memory) would close no pipe and the workers would wait on it for ever."""
    for end in inherited:
        end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    from ..analysis import load_pipeline

    try:
        if pipeline is None:
            try:
                pipeline = load_pipeline(config)
            except Exception as err:  # noqa: BLE001 - reported to the main process, which raises it
                conn.send(("error", f"{err}"))
                return
        conn.send(("ready", os.getpid(), id(pipeline)))
        while True:
            task = conn.recv()
            if task is None:
                return
            number, items = task
            results = _analyse_chunk(pipeline, items)
            conn.send(("done", number, results, time.process_time()))
    except (EOFError, OSError):  # the main process is gone: nobody to work for
        return


def _analyse_chunk(pipeline, items: list) -> list:
    try:
        return list(pipeline.analyze_many(items))
    except Exception:  # noqa: BLE001 - an error outside the stages: find its article
        from ..analysis import _bug

        out = []
        for item in items:
            try:
                out.extend(pipeline.analyze_many([item]))
            except Exception as err:  # noqa: BLE001 - fails this article only
                out.append(_bug(as_article(item), err))
        return out


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: object
    chunks: deque = field(default_factory=deque)  # numbers of the chunks sent, oldest first


class ParallelAnalyzer:
    """``analyze_many`` over ``jobs`` worker processes (see the module's docstring)."""

    def __init__(self, config: Config = Config(), *, jobs: int | None = None,
                 chunk: int = DEFAULT_CHUNK) -> None:
        self.config = config
        self.jobs = max(int(jobs if jobs is not None else default_jobs()), 1)
        self.chunk = max(int(chunk), 1)
        self.restarts = 0
        self.worker_cpu: dict[int, float] = {}  # pid → CPU seconds it used, as last reported
        self.worker_pipelines: dict[int, int] = {}  # pid → id() of the pipeline it runs
        self._fork = "fork" in multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("fork" if self._fork else "spawn")
        self._pipeline = None  # loaded here before the first fork, shared by every worker
        self._workers: list[_Worker] = []

    def pids(self) -> dict[int, list[int]]:
        """``pid → numbers of the chunks it holds`` of the running workers."""
        return {w.process.pid: list(w.chunks) for w in self._workers}

    def analyze_many(self, articles: Iterable[Article | str | Failure]) -> Iterator:
        items = iter(articles)
        first = list(islice(items, self.chunk))
        if len(first) < self.chunk:  # one chunk or less: not worth starting workers
            from ..analysis import load_pipeline

            yield from load_pipeline(self.config).analyze_many(first)
            return
        yield from self._run(_chunks(first, items, self.chunk))

    # -- the pool ----------------------------------------------------------------------------
    def _start(self) -> _Worker:
        if self._fork and self._pipeline is None:
            from ..analysis import load_pipeline

            try:
                self._pipeline = load_pipeline(self.config)
            except ModelError as err:
                raise ModelError(f"a worker could not load the pipeline: {err}") from None
        ours, theirs = self._context.Pipe()
        inherited = (ours, *(w.conn for w in self._workers)) if self._fork else ()
        process = self._context.Process(target=_worker,
                                        args=(theirs, self.config, self._pipeline, inherited),
                                        daemon=True, name="wirecoder-worker")
        if self._fork:  # the child's collector leaves the inherited objects (the model) alone, so
            gc.freeze()  # their pages stay shared rather than copied on its first collection
        try:
            process.start()
        finally:
            if self._fork:
                gc.unfreeze()
        theirs.close()
        worker = _Worker(process, ours)
        self._workers.append(worker)
        return worker

    def _stop(self) -> None:
        for w in self._workers:
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
        for w in self._workers:
            w.process.join(timeout=5)
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            w.conn.close()
        self._workers = []

    def _run(self, chunks: Iterator[tuple[int, list]]) -> Iterator:
        sent: dict[int, list] = {}  # chunk number → its items, until its results arrive
        done: dict[int, list] = {}
        ready: set[int] = set()  # ids of workers that have loaded the model
        next_out = 0
        exhausted = False
        try:
            for _ in range(self.jobs):
                self._start()
            while True:
                # hand out chunks to every worker with room
                for w in self._workers:
                    while not exhausted and id(w) in ready and len(w.chunks) < _PER_WORKER:
                        number, items = next(chunks, (None, None))
                        if number is None:
                            exhausted = True
                            break
                        sent[number] = items
                        w.chunks.append(number)
                        w.conn.send((number, items))
                while next_out in done:
                    yield from done.pop(next_out)
                    next_out += 1
                if exhausted and not sent:
                    return
                self._collect(ready, sent, done)
        finally:
            self._stop()

    def _collect(self, ready: set[int], sent: dict[int, list], done: dict[int, list]) -> None:
        """Wait for a message from a worker, or for a worker to die, and take it in."""
        by_key = {}
        for w in self._workers:
            by_key[w.conn] = w
            by_key[w.process.sentinel] = w
        for key in wait(list(by_key)):
            w = by_key[key]
            if w not in self._workers:
                continue
            if key is w.conn or w.conn.poll():
                if self._receive(w, ready, sent, done):
                    continue
            if not w.process.is_alive():
                self._replace(w, ready, sent, done)

    def _receive(self, w: _Worker, ready: set[int], sent: dict, done: dict) -> bool:
        """Take in what ``w`` sent; False when its pipe closed (it died)."""
        try:
            while w.conn.poll():
                message = w.conn.recv()
                if message[0] == "ready":
                    ready.add(id(w))
                    self.worker_pipelines[message[1]] = message[2]
                elif message[0] == "error":
                    raise ModelError(f"a worker could not load the pipeline: {message[1]}")
                else:
                    _, number, results, cpu = message
                    self.worker_cpu[w.process.pid] = cpu
                    w.chunks.remove(number)
                    sent.pop(number)
                    done[number] = results
        except (EOFError, OSError):
            return False
        return True

    def _replace(self, w: _Worker, ready: set[int], sent: dict, done: dict) -> None:
        """``w`` died: the articles of the chunk it held fail; a new worker takes its place."""
        w.process.join()
        code = w.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        if id(w) not in ready:
            raise ModelError(f"a worker died while loading the pipeline ({how})")
        self._workers.remove(w)
        w.conn.close()
        for number in w.chunks:
            done[number] = [_died(item, how) for item in sent.pop(number)]
        self.restarts += 1
        self._start()


def _chunks(first: list, rest: Iterator, size: int) -> Iterator[tuple[int, list]]:
    number = 0
    chunk = first
    while chunk:
        yield number, chunk
        number += 1
        chunk = list(islice(rest, size))


def _died(item, how: str) -> Failure:
    if isinstance(item, Failure):
        return item
    article = as_article(item)
    return Failure(article.source, f"worker died ({how}) while analysing article {article.id}; "
                   "the run went on with a new worker; rerun this input alone to see whether "
                   "it is the cause")
