"""Loading the editable rule files of `rules/` (and a user's `--rules DIR` on top of them).

Two formats: spaCy pattern JSONL (`{"label", "pattern", "id"}` per line) and plain word lists
(one entry per line, `#` comments). A file of the same name in a user folder adds to the bundled one.
In a pattern, a list value written `"@name"` (e.g. `{"LOWER": {"IN": "@role_nouns"}}`) stands for the
entries of `name.txt`, so each vocabulary is kept in one list file and shared by patterns and code; in a
list file, a line `@name` stands for the entries of `name.txt` too (`titles.txt` takes `@honorifics`).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from .errors import RulesError
from .resources import data_dir


@dataclass(frozen=True)
class Rules:
    """An ordered set of rule folders: the bundled one first, then the user's."""

    dirs: tuple[Path, ...]

    @classmethod
    def load(cls, extra: Path | str | None = None) -> Rules:
        dirs = [data_dir("rules")]
        if extra is not None:
            user = Path(extra)
            if not user.is_dir():
                raise RulesError(f"{user}: rules folder not found")
            dirs.append(user)
        return cls(tuple(dirs))

    def files(self, name: str) -> list[Path]:
        return [d / name for d in self.dirs if (d / name).is_file()]

    def words(self, name: str, _including: tuple[str, ...] = ()) -> list[str]:
        """Entries of a plain list file (all folders), in order, without comments and blanks; a line
        `@other` is replaced by the entries of `other.txt`."""
        out: list[str] = []
        for path in self.files(name):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                line = line.split("#", 1)[0].strip()
                if len(line) > 1 and line.startswith("@"):
                    included = line[1:] + ".txt"
                    if included in _including or included == name:
                        raise RulesError(f"{path}:{n}: {line!r} includes itself")
                    if not self.files(included):
                        raise RulesError(f"{path}:{n}: {line!r} but no rules file {included} exists")
                    out.extend(self.words(included, (*_including, name)))
                elif line:
                    out.append(line)
        return out

    def table(self, name: str) -> list[list[str]]:
        """Rows of a tab-separated list file: the first column is the entry, the rest its attributes."""
        return [[cell.strip() for cell in line.split("\t")] for line in self.words(name)]

    def patterns(self, name: str) -> list[dict[str, Any]]:
        """Patterns of a JSONL file (all folders); a bad line raises `RulesError` naming file and line."""
        out: list[dict[str, Any]] = []
        for path in self.files(name):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip() or line.lstrip().startswith("//"):
                    continue
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise RulesError(f"{path}:{n}: not JSON ({exc.msg})") from None
                missing = {"label", "pattern", "id"} - set(entry) if isinstance(entry, dict) else {"an object"}
                if missing:
                    raise RulesError(f"{path}:{n}: pattern needs {', '.join(sorted(missing))}")
                out.append(self.expand_lists(entry))
        return out

    def expand_lists(self, value: Any) -> Any:
        """Replace `"@name"` list references inside a pattern with the entries of `name.txt`."""
        if isinstance(value, dict):
            return {k: self.expand_lists(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.expand_lists(v) for v in value]
        if isinstance(value, str) and value.startswith("@") and len(value) > 1:
            name = value[1:] + ".txt"
            if not self.files(name):
                raise RulesError(f"pattern refers to {value!r} but no rules file {name} exists")
            return self.lowered(name)
        return value

    def lowered(self, name: str) -> list[str]:
        """A list file's entries in lower case (for LOWER matching and set lookups)."""
        return [w.lower() for w in self.words(name)]

    @cached_property
    def digest(self) -> str:
        """Hash of every rules file's name and content: part of the result cache key."""
        h = hashlib.sha256()
        for d in self.dirs:
            for path in sorted(p for p in d.rglob("*") if p.is_file()):
                h.update(path.relative_to(d).as_posix().encode())
                h.update(path.read_bytes())
        return h.hexdigest()[:16]
