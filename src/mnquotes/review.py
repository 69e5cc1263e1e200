"""The review page: every quote, speaker and claim highlighted at its exact span in its document, in
one self-contained HTML file (no server, no network) that a fact-checker reads in a browser.

A document is shown as its raw text, escaped, so the records' raw offsets place each highlight
exactly: front matter becomes a metadata header, a transcript anchor becomes a timestamp marker,
and other markup removed from the analysed text is shown dimmed. The page's data is the records'
JSON schema (`Record.to_dict()`); the template is Jinja2 with autoescape on.
"""
from __future__ import annotations

import base64
import bisect
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

from .documents import FRONT_MATTER, TIMESTAMP_ANCHOR, Document
from .records import DocumentRecords, Record, Source

# Highlight kinds in legend order; on equal spans the earlier kind is the outer element.
KINDS: dict[str, str] = {
    "direct": "Direct quote",
    "indirect": "Reported speech",
    "other": "Other claim",
    "numeric": "Numeric claim",
    "speaker": "Speaker mention",
}
UNATTRIBUTED = "(no speaker)"
MAX_LINKS = 12  # source links shown per index entry; the rest are counted


@dataclass(frozen=True)
class Mark:
    """One highlight: a record's raw span in one document, `link` the speaker mark of a quote."""

    id: int
    start: int
    end: int
    kind: str
    record: int
    link: int | None = None


@dataclass(frozen=True)
class Region:
    """Raw text that is not analysed, and the HTML shown in its place."""

    start: int
    end: int
    html: Markup


@dataclass
class Entry:
    """One line of the index: a record, and the highlights it links to."""

    kind: str
    text: str
    detail: str = ""
    speaker: str | None = None
    links: list[tuple[int, str]] = field(default_factory=list)  # (mark id, location label)
    more: int = 0  # sources not linked (beyond MAX_LINKS)


@dataclass
class Group:
    title: str
    entries: list[Entry]


@dataclass
class DocumentView:
    id: str
    doc: str
    path: str
    title: str
    meta: list[tuple[str, str, str | None]]  # (key, value, safe http(s) link or None)
    counts: dict[str, int]
    html: Markup


def kind_of(record: Mapping[str, Any]) -> str:
    """The highlight kind of a record dict: a quote's type, `speaker`, or a claim's type."""
    if record["record"] == "quote":
        return "direct" if record.get("type") == "direct" else "indirect"
    if record["record"] == "speaker":
        return "speaker"
    return "numeric" if record.get("type") == "numeric" else "other"


def regions(document: Document) -> list[Region]:
    """What replaces the raw text outside the analysed runs: nothing for front matter (shown as
    metadata), a timestamp marker for a transcript anchor, the markup itself, dimmed, otherwise."""
    raw = document.raw
    fm = FRONT_MATTER.match(raw)
    fm_end = fm.end() if fm else 0
    anchors = [t[0] for t in document.timestamps]
    labels = dict(document.timestamps)
    out: list[Region] = []
    gaps, pos = [], 0
    for _, r0, n in document.runs:
        if r0 > pos:
            gaps.append((pos, r0))
        pos = r0 + n
    if pos < len(raw):
        gaps.append((pos, len(raw)))
    for a, b in gaps:
        if a < fm_end:
            out.append(Region(a, min(b, fm_end), Markup("")))
            a = min(b, fm_end)
        while a < b:
            m = TIMESTAMP_ANCHOR.match(raw, a) if a in labels else None
            if m and m.end() <= b:
                label = escape(labels[a])
                out.append(Region(a, m.end(), Markup(f'<span class="ts" title="transcript time">{label}</span>')))
                a = m.end()
                continue
            i = bisect.bisect_right(anchors, a)
            nxt = min(anchors[i], b) if i < len(anchors) else b
            out.append(Region(a, nxt, Markup(f'<span class="markup">{escape(raw[a:nxt])}</span>')))
            a = nxt
    return out


def _open_tag(mark: Mark, first: bool) -> str:
    """A mark's opening tag; a piece reopened after a crossing overlap is a continuation without id."""
    attrs = f'class="hl k-{mark.kind}{"" if first else " cont"}" data-m="{mark.id}" data-r="{mark.record}"'
    if first:
        attrs += f' id="m{mark.id}" tabindex="0"'
    if mark.link is not None:
        attrs += f' data-sm="{mark.link}"'
    return f"<mark {attrs}>"


