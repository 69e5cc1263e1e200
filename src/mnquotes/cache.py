"""The result cache: one JSON file of records per analysed document, so an unchanged corpus is
never analysed twice.

An entry is found by the document's content (raw text, analysed text, offset map, metadata: all
that a record can depend on except the file's name and path) inside a namespace that digests
everything else results depend on: the rules, the `--model` name, the mnquotes version and the
package's own source files (so a code change during development never serves stale results).
Layout: `<dir>/<namespace>/<2 hex>/<content hash>.json`. Only the most recently used namespaces
are kept; `mnquotes cache clear` empties the whole cache.

An entry holds rows, not the JSON schema: each record is `[sources, *fields]` in dataclass order and
each source `[line, start, end, spans, title, url, timestamp]`. Reading it back is then a few
constructor calls per record (a second run is mostly this), and a source's document and path are
never stored: they come from the document at hand, which may sit under another path. An entry also
says which claims were made (`claim_scope`): `mnquotes quotes` makes none, so a later `mnquotes
claims` over the same corpus misses and analyses again, then stores everything.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from . import __version__
from .documents import Document
from .records import CLAIM_SCOPES, Claim, ClaimScope, DocumentRecords, Quote, Record, Source, Speaker
from .resources import PACKAGE_DIR
from .rules import Rules

ENV_DIR = "MNQUOTES_CACHE_DIR"
KEEP_NAMESPACES = 8  # rule sets / versions kept side by side; older ones are removed
NAMESPACE = re.compile(r"[0-9a-f]{16}")
GROUPS: tuple[tuple[str, type[Record]], ...] = (("quotes", Quote), ("speakers", Speaker), ("claims", Claim))


def cache_dir() -> Path:
    """The cache folder: `$MNQUOTES_CACHE_DIR`, else the user's cache directory for mnquotes."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("mnquotes"))


@lru_cache(maxsize=1)
def source_digest() -> str:
    """Hash of mnquotes' own .py files: results made by other code are never reused."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def content_hash(document: Document) -> str:
    """Hash of everything in a document that records depend on, except its name and path."""
    h = hashlib.sha256()
    for part in (document.raw, document.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    h.update(repr((document.runs, sorted(document.meta.items()), document.timestamps)).encode())
    return h.hexdigest()[:32]


def tuple_fields(kind: type[Record]) -> tuple[int, ...]:
    """Positions, among a record's fields after `sources`, of the tuples JSON turns into lists."""
    return tuple(i for i, f in enumerate(fields(kind)[1:]) if str(f.type).startswith("tuple"))


TUPLE_FIELDS = {kind: tuple_fields(kind) for _, kind in GROUPS}


def to_row(record: Record) -> list[object]:
    """A record as one entry row (`sources` is always a record's first field)."""
    sources = [[s.line, s.start, s.end, s.spans, s.title, s.url, s.timestamp] for s in record.sources]
    return [sources, *(getattr(record, f.name) for f in fields(record)[1:])]


def from_rows(rows: list[list], kind: type[Record], document: Document) -> tuple[Record, ...]:
    """Records of one kind from entry rows, their sources bound to this document."""
    tuples = TUPLE_FIELDS[kind]
    doc, path = document.doc, document.path
    records = []
    for sources, *values in rows:
        for i in tuples:
            if values[i] is not None:
                values[i] = tuple(values[i])
        bound = tuple(
            Source(doc, path, line, start, end, tuple(map(tuple, spans)), title, url, timestamp)
            for line, start, end, spans, title, url, timestamp in sources
        )
        records.append(kind(bound, *values))
    return tuple(records)


def namespaces(root: Path) -> list[Path]:
    """The cache's namespace folders (nothing else in `root` is ever touched)."""
    return [p for p in root.iterdir() if p.is_dir() and NAMESPACE.fullmatch(p.name)] if root.is_dir() else []


class ResultCache:
    """Records of analysed documents on disk, for one set of rules, model and code version."""

    def __init__(self, rules: Rules, model: str | None = None, directory: Path | str | None = None) -> None:
        self.root = Path(directory) if directory is not None else cache_dir()
        key = "\0".join((__version__, source_digest(), rules.digest, model or ""))
        self.dir = self.root / hashlib.sha256(key.encode()).hexdigest()[:16]
        self._used = False

    def path(self, document: Document) -> Path:
        digest = content_hash(document)
        return self.dir / digest[:2] / f"{digest}.json"

    def get(self, document: Document, claims: ClaimScope = "all") -> DocumentRecords | None:
        """The cached records for this document with the claims `claims` makes, or None (missing or
        unreadable entry, or one made with fewer claims: a miss)."""
        try:
            data = json.loads(self.path(document).read_bytes())
            if CLAIM_SCOPES.index(data["claim_scope"]) < CLAIM_SCOPES.index(claims):
                return None
            groups = {  # the claims of an entry are not even decoded for a run that makes none
                name: from_rows(data[name], kind, document) if name != "claims" or claims != "none" else ()
                for name, kind in GROUPS
            }
        except (OSError, ValueError, LookupError, TypeError, AttributeError):
            return None
        return DocumentRecords(document.doc, **groups).narrowed(claims)  # type: ignore[arg-type]

    def put(self, document: Document, records: DocumentRecords, claims: ClaimScope = "all") -> None:
        """Store one document's records, made with the claims `claims` makes, atomically; a cache
        that cannot be written is skipped."""
        data: dict[str, object] = {name: [to_row(r) for r in getattr(records, name)] for name, _ in GROUPS}
        data["claim_scope"] = claims
        target = self.path(document)
        try:
            self._use()
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump(data, out, ensure_ascii=False)
                os.replace(tmp, target)  # readers see the old entry or the whole new one, never a part
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass

    def _use(self) -> None:
        """Once per run: mark this namespace as used and remove all but the most recently used ones."""
        if self._used:
            return
        self._used = True
        self.dir.mkdir(parents=True, exist_ok=True)
        os.utime(self.dir)
        others = sorted((p for p in namespaces(self.root) if p != self.dir), key=lambda p: p.stat().st_mtime)
        for old in others[: max(len(others) - (KEEP_NAMESPACES - 1), 0)]:
            shutil.rmtree(old, ignore_errors=True)


def info(directory: Path | None = None) -> dict[str, object]:
    """Where the cache is, and how many namespaces, entries and bytes it holds."""
    root = directory or cache_dir()
    found = namespaces(root)
    entries = [e for ns in found for e in ns.glob("*/*.json")]
    return {
        "path": str(root),
        "namespaces": len(found),
        "entries": len(entries),
        "bytes": sum(e.stat().st_size for e in entries),
    }


def clear(directory: Path | None = None) -> int:
    """Remove every cache entry; returns how many there were."""
    root = directory or cache_dir()
    found = namespaces(root)
    count = sum(1 for ns in found for _ in ns.glob("*/*.json"))
    for ns in found:
        shutil.rmtree(ns, ignore_errors=True)
    return count
