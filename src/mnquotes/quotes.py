"""Quotations: direct speech in quotation marks and reported speech after a cue verb, attributed.

Direct quotations are found by scanning characters (curly, straight, guillemet and nested marks; a
quotation running over paragraphs; an unbalanced mark drops only its own quotation). Scare quotes,
titles and slogans are told apart by length and context. Reported speech comes from the cue verbs in
`rules/cue_verbs.tsv`: `X said (that) ...`, `..., X said`, `according to X, ...`, `X's claims that ...`,
`X blamed / urged / called for ...`, `X told reporters (that) ...` (listeners: `rules/listeners.txt`).
Speakers are the mentions found by `speakers.MentionFinder`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .documents import Document
from .errors import RulesError
from .records import Quote, Speaker
from .rules import Rules
from .sentences import Sentences
from .speakers import (
    APOSTROPHE_S, AUXILIARIES, BE_FORMS, DASHES, DOCUMENT_NOUNS, LEADING_PREPOSITIONS, MAX_APPOSITIVE, PREPOSITIONS,
    QUOTING_FORMS, VERB_GAP, WEBSITE, Entity, Mention, MentionFinder, SpeakerLexicon, is_document, is_relative,
    speaker_record, time_phrase_end,
)
from .tokens import TEXT_KEY, TokenTable, Word, WordClass

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

OPENERS = {"“": "”", "«": "»", "„": "“”", "‹": "›", '"': '"', "‘": "’", "'": "'"}
QUOTE_MARKS = set("“”«»„‹›\"‘’'")
UNIT_MARKS = {"%", "‰", "°"}  # written after a number, part of it: "rose 5%."
CLOSING_BRACKETS = {")": "(", "]": "["}
OPENING_MARK = re.compile("[" + re.escape("".join(OPENERS)) + "]")
# The characters that can end, nest or break the quotation an opening mark starts.
SIGNIFICANT = {
    opener: re.compile("[" + re.escape("".join({"\n", opener, *closers})) + "]") for opener, closers in OPENERS.items()
}
MIN_QUOTE_WORDS = 3
# Longer words a title leaves in lowercase ("Gone with the Wind", "Life Under the Sea" either way).
TITLE_LOWERCASE = {"with", "from", "into", "onto", "over", "upon", "about", "than", "through", "without", "within"}
MAX_SCARE_WORDS = 6  # an unattributed phrase inside a sentence up to this long is a scare quote or slogan
WORD = re.compile(r"\w+(?:['’]\w+)*")  # "men's" and "don't" are one word each
# Tokens allowed between a subject and its cue verb: "French officials explicitly stated", "experts have warned".
GAP_WORDS = {
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did",
    "does", "do", "also", "then", "later", "again", "further", "recently", "previously", "once", "still",
    "already", "never", "not", "reportedly", "repeatedly", "publicly", "privately", "often", "last", "yesterday",
    "today", "earlier", "since", "first", "now", "n't",
}
NEGATIONS = {"not", "n't", "never"}
GO_FORMS = {"go", "goes", "went", "gone", "going"}  # "went on to say"
ADJECTIVE_LEADS = LEADING_PREPOSITIONS | {"after"}  # before a participle, no verb: "despite repeated warnings"
SPEECH_TO_COME = {"due", "expected", "set"}  # "he was due to say", "is expected to tell activists": a speech's text released
MAX_PUBLISHER_WORDS = 8  # tokens from "by" to "as": "was quoted by the state-run China Daily as saying"
MAX_OWNER_WORDS = 4  # capitalised words of an employer's name before "'s" and a person's: "Midland Montagu's Maude"
REPORTING_BEFORE_TO = {"quick", "hastened", "pains"} | SPEECH_TO_COME  # "was quick to point out", "at pains to stress"
NOUN_MARKERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
                "those", "’s", "'s", "to"}
ARTICLES = NOUN_MARKERS - {"that", "to"}  # words after which a past form is a noun's modifier: "the alleged killer"
# Words that join a second report to a reported clause: "..., while critics warned ...".
CLAUSE_LINKS = {"while", "whereas", "but", "and", "as", "although", "though"}
# What can open where or to whom words were said, after the verb: not "on" or "of" (`reported on the status of
# ...`, `spoke of ...`: what was said about), nor "for" or "about".
SETTING_PREPOSITIONS = {"during", "at", "in", "with", "after", "before", "while", "from", "to", "and", "ahead", "following",
                        "amid", "prior"}
COUNTERPART_WORDS = {"counterpart", "counterparts"}  # a listener named after its noun: "his counterpart Vladimir Putin"
CONJUNCTIONS = {"and", "or", "but", "nor"}  # "told students and teachers ...": the listener goes on
# Words that open a noun phrase: after one, the words after a `clause-or-object` cue may be its object
# ("claimed second place", "declaring its second innings") unless a verb shows they are a clause.
NOUN_PHRASE_OPENERS = NOUN_MARKERS - {"that", "’s", "'s", "to"} | {
    "first", "second", "third", "fourth", "fifth", "last", "next", "victory", "responsibility"}
# Verbs whose object a cue's noun form can be, with no article: "laid blame on", "took issue with", "sounded warning"
STATE_WORDS = {"state", "state-run", "state-owned", "official", "national"}  # "state news agency", "official news agency"
NOUN_PHRASE_DETERMINERS = {"a", "an", "this", "that", "each", "every", "another"}  # "a courtesy call": a noun after
LIGHT_VERBS = {"laid", "lay", "lays", "laying", "put", "puts", "putting", "placed", "places", "pinned", "pins",
               "shifted", "shifts", "apportioned", "assigned", "assigns", "deflected", "deflects", "shouldered"}
# Verbs by which a speaker puts out a document that then speaks for them: "X issued a statement saying ..."
ISSUING_VERBS = {"issued", "issues", "released", "releases", "published", "publishes", "posted", "posts", "put",
                 "puts", "sent", "sends", "made", "makes"}
QUESTION_WORDS = {"what", "why", "how", "when", "where", "who", "whom", "which"}
# Participles of reporting verbs that are also adjectives before a role and a name: "noted rapper Lil Wayne".
ADJECTIVE_PARTICIPLES = {"noted", "avowed", "declared", "confessed", "acknowledged", "admitted", "self-declared"}
VERB_CLITICS = {"'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "am", "being", "wo", "ca"}
# Words after ", as" that keep it inside a reported clause: "as well as", "as much as", "as a result".
AS_PHRASES = {"well", "long", "much", "many", "soon", "far", "if", "though", "a", "an", "part", "expected",
              "planned", "promised", "agreed", "required", "usual", "such", "this", "that", "there", "its",
              "their", "his", "her", "our"}
RELATIVES = {"which", "who", "that", "whom", "what"}
OBJECT_PRONOUNS = {"me", "us", "him", "her", "them", "you"}
SUBJECT_PRONOUNS = {"i", "we", "he", "she", "it", "they"}  # not "you": "told you ..." is rarely reported speech
MAX_ROLE_TAIL = 10  # words of a trailing speaker's role before the comma and the name: "the chairman of the ... committee"
MAX_LISTENER = 6  # words of a listener phrase: "the country's parliament", "BBC Radio 4's Today programme"
TIMELINE_LEADS = {"a", "an", "just", "only", "barely", "one", "two", "three", "four", "five", "several", "few"}
TIMELINE_UNITS = {"minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"}
# Words that open a time or a setting after a cue's object: "said this while visiting", "stated this shortly after".
SETTING_OPENERS = {"while", "when", "during", "after", "before", "shortly", "ahead", "following", "as", "yesterday",
                   "today"}
DEMONSTRATIVE_OBJECTS = {"this", "so"}  # "said this on Friday", "said so at a briefing": the words were reported before
SUBORDINATORS = {"after", "before", "when", "while", "because", "since", "until", "amid"}
# After "as", the subject of a clause setting the scene of a saying: "said as he arrived", "said as the talks opened"
SCENE_SUBJECTS = {"he", "she", "they", "we", "i", "the", "his", "her", "their", "its"}
MAX_BARE_SUBJECT = 8  # words of a "that"-less clause's subject before its verb: "the number of people in hospital had"
# Words a "that"-less clause's subject does not hold: a link, a relative, a subordinator, an infinitive ("announced
# plans to ...") or a comparison ("reported sales higher than ...").
BARE_SUBJECT_STOPS = CLAUSE_LINKS | CONJUNCTIONS | RELATIVES | SUBORDINATORS | {"to", "than", "if", "whether", "how", "why", "where"}
CIRCUMSTANCE_LEADS = {"when", "while", "after", "before", "upon", "if", "once"}  # "said when asked", "said after meeting"
SETTING_LEADS = {"in", "at", "during", "on"}  # "told Reuters in an interview", "told MPs at a briefing"
NOUN_CUES = {"claim", "claims", "assertion", "warning", "statement", "allegation", "allegations", "insistence",
             "argument", "view", "belief", "suggestion", "promise", "pledge", "admission", "denial"}
REPORT_STARTS = WordClass(["according", *NOUN_CUES])  # with the cue verbs, the words a report can start at
# Words that are never a modifier of a speaker's noun: ", and experts said" is no "and experts".
FUNCTION_WORDS = AUXILIARIES | CLAUSE_LINKS | CONJUNCTIONS | RELATIVES | PREPOSITIONS | GAP_WORDS | NOUN_MARKERS \
    | SUBJECT_PRONOUNS | OBJECT_PRONOUNS | SUBORDINATORS | {"where", "whose"}
THAT_WINDOW = 8
THAT_REACH = 12  # tokens searched for a cue's "that" after its listener, setting and time
# Tokens from a listener to the auxiliary of the clause told without "that": "told local television the search
# area between the islands of Sumatra and Borneo would be expanded"
MAX_TOLD_SUBJECT = 14
DATELINE_ENDS = {"—", "–", "-", "--", ":"}  # "BRUSSELS (AP) —", "LAHORE:"
MAX_DATELINE = 12  # tokens of a dateline, its dash or colon included
MAX_TITLED_DATELINE = 5  # ... of one whose place is in title case: "Lagos (AFP) -", "Port Moresby -"
MAX_SOURCE = 10  # tokens of an unnamed source: "a filing with the London Stock Exchange"
MAX_TRAILING_SOURCE = 20  # closing its sentence: "..., according to a study of 380,000 adults published in ..."
MAX_ATTRIBUTION = 32  # tokens after a closing mark, in its sentence, searched for its attribution
# Tokens between two pieces of one quotation: the attribution's sentence, an appositive or relative
# clause included ("‘A,’ said Margaret Cole, 74, whose bungalow was under four feet of water. ‘B.’").
MAX_INTERRUPTION = 32
TOPIC_PREPOSITIONS = {"about", "of", "against", "over"}  # "warned Bush about the plan": what the warning is about
AMOUNT_CUES = {"add"}  # reporting verbs that also take an amount: "added 72 runs", "will add $1.5 billion to ..."
AMOUNT_WORDS = {"per", "cent", "percent", "hundred", "thousand", "million", "billion", "trillion", "bn", "m", "runs",
                "points", "dollars", "more", "other", "another", "extra", "additional"}
MODALS = {"will", "would", "could", "can", "may", "might", "should", "shall", "must", "'ll", "’ll"}  # "will add 500 jobs"
MAX_OPENING_ADVERBIAL = 8  # tokens of a phrase that opens a reported clause: "before Putin's visit,"
MAX_AMOUNT_NOUN = 3  # words of an amount's noun after a reporting verb: "added 400 more Russian companies"
AMOUNT_LINKS = {"to", "without", "before", "after", "for", "from", "off", "on", "onto", "into"}  # "added 72 without loss"
FINDING_CUES = {"find", "show"}  # report only a "that" clause: "data show that ..."; "had shown “...”" quotes no one
APPROXIMATORS = {"about", "around", "over", "under", "near", "almost", "nearly", "between"}  # "says about 16,000 workers ..."
CURRENCY_SIGNS = {"$", "€", "£", "¥", "₹", "₩", "₦"}  # before an amount: "added $1.5 billion"
# Participles of a passive frame before a speaker's reporting verb: "is alleged to have said", "was quoted as saying".
PASSIVE_REPORTING = {"alleged", "reported", "quoted", "said", "understood", "believed", "thought", "heard", "seen",
                     "recorded", "filmed", "caught"}
MAX_ROLE_MODIFIERS = 3  # lowercase words before a speaker's role word: "ice rink manager Brian Bellis"
MAX_KIN = 9  # tokens of a relative's appositive after a name: "his 22-year-old daughter"
QUOTE_LEMMA = "quote"  # the cue of `“...,” the White House quoted President Joe Biden.`
CLOSING_QUOTING_FORMS = {"quoted", "quotes", "cited", "cites"}  # not "reported X": "reported Akorda" is the source
MAX_QUOTING_SOURCE = 8  # tokens of the source that quotes: "the South African Broadcasting Corporation radio"
# How a document is first named when whoever the sentence is about issued it: "in a statement", "released its report".
ISSUED_DOCUMENT_DETERMINERS = {"a", "an", "its", "their"}
MAX_PUBLISHER = 12  # tokens from a document to its reporting verb: "a statement from the prime minister's office said"
MAX_PARENTHESIS = 3  # tokens inside a parenthesis after a name: "the Afghan Islamic Press (AIP) said"
MAX_OPENING_PHRASE = 10  # tokens before the comma of a sentence's opening phrase: "In an interview on Sunday,"


COMPLEMENTS = (  # rules/cue_verbs.tsv
    "clause", "clause-or-object", "listener", "listener-clause", "that", "question", "object", "judgement", "quote")
REASONS = {"for", "of", "as"}  # what a judgement cue's object is blamed for, accused of, praised as


def quote_words(text: str) -> int:
    """Words of a quotation, a hyphenated or dotted run being one: "I-made-it-up-yesterday.com" is one
    word, a scare-quoted coinage, no three-word quotation."""
    return sum(1 for chunk in text.split() if WORD.search(chunk))


@dataclass(frozen=True)
class Cue:
    lemma: str
    complement: str  # clause | listener | listener-clause | that | question | object | judgement | quote
    particle: str | None


class CueLexicon:
    """Reporting verbs from `rules/cue_verbs.tsv`, by surface form."""

    def __init__(self, rules: Rules) -> None:
        self.by_form: dict[str, list[Cue]] = {}
        for row in rules.table("cue_verbs.tsv"):
            lemma, complement, *forms = row
            if complement not in COMPLEMENTS:
                raise RulesError(f"cue_verbs.tsv: {lemma}: complement {complement!r} is not one of {', '.join(COMPLEMENTS)}")
            words = lemma.split()
            cue = Cue(lemma, complement, words[1] if len(words) > 1 else None)
            for form in forms:
                self.by_form.setdefault(form.lower(), []).append(cue)
        self.forms = WordClass(self.by_form)

    def candidates(self, sdoc: Doc) -> list[int]:
        """Indices of tokens spelled like a cue form, found in one array lookup, not a Python loop."""
        return self.forms.indices(sdoc)

    def match(self, words: list[Word], i: int) -> Cue | None:
        """The cue a token is, if any: a particle cue ("called for") wins over the bare verb."""
        options = self.by_form.get(words[i].lower_)
        if not options:
            return None
        nxt = words[i + 1].lower_ if i + 1 < len(words) else ""
        with_particle = [c for c in options if c.particle and c.particle == nxt]
        if with_particle:
            return with_particle[0]
        plain = [c for c in options if not c.particle]
        return plain[0] if plain else None


def is_opening(text: str, i: int) -> bool:
    """Whether the mark at i opens a quotation (straight and single marks depend on their neighbours)."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    if ch in "“«„‹":
        return not (not prev.isspace() and not nxt.isalnum())
    if ch == "'" and not nxt.isalpha():  # British single marks open on a word: not `'90s`, not `Jones' car`
        return False
    return prev.isspace() or prev in "([{—–-/“‘\"'" or i == 0


def match_quote(text: str, i: int) -> tuple[list[tuple[int, int]], int] | None:
    """Pieces of the quotation opened at i and the index of its closing mark; None if unbalanced.

    A quotation may run over paragraphs when each new paragraph opens with the same mark.
    """
    opener = text[i]
    closers = OPENERS[opener]
    depth, j, start = 1, i + 1, i + 1
    pieces: list[tuple[int, int]] = []
    n = len(text)
    significant = SIGNIFICANT[opener]
    while (found := significant.search(text, j)) is not None:  # jump from one mark or line break to the next
        j = found.start()
        c = text[j]
        if c == "\n":
            k = j
            while k < n and text[k].isspace():
                k += 1
            if k < n and text[k] == opener and "\n" in text[j:k]:
                pieces.append((start, j))
                start, j = k + 1, k + 1
                continue
            return None
        if opener in "\"":
            closes = c == '"' and not text[j - 1].isspace()
        elif opener == "‘":
            closes = c == "’" and not (j + 1 < n and text[j + 1].isalpha())
        elif opener == "'":  # not an apostrophe: `don't`, nor a plural possessive `the patients' notes`
            closes = c == "'" and not text[j - 1].isspace() and not (j + 1 < n and text[j + 1].isalpha()) \
                and not (text[j - 1] == "s" and text[j + 1:j + 2] == " " and text[j + 2:j + 3].islower())
        elif c == opener and opener not in closers:
            depth += 1
            closes = False
        else:
            closes = c in closers
            if closes:
                depth -= 1
                closes = depth == 0
        if closes:
            pieces.append((start, j))
            return pieces, j
        j += 1
    return None


