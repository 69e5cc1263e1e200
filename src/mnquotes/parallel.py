"""Spreading documents over processes: chunks of documents in, their outcomes out, in input order.

Each worker builds the pipeline once (the pool's initializer) and analyses whole chunks, so the
cost of sending documents is paid per chunk. Only a few chunks are in flight at a time, so a
corpus of any size streams through in bounded memory. A failure on one document becomes a
`Failed` outcome for that document alone: the run goes on.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

from .documents import Document
from .errors import InputError
from .records import ClaimScope, DocumentRecords
from .rules import Rules

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .extract import Extractor

CHUNK_SIZE = 32  # documents per task: amortises sending them, still balances the workers
IN_FLIGHT = 2  # chunks queued per worker: keeps every worker busy without reading far ahead
# With no --jobs: start workers only when at least this many documents need analysing (each
# worker loads spaCy and builds the pipeline, about a second), looking at most this many chunks ahead.
AUTO_MIN_DOCUMENTS = 200
AUTO_LOOKAHEAD_CHUNKS = 64


class Failed(NamedTuple):
    """A document whose extraction raised; picklable, so workers can send it back."""

    path: str
    reason: str


Outcome = DocumentRecords | Failed


def settle(outcome: Outcome, on_error: Callable[[InputError], None] | None) -> DocumentRecords | None:
    """A document's records, or None once its `Failed` went to `on_error` (raised when there is none)."""
    if not isinstance(outcome, Failed):
        return outcome
    error = InputError(outcome.path, outcome.reason)
    if on_error is None:
        raise error
    on_error(error)
    return None


def cpu_count() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_chunk(extractor: Extractor, documents: list[Document], claims: ClaimScope = "all") -> list[Outcome]:
    """The records of each document; a document that makes extraction raise gets a `Failed`."""
    try:
        return list(extractor.run(documents, claims))
    except Exception:  # noqa: BLE001 - redo the chunk one document at a time to isolate the failure
        return [extract_one(extractor, document, claims) for document in documents]


def extract_one(extractor: Extractor, document: Document, claims: ClaimScope = "all") -> Outcome:
    """One document's records, or its `Failed`."""
    try:
        return next(iter(extractor.run([document], claims)))
    except Exception as exc:  # noqa: BLE001 - one bad document must not end a run over thousands
        return Failed(document.path, f"extraction failed ({type(exc).__name__}: {exc})")


def map_chunks(
    chunks: Iterable[list[Document]], rules: Rules, model: str | None, jobs: int | None = None,
    claims: ClaimScope = "all",
) -> Iterator[list[Outcome]]:
    """The outcomes of each chunk, in order; empty chunks cost nothing and never load spaCy.

    Args:
        chunks: lists of documents to analyse (an empty list passes through as an empty result).
        jobs: processes; None chooses one per core when at least `AUTO_MIN_DOCUMENTS` documents
            are found within `AUTO_LOOKAHEAD_CHUNKS` chunks of the first one, else one.
        claims: which claims to make (see `extract`).
    """
    chunks = iter(chunks)
    if jobs is None:
        head: list[list[Document]] = []
        for chunk in chunks:
            if chunk or head:
                head.append(chunk)
            else:
                yield []  # a leading run of empty chunks streams out while we decide
            if sum(map(len, head)) >= AUTO_MIN_DOCUMENTS or len(head) >= AUTO_LOOKAHEAD_CHUNKS:
                break
        jobs = cpu_count() if sum(map(len, head)) >= AUTO_MIN_DOCUMENTS else 1
        chunks = chain(head, chunks)
    if jobs <= 1:
        yield from serial(chunks, rules, model, claims)
    else:
        yield from pooled(chunks, rules, model, jobs, claims)


def serial(chunks: Iterable[list[Document]], rules: Rules, model: str | None, claims: ClaimScope) -> Iterator[list[Outcome]]:
    """In this process; the pipeline is built at the first non-empty chunk."""
    from .extract import Extractor

    extractor: Extractor | None = None
    for chunk in chunks:
        if chunk and extractor is None:
            extractor = Extractor(rules, model)
        yield extract_chunk(extractor, chunk, claims) if chunk else []  # type: ignore[arg-type]


def pooled(
    chunks: Iterable[list[Document]], rules: Rules, model: str | None, jobs: int, claims: ClaimScope
) -> Iterator[list[Outcome]]:
    """Over `jobs` worker processes, at most `jobs * IN_FLIGHT` chunks ahead of the consumer."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, initializer=init_worker, initargs=(rules, model))
    window: deque[Future[list[Outcome]]] = deque()
    try:
        for chunk in chunks:
            window.append(pool.submit(work, chunk, claims) if chunk else done([]))
            if len(window) >= jobs * IN_FLIGHT:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:  # also when the consumer stops early (`| head`, Ctrl-C): drop what is queued
        pool.shutdown(wait=True, cancel_futures=True)


def done(value: list[Outcome]) -> Future[list[Outcome]]:
    """An already finished future: a chunk with nothing to analyse keeps its place in the order."""
    from concurrent.futures import Future

    future: Future[list[Outcome]] = Future()
    future.set_result(value)
    return future


_extractor: Extractor | None = None
_init_error: Exception | None = None


def init_worker(rules: Rules, model: str | None) -> None:
    """Build the pipeline once per worker; a failure (e.g. unknown --model) is raised with the first task."""
    import signal

    from .extract import Extractor

    global _extractor, _init_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: no traceback per worker
    try:
        _extractor = Extractor(rules, model)
    except Exception as exc:  # noqa: BLE001 - re-raised in the parent, which reports it once
        _init_error = exc


def work(chunk: list[Document], claims: ClaimScope) -> list[Outcome]:
    """A worker's task: one chunk through the pipeline built by `init_worker`."""
    if _init_error is not None:
        raise _init_error
    return extract_chunk(_extractor, chunk, claims)  # type: ignore[arg-type]
