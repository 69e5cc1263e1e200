"""Vectorised token look-ups: finding candidate tokens without a Python loop over the whole Doc."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def token_indices(sdoc: Doc, lowercase_words: Iterable[str]) -> list[int]:
    """Indices of the tokens whose lowercase form is one of the words, in one array operation."""
    import numpy
    from spacy.attrs import LOWER

    strings = sdoc.vocab.strings
    wanted = numpy.fromiter((strings.add(w) for w in lowercase_words), dtype=numpy.uint64)
    return numpy.flatnonzero(numpy.isin(sdoc.to_array(LOWER), wanted)).tolist()
