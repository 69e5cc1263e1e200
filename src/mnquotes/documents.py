"""Reading documents: paths, folders, globs and stdin into `Document`s whose offsets map back to the raw file.

The text that is analysed has YAML front matter, inline HTML tags and markdown markup removed; an
offset map (kept runs of the raw text) turns any span of the analysed text back into raw spans, so
every record can point at exactly the characters it reports.
"""
from __future__ import annotations

import bisect
import codecs
import glob
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .records import Source

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
DEFAULT_MAX_BYTES = 10_000_000
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # no tab, newline, form feed or carriage return
BINARY_SAMPLE = 100_000
STDIN = "-"

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
TIMESTAMP_ANCHOR = re.compile(r"<a\b[^>]*\bdata-t=[\"']?([0-9:.]+)[\"']?[^>]*>.*?</a\s*>", re.S | re.I)
# Markup removed from the analysed text: whole timestamp anchors (their "[00:10:23]" label is not
# prose), any other tag (its content stays), wiki links `[[target | label]]` (the label stays),
# markdown emphasis markers and list bullets.
MARKUP = re.compile(
    r"(?P<anchor>" + TIMESTAMP_ANCHOR.pattern + r")"
    r"|(?P<tag></?[A-Za-z][^<>]*>)"
    r"|(?P<wiki_open>\[\[(?:[^\[\]|]*\|\s*)?)"
    r"|(?P<wiki_close>\]\])"
    r"|(?P<emphasis>\*\*|__)"
    r"|(?m:^(?P<bullet>[ \t]*[*+-][ \t]+))",
    re.S | re.I,
)

# What every piece of markup starts with: a text with none of it (most plain articles) is not
# scanned with the whole MARKUP pattern. `str.find` per string and a pattern that starts with a
# literal newline are both searched in C at memchr speed, twenty times faster than one alternation.
# Pairs, not single characters: a lone `*` or `_` (a footnote mark, a name) is common in prose.
MARKUP_STARTS = ("<", "[[", "]]", "**", "__")
# Runs of spaces inside a line (scraped and OCR'd text: "a western  diplomat") keep one space: the
# tokenizer makes the rest a token of its own, which breaks every pattern that spans it.
EXTRA_SPACES = re.compile(r"(?<= ) +")
LINE_BULLET = re.compile(r"\n[ \t]*[*+-][ \t]")


def may_have_markup(raw: str, start: int) -> bool:
    """False only when `raw[start:]` certainly holds no MARKUP (a cheap pre-check)."""
    return any(raw.find(s, start) >= 0 for s in MARKUP_STARTS) or LINE_BULLET.search("\n" + raw, start) is not None


