"""How the pipeline runs its rules fast without changing what they find: pattern predicates compiled
to lexeme flags, word classes read as flags, sentence boundaries computed over token arrays."""
from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.pipeline import Sentencizer
from spacy.matcher import Matcher

from mnquotes.lexmatch import LexicalMatcher, lexical
from mnquotes.lexflags import FIRST_FREE_FLAG, LAST_FLAG, FlagCompiler, flag_of, predicate
from mnquotes.pipeline import build, tokenizer
from mnquotes.rules import Rules
from mnquotes.sentences import SentenceSplitter
from mnquotes.tokens import WordClass, token_indices


@pytest.fixture(scope="module")
def seed_texts(seed_documents):
    return [d.text for d in seed_documents]


def matches(nlp, patterns, texts, validate=True):
    matcher = Matcher(nlp.vocab, validate=validate)
    for entry in patterns:
        matcher.add(entry["id"], [entry["pattern"]])
    return [sorted((nlp.vocab.strings[m], s, e) for m, s, e in matcher(nlp.make_doc(t))) for t in texts]


def test_compiled_speaker_patterns_match_exactly_what_the_written_ones_match(seed_texts):
    rules = Rules.load()
    patterns = rules.patterns("speakers.jsonl")
    written = matches(build(rules), patterns, seed_texts)
    nlp = spacy.blank("en")
    nlp.tokenizer = tokenizer(nlp, rules)  # the pipeline's tokens, with no flag taken by its own rulers yet
    compiler = FlagCompiler(nlp.vocab)
    compiled = [compiler.pattern(p) for p in patterns]
    assert compiler.flags  # the bundled patterns do use word lists and regexes
    assert not any(isinstance(v, dict) for p in compiled for spec in p["pattern"] for v in spec.values())
    assert matches(nlp, compiled, seed_texts, validate=False) == written
    assert sum(map(len, written)) > 100


def lexical_matches(nlp, patterns, texts):
    matcher = LexicalMatcher(nlp.vocab)
    for entry in patterns:
        matcher.add(nlp.vocab.strings.add(entry["id"]), [entry["pattern"]])
    return [sorted((nlp.vocab.strings[m], s, e) for m, s, e in matcher(nlp.make_doc(t))) for t in texts]


def test_lexical_matcher_finds_every_match_spacys_matcher_finds(seed_texts):
    """Every (start, end), not only the longest, on the seeds and on shuffled runs of their words
    (where the compiled speaker patterns meet far more odd sequences than in prose)."""
    import random

    nlp = build(Rules.load())
    ruler = nlp.get_pipe("speakers")
    patterns = [p for p in ruler.patterns if isinstance(p["pattern"], list)]
    assert all(lexical(p["pattern"]) for p in patterns)
    rng = random.Random(9)
    words = sorted({w for t in seed_texts for w in t.split()})
    texts = [*seed_texts, *(" ".join(rng.choices(words, k=rng.randint(1, 15))) for _ in range(400))]
    found = lexical_matches(nlp, patterns, texts)
    assert found == matches(nlp, patterns, texts, validate=False)
    assert sum(map(len, found)) > 500


@pytest.mark.parametrize(
    "pattern, text",
    [
        ([{"IS_TITLE": True, "OP": "{2,3}"}, {"LOWER": "said"}], "Then Anna Maria Lopez Diaz said so"),
        ([{"LOWER": "the", "OP": "?"}, {"IS_TITLE": True, "OP": "*"}], "the The Bank Of X the"),
        ([{"LOWER": {"IN": ["a", "an"]}}, {}, {"IS_DIGIT": True, "OP": "+"}], "a b 1 2 an x 3"),
        ([{"LENGTH": {">=": 4}, "IS_UPPER": True}, {"ORTH": "-", "OP": "?"}, {"IS_ALPHA": True}], "NATO - led and OPEC-led UN"),
        # Opens with an optional token: found around its required one ("bank"), which the words around
        # it may pass too ("Bank" is also title-case): each match once.
        ([{"LOWER": "the", "OP": "?"}, {"IS_TITLE": True, "OP": "*"}, {"LOWER": "bank"}, {"IS_TITLE": True, "OP": "*"}],
         "the Bank Of England Bank said the bank Bank World Bank"),
    ],
)
def test_lexical_matcher_operators_and_wildcards(pattern, text):
    nlp = spacy.blank("en")
    entry = {"id": "p", "pattern": pattern}
    assert lexical(pattern)
    found = lexical_matches(nlp, [entry], [text])
    assert found == matches(nlp, [entry], [text]) and found[0]


