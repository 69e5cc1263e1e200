"""A progress bar on stderr for long runs, so data on stdout stays clean.

The caller decides whether stderr is a terminal; this module decides whether the run is long
enough to be worth a bar. The bar redraws from the loop (no refresh thread, which would be unsafe
to have running while worker processes are forked) and disappears when the run ends.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

from .documents import expand
from .errors import InputError

MIN_DOCUMENTS = 100  # fewer documents finish before a bar would tell anything
REFRESH_SECONDS = 0.1

T = TypeVar("T")


def count_documents(args: Iterable[str]) -> int:
    """How many documents the arguments name (files found, stdin counted once), without reading them."""
    return sum(1 for item in expand(args) if not isinstance(item, InputError))


def tracked(items: Iterable[T], total: int) -> Iterator[T]:
    """Yield the items, showing a bar of `total` on stderr when there are at least `MIN_DOCUMENTS`."""
    if total < MIN_DOCUMENTS:
        yield from items
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("analysing", total=total)
        shown = 0.0
        for item in items:
            yield item
            bar.advance(task)
            if time.monotonic() - shown >= REFRESH_SECONDS:
                bar.refresh()
                shown = time.monotonic()