def scan_quotations(text: str) -> list[tuple[list[tuple[int, int]], int, int]]:
    """All balanced quotations: (pieces, opening mark index, closing mark index), in order."""
    found = []
    resume = 0  # the scan goes on after the last quotation's closing mark
    for mark in OPENING_MARK.finditer(text):
        i = mark.start()
        if i < resume or not is_opening(text, i):
            continue
        m = match_quote(text, i)
        if m:
            pieces, close = m
            found.append((pieces, i, close))
            resume = close + 1
    return found


@dataclass
class DirectQuote:
    pieces: list[tuple[int, int]]
    open_tok: int  # token of the opening mark
    close_tok: int  # token of the closing mark
    speaker: Mention | None = None
    cue: str | None = None
    rule: str = "direct-unattributed"


class QuoteFinder:
    """Direct and reported quotations of one document, with their speakers."""

    def __init__(self, rules: Rules) -> None:
        self.cues = CueLexicon(rules)
        self.lex = SpeakerLexicon(rules, reporting_verbs=self.cues.by_form)
        self.mentions = MentionFinder(self.lex)
        self.work_nouns = self.lex.work_nouns
        self.listeners = set(rules.lowered("listeners.txt"))
        self.asides = set(rules.lowered("asides.txt"))
        # "claimed hundreds of lives": an amount opens an object
        self.amount_words = frozenset(row[0].lower() for row in rules.table("vague_amounts.tsv") if row[-1] == "alone")

    # -- entry point -------------------------------------------------------------------------
    def find(self, sdoc: Doc, document: Document) -> tuple[list[Quote], list[Speaker]]:
        text = sdoc.user_data.setdefault(TEXT_KEY, document.text)  # `Doc.text` rebuilds it on every call
        table = TokenTable.of(sdoc)
        quoted = [False] * len(sdoc)
        opens: dict[int, int] = {}  # opening-mark token -> index in raw quotations
        raw = scan_quotations(text)
        direct: list[DirectQuote] = []
        for pieces, o, c in raw:
            ot, ct = table.token_at(o), table.token_at(c)
            for t in range(ot, ct + 1):
                quoted[t] = True
            opens[ot] = len(direct)
            direct.append(DirectQuote(pieces, ot, ct))
        # Every reporting verb outside quotations, decided once: the attribution steps look them up here.
        cues = {i: cue for i in self.cues.candidates(sdoc) if not quoted[i] and (cue := self.cue_at(sdoc, i, quoted))}
        # After these comes who is told ("told Reuters") or judged ("criticised the minister over ..."), never the speaker.
        listener_cues = frozenset(i for i, cue in cues.items() if cue.complement in ("listener", "judgement"))
        mentions = self.mentions.find(sdoc, set(cues), quoted, listener_cues)
        ctx = Context(sdoc, document, quoted, opens, cues, mentions, self)
        quotes = ctx.in_reports(ctx.direct_quotes(direct), ctx.reported())
        quotes.sort(key=lambda q: q[0])  # text order of direct and reported together
        records: list[Quote] = []
        counts: Counter = Counter()
        for _, pieces, kind, mention, cue, rule in quotes:
            entity = ctx.speaker_entity(mention)
            text_, source = document.source(pieces)
            if entity:
                counts[id(entity)] += 1
            mention_spans = document.raw_spans(*mention.name_chars(sdoc)) if entity and mention else []
            records.append(Quote(
                sources=(source,), text=text_, type=kind, speaker=entity.name if entity else None,
                speaker_role=entity.role if entity else None, cue=cue, rule=rule,
                speaker_span=(mention_spans[0][0], mention_spans[-1][1]) if mention_spans else None,
            ))
        entities = {id(q[3].entity): q[3].entity for q in quotes if q[3] is not None and q[3].entity}
        speakers = [
            speaker_record(e, document, counts[key])
            for key, e in sorted(entities.items(), key=lambda kv: kv[1].first_mention)
            if counts[key]
        ]
        return records, speakers

    def cue_at(self, sdoc: Doc, i: int, quoted: list[bool]) -> Cue | None:
        """The cue verb at token i, unless used as a noun ("the claims", "'s call", "the patients'
        notes": an apostrophe that closes no quotation), infinitive or passive."""
        words = TokenTable.of(sdoc).words
        if words[i].is_title and not Sentences.of(sdoc).is_start(i):  # "Secretary of State", "United States": names
            return None
        cue = self.cues.match(words, i)
        if cue is None or (i > 0 and self.marks_a_noun(sdoc, i - 1) and not self.reports_after_to(words, i)
                           and not self.verb_after_name_with_s(words, i, cue)) or self.is_gerund_subject(words, i):
            return None
        if i > 0 and words[i - 1].text in ("'", "’") and not quoted[i - 1] and words[i - 2].text.endswith("s"):
            return None
        if i > 0 and (words[i - 1].lower_ in PREPOSITIONS or words[i - 1].lower_ in ADJECTIVE_LEADS
                      or words[i - 1].lower_ in QUOTING_FORMS and words[i - 1].lower_.endswith("ing")) \
                and self.lex.is_past_form(words[i]):
            return None  # "charged over alleged misconduct", "despite repeated warnings", "quoting informed sources": an adjective
        if words[i].lower_.endswith("s") and i + 1 < len(words) and self.cues.match(words, i + 1) is not None:
            return None  # "Preliminary reports suggested ...", "Local reports say ...": a noun, the verb after it
        if i > 1 and words[i - 2].lower_ in NOUN_PHRASE_DETERMINERS and words[i - 1].is_alpha and words[i - 1].is_lower \
                and not words[i - 1].lower_.endswith("s") and words[i].lower_ == cue.lemma.split()[0]:
            return None  # "paid a courtesy call on President X", "a phone call": a noun's modifier, no subject
        if i > 0 and words[i - 1].lower_ in LIGHT_VERBS and not words[i].lower_.endswith(("ed", "ing")):
            return None  # "laid blame on President Obama", "put the blame": the noun of another verb
        if self.asks_about_speech(sdoc, i):
            return None  # "What did Suh say after the play?": the writer's question, nothing reported
        if words[i].lower_ in ADJECTIVE_PARTICIPLES and i + 2 < len(words) and words[i + 1].is_lower \
                and words[i + 1].lower_ in self.lex.role_words and words[i + 2].is_title:
            return None  # "including noted rapper Lil Wayne", "avowed socialist Bernie Sanders": an adjective
        if words[i].lower_ in NOUN_CUES and i + 1 < len(words) and words[i + 1].lower_ in ("from", "by", "of"):
            return None  # "claims from Conservative leader Michael Howard that ...", "claims of fraud": a noun
        if i > 1 and words[i].lower_ in NOUN_CUES and words[i - 1].is_lower and self.lex.is_past_form(words[i - 1]):
            return None  # "has denied claims he misled the board", "rejected claims the plan had failed": a verb's object
        j = i - 1
        while j >= 0 and (words[j].lower_ in GAP_WORDS or words[j].lower_.endswith("ly")):
            if words[j].lower_ in NEGATIONS:  # "did not say when", "never said": nothing reported
                return None
            j -= 1
        if j >= 0 and words[j].lower_ in BE_FORMS and not self.impersonal_passive(words, i):
            return None
        return cue

    @staticmethod
    def verb_after_name_with_s(words: list[Word], i: int, cue: Cue) -> bool:
        """A cue's past form after a capitalised name's "'s" is that name's verb, not a noun: "Moody's said",
        "McDonald's added", "Standard and Poor's told" (a name ending in the possessive's letters); not the
        possessor of a participle's noun ("Ford's reported profit") nor a passive ("Smith's said to be")."""
        form = words[i].lower_
        if i < 2 or words[i - 1].text not in APOSTROPHE_S or not words[i - 2].text[:1].isupper() \
                or not words[i - 2].is_alpha or form == cue.lemma.split()[0] or form.endswith(("s", "ing")):
            return False
        nxt = words[i + 1] if i + 1 < len(words) else None
        return nxt is None or not (nxt.lower_ == "to" or nxt.is_alpha and nxt.is_lower and not nxt.is_stop
                                   and not cue.complement.startswith("listener"))  # "Sainsbury's told investors"

    @staticmethod
    def impersonal_passive(words: list[Word], i: int) -> bool:
        """`It is reported that ...`, `It has been noted that ...`: a passive cue at i with "it" for its
        subject and "that" after it, a report whose source the text does not name."""
        if i + 1 >= len(words) or words[i + 1].lower_ != "that":
            return False
        j = i - 1
        while j >= 0 and (words[j].lower_ in GAP_WORDS or words[j].lower_ in BE_FORMS or words[j].lower_.endswith("ly")):
            j -= 1
        return j >= 0 and words[j].lower_ == "it" and any(words[k].lower_ in BE_FORMS for k in range(j + 1, i))

    @staticmethod
    def asks_about_speech(sdoc: Doc, i: int) -> bool:
        """A cue in a question that opens with "do" or a question word and "do" ("What did Suh say after the
        play?", "Did the minister say when?"): someone is asked about, no report made."""
        words = TokenTable.of(sdoc).words
        start, end = Sentences.of(sdoc).bounds(i)
        if words[end - 1].text != "?":
            return False
        k = start
        while k < i and (words[k].lower_ in ("and", "but", "so") or words[k].is_punct):
            k += 1
        if k < i and words[k].lower_ in QUESTION_WORDS:
            k += 1
        return k < i and words[k].lower_ in ("did", "does", "do")

    @staticmethod
    def reports_after_to(words: list[Word], i: int) -> bool:
        """An infinitive that still reports: "went on to say", "was quick to point out", "hastened to add", "is
        expected to say" (not "wants to say", "refused to comment")."""
        if i < 2 or words[i - 1].lower_ != "to":
            return False
        before = words[i - 2].lower_
        return before in REPORTING_BEFORE_TO or before == "on" and i > 2 and words[i - 3].lower_ in GO_FORMS

    def is_gerund_subject(self, words: list[Word], i: int) -> bool:
        """An -ing form right before a verb is a noun, the subject: "A different warning came from the mayor",
        "The warning was issued on Friday" (not "with the minister warning that ...")."""
        if not words[i].lower_.endswith("ing") or i + 1 >= len(words):
            return False
        nxt = words[i + 1].lower_
        return nxt in AUXILIARIES or nxt in self.lex.past_forms

    @staticmethod
    def marks_a_noun(sdoc: Doc, k: int) -> bool:
        """A determiner or possessive before a cue word makes it a noun ("the claims"); capitalised
        inside a sentence it is a name's last word instead ("Nguyen Van An said")."""
        word = TokenTable.of(sdoc).words[k]
        return word.lower_ in NOUN_MARKERS and not (word.is_title and not Sentences.of(sdoc).is_start(k))


