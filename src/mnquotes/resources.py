"""Where the bundled data lives: inside the installed package, or at the top of a source checkout."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """`rules` or `seeds`: shipped in the wheel as package data, top-level folders in a checkout."""
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"mnquotes data folder {name!r} not found next to {PACKAGE_DIR}")
