"""The pipeline component that runs a `rules/*.jsonl` pattern file (spaCy's SpanRuler format:
`{"label", "pattern", "id"}`, token or phrase patterns).

It matches as spaCy's SpanRuler does (its Matcher and PhraseMatcher, the same matches), but keeps
them as `Match` tuples in the Doc's user data instead of making a Span of each: a name pattern with
`+` and `*` matches every stretch of a run of capitalised words, and the speaker finder keeps only
the longest, so most matches are never needed as Spans.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from .lexmatch import LexicalMatcher, lexical

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

NAME = "mnquotes_patterns"


class Match(NamedTuple):
    """One match; tuples sort as spaCy sorts Spans (position, then label and id hashes)."""

    start: int
    end: int
    label_hash: int
    id_hash: int
    label: str
    id: str


def matches_key(name: str) -> str:
    """Where a ruler keeps its matches in `Doc.user_data`."""
    return f"mnquotes.matches.{name}"


def matches(sdoc: Doc, name: str) -> list[Match]:
    """The matches of the pattern file `name` (e.g. "speakers"), sorted; empty when it has none."""
    return sdoc.user_data.get(matches_key(name), [])


class PatternRuler:
    """Token patterns (already compiled, see `lexflags.py`) and phrase patterns of one file."""

    def __init__(self, vocab: Vocab, name: str, make_doc: Callable[[str], Doc]) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.name = name
        self.make_doc = make_doc  # phrase patterns are tokenised as the documents are
        self.key = matches_key(name)
        self.strings = vocab.strings
        self.matcher = Matcher(vocab, validate=False)  # validated as written, before compiling
        self.lexical = LexicalMatcher(vocab)  # the patterns that test words alone, far faster
        self.phrases = PhraseMatcher(vocab)
        self.labels: dict[int, tuple[int, int, str, str]] = {}  # match key -> label and id
        self.patterns: list[dict[str, Any]] = []

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        for entry in patterns:
            label, rule = entry["label"], entry.get("id") or ""
            key = self.strings.add(f"{self.name}\t{label}\t{rule}")
            self.labels[key] = (self.strings.add(label), self.strings.add(rule) if rule else 0, label, rule)
            if isinstance(entry["pattern"], str):
                self.phrases.add(key, [self.make_doc(entry["pattern"])])
            elif lexical(entry["pattern"]):
                self.lexical.add(key, [entry["pattern"]])
            else:
                self.matcher.add(key, [entry["pattern"]])
            self.patterns.append(entry)

    def __call__(self, doc: Doc) -> Doc:
        found = {
            Match(start, end, *self.labels[key])
            for matcher in (self.lexical, self.matcher, self.phrases) if len(matcher)
            for key, start, end in matcher(doc)
            if start != end
        }
        doc.user_data[self.key] = sorted(found)
        return doc


def register() -> None:
    """Register the component with spaCy (idempotent)."""
    from spacy.language import Language

    if NAME not in Language.factories:
        Language.factory(NAME, default_config={"file": ""}, func=make)


def make(nlp, name: str, file: str) -> PatternRuler:
    return PatternRuler(nlp.vocab, file, nlp.make_doc)