class Context:
    """Per-document state shared by the attribution steps."""

    def __init__(self, sdoc: Doc, document: Document, quoted: list[bool], opens: dict[int, int],
                 cues: dict[int, Cue], mentions: list[Mention], finder: QuoteFinder) -> None:
        self.sdoc = sdoc
        self.table = TokenTable.of(sdoc)
        self.document = document
        self.text = document.text
        self.quoted = quoted
        self.opens = opens
        self.cues = cues
        self.mentions = mentions
        self.finder = finder
        self.mention_end = {m.end - 1: m for m in mentions}
        self.mention_start = {m.start: m for m in mentions}
        # Where each mention's words begin, its title included: "Kremlin spokesman Dmitry Peskov" is
        # one person, not the organisation its title starts with.
        self.mention_opening = {**self.mention_start, **{m.opening: m for m in mentions if m.role_span}}
        self.reported_tokens: set[int] = set()
        self.quote_speakers: dict[int, Mention | None] = {}  # closing-mark token -> the quotation's speaker
        self.sentences = Sentences.of(sdoc)

    # -- helpers ---------------------------------------------------------------------------------
    def cue(self, i: int) -> Cue | None:
        return self.cues.get(i)

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Analysed-text characters of tokens [start, end)."""
        return self.table.idx[start], self.table.end_char(end - 1)

    def speaker_entity(self, mention: Mention | None) -> Entity | None:
        if mention is None or mention.entity is None or mention.entity.vague:
            return None
        return mention.entity

    def words(self, start: int, end: int) -> int:
        return len(WORD.findall(self.table.text(start, end))) if end > start else 0

    def is_title_like(self, text: str) -> bool:
        """A quoted title or slogan: every longer word capitalised and no sentence punctuation at the end
        (a comma only after two such words: `a recording of "My Sweet Lord," his biggest hit`)."""
        words = [w for w in WORD.findall(text) if len(w) > 3 and w not in TITLE_LOWERCASE]
        ending = text.rstrip()
        if ending.endswith((".", "!", "?")) or ending.endswith(",") and len(words) < 2:
            return False
        return bool(words) and all(w[0].isupper() for w in words)

    # -- subjects --------------------------------------------------------------------------------
    def subject_of(self, cue_i: int) -> Mention | None:
        """Who does the reporting verb at cue_i; a document that speaks ("a report published by the
        World Bank found") speaks for whoever published it."""
        return self.publisher(self.nearest_subject(cue_i), cue_i)

    def publisher(self, who: Mention | None, limit: int) -> Mention | None:
        """A document speaks for whoever published it, named before `limit` after "by", "from" or "of"
        ("a report published by the World Bank found", "according to a statement from state utility Eskom")."""
        if who is None or not is_document(who):
            return who
        words = self.table.words
        by = next((m for m in self.mentions if who.start < m.start < limit and m.start > 0
                   and words[m.start - 1].lower_ in ("by", "from", "of")), None)
        return by or self.issuer(who) or self.issued_by_subject(who) or who

    def issued_by_subject(self, document: Mention) -> Mention | None:
        """`Amazon released a separate statement saying, “...”`, `The ministry issued a statement saying ...`:
        the subject right before the verb that issued the document speaks by it (None if there is none)."""
        words = self.table.words
        k = document.start - 1
        if k > 0 and words[k].lower_ == "out" and words[k - 1].lower_ == "put":
            k -= 1  # "put out a statement"
        if k < 1 or words[k].lower_ not in ISSUING_VERBS:
            return None
        who = self.mention_end.get(k - 1)
        if who is None:  # "D.Tsogtbaatar, who served as foreign minister until 2020, posted a statement calling for"
            start = self.sentences.bounds(k)[0]
            who = next((m for m in self.mentions if start <= m.start and m.end < k and not m.oblique), None)
        return who if who is not None and not is_document(who) else None

    def issuer(self, document: Mention) -> Mention | None:
        """`Kenya Airways said in a statement that ... “...,” the statement said.`: a document named again
        speaks for whoever issued it where it was first named, in an earlier sentence: the subject of that
        sentence's reporting verb nearest to it (`In a statement, X said`), or the speaker opening the sentence
        (`The ministry issued a statement`, `X released its report`; not `his report`, a person's, nor `A new
        report has revealed`, the document itself). None when there is no such speaker."""
        if document.entity is None:
            return None
        first_start, first_end = document.entity.first_mention
        first = self.table.token_at(first_start)
        sent = self.sentences.of_token(first)
        if sent.end > document.start or self.table.words[first].lower_ not in ISSUED_DOCUMENT_DETERMINERS:
            return None
        cue_i = min((i for i in range(sent.start, sent.end) if i in self.cues and not self.quoted[i]),
                    key=lambda i: abs(i - first), default=None)
        who = self.subject_of(cue_i) if cue_i is not None else self.sentence_subject(sent)
        if who is None or is_document(who) or self.speaker_entity(who) is None \
                or who.start < self.table.token_at(first_end - 1) + 1 and who.end > first:
            return None
        return who

    def relative_antecedent(self, j: int, sent: Span) -> Mention | None:
        """`..., the CBI, which said ...` / `..., Jane Doe, who told ...`: a relative pronoun at j right
        after a comma speaks for the mention before the comma, even one after a preposition ("welcomed
        by the CBI, which said"), not for the sentence's subject."""
        words = self.table.words
        if j - 2 < sent.start or not is_relative(words[j], ("who", "which")) or words[j - 1].text != ",":
            return None
        return self.mention_end.get(j - 2)

    def in_relative_aside(self, cue_i: int, sent: Span) -> bool:
        """`Mr Smith, who has denied the subject came up, appeared ...`: a cue in a relative clause set off by
        commas after the sentence's subject (no verb or relative before it: "Both times, May, who said ..., got ..."),
        whose report ends at the aside's closing comma, where the main clause resumes with its verb (not
        `..., said Sharpton, who added that ...`: the aside ends the sentence)."""
        j = cue_i - 1
        while j >= sent.start and self.table.words[j].lower_ in GAP_WORDS:
            j -= 1
        antecedent = self.relative_antecedent(j, sent)
        return antecedent is not None and not self.holds_verb(sent.start, antecedent.start) \
            and not any(w.lower_ in RELATIVES for w in self.table.words[sent.start:antecedent.start])

    def joined_cue_subject(self, cue_i: int, j: int, sent: Span) -> Mention | None:
        """`..., the minister said on Sunday, adding that ...`, `X said A, and added that B`: a cue joined by
        "and" or "but" (a participle: by a comma) to an earlier cue of its sentence shares that cue's subject,
        not the first name of the sentence, which may be inside the report. Only after a report (`X agreed with
        Y and called for ...` shares no report); the earlier cue is the nearest outside reported words and
        quotations. None when there is none or it has no subject."""
        words = self.table.words
        if j < sent.start or not (words[j].lower_ in ("and", "but") or words[j].text == "," and words[cue_i].lower_.endswith("ing")) \
                or not any(t in self.reported_tokens for t in range(sent.start, j)):
            return None
        earlier = next((p for p in range(j - 1, sent.start - 1, -1)
                        if p in self.cues and not self.quoted[p] and p not in self.reported_tokens), None)
        return self.subject_of(earlier) if earlier is not None else None

    def head_of_oblique(self, m: Mention) -> Mention:
        """`A spokesperson for the U.S. embassy in Beijing said`, `Analysts at the bank in London said`:
        a mention after a preposition right before the verb belongs to the subject named before the
        preposition. The mention itself when no one is named there, or only a vague source: "Analysts at
        Goldman Sachs said" is Goldman Sachs speaking."""
        words = self.table.words
        head = m
        while head.oblique and head.opening >= 2 and words[head.opening - 1].lower_ in PREPOSITIONS \
                and (before := self.mention_end.get(head.opening - 2)) is not None:
            head = before
        return head if not head.oblique and self.speaker_entity(head) is not None else m

    def appositive_owner(self, m: Mention, cue_i: int) -> Mention | None:
        """The person whose appositive holds the oblique mention m and runs to the reporting verb at cue_i:
        `Alan Trounson, deputy director of the Monash Institute says` is Trounson's, not the institute's."""
        if not m.oblique:
            return None
        return next((p for p in self.mentions if p.kind == "person" and p.role_span is not None
                     and p.end <= m.start and p.role_span[1] == cue_i and not p.oblique), None)

    def nearest_subject(self, cue_i: int) -> Mention | None:
        """The nearest subject of the reporting verb at cue_i, by the patterns of news prose."""
        sdoc = self.sdoc
        words = self.table.words
        sent = self.sentences.of_token(cue_i)
        j = cue_i - 1
        while j >= sent.start and (words[j].lower_ in GAP_WORDS or words[j].lower_.endswith("ly")):
            j -= 1
        joined = self.joined_cue_subject(cue_i, j, sent)
        if joined is not None:
            return joined
        antecedent = self.relative_antecedent(j, sent)
        if antecedent is not None:
            return antecedent
        if j >= sent.start and words[j].text == ",":  # "X, for instance, said" / "The leader, L.Oyun-Erdene, said"
            named = self.mention_end.get(j - 1)
            if named is not None and named.kind == "person" and named.start > sent.start and words[named.start - 1].text == ",":
                return named
            if named is not None and named.kind == "person" and named.opening == sent.start:
                return named  # "BankSA's managing director Colin Taylor, says": a stray comma after the subject
            aside = next((x for x in range(j - 2, max(sent.start, j - MAX_APPOSITIVE), -1) if words[x].text == ","), None)
            if aside is not None and self.finder.mentions.participle_aside(words, aside) and aside - 1 in self.mention_end:
                # "The panel, headed by John Tower, said": the panel, the first subject of a name in pieces
                return next(m for m in self.mentions if sent.start <= m.start and m.end <= aside
                            and (not m.oblique or m is self.mention_end[aside - 1]))
            k = j - 1
            while k > sent.start and words[k].text != "," and j - k <= 4:
                k -= 1
            if words[k].text == "," and k - 1 in self.mention_end and not any(
                self.mention_end.get(x) for x in range(k + 1, j)
            ):
                return self.mention_end[k - 1]
        if j in self.mention_end:
            return self.appositive_owner(self.mention_end[j], cue_i) or self.head_of_oblique(self.mention_end[j])
        if j > sent.start and words[j].lower_ == "as":  # "the agency quoted Wang Yi, the foreign minister, as saying"
            for k in range(j - 1, max(sent.start, j - MAX_APPOSITIVE) - 1, -1):
                if words[k].lower_ in QUOTING_FORMS:
                    quoted = self.quoted_speaker(k, cue_i + 1)
                    if quoted is not None and quoted[1] == cue_i:
                        return quoted[0]
                    break
        # "the Russian Embassy's twitter and Facebook accounts directly called out": the possessor speaks.
        k = j
        while k > sent.start and j - k <= 6 and words[k].is_alpha and words[k].lower_ not in self.finder.cues.by_form:
            k -= 1
        if words[k].text in ("’s", "'s") and k - 1 in self.mention_end and not words[cue_i].lower_.endswith("ing") \
                and words[j].lower_ not in CONJUNCTIONS:  # "X did not put a time scale on Pogba's return but said": X
            return self.mention_end[k - 1]  # (a participle reports for its clause's subject: "... Port Augusta's centre saying")
        before = [m for m in self.mentions if sent.start <= m.start and m.end <= cue_i]
        # An appositive: "Ts.Buyantsogtoo, Director and Researcher at the Institute ..., said".
        for m in reversed(before):
            if m.kind == "person" and not m.oblique:  # "Speaking in Downing Street, the PM's spokesman said": a place
                _, appositive_end = self.finder.mentions.role_after(sdoc, m.end)
                if appositive_end == cue_i:
                    return m
                break
        if words[cue_i].lower_.endswith("ing"):
            prev = sdoc[j] if j >= sent.start else None
            if prev is not None and (prev.text in QUOTE_MARKS or prev.lower_ in self.finder.work_nouns):
                # "an essay, “...” stating “...”": the work's author, the last person named as a subject.
                people = [m for m in before if m.kind == "person" and not m.oblique]
                if people:
                    return people[-1]
        subjects = [m for m in before if not m.oblique]
        return subjects[0] if subjects else None

    # -- direct quotations -----------------------------------------------------------------------
    def direct_quotes(self, direct: list[DirectQuote]) -> list[tuple]:
        out = []
        merged = self.join_interrupted(direct)
        previous: DirectQuote | None = None
        for q in merged:
            text = " ".join(self.text[a:b] for a, b in q.pieces)
            if quote_words(text) < MIN_QUOTE_WORDS and not self.short_reply(q, text) or self.is_title_like(text) \
                    or self.names_a_work(q.open_tok) or self.names_itself(q.open_tok, text):
                continue
            if q.speaker is None:
                self.attribute(q)
            if q.speaker is None and previous is not None and previous.speaker and not self.cue_in_tail(q) \
                    and (self.opens_paragraph(q.open_tok) or self.opens_sentence_after(previous, q)):
                q.speaker, q.cue, q.rule = previous.speaker, previous.cue, "direct-continued"
            if q.speaker is None and not self.cue_in_tail(q):
                self.attribute_to_report_before(q)
            if q.cue is None and q.speaker is None and self.is_scare_fragment(q, text):
                continue
            self.quote_speakers[q.close_tok] = q.speaker
            out.append((q.pieces[0][0], q.pieces, "direct", q.speaker, q.cue, q.rule))
            previous = q
        return out

    @staticmethod
    def in_reports(direct: list[tuple], reported: list[tuple]) -> list[tuple]:
        """Both lists together; a quoted fragment nothing else attributes, inside a reported clause, is the
        reporter's: `Hiesinger freed Thyssenkrupp from “an existential crisis”, chairman Ulrich Lehner said`."""
        out = []
        for row in direct:
            start, pieces, kind, who, cue, rule = row
            if who is None:
                report = next((r for r in reported if r[3] is not None and any(
                    a <= pieces[0][0] and pieces[-1][1] <= b for a, b in r[1])), None)
                if report is not None:
                    row = (start, pieces, kind, report[3], report[4], "direct-in-report")
            out.append(row)
        return out + reported

    def short_reply(self, q: DirectQuote, text: str) -> bool:
        """A quotation of a word or two that is a whole utterance: it opens its sentence, ends in a comma, "?"
        or "!" inside its marks, and a speech tag follows (`"No," he said.`, `"We won," the coach told
        reporters.`); a short phrase in marks is otherwise a scare quote or a name."""
        if len(q.pieces) > 1 or not text.rstrip().endswith((",", "?", "!")) \
                or self.sentences.bounds(q.open_tok)[0] != q.open_tok:
            return False
        if q.speaker is None:
            self.attribute(q)
        return q.cue is not None and q.rule == "direct-trailing-cue"

    def opens_sentence_after(self, previous: DirectQuote, q: DirectQuote) -> bool:
        """Does q open the sentence right after the one where `previous` closes (`"A?" he said. "B."`)?"""
        start, _ = self.sentences.bounds(q.open_tok)
        if start != q.open_tok or start == 0:
            return False
        before, _ = self.sentences.bounds(start - 1)
        return previous.close_tok >= before

    def attribute_to_report_before(self, q: DirectQuote) -> None:
        """A quotation standing as its own sentence right after a report in the same paragraph is the
        reporter's: `Labor leader Simon Crean says 4,000 jobs were created. "The unemployment rate
        hasn't come down ..."`. Not after a sentence that quotes someone itself."""
        start, _ = self.sentences.bounds(q.open_tok)
        if start != q.open_tok or start == 0 or "\n" in self.text[self.table.end_char(start - 1):self.table.idx[start]]:
            return
        before, _ = self.sentences.bounds(start - 1)
        if any(self.quoted[before:start]):
            return
        cue_i = next((i for i in range(before, start) if self.cue(i)), None)
        if cue_i is None:
            return
        who = self.subject_of(cue_i)
        if self.speaker_entity(who) is None and cue_i > before and self.table.words[cue_i - 1].text == "," \
                and (named := self.named_after(cue_i + 1, self.sentences.of_token(cue_i))) is not None:
            who = named[0]  # '..., said Xi. "I hope that ..."': the speaker named after the verb
        if self.speaker_entity(who) is not None:
            q.speaker, q.cue, q.rule = who, self.cues[cue_i].lemma, "direct-after-report"

    def opens_paragraph(self, tok: int) -> bool:
        idx = self.sdoc[tok].idx
        return idx == 0 or "\n" in self.text[max(0, idx - 2):idx]

    def runs_through(self, q: DirectQuote) -> bool:
        """A fragment the writer's words run through on both sides, with no comma or stop of its own (`dismissed as
        "one more hoax" a report that quoted X as saying ...`, `called the report "a fabrication" and quoted ...`):
        what follows it is the writer's sentence going on, not the fragment's attribution."""
        words = self.table.words
        sent = self.sentences.of_token(q.open_tok)
        k = q.close_tok + 1
        return sent.start < q.open_tok and words[q.open_tok - 1].is_alpha and k < sent.end and words[k].is_alpha \
            and words[k].is_lower and not words[q.close_tok - 1].is_punct

    def is_scare_fragment(self, q: DirectQuote, text: str) -> bool:
        """A short phrase in quotation marks that nothing attributes, set inside a sentence's words
        (`the "war on woke" is`, `another "bold new vision" but`) and not ending like speech: the
        writer's scare quotes or a slogan, not a quotation."""
        words = self.table.words
        if len(WORD.findall(text)) > MAX_SCARE_WORDS or text.rstrip().endswith((".", ",", "!", "?", "…")) \
                or self.cue_in_tail(q):
            return False
        sent = self.sentences.of_token(q.open_tok)
        if q.open_tok == sent.start:
            return False  # "'Lessons will be learned' after hospital scandal": a headline opening on a quotation
        before = words[q.open_tok - 1].is_alpha
        after = q.close_tok + 1 < sent.end and words[q.close_tok + 1].is_alpha and words[q.close_tok + 1].is_lower
        return before or after

    def names_itself(self, open_tok: int, text: str) -> bool:
        """A short phrase whose own last word is a work noun and that holds no clause: a name, whoever uses it
        (“third neighbor policy”, “special military operation”; not “we need a new strategy”, nor a judgement
        a naming cue gives, `called it “a failed policy”`)."""
        found = [w.lower() for w in WORD.findall(text)]
        if not (0 < len(found) <= MAX_SCARE_WORDS and found[-1] in self.finder.work_nouns) or found[0] in ("a", "an") \
                or text.rstrip().endswith((".", ",", "!", "?", "…")) \
                or any(w in SUBJECT_PRONOUNS or w in AUXILIARIES for w in found):
            return False
        return not self.judged_noun(open_tok)

    def names_a_work(self, open_tok: int) -> bool:
        """“...” right after "an essay," / "the slogan" / "so-called", or after a naming cue's participle that
        opens an aside ("the rally, dubbed ‘a million march’,": the name given, no one's words): a title, not speech."""
        words = self.table.words
        if open_tok > 1 and words[open_tok - 2].text == "," and words[open_tok - 1].lower_.endswith("ed") \
                and (cue := self.cue(open_tok - 1)) is not None and cue.complement == "quote":
            close = next((k for k in range(open_tok + 1, min(len(words), open_tok + MAX_SCARE_WORDS + 2))
                          if words[k].is_quote), None)  # "..., branded “...” by critics": the critics' words
            return close is not None and not (close + 1 < len(words) and words[close + 1].lower_ == "by")
        for k in range(open_tok - 1, max(open_tok - 3, -1), -1):
            hyphenated = words[k - 2].lower_ + "-" + words[k].lower_ if k >= 2 and words[k - 1].text == "-" else ""
            if words[k].lower_ in self.finder.work_nouns or hyphenated in self.finder.work_nouns:  # "so - called"
                return not self.judged_noun(k)
            if words[k].text == ":" and any(self.cue(j) for j in range(self.sentences.of_token(k).start, k)):
                break  # "He told BBC Radio 4's Today programme: “...”": a colon after a reporting verb opens speech
            if words[k].text not in (",", ":", "the", "a", "an"):
                break
        return False

    def judged_noun(self, k: int) -> bool:
        """Words from k that a naming or judging cue takes as its object, so that the quotation after them (or at
        k) is the judgement, not a title: "called the policy “a complete disaster”", "called it “a failed policy”"."""
        words = self.table.words
        j = k
        while j > 0 and k - j < 3 and words[j - 1].is_lower and words[j - 1].is_alpha and self.cue(j - 1) is None:
            j -= 1  # "the", "draft", "new"
        cue = self.cue(j - 1) if j > 0 else None
        return cue is not None and cue.complement == "quote"

    def join_interrupted(self, direct: list[DirectQuote]) -> list[DirectQuote]:
        """“A,” he said. “B.” -> one quotation of two pieces, attributed by the words between."""
        out: list[DirectQuote] = []
        for q in direct:
            prev = out[-1] if out else None
            if prev is not None and self.text[prev.pieces[-1][1] - 1:prev.pieces[-1][1]] in (",", "", "—", "–", "?", "!"):
                gap_start, gap_end = prev.close_tok + 1, q.open_tok
                gap = self.sdoc[gap_start:gap_end]
                # "“B,” Jones replied." after "“A,” Smith said.": B has an attribution of its own.
                if 0 < len(gap) <= MAX_INTERRUPTION and "\n" not in gap.text and not self.cue_in_tail(q):
                    who, cue, said_end = self.trailing_attribution(gap_start, gap_end)
                    if who is not None and self.attribution_tail(said_end, gap_end):
                        prev.pieces = prev.pieces + q.pieces
                        prev.close_tok = q.close_tok
                        prev.speaker, prev.cue, prev.rule = who, cue, "direct-interrupted"
                        continue
            out.append(q)
        return out

    def attribution_tail(self, start: int, end: int) -> bool:
        """Words after an attribution that still belong to it (" in an interview with AP."): no other
        reporting verb, and nothing after the sentence ends but the next opening mark."""
        ended = False
        for tok in self.sdoc[start:end]:
            if ended and not tok.is_punct:
                return False
            if tok.i in self.opens or self.cue(tok.i):
                return tok.i in self.opens
            ended = ended or tok.text in (".", "!", "?", ":")
        return True

    def trailing_attribution(self, start: int, end: int) -> tuple[Mention | None, str | None, int]:
        """`, as X said` / `, X said` / `, said X, a spokesman` right after a closing mark.

        Returns the speaker, the cue and the token after the attribution (with its appositive).
        """
        sdoc = self.sdoc
        words = self.table.words
        i = start
        while i < end and (words[i].text in (",", "—", "–", "-", "as") or words[i].is_space):  # `,"  Mr Powell said`
            i += 1
        if i >= end:
            return None, None, start
        # "“...,” the state broadcaster quoted one witness as saying": the witness speaks.
        for k in range(i, min(end, i + MAX_QUOTING_SOURCE)):
            if (quoted := self.quoted_speaker(k, end, closing=True)) is not None:
                cue = self.cues[quoted[1]].lemma if quoted[1] in self.cues else QUOTE_LEMMA
                return quoted[0], cue, quoted[1] + 1
            if words[k].is_punct or self.cue(k):
                break
        m = self.mention_at(i) or self.modified_role_opening(i, end)  # "the company's chief executive, Jane Doe, said": her title
        if m is not None:
            # Past the speaker's appositive: `“...,” Ganbold, a herder from Arkhangai, said`.
            j = self.after_relative_clause(max(m.end, m.role_span[1]) if m.role_span else m.end, end)
            j = self.after_parenthesis(j, end)  # `“...,” the Afghan Islamic Press (AIP) said`
            named = self.mention_start.get(j + 1) if j + 1 < end and words[j].text == "," else None
            if named is not None and named.kind == "person" and named.end + 1 < end and words[named.end].text == ",":
                m, j = named, named.end + 1  # `“...,” the company's chief executive, Jane Doe, said`
            close = next((x for x in range(j + 1, min(end - 1, j + MAX_KIN + 1)) if words[x].text == ","), None) \
                if j < end and words[j].text == "," else None
            if close is not None and (close < j + 6 and MentionFinder.is_aside(words, j + 1, close)
                                      or self.finder.mentions.is_kin(words, j + 1, close)) and self.cue(close + 1):
                j = close  # `“...,” Prime Minister Oyun-Erdene, 42, told the Financial Times`: past an aside
            if j + 1 < end and words[j].text == "," and self.cue(j + 1):
                j += 1  # `“...,” the company's chief executive, Jane Doe, said`, found by her title
            described = self.mention_start.get(j)
            if m.kind == "organization" and described is not None and described.kind == "role" and described.end < end \
                    and self.cue(described.end):
                j = described.end  # `“...,” Odinga’s National Super Alliance opposition alliance said`: the body named
            while j < end and (words[j].lower_ in GAP_WORDS or words[j].lower_.endswith("ly")):
                j += 1
            j = self.after_passive_frame(j, end)  # `“...,” Smith is alleged to have said`
            if j < end and (cue := self.cue(j)):
                after = j + 1 + (1 if cue.particle else 0)
                if after < len(words) and words[after].lower_ == "that" and not self.quoted[after] \
                        and not words[j].lower_.endswith("ing"):  # (not `“...” said X, noting that ...`)
                    # `... said that “A” and that “B,” spokesperson Lin said that ...`: the verb reports its own
                    # clause; the quotation before it is another's
                    return None, None, start
                return self.publisher(m, j), cue.lemma, after  # "..., the statement said"
            if (published := self.published_cue(m, j, end)) is not None:
                cue = self.cues[published]
                return self.publisher(m, published), cue.lemma, published + 1 + (1 if cue.particle else 0)
        if i + 2 < end and words[i].lower_ == "according" and words[i + 1].lower_ == "to" \
                and (m := self.mention_opening.get(i + 2)) is not None:
            return m, "according to", m.end  # `“...,” according to John Smith.`
        if cue := self.cue(i):
            after = i + 1 + (1 if cue.particle else 0)
            m = self.owned_person(after) or self.mention_opening.get(after)  # "said resident Peter Walsh"
            if m is not None and m.kind == "role" and (named := self.name_after_role(m, end)) is not None:
                return named, cue.lemma, named.end  # "said its chairman, Sir Anthony Greener.": the name
            if m is not None:
                _, after = self.finder.mentions.role_after(sdoc, m.end)
                return m, cue.lemma, after
        return None, None, start

    def after_passive_frame(self, j: int, end: int) -> int:
        """`is alleged to have said`, `was quoted as saying`, `was heard saying`, `was due to say` at j: the speaker's reporting verb
        after a passive frame (a form of "be", a participle of reporting or hearing, then "to have" or "as" or
        nothing); j itself if there is none."""
        words = self.table.words
        if j + 3 < end and words[j].lower_ in BE_FORMS and words[j + 1].lower_ in SPEECH_TO_COME and words[j + 2].lower_ == "to":
            return j + 3 if self.cue(j + 3) else j  # `“...,” he was due to say`, `is expected to tell activists`
        if not (j + 2 < end and words[j].lower_ in BE_FORMS and words[j + 1].lower_ in PASSIVE_REPORTING):
            return j
        k = j + 2
        if words[k].lower_ == "by":  # `was quoted by the China Daily as saying`: who published the words
            k = next((x for x in range(k + 1, min(end, k + MAX_PUBLISHER_WORDS)) if words[x].lower_ == "as"
                      or words[x].is_punct and words[x].text not in APOSTROPHE_S), k)
            if words[k].lower_ != "as":
                return j
        if words[k].lower_ == "as":
            k += 1
        elif words[k].lower_ == "to" and k + 1 < end and words[k + 1].lower_ == "have":
            k += 2
        return k if k < end and self.cue(k) else j

    def before_passive_frame(self, cue: int, sent: Span) -> int:
        """The token before a passive frame that ends at a cue (`..., a bank official was quoted by the China
        Daily as saying.`: "official"), where the speaker's name ends; the token before the cue if there is none."""
        for b in range(cue - 2, max(sent.start, cue - MAX_PUBLISHER_WORDS - 4), -1):
            if self.table.words[b].lower_ in BE_FORMS and self.after_passive_frame(b, sent.end) == cue:
                return b - 1
        return cue - 1

    def name_after_role(self, m: Mention, end: int) -> Mention | None:
        """The person named after a comma that closes a trailing speaker's role, then punctuation: `“...,” said
        the chairman of the committee, Labour MP Tom Baker.`, `said its chairman, Sir Peter Hall.`, `said the
        spokesman for the ministry, Gosha Tykhyi, commenting ...`; none when a word of a clause comes between
        (a reporting verb, a relative, a quotation)."""
        words = self.table.words
        k = m.end
        while k < min(end, m.end + MAX_ROLE_TAIL) and words[k].text != ",":
            if self.cue(k) or self.quoted[k] or words[k].lower_ in RELATIVES or words[k].is_punct:
                return None
            k += 1
        named = self.mention_opening.get(k + 1) if k < end and words[k].text == "," else None
        if named is None or named.kind != "person":
            return None
        close = named.end
        return named if close >= end or words[close].is_punct else None

    def modified_role_opening(self, i: int, end: int) -> Mention | None:
        """A speaker whose role word has lowercase modifiers before it that the mention left out:
        `“...,” ice rink manager Brian Bellis told AFP`."""
        words = self.table.words
        limit = i + MAX_ROLE_MODIFIERS + 1
        k = i
        while k < min(end, limit):
            m = self.mention_opening.get(k)
            if m is not None:
                return m if k > i and words[k].lower_ in self.finder.lex.role_words else None
            if words[k].text == "-" and k > i and k + 1 < end and words[k + 1].is_alpha and words[k + 1].is_lower:
                limit += 2  # a hyphenated modifier is one word: "search-and-rescue director Jim Hall"
                k += 2
                continue
            if not (words[k].is_alpha and words[k].is_lower and not words[k].is_stop):
                return None
            k += 1
        return None

    def quoted_speaker(self, k: int, end: int, closing: bool = False) -> tuple[Mention, int] | None:
        """Who a source quotes: `Reuters quoted the minister as saying`, `quoting Wang Yi, the foreign
        minister, as saying` (k: the quoting verb); `closing` a tag after a quotation, where the one quoted may end
        the sentence: `“...,” the White House quoted President Joe Biden.` Returns the speaker and the token of the
        reporting verb (the quoting verb when there is no other)."""
        words = self.table.words
        if words[k].lower_ not in QUOTING_FORMS:
            return None
        named = self.mention_opening.get(k + 1)
        j = k + 1  # "quoted unidentified officials as saying": lowercase modifiers before a described source
        while named is None and j < min(k + 3, end) and words[j].is_alpha and words[j].is_lower and not words[j].is_stop:
            j += 1
            named = self.mention_opening.get(j)
        if named is None:
            return None
        a = max(named.end, named.role_span[1]) if named.role_span else named.end
        if a < end and words[a].text == ",":  # "reported the sponsors, PR company Jour J, as saying"
            a = next((x + 1 for x in range(a + 1, min(end, a + MAX_APPOSITIVE)) if words[x].text == ","), end)
        if a + 1 < end and words[a].lower_ == "as" and self.cue(a + 1):
            return named, a + 1
        if closing and words[k].lower_ in CLOSING_QUOTING_FORMS and (a >= end or words[a].text in (".", "!", "?")):
            return named, k
        return None

    def published_cue(self, m: Mention, j: int, end: int) -> int | None:
        """The reporting verb after a document's publisher or medium: `“...,” a statement from the prime minister's
        office said`, `“...,” a post on the embassy's Telegram channel said` (the cue's token, or None)."""
        words = self.table.words
        if not is_document(m) or j >= end or words[j].lower_ not in ("from", "by", "of", "on"):
            return None
        for k in range(j + 1, min(end, j + MAX_PUBLISHER)):
            if self.cue(k):
                return k
            if words[k].is_punct and words[k].text not in ("’s", "'s", "-", "&"):
                return None
        return None

    def after_relative_clause(self, i: int, end: int) -> int:
        """The token after `, who asked not to be named,` at i (i itself if there is none): the
        speaker's relative clause between the speaker and the verb, or the appositive's (`a teacher
        from Leeds who has lived in the town for twenty years,`)."""
        words = self.table.words
        opener = i + 1 if i + 1 < end and words[i].text == "," else i
        if opener < end and is_relative(words[opener], ("who", "whose")):
            for k in range(opener + 1, end):
                if words[k].text == ",":
                    return k + 1
                if words[k].is_punct or k in self.opens:
                    break
        return i

    def cue_in_tail(self, q: DirectQuote) -> bool:
        """A reporting verb in the rest of the quotation's sentence, or in the attribution opening the next
        one (`“Why now?” Smith asked.`): the quotation is attributed there, even when its speaker could not be found."""
        sent = self.sentences.of_token(q.close_tok)
        return any(self.cue(k) for k in range(q.close_tok + 1, sent.end) if not self.quoted[k]) \
            or self.attribution_after_question(q)[0] is not None

    def attribute(self, q: DirectQuote) -> None:
        sdoc = self.sdoc
        words = self.table.words
        # After the closing mark: “...,” Bayasgalan said / as one spokesperson outlined.
        end = min(len(sdoc), q.close_tok + MAX_ATTRIBUTION)
        stop = q.close_tok + 1
        while stop < end and not sdoc[stop].is_sent_start and not self.quoted[stop] and "\n" not in words[stop].text:
            stop += 1
        who, cue, _ = self.trailing_attribution(q.close_tok + 1, stop) if not self.runs_through(q) else (None, None, 0)
        if who is None:
            who, cue = self.attribution_after_question(q)
        if who is None:
            who, cue = self.so_said_after(q)
        if who is not None:
            q.speaker, q.cue, q.rule = who, cue, "direct-trailing-cue"
            return
        # Before the opening mark, in its sentence: X said: “...” / labelling it “...” / that he “...”;
        # or in the paragraph before, ending with a colon: `the ministry said:` ¶ `“...”`.
        colon = self.colon_before(q.open_tok)
        sent = self.sentences.of_token(q.open_tok if colon is None else colon)
        according, frame = self.framing_source(sent, q.open_tok)
        for i in range(q.open_tok - 1, sent.start - 1, -1):
            if self.quoted[i]:
                continue
            if i == sent.start and according is not None:
                q.speaker, q.cue, q.rule = according, frame, "direct-leading-cue"
                return
            cue_ = self.cue(i)
            if cue_ is None or i == sent.start and words[i].lower_ == "asked":
                continue  # "Asked about the strike, the minister was blunt: “...”": the reporter's question
            if cue_.lemma in FINDING_CUES and not any(self.table.words[k].lower_ in ("that", ":") for k in range(i + 1, q.open_tok)):
                continue  # "said Hamas had shown “enough willingness”": the quotation is the finding's object, not its words
            # `writing that he “wondered whether ...”`: a pronoun right before the quotation is its speaker; a
            # name there is what the report is about (`said police “swiftly moved in”` is the reporter's).
            right_before = self.mention_end.get(q.open_tok - 1)
            if right_before is not None and right_before.start > i and right_before.kind == "pronoun":
                q.speaker, q.cue, q.rule = right_before, cue_.lemma, "direct-leading-cue"
            else:
                q.speaker, q.cue, q.rule = self.subject_of(i) or according, cue_.lemma, "direct-leading-cue"
            return
        # `“...,” adding that ...` with no one named: the person just written about goes on speaking.
        k = q.close_tok + 1
        while k < len(sdoc) and words[k].text in (",", "—", "–"):
            k += 1
        if k < len(sdoc) and (cue_ := self.cue(k)) and self.participle_after_quotation(k) == q.close_tok:
            q.speaker, q.cue, q.rule = self.recent_subject(q.open_tok), cue_.lemma, "direct-participle"
        elif colon is not None:
            q.speaker = self.sentence_subject(sent)  # `Smith put it bluntly: “...”`, `The minister was unrepentant: “...”`
            q.rule = "direct-colon" if q.speaker is not None else q.rule

    def so_said_after(self, q: DirectQuote) -> tuple[Mention | None, str | None]:
        """`“... we're not mindlocked.” ¶ So said Prime Minister L. Oyun-Erdene as he visited Washington.`: the
        sentence after the quotation opens with "So" and a reporting verb, then the speaker."""
        k = q.close_tok + 1
        while k < len(self.sdoc) and (self.table.words[k].is_space or self.table.words[k].is_punct and k not in self.opens):
            k += 1
        return self.so_said_at(k) if k < len(self.sdoc) and self.sentences.is_start(k) else (None, None)

    def so_said_at(self, k: int) -> tuple[Mention | None, str | None]:
        """The speaker and cue of `So said X` / `So says X` opening a sentence at token k, else (None, None)."""
        words = self.table.words
        sent = self.sentences.of_token(k)
        cue = self.cue(k + 1) if k + 2 < sent.end and words[k].text == "So" else None
        who = self.mention_opening.get(k + 2) if cue is not None else None
        return (who, cue.lemma) if who is not None else (None, None)

    def attribution_after_question(self, q: DirectQuote) -> tuple[Mention | None, str | None]:
        """`“Why now?” Smith asked.`: a question or exclamation mark ends the quotation's sentence, so its
        attribution opens the next one. It counts when it is all of that sentence but for a time, a setting or an
        aside after a comma (`Smith asked, drawing laughter.`), not when a report goes on (`Smith said the plan ...`)."""
        start = q.close_tok + 1
        if self.text[q.pieces[-1][1] - 1:q.pieces[-1][1]] not in ("?", "!") or start >= len(self.sdoc) \
                or not self.sentences.is_start(start) or self.quoted[start]:
            return None, None
        sent = self.sentences.of_token(start)
        who, cue, said_end = self.trailing_attribution(start, sent.end)
        if who is None:
            return None, None
        told = any(c.complement == "listener" for k in (said_end - 1, said_end - 2) if (c := self.cue(k)))
        if told:
            said_end = self.listener_end(said_end, sent) or said_end  # "Mr Modi told the crowd in Hindi."
        said_end = self.time_phrase_end(said_end, sent)
        # "asked Wednesday at a party meeting in Gujarat state.": a setting with no verb, or times and settings
        if not self.setting_to_end(said_end, sent) and not self.only_setting_after(said_end, sent):
            return None, None
        return who, cue

    def colon_before(self, open_tok: int) -> int | None:
        """The colon right before an opening mark, across a paragraph break, if any."""
        words = self.table.words
        k = open_tok - 1
        while k >= 0 and words[k].is_space:
            k -= 1
        return k if k >= 0 and words[k].text == ":" and not self.quoted[k] else None

    def sentence_subject(self, sent: Span) -> Mention | None:
        """The speaker opening a sentence, or owning its first noun (`Smith's message was simple:`), after an
        opening phrase and its comma if need be (`On Tuesday, the minister was blunt:`)."""
        words = self.table.words
        start = sent.start + (words[sent.start].lower_ in CONJUNCTIONS)  # "But the minister was unrepentant:"
        m = self.mention_at(start)
        if m is None:
            comma = next((k for k in range(start, min(start + MAX_OPENING_PHRASE, sent.end)) if words[k].text == ","), None)
            m = self.mention_opening.get(comma + 1) if comma is not None else None
        if m is None or m.oblique or self.speaker_entity(m) is None:
            return None
        return m

    def recent_subject(self, tok: int) -> Mention | None:
        """The last speaker named as a subject before token tok, in its sentence or the one before."""
        sent = self.sentences.of_token(tok)
        lo = self.sentences.of_token(sent.start - 1).start if sent.start > 0 else sent.start
        before = bisect_left(self.mentions, tok, key=lambda m: m.end)
        for m in reversed(self.mentions[:before]):
            if m.start < lo:
                return None
            if not m.oblique and self.speaker_entity(m) is not None:
                return m
        return None

    # -- reported speech -------------------------------------------------------------------------
    def reported(self) -> list[tuple]:
        out = []
        sdoc = self.sdoc
        # Only a cue word, "according" or a claim noun can start a report: visit those tokens alone.
        starts = sorted(set(self.cues) | set(REPORT_STARTS.indices(sdoc)))
        for i in starts:
            if i in self.reported_tokens or self.quoted[i]:
                continue
            sent = self.sentences.of_token(i)
            found = self.according_to(i, sent) or self.noun_claim(i, sent) or self.cue_clause(i, sent)
            if found:
                start, end, who, cue, rule, *more = found  # more: the rest of a clause an attribution interrupted
                spans = [(start, end), *more]
                if sum(self.words(a, b) for a, b in spans) < MIN_QUOTE_WORDS or start in self.reported_tokens:
                    continue  # too short, or reported already: "warned in its annual report that ..." is one report
                for a, b in spans:
                    self.reported_tokens.update(range(a, b))
                out.append((sdoc[start].idx, [self.chars(a, b) for a, b in spans], "indirect", who, cue, rule))
        return out

    def clause_end(self, start: int, sent: Span, limit: int | None = None) -> int:
        """Where a reported clause starting at `start` ends: the sentence end (or `limit`, a trailing
        attribution's comma), or before a new quotation, a new reporting verb (", writing ... that"), a
        relative clause that reports ("which he said"), a source (", according to ...") or the
        speaker's next report ("and called on ...")."""
        words = self.table.words
        end = limit if limit is not None else sent.end
        for j in range(start, end - 1):
            if words[j].lower_ in CONJUNCTIONS and j > start and self.speakers_next_report(j + 1, sent):
                end = j  # "said the cuts were a blow and called on the company to ...": the speaker's next act
                break
            if words[j].text == "," and self.comma_ends_clause(j, sent) and not self.closes_opening_adverbial(start, j) \
                    and not self.subject_joined_at(start, j):
                end = j
                break
            if words[j].text == ":" and j > start and j + 1 in self.opens:
                end = j  # 'said his integrity remained intact: “He was ...”': the quotation is its own record
                break
        # Punctuation after the clause goes, and a quotation mark only if it opens the next quotation, which the
        # sentence splitter may have left in this sentence: 'decided to "control all armed groups." "The country ...'.
        while end > start and (words[end - 1].is_punct or words[end - 1].is_space) \
                and (words[end - 1].text not in QUOTE_MARKS or end - 1 in self.opens) \
                and not self.closes_own_text(start, end - 1):
            end -= 1
        if end - 1 > start and words[end - 1].lower_ in CONJUNCTIONS:
            end -= 1  # 'all partners and, “we hope ...”': the conjunction joins the quotation, not the clause
        return end

    def subject_joined_at(self, start: int, comma: int) -> bool:
        """`said that Wang Yi, director of ..., and Foreign Minister Qin Gang described ...`: a named subject and its
        appositive, no verb yet, then ", and" another name: the clause's subject goes on, no other report."""
        words = self.table.words
        m = self.mention_opening.get(start)
        return m is not None and m.kind == "person" and m.end < comma and words[m.end].text == "," \
            and comma + 1 < len(words) and words[comma + 1].lower_ == "and" and not self.holds_verb(m.end, comma)

    def closes_opening_adverbial(self, start: int, comma: int) -> bool:
        """`reported that before Putin's visit, Mongolia assured that ...`: the comma closes a short phrase of time
        or place that opens the reported clause, whose subject and verb follow it."""
        words = self.table.words
        # (a phrase from a preposition holds no verb: "said at least 12 people were killed, adding that ..." is a clause)
        return comma - start <= MAX_OPENING_ADVERBIAL and (words[start].lower_ in SUBORDINATORS or words[start].lower_ in PREPOSITIONS
                                                           and not self.holds_verb(start, comma)) \
            and not any(words[k].text in (",", ";", ":") for k in range(start, comma))

    def closes_own_text(self, start: int, k: int) -> bool:
        """A mark at the clause's end that is part of its last words: a percent sign ("prices rose 5%.")
        or a bracket opened inside the clause ("cost $5m (£4m).")."""
        words = self.table.words
        if words[k].text in UNIT_MARKS:
            return k > start and not words[k - 1].is_punct
        opening = CLOSING_BRACKETS.get(words[k].text)
        return opening is not None and any(words[x].text == opening for x in range(start, k))

    def comma_ends_clause(self, j: int, sent: Span) -> bool:
        """Whether what follows the comma at j is no longer the reported clause."""
        words = self.table.words
        nxt = words[j + 1]
        k = j + 1
        if k in self.opens:
            return True
        if self.cue(k) and nxt.lower_.endswith("ing") and any(
            words[x].lower_ == "that" or x in self.opens for x in range(k + 1, min(k + THAT_WINDOW, sent.end))
        ):
            return True
        if is_relative(nxt, RELATIVES) and any(self.cue(x) for x in range(k + 1, min(k + 4, sent.end))):
            return not self.relative_is_parenthetical(k, sent)
        if nxt.lower_ == "according" and k + 1 < sent.end and words[k + 1].lower_ == "to":
            return True  # "..., according to a statement released on Tuesday": the writer's source
        if self.another_report_at(k + (nxt.lower_ in CLAUSE_LINKS), sent) or self.absolute_report_at(k, sent):
            return True  # "..., while critics warned it would fail": someone else's report
        if self.trailing_tag_at(k, sent):
            return True  # "X said the school was hit twice, UNICEF said.": the tag of the whole report, not its words
        if self.trailing_setting_at(k, sent) or self.hearing_frame_at(k, sent):
            return True  # "..., in remarks to a business group", "..., a court heard on Monday": where, not what
        if nxt.lower_ in self.finder.asides or self.timeline_at(k, sent):
            return True  # "..., sending its shares down 5 percent", "..., a day after the court ruled": the writer's
        if self.narration_at(k, sent):
            return True  # "..., as rolling blackouts entered a second week": the writer's, not the speaker's
        return nxt.lower_ in ("and", "but") and self.cue(k + 1) is not None and self.that_clause_start(k + 2, sent) is not None

    def relative_is_parenthetical(self, k: int, sent: Span) -> bool:
        """`the law, which critics say is unconstitutional, would stand`: a relative clause at k closed
        by a comma and an auxiliary, after which the reported clause goes on (not `farmers, who he said
        had suffered enough`, which runs to its end)."""
        words = self.table.words
        close = next((x for x in range(k + 1, sent.end) if words[x].text == ","), None)
        return close is not None and close + 1 < sent.end and words[close + 1].lower_ in AUXILIARIES

    def speakers_next_report(self, k: int, sent: Span) -> bool:
        """`and added ...`, `and called on ...`, `but urged ...`, `but noted ...` at k (after the conjunction):
        the speaker's own next report, not part of the clause. Only "add", the cues that report an object or a
        judgement, any cue after "but" (`said the results were good but warned ...`) and any with its own "that"
        (`said it was a blow and warned that ...`) are so certain;
        "... and told investors the fund was safe" may be the clause's own subject acting."""
        contrast = self.table.words[k - 1].lower_ == "but"
        while k < sent.end and self.table.words[k].lower_ in GAP_WORDS:
            k += 1
        cue = self.cue(k)
        return cue is not None and self.is_past_cue(k) \
            and (contrast or cue.lemma == "add" or cue.complement in ("object", "judgement")
                 or k + 1 < sent.end and self.table.words[k + 1].lower_ == "that")  # "and warned that ..."

    def timeline_at(self, k: int, sent: Span) -> bool:
        """`, a day after the court ruled ...`, `, just hours before Russia launched ...` at k: the writer
        placing the words in time by another event (a clause: `, two weeks after the election` may be
        what was said)."""
        words = self.table.words
        if not (words[k].is_digit or words[k].lower_ in TIMELINE_LEADS or words[k].lower_ in TIMELINE_UNITS):
            return False
        for x in range(k + 1, min(k + 4, sent.end)):
            if words[x].lower_ in ("after", "before"):
                return words[x - 1].lower_ in TIMELINE_UNITS and any(
                    words[y].lower_.endswith("ed") or words[y].lower_ in AUXILIARIES or y in self.cues
                    for y in range(x + 1, min(x + 7, sent.end))
                )
        return False

    def narration_at(self, k: int, sent: Span) -> bool:
        """`, as <noun phrase> ...` after a comma: the wire writer's setting of the scene ("warned that ...
        faced famine, as peace talks stalled"), not "as well as", "as much as", "as a result", "as it had"."""
        words = self.table.words
        return k + 1 < sent.end and words[k].lower_ == "as" and words[k + 1].is_alpha \
            and words[k + 1].lower_ not in AS_PHRASES and words[k + 1].lower_ not in SUBJECT_PRONOUNS \
            and words[k + 1].lower_ not in OBJECT_PRONOUNS

    def another_report_at(self, k: int, sent: Span) -> bool:
        """A new speaker at k with a reporting verb right after it and words of its own after that
        ("critics warned it would fail"; not a trailing ", Reuters reported.")."""
        j = self.reporting_verb_after_speaker(k, sent)
        if j is None and k + 1 < sent.end and self.table.words[k].lower_ in ("the", "a", "an"):
            j = self.reporting_verb_after_speaker(k + 1, sent)  # "..., but the Kremlin spokesman Dmitry Peskov denied this"
        return j is not None and j + 1 < sent.end and not self.table.words[j + 1].is_punct

    def absolute_report_at(self, k: int, sent: Span) -> bool:
        """`..., with Ukraine asserting that ...`, `..., with officials saying ...` at k: "with", a speaker and
        a reporting verb's -ing form: another's report beside the clause, no part of it."""
        words = self.table.words
        if words[k].lower_ != "with":
            return False
        m = self.mention_opening.get(k + 1)
        j = m.end if m is not None else k + 2  # a speaker found, or one word ("with Ukraine asserting")
        return j + 1 < sent.end and j in self.cues and words[j].lower_.endswith("ing") and not words[j + 1].is_punct \
            and not any(words[x].is_punct for x in range(k + 1, j))

    def trailing_tag_at(self, k: int, sent: Span) -> bool:
        """`, UNICEF said.`, `, an Israeli official said on Tuesday.` at k, closing a sentence whose report
        has a speaker of its own before it: a second source's tag, which is no part of the reported clause."""
        words = self.table.words
        j = self.reporting_verb_after_speaker(k, sent)
        if j is None:  # "..., the UN children's agency UNICEF said": a title before the name
            j = next((x for x in range(k + 1, min(k + MAX_SOURCE, sent.end)) if x in self.cues), None)
            who = self.mention_end.get(j - 1) if j is not None else None
            first = k + (words[k].lower_ in NOUN_MARKERS)  # "the", "a": the source's article
            if (who is None or who.oblique or min(who.opening, self.modifiers_start(who.opening, sent)) > first
                    or any(words[x].is_punct and words[x].text not in ("’s", "'s") for x in range(k, j))) \
                    and not (j is not None and self.outlet_words(first, j)):
                return False
        tail = self.after_time_or_setting(j + 1, sent)
        closes = all(words[x].is_punct for x in range(tail, sent.end)) \
            or tail + 1 < sent.end and words[tail].text == "," and tail + 1 in self.cues and words[tail + 1].lower_.endswith("ing")
        return closes and any(x in self.cues and not self.quoted[x] for x in range(sent.start, k - 1))

    def outlet_words(self, start: int, end: int) -> bool:
        """Whether the words from start to end describe a body that carried a report: capitalised words and
        a body's nouns, ending in a name or such a noun ("Turkish state news agency Anadolu", "RIA Novosti",
        "Kremlin's press service"); no verb among them."""
        words, lex = self.table.words, self.finder.lex
        body = [w for w in words[start:end] if w.text not in ("’s", "'s")]
        return 0 < len(body) <= MAX_SOURCE and all(
            w.is_alpha and (w.is_title or w.is_upper or w.lower_ in lex.org_heads or w.lower_ in STATE_WORDS)
            and w.lower_ not in FUNCTION_WORDS and not lex.is_past_form(w) for w in body
        ) and (body[-1].is_title or body[-1].is_upper or body[-1].lower_ in lex.org_heads)

    def reporting_verb_after_speaker(self, k: int, sent: Span) -> int | None:
        """The reporting verb right after a speaker mentioned at k ("critics warned", "he told"), if any."""
        m = self.mention_opening.get(k)
        if m is None or m.oblique:
            return None
        j = m.end
        while j < sent.end and self.table.words[j].lower_ in GAP_WORDS:
            j += 1
        return j if j < sent.end and j in self.cues else None

    def cue_clause(self, i: int, sent: Span) -> tuple | None:
        """`X said (that) ...`, `X blamed Y for ...`, `..., X said.`"""
        sdoc = self.sdoc
        words = self.table.words
        cue = self.cue(i)
        # `“...,” adding that ...`: the quotation's speaker goes on
        quotation = self.participle_after_quotation(i) if words[i].lower_.endswith("ing") else None
        if cue is None or cue.complement == "quote" or quotation is None and self.tags_quotation(i):
            return None
        if i > sent.start + 1 and (words[i - 1].text == "," or words[i - 1].text in DASHES and words[i - 2].text == ",") \
                and self.named_after(i + 1, sent) is not None:
            return self.trailing_clause(i, sent, cue)  # "..., said John Smith." / "The plan, said John Smith, was ..."
        if i - 1 == sent.start and self.so_said_at(i - 1)[0] is not None:
            return None  # "So said Prime Minister X as he visited ...": the speaker of the quotation before
        prev = sdoc[i - 1] if i > sent.start else None
        if prev is not None and prev.i in self.mention_end and prev.i > sent.start and is_relative(sdoc[self.mention_end[prev.i].start - 1], RELATIVES):
            return None  # "which he said": a parenthetical inside someone else's clause
        after = i + 1 + (1 if cue.particle else 0)
        k = after
        while k < sent.end and words[k].is_lower and words[k].lower_.endswith("ly"):
            k += 1
        if after < k < sent.end and words[k].text == ":":
            after = k  # `Medvedev said clearly: “...”`: the quotation after the colon is what he said
        if after < sent.end and words[after].lower_ == "by" and self.finder.lex.is_past_form(words[i]):
            return None  # "The Islamist accused by Washington of ...": a passive, no one reports
        if self.points_back(after, sent):
            return None  # "Iqbal said this while addressing the media": what he said was reported before
        heard = False  # a listener before the clause: "warned investors the market could fall"
        that = False
        if cue.complement in ("object", "judgement"):
            start = after
            if cue.complement == "object" and start < sent.end and words[start].lower_ in PREPOSITIONS:
                return None  # "elections called for in two years": a passive participle, no one calls
            if cue.complement == "judgement" and start < sent.end and words[start].lower_ in REASONS:
                return None  # "a director accused of fraud denied ...": a passive participle, no one judges
        else:
            # `Smith said: the talks went well.`: a colon, like "that", opens the clause, when words, not a
            # quotation, follow it
            colon = words[after].text == ":" and after + 1 < sent.end and words[after + 1].is_alpha and after + 1 not in self.opens
            start = after + 1 if colon else self.that_clause_start(after, sent)
            that = start is not None
            if start is None and cue.complement in ("listener", "listener-clause"):
                start = self.clause_after_listener(after, sent)
                heard = start is not None
            if start is None and cue.complement == "question":
                start = self.question_start(i, after, sent)
                heard = start is not None
            if start is None and cue.complement in ("that", "question"):
                start = self.bare_clause_start(after, sent, cue.complement == "that")
            if start is None:
                if cue.complement in ("that", "question", "listener"):
                    return self.trailing_clause(i, sent, cue)
                start = self.after_time_or_setting(after, sent)  # "said on Monday the ...", "said in a note."
                told_end = self.listener_end(after, sent) if cue.complement == "listener-clause" else None
                if told_end is not None and (told_end >= sent.end or words[told_end].is_punct):
                    start = told_end  # "..., the IMF warned investors on Tuesday."
                if start >= sent.end or words[start].is_punct and not (start in self.opens and self.fragment_opens_clause(start, sent)) \
                        or words[start].lower_ in PREPOSITIONS and not (cue.complement != "clause-or-object" and self.approximate_amount(start, sent)) \
                        or self.setting_to_end(start, sent) or self.circumstance_at(start, sent):  # "..., the ministry said ahead of the talks."
                    return self.trailing_clause(i, sent, cue)  # "warned of a slowdown", "claims of fraud": no clause
        if not that and not heard and cue.complement not in ("object", "judgement") and self.scene_clause(start, sent):
            return self.trailing_clause(i, sent, cue)  # "..., Guterres said on Thursday as he arrived in Kyiv."
        if start >= sent.end or (start in self.opens and not self.fragment_opens_clause(start, sent)) \
                or (words[start].text in QUOTE_MARKS and start not in self.opens):
            return None
        if start + 1 < sent.end and (start + 1) in self.opens and (start in self.mention_end or words[start].lower_ in ("he", "she", "they")):
            return None  # "that he “wondered ...”": the quotation is the content
        if words[start].lower_ in AUXILIARIES and cue.complement not in ("object", "judgement"):
            if words[start - 1].lower_ != "that":
                return None  # "a deal that farming leaders say will flood the market": the cue is inside a relative
            start -= 1  # "said that was a mistake": "that" is the clause's subject
        end = self.clause_end(start, sent)
        if self.in_relative_aside(i, sent):
            end = next((k for k in range(start + 1, end - 1)
                        if words[k].text == "," and (self.holds_verb(k + 1, k + 2) or k + 1 in self.cues)), end)
        if not that and not heard and cue.complement == "listener-clause" and self.warned_about(start, end):
            return None  # "warned US president George W Bush about the plan": a listener and a topic, no clause
        if not that and cue.complement == "clause-or-object" and self.is_object(start, end):
            return None  # "Tevake claimed second place", "the home side declaring its second innings at 7 for 309"
        # after a modal, whatever follows the amount: "will add 500 jobs over two years", "could add about 2 per cent"
        if not that and cue.lemma in AMOUNT_CUES and (self.amount_object(start, end) or self.after_modal(i)
                                                      and (self.opens_amount(start) or self.approximate_amount(start, sent))):
            return None  # "Kallis and McKenzie added 72 without loss", "will add $1.5 billion to ...": an amount, no speech
        if cue.complement == "judgement":
            if not any(words[k].lower_ in REASONS for k in range(start + 1, end)):
                return None  # "praised his side's resilience": an object, no reported content
        complement = ("listener" if heard else "clause") if cue.complement == "listener-clause" else cue.complement
        complement = ("question" if heard else "that") if cue.complement == "question" else complement
        complement = {"judgement": "object", "clause-or-object": "clause"}.get(complement, complement)
        rule = f"indirect-{complement}"
        who = self.quote_speakers.get(quotation) if quotation is not None else None
        if who is None and not self.finder.impersonal_passive(words, i):
            # (also after a fragment too short to be a record: `described it as “very difficult,” emphasizing that`)
            who = self.subject_of(i)
        return start, end, who, cue.lemma, rule

    def scene_clause(self, k: int, sent: Span) -> bool:
        """`said as he arrived in Kyiv.`, `said while visiting Beijing.`: "as" and a subject pronoun or article, or a
        subordinating word and a participle, at k, running to the sentence's end with no comma for a main clause
        after it, set the scene of the saying; they are not what was said (unlike `said as many as 300 died`, `said
        when the war ends, Ukraine will rebuild`, `said when he saw the tape he was reminded ...`)."""
        words = self.table.words
        if k + 1 >= sent.end or any(words[x].text in (",", ";", ":") or x in self.opens for x in range(k + 1, sent.end)):
            return False
        nxt = words[k + 1]
        return words[k].lower_ == "as" and nxt.lower_ in SCENE_SUBJECTS \
            or words[k].lower_ in SUBORDINATORS and nxt.is_lower and nxt.lower_.endswith("ing") and k + 1 not in self.cues

    def points_back(self, k: int, sent: Span) -> bool:
        """`said this on Friday`, `stated this while visiting ...`, `said so.`: a "this" or "so" at k that is the
        cue's object, pointing back at words already reported, since a time, place or setting follows it, not a
        verb (`said this was a mistake`, `said this week that ...` report a clause)."""
        words = self.table.words
        if k < sent.end and words[k].lower_ == "that" and self.demonstrative_that(k, sent):
            return True  # "argued that point at length in parliament": "that" and its noun
        if k >= sent.end or words[k].lower_ not in DEMONSTRATIVE_OBJECTS:
            return False
        nxt = words[k + 1] if k + 1 < sent.end else None
        return nxt is None or nxt.is_punct or nxt.lower_ in PREPOSITIONS or nxt.lower_ in SETTING_OPENERS

    def is_object(self, start: int, end: int) -> bool:
        """Words after a reporting verb, with no "that", that make a noun phrase and no clause: they open
        like one ("the", "its", "second", a number) and hold no verb (an auxiliary, a past form)."""
        words = self.table.words
        if not (words[start].lower_ in NOUN_PHRASE_OPENERS or words[start].like_num or words[start].lower_ in self.finder.amount_words):
            return False
        # up to a comma or a subordinating word: "declared a retroactive outbreak after three cases were linked"
        end = next((k for k in range(start + 1, end) if words[k].text == "," or words[k].lower_ in SUBORDINATORS), end)
        return not self.holds_verb(start, end)

    def holds_verb(self, start: int, end: int) -> bool:
        """Whether the words start..end hold a verb for sure: an auxiliary or a past form (not one after an
        article or possessive, a noun or adjective: "claiming the set", "the alleged killer")."""
        words = self.table.words
        return any(
            w.lower_ in AUXILIARIES or w.lower_ in VERB_CLITICS
            or self.finder.lex.is_past_form(w) and not (k > 0 and words[k - 1].lower_ in ARTICLES)
            for k, w in enumerate(words[start:end], start)
        )

    def warned_about(self, start: int, end: int) -> bool:
        """`warned Bush about the plan`, `cautioned Beijing against further exercises`, `warned investors of
        the risks`: a listener, then "about"/"of"/"against"/"over" and a noun phrase, with no verb (an
        auxiliary, a past form) before a relative pronoun: no reported clause (not `warned the cost of the war
        would rise`)."""
        words = self.table.words
        prep = next((k for k in range(start + 1, min(end, start + MAX_LISTENER + 4)) if words[k].lower_ in TOPIC_PREPOSITIONS
                     or words[k].is_punct or words[k].lower_ in RELATIVES), None)
        if prep is None or words[prep].lower_ not in TOPIC_PREPOSITIONS:
            return False
        stop = next((k for k in range(prep, end) if words[k].lower_ in RELATIVES or k in self.opens), end)
        return not any(self.holds_verb(k, k + 1) for k in range(start, stop) if not words[k].is_title)  # not "United"

    def amount_object(self, start: int, end: int) -> bool:
        """`added 72 without loss`, `will add $1.5 billion to its pledge`, `added 67 before ...`: an amount at
        start that the verb adds, closed by a preposition (not "of": `added 60 per cent of voters agree`) or
        the clause's end, no reported clause."""
        words = self.table.words
        if words[start].lower_ in APPROXIMATORS and start + 1 < end:
            start += 1  # "has added about 80 jobs to his company": a rounded amount
        elif words[start].lower_ == "at" and start + 2 < end and words[start + 1].lower_ in ("least", "most"):
            start += 2
        if not self.opens_amount(start):
            return False
        k = start + 1
        while k < end and (words[k].like_num or words[k].lower_ in AMOUNT_WORDS):
            k += 1
        noun = k
        # no verb before the words the amount goes to ("to the list of targeted entities" may hold a participle)
        linked = next((j for j in range(noun, end) if words[j].lower_ in AMOUNT_LINKS or words[j].is_punct), end)
        while k < end and k < noun + MAX_AMOUNT_NOUN and words[k].is_alpha and (words[k].is_lower or words[k].is_title) \
                and words[k].lower_ not in FUNCTION_WORDS and k not in self.cues and not self.holds_verb(start, linked):
            k += 1  # "will add 500 jobs to ...", "adding 400 more Russian companies to": the amount's noun, no verb after it
        if k > noun and k < end and not words[k].is_punct and words[k].lower_ not in AMOUNT_LINKS:
            return False  # "added 500 workers in Sydney face the sack" may be a clause
        if k >= end or words[k].is_punct and words[k].text not in QUOTE_MARKS:
            return True
        after = words[k].lower_
        if after == "to" and k + 1 < end and self.opens_amount(k + 1):
            return False  # "added 20 to 30 people died": a range, the clause's subject
        if after in AMOUNT_LINKS:
            return True  # "added $1.5 billion to its pledge", "added 72 without loss", "added 67 before lunch"
        return after in PREPOSITIONS and after != "of" and not self.holds_verb(k, end)  # not "added 12 in the crowd were hurt"

    def after_modal(self, i: int) -> bool:
        """Whether the verb at i follows a modal, past adverbs ("will add", "would also add"): what is to come,
        not what was said."""
        words = self.table.words
        j = i - 1
        while j > 0 and (words[j].lower_ == "also" or words[j].lower_.endswith("ly")):
            j -= 1
        return j >= 0 and words[j].lower_ in MODALS

    def approximate_amount(self, k: int, sent: Span) -> bool:
        """`at least 40 people`, `about 16,000 workers`, `over 200 homes`: a preposition at k that rounds the
        amount after it, opening a clause's subject (`said at least 40 people died`), not a prepositional phrase."""
        words = self.table.words
        w = words[k].lower_
        if w == "at":
            return k + 2 < sent.end and words[k + 1].lower_ in ("least", "most") and self.opens_amount(k + 2)
        return w in APPROXIMATORS and k + 1 < sent.end and self.opens_amount(k + 1)

    def opens_amount(self, k: int) -> bool:
        """A number or sum of money at k ("72", "$1.5 billion", "US$3 million", "dozens"): an amount that
        opens an object, which a reporting verb without "that" may take ("added 72 runs")."""
        words = self.table.words
        w = words[k]
        if w.like_num or w.lower_ in self.finder.amount_words or re.match(r"[A-Z]{0,2}[$€£¥₹₩₦]\d", w.text):
            return True
        return k + 1 < len(words) and words[k + 1].like_num and (w.text in CURRENCY_SIGNS or w.text.endswith("$"))

    def fragment_opens_clause(self, open_tok: int, sent: Span) -> bool:
        """`said “all necessary measures” were being taken`: a quoted fragment the clause goes on after
        (a lowercase word, no conjunction), so the clause is reported too, not only the quotation."""
        words = self.table.words
        k = open_tok
        while k < sent.end and self.quoted[k]:
            k += 1
        return k < sent.end and words[k].is_alpha and words[k].is_lower and words[k].lower_ not in CONJUNCTIONS \
            and k not in self.cues and self.reporting_verb_after_speaker(k, sent) is None \
            and not self.only_setting_after(k, sent)  # `said “...,” on Monday.`: the quotation alone

    def only_setting_after(self, k: int, sent: Span) -> bool:
        """Nothing but times and settings from k to the sentence's end ("on Monday.", "in a statement.")."""
        k = self.after_time_or_setting(k, sent)
        return k >= sent.end or self.table.words[k].is_punct

    def tags_quotation(self, i: int) -> bool:
        """`“...,” said X` / `“...,” X said`: the cue attributes the quotation just closed."""
        j = self.mention_end[i - 1].opening if i - 1 in self.mention_end else i  # `“...,” Prime Minister X said`
        close = self.closing_mark_before(j)
        if close is None:
            return False
        words = self.table.words
        if i + 1 < len(words) and words[i + 1].lower_ == "that" and not self.quoted[i + 1]:
            # 'As for the policy dubbed “bold initiative,” Kwon said that ...', `... and that “B,” spokesperson Lin said
            return False  # that ...`: the verb reports its own clause, no tag
        if close > 0 and words[close - 1].text in (".", "!", "?"):
            # `“... that.” The union says the deal is dead`: a finished quotation, then a sentence with its
            # own clause; only a bare tag (`“... that.” Smith said on Monday.`) is the quotation's
            return self.only_setting_after(i + 1, self.sentences.of_token(i))
        return True

    def closing_mark_before(self, i: int) -> int | None:
        """The closing quotation mark right before token i, past a comma or dash, if any."""
        words = self.table.words
        j = i - 1
        while j >= 0 and words[j].text in (",", "—", "–"):
            j -= 1
        return j if j >= 0 and words[j].text in QUOTE_MARKS and self.quoted[j] else None

    def participle_after_quotation(self, i: int) -> int | None:
        """`“...,” adding that ...` / `“...”, saying ...`: a cue's -ing form right after a quotation,
        with no subject of its own, goes on reporting the quotation's speaker. The closing mark's
        token, or None."""
        if not self.table.words[i].lower_.endswith("ing") or i - 1 in self.mention_end:
            return None
        return self.closing_mark_before(i)

    def that_clause_start(self, after: int, sent: Span) -> int | None:
        """The token after "that" when it follows the cue, and its time and setting, closely ("told reporters on
        Monday that", "said in a briefing prior to Putin's visit that").
        A subject pronoun or another reporting verb in the past first starts the clause itself, whose
        own "that" it is ("said she accepted that ...", "said the evidence showed that ..."; not the
        noun of "told analysts on a conference call that")."""
        words = self.table.words
        if after < sent.end and words[after].text in DASHES:  # "repeated -- as he has done since November -- that"
            close = next((k for k in range(after + 1, min(sent.end, after + MAX_APPOSITIVE)) if words[k].text in DASHES), None)
            if close is not None and close + 1 < sent.end and words[close + 1].lower_ == "that":
                after = close + 1
        # the window opens after a listener, a time and a setting: "told a press conference in the capital a few
        # hours after polls closed that", "said in a briefing on Monday that"
        reach = self.listener_end(after, sent) or self.after_time_or_setting(after, sent)
        if reach + 1 < sent.end and words[reach].lower_ in ("prior", "ahead") and words[reach + 1].lower_ in ("to", "of"):
            reach += 2  # "stated in a briefing prior to the visit that ..."
        for k in range(after, min(reach + THAT_REACH, sent.end)):
            word = words[k]
            if word.lower_ == "that":
                if k > after and k + 1 < sent.end and words[k + 1].lower_ in AUXILIARIES:
                    return None  # "found the warheads stored in crates that were marked ...": a relative pronoun
                if self.demonstrative_that(k, sent):
                    return None  # "argued that point at length", "will plead his case that way in an address"
                return k + 2 if k + 2 < sent.end and words[k + 1].text == "," else k + 1  # "that, in 2019, ..."
            if word.lower_ in AUXILIARIES or word.lower_ in SUBJECT_PRONOUNS or word.text in (".", ";", ":") \
                    or k in self.opens or k in self.cues and (word.lower_.endswith("ing") or self.is_past_cue(k)):
                return None
        return None

    def demonstrative_that(self, k: int, sent: Span) -> bool:
        """Whether "that" at k points at the singular noun after it, with no clause: the noun, then a preposition
        or the sentence's end, and no verb to the end ("argued that point at length in parliament", "plead his case
        that way in a televised address"; not "said that police in the city had arrested two men")."""
        words = self.table.words
        n = k + 1
        if n + 1 >= sent.end or not (words[n].is_alpha and words[n].is_lower and not words[n].is_stop) \
                or words[n].lower_.endswith("s") or not (words[n + 1].lower_ in PREPOSITIONS or words[n + 1].is_punct
                                                         or words[n + 1].lower_ in SETTING_OPENERS):
            return False
        lex = self.finder.lex
        for x in range(n + 1, sent.end):
            w = words[x]
            if w.lower_ in AUXILIARIES or w.lower_ in lex.reporting_verbs or w.lower_ in SUBJECT_PRONOUNS \
                    or x in self.opens or w.is_lower and lex.is_past_form(w) and words[x - 1].lower_ not in ARTICLES:
                return False
        return True

    def question_start(self, i: int, after: int, sent: Span) -> int | None:
        """`Senator Ted Cruz questioned whether ...`, `she asked the minister if ...`: the question, from
        its "whether" or "if", when the asker is named right before the verb ("Asked whether ..., Powell
        said": the reporter asked, and Powell's answer is the report)."""
        words = self.table.words
        j = i - 1
        while j >= sent.start and words[j].lower_ in GAP_WORDS:
            j -= 1
        if j not in self.mention_end:
            return None
        k = self.after_time_or_setting(self.listener_end(after, sent) or after, sent)
        return k if k < sent.end and words[k].lower_ in ("whether", "if") else None

    def is_past_cue(self, k: int) -> bool:
        """A reporting verb at k in a past form ("said", "showed", "added"): a verb for sure, where a
        base or -s form may be a noun ("a conference call", "and claims")."""
        cue = self.cue(k)
        form = self.table.words[k].lower_
        return cue is not None and form != cue.lemma.split()[0] and not form.endswith(("s", "ing"))

    def bare_clause_start(self, after: int, sent: Span, noun_subject: bool) -> int | None:
        """`announced it would close 30 stores`, `denied on Monday he had lied`, `confirmed the man had died`,
        `reported profits rose 5%`: a "that"-less clause after a cue that otherwise needs "that", shown by its
        subject (a pronoun, or a short noun phrase) and then a finite verb for sure: an auxiliary or a listed
        irregular past. An object has none ("wrote it down", "confirmed it.", "announced plans to cut jobs",
        "reported a 5% rise in profits"); a word in -ed may be a participle inside the object ("announced
        the jobs axed in ..."), so none is looked past. A noun subject is looked for only when `noun_subject`
        (not after "asked": "asked the minister had ..." is no English), and it opens with an article, a name, a
        number or a content word, not a function word or another cue ("a new report suggests the ...": the cue
        is a noun)."""
        words = self.table.words
        k = self.after_time_or_setting(after, sent)
        if k + 1 < sent.end and words[k].lower_ in SUBJECT_PRONOUNS and words[k + 1].lower_ in AUXILIARIES:
            return k
        if not noun_subject or k >= sent.end or k in self.cues \
                or not (words[k].lower_ in ARTICLES or words[k].is_alpha and words[k].lower_ not in FUNCTION_WORDS | BARE_SUBJECT_STOPS or words[k].like_num):
            return None
        for j in range(k + 1, min(k + MAX_BARE_SUBJECT + 1, sent.end)):
            if words[j - 1].lower_ in NOUN_CUES or words[j - 1].lower_[:-1] in NOUN_CUES:
                return None  # "denied suggestions there will be a giveaway": a claim noun, its own clause after it
            word = words[j]
            low = word.lower_
            if low in AUXILIARIES and not word.is_title or low in self.finder.lex.past_forms and words[j - 1].lower_ not in ARTICLES:
                return k  # (a capital is no auxiliary: "signalled another hike in May")
            if word.is_punct and low not in ("'s", "’s", "%") or low in BARE_SUBJECT_STOPS \
                    or self.finder.lex.is_past_form(word) or j in self.opens:
                return None
        return None

    def listener_end(self, k: int, sent: Span) -> int | None:
        """The token after a listener phrase starting at k ("reporters", "him", "Reuters", "the
        country's parliament", "a news conference"), and after a time or setting that follows it
        ("on Tuesday", "in an interview"); None when no listener starts at k."""
        words = self.table.words
        if k >= sent.end:
            return None
        if words[k].lower_ in OBJECT_PRONOUNS:
            end = k + 1
        elif k in self.mention_start:
            end = self.mention_start[k].end
        else:
            end = self.listener_words_end(k, sent) or self.place_end(k, sent)  # "told The Guardian", "told Sky News"
            if end is None:
                return None
            named = self.mention_start.get(end)
            if named is not None and named.kind == "person" and words[end - 1].lower_ in COUNTERPART_WORDS:
                end = named.end  # "told his Russian counterpart Vladimir Putin": the listener's name
        return self.after_time_or_setting(end, sent)

    def listener_words_end(self, k: int, sent: Span) -> int | None:
        """The end of up to MAX_LISTENER words, the last in `rules/listeners.txt`, none a verb-like word.
        A listener word owning what follows goes on to the owned one: "BBC Radio 4's Today programme",
        "the BBC's Newsnight programme" (not "BBC Radio")."""
        words = self.table.words
        listeners = self.finder.listeners
        found = None
        j = k
        while j < min(k + MAX_LISTENER, sent.end):
            word = words[j]
            if word.lower_ in listeners:
                while j + 1 < sent.end and words[j + 1].lower_ in listeners:  # "news conference", "press briefing"
                    j += 1
                found = found or j + 1
                if not self.possessive_at(j + 1, sent):
                    return j + 1
            elif not (word.is_alpha or word.is_digit or word.text in ("’s", "'s")) or word.lower_ in AUXILIARIES \
                    or word.lower_ == "that" or j in self.cues or j in self.opens:
                return found
            j += 1
        return found

    def possessive_at(self, k: int, sent: Span) -> bool:
        """A possessive "'s" at k, after a number or not ("Radio 4's")."""
        words = self.table.words
        if k < sent.end and words[k].is_digit:
            k += 1
        return k < sent.end and words[k].text in ("’s", "'s")

    def after_time_or_setting(self, k: int, sent: Span) -> int:
        """Past times, settings and places, in any order: "on Tuesday", "last week", "Monday", "in an
        interview", "in a statement on Thursday", "at a news conference in Brussels on Monday"."""
        words = self.table.words
        for _ in range(3):
            start = k
            k = self.time_phrase_end(k, sent)
            if k + 1 < sent.end and words[k].lower_ in SETTING_LEADS:
                # the longer of a listener phrase and a name: "on Radio Rossiya", not "on Radio"
                k = max(self.listener_words_end(k + 1, sent) or k, self.place_end(k + 1, sent) or k)
            if k == start:
                break
        return k

    def place_end(self, k: int, sent: Span) -> int | None:
        """The token after a place or outlet name at k, after "in" or "at" ("told reporters in Kyiv", "a
        radio station in Lagos") or told ("told The New York Times", "told TRT World"): up to four capitalised
        words or acronyms, not a possessive ("at Tuesday's meeting")."""
        words = self.table.words
        j = k
        while j < min(k + 4, sent.end) and words[j].is_alpha and (words[j].is_title or words[j].is_upper):
            j += 1
        if j < sent.end and words[j].text[0].isupper() and words[j].text.endswith(".") and words[j].text[:-1].isalpha() \
                and all(words[x].is_space for x in range(j + 1, sent.end)):
            return sent.end  # "wrote on X.": the tokenizer keeps a capital letter with its full stop
        if j == k or j < sent.end and words[j].text in ("’s", "'s"):
            return None
        return j

    def hearing_frame_at(self, k: int, sent: Span) -> bool:
        """`..., a court heard on Monday.`, `..., the inquest was told.`: the hearing where the words
        were said, closing the sentence, is the writer's frame, not part of them."""
        words = self.table.words
        j = self.listener_words_end(k, sent)
        if j is None or j >= sent.end:
            return False
        if words[j].lower_ == "heard":
            j += 1
        elif words[j].lower_ == "was" and j + 1 < sent.end and words[j + 1].lower_ == "told":
            j += 2
        else:
            return False
        j = self.after_time_or_setting(j, sent)
        return all(words[x].is_punct for x in range(j, sent.end))

    def trailing_setting_at(self, k: int, sent: Span) -> bool:
        """`..., in remarks to a business group in Chicago.`, `..., speaking at a conference in Geneva.`:
        where the words were said, closing the sentence after a comma, is no part of them."""
        words = self.table.words
        if words[k].lower_ == "speaking":
            k += 1
        elif words[k].lower_ not in SETTING_LEADS:
            return False
        return k + 1 < sent.end and self.listener_words_end(k + 1, sent) is not None \
            and not any(words[x].text == "," for x in range(k + 1, sent.end))

    def time_phrase_end(self, k: int, sent: Span) -> int:
        """The token after a time phrase at k ("told parliament on Tuesday"), k itself if there is none."""
        return time_phrase_end(self.table.words, k, sent.end, self.finder.lex)

    def clause_after_listener(self, after: int, sent: Span) -> int | None:
        """`X told reporters the budget would be balanced`: the clause's start after the listener.
        Without "that", a clause must show itself: a subject pronoun, or an auxiliary or modal within
        a few words ("told reporters about the plan", "told the story of ..." are no speech)."""
        sdoc = self.sdoc
        words = self.table.words
        start = self.listener_end(after, sent)
        if start is None or start >= sent.end:
            return None
        first = sdoc[start]
        if not first.is_alpha or first.lower_ in PREPOSITIONS or first.lower_ in AUXILIARIES or first.lower_ in CONJUNCTIONS \
                or start in self.cues:
            return None
        if first.lower_ in SUBJECT_PRONOUNS:
            return start
        if first.is_title and (words[start - 1].is_title or words[start - 1].is_upper) \
                and start + 1 < sent.end and words[start + 1].text in ("’s", "'s"):
            return None  # "told BBC One’s Breakfast ...": the listener's name goes on
        for j in range(start + 1, min(start + MAX_TOLD_SUBJECT, sent.end)):
            if words[j].lower_ in AUXILIARIES:
                return start
            if words[j].text == "-" and words[j - 1].is_alpha and j + 1 < sent.end and words[j + 1].is_alpha:
                continue  # "told CNBC the sell-off was overdone": a hyphenated word of the subject
            if words[j].is_punct or j in self.cues:
                return None
        return None

    def before_parenthesis(self, k: int) -> int:
        """The token before a short parenthesis closing at k ("the Afghan Islamic Press (AIP) said": "Press"), k
        itself if there is none."""
        words = self.table.words
        if k < 2 or words[k].text != ")":
            return k
        return next((x - 1 for x in range(k - 2, max(0, k - MAX_PARENTHESIS - 2), -1) if words[x].text == "("), k)

    def after_parenthesis(self, k: int, end: int, limit: int = MAX_PARENTHESIS) -> int:
        """The token after a parenthesis of up to `limit` tokens opening at k ("Press (AIP) said": "said"), k
        itself if there is none."""
        words = self.table.words
        if k >= end or words[k].text != "(":
            return k
        return next((x + 1 for x in range(k + 2, min(end, k + limit + 2)) if words[x].text == ")"), k)

    def modifiers_start(self, k: int, sent: Span) -> int:
        """Where up to two lowercase modifiers before a mention at k begin (", legal experts said",
        ", senior officials said": the mention may be the noun alone); k itself if there are none."""
        words = self.table.words
        j = k
        while j > max(sent.start, k - 2) and words[j - 1].is_alpha and words[j - 1].is_lower \
                and words[j - 1].lower_ not in FUNCTION_WORDS and j - 1 not in self.cues:
            j -= 1
        return j

    def trailing_clause(self, i: int, sent: Span, cue: Cue) -> tuple | None:
        """`<clause>, X said.` / `<clause>, said X.`: the clause before the attribution is the content."""
        words = self.table.words
        j = self.before_passive_frame(i, sent)  # "..., an official was quoted as saying."
        while j > sent.start and words[j].lower_ in VERB_GAP:
            j -= 1  # "..., Chuka Umunna has claimed.", "..., the bureau has also said."
        # "..., the Afghan Islamic Press (AIP) said."
        if (who := self.mention_end.get(self.before_parenthesis(j))) is not None:
            comma = self.modifiers_start(who.opening, sent) - 1  # before "European Council President Charles Michel"
            tail = i + 1
            if who.oblique and comma > sent.start and words[comma].lower_ in ("for", "of") \
                    and (owner := self.mention_end.get(comma - 1)) is not None and owner.kind == "role":
                # "..., a spokesperson for President-elect Yoon Suk-yeol said": the described source the name is oblique to
                who, comma = owner, self.modifiers_start(owner.opening, sent) - 1
        elif (named := self.named_after(i + 1, sent)) is not None:  # "..., said John Smith, the bank's chief economist."
            who, tail = named
            comma = i - 1
        elif (who := self.appositive_speaker(j, i, sent)) is not None:  # "..., Ivan Petrenko, the regional governor, said."
            comma = who.opening - 1
            if comma > sent.start and words[comma].lower_ in ("the", "a", "an"):
                comma -= 1  # "..., the head of the region, Oleh Sydorenko, said.": his title opens after "the"
            before = next((x for x in range(comma - 1, max(sent.start, comma - MAX_APPOSITIVE), -1) if words[x].text == ","), None)
            if who.opening == who.start and words[comma].text == "," and before is not None \
                    and (role := self.mention_opening.get(before + 1)) is not None and role.kind == "role" \
                    and (role.end == comma or words[role.end].lower_ in ("of", "at", "for", "in")) \
                    and not self.holds_verb(before + 1, comma):
                comma = before  # "..., the head of the city administration, Petro Lysenko, said.": a title his name missed
            tail = i + 1
        else:
            return None
        if comma - 1 > sent.start and words[comma].text in DASHES and words[comma - 1].text == ",":
            comma -= 1  # "..., - the statement said.", "..., – said Mrs. Dzhaparova.": Ukrainian style
        # "..., the minister told reporters on Tuesday.", "..., the bank said in a note."
        tail = (self.listener_end(tail, sent) if cue.complement in ("listener", "listener-clause") else None) \
            or self.after_time_or_setting(tail, sent)
        # "..., Peskov said on Tuesday(,) when asked what ...": the writer's circumstance, which the sentence ends with
        circumstance = self.circumstance_at(tail + (tail < sent.end and words[tail].text == ","), sent)
        resumes = self.clause_resumes_after(tail, sent) and not circumstance
        if tail + 1 < sent.end and words[tail].is_lower and words[tail].lower_.endswith(("ed", "ing")) and tail not in self.cues \
                and self.setting_to_end(tail + 1, sent):
            tail += 1  # "told reporters gathered at the site.", "told journalists travelling with him to Kyiv."
        closes = all(words[k].is_punct for k in range(tail, sent.end)) or self.setting_to_end(tail, sent) or circumstance \
            or self.source_tag_at(tail, sent) or self.scene_clause(tail, sent) \
            or tail < sent.end - 1 and words[tail].text == "," \
            and (tail + 1 in self.cues or self.comma_ends_clause(tail, sent)  # ", adding that ...", ", as costs soar"
                 or words[tail + 1].is_lower and words[tail + 1].lower_.endswith("ing")  # ", eclipsing the 5% of 2022"
                 or words[tail + 1].lower_ in CLAUSE_LINKS | CONJUNCTIONS)  # ", but the causes remain unclear"
        if comma <= sent.start or words[comma].text != "," or not (resumes or closes) or self.introduces_quotation(tail, sent):
            return None
        start = self.after_dateline(sent)
        if start + 2 < comma and words[start + 1].text == "," and words[start].lower_ in self.finder.lex.sentence_adverbs:
            start += 2  # "Separately, X held talks with Y, the ministry said.": the writer's link, no part of the report
        if start in self.opens or words[start].text in QUOTE_MARKS or self.quoted[comma - 1]:
            return None
        if start + 3 < comma and words[start].lower_ in DEMONSTRATIVE_OBJECTS | {"it"} and words[start + 1].lower_ in BE_FORMS \
                and words[start + 2].lower_ in self.finder.lex.reporting_verbs and words[start + 3].lower_ in ("by", "in"):
            return None  # "This was stated by the government spokesperson ..., Ukrinform reports.", "This is stated in
            # the statement of the ministry, UNN informs.": who said what came before, and where
        if any(x in self.reported_tokens for x in range(start, comma)):
            return None  # "Officials said the school was hit twice, UNICEF said.": the report stays the first speaker's
        # "Oil fell 2 percent, as traders worried about demand, the ministry said.": the writer's scene-setting
        end = self.clause_end(start, sent, limit=comma)
        if resumes and end == comma:  # "The economy, he said, is recovering.": one report of two pieces
            return start, end, who, cue.lemma, "indirect-parenthetical", (tail + 1, self.clause_end(tail + 1, sent))
        return None if resumes else (start, end, who, cue.lemma, "indirect-trailing")

    def circumstance_at(self, k: int, sent: Span) -> bool:
        """A subordinator and a participle with no subject at k ("when asked about ...", "while speaking to ...",
        "after meeting ..."): when the words were said, no reported clause."""
        words = self.table.words
        return k + 1 < sent.end and words[k].lower_ in CIRCUMSTANCE_LEADS and words[k + 1].is_lower \
            and (words[k + 1].lower_.endswith("ing") or self.finder.lex.is_past_form(words[k + 1]))

    def appositive_speaker(self, j: int, i: int, sent: Span) -> Mention | None:
        """The person named with an appositive set off by commas that ends at the comma j before the reporting verb at
        i, the whole after the reported clause: `..., Ivan Petrenko, the regional governor, said.`, `..., the head of
        the region, Oleh Sydorenko, said.`"""
        if self.table.words[j].text != ",":
            return None
        return next((m for m in self.mentions if m.kind == "person" and not m.oblique and m.role_span is not None
                     and m.role_span[1] in (j, i) and m.opening > sent.start + 1), None)

    def setting_to_end(self, k: int, sent: Span) -> bool:
        """Words with no verb from a preposition (or "and", a second listener) at k to the sentence's end, or to
        `, according to ...` or another source's closing tag: where or to whom the words were said, closing a
        trailing attribution (`..., Xi said during his first trilateral summit with Putin and Khurelsukh in three
        years.`, `..., Tokayev said at a meeting with Zhao Leji, reported Akorda.`)."""
        words = self.table.words
        end = self.setting_end(k, sent)
        return end is not None and (end >= sent.end or end + 2 < sent.end and words[end + 1].lower_ == "according"
                                    and words[end + 2].lower_ == "to" or self.source_tag_at(end, sent))

    def setting_end(self, k: int, sent: Span) -> int | None:
        """The comma (or the sentence's end) where verbless words from a preposition at k end (`during his meeting
        with Putin in Sochi`); None if none start at k or a verb comes first."""
        words = self.table.words
        if k >= sent.end - 1 or words[k].lower_ not in SETTING_PREPOSITIONS:
            return None
        for j in range(k + 1, sent.end):
            word = words[j]
            if word.text == ",":
                return j
            if word.is_quote or j in self.cues or word.lower_ in AUXILIARIES or is_relative(word) \
                    or word.lower_ == "that" or word.is_lower and self.finder.lex.is_past_form(word):
                return None
        return sent.end

    def source_tag_at(self, comma: int, sent: Span) -> bool:
        """`, reported Akorda.`, `, Akorda press service reported.` at a comma, past an appositive of the words
        before it (`, the chairman of ..., reported Akorda.`): the tag of the outlet that carried a report, which
        closes the sentence after the speaker's own tag."""
        words = self.table.words
        for c in range(comma, sent.end - 1):
            if words[c].text != "," or c > comma and any(x in self.cues for x in range(comma, c)):
                continue
            if self.trailing_tag_at(c + 1, sent):
                return True
            named = self.named_after(c + 2, sent) if c + 1 in self.cues else None
            if named is not None and all(words[x].is_punct for x in range(named[1], sent.end)):
                return True
        return False

    def introduces_quotation(self, tail: int, sent: Span) -> bool:
        """`Speaking with reporters after the meeting, X said, “...”`: an attribution followed by a comma and an
        opening mark introduces that quotation, and the words before it set the scene; they are not a report."""
        return tail + 1 < sent.end and self.table.words[tail].text == "," and tail + 1 in self.opens

    def mention_at(self, k: int) -> Mention | None:
        """The mention that opens at k, or after an article there ("the company's chief executive, Jane Doe": her
        role opens after "the"); a person named after the name of their employer with "'s" there instead
        ("Midland Montagu's Maude said", "said the NAR's John Tuccillo")."""
        return self.owned_person(k) or self.mention_opening.get(k) \
            or self.mention_opening.get(MentionFinder.after_article(self.table.words, k))

    def owned_person(self, k: int) -> Mention | None:
        """A person's name after an owner's capitalised name, or "the" and its noun, and its "'s" at k, the
        speaker where the owner is only their employer: "ING's James Knightley", "Data Resources' Wyss", "the
        bank's Mary Hollis"."""
        words = self.table.words
        j = MentionFinder.after_article(words, k)
        start, described = j, j > k  # after "the" a described owner too: "the bank's Mary Hollis"
        while j < len(words) and j - start < MAX_OWNER_WORDS and words[j].is_alpha \
                and (words[j].text[:1].isupper() or described and not words[j].is_stop):
            j += 1
        if j == start or j + 1 >= len(words) or words[j].text not in APOSTROPHE_S \
                or words[j].text in ("'", "’") and not words[j - 1].lower_.endswith("s"):
            return None
        person = self.mention_opening.get(j + 1)
        return person if person is not None and person.kind == "person" else None

    def after_appositive(self, m: Mention) -> int:
        """The token after a mention's name, its title and the role written after it (`John Smith, the bank's chief
        economist.`)."""
        return self.finder.mentions.role_after(self.sdoc, max(m.end, m.role_span[1]) if m.role_span else m.end)[1]

    def named_after(self, k: int, sent: Span) -> tuple[Mention, int] | None:
        """A speaker named at k with nothing after the name and its appositive but punctuation
        (`said John Smith, the bank's chief economist.`; not `said he had ...`): the mention and the
        token after the appositive."""
        who = self.mention_at(k)  # "said the spokesman for the ministry, Gosha Tykhyi": its role opens after "the"
        if who is None:
            return None
        end = self.after_appositive(who)
        named = self.name_after_role(who, sent.end) if who.kind == "role" else None
        if named is not None:  # "said the spokesman for the Ministry of ..., Gosha Tykhyi,"
            who, end = named, self.finder.mentions.role_after(self.sdoc, named.end)[1]
        if end < sent.end and not self.table.words[end].is_punct and who.kind != "pronoun" \
                and self.table.words[end].lower_ not in ("and", "to"):  # (not "says he and ...", "urging Afghans to ...")
            end = self.after_time_or_setting(end, sent)  # "said Maria Zakharova on Monday.", "said X on Radio Rossiya."
            end = self.setting_end(end, sent) or end  # "said Tokayev during his meeting with Putin, Akorda reported."
        return (who, end) if end >= sent.end or self.table.words[end].is_punct else None

    def clause_resumes_after(self, k: int, sent: Span) -> bool:
        """`The economy, he said, is recovering`: after the attribution's closing comma at k, the
        sentence the attribution interrupted goes on (not ", adding that ...", ", while critics ...", nor a
        participle, ", eclipsing the 5% growth of 2022": the writer's words about the report)."""
        words = self.table.words
        if not (k + 1 < sent.end and words[k].text == "," and words[k + 1].is_alpha):
            return False
        nxt = words[k + 1].lower_
        return k + 1 not in self.cues and nxt not in CLAUSE_LINKS and nxt not in CONJUNCTIONS \
            and not (words[k + 1].is_lower and nxt.endswith("ing")) \
            and not self.comma_ends_clause(k, sent)

    def after_dateline(self, sent: Span) -> int:
        """Where a sentence's own words start, after a wire dateline (`BRUSSELS (AP) —`,
        `LONDON, March 3 (Reuters) -`, `NEW DELHI:`): a capitalised place, then names, dates and an agency,
        then a dash or a colon; a place in title case (`Lagos (AFP) -`, `Nairobi -`) only before a dash, within
        MAX_TITLED_DATELINE tokens, unless a comma goes on to a second place or a date (`United Nations, New York:`,
        `Ulaanbaatar, 5 July 2022 (TDI):`)."""
        sdoc = self.sdoc
        words = self.table.words
        first = words[sent.start]
        titled = first.is_title and first.is_alpha and not first.is_upper
        agency = first.is_alpha and first.text[:1].isupper() and any(c.isupper() for c in first.text[1:])  # `KazTAG -`
        if not ((first.is_upper or agency) and first.is_alpha and len(sdoc[sent.start]) > 1 or titled):
            return sent.start
        ends = DATELINE_ENDS - {":"} if titled else DATELINE_ENDS
        for k in range(sent.start + 1, min(sent.end, sent.start + MAX_DATELINE)):
            tok = sdoc[k]
            if titled and tok.text == ",":
                titled, ends = False, DATELINE_ENDS
            if titled and k >= sent.start + MAX_TITLED_DATELINE:
                break
            if tok.text == "-" and not sdoc[k - 1].whitespace_ and not tok.whitespace_:
                continue  # a hyphen inside a place's name is no dash: `NUR-SULTAN –`
            if tok.text in ends:
                return k + 1 if not titled or self.opens_capitalised(k + 1, sent) else sent.start
            # the agency's bracket ends the dateline: `MOSCOW (Pakistan Point News / Sputnik - 12th September, 2018)`
            if (after := self.after_parenthesis(k, sent.end, MAX_DATELINE - 2)) > k:
                if titled and not (after < sent.end and words[after].text in ends and self.opens_capitalised(after + 1, sent)):
                    break
                return after + (after < sent.end and words[after].text in ends)
            if not (tok.is_upper or tok.is_title or tok.is_digit or tok.text in ("(", ")", ",")):
                break
        return sent.start

    def opens_capitalised(self, k: int, sent: Span) -> bool:
        """A capitalised word at k, as a sentence's first after a dateline (`Lagos (AFP) - Gunmen`)."""
        return k < sent.end and self.table.words[k].text[:1].isupper()

    def according_to(self, i: int, sent: Span) -> tuple | None:
        """`According to X, ...` and `..., according to X.`"""
        words = self.table.words
        if words[i].lower_ != "according" or i + 2 >= sent.end or words[i + 1].lower_ != "to":
            return None
        who = self.mention_start.get(i + 2)
        speaker = self.document_source(who, sent)
        source_end = who.end if who is not None else None
        if who is None or (who.end < sent.end and not words[who.end].is_punct):
            # "according to government figures"; trailing, a longer one runs to the sentence end
            trailing = i > sent.start and words[i - 1].text == ","
            who, source_end = self.source_phrase(i + 2, sent, MAX_TRAILING_SOURCE if trailing else MAX_SOURCE) or (None, None)
            speaker = self.document_source(who, sent) or speaker  # "according to data from the customs office"
        if who is None:
            return None
        speaker = speaker or who
        if who.role_span is not None and who.role_span[1] > source_end:  # the source's appositive is no report:
            # "According to Kh.Nyambaatar, Governor of the Capital City, the city ...", "..., according to B.Bat, the governor."
            source_end = who.role_span[1] - (words[who.role_span[1] - 1].text == ",")
        if i in (sent.start, self.after_lead_in(sent)) and source_end < sent.end and words[source_end].text == ",":
            start = source_end + 1
            if (named := self.mention_start.get(start)) is not None and named.end < sent.end \
                    and (inner := self.cue(named.end)) is not None \
                    and (inner.complement != "that" or self.that_clause_start(named.end + 1, sent) is not None):
                return None  # "According to Reuters, Smith said ...": Smith's report, which the agency relays
                # (not "According to the official, Lee proposed expanding ...": no report of Lee's, the official's)
            return start, self.clause_end(start, sent), speaker, "according to", "indirect-according-to"
        if i > sent.start and words[i - 1].text == "," and all(words[k].is_punct for k in range(source_end, sent.end)) \
                and not any(k in self.reported_tokens for k in range(sent.start, i)) \
                and not any(self.quoted[sent.start:sent.start + 2]):
            # not "X said ..., according to a filing", "“...,” Xi said, according to Xinhua": X's, the source relays it
            return self.after_dateline(sent), i - 1, speaker, "according to", "indirect-according-to"
        return None

    def after_lead_in(self, sent: Span) -> int:
        """The token after a writer's short lead-in opening the sentence, up to four words and a comma with no name
        or reporting verb (`In particular, according to X, ...`, `At the same time, according to ...`); the
        sentence's start if there is none."""
        words = self.table.words
        for k in range(sent.start + 1, min(sent.start + 5, sent.end)):
            if words[k].text == ",":
                return k + 1
            if not words[k].is_alpha or k in self.cues or k in self.mention_start or k in self.opens:
                break
        return sent.start

    def framing_source(self, sent: Span, before: int) -> tuple[Mention | None, str | None]:
        """Whose words a sentence gives when it opens by naming them before `before`, and the framing words:
        `According to him, it is “...”`, `As Ts.Buyantsogtoo put it, “...”`, `In the words of one diplomat, ...`."""
        words = self.table.words
        k = sent.start
        if words[k].is_alpha and sent.start not in self.mention_start and sent.start not in self.cues:
            k = self.after_lead_in(sent)  # "In particular, according to him, it is “...”"
        lows = [w.lower_ for w in words[k:min(k + 4, before)]]
        if lows[:2] == ["according", "to"] and k + 2 < before:
            return self.mention_start.get(k + 2), "according to"
        if lows == ["in", "the", "words", "of"]:
            return self.mention_start.get(k + 4), "in the words of"
        who = self.mention_start.get(k + 1) if lows[:1] == ["as"] else None
        if who is not None and who.end + 1 < before and words[who.end].lower_ in ("put", "puts") \
                and words[who.end + 1].lower_ == "it":
            return who, "put it"
        return None, None

    def document_source(self, document: Mention | None, sent: Span) -> Mention | None:
        """Whoever published the document named after "according to": "a statement from state utility
        Eskom" is Eskom's ("state utility Eskom"); "of" names the publisher only when an organisation
        follows ("a survey of 2,000 voters" is not theirs). None when the mention is no document with a source."""
        words = self.table.words
        if document is None or not is_document(document) or document.end + 1 >= sent.end:
            return None
        link_at = document.end + self.is_participle(document.end, sent)  # "a statement released by the central bank"
        after = self.mention_start.get(link_at + 1)
        link = words[link_at].lower_
        if link == "of":
            return after if after is not None and after.kind == "organization" else None
        if link not in ("by", "from"):
            return None
        if after is not None:
            return after
        phrase = self.source_phrase(link_at + 1, sent)
        return phrase[0] if phrase else None

    def publisher_at(self, k: int, sent: Span) -> bool:
        """`data from the customs office`, `figures by Rosstat`: a document noun, then "from" or "by" and a
        mention of whoever published it (`document_source` makes them the source)."""
        words = self.table.words
        return words[k].lower_ in ("from", "by") and words[k - 1].lower_ in DOCUMENT_NOUNS and k + 1 in self.mention_start

    def is_participle(self, k: int, sent: Span) -> bool:
        """A lowercase past participle at k with a word after it ("released", "signed", "issued"), as after a document."""
        word = self.table.words[k]
        return k + 1 < sent.end and word.is_lower and word.lower_.endswith("ed")

    def source_phrase(self, start: int, sent: Span, limit: int = MAX_SOURCE) -> tuple[Mention, int] | None:
        """An unnamed source after "according to" ("government figures", "a study of 380,000 adults
        published in the European Journal of Preventive Cardiology"), up to `limit` words: a described
        source, named without what is said of it after a participle ("published in ...", "released on
        Friday"), and the token after the whole phrase."""
        words = self.table.words
        end = start
        while end < sent.end and end - start < limit and words[end].text != "," and not words[end].is_punct:
            end += 1
        if end == start or end >= sent.end and sent.end - start > limit:
            return None
        name_end = next((k for k in range(start + 1, end) if k > start + 1 and self.is_participle(k, sent)
                         or is_relative(words[k], ("who", "which", "that"))  # "academics who suspect ..."
                         or self.publisher_at(k, sent)), end)
        lex = self.finder.lex
        named = start
        while named < name_end - 1 and words[named].is_lower:
            named += 1
        body_noun = start < named and words[named - 1].lower_ in lex.org_heads \
            and all(words[k].is_title or words[k].is_upper for k in range(named, name_end))
        if body_noun:
            start = named  # "according to data firm Refinitiv": the body is named after its noun
        text = self.table.text(start, name_end).strip()
        # "according to UBS", "according to Refinitiv", "according to McAfee.com": a named body, an acronym or a
        # website is an organisation
        kind = "organization" if body_noun or lex.names_body(text) or WEBSITE.fullmatch(text) \
            or name_end - start == 1 and self.finder.mentions.is_acronym(words[start]) else "role"
        named_before = (m.entity for k, m in self.mention_start.items() if k < start and m.entity is not None
                        and m.entity.kind == "organization")
        if kind == "role" and (body := self.finder.mentions.body_named_again(text, named_before)) is not None:
            return Mention(start, name_end, text, "organization", "role-according-to", entity=body), end
        # "according to reports", "according to unconfirmed reports": no one is named (rules/vague_sources.txt),
        # unless a source noun says whose ("initial police reports", "media reports")
        *modifiers, head = text.split()
        vague = kind == "role" and text.islower() and head in lex.vague and not any(w in lex.body_fields for w in modifiers)
        entity = Entity(text, kind, None, "role-according-to", first_mention=self.chars(start, name_end), vague=vague)
        return Mention(start, name_end, text, kind, "role-according-to", entity=entity), end

    def noun_claim(self, i: int, sent: Span) -> tuple | None:
        """`X's claims that ...` / `X's warning that ...` / `claims from X that ...`."""
        words = self.table.words
        if words[i].lower_ in NOUN_CUES and i + 2 < sent.end and words[i + 1].lower_ in ("from", "by"):
            who = self.mention_at(i + 2)
            if who is None:
                return None
            end = self.after_appositive(who)
            if end + 1 >= sent.end or words[end].lower_ != "that":
                return None
            return end + 1, self.clause_end(end + 1, sent), who, words[i].lower_.rstrip("s"), "indirect-noun-that"
        if words[i].lower_ not in NOUN_CUES or i + 1 >= sent.end or words[i + 1].lower_ != "that":
            return None
        if i < 2 or words[i - 1].text not in ("’s", "'s") or (i - 2) not in self.mention_end:
            return None
        start = i + 2
        return start, self.clause_end(start, sent), self.mention_end[i - 2], words[i].lower_.rstrip("s"), "indirect-noun-that"
