"""One renderer for every command: a rich table on a terminal, or streamed JSON / JSONL / CSV / TSV.

CSV and TSV flatten `sources` to one row per source (the `n` column groups the rows of one record)
and neutralise text cells a spreadsheet would run as a formula; JSON is never altered.
"""
from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from enum import Enum
from itertools import chain, islice
from pathlib import Path
from typing import Any, TextIO

from .errors import MnquotesError
from .records import Record, Source

SOURCE_COLUMNS = ["doc", "line", "start", "end", "timestamp", "title", "url", "path"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Columns a table shows per record kind (the rest are in JSON/CSV); "source" is computed.
TABLE_COLUMNS: dict[str, list[str]] = {
    "quote": ["speaker", "type", "text", "cue", "source"],
    "speaker": ["name", "kind", "role", "aliases", "quotes", "source"],
    "claim": ["text", "value", "unit", "qualifier", "subject", "entity", "speaker", "source"],
    "hit": ["score", "kind", "text", "speaker", "source"],
    "conflict": ["subject", "entity", "unit", "values", "relative_difference", "claims"],
}


WIDE_COLUMNS = {"text", "role", "subject", "sentence", "claims"}
MEDIUM_COLUMNS = {"speaker", "name", "source", "aliases", "entity"}
PART_RECORDS = 100_000  # records per JSONL part file: files of tens of MB, each one a reader's task
PART_GLOB = "part-*.jsonl"


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


def spreadsheet_safe(value: Any) -> Any:
    """Prefix a text cell that a spreadsheet would evaluate with `'`; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def cell(value: Any) -> Any:
    """A flat value for CSV/table: lists joined with `; `, None empty, a nested record summarised."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return nested_summary(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(str(cell(v)) for v in value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def source_summary(sources: Iterable[Source | dict[str, Any]]) -> str:
    items = [s if isinstance(s, Source) else Source(**{**s, "spans": ()}) for s in sources]
    if not items:
        return ""
    more = f" (+{len(items) - 1})" if len(items) > 1 else ""
    return items[0].location() + more


def nested_summary(data: dict[str, Any]) -> str:
    """A record inside another (a conflict's claims, a hit's match) in one cell: text (speaker, where)."""
    text = data.get("text") or data.get("name") or ""
    about = ", ".join(x for x in (data.get("speaker"), source_summary(data.get("sources") or [])) if x)
    return f"{text} ({about})" if about else str(text)


def flat_rows(data: dict[str, Any], columns: list[str], n: int) -> Iterator[list[Any]]:
    """One row per source of a record's dict, record fields repeated, sources spread into columns."""
    base = [n] + [spreadsheet_safe(cell(data.get(c))) for c in columns]
    for src in data.get("sources") or [{}]:
        yield base + [spreadsheet_safe(cell(src.get(c))) for c in SOURCE_COLUMNS]


def columns_for(items: list[dict[str, Any]], kinds: list[type[Record]]) -> list[str]:
    """Flat columns: the record types' fields in declaration order, then any extra keys seen."""
    cols: list[str] = []
    for kind in kinds:
        cols += [c for c in kind.field_names() if c not in cols]
    for item in items:
        cols += [c for c in item if c not in cols and c != "sources"]
    return cols


def render(
    records: Iterable[Record],
    fmt: Format,
    out: TextIO,
    *,
    kinds: list[type[Record]],
    title: str | None = None,
    color: bool | None = None,
) -> int:
    """Write records in the chosen format; returns how many were written."""
    if fmt is Format.json:
        count = 0
        out.write("[")
        for count, record in enumerate(records, 1):
            out.write(",\n" if count > 1 else "\n")
            out.write(json.dumps(record.to_dict(), ensure_ascii=False))
        out.write("\n]\n" if count else "]\n")
        return count
    if fmt is Format.jsonl:
        count = 0
        for count, record in enumerate(records, 1):
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        return count
    if fmt in (Format.csv, Format.tsv):
        dialect = csv.excel if fmt is Format.csv else csv.excel_tab
        writer = csv.writer(out, dialect=dialect)
        columns = columns_for([], kinds)
        writer.writerow(["n", *columns, *SOURCE_COLUMNS])
        count = 0
        for count, record in enumerate(records, 1):
            writer.writerows(flat_rows(record.to_dict(), columns, count))
        return count
    return render_table(list(records), out, title=title, color=color)


def render_table(records: list[Record], out: TextIO, *, title: str | None, color: bool | None) -> int:
    """A rich table per record kind present; text wraps to the terminal width."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, no_color=None if color is None else not color, highlight=False)
    if not records:
        console.print("[dim]no records[/dim]" if color is not False else "no records")
        return 0
    for kind in dict.fromkeys(r.record for r in records):
        rows = [r.to_dict() for r in records if r.record == kind]
        columns = TABLE_COLUMNS.get(kind) or [c for c in rows[0] if c != "sources"]
        table = Table(title=title, show_lines=True, expand=True)
        table.add_column("#", justify="right", style="dim")
        for c in columns:
            if c in WIDE_COLUMNS or c in MEDIUM_COLUMNS:
                ratio = 4 if c in WIDE_COLUMNS else 2
                table.add_column(c, overflow="fold", ratio=ratio, min_width=4 * ratio)
            else:  # short values (type, cue, unit, counts) keep their width and never wrap
                table.add_column(c, no_wrap=True)
        for i, row in enumerate(rows, 1):
            values = [source_summary(row.get("sources") or []) if c == "source" else cell(row.get(c)) for c in columns]
            table.add_row(str(i), *(str(v) for v in values))
        console.print(table)
    return len(records)


def prepare_parts(folder: Path) -> None:
    """Make the folder for `write_parts`, refusing one that holds part files (they would mix runs)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if any(folder.glob(PART_GLOB)):
            raise MnquotesError(f"{folder}: already holds {PART_GLOB} files; remove them or choose another folder")
    except OSError as exc:
        raise MnquotesError(f"{folder}: cannot write there ({exc.strerror or exc})") from None


def write_parts(
    records: Iterable[Record], folder: Path, *, kinds: list[type[Record]], size: int | None = None
) -> tuple[int, int]:
    """Stream records into JSONL files of `size` records (default `PART_RECORDS`): part-00000.jsonl...

    Each file appears whole (written under a hidden name, then renamed), so a reader never sees a
    part file half written. Returns how many records and files were written.
    """
    size = size or PART_RECORDS
    it = iter(records)
    count = files = 0
    for first in it:
        target = folder / f"part-{files:05}.jsonl"
        partial = folder / f".{target.name}.tmp"
        try:
            with partial.open("w", encoding="utf-8") as out:
                count += render(chain([first], islice(it, size - 1)), Format.jsonl, out, kinds=kinds)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise MnquotesError(f"{target}: cannot write ({exc.strerror or exc})") from None
        files += 1
    return count, files
