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
from typing import TYPE_CHECKING, Any

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
        self.compiled: list[tuple[int, re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]] = []
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
        """Per pattern: the pattern itself, the stretch of tokens a match lies in (each passing one of
        its tests) and, when it ends with one required token, that token's test. Rebuilt whenever a
        new set of passed tests (a new character) appears, which soon stops happening."""
        self.compiled = []
        for key, elements in self.patterns:
            regex = "".join(f"{self.element_class(bit)}{q}" for bit, q in elements)
            chars = self.passing({bit for bit, _ in elements})
            stretch = f"[{chars}]*" if chars else ""
            # A pattern that opens with an optional token gives `re` no first test to skip ahead by; if
            # it ends with exactly one token, its matches are found from their last token instead.
            (_, first_quantifier), (last_bit, last_quantifier) = elements[0], elements[-1]
            anchored = min_count(first_quantifier) == 0 and last_quantifier == ""
            ends = re.compile(self.element_class(last_bit)) if anchored else None
            self.compiled.append((key, re.compile(regex), re.compile(stretch), ends))
        self.stale = False

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        text = self.encode(doc)
        if self.stale:
            self.compile()
        return list(self.find(text))

    def find(self, text: str) -> Iterator[tuple[int, int, int]]:
        backwards = text[::-1]
        n = len(text)
        for key, regex, stretch, ends in self.compiled:
            if ends is not None:
                # Every match ends at a token passing the last test, found by a scan in C; its starts
                # lie in the stretch of tokens before that token.
                for token in ends.finditer(text):
                    end = token.end()
                    first = end - (stretch.match(backwards, n - end).end() - (n - end))  # type: ignore[union-attr]
                    for start in range(first, end):
                        if regex.fullmatch(text, start, end):
                            yield key, start, end
                continue
            pos = 0
            # Each search finds the next token where a match starts (`re` skips ahead in C, by the first
            # token's test when the pattern opens with a required one); then every end of a match there.
            while pos < n and (found := regex.search(text, pos)) is not None:
                start = found.start()
                last = stretch.match(text, start).end()  # type: ignore[union-attr]
                for end in range(start + 1, last + 1):
                    if regex.fullmatch(text, start, end):
                        yield key, start, end
                pos = start + 1
