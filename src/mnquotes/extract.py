"""The library API: documents in, one `DocumentRecords` per document out, streaming.

Each document is processed on its own (speakers are merged across documents afterwards), so the
same function serves one process, a pool of processes or a distributed job mapping over partitions.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .claims import ClaimFinder
from .documents import Document
from .pipeline import build
from .quotes import QuoteFinder
from .records import DocumentRecords
from .rules import Rules

BATCH_SIZE = 32


class Extractor:
    """A built pipeline plus the rule-driven finders; build once, reuse for every document."""

    def __init__(self, rules: Rules | None = None, model: str | None = None) -> None:
        self.rules = rules or Rules.load()
        self.nlp = build(self.rules, model)
        self.quotes = QuoteFinder(self.rules)
        self.claims = ClaimFinder(self.rules)

    def run(self, documents: Iterable[Document]) -> Iterator[DocumentRecords]:
        pairs = ((d.text, d) for d in documents)
        for sdoc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
            quotes, speakers = self.quotes.find(sdoc, document)
            claims = self.claims.find(sdoc, document, quotes)
            yield DocumentRecords(document.doc, tuple(quotes), tuple(speakers), tuple(claims))


def extract(
    documents: Iterable[Document],
    *,
    rules: Path | str | None = None,
    model: str | None = None,
) -> Iterator[DocumentRecords]:
    """Extract quotes, speakers and claims from each document, in order.

    Args:
        documents: `Document`s, e.g. from `mnquotes.read(paths)` (skip its `InputError`s).
        rules: a folder of extra rule files, added to the bundled `rules/`.
        model: an installed spaCy pipeline whose NER adds to the rules.

    Returns:
        An iterator of `DocumentRecords`, one per document, in input order.
    """
    yield from Extractor(Rules.load(rules), model).run(documents)
