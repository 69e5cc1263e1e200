"""Direct and reported speech (issue 3: in progress)."""
from __future__ import annotations

from .documents import Document
from .records import Quote, Speaker
from .rules import Rules


class QuoteFinder:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules

    def find(self, sdoc, document: Document) -> tuple[list[Quote], list[Speaker]]:
        return [], []
