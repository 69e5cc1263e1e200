"""Reading a Doc's tokens cheaply: word classes found in one array operation, and every token's word
and offset as plain lists (`TokenTable`), so the finders never make a spaCy Token object."""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from .lexflags import flag_of

if TYPE_CHECKING:
    from spacy.lexeme import Lexeme
    from spacy.tokens import Doc

NAME = "mnquotes_tokens"  # the pipeline component that makes each Doc's TokenTable
TEXT_KEY = "mnquotes.text"
TABLE_KEY = "mnquotes.tokens"
T = TypeVar("T")


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


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once and kept in `user_data` (`Doc.text` rebuilds it on every call)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def token_indices(sdoc: Doc, lowercase_words: Iterable[str]) -> list[int]:
    """Indices of the tokens whose lowercase form is one of the words, in one array operation."""
    import numpy
    from spacy.attrs import LOWER

    strings = sdoc.vocab.strings
    wanted = numpy.fromiter((strings.add(w) for w in lowercase_words), dtype=numpy.uint64)
    return numpy.flatnonzero(numpy.isin(sdoc.to_array(LOWER), wanted)).tolist()


def gerund_shape(text: str) -> bool:
    """Whether a capitalised word has the shape of a verb's -ing form ("Drinking", "Appearing"), with no
    tagger to ask: a name's "-ing" tends to follow a vowel or a j ("Beijing", "Boeing", "Ewing")."""
    return len(text) >= 6 and text.endswith("ing") and text[1:].islower() and text[-4].lower() not in "aeiouj"


class Word:
    """What the finders read of one vocabulary entry, copied once from its spaCy Lexeme: the same
    for every token of the word, with the names of spaCy's Token attributes."""

    __slots__ = ("text", "lower_", "is_title", "is_upper", "is_lower", "is_alpha", "is_digit", "is_punct",
                 "is_quote", "is_space", "is_stop", "like_num")

    def __init__(self, lexeme: Lexeme) -> None:
        self.text: str = lexeme.orth_
        self.lower_: str = lexeme.lower_
        self.is_title: bool = lexeme.is_title
        self.is_upper: bool = lexeme.is_upper
        self.is_lower: bool = lexeme.is_lower
        self.is_alpha: bool = lexeme.is_alpha
        self.is_digit: bool = lexeme.is_digit
        self.is_punct: bool = lexeme.is_punct
        self.is_quote: bool = lexeme.is_quote
        self.is_space: bool = lexeme.is_space
        self.is_stop: bool = lexeme.is_stop
        self.like_num: bool = lexeme.like_num


class TokenTable:
    """A Doc's tokens as plain lists, read once per Doc by the first component: `doc[i]` makes a
    new Python Token object on every call, and the finders look at tokens many thousand times a
    document. `words[i]` is token i's `Word`, `idx[i]` its character offset."""

    __slots__ = ("doc", "orths", "words", "idx", "spaces")

    def __init__(self, doc: Doc, words: dict[int, Word]) -> None:
        from spacy.attrs import IDX, ORTH, SPACY

        columns = doc.to_array([ORTH, IDX, SPACY])
        self.doc = doc
        self.orths: list[int] = columns[:, 0].tolist()
        self.idx: list[int] = columns[:, 1].tolist()
        self.spaces = columns[:, 2]  # a numpy column: whether each token is followed by a space
        try:
            self.words: list[Word] = list(map(words.__getitem__, self.orths))
        except KeyError:  # words not seen before: copied from the vocabulary once
            vocab = doc.vocab
            for orth in self.orths:
                if orth not in words:
                    words[orth] = Word(vocab[orth])
            self.words = list(map(words.__getitem__, self.orths))

    @staticmethod
    def of(doc: Doc) -> TokenTable:
        """The table the pipeline's `mnquotes_tokens` component made for this Doc; made here, with
        words copied for this Doc alone, for a Doc that did not go through the pipeline."""
        table = doc.user_data.get(TABLE_KEY)
        if table is None:
            table = doc.user_data[TABLE_KEY] = TokenTable(doc, {})
        return table

    def token_at(self, char: int) -> int:
        """The token holding a character of the text."""
        return bisect.bisect_right(self.idx, char) - 1

    def end_char(self, i: int) -> int:
        """The character offset just after token i."""
        return self.idx[i] + len(self.words[i].text)

    def text(self, start: int, end: int) -> str:
        """The text of tokens [start, end), as `doc[start:end].text` gives it, without making a Span."""
        return doc_text(self.doc)[self.idx[start]:self.end_char(end - 1)] if end > start else ""


def per_word(known: dict[int, T], table: TokenTable, compute: Callable[[Word], T]) -> list[T]:
    """One value per token of the table, computed once per word and remembered in `known` (keyed
    by the word's orth): after the first documents, a Doc costs one dict look-up per token."""
    try:
        return list(map(known.__getitem__, table.orths))
    except KeyError:  # words not seen before
        for orth, word in zip(table.orths, table.words):
            if orth not in known:
                known[orth] = compute(word)
        return list(map(known.__getitem__, table.orths))


class TokenTabler:
    """The pipeline component that makes each Doc's `TokenTable`; it keeps the `Word` of every
    vocabulary entry seen, so a word is copied from its Lexeme once per process."""

    def __init__(self) -> None:
        self.words: dict[int, Word] = {}

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[TABLE_KEY] = TokenTable(doc, self.words)
        return doc


def register() -> None:
    """Register the component with spaCy (idempotent)."""
    from spacy.language import Language

    if NAME not in Language.factories:
        Language.factory(NAME, func=lambda nlp, name: TokenTabler())
