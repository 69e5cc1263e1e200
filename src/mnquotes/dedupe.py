"""Deduplication across documents: the same quote, figure or speaker found in several articles
becomes one record that lists every source and keeps the other wordings in `variants`.

Records are compared only when they share an index key (three consecutive words of a quotation,
a topic word of a claim with the same value and unit, three letters of a name), never all pairs,
so 100,000 quotes take seconds (`benchmarks/dedupe.py`). Records merge only when they report the
same thing from the same claimant: `speaker` equal up to name forms and spelling, None (the
article's own voice) matching only None. Within one document the bar is higher: only
near-identical wording merges, so a fragment quoted again, or a figure restated in another
sentence or by someone else, stays a record of its own.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Generic, TypeVar

from .records import Claim, Quote, Record, Source, Speaker
from .speakers import given_names_agree, name_parts

DEFAULT_THRESHOLD = 90.0  # rapidfuzz's 0-100 scale
MIN_COVERAGE = 0.75  # a trimmed quotation keeps at least this share of the longer one's words
SHINGLE = 3  # words in a quotation's index keys
MAX_POSTINGS = 100  # a key shared by more records is too common to propose pairs (exact copies merge first)
NON_WORD = re.compile(r"[\W_]+")
YEAR = re.compile(r"(1[89]|20)\d\d")

R = TypeVar("R", bound=Record)


def normalise(text: str | None) -> str:
    """Text for matching: NFKC, case-folded, quote marks and punctuation gone, single spaces."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(NON_WORD.sub(" ", text).split())


@cache
def stopwords() -> frozenset[str]:
    from .rules import Rules

    return frozenset(Rules.load().lowered("match_stopwords.txt"))


def content_words(text: str | None) -> list[str]:
    """Normalised words without function words: what a topic or a name is about."""
    stop = stopwords()
    return [w for w in normalise(text).split() if w not in stop]


def same_word(a: str, b: str, threshold: float) -> bool:
    """Words agree: equal, or spelled alike when long enough to have spellings (not initials, not numbers)."""
    if a == b:
        return True
    if min(len(a), len(b)) <= 3 or a.isdigit() or b.isdigit():
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b, score_cutoff=threshold) > 0


def romanised_alike(a: str, b: str) -> bool:
    """Two romanisations of one name from another script ("Tykhii" and "Tykhyi", "Sergey" and "Sergei"):
    long enough to be a name, the same first four letters, a letter or two apart."""
    from rapidfuzz import fuzz

    return min(len(a), len(b)) >= 6 and a[:4] == b[:4] and fuzz.ratio(a, b, score_cutoff=80) > 0


