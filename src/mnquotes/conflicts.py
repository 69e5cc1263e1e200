"""Conflicts: numeric claims about the same subject and entity whose values disagree across
documents (one article's 95 percent of Mongolia's petroleum against another's 90), side by side.

A claim stands for an interval, not a point: "95 percent" is 94.5 to 95.5 (the precision it is
written with, so "3.3 million" and "3,280,000" agree), "about 95 percent" 10% either way, "over 20
percent" anything from 20 up, a range its two ends. Claims disagree when their intervals do not
meet, so "over 20 percent" and "21 percent" agree while "95 percent" and "90 percent" do not.
Figures within one document may differ (a change over time); only documents that disagree with
each other make a conflict.
"""
from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable

from .dedupe import DEFAULT_THRESHOLD, cluster, documents_of, normalise, same_topic, topic_words
from .records import Claim, Conflict

APPROXIMATE = 0.10  # "about", "nearly": this share of the value either way
# What the qualifier values of claim records (the labels of rules/qualifiers.tsv) allow.
APPROXIMATE_QUALIFIERS = {"about", "nearly"}
LOWER_BOUNDS = {"over", "at least"}
UPPER_BOUNDS = {"under", "up to", "at most"}
WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def rounding(claim: Claim) -> float:
    """Half the last written digit, in the value's units: "95 percent" 0.5, "3.3 million" 50,000."""
    m = WRITTEN_NUMBER.search(claim.text)
    if m is None or claim.value is None:
        return 0.0
    written = float(m.group(0).replace(",", ""))
    if not written:
        return 0.0
    scale = abs(claim.value / written)  # 1e6 for "million", 1 without a scale word
    return 0.5 * scale * 10 ** -len(m.group(1) or "")


def bounds(claim: Claim) -> tuple[float, float] | None:
    """The values a claim allows, or None when it states no number ("tens of thousands" has low/high)."""
    qualifier = normalise(claim.qualifier)
    if claim.value is None:
        if claim.low is None and claim.high is None:
            return None
        return (-math.inf if claim.low is None else claim.low, math.inf if claim.high is None else claim.high)
    spread = max(rounding(claim), abs(claim.value) * APPROXIMATE if qualifier in APPROXIMATE_QUALIFIERS else 0.0)
    low, high = claim.value - spread, claim.value + spread
    return (low if qualifier not in UPPER_BOUNDS else -math.inf, high if qualifier not in LOWER_BOUNDS else math.inf)


def point(claim: Claim) -> float:
    """The number a claim is shown and compared by: its value, else the middle of its range."""
    if claim.value is not None:
        return claim.value
    ends = [v for v in (claim.low, claim.high) if v is not None]
    return sum(ends) / len(ends)


def disagree(a: Claim, b: Claim) -> bool:
    """Claims of different documents whose values cannot both be right."""
    if documents_of(a) & documents_of(b):
        return False
    (a_low, a_high), (b_low, b_high) = bounds(a), bounds(b)  # type: ignore[misc]
    return a_high < b_low or b_high < a_low


def conflict(claims: list[Claim]) -> Conflict:
    claims = sorted(claims, key=point)
    values = tuple(sorted({point(c) for c in claims}))
    largest = max(abs(values[0]), abs(values[-1]))
    return Conflict(
        sources=tuple(dict.fromkeys(s for c in claims for s in c.sources)),
        subject=next((c.subject for c in claims if c.subject), None),
        entity=next((c.entity for c in claims if c.entity), None),
        unit=claims[0].unit,
        values=values,
        relative_difference=round((values[-1] - values[0]) / largest, 4) if largest else 0.0,
        claims=tuple(claims),
    )


def find_conflicts(claims: Iterable[Claim], *, threshold: float = DEFAULT_THRESHOLD) -> list[Conflict]:
    """Groups of numeric claims with the same unit and entity and a similar subject in which two
    documents give values that disagree.

    Args:
        claims: claim records (deduplicated or not); non-numeric ones are ignored.
        threshold: how similar (0-100) two subjects must be to be the same subject.

    Returns:
        One `Conflict` per group, every claim of the group side by side (ascending value), in
        order of the group's first claim.
    """
    numeric = [c for c in claims if c.type == "numeric" and bounds(c) is not None]
    units = [(normalise(c.unit), normalise(c.entity)) for c in numeric]
    topics = [topic_words(c) for c in numeric]
    keys: list[list[Hashable]] = [[(*u, w) for w in t] for u, t in zip(units, topics)]

    def similar(a: int, b: int) -> bool:
        return units[a] == units[b] and same_topic(topics[a], topics[b], threshold)

    out = []
    for group in cluster(keys, similar, [documents_of(c) for c in numeric]):
        members = [numeric[i] for i in group]
        if any(disagree(a, b) for n, a in enumerate(members) for b in members[n + 1:]):
            out.append(conflict(members))
    return out


__all__ = ["bounds", "find_conflicts"]
