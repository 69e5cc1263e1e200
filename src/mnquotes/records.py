"""The records mnquotes emits: frozen dataclasses whose `to_dict()` is the documented JSON schema.

Every record carries `sources`, one entry per place it was found. A source's `spans` are raw-file
character offsets; the record's text is exactly `" ".join(raw[s:e] for s, e in spans)` (one span
for ordinary records, several for a quotation interrupted by its attribution).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar, Literal

QuoteType = Literal["direct", "indirect"]
SpeakerKind = Literal["person", "organization", "role"]
ClaimType = Literal["numeric", "other"]
# Which claims an extraction makes: a command that prints no claims ("none") or only numeric ones
# skips the work of the others. Each scope holds every scope before it in `CLAIM_SCOPES`.
ClaimScope = Literal["none", "numeric", "all"]
CLAIM_SCOPES: tuple[ClaimScope, ...] = ("none", "numeric", "all")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record was found: the document, its metadata and the exact raw character span."""

    doc: str
    path: str
    line: int
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    title: str | None = None
    url: str | None = None
    timestamp: str | None = None

    def location(self) -> str:
        """Short human form, e.g. `002_981c.txt:12` or `004.txt:9 @00:11:32`."""
        at = f" @{self.timestamp}" if self.timestamp else ""
        return f"{self.doc}:{self.line}{at}"


@dataclass(frozen=True, slots=True)
class Record:
    """Fields every record shares; `record` names the kind in JSON so mixed streams stay readable."""

    record: ClassVar[str] = "record"
    sources: tuple[Source, ...]

    def to_dict(self) -> dict[str, Any]:
        data = {"record": self.record}
        data.update(plain(self))
        return data

    @classmethod
    def field_names(cls) -> list[str]:
        """Column order for flat outputs (CSV/TSV/table): `record`, then the fields, sources last."""
        names = [f.name for f in fields(cls) if f.name != "sources"]
        return ["record", *names]


@dataclass(frozen=True, slots=True)
class Quote(Record):
    record: ClassVar[str] = "quote"
    text: str = ""
    type: QuoteType = "direct"
    speaker: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    rule: str = ""
    variants: tuple[str, ...] = ()
    # Raw offsets, in the first source's document, of the mention the quote is attributed to
    # (the name, or the "he" / "the researcher" that refers to it).
    speaker_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Speaker(Record):
    record: ClassVar[str] = "speaker"
    name: str = ""
    aliases: tuple[str, ...] = ()
    role: str | None = None
    kind: SpeakerKind = "person"
    quotes: int = 0
    rule: str = ""

    @property
    def merges_across_documents(self) -> bool:
        """Named persons and organisations do; a described source ("a spokesperson") stands for
        someone else in every document."""
        return self.kind != "role"


@dataclass(frozen=True, slots=True)
class Claim(Record):
    record: ClassVar[str] = "claim"
    text: str = ""
    type: ClaimType = "numeric"
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    low: float | None = None
    high: float | None = None
    subject: str | None = None
    entity: str | None = None
    speaker: str | None = None
    sentence: str = ""
    why: str | None = None
    rule: str = ""
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit(Record):
    """A search result: its score (0-100), the matched record's kind, text and speaker, and the
    record itself in `match`; `sources` are the matched record's."""

    record: ClassVar[str] = "hit"
    score: float = 0.0
    kind: str = ""
    text: str = ""
    speaker: str | None = None
    match: Quote | Claim | Speaker | None = None


@dataclass(frozen=True, slots=True)
class Conflict(Record):
    """Numeric claims about one subject and entity whose values disagree across documents, side by
    side: `values` (distinct, ascending), `relative_difference` ((max - min) / largest magnitude)
    and the `claims` themselves; `sources` are all of theirs."""

    record: ClassVar[str] = "conflict"
    subject: str | None = None
    entity: str | None = None
    unit: str | None = None
    values: tuple[float, ...] = ()
    relative_difference: float = 0.0
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentRecords:
    """Everything extracted from one document: the unit of caching, parallel jobs and partitions."""

    doc: str
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    claims: tuple[Claim, ...] = ()

    def narrowed(self, scope: ClaimScope) -> DocumentRecords:
        """These records with only the claims `scope` makes (a wider extraction, read back from the cache)."""
        if scope == "all":
            return self
        claims = () if scope == "none" else tuple(c for c in self.claims if c.type == "numeric")
        return DocumentRecords(self.doc, self.quotes, self.speakers, claims)


FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """What `dataclasses.asdict` gives (records and sources become dicts, tuples stay tuples), without
    its deep copies: every value here is immutable, and rendering a corpus calls this per record."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, tuple):
        return tuple(plain(v) for v in value)
    names = FIELD_NAMES.get(type(value))
    if names is None:
        if not hasattr(value, "__dataclass_fields__"):
            return value
        names = FIELD_NAMES[type(value)] = tuple(f.name for f in fields(value))
    return {name: plain(getattr(value, name)) for name in names}


RECORD_TYPES: dict[str, type[Record]] = {cls.record: cls for cls in (Quote, Speaker, Claim)}


def record_from_dict(data: dict[str, Any]) -> Record:
    """Inverse of `to_dict()`, used by the result cache and by partitioned runs."""
    data = dict(data)
    cls = RECORD_TYPES[data.pop("record")]
    sources = tuple(
        Source(**{**s, "spans": tuple(tuple(p) for p in s["spans"])}) for s in data.pop("sources")
    )
    for name in ("aliases", "variants", "speaker_span"):
        if data.get(name) is not None:
            data[name] = tuple(data[name])
    return cls(sources=sources, **data)


__all__ = [
    "CLAIM_SCOPES",
    "Claim",
    "ClaimScope",
    "Conflict",
    "DocumentRecords",
    "Hit",
    "Quote",
    "Record",
    "RECORD_TYPES",
    "Source",
    "Speaker",
    "record_from_dict",
]
