"""Search: quotes, claims and speakers ranked by how well they match a query, tolerant of typos,
word order and partial names ("buyantsogto", "putin icc warrant", "petroleum 95").

A record's score is the mean, over the query's words, of each word's best match among the
record's words (its text, speaker, role, subject...): 100 when every query word is there,
whatever the order. Numbers, initials and other short words must match exactly, so "95" never
finds "96" and "UN" never finds "US".
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum

from .dedupe import content_words, normalise
from .errors import MnquotesError
from .records import Claim, Hit, Quote, Record, Speaker

DEFAULT_MIN_SCORE = 60.0
DEFAULT_LIMIT = 20
WORD_CUTOFF = 75.0  # below this a query word counts as absent from a record
PREFIX_SCORE = 90.0  # a query word that begins a longer word: a partial name ("khurel" -> "khurelsukh")


class Kind(str, Enum):
    quote = "quote"
    claim = "claim"
    speaker = "speaker"


def word_score(query_word: str, word: str) -> float:
    """How well one query word matches one word of a record, 0 when it does not."""
    if query_word == word:
        return 100.0
    if query_word.isdigit() or word.isdigit() or min(len(query_word), len(word)) <= 3:
        return 0.0
    from rapidfuzz import fuzz

    score = fuzz.ratio(query_word, word)
    if len(query_word) >= 4 and word.startswith(query_word):
        score = max(score, PREFIX_SCORE)
    return score if score >= WORD_CUTOFF else 0.0


def query_words(query: str) -> list[str]:
    """The words searched for: function words dropped unless the query is nothing else."""
    words = list(dict.fromkeys(content_words(query) or normalise(query).split()))
    if not words:
        raise MnquotesError(f"nothing to search for in {query!r}: give at least one word or number")
    return words


def names_of(record: Record) -> tuple[str, ...]:
    if isinstance(record, Speaker):
        return (record.name, *record.aliases)
    speaker = getattr(record, "speaker", None)
    return (speaker,) if speaker else ()


def speaker_filter(name: str) -> Callable[[Record], bool]:
    """A test of whether a record's speaker (a speaker record: its name or an alias) matches `name`
    fuzzily: every word of `name` is in the speaker's name, spelling aside ("putin", "buyantsogto")."""
    wanted = query_words(name)

    def matches(record: Record) -> bool:
        return any(all(any(word_score(q, w) for w in normalise(n).split()) for q in wanted) for n in names_of(record))

    return matches


def searched_words(record: Record) -> set[str]:
    """The words a query is matched against. A claim's numbers are its own figure only, so
    "petroleum 95" finds the 95 percent claim, not another figure of the same sentence."""
    if isinstance(record, Quote):
        fields = [record.text, *record.variants, record.speaker, record.speaker_role]
    elif isinstance(record, Claim):
        fields = [record.text, *record.variants, record.subject, record.entity, record.speaker]
        context = {w for w in normalise(record.sentence).split() if not w.isdigit()}
        return context | {w for text in fields for w in normalise(text).split()}
    elif isinstance(record, Speaker):
        fields = [record.name, *record.aliases, record.role]
    else:
        fields = []
    return {w for text in fields for w in normalise(text).split()}


def shown(record: Record) -> tuple[str, str | None]:
    """A hit's text and speaker: a quote's words, a claim's sentence, a speaker's name."""
    if isinstance(record, Speaker):
        return record.name, record.name
    if isinstance(record, Claim):
        return record.sentence or record.text, record.speaker
    return getattr(record, "text", ""), getattr(record, "speaker", None)


def search(
    records: Iterable[Record],
    query: str,
    *,
    kind: Kind | str | None = None,
    speaker: str | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    limit: int | None = DEFAULT_LIMIT,
) -> list[Hit]:
    """Records matching a query, best first.

    Args:
        records: quotes, claims and speakers (deduplicate them first so a hit lists every source).
        query: words in any order; typos and partial names are tolerated.
        kind: only quotes, claims or speakers.
        speaker: only records whose speaker matches this name (fuzzily, see `speaker_filter`).
        min_score: the lowest score (0-100) to report.
        limit: at most this many hits; None or 0 for all.

    Returns:
        `Hit`s, by score, then by how closely the hit's text is the query, then input order; of
        hits that would read the same (claims of one sentence) only the first.
    """
    from rapidfuzz import fuzz

    wanted = query_words(query)
    kind = Kind(kind) if kind else None
    by_speaker = speaker_filter(speaker) if speaker else None
    memo: dict[str, tuple[float, ...]] = {}
    scored: list[tuple[float, float, int, Record]] = []
    for n, record in enumerate(records):
        if kind and record.record != kind.value or by_speaker and not by_speaker(record):
            continue
        best = [0.0] * len(wanted)
        for word in searched_words(record):
            if word not in memo:
                memo[word] = tuple(word_score(q, word) for q in wanted)
            best = [max(b, s) for b, s in zip(best, memo[word])]
        score = sum(best) / len(wanted)
        if score >= min_score:
            closeness = fuzz.token_set_ratio(" ".join(wanted), normalise(shown(record)[0]))
            scored.append((-score, -closeness, n, record))
    scored.sort(key=lambda item: item[:3])
    hits: dict[tuple, Hit] = {}
    for negative, _, _, record in scored:
        text, who = shown(record)
        hit = Hit(sources=record.sources, score=round(-negative, 1), kind=record.record, text=text, speaker=who,
                  match=record)  # type: ignore[arg-type]
        hits.setdefault((hit.kind, text, who, record.sources[0].path, record.sources[0].line), hit)
        if len(hits) == limit:
            break
    return list(hits.values())


__all__ = ["DEFAULT_LIMIT", "DEFAULT_MIN_SCORE", "Kind", "search", "speaker_filter"]