def one_persons_names(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Two full names of as many words that pair up, word for word, in order or (two words) swapped:
    romanised alike ("Heorhii Tykhii", "Heorhii Tykhyi"), or given and family name in either order, as
    Mongolian, Chinese or Hungarian names are written ("Batmunkh Battsetseg", "Battsetseg Batmunkh").
    Initials never pair this way: "S. Lee" is no spelling of "Lee S."."""
    x, y = ([part.casefold() for part in name_parts(n)] for n in (a, b))  # "Oyun-Erdene" is one word
    if len(x) != len(y) or len(x) < 2 or min(map(len, x + y)) < 2:
        return False
    orders = [y, y[::-1]] if len(y) == 2 else [y]
    return any(all(same_word(v, w, threshold) or romanised_alike(v, w) for v, w in zip(x, order)) for order in orders)


@lru_cache(maxsize=65536)
def same_claimant(a: str | None, b: str | None, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Two speaker names for one claimant: every word of the shorter in the longer (spellings may
    differ), and the same last word when the shorter is one word ("Putin" ~ "Vladimir Putin", not
    "Putin's spokesman"). None is the article's own voice and matches only None.
    """
    if a is None or b is None:
        return a is None and b is None
    short, long_ = sorted((content_words(a), content_words(b)), key=len)
    if not short:
        return normalise(a) == normalise(b)
    if not all(any(same_word(w, v, threshold) for v in long_) for w in short):
        return False
    return len(short) > 1 or same_word(short[-1], long_[-1], threshold)


def same_topic(a: Sequence[str], b: Sequence[str], threshold: float) -> bool:
    """Topic words say the same (one may add detail: "petroleum" ~ "mongolia petroleum"); figures
    for different years are different topics."""
    if not a or not b:
        return False
    years_a = {w for w in a if YEAR.fullmatch(w)}
    years_b = {w for w in b if YEAR.fullmatch(w)}
    if years_a and years_b and not years_a & years_b:
        return False
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(" ".join(a), " ".join(b), score_cutoff=threshold) > 0


def topic_words(claim: Claim) -> tuple[str, ...]:
    """What a claim is about: its subject, else its sentence without the quantity, else its text;
    numbers other than years are left out (the value is compared on its own)."""
    sentence = claim.sentence.replace(claim.text, " ", 1) if claim.text else claim.sentence
    for text in (claim.subject, sentence, claim.text):
        words = [w for w in content_words(text) if not w.isdigit() or YEAR.fullmatch(w)]
        if words:
            return tuple(dict.fromkeys(words))
    return ()


@dataclass(frozen=True)
class QuoteView:
    """What deduplication compares of a quotation, normalised once."""

    type: str
    speaker: str | None
    text: str
    words: tuple[str, ...]

    @classmethod
    def of(cls, quote: Quote) -> QuoteView:
        text = normalise(quote.text)
        return cls(quote.type, quote.speaker, text, tuple(text.split()))

    def exact(self) -> Hashable:
        return self.type, normalise(self.speaker) if self.speaker is not None else None, self.text

    def keys(self) -> list[Hashable]:
        """Runs of words, but not runs of function words alone ("it is the"): too common to tell quotes apart."""
        n = min(SHINGLE, len(self.words))
        runs = [self.words[i:i + n] for i in range(len(self.words) - n + 1)] if n else []
        stop = stopwords()
        return [(self.type, *run) for run in runs if not stop.issuperset(run)] or [(self.type, *run) for run in runs]

    def similar(self, other: QuoteView, threshold: float, same_document: bool) -> bool:
        """Near-identical wording; across documents a trimmed clause too (most words kept)."""
        if self.type != other.type or not self.alike(other, threshold, same_document):
            return False
        return same_claimant(self.speaker, other.speaker, threshold)

    def alike(self, other: QuoteView, threshold: float, same_document: bool) -> bool:
        from rapidfuzz import fuzz

        if fuzz.ratio(self.text, other.text, score_cutoff=threshold):
            return True
        if same_document:
            return False
        short, long_ = sorted((len(self.words), len(other.words)))
        return short >= MIN_COVERAGE * long_ and fuzz.token_set_ratio(self.text, other.text, score_cutoff=threshold) > 0


@dataclass(frozen=True)
class ClaimView:
    """What deduplication compares of a claim: the exact quantity and its wording, who claims it,
    what it is about."""

    quantity: tuple
    text: str
    speaker: str | None
    entity: str
    topic: tuple[str, ...]
    sentence: str

    @classmethod
    def of(cls, claim: Claim) -> ClaimView:
        quantity = (claim.type, normalise(claim.unit), claim.value, claim.low, claim.high, normalise(claim.qualifier))
        return cls(
            quantity, normalise(claim.text), claim.speaker, normalise(claim.entity), topic_words(claim),
            normalise(claim.sentence),
        )

    def exact(self) -> Hashable:
        speaker = normalise(self.speaker) if self.speaker is not None else None
        return self.quantity, speaker, self.entity, self.topic, self.sentence

    def keys(self) -> list[Hashable]:
        return [(*self.quantity, w) for w in self.topic]

    def similar(self, other: ClaimView, threshold: float, same_document: bool) -> bool:
        """Same quantity, entity and claimant, alike wording ("95 per cent" ~ "95 percent", not "95%":
        a merged record shows one wording for every document), a similar topic; within a document
        a repeated sentence only."""
        from rapidfuzz import fuzz

        if self.quantity != other.quantity or self.entity != other.entity:
            return False
        if not fuzz.ratio(self.text, other.text, score_cutoff=threshold):
            return False
        if not same_topic(self.topic, other.topic, threshold):
            return False
        if not same_claimant(self.speaker, other.speaker, threshold):
            return False
        return not same_document or fuzz.ratio(self.sentence, other.sentence, score_cutoff=threshold) > 0


def cluster(
    keys: Sequence[Iterable[Hashable]],
    similar: Callable[[int, int], bool],
    docs: Sequence[frozenset[str]],
) -> list[list[int]]:
    """Groups of item indices joined by `similar`, tried only for items that share a key (each
    item's keys in a stable order, so that runs are reproducible).

    Two groups that both hold items of one document join only if those items are similar to each
    other too (complete link within a document), so a chain through other documents never merges
    a document's distinct records. Groups come in order of their first item, items in order.
    """
    parent = list(range(len(keys)))
    by_doc: dict[int, dict[str, list[int]]] = {i: {d: [i] for d in docs[i]} for i in parent}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def compatible(ra: int, rb: int) -> bool:
        a, b = by_doc[ra], by_doc[rb]
        return all(similar(x, y) for d in a.keys() & b.keys() for x in a[d] for y in b[d] if x != y)

    index: dict[Hashable, list[int]] = defaultdict(list)
    for i, item_keys in enumerate(keys):
        for key in dict.fromkeys(item_keys):  # in order: the same input merges the same way every run
            index[key].append(i)
    tried: set[tuple[int, int]] = set()
    for postings in index.values():
        if not 1 < len(postings) <= MAX_POSTINGS:
            continue
        heads: dict[int, int] = {}  # one item per group already formed: the rest would repeat its tries
        for i in postings:
            heads.setdefault(root(i), i)
        items = list(heads.values())
        for n, i in enumerate(items):
            for j in items[n + 1:]:
                ri, rj = root(i), root(j)
                if ri == rj or (i, j) in tried:
                    continue
                tried.add((i, j))
                if similar(i, j) and compatible(ri, rj):
                    parent[rj] = ri
                    for d, members in by_doc.pop(rj).items():
                        by_doc[ri].setdefault(d, []).extend(members)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(parent)):
        groups[root(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def documents_of(record: Record) -> frozenset[str]:
    return frozenset(s.path for s in record.sources)


class ExactCopies(Generic[R]):
    """Quotes or claims grouped by their normalised form as they arrive. A copy keeps only its order
    of arrival and its sources (and its wording, where it differs from the group's first), not a
    whole record: memory grows with the distinct records, and a syndicated story found in a thousand
    papers costs a thousand sources, not a thousand records."""

    def __init__(self, view: Callable[[R], QuoteView | ClaimView]) -> None:
        self.view = view
        self.group_of: dict[Hashable, int] = {}
        self.firsts: list[R] = []  # the first record of each group, in order of arrival
        self.views: list[QuoteView | ClaimView] = []
        self.arrivals: list[array[int]] = []  # each member's order of arrival among records of its kind
        self.sources: list[list[tuple[Source, ...]]] = []  # each member's sources, the first's included
        self.wordings: list[dict[int, tuple[str, ...]]] = []  # member -> its text and variants, where they differ
        self.docs: list[set[str]] = []
        self.count = 0

    def add(self, record: R) -> None:
        view = self.view(record)
        g = self.group_of.setdefault(view.exact(), len(self.firsts))
        if g == len(self.firsts):
            self.firsts.append(record)
            self.views.append(view)
            self.arrivals.append(array("q"))
            self.sources.append([])
            self.wordings.append({})
            self.docs.append(set())
        if record.text != self.firsts[g].text or record.variants:  # type: ignore[attr-defined]
            self.wordings[g][len(self.arrivals[g])] = (record.text, *record.variants)  # type: ignore[attr-defined]
        self.arrivals[g].append(self.count)
        self.sources[g].append(record.sources)
        self.docs[g].update(documents_of(record))
        self.count += 1

    def merged(self, threshold: float) -> list[R]:
        """Similar groups joined via `cluster`; one record per cluster, in order of first arrival."""
        views, docs = self.views, [frozenset(d) for d in self.docs]
        linked = cluster(
            [v.keys() for v in views],
            lambda a, b: views[a].similar(views[b], threshold, bool(docs[a] & docs[b])),  # type: ignore[arg-type]
            docs,
        )
        return [self.combine(groups) for groups in linked]

    def combine(self, groups: list[int]) -> R:
        """One record: the earliest member's fields, every source once, other wordings as variants."""
        first = self.firsts[groups[0]]  # clusters list their groups in order, the earliest first
        members = sorted((arrival, g, n) for g in groups for n, arrival in enumerate(self.arrivals[g]))
        if len(members) == 1:
            return first
        sources = tuple(dict.fromkeys(s for _, g, n in members for s in self.sources[g][n]))
        variants = dict.fromkeys(
            v for _, g, n in members for v in self.wordings[g].get(n, (self.firsts[g].text,))  # type: ignore[attr-defined]
        )
        variants.pop(first.text, None)  # type: ignore[attr-defined]
        return replace(first, sources=sources, variants=tuple(variants))


DETERMINERS = ("the ", "a ", "an ", "its ", "his ", "her ", "their ")


def names(spelling: tuple[str, ...]) -> tuple[str, ...]:
    """A spelling's names to compare: a person's referrals ("the minister", "The prime minister") and a body's
    by what it is ("The council", "the bank") are no names, and would join two ministers or two councils of
    different documents."""
    if spelling[0] == "person":
        return tuple(n for n in spelling[1:] if not n.lower().startswith(DETERMINERS))
    return tuple(n for n in spelling[1:] if not (len(words := n.split()) == 2 and words[0].lower() == "the"
                                                 and words[1].islower()))


def same_length(a: str, b: str) -> bool:
    """Two organisation names of as many words: spellings of one name, where a shorter name is another body
    ("Government" is not "Haitian Government"; `speakers.same_org` joins a body's short and full names)."""
    return len(content_words(a)) == len(content_words(b))


def full_words(name: str) -> int:
    """How many words of a name are written out, not initials."""
    return sum(len(part) > 1 for part in name_parts(name))


def merge_spellings(speakers: Sequence[Speaker], threshold: float = DEFAULT_THRESHOLD) -> list[Speaker]:
    """Give speakers of different documents whose names are spelled alike ("Buyantsogtoo",
    "Ts. Buyantsogt") one name: the fullest ("Henry Bambang Soelistyo", not "Soelistyo"), then the most quoted (a misspelling is
    rarer), then the longest (as `speakers.merge_speakers` prefers), the others becoming aliases, so that `merge_speakers` joins them. Described sources ("a spokesperson") never join.

    Records spelled exactly alike fold into one spelling first, so a name found in a thousand
    documents is compared once, not a thousand times, and its keys stay rare enough to propose pairs.
    """
    spelling_of: dict[tuple[str, ...], int] = {}  # (kind, name, *aliases) -> its index in `spellings`
    spellings: list[tuple[str, ...]] = []
    docs: list[set[str]] = []
    quoted: list[int] = []  # each spelling's quotes: the spelling most quoted names the speaker
    spelled: list[int | None] = []  # each speaker's spelling, None for those that never merge
    for sp in speakers:
        if not sp.merges_across_documents:
            spelled.append(None)
            continue
        key = (sp.kind, sp.name, *sp.aliases)
        g = spelling_of.setdefault(key, len(spellings))
        if g == len(spellings):
            spellings.append(key)
            docs.append(set())
            quoted.append(0)
        docs[g].update(documents_of(sp))
        quoted[g] += sp.quotes
        spelled.append(g)
    seen_in = [frozenset(d) for d in docs]

    def similar(a: int, b: int) -> bool:
        x, y = spellings[a], spellings[b]
        if x[0] != y[0] or seen_in[a] & seen_in[b]:
            return False
        if x[0] == "person" and one_persons_names(x[1], y[1], threshold):
            return True
        if x[0] == "person" and not given_names_agree(x[1], y[1]):
            return False  # "Sarah Martini" is not "James Martin", whatever their surnames alone
        return any(same_claimant(n, m, threshold) and (x[0] != "organization" or same_length(n, m))
                   for n in names(x) for m in names(y))

    def keys(spelling: tuple[str, ...]) -> list[Hashable]:
        words = [w for n in spelling[1:] for w in content_words(n)]
        return [(spelling[0], w[i:i + 3]) for w in words for i in range(max(len(w) - 2, 1))]

    canonical = [s[1] for s in spellings]  # each spelling's name once unified with those alike
    for group in cluster([keys(s) for s in spellings], similar, seen_in):
        name = spellings[max(group, key=lambda g: (full_words(spellings[g][1]), quoted[g], len(spellings[g][1])))][1]
        for g in group:
            canonical[g] = name
    out = list(speakers)
    for i, (sp, g) in enumerate(zip(speakers, spelled)):
        if g is not None and canonical[g] != sp.name:
            out[i] = replace(sp, name=canonical[g], aliases=(sp.name, *sp.aliases))
    return out


def deduplicate(records: Iterable[R], *, threshold: float = DEFAULT_THRESHOLD) -> list[R]:
    """Merge records that report the same thing from the same claimant into one listing every source.

    Args:
        records: quotes, claims and speakers, e.g. from every `DocumentRecords` of a run; kinds
            may be mixed and each merges with its own kind.
        threshold: how similar (0-100) wordings, topics and names must be to merge; lower merges more.

    Returns:
        The merged records, each kind in order of first appearance: a record's fields are those
        of its first occurrence (so `text` is exactly the text at `sources[0]`), `sources` lists
        every occurrence and `variants` the other wordings. Speakers are merged by
        `speakers.merge_speakers` after names spelled alike are unified.
    """
    copies: dict[type, ExactCopies] = {Quote: ExactCopies(QuoteView.of), Claim: ExactCopies(ClaimView.of)}
    kinds: dict[type, list[Record]] = {}  # in order of first appearance, with the records of other kinds
    for record in records:  # streamed: a quote or claim is folded into its exact copies as it arrives
        of_kind = kinds.setdefault(type(record), [])
        if type(record) in copies:
            copies[type(record)].add(record)
        else:
            of_kind.append(record)
    out: list[Record] = []
    for kind, of_kind in kinds.items():
        if kind in copies:
            out += copies[kind].merged(threshold)
        elif kind is Speaker:
            from .speakers import merge_speakers  # one record per person: name forms, titles, initials

            out += merge_speakers(merge_spellings(of_kind, threshold))  # type: ignore[arg-type]
        else:
            out += of_kind
    return out  # type: ignore[return-value]


__all__ = ["DEFAULT_THRESHOLD", "deduplicate", "merge_spellings", "normalise", "same_claimant"]
