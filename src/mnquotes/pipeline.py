"""Build the spaCy `Language` that mnquotes runs: a blank English pipeline (or a user's model) whose
behaviour comes from `rules/`.

- `token_shapes.txt`: regexes of strings kept as one token (patronymic names such as `Ts.Buyantsogtoo`).
- every `*.jsonl` file: a SpanRuler named after the file, writing its matches to `doc.spans[<name>]`,
  each match carrying the pattern's `id` (`span.id_`) so records can say which rule fired.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .errors import ModelError, RulesError
from .rules import Rules

if TYPE_CHECKING:
    from spacy.language import Language

MAX_CHARS = 20_000_000
SENTENCE_FIXES = "mnquotes_sentence_fixes"
OPENING_MARKS = {'"', "“", "‘", "«", "„"}
SENTENCE_ENDS = {".", "!", "?", "…"}


def register_components() -> None:
    """Register mnquotes' own pipeline components with spaCy (idempotent)."""
    from spacy.language import Language

    if SENTENCE_FIXES in Language.factories:
        return

    @Language.component(SENTENCE_FIXES)
    def sentence_fixes(doc):
        """News-prose sentence rules on top of the punctuation-based splitter.

        A line break always ends a sentence (headlines, list items, unpunctuated paragraphs); a
        lowercase word never starts one (`an essay, “Is it?” stating ...`, `“attention!” (ankhaarlal) to`).
        """
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.text_with_ws:
                tok.is_sent_start = True
            elif (tok.text in OPENING_MARKS and prev.whitespace_ and not tok.whitespace_ and tok.i + 1 < len(doc)
                  and prev.text in SENTENCE_ENDS):
                # `reach. "The ICC ...`: a mark that opens a quotation starts the next sentence.
                tok.is_sent_start = True
                doc[tok.i + 1].is_sent_start = False
            elif tok.is_sent_start and (
                tok.is_lower or (tok.text in "([" and tok.i + 1 < len(doc) and doc[tok.i + 1].is_lower)
            ):
                tok.is_sent_start = False
        return doc


def span_ruler_names(rules: Rules) -> list[str]:
    """One SpanRuler per pattern file, in a stable order."""
    return sorted({p.stem for d in rules.dirs for p in d.glob("*.jsonl")})


def build(rules: Rules, model: str | None = None) -> Language:
    """The pipeline for these rules; `model` adds a trained pipeline's NER (e.g. en_core_web_sm)."""
    import spacy

    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except (OSError, ImportError) as exc:
            raise ModelError(
                f"spaCy pipeline {model!r} is not installed or not a pipeline folder "
                f"(install it, e.g. `pip install en_core_web_sm`, or give the path of a saved pipeline): {exc}"
            ) from None
    else:
        nlp = spacy.blank("en")
    nlp.max_length = MAX_CHARS
    shapes = rules.words("token_shapes.txt")
    if shapes:
        try:
            keep = re.compile("(?:" + "|".join(shapes) + r")\Z")
        except re.error as exc:
            raise RulesError(f"token_shapes.txt: bad regex ({exc})") from None
        nlp.tokenizer.token_match = keep.match
    register_components()
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") and not nlp.has_pipe("sentencizer"):
        nlp.add_pipe("sentencizer")
    if not nlp.has_pipe("parser"):  # a parsed Doc's sentences are the parser's and cannot be reset
        nlp.add_pipe(SENTENCE_FIXES)
    for name in span_ruler_names(rules):
        ruler = nlp.add_pipe("span_ruler", name=name, config={"spans_key": name, "validate": True})
        try:
            ruler.add_patterns(rules.patterns(f"{name}.jsonl"))  # type: ignore[attr-defined]
        except ValueError as exc:
            raise RulesError(f"{name}.jsonl: invalid pattern ({str(exc).splitlines()[0]})") from None
    return nlp
