"""The library API: documents in, one `DocumentRecords` per document out, streaming.

Each document is processed on its own (speakers are merged across documents afterwards), so the
same function serves one process, a pool of processes or a distributed job mapping over partitions.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from .documents import Document
from .errors import InputError
from .records import ClaimScope, DocumentRecords
from .rules import Rules

BATCH_SIZE = 32


class Extractor:
    """A built pipeline plus the rule-driven finders; build once, reuse for every document."""

    def __init__(self, rules: Rules | None = None, model: str | None = None) -> None:
        # Imported here: a run served from the cache never loads spaCy or the finders.
        from .claims import ClaimFinder
        from .pipeline import build
        from .quotes import QuoteFinder

        self.rules = rules or Rules.load()
        self.nlp = build(self.rules, model)
        self.quotes = QuoteFinder(self.rules)
        self.claims = ClaimFinder(self.rules)

    def run(self, documents: Iterable[Document], claims: ClaimScope = "all") -> Iterator[DocumentRecords]:
        """Each document's records; `claims` says which claims to make (quotes and speakers always)."""
        pairs = ((d.text, d) for d in documents)
        for sdoc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
            quotes, speakers = self.quotes.find(sdoc, document)
            found = self.claims.find(sdoc, document, quotes, claims)
            # What the finders kept there (token table, sentences, matches) points back at the Doc: left
            # in place, every Doc would wait for the cycle collector instead of being freed right here.
            sdoc.user_data.clear()
            yield DocumentRecords(document.doc, tuple(quotes), tuple(speakers), tuple(found))


def extract(
    documents: Iterable[Document],
    *,
    rules: Path | str | None = None,
    model: str | None = None,
    jobs: int | None = 1,
    cache: bool | Path | str = False,
    claims: ClaimScope = "all",
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[DocumentRecords]:
    """Extract quotes, speakers and claims from each document, in order.

    Args:
        documents: `Document`s, e.g. from `mnquotes.read(paths)` (skip its `InputError`s).
        rules: a folder of extra rule files, added to the bundled `rules/`.
        model: an installed spaCy pipeline whose NER adds to the rules.
        jobs: worker processes (each builds the pipeline once); None: one per CPU core when
            enough documents need analysing, else this process (see `parallel.map_chunks`).
        cache: reuse and store results: True for the user's cache folder (`$MNQUOTES_CACHE_DIR`
            overrides it), or a folder; False to analyse every document.
        claims: "all"; "numeric" for numeric claims only; "none" for no claims. A narrower
            scope skips work: `mnquotes quotes` asks for none.
        on_error: called with an `InputError` for a document whose extraction raised, which is
            then skipped; None raises it.

    Returns:
        An iterator of `DocumentRecords`, one per document, in input order whatever `jobs` is.
    """
    from .cache import ResultCache
    from .parallel import CHUNK_SIZE, map_chunks, settle

    loaded = Rules.load(rules)
    store = None if cache is False else ResultCache(loaded, model, None if cache is True else cache)
    pending: deque[tuple[list[Document], list[DocumentRecords | None]]] = deque()

    def to_analyse() -> Iterator[list[Document]]:
        """Chunks of the documents not in the cache; every chunk's hits wait in `pending`."""
        it = iter(documents)
        while chunk := list(islice(it, CHUNK_SIZE)):
            hits = [store.get(d, claims) if store is not None else None for d in chunk]
            pending.append((chunk, hits))
            yield [d for d, hit in zip(chunk, hits) if hit is None]

    for outcomes in map_chunks(to_analyse(), loaded, model, jobs, claims):
        chunk, hits = pending.popleft()
        fresh = iter(outcomes)
        for document, hit in zip(chunk, hits):
            result = settle(hit if hit is not None else next(fresh), on_error)
            if result is None:
                continue
            if store is not None and hit is None:
                store.put(document, result, claims)
            yield result
