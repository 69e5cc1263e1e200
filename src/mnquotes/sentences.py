"""Sentence boundaries for news prose, computed over token arrays (no Python loop over tokens).

Punctuation first, exactly as spaCy's `Sentencizer` splits (a sentence starts at the first token
that is no punctuation after a run of punctuation holding a sentence-final mark), then four rules:
a capitalised function word after a word the tokenizer kept with its full stop starts a sentence
(`on X. He said`), as does any capitalised word after `a.m.` or `p.m.` but a day, month or zone; a line break always ends a sentence (headlines, list items, unpunctuated paragraphs); a mark that
opens a quotation right after a full stop starts the next sentence (`reach. "The ICC ...`, and after a
quotation closed on its full stop, `continue." "It has ...`); a
lowercase word never starts one (`an essay, “Is it?” stating ...`, `“attention!” (ankhaarlal) to`).
With a trained pipeline's own sentences (a `senter`), only the four rules apply.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .tokens import TokenTable, per_word

if TYPE_CHECKING:
    import numpy
    from spacy.tokens import Doc, Span

    from .tokens import Word

NAME = "mnquotes_sentences"
USER_DATA_KEY = "mnquotes.sentences"
OPENING_MARKS = ('"', "“", "‘", "'", "«", "„")  # British straight '...' too: only glued to its word after a space
CLOSING_MARKS = ('"', "”", "’", "'", "»")
SENTENCE_ENDS = (".", "!", "?", "…")
CLOCK_MARKERS = ("a.m.", "p.m.")
BRACKETS = ("(", "[", "([")  # a bracket before a lowercase word does not start a sentence either


class SentenceSplitter:
    """A pipeline component; `punctuation=False` keeps the sentences a model already set."""

    def __init__(self, punctuation: bool = True, time_words: Iterable[str] = ()) -> None:
        from spacy.pipeline import Sentencizer

        self.punctuation = punctuation
        times = frozenset(w.lower() for w in time_words)
        enders = frozenset(Sentencizer.default_punct_chars)  # sentence-final marks, as spaCy's
        # The word classes the rules read, as bits of one mask per word, computed when a word is first seen.
        self.classes: list[Callable[[Word], bool]] = [
            lambda w: w.is_punct,
            lambda w: w.is_lower,
            lambda w: w.is_title,
            lambda w: w.is_stop,
            lambda w: w.text in enders,
            lambda w: w.text in SENTENCE_ENDS,
            lambda w: w.text in OPENING_MARKS,
            lambda w: w.text in CLOSING_MARKS,
            lambda w: w.text in BRACKETS,
            lambda w: "\n" in w.text,  # only whitespace tokens hold line breaks
            lambda w: len(w.text) > 1 and w.text.endswith("."),  # "U.S.", "X.": the tokenizer keeps the stop
            lambda w: w.lower_ in CLOCK_MARKERS,
            lambda w: w.lower_ in times,  # rules/time_words.txt: "Tuesday", "September"
            lambda w: w.lower_ == "time",  # "11 p.m. Moscow time"
        ]
        self.masks: dict[int, int] = {}  # word (orth) -> its classes, one bit each

    def mask_of(self, word: Word) -> int:
        """The classes of a word, one bit each."""
        return sum(1 << bit for bit, test in enumerate(self.classes) if test(word))

    def word_classes(self, table: TokenTable) -> numpy.ndarray:
        """One row per class, one column per token: whether the token's word is of the class."""
        import numpy

        column = per_word(self.masks, table, self.mask_of)
        bits = numpy.arange(len(self.classes), dtype=numpy.int64)
        return (numpy.array(column, dtype=numpy.int64)[None, :] >> bits[:, None]) & 1 == 1

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import SENT_START

        n = len(doc)
        if n == 0:
            return doc
        table = TokenTable.of(doc)
        punct, lower, title, stop, ender, sentence_end, opening, closing, bracket, line_break, dotted, clock, time_word, \
            time = self.word_classes(table)
        trailing_ws = table.spaces.astype(bool)
        current = None if self.punctuation else doc.to_array(SENT_START).astype(numpy.int64)
        starts = self.punctuation_starts(ender, punct) if current is None else current == 1
        # `on X. He said`, `the U.S. The talks`: a capitalised function word after a word ending in a
        # full stop starts a sentence (a name after an initial, `E. Odbayar`, is no function word).
        starts[1:] |= dotted[:-1] & trailing_ws[:-1] & title[1:] & stop[1:]
        # `before 11 p.m. Police said`: any capitalised word after a clock time's marker, but a day, a month or
        # a zone (`11 p.m. Tuesday`, `9 a.m. Moscow time`)
        named_time = time_word.copy()
        named_time[:-1] |= time[1:]
        starts[1:] |= clock[:-1] & trailing_ws[:-1] & title[1:] & ~named_time[1:]
        prev_break = numpy.zeros(n, dtype=bool)
        prev_break[1:] = line_break[:-1]
        # `reach. "The`: an opening mark glued to its word, after a sentence end and a space.
        opens = numpy.zeros(n, dtype=bool)
        opens[1:-1] = opening[1:-1] & trailing_ws[:-2] & ~trailing_ws[1:-1] & sentence_end[:-2]
        # `continue." "It has`: the same after a quotation closed on its full stop, the next opening at once.
        opens[2:-1] |= opening[2:-1] & trailing_ws[1:-2] & ~trailing_ws[2:-1] & closing[1:-2] & ~trailing_ws[:-3] \
            & sentence_end[:-3]
        opens &= ~prev_break
        starts[1:][opens[:-1]] = False  # the word after such a mark continues its sentence
        next_lower = numpy.zeros(n, dtype=bool)
        next_lower[:-1] = lower[1:]
        lowerish = lower | (bracket & next_lower)
        lowerish[0] = False
        starts &= ~(lowerish & ~prev_break & ~opens)
        starts |= prev_break | opens
        values = numpy.where(starts, 1, -1)
        if current is not None:  # tokens the model left unset stay unset unless a rule decided them
            decided = prev_break | opens | numpy.roll(opens, 1) | (current != 0)
            values = numpy.where(decided, values, 0)
        doc.from_array([SENT_START], values.astype(numpy.uint64))
        return doc

    @staticmethod
    def punctuation_starts(ender: numpy.ndarray, punct: numpy.ndarray) -> numpy.ndarray:
        """spaCy's Sentencizer, vectorised: token i starts a sentence when it is no punctuation and
        the punctuation run right before it holds a sentence-final mark (`ender`)."""
        import numpy

        stop = punct | ender
        index = numpy.arange(len(ender))
        last_word = numpy.maximum.accumulate(numpy.where(~stop, index, -1))
        last_ender = numpy.maximum.accumulate(numpy.where(ender, index, -1))
        starts = numpy.zeros(len(ender), dtype=bool)
        starts[0] = True
        starts[1:] = ~stop[1:] & (last_ender[:-1] > last_word[:-1])
        return starts


