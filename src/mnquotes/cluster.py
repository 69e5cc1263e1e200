"""Extraction on a Dask cluster: chunks of paths or URLs go to the workers, their outcomes come back in order.

The client never reads the archive. It expands the inputs into paths and fsspec URLs; each worker
reads its chunk, analyses it with a pipeline built once per worker process
(`parallel.extract_chunk`) and sends back the records, or a `Failed` per bad document. The client
keeps a bounded window of chunks in flight and yields their records in input order, so
deduplication, conflicts and rendering run on the client exactly as after a one-process run:
they are the reduce step, and the output is the same by construction. A chunk's task is pure (the
same chunk gives the same outcomes), so Dask can safely recompute the chunks of a worker that died.

Dask (`distributed`) and fsspec are optional (`pip install "mnquotes[dask]"`) and imported only here.
"""
from __future__ import annotations

import asyncio
import os
import posixpath
import socket
import tempfile
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from dataclasses import dataclass
from itertools import groupby, islice
from pathlib import Path
from typing import TYPE_CHECKING

from .documents import DEFAULT_MAX_BYTES, DOCUMENT_SUFFIXES, STDIN, Document, expand, read_bytes, read_file, too_large
from .errors import InputError, MnquotesError, RulesError
from .parallel import CHUNK_SIZE, Failed, Outcome, extract_chunk, settle
from .records import ClaimScope, DocumentRecords
from .rules import Rules

if TYPE_CHECKING:
    from distributed import Client, Future

    from .extract import Extractor

INSTALL_HINT = 'pip install "mnquotes[dask]"'
CONNECT_TIMEOUT = 5.0  # seconds: an unreachable scheduler is one error line, soon
IN_FLIGHT = 4  # chunks queued per worker thread: keeps workers busy across the network round trip
RETRIES = 2  # a task that raised is run again this often (a dead worker's tasks are rescheduled anyway)

Locator = tuple[str, str]  # (the name records and errors show: the input as given, what a worker opens)


def is_url(arg: str) -> bool:
    """An fsspec URL (`s3://...`, `file://...`) rather than a local path."""
    return "://" in arg


def locate(args: Iterable[str]) -> Iterator[Locator | InputError]:
    """Paths and URLs of the documents the arguments name, in order, without reading them.

    Local paths are expanded as in a local run (folders recursively, globs) and sent as absolute
    paths, so the workers must see the same filesystem; URLs are expanded with fsspec.
    """
    for url, group in groupby(args, key=is_url):
        if url:
            for arg in group:
                yield from expand_url(arg)
            continue
        for item in expand(group):
            if isinstance(item, InputError):
                yield item
            elif item == STDIN:
                yield InputError("<stdin>", "cannot be sent to cluster workers; save it to a file they can read")
            else:
                yield str(item), os.path.abspath(item)


def expand_url(url: str) -> Iterator[Locator | InputError]:
    """The documents an fsspec URL names: a file, a folder (recursively) or a glob (`**` too)."""
    try:
        from fsspec.core import url_to_fs

        fs, path = url_to_fs(url)
        if any(c in path for c in "*?["):
            found = sorted(p for p, info in fs.glob(path, detail=True).items() if info["type"] == "file")
            if not found:
                yield InputError(url, "no file matches this pattern")
        elif fs.isdir(path):
            root = path.rstrip("/") + "/"
            found = sorted(
                p for p in fs.find(path)
                if p.lower().endswith(DOCUMENT_SUFFIXES) and not any(part.startswith(".") for part in p[len(root):].split("/"))
            )
            if not found:
                yield InputError(url, f"no documents ({', '.join(DOCUMENT_SUFFIXES)}) in this folder")
        elif fs.isfile(path):
            found = [path]
        else:
            yield InputError(url, "no such file or folder")
            return
    except ImportError as exc:  # fsspec itself, or the protocol's package (s3fs, gcsfs...)
        yield InputError(url, f"cannot read this URL ({exc})")
        return
    except (OSError, ValueError) as exc:
        yield InputError(url, getattr(exc, "strerror", None) or str(exc))
        return
    for p in found:
        name = fs.unstrip_protocol(p)
        yield name, name


