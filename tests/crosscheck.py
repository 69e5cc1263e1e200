"""Hand-made records on real documents (the cross-check fixtures and the seeds), for the
deduplication, search and conflict tests: each record's text and source come from
`Document.source`, exactly as the finders make them, so the tests do not wait on extraction."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from mnquotes.documents import Document, bundled_seeds, read_file
from mnquotes.records import Claim, Quote, Speaker

FIXTURES = Path(__file__).parent / "fixtures" / "crosscheck"
A, B, C = (str(FIXTURES / name) for name in ("a_kyivpost.txt", "b_wire.txt", "c_digest.txt"))
SEED_000, SEED_001, SEED_002 = (
    str(bundled_seeds() / name)
    for name in ("000_6c0b970ec3bab91c.txt", "001_83db83253f8a497e.txt", "002_981cfd96f734838a.txt")
)


@cache
def document(path: str) -> Document:
    return read_file(Path(path))


def span(path: str, needle: str, after: str = "", occurrence: int = 1):
    """Text and source of the `occurrence`-th `needle` after the first `after` in the analysed text."""
    text = document(path).text
    found = text.index(after) - 1 if after else -1
    for _ in range(occurrence):
        found = text.index(needle, found + 1)
    return document(path).source([(found, found + len(needle))])


def quote(path: str, needle: str, speaker: str | None, type: str = "direct", occurrence: int = 1) -> Quote:
    text, source = span(path, needle, occurrence=occurrence)
    return Quote(sources=(source,), text=text, type=type, speaker=speaker)  # type: ignore[arg-type]


def claim(
    path: str, sentence: str, text: str, value: float, unit: str, *, subject: str | None = None,
    entity: str | None = None, speaker: str | None = None, qualifier: str | None = None,
) -> Claim:
    """A numeric claim `text` inside the sentence that starts with `sentence`."""
    found, source = span(path, text, after=sentence)
    whole = document(path).text
    start = whole.index(sentence)
    end = min(i for i in (whole.find(". ", start), whole.find("\n", start), len(whole)) if i >= 0)
    return Claim(
        sources=(source,), text=found, value=value, unit=unit, subject=subject, entity=entity,
        speaker=speaker, qualifier=qualifier, sentence=whole[start:end + 1].strip(),
    )


def speaker(path: str, name: str, kind: str = "person", role: str | None = None) -> Speaker:
    text, source = span(path, name)
    return Speaker(sources=(source,), name=text, kind=kind, role=role, quotes=1)  # type: ignore[arg-type]