@pytest.mark.parametrize("pattern", [
    [{"POS": "PROPN"}], [{"IS_SENT_START": True}], [{"LOWER": "x", "OP": "!"}], [{"_": {"x": 1}}], [],
])
def test_patterns_on_more_than_the_word_stay_with_spacys_matcher(pattern):
    assert not lexical(pattern)


@pytest.mark.parametrize(
    "attr, spec, word, expected",
    [
        ("LOWER", {"IN": ["minister"]}, "Minister", True),
        ("ORTH", {"IN": ["minister"]}, "Minister", False),  # ORTH is case-sensitive, as in spaCy
        ("LOWER", {"NOT_IN": ["the"]}, "The", False),
        ("TEXT", {"REGEX": r"^[A-Z][a-z]{0,2}\.$"}, "Ts.", True),
        ("TEXT", {"REGEX": r"^[A-Z][a-z]{0,2}\.$"}, "Dr", False),
        ("LENGTH", {">=": 2}, "A", False),
        ("LENGTH", {">=": 2, "<": 4}, "Abc", True),
    ],
)
def test_spelling_predicates(attr, spec, word, expected):
    assert predicate(attr, spec)(word) is expected


@pytest.mark.parametrize("attr, spec", [("POS", {"IN": ["NOUN"]}), ("LOWER", {"FUZZY": "minister"}), ("LENGTH", {"REGEX": "1"})])
def test_other_predicates_stay_as_written(attr, spec):
    compiler = FlagCompiler(spacy.blank("en").vocab)
    assert predicate(attr, spec) is None
    assert compiler.token({attr: spec, "IS_TITLE": True}) == {attr: spec, "IS_TITLE": True}


def test_one_flag_per_distinct_predicate_set_and_fallback_when_flags_run_out():
    nlp = spacy.blank("en")
    compiler = FlagCompiler(nlp.vocab)
    a = compiler.token({"LOWER": {"IN": ["a", "b"]}, "IS_TITLE": True})
    b = compiler.token({"lower": {"IN": ["a", "b"]}})
    assert a == {"IS_TITLE": True, next(iter(b)): True} and len(compiler.flags) == 1
    spare = [f for f in range(FIRST_FREE_FLAG, LAST_FLAG + 1) if f not in nlp.vocab.lex_attr_getters]
    for f in spare:
        nlp.vocab.add_flag(lambda w: False, flag_id=f)
    assert flag_of(nlp.vocab, lambda w: True) is None
    unchanged = {"LOWER": {"IN": ["c"]}}
    assert compiler.token(unchanged) == unchanged
    words = WordClass(["said"])  # no flag left: the word class looks its words up by hash
    assert words.indices(nlp("She said it, he SAID it.")) == [1, 5]


def test_word_class_flag_agrees_with_hash_lookup(seed_texts):
    nlp = build(Rules.load())
    forms = WordClass(["said", "according", "warned", "he", "she"])
    for text in seed_texts:
        doc = nlp.make_doc(text)
        assert forms.indices(doc) == token_indices(doc, forms.words)
    assert flag_of(nlp.vocab, forms.test) == flag_of(nlp.vocab, forms.test)  # one flag, found again