def read_url(url: str, max_bytes: int) -> Document:
    """Read one document from an fsspec URL, with the same checks and messages as a local file."""
    try:
        from fsspec.core import url_to_fs

        fs, path = url_to_fs(url)
        size = fs.size(path)
        if size is not None and size > max_bytes:
            raise too_large(url, size, max_bytes)
        data = fs.cat_file(path)
    except FileNotFoundError:
        raise InputError(url, "No such file or directory") from None
    except (OSError, ValueError, ImportError) as exc:
        raise InputError(url, getattr(exc, "strerror", None) or str(exc)) from None
    return read_bytes(data, doc=posixpath.basename(path), path=url)


def load(locator: Locator, max_bytes: int) -> Document:
    """The document a locator names, read on the worker."""
    name, target = locator
    return read_url(target, max_bytes) if is_url(target) else read_file(Path(target), max_bytes=max_bytes, name=name)


@dataclass(frozen=True)
class RuleFiles:
    """The client's rule folders as file contents, so every worker runs exactly the client's rules
    (bundled and --rules): no shared folder needed, and no rules that differ between installs."""

    digest: str
    origins: tuple[str, ...]  # the client's folders, named in errors instead of the workers' copies
    folders: tuple[tuple[tuple[str, bytes], ...], ...]  # per folder: (relative path, content)

    @classmethod
    def of(cls, rules: Rules) -> RuleFiles:
        folders = tuple(
            tuple((p.relative_to(d).as_posix(), p.read_bytes()) for p in sorted(d.rglob("*")) if p.is_file())
            for d in rules.dirs
        )
        return cls(rules.digest, tuple(map(str, rules.dirs)), folders)

    def write(self, root: Path) -> Rules:
        """The rules written under `root`, one numbered folder per client folder."""
        dirs = []
        for i, files in enumerate(self.folders):
            folder = root / str(i)
            folder.mkdir()
            for relative, content in files:
                (folder / relative).parent.mkdir(parents=True, exist_ok=True)
                (folder / relative).write_bytes(content)
            dirs.append(folder)
        return Rules(tuple(dirs))

    def build(self, model: str | None) -> Extractor:
        """The pipeline of these rules; a bad rules file is named as on the client. The files are
        written to a temporary folder that is gone once the pipeline has read them: a worker's
        exit hooks do not run when its nanny kills it, so a folder left for them would pile up."""
        from .extract import Extractor

        with tempfile.TemporaryDirectory(prefix=f"mnquotes-rules-{self.digest}-") as root:
            rules = self.write(Path(root))
            try:
                return Extractor(rules, model)
            except RulesError as exc:
                message = str(exc)
                for copy, origin in zip(rules.dirs, self.origins):
                    message = message.replace(str(copy), origin)
                raise RulesError(message) from None


_extractors: dict[tuple[str, str | None], Extractor] = {}


def worker_extractor(rules: RuleFiles, model: str | None) -> Extractor:
    """The worker process's pipeline for these rules and model, built at its first chunk only."""
    key = (rules.digest, model)
    if key not in _extractors:
        _extractors.clear()  # one pipeline per worker process: another run's rules replace the last ones
        _extractors[key] = rules.build(model)
    return _extractors[key]


def analyse(chunk: list[Locator], rules: RuleFiles, model: str | None, max_bytes: int, claims: ClaimScope = "all") -> list[Outcome]:
    """A worker's task: read a chunk and analyse it; an unreadable document is its `Failed`."""
    outcomes: list[Outcome | None] = []
    documents: list[Document] = []
    for locator in chunk:
        try:
            documents.append(load(locator, max_bytes))
            outcomes.append(None)
        except InputError as exc:
            outcomes.append(Failed(exc.path, exc.reason))
    analysed = iter(extract_chunk(worker_extractor(rules, model), documents, claims) if documents else [])
    return [outcome if outcome is not None else next(analysed) for outcome in outcomes]


def held(value: RuleFiles) -> RuleFiles:
    """A task that returns its argument: the rules live on the cluster as a result Dask can recompute."""
    return value