@dataclass(frozen=True)
class Document:
    """One input document: raw text, analysed text, the map between them, and source metadata."""

    doc: str
    path: str
    raw: str
    text: str
    runs: tuple[tuple[int, int, int], ...]  # (text_start, raw_start, length) of each kept run
    meta: dict[str, str] = field(default_factory=dict)
    timestamps: tuple[tuple[int, str], ...] = ()  # (raw offset, "00:10:23"), in order
    _newlines: list[int] = field(default_factory=list, repr=False, compare=False)

    @property
    def title(self) -> str | None:
        return self.meta.get("title")

    @property
    def url(self) -> str | None:
        return self.meta.get("url") or self.meta.get("source")

    def raw_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Raw-file spans covering text[start:end], split where markup was removed, edges trimmed."""
        starts = [r[0] for r in self.runs]
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        pieces: list[tuple[int, int]] = []
        while i < len(self.runs) and self.runs[i][0] < end:
            t0, r0, n = self.runs[i]
            lo, hi = max(start, t0), min(end, t0 + n)
            if lo < hi:
                a, b = r0 + lo - t0, r0 + hi - t0
                while a < b and self.raw[a].isspace():
                    a += 1
                while b > a and self.raw[b - 1].isspace():
                    b -= 1
                if a < b and pieces and self.raw[pieces[-1][1]:a].isspace():
                    pieces[-1] = (pieces[-1][0], b)  # only extra spaces were removed between them
                elif a < b:
                    pieces.append((a, b))
            i += 1
        return pieces

    def line_of(self, raw_offset: int) -> int:
        """1-based line number of a raw offset."""
        if not self._newlines:
            self._newlines.extend(m.start() for m in re.finditer("\n", self.raw))
            self._newlines.append(len(self.raw) + 1)  # sentinel: the list is never empty once built
        return bisect.bisect_left(self._newlines, raw_offset) + 1

    def timestamp_at(self, raw_offset: int) -> str | None:
        """The transcript timestamp of the words at a raw offset. A summary cites its video after the words
        ("... shifted in early 2022 [00:10:23]."): the first anchor after them on their line, else the
        last one before them (a line whose anchor came earlier)."""
        if not self.timestamps:
            return None
        offsets = [t[0] for t in self.timestamps]
        line_end = self._newlines[self.line_of(raw_offset) - 1]
        i = bisect.bisect_left(offsets, raw_offset)
        if i < len(offsets) and offsets[i] < line_end:
            return self.timestamps[i][1]
        return self.timestamps[i - 1][1] if i > 0 else None

    def source(self, pieces: Iterable[tuple[int, int]]) -> tuple[str, Source]:
        """Text and `Source` of one or more analysed-text spans (a quotation's pieces).

        Returns the record text, `" ".join` of the raw spans, so the two can never disagree.
        """
        spans = [p for s, e in pieces for p in self.raw_spans(s, e)]
        if not spans:
            raise ValueError(f"{self.doc}: empty span")
        text = " ".join(self.raw[a:b] for a, b in spans)
        start, end = spans[0][0], spans[-1][1]
        return text, Source(
            doc=self.doc,
            path=self.path,
            line=self.line_of(start),
            start=start,
            end=end,
            spans=tuple(spans),
            title=self.title,
            url=self.url,
            timestamp=self.timestamp_at(start),
        )


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252; refuse binary."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(name, f"not valid UTF-16 ({exc.reason} at byte {exc.start})") from None
    elif b"\x00" in data:
        raise InputError(name, "binary file, not text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as exc:
                raise InputError(
                    name, f"cannot decode as UTF-8 or cp1252 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
                ) from None
    sample = text[:BINARY_SAMPLE]
    if len(CONTROL_CHARS.findall(sample)) > len(sample) * 0.01:
        raise InputError(name, "binary file, not text")
    return text


def parse_front_matter(block: str) -> dict[str, str]:
    """Flat `key: value` pairs of a YAML front matter block (nested values are kept as written)."""
    meta: dict[str, str] = {}
    for line in block.splitlines():
        m = FRONT_MATTER_LINE.match(line)
        if m and m.group(2):
            meta[m.group(1)] = m.group(2).strip("\"'")
    return meta


def from_text(raw: str, *, doc: str, path: str, meta: dict[str, str] | None = None) -> Document:
    """Build a `Document` from decoded text: strip front matter and markup, keep the offset map."""
    meta = dict(meta or {})
    removed: list[tuple[int, int]] = []
    body_start = 0
    fm = FRONT_MATTER.match(raw)
    if fm:
        meta.update(parse_front_matter(fm.group(1)))
        body_start = fm.end()
        removed.append((0, body_start))
    timestamps: list[tuple[int, str]] = []
    for m in MARKUP.finditer(raw, body_start) if may_have_markup(raw, body_start) else ():
        if m.group("anchor"):
            timestamps.append((m.start(), TIMESTAMP_ANCHOR.match(m.group(0)).group(1)))  # type: ignore[union-attr]
        removed.append((m.start(), m.end()))
    if "  " in raw:
        removed += [(m.start(), m.end()) for m in EXTRA_SPACES.finditer(raw, body_start)]
        removed.sort()
    runs: list[tuple[int, int, int]] = []
    parts: list[str] = []
    pos = text_len = 0
    for a, b in removed + [(len(raw), len(raw))]:
        if a > pos:
            runs.append((text_len, pos, a - pos))
            parts.append(raw[pos:a])
            text_len += a - pos
        pos = max(pos, b)
    text = "".join(parts)
    if not text.strip():
        raise InputError(path, "empty document (no text to analyse)")
    return Document(doc, path, raw, text, tuple(runs), meta, tuple(timestamps))


def from_html(raw: str, *, doc: str, path: str) -> Document:
    """Main text and metadata of an HTML page, via trafilatura; offsets refer to the extracted text."""
    import trafilatura  # heavy and only needed for HTML

    result = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if result is None or not (getattr(result, "text", None) or "").strip():
        raise InputError(path, "no article text found in the HTML page")
    meta = {k: str(getattr(result, k)) for k in ("title", "url", "date", "author", "sitename") if getattr(result, k, None)}
    return from_text(result.text, doc=doc, path=path, meta=meta)


def read_bytes(data: bytes, *, doc: str, path: str) -> Document:
    """Decode and parse one document's bytes; the file's suffix decides text or HTML."""
    raw = decode(data, path)
    if not raw.strip():
        raise InputError(path, "empty document")
    if path.lower().endswith(HTML_SUFFIXES):
        return from_html(raw, doc=doc, path=path)
    return from_text(raw, doc=doc, path=path)


def too_large(name: str, size: int, max_bytes: int) -> InputError:
    """The error for a file over the --max-size limit, found before it is loaded."""
    return InputError(name, f"file too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:g} MB, see --max-size)")


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> Document:
    """Read one file, refusing what is too large before loading it.

    `name` is the path as the user gave it, for records and errors, when `path` is another way to
    reach the same file (cluster workers open the absolute path: their working folder may differ).
    """
    name = name or str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise too_large(name, size, max_bytes)
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a folder") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None
    return read_bytes(data, doc=path.name, path=name)


def expand(args: Iterable[str]) -> Iterator[Path | str | InputError]:
    """Turn command-line arguments into files (folders recursively, globs), `-`, or an error each."""
    seen: set[str] = set()

    def once(p: Path) -> Iterator[Path]:
        key = os.path.realpath(p)
        if key not in seen:
            seen.add(key)
            yield p

    for arg in args:
        if arg == STDIN:
            yield STDIN
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                yield InputError(arg, f"no documents ({', '.join(DOCUMENT_SUFFIXES)}) in this folder")
            for p in files:
                yield from once(p)
        elif path.exists():
            yield from once(path)
        elif glob.has_magic(arg):
            matches = sorted(Path(p) for p in glob.glob(arg, recursive=True) if Path(p).is_file())
            if not matches:
                yield InputError(arg, "no file matches this pattern")
            for p in matches:
                yield from once(p)
        else:
            yield InputError(arg, "no such file or folder")


def read(args: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Documents for the given arguments, in order; an unreadable input yields its `InputError`."""
    for item in expand(args):
        if isinstance(item, InputError):
            yield item
        elif item == STDIN:
            try:
                data = sys.stdin.buffer.read(max_bytes + 1)
                if len(data) > max_bytes:
                    raise InputError("<stdin>", f"input too large (the limit is {max_bytes / 1e6:g} MB, see --max-size)")
                yield read_bytes(data, doc="<stdin>", path="<stdin>")
            except InputError as exc:
                yield exc
        else:
            try:
                yield read_file(item, max_bytes=max_bytes)  # type: ignore[arg-type]
            except InputError as exc:
                yield exc


def bundled_seeds() -> Path:
    """The sample articles shipped with mnquotes: the default corpus."""
    from .resources import data_dir

    return data_dir("seeds")