def sentences_of(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.fixture(scope="module")
def nlp():
    return build(Rules.load())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks ended. Both sides left.", ["Talks ended.", "Both sides left."]),
        ("MONGOLIA AND RUSSIA\nThe talks ended", ["MONGOLIA AND RUSSIA", "The talks ended"]),
        ('The court cannot reach. "The ICC is weak," he said.', ["The court cannot reach.", '"The ICC is weak," he said.']),
        ("He begged them to act. 'They told us no,' he said.", ["He begged them to act.", "'They told us no,' he said."]),
        ("He said it had flooded.' Then he left.", ["He said it had flooded.'", "Then he left."]),
        # a quotation closed on its full stop and the next one opened at once: two sentences
        ('She said: "The plan is ready." "It starts in May."', ['She said: "The plan is ready."', '"It starts in May."']),
        ("He said: “Is it over?” “Not yet.”", ["He said: “Is it over?”", "“Not yet.”"]),
        ('He called it "a plan," "a good one" and left.', ['He called it "a plan," "a good one" and left.']),
        ("He wrote an essay, “Is it over?” stating his doubts.", ["He wrote an essay, “Is it over?” stating his doubts."]),
        ("It shouted “attention!” (ankhaarlal) to all.", ["It shouted “attention!” (ankhaarlal) to all."]),
        ("Prices rose 3%. wages did not.", ["Prices rose 3%. wages did not."]),
        # a capitalised word after a clock time's marker starts a sentence, but a day, month or zone does not
        ("It blew up before 11 p.m. Police said two died.", ["It blew up before 11 p.m.", "Police said two died."]),
        ("It blew up at 11 p.m. Tuesday in Kyiv.", ["It blew up at 11 p.m. Tuesday in Kyiv."]),
        ("It opens at 9 a.m. Moscow time on Friday.", ["It opens at 9 a.m. Moscow time on Friday."]),
        # a quotation opening right after another closed starts a sentence, its mark with it
        ('He said: "It is anger." "This is a hike."', ['He said: "It is anger."', '"This is a hike."']),
        ("He said: “It is anger.” “This is a hike.”", ["He said: “It is anger.”", "“This is a hike.”"]),
        # an agency between slashes is a word of its own, after the dateline's full stop
        ("KYIV, March 3. /TASS/. Ukraine is ready.", ["KYIV, March 3. /", "TASS/.", "Ukraine is ready."]),
    ],
)
def test_news_sentence_rules(nlp, text, expected):
    assert sentences_of(nlp, text) == expected


def test_punctuation_splitting_is_spacys_sentencizer(nlp, seed_texts):
    spacy_nlp = spacy.blank("en")
    spacy_nlp.tokenizer = nlp.tokenizer
    sentencizer = spacy_nlp.add_pipe("sentencizer")
    enders = set(Sentencizer.default_punct_chars)
    for text in seed_texts + ["!", "Wait... what?! Yes.", "“Go.” (Now.) Then"]:
        doc = nlp.make_doc(text)
        ender = numpy.array([t.text in enders for t in doc])
        punct = numpy.array([t.is_punct for t in doc])
        expected = sentencizer.predict([doc])[0]
        assert SentenceSplitter.punctuation_starts(ender, punct).tolist() == list(expected)


def test_a_models_own_sentences_keep_the_news_rules(tmp_path):
    model = spacy.blank("en")
    model.add_pipe("sentencizer")
    model.to_disk(tmp_path / "with_sentencizer")
    nlp = build(Rules.load(), str(tmp_path / "with_sentencizer"))
    assert "mnquotes_sentences" in nlp.pipe_names
    assert sentences_of(nlp, "A HEADLINE\nthe body. he said it.") == ["A HEADLINE", "the body. he said it."]


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("It cost £5m.", ["It", "cost", "£", "5", "m", "."]),  # the scale, not the initial "m."
        ("It hit 40C.", ["It", "hit", "40C", "."]),  # a capital after digits keeps no full stop
        ("It costs $25-$40.", ["It", "costs", "$", "25", "-", "$40", "."]),
        ("J. K. Rowling met the U.S. envoy.", ["J.", "K.", "Rowling", "met", "the", "U.S.", "envoy", "."]),  # initials
        ("It was 25-40 in 2020-21 and 5p.", ["It", "was", "25", "-", "40", "in", "2020", "-", "21", "and", "5p", "."]),
    ],
)
def test_measures_are_tokenized_as_the_quantity_reader_reads_them(text, tokens):
    assert [t.text for t in build(Rules.load()).make_doc(text)] == tokens


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("It costs £2bn-£3bn.", ["It", "costs", "£", "2bn", "-", "£3bn", "."]),
        ("Growth of 3%-5%.", ["Growth", "of", "3%", "-", "5", "%", "."]),
        ("A well-known 2020-21 season.", ["A", "well", "-", "known", "2020", "-", "21", "season", "."]),  # unchanged
    ],
)
def test_amounts_joined_by_a_hyphen_are_split(text, tokens):
    assert [t.text for t in build(Rules.load()).make_doc(text)] == tokens


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Ulaanbaatar (TDI): The talks", ["Ulaanbaatar", "(", "TDI", ")", ":", "The", "talks"]),
        ("the plan (see above:) ends", ["the", "plan", "(", "see", "above", ":", ")", "ends"]),
        ("What a day :-) he wrote", ["What", "a", "day", ":-)", "he", "wrote"]),  # an emoticon with a nose stays one
    ],
)
def test_a_bracket_before_a_colon_is_no_emoticon(text, tokens):
    assert [t.text for t in build(Rules.load()).make_doc(text)] == tokens