def highlight(raw: str, marks: Sequence[Mark], hidden: Sequence[Region] = ()) -> Markup:
    """Escaped raw text with every mark wrapped in `<mark>` at its exact offsets.

    Nesting follows the spans (a claim inside a quote is a `<mark>` inside a `<mark>`); where two
    spans cross, the inner one is closed and reopened as a continuation piece, so the HTML stays
    well formed and each mark keeps exactly one element with its id. `hidden` regions are
    replaced by their HTML.
    """
    order = {k: i for i, k in enumerate(KINDS)}
    for m in marks:
        if not 0 <= m.start < m.end <= len(raw) or m.kind not in KINDS:
            raise ValueError(f"bad mark {m} for a text of {len(raw)} characters")
    starts: dict[int, list[Mark]] = defaultdict(list)
    for m in sorted(marks, key=lambda m: (m.start, -m.end, order[m.kind], m.id)):
        starts[m.start].append(m)
    replaced = {r.start: r for r in hidden}
    edges = [(m.start, m.end) for m in marks] + [(r.start, r.end) for r in hidden]
    points = sorted({0, len(raw)} | {p for pair in edges for p in pair})
    out: list[str] = []
    stack: list[Mark] = []
    skip_to = 0
    for p, q in zip(points, points[1:] + [len(raw)]):
        ending = next((i for i, m in enumerate(stack) if m.end <= p), None)
        if ending is not None:
            reopen = [m for m in stack[ending:] if m.end > p]
            out.append("</mark>" * (len(stack) - ending))
            del stack[ending:]
            for m in reopen:
                out.append(_open_tag(m, first=False))
                stack.append(m)
        for m in starts.get(p, ()):
            out.append(_open_tag(m, first=True))
            stack.append(m)
        if p in replaced:
            out.append(replaced[p].html)
            skip_to = replaced[p].end
        elif p >= skip_to and q > p:
            out.append(str(escape(raw[p:q])))
    out.append("</mark>" * len(stack))
    return Markup("".join(out))


def as_dict(record: Record | Mapping[str, Any]) -> dict[str, Any]:
    return record.to_dict() if isinstance(record, Record) else dict(record)


def location(source: Mapping[str, Any]) -> str:
    return Source(**{**source, "spans": ()}).location()


def safe_link(value: str) -> str | None:
    """A metadata value usable as a link: http(s) only, never `javascript:` and the like."""
    return value if value.lower().startswith(("http://", "https://")) else None


