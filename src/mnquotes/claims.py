"""Numeric and other check-worthy claims (issue 4: not yet implemented)."""
from __future__ import annotations

from collections.abc import Sequence

from .documents import Document
from .records import Claim, Quote
from .rules import Rules


class ClaimFinder:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules

    def find(self, sdoc, document: Document, quotes: Sequence[Quote]) -> list[Claim]:
        return []
