"""A matcher for token patterns whose every test depends on the word alone, as regular expressions
over a Doc written one character per token.

spaCy's Matcher makes a Python `Token` for every token of every Doc and steps each pattern state
through it: most of the pipeline's time. But a test on `LOWER`, `IS_TITLE`, a lexeme flag... gives
the same answer for every token of one word, so each word is tested once, by spaCy's own Matcher
on a one-token Doc, and gets a character standing for the set of tests it passes. A pattern
becomes a regular expression over those characters, run by `re` in C. It finds what spaCy's
Matcher finds: every (start, end) whose tokens match, not only the longest.

Patterns with a test on anything else (`POS`, `ENT_TYPE`, `IS_SENT_START`, `_`...) or the `!`
operator are left to spaCy's Matcher (`lexical` says which).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from .tokens import TokenTable

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Token attributes that are the lexeme's: the same for every token of a word.
WORD_ATTRS = frozenset({
    "ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "IS_ALPHA", "IS_ASCII", "IS_DIGIT",
    "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP", "IS_BRACKET", "IS_QUOTE",
    "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL",
})
QUANTIFIERS = {None: "", "1": "", "?": "?", "*": "*", "+": "+"}
COUNTED = re.compile(r"\{(\d*)(,?)(\d*)\}\Z")  # "{2}", "{2,}", "{,3}", "{1,3}"
FIRST_CHAR = 0xE000  # private use area: one character per set of tests passed


def quantifier(op: str | None) -> str | None:
    """The regex quantifier of a Matcher operator, None for one this matcher does not run ("!")."""
    if op in QUANTIFIERS:
        return QUANTIFIERS[op]
    counted = COUNTED.match(op or "")
    if counted and (counted[1] or counted[3]):
        low, comma, high = counted.groups()
        return "{" + (low or "0") + comma + high + "}"
    return None


def min_count(quantifier: str) -> int:
    """How many tokens an element with this regex quantifier takes at the least."""
    if quantifier in ("?", "*"):
        return 0
    counted = re.match(r"\{(\d*)", quantifier)
    return int(counted[1] or 0) if counted else 1


def is_word_attr(key: str) -> bool:
    return key.upper() in WORD_ATTRS or re.fullmatch(r"FLAG\d+", key.upper()) is not None


def lexical(pattern: list[dict[str, Any]]) -> bool:
    """Whether this matcher can run the token pattern."""
    return bool(pattern) and all(
        quantifier(spec.get("OP")) is not None and all(is_word_attr(k) for k in spec if k != "OP")
        for spec in pattern
    )


class LexicalMatcher:
    """Called like spaCy's Matcher (`matcher(doc)` -> `(key, start, end)` tuples), for patterns that
    `lexical` accepts."""

    def __init__(self, vocab: Vocab) -> None:
        from spacy.matcher import Matcher

        self.vocab = vocab
        self.tests = Matcher(vocab, validate=False)  # one single-token pattern per distinct test
        self.test_ids: dict[str, int] = {}  # canonical JSON of a token test -> its bit
        self.patterns: list[tuple[int, list[tuple[int, str]]]] = []  # key, (test bit, quantifier)...
        self.char_of: dict[int, str] = {}  # word (orth) -> character of the tests it passes
        self.chars: dict[int, str] = {}  # bit set of tests passed -> its character
        self.compiled: list[tuple[int, re.Pattern[str], re.Pattern[str] | Anchor]] = []  # key, pattern, where to look
        self.stale = True

    def __len__(self) -> int:
        return len(self.patterns)

    def add(self, key: int, patterns: list[list[dict[str, Any]]]) -> None:
        for pattern in patterns:
            elements = []
            for spec in pattern:
                test = {k: v for k, v in spec.items() if k != "OP"}
                canonical = json.dumps(test, sort_keys=True)
                if canonical not in self.test_ids:
                    self.test_ids[canonical] = len(self.test_ids)
                    self.tests.add(str(self.test_ids[canonical]), [[test]])
                elements.append((self.test_ids[canonical], quantifier(spec.get("OP")) or ""))
            self.patterns.append((key, elements))
        self.stale = True

    def encode(self, doc: Doc) -> str:
        """The Doc as one character per token, testing the words not seen before."""
        orths = TokenTable.of(doc).orths
        char_of = self.char_of
        try:
            return "".join(map(char_of.__getitem__, orths))
        except KeyError:  # words not seen before: tested once, then the Doc is written
            self.learn(list(dict.fromkeys(o for o in orths if o not in char_of)))
            return "".join(map(char_of.__getitem__, orths))

    def learn(self, orths: list[int]) -> None:
        from spacy.tokens import Doc

        strings = self.vocab.strings
        words = Doc(self.vocab, words=[strings[o] for o in orths], spaces=[True] * len(orths))
        masks = [0] * len(orths)
        for key, start, _ in self.tests(words):
            masks[start] |= 1 << int(strings[key])
        for orth, mask in zip(orths, masks):
            if mask not in self.chars:
                self.chars[mask] = chr(FIRST_CHAR + len(self.chars))
                self.stale = True
            self.char_of[orth] = self.chars[mask]

    def passing(self, bits: set[int]) -> str:
        """The characters of the words that pass one of these tests."""
        return "".join(char for mask, char in self.chars.items() if any(mask >> b & 1 for b in bits))

    def element_class(self, bit: int) -> str:
        chars = self.passing({bit})
        return f"[{chars}]" if chars else "(?:(?!))"

    def compile(self) -> None:
        """Per pattern: the pattern itself and either the stretch of tokens a match lies in (each
        passing one of its tests) or, when it opens with an optional token, an anchor (see
        `Anchor`). Rebuilt whenever a new set of passed tests (a new character) appears, which soon
        stops happening."""
        self.compiled = []
        for key, elements in self.patterns:
            regex = re.compile("".join(f"{self.element_class(bit)}{q}" for bit, q in elements))
            # A pattern that opens with an optional token gives `re` no first test to skip ahead by: its
            # matches are found from their first token that a single required element takes.
            anchor = next((i for i, (_, q) in enumerate(elements) if q == ""), None) \
                if min_count(elements[0][1]) == 0 else None
            if anchor is None:
                self.compiled.append((key, regex, self.stretch(elements)))
            else:
                self.compiled.append((key, regex, Anchor(
                    re.compile(self.element_class(elements[anchor][0])),
                    self.stretch(elements[:anchor]),
                    self.stretch(elements[anchor + 1:]),
                )))
        self.stale = False

    def stretch(self, elements: list[tuple[int, str]]) -> re.Pattern[str]:
        """A run of tokens each passing one of these elements' tests (an empty run if none can)."""
        chars = self.passing({bit for bit, _ in elements})
        return re.compile(f"[{chars}]*" if chars else "")

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        text = self.encode(doc)
        if self.stale:
            self.compile()
        return list(self.find(text))

    def find(self, text: str) -> Iterator[tuple[int, int, int]]:
        backwards = text[::-1]
        n = len(text)
        for key, regex, how in self.compiled:
            if isinstance(how, Anchor):
                # Every match holds a token passing the anchor's test (a scan in C), the tokens before it
                # in the stretch of the elements before the anchor, those after it in the stretch after.
                seen: set[tuple[int, int]] = set()  # a match with two tokens that pass the anchor's test
                for token in how.token.finditer(text):
                    at = token.start()
                    first = at - (how.before.match(backwards, n - at).end() - (n - at))  # type: ignore[union-attr]
                    last = how.after.match(text, at + 1).end()  # type: ignore[union-attr]
                    if regex.search(text, first, last) is None:  # most anchors: no match around them at all
                        continue
                    for start in range(first, at + 1):
                        for end in range(at + 1, last + 1):
                            if (start, end) not in seen and regex.fullmatch(text, start, end):
                                seen.add((start, end))
                                yield key, start, end
                continue
            pos = 0
            # Each search finds the next token where a match starts (`re` skips ahead in C by the first
            # token's test); then every end of a match there.
            while pos < n and (found := regex.search(text, pos)) is not None:
                start = found.start()
                last = how.match(text, start).end()  # type: ignore[union-attr]
                for end in range(start + 1, last + 1):
                    if regex.fullmatch(text, start, end):
                        yield key, start, end
                pos = start + 1


class Anchor(NamedTuple):
    """Where to look for the matches of a pattern that opens with an optional token: each holds a
    `token` passing the test of the pattern's first single required element, with a run of tokens
    passing the tests of the elements `before` it and one passing those `after` it."""

    token: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
