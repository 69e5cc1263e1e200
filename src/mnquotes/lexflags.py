"""Compile the dictionary predicates of token patterns (`IN`, `NOT_IN`, `REGEX`, `LENGTH >= 2`...)
into lexeme flags, so spaCy's Matcher checks them in C.

The Matcher calls a Python predicate for every token at every pattern state; a lexeme flag is one
bit per vocabulary entry, computed once when a word is first seen. Only predicates on attributes
that depend on the word's spelling alone are compiled (a flag is per word type, not per token);
any other predicate (on `POS`, `LEMMA`...) stays as written. A pattern file keeps spaCy's own
SpanRuler format: this happens when the pipeline is built.
"""
from __future__ import annotations

import json
import operator
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.vocab import Vocab

# Attributes of the word's spelling alone, as the Matcher computes them.
SPELLING: dict[str, Callable[[str], Any]] = {"ORTH": str, "TEXT": str, "LOWER": str.lower, "LENGTH": len}
COMPARISONS = {"==": operator.eq, "!=": operator.ne, ">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt}
FIRST_FREE_FLAG = 19  # spaCy's named spare flags are FLAG19 .. FLAG63
LAST_FLAG = 63


def predicate(attr: str, spec: dict[str, Any]) -> Callable[[str], bool] | None:
    """The test `{attr: spec}` makes of a word, or None when it is not a spelling-only test."""
    read = SPELLING.get(attr)
    if read is None or not spec:
        return None
    tests: list[Callable[[Any], bool]] = []
    for op, value in spec.items():
        if op == "IN" and isinstance(value, list):
            members = frozenset(value)
            tests.append(members.__contains__)
        elif op == "NOT_IN" and isinstance(value, list):
            members = frozenset(value)
            tests.append(lambda v, members=members: v not in members)
        elif op == "REGEX" and isinstance(value, str) and attr != "LENGTH":
            tests.append(lambda v, rx=re.compile(value): rx.search(v) is not None)
        elif op in COMPARISONS and isinstance(value, int) and attr == "LENGTH":
            tests.append(lambda v, cmp=COMPARISONS[op], value=value: cmp(v, value))
        else:
            return None
    return lambda word: all(test(read(word)) for test in tests)


def flag_of(vocab: Vocab, test: Callable[[str], bool]) -> int | None:
    """The lexeme flag that `test` computes in this vocabulary, added at the first call; None when
    all spare flags are taken. The test object itself is the key, so no state outside the vocabulary."""
    getters = vocab.lex_attr_getters
    found = next((flag for flag, getter in getters.items() if getter is test), None)
    if found is not None:
        return found
    spare = next((b for b in range(FIRST_FREE_FLAG, LAST_FLAG + 1) if b not in getters), None)
    if spare is not None:
        vocab.add_flag(test, flag_id=spare)
    return spare


class FlagCompiler:
    """Gives each distinct set of spelling predicates one lexeme flag of a vocabulary."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.flags: dict[str, str] = {}  # canonical JSON of the predicates -> "FLAGnn"

    def token(self, spec: dict[str, Any]) -> dict[str, Any]:
        """A token spec with its spelling predicates replaced by one flag (kept as is when none are
        compilable, or when the vocabulary has no spare flag left)."""
        tests = {k: predicate(k.upper(), v) for k, v in spec.items() if isinstance(v, dict)}
        compiled = {k: spec[k] for k, test in tests.items() if test is not None}
        if not compiled:
            return spec
        key = json.dumps({k.upper(): v for k, v in compiled.items()}, sort_keys=True)
        if key not in self.flags:
            word_tests = [tests[k] for k in compiled]
            flag_id = flag_of(self.vocab, lambda word: all(t(word) for t in word_tests))  # type: ignore[misc]
            if flag_id is None:
                return spec
            self.flags[key] = f"FLAG{flag_id}"
        rest = {k: v for k, v in spec.items() if k not in compiled}
        return {**rest, self.flags[key]: True}

    def pattern(self, entry: dict[str, Any]) -> dict[str, Any]:
        """A SpanRuler pattern entry with every token spec compiled; phrase patterns pass through."""
        if not isinstance(entry.get("pattern"), list):
            return entry
        return {**entry, "pattern": [self.token(spec) for spec in entry["pattern"]]}
