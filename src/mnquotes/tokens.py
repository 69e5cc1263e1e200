"""Vectorised token look-ups: finding candidate tokens without a Python loop over the whole Doc."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .lexflags import flag_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


class WordClass:
    """A fixed set of lowercase words (the cue verbs' forms, pronouns...), kept as one lexeme flag of
    each pipeline that reads it: finding its tokens is then one C array read per Doc."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w.lower() for w in words)
        self.test = lambda word: word.lower() in self.words

    def indices(self, sdoc: Doc) -> list[int]:
        import numpy

        flag = flag_of(sdoc.vocab, self.test)
        if flag is None:  # every spare flag is taken: look the words up by hash instead
            return token_indices(sdoc, self.words)
        return numpy.flatnonzero(sdoc.to_array(flag)).tolist()


def token_indices(sdoc: Doc, lowercase_words: Iterable[str]) -> list[int]:
    """Indices of the tokens whose lowercase form is one of the words, in one array operation."""
    import numpy
    from spacy.attrs import LOWER

    strings = sdoc.vocab.strings
    wanted = numpy.fromiter((strings.add(w) for w in lowercase_words), dtype=numpy.uint64)
    return numpy.flatnonzero(numpy.isin(sdoc.to_array(LOWER), wanted)).tolist()