def connect(address: str) -> Client:
    """A client of the scheduler at `address`; a missing Dask or an unreachable scheduler is one error."""
    try:
        from distributed import Client
        from distributed.comm.addressing import parse_address, parse_host_port
    except ImportError:
        raise MnquotesError(f"--scheduler needs Dask, which is not installed: {INSTALL_HINT}") from None
    try:
        scheme, location = parse_address(address)
        if scheme == "tcp":
            # Refused: fail at once (distributed retries until its timeout). Silent or not Dask:
            # distributed's handshake can wait forever, so try one within our own time limit first.
            socket.create_connection(parse_host_port(location), timeout=CONNECT_TIMEOUT).close()
            asyncio.run(handshake(address))
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, ValueError, asyncio.TimeoutError) as exc:  # the last is no OSError before Python 3.11
        reason = str(exc) or f"no Dask answer within {CONNECT_TIMEOUT:g} s"
    except Exception as exc:  # noqa: BLE001 - whatever a server that is no Dask scheduler makes the handshake raise
        reason = f"not a Dask scheduler? {type(exc).__name__}"
    raise MnquotesError(f"cannot reach the Dask scheduler at {address} ({reason})")


async def handshake(address: str) -> None:
    """Open one Dask connection to the address and close it, within `CONNECT_TIMEOUT`."""
    from distributed.comm import connect as open_comm

    comm = await asyncio.wait_for(open_comm(address, timeout=CONNECT_TIMEOUT), CONNECT_TIMEOUT)
    await comm.close()


def extract_on_cluster(
    locators: Iterable[Locator],
    *,
    scheduler: str | Client,
    rules: Path | str | None = None,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    claims: ClaimScope = "all",
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[DocumentRecords]:
    """Like `extract`, on a Dask cluster: the workers read and analyse, records come back in order.

    Args:
        locators: (name, path or URL) pairs from `locate`; the workers open the second.
        scheduler: the scheduler's address (`tcp://host:8786`) or a connected `distributed.Client`.
        rules, model: as for `extract`; the rule files are sent to the workers, the model must be
            installed on them.
        claims: which claims to make, as for `extract`.
        max_bytes: the largest document to read.
        on_error: called with an `InputError` for a document that could not be read or analysed,
            which is then skipped; None raises it.

    Returns:
        An iterator of `DocumentRecords`, one per readable document, in input order.
    """
    files = RuleFiles.of(Rules.load(rules))
    client = connect(scheduler) if isinstance(scheduler, str) else scheduler
    run = uuid.uuid4().hex[:8]
    window: deque[tuple[list[Locator], Future]] = deque()
    try:
        rules_on_cluster = client.submit(held, files, key=f"mnquotes-rules-{files.digest}")
        capacity = max(sum(client.nthreads().values()), 1) * IN_FLIGHT
        it = iter(locators)
        index = 0
        while chunk := list(islice(it, CHUNK_SIZE)):
            key = f"mnquotes-{run}-{index:07}"
            window.append((chunk, client.submit(analyse, chunk, rules_on_cluster, model, max_bytes, claims, key=key, retries=RETRIES)))
            index += 1
            if len(window) >= capacity:
                yield from records_of(*window.popleft(), on_error)
        while window:
            yield from records_of(*window.popleft(), on_error)
    finally:  # also when the consumer stops early: nothing more is computed for this run
        if window:
            client.cancel([future for _, future in window])
        if client is not scheduler:
            client.close()


def chunk_outcomes(chunk: list[Locator], future: Future) -> list[Outcome]:
    """A chunk task's outcomes; a chunk that killed every worker it ran on fails alone, the run goes on."""
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        reason = "its worker process died each time it was analysed (out of memory?); the rest went on"
        return [Failed(name, reason) for name, _ in chunk]
    except CancelledError:  # the client lost the scheduler, which drops its tasks
        raise MnquotesError("the Dask scheduler went away or cancelled the run") from None


def records_of(chunk: list[Locator], future: Future, on_error: Callable[[InputError], None] | None) -> Iterator[DocumentRecords]:
    """The records of one chunk's task, in order, its failures reported."""
    for outcome in chunk_outcomes(chunk, future):
        records = settle(outcome, on_error)
        if records is not None:
            yield records
