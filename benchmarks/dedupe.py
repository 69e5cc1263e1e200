"""Deduplication at scale: N synthetic quotes (default 100,000) spread over thousands of documents,
each original quoted again with the variations news copy shows (straight vs curly marks, changed
punctuation and case, a trimmed clause, a typo, the speaker's short name), deduplicated once.

Prints the time, the records left and the pairwise precision / recall of the merges against the
known originals. Run: python benchmarks/dedupe.py [--quotes 100000]
"""
from __future__ import annotations

import argparse
import itertools
import random
import time
from collections import Counter

from mnquotes.dedupe import DEFAULT_THRESHOLD, deduplicate
from mnquotes.records import Quote, Source

SYLLABLES = ["ba", "ta", "ri", "ko", "mu", "sen", "gol", "dar", "in", "ul", "an", "khu", "ts", "or", "el", "bat"]
FUNCTION_WORDS = "the of and to a in that is was it for on with as we be at by this have from not our".split()


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """Function words first, then pseudo-words: rank order for a Zipf-like draw."""
    words = dict.fromkeys(FUNCTION_WORDS)
    while len(words) < size:
        words["".join(rng.choices(SYLLABLES, k=rng.randint(2, 4)))] = None
    return list(words)


def variant(rng: random.Random, words: list[str]) -> str:
    """One way a newsroom reprints a quotation."""
    text = " ".join(words)
    change = rng.random()
    if change < 0.2:  # trim the last clause, keeping most words
        text = " ".join(words[: max(3, int(len(words) * rng.uniform(0.8, 0.95)))])
    elif change < 0.4:  # a typo
        i = rng.randrange(len(text))
        text = text[:i] + rng.choice("aeiou") + text[i + 1:]
    elif change < 0.6:
        text = text.replace(" ", ", ", 1).capitalize() + "."
    elif change < 0.8:
        text = text.replace("we", "‘we’", 1)
    return text


def corpus(n: int, seed: int) -> tuple[list[Quote], dict[Source, int]]:
    """n quotes and, for each source, the original it copies."""
    rng = random.Random(seed)
    vocab = vocabulary(rng, 30_000)
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    people = [(f"{rng.choice('BTSEL')}.{w.capitalize()}", w.capitalize()) for w in rng.sample(vocab[100:], 2_000)]
    quotes: list[Quote] = []
    truth: dict[Source, int] = {}
    original = 0
    while len(quotes) < n:
        words = rng.choices(vocab, cum_weights=weights, k=rng.randint(8, 40))
        full_name, short_name = rng.choice(people)
        for copy in range(min(1 + int(rng.expovariate(0.5)), n - len(quotes))):
            text = " ".join(words) if copy == 0 else variant(rng, words)
            doc = f"doc{rng.randrange(20_000):05d}.txt"
            start = rng.randrange(100_000)
            end = start + len(text)
            source = Source(doc=doc, path=doc, line=1, start=start, end=end, spans=((start, end),))
            quotes.append(Quote(sources=(source,), text=text, speaker=rng.choice((full_name, short_name))))
            truth[source] = original
        original += 1
    rng.shuffle(quotes)
    return quotes, truth


def pairs(counts: Counter) -> int:
    return sum(c * (c - 1) // 2 for c in counts.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args()

    quotes, truth = corpus(args.quotes, args.seed)
    originals = len(set(truth.values()))
    started = time.perf_counter()
    merged = deduplicate(quotes, threshold=args.threshold)
    seconds = time.perf_counter() - started

    predicted = sum(len(r.sources) * (len(r.sources) - 1) // 2 for r in merged)
    correct = sum(pairs(Counter(truth[s] for s in r.sources)) for r in merged)
    expected = pairs(Counter(truth.values()))
    print(f"{len(quotes):,} quotes ({originals:,} originals) -> {len(merged):,} records in {seconds:.1f} s "
          f"(threshold {args.threshold:g})")
    print(f"merged pairs: precision {correct / max(predicted, 1):.3f}, recall {correct / max(expected, 1):.3f}")


if __name__ == "__main__":
    main()