class PageBuilder:
    """Places records' spans as marks in their documents and builds the index that links to them."""

    def __init__(self, documents: Sequence[Document], records: Iterable[Record | Mapping[str, Any]]) -> None:
        self.documents = list(documents)
        self.records = [as_dict(r) for r in records]
        self.doc_index = {d.path: i for i, d in enumerate(self.documents)}
        self.marks: list[list[Mark]] = [[] for _ in self.documents]
        self.by_span: dict[tuple[str, int, int, str], int] = {}
        self.first_mark: dict[tuple[int, int], int] = {}  # (record, source number) -> its first mark
        self.count = 0
        self.aliases = self._aliases()
        self._place()

    def _aliases(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for r in self.records:
            if r["record"] == "speaker":
                names[r["name"]] = r["name"]
                for alias in r.get("aliases") or ():
                    names.setdefault(alias, r["name"])
        return names

    def speaker_of(self, record: Mapping[str, Any]) -> str | None:
        """The speaker a record belongs to, by its canonical (merged) name."""
        name = record.get("name") if record["record"] == "speaker" else record.get("speaker")
        return self.aliases.get(name, name) if name else None

    def _add(self, doc: int, start: int, end: int, kind: str, record: int, link: int | None = None) -> int:
        mark = Mark(self.count, start, end, kind, record, link)
        self.count += 1
        self.marks[doc].append(mark)
        self.by_span.setdefault((self.documents[doc].path, start, end, kind), mark.id)
        return mark.id

    def _place(self) -> None:
        """Marks for every span of every record; speakers first, so a quote can link to its mention."""
        for ri in sorted(range(len(self.records)), key=lambda i: self.records[i]["record"] != "speaker"):
            rec = self.records[ri]
            kind = kind_of(rec)
            link = self._speaker_mark(ri) if rec["record"] == "quote" else None
            for si, src in enumerate(rec.get("sources") or ()):
                doc = self.doc_index.get(src["path"])
                if doc is None:
                    continue
                ids = [self._add(doc, s, e, kind, ri, link) for s, e in src["spans"]]
                if ids:
                    self.first_mark[(ri, si)] = ids[0]

    def _speaker_mark(self, ri: int) -> int | None:
        """The mark of the mention a quote is attributed to (`speaker_span`, in its first source's
        document): the speaker record's mark at that span, else a speaker mark of its own."""
        rec = self.records[ri]
        if not rec.get("speaker_span") or not rec.get("sources"):
            return None
        path = rec["sources"][0]["path"]
        doc = self.doc_index.get(path)
        if doc is None:
            return None
        s, e = rec["speaker_span"]
        link = self.by_span.get((path, s, e, "speaker"))
        return link if link is not None else self._add(doc, s, e, "speaker", ri)

    def links(self, record: Mapping[str, Any], ri: int | None) -> tuple[list[tuple[int, str]], int]:
        """(mark id, location) of each shown source of a record, and how many more are not listed.

        A page record links to its own marks; another record (a conflict's claim) by its spans.
        """
        links = []
        for si, src in enumerate(record.get("sources") or ()):
            if ri is not None:
                mark = self.first_mark.get((ri, si))
            else:
                s, e = src["spans"][0]
                mark = self.by_span.get((src["path"], s, e, kind_of(record)))
            if mark is not None:
                links.append((mark, location(src)))
        return links[:MAX_LINKS], max(len(links) - MAX_LINKS, 0)

    def entry(self, record: Mapping[str, Any], text: str, detail: str, ri: int | None) -> Entry:
        links, more = self.links(record, ri)
        return Entry(kind_of(record), text, detail, self.speaker_of(record), links, more)

    def speaker_groups(self) -> tuple[list[Entry], list[Group]]:
        """Speakers with aliases and counts, and the quotes grouped per speaker (most quoted first)."""
        quotes: dict[str, list[int]] = defaultdict(list)
        for ri, rec in enumerate(self.records):
            if rec["record"] == "quote":
                quotes[self.speaker_of(rec) or UNATTRIBUTED].append(ri)
        speakers = sorted(
            ((ri, rec) for ri, rec in enumerate(self.records) if rec["record"] == "speaker"),
            key=lambda item: (-len(quotes.get(item[1]["name"], ())), item[1]["name"].lower()),
        )
        entries = []
        for ri, rec in speakers:
            n, mentions = len(quotes.get(rec["name"], ())), len(rec.get("sources") or ())
            facts = [rec.get("kind") or "", rec.get("role") or ""]
            facts.append("also " + ", ".join(rec["aliases"]) if rec.get("aliases") else "")
            facts.append(f"{plural(n, 'quote')}, {plural(mentions, 'mention')}")
            entries.append(self.entry(rec, rec["name"], " · ".join(f for f in facts if f), ri))
        order = sorted(quotes, key=lambda name: (name == UNATTRIBUTED, -len(quotes[name]), name.lower()))
        groups = []
        for name in order:
            said = []
            for ri in quotes[name]:
                rec = self.records[ri]
                detail = " · ".join(x for x in (KINDS[kind_of(rec)], rec.get("cue"), rec.get("speaker_role")) if x)
                said.append(self.entry(rec, rec["text"], detail, ri))
            groups.append(Group(f"{name} ({len(said)})", said))
        return entries, groups

    def claim_groups(self) -> list[Group]:
        groups = []
        for kind, title in (("numeric", "Numeric claims"), ("other", "Other claims")):
            entries = [
                self.entry(rec, rec["text"], claim_detail(rec), ri)
                for ri, rec in enumerate(self.records)
                if rec["record"] == "claim" and kind_of(rec) == kind
            ]
            if entries:
                groups.append(Group(f"{title} ({len(entries)})", entries))
        return groups

    def conflict_groups(self, conflicts: Iterable[Record | Mapping[str, Any]]) -> list[Group]:
        """One group per conflict: the disagreeing claims side by side, each linked to its places."""
        groups = []
        for conflict in map(as_dict, conflicts):
            claims = [{"record": "claim", **as_dict(c)} for c in conflict.get("claims") or ()]  # asdict drops it
            about = " · ".join(x for x in (conflict.get("subject"), conflict.get("entity")) if x) or "claims"
            values = " vs ".join(number(v) for v in conflict.get("values") or ())
            title = f"{about}: {values} {conflict.get('unit') or ''}".strip()
            groups.append(Group(title, [self.entry(c, c.get("text", ""), claim_detail(c), None) for c in claims]))
        return groups

    def document_views(self) -> list[DocumentView]:
        views = []
        for i, d in enumerate(self.documents):
            meta = [(k, v, safe_link(v) if k in ("url", "source") else None) for k, v in d.meta.items() if k != "title"]
            counts = Counter(m.kind for m in self.marks[i])
            views.append(DocumentView(
                f"d{i}", d.doc, d.path, d.title or d.doc, meta,
                {k: counts[k] for k in KINDS if counts[k]},
                highlight(d.raw, self.marks[i], regions(d)),
            ))
        return views


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}"