def register() -> None:
    """Register the component with spaCy (idempotent)."""
    from spacy.language import Language

    if NAME not in Language.factories:
        Language.factory(NAME, default_config={"punctuation": True, "time_words": []}, func=make)


def make(nlp, name: str, punctuation: bool, time_words: list[str]) -> SentenceSplitter:
    return SentenceSplitter(punctuation, time_words)


class Sentences:
    """A Doc's sentences by token, read once from its SENT_START column: `Token.sent` walks the
    tokens on every call, and each finder asks for the sentences of many tokens."""

    def __init__(self, sdoc: Doc) -> None:
        import numpy
        from spacy.attrs import SENT_START

        self.doc = sdoc
        starts = numpy.flatnonzero(sdoc.to_array(SENT_START).astype(numpy.int64) == 1).tolist()
        self.starts = starts if starts and starts[0] == 0 else [0, *starts]
        self.start_set = frozenset(self.starts)
        self.made: dict[int, Span] = {}

    @classmethod
    def of(cls, sdoc: Doc) -> Sentences:
        """The Doc's one `Sentences`, kept in its user data for every finder that reads it."""
        found = sdoc.user_data.get(USER_DATA_KEY)
        if found is None:
            found = sdoc.user_data[USER_DATA_KEY] = cls(sdoc)
        return found

    def is_start(self, i: int) -> bool:
        """Whether token i starts a sentence (`Token.is_sent_start` without making the Token)."""
        return i in self.start_set

    def bounds(self, i: int) -> tuple[int, int]:
        """The first token of the sentence holding token i, and the token after its last."""
        k = bisect.bisect_right(self.starts, i) - 1
        return self.starts[k], self.starts[k + 1] if k + 1 < len(self.starts) else len(self.doc)

    def of_token(self, i: int) -> Span:
        """The sentence holding token i (a Span made once, on the first request)."""
        k = bisect.bisect_right(self.starts, i) - 1
        if k not in self.made:
            self.made[k] = self.doc[slice(*self.bounds(i))]
        return self.made[k]
