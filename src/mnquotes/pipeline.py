"""Build the spaCy `Language` that mnquotes runs: a blank English pipeline (or a user's model) whose
behaviour comes from `rules/`.

- first, a component that reads each Doc's tokens into plain lists once (`tokens.TokenTable`);
- `token_shapes.txt`: regexes of strings kept as one token (patronymic names such as `Ts.Buyantsogtoo`).
- every `*.jsonl` file (spaCy's SpanRuler format): a pattern ruler named after the file (`ruler.py`),
  whose matches carry the pattern's `id` so records can say which rule fired. Patterns are
  validated as written, then their word-list and regex predicates become lexeme flags
  (`lexflags.py`); a pattern that tests words alone runs as a regular expression over the Doc
  (`lexmatch.py`), any other in spaCy's Matcher.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import ruler, sentences, tokens
from .errors import ModelError, RulesError
from .lexflags import FlagCompiler
from .rules import Rules

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

MAX_CHARS = 20_000_000
# Emoticons made of these alone ("):", ":)", "(;") are, in news, a bracket closed before a colon: "(TDI): ..."
BRACKET_PUNCTUATION = set("()[]:;=")


def pattern_file_names(rules: Rules) -> list[str]:
    """One pattern ruler per pattern file, in a stable order."""
    return sorted({p.stem for d in rules.dirs for p in d.glob("*.jsonl")})


def tokenizer(nlp: Language, rules: Rules) -> Tokenizer:
    """The pipeline's tokenizer with the rules' settings, built at once (each setting changed on a built
    tokenizer reloads its thousands of special cases):
    - `token_shapes.txt`: strings kept as one token (patronymic names such as `Ts.Buyantsogtoo`), but a
      form of address glued to a name is no patronymic initial: "Mr.Ukhnaagiin" is "Mr." and a name;
    - measures as the quantity reader reads them (quantities.py): "40C." and "5K." end before their
      full stop (spaCy keeps a full stop after a capital, for initials); "£5m." ends in the scale "m",
      not the initial "m." (spaCy splits the unit off the number, then its special case for initials
      joins it to the full stop: the special case goes for each one-letter unit, currency or scale of
      the rules that it would join so); "$25-$40", "£2bn-£3bn" and "3%-5%" are two amounts joined by
      a hyphen;
    - no emoticon made of brackets and colons: "Ulaanbaatar, 5 July 2022 (TDI):" ends in ")" and ":";
    - a dash glued to a closing bracket ends the dateline it closes: "Tokyo, March 25 (Jiji Press)--Japanese Prime
      Minister ..." (one token "Press)--Japanese" put the agency in the minister's title);
    - an agency between slashes is a word of its own: "VLADIVOSTOK, September 5. /TASS/. Mongolia ..." (one
      token "/TASS/." hid the full stop that ends the dateline)."""
    from spacy.lang.char_classes import CURRENCY
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    old = nlp.tokenizer
    token_match = old.token_match
    shapes = rules.words("token_shapes.txt")
    if shapes:
        address = sorted({w.rstrip(".") for w in rules.lowered("honorifics.txt")})
        not_address = "(?!(?i:" + "|".join(map(re.escape, address)) + r")\.)" if address else ""
        try:
            # the shapes first: most words fail them at their first character
            token_match = re.compile("(?=(?:" + "|".join(shapes) + r")\Z)" + not_address).match
        except re.error as exc:
            raise RulesError(f"token_shapes.txt: bad regex ({exc})") from None
    letters = {row[0] for name in ("units.tsv", "currencies.tsv", "scales.tsv") for row in rules.table(name)
               if len(row[0]) == 1 and row[0].isalpha() and row[0].islower()}
    joined = {f"{c}." for c in letters if [t.text for t in old(f"5{c}.")] == ["5", f"{c}."]}
    return Tokenizer(
        nlp.vocab,
        rules={k: v for k, v in old.rules.items() if k not in joined and not set(k) <= BRACKET_PUNCTUATION},
        prefix_search=compile_prefix_regex([*nlp.Defaults.prefixes, r"/(?=[A-Z]+/)"]).search,
        suffix_search=compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[0-9][A-Z])\.", r"(?<=[A-Z])/", r"(?<=/)\."]).search,
        infix_finditer=compile_infix_regex(
            [*nlp.Defaults.infixes, rf"(?<=[0-9a-zA-Z%])[-–](?={CURRENCY})", r"(?<=[0-9]%)[-–](?=[0-9])",
             r"(?<=[0-9]-to)-(?=[0-9])", r"(?<=[A-Za-z])\)(?=--?[A-Za-z])",
             r"(?<=\))--?(?=[A-Za-z])"]).finditer,
        token_match=token_match,
        url_match=old.url_match,
        faster_heuristics=old.faster_heuristics,
    )


def build(rules: Rules, model: str | None = None) -> Language:
    """The pipeline for these rules; `model` adds a trained pipeline's NER (e.g. en_core_web_sm)."""
    import spacy
    from spacy.schemas import validate_token_pattern

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
    nlp.tokenizer = tokenizer(nlp, rules)
    tokens.register()
    nlp.add_pipe(tokens.NAME, first=True)  # every later component and finder reads its TokenTable
    sentences.register()
    if not nlp.has_pipe("parser"):  # a parsed Doc's sentences are the parser's and cannot be reset
        own = not nlp.has_pipe("senter") and not nlp.has_pipe("sentencizer")
        nlp.add_pipe(sentences.NAME, config={"punctuation": own, "time_words": rules.lowered("time_words.txt")})
    flags = FlagCompiler(nlp.vocab)
    ruler.register()
    for name in pattern_file_names(rules):
        patterns = rules.patterns(f"{name}.jsonl")
        for entry in patterns:
            errors = validate_token_pattern(entry["pattern"]) if isinstance(entry["pattern"], list) else []
            if errors:
                raise RulesError(f"{name}.jsonl: invalid pattern {entry['id']!r} ({errors[0]})")
        pipe = nlp.add_pipe(ruler.NAME, name=name, config={"file": name})
        try:
            pipe.add_patterns([flags.pattern(entry) for entry in patterns])  # type: ignore[attr-defined]
        except ValueError as exc:
            raise RulesError(f"{name}.jsonl: invalid pattern ({str(exc).splitlines()[0]})") from None
    return nlp