def claim_detail(rec: Mapping[str, Any]) -> str:
    """`qualifier value unit`, the subject and why a claim is check-worthy, for the index."""
    if rec.get("value") is not None:
        value = number(rec["value"])
    elif rec.get("low") is not None or rec.get("high") is not None:
        value = f"{number(rec.get('low'))}–{number(rec.get('high'))}"
    else:
        value = ""
    amount = " ".join(str(x) for x in (rec.get("qualifier"), value, rec.get("unit")) if x)
    return " · ".join(p for p in (amount, rec.get("subject"), rec.get("why")) if p)


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def build_page(
    documents: Sequence[Document],
    records: Iterable[Record | Mapping[str, Any]],
    *,
    conflicts: Iterable[Record | Mapping[str, Any]] | None = None,
    title: str = "mnquotes review",
) -> str:
    """The review page of these documents and records.

    Args:
        documents: the documents to show, in order; records' sources are matched to them by `path`.
        records: quotes, speakers and claims (records or their `to_dict()`); a quote may carry
            `speaker_span` ([start, end] raw offsets, in its first source's document) of the mention
            it is attributed to.
        conflicts: `Conflict` records (claims whose values disagree); None leaves the section out.

    Returns:
        A complete HTML document: CSS and JS inline, a Content-Security-Policy that allows only them.
    """
    from jinja2 import Environment, PackageLoader, StrictUndefined

    builder = PageBuilder(documents, records)
    speakers, quote_groups = builder.speaker_groups()
    files = resources.files("mnquotes") / "templates"
    css = (files / "review.css").read_text(encoding="utf-8")
    js = (files / "review.js").read_text(encoding="utf-8")
    env = Environment(loader=PackageLoader("mnquotes", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    kind_counts = Counter(m.kind for marks in builder.marks for m in marks)
    return env.get_template("review.html.j2").render(
        title=title,
        kinds=KINDS,
        kind_counts=kind_counts,
        documents=builder.document_views(),
        speakers=speakers,
        speaker_names=sorted({s for s in map(builder.speaker_of, builder.records) if s}, key=str.lower),
        quote_groups=quote_groups,
        claim_groups=builder.claim_groups(),
        conflict_groups=None if conflicts is None else builder.conflict_groups(conflicts),
        data={
            "records": builder.records,
            "speakers": [builder.speaker_of(r) for r in builder.records],
            "docs": [d.path for d in builder.documents],
            "kinds": KINDS,
        },
        css=Markup(css),
        js=Markup(js),
        csp=f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
        "base-uri 'none'; form-action 'none'",
    )


def find_conflicts(claims: Sequence[Record]) -> list[Record] | None:
    """Claims that disagree across documents, when the conflicts module is there; None otherwise."""
    try:
        from .conflicts import find_conflicts as find
    except ImportError:
        return None
    return list(find(claims))  # type: ignore[arg-type]


def review_page(documents: Sequence[Document], results: Iterable[DocumentRecords]) -> str:
    """The page of an extraction run: speakers merged across documents, conflicts when available."""
    from .speakers import merge_speakers

    results = list(results)
    quotes = [q for r in results for q in r.quotes]
    speakers = merge_speakers([s for r in results for s in r.speakers])
    claims = [c for r in results for c in r.claims]
    return build_page(documents, [*quotes, *speakers, *claims], conflicts=find_conflicts(claims))
