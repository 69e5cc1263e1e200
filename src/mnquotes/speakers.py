"""Speakers: who a quotation can be attributed to, and one record per person across documents.

Mentions come from the `speakers` SpanRuler (shapes in `rules/speakers.jsonl`), plus pronouns and
bare surnames next to a reporting verb. Within a document, mentions resolve to entities: a surname
to the full name seen before ("Odbayar" -> "E.Odbayar"), a pronoun to the last person in subject
position, "the researcher" to the last person whose role has that word.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .records import Source, Speaker
from .ruler import matches
from .rules import Rules
from .sentences import Sentences
from .tokens import TokenTable, Word, WordClass, doc_text, gerund_shape

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Documents that speak for whoever published them: "a report published by the World Bank found".
DOCUMENT_NOUNS = {"report", "study", "survey", "statement", "analysis", "data", "figures", "poll", "review", "release",
                  "bulletin", "paper", "document", "documents", "letter", "research", "audit", "submission", "forecast",
                  "assessment", "update", "newsletter", "editorial", "memo", "communique", "index", "census",
                  "tape", "videotape", "video", "recording", "transcript", "ruling", "filing", "verdict", "indictment",
                  "post", "caption", "description", "tweet"}
APOSTROPHE_S = {"’s", "'s", "’", "'"}
DETERMINERS = {"the", "a", "an", "one", "his", "her", "their", "its", "this", "that", "these", "those"}
# Prepositions outside spaCy's stop list, which may open a sentence: no one-word name ("Despite repeated ...")
LEADING_PREPOSITIONS = {"despite", "amid", "amidst", "following", "including", "regarding", "concerning", "notwithstanding",
                        "unlike"}
PREPOSITIONS = {
    "by", "of", "to", "with", "for", "at", "in", "from", "on", "against", "about", "into", "onto", "over",
    "under", "between", "among", "alongside", "toward", "towards", "through", "via", "without", "within",
    "near", "than", "like", "outside", "inside", "across", "around", "behind", "beyond", "beside", "opposite",
}
# Words after which a name is still a clause subject ("..., and Putin said", "that Odbayar said").
SUBJECT_OPENERS = {
    "and", "but", "or", "that", "while", "as", "when", "because", "although", "though", "after", "before",
    "since", "if", "so", "then", "also", "meanwhile", "however", "where", "who", "which", "whereas", "until",
}
# Prepositions joining a described source to whom it speaks for or where it is: "a spokesperson for the
# Commission", "analysts at UBS", "residents in Kibera Heights", "fans outside the Etihad Stadium".
AFFILIATIONS = {"for", "at", "of", "from", "with", "in", "outside", "inside", "near", "around", "beside", "opposite"}
EMPLOYER_LINKS = {"of", "at", "from"}  # "Professor Trudie Lang of the University of Oxford"
ROLE_HEAD_ENDS = AFFILIATIONS | {"to", "on", "familiar", "close", "briefed"}  # words after a described source's noun
CONNECTORS = {"of", "the", "a", "an", "and", "for", "at", "on", "in", "to", "&", "-", "’s", "'s"}
# Verbs that quote someone: "Reuters quoted the minister as saying", "AFP reported the sponsors as saying".
QUOTING_FORMS = {"quoted", "quoting", "quote", "quotes", "cited", "citing", "cite", "cites", "reported", "reports"}
QUOTING_WORDS = WordClass(QUOTING_FORMS)
# Verbs whose complement is an office, which is then no title of the name after its comma ("Corbyn being Prime
# Minister, Chuka Umunna has claimed").
COMPLEMENT_VERBS = {"be", "being", "been", "is", "was", "become", "becomes", "becoming", "became", "as"}
DASHES = {"-", "–", "—", "--"}  # a spaced one ends a title: "Nairobi - Opposition leader Raila Odinga" (a dateline)
VERB_GAP = {"also", "later", "then", "has", "have", "had", "now", "still", "repeatedly"}  # "the bureau has also said"
QUANTIFIERS = DETERMINERS | {"some", "many", "several", "most", "two", "three", "four", "other", "another", "both", "all"}
MAX_SUBJECT_MODIFIERS = 4  # words before a subject's noun: "the Sydney weather bureau"
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
               "should", "must", "may", "might", "shall", "does", "did", "do"}
TIME_LEADS = {"on", "last", "this", "earlier", "late", "early", "next", "at", "over", "during", "in"}
BARE_TIMES = {"earlier", "later", "previously", "recently", "afterwards", "then"}  # a time on its own before punctuation
TIME_DETERMINERS = {"the", "this", "last"}  # "at the weekend", "earlier this week"
YEAR_KINDS = {"fiscal", "calendar", "early", "late", "mid"}  # "in fiscal 1988", "in early 2024"
TIME_UNITS = {"week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "today", "yesterday"}
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "body"}
# "it" is a mention only opening a sentence right before a reporting verb ("It said", "It also claims"):
# "it is understood that", "said it would", "which it described as" name no one.
PRONOUN_WORDS = WordClass(PRONOUNS.keys() - {"it"})
PRONOUN_GENDERS = {"he": "male", "she": "female"}
LY_NOUNS = {"family", "rally", "assembly", "supply", "anomaly", "monopoly", "bully", "belly", "daily", "weekly",
            "monthly", "quarterly", "jelly"}
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}  # a passive's: "was stated by"
STATED_BY = {"said", "stated", "announced", "declared", "noted", "stressed", "emphasized", "emphasised", "expressed"}
# "According to him, ...": an object pronoun names a source only there, and refers back as its subject form does.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
ACCORDING = WordClass(["according"])
COMMAS = WordClass([","])
REFLEXIVES = {"himself", "herself"}  # "Arteta himself has admitted"
NAME_RUN = re.compile(r"\S+(?: \S+)*")  # words joined by single spaces
GENDERED_ENDING = re.compile(r"(?:wom[ae]n|m[ae]n|persons?|people)\Z")
GENDERED_TAILS = ("man", "men", "person", "persons", "people")
MAX_TRAILING_TAG = 9  # a reporting verb this close to its sentence's end, with no "that", closes a trailing tag
REPORTED_WINDOW = 12  # tokens between a reporting verb and its "that": "told the jury on Monday that", "called on Cabinet Secretary Sir Mark Sedwill to rule that"
# Words that open a reported clause, whose subject is no antecedent after its sentence: "says that Lockett",
# "says if Lockett does make a comeback", "said when Jones arrived".
SUBORDINATE_OPENERS = {"as", "when", "while", "after", "before", "because", "although", "though", "amid"}
REPORTED_OPENERS = {"that", "if", "whether", "when", "because", "unless", "once", "although", "though"}
EPITHET = "epithet"  # pattern ids of descriptions that refer back to a person: "the Dutchman", "the 81-year-old"
# Bodies and plurals in neither -s nor -men that "they" can refer to (beside organisation heads and `is_plural`).
GROUP_NOUNS = {"firm", "military", "media", "broadcaster", "newspaper", "watchdog", "people", "spokespeople",
               "staff", "public"}
# A name's patronymic initial, alone or glued: "D.", "Ts.", "Ts.Buyantsogtoo" (not "U.S.").
INITIAL = re.compile(r"[A-Z][a-z]{0,2}\.|(?:[A-Z][a-z]{0,2}\.)+[A-Z][a-z]+(?:-[A-Z][a-z]+)*")
HYPHENATED_ACRONYM = re.compile(r"[A-Z](?:-[A-Z])+")  # "U-S", "U-N": an acronym as transcripts spell it out
CAMEL_NAME = re.compile(r"(?:[A-Z][a-z]+){2,}")  # a name with an inner capital: "McGrath", "MacGill", "DiCaprio"
WEBSITE = re.compile(r"[A-Z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|net|org|info|news|co\.uk|com\.au)")  # speaks as a body
HYPHEN_PREFIXES = {"anti", "pro", "non", "pre", "post", "neo", "pan", "ex", "mid", "self"}
# Endings of nouns for members of a group or creed, never a one-word name: "Englishmen", "Christians",
# "Islamist(s)", "Shiites" (not "Carmen": the -men words are longer).
GROUP_MEMBERS = re.compile(r"(?:^.{5,}men|ians|ists?|ites)$")
GENERATIONAL = {"jr", "sr", "ii", "iii", "iv"}  # after a surname; the name patterns of rules/speakers.jsonl take them
# Words that make a different office of a title: "the president" is not "the vice president" or "the former president".
SINGULAR_DETERMINERS = {"a", "an", "one", "another"}  # no plural noun's: "a result analysts called"
STATE_FORMS = {"republic", "federation", "kingdom"}  # "the Kyrgyz Republic", "the Russian Federation"
RANK_WORDS = {"vice", "deputy", "assistant", "associate", "former", "ex", "under", "shadow"}
# Title words that name no one office after "the" alone (rule role-title-definite: "the Premier", "the Minister",
# "says the premier" refer back to the holder named before; "the head of ...", "the chair" do not).
GENERIC_TITLES = {"head", "member", "chair", "general", "fellow", "crown", "prime", "deputy", "chief", "official",
                  "officer", "executive", "author", "writer", "expert", "speaker", "leader"}
PARTY_LETTERS = {"D", "R", "I"}  # Democrat, Republican, independent: "Sen. Bernie Sanders, I-Vt.,"
MAX_RELATIVE = 12  # tokens of a relative clause between a subject and its verb: "a defector who has applied for ..."
MAX_DATELINE_TOKENS = 12  # a wire dateline's tokens before its dash: "PORTLAND, Ore., Feb 26 -"
MAX_APPOSITIVE = 24  # tokens of an indefinite appositive: ", a climate scientist at the University of Leeds,"
RELATIVE_OPENERS = {"who", "whose", "which"}
MODEL_LABELS = {"PERSON", "ORG"}  # entity labels of a --model pipeline that name speakers
# Candidate priority when shapes overlap and are the same length (larger wins).
PRIORITY = {"ORG": 3, "PERSON": 2, "ROLE": 1}


@dataclass(eq=False)  # one object per speaker: compared by identity, not field by field
class Entity:
    """One speaker within a document: every mention of the same person points here."""

    name: str
    kind: str
    role: str | None
    rule: str
    aliases: list[str] = field(default_factory=list)
    first_mention: tuple[int, int] = (0, 0)  # analysed-text characters of the naming mention
    vague: bool = False
    gender: str | None = None  # female | male, when a title or role word says ("Mrs", "spokesman")

    def add_alias(self, text: str) -> None:
        if text != self.name and text not in self.aliases:
            self.aliases.append(text)


@dataclass
class Mention:
    """A stretch of tokens that names or refers to a possible speaker."""

    start: int  # token index
    end: int
    text: str
    kind: str  # person | organization | role | pronoun
    rule: str
    role: str | None = None
    entity: Entity | None = None
    oblique: bool = False  # after a preposition ("by Elbegdorj"): not a clause subject
    reported: bool = False  # the subject of a reported clause ("told the jury that Marsh had"): no antecedent after its sentence
    role_span: tuple[int, int] | None = None  # tokens of the name with its title and appositive
    name_start: int | None = None  # first token of the name itself, after a title or "the"
    conjunct_of: "Mention | None" = None  # the mention it is joined to by "and" ("Kishida and President Xi Jinping")

    @property
    def opening(self) -> int:
        """The first token of the mention's words, its title included ("Kremlin spokesman Dmitry Peskov")."""
        return self.role_span[0] if self.role_span else self.start

    def name_chars(self, sdoc: Doc) -> tuple[int, int]:
        """Analysed-text characters of exactly the name this mention gives."""
        table = TokenTable.of(sdoc)
        return table.idx[self.start if self.name_start is None else self.name_start], table.end_char(self.end - 1)


class SpeakerLexicon:
    """The word lists speaker detection needs, loaded once from the rules."""

    def __init__(self, rules: Rules, reporting_verbs: Iterable[str] = ()) -> None:
        self.reporting_verbs = frozenset(reporting_verbs)  # "Jane Hollis, says the ...": no appositive
        self.titles = set(rules.lowered("titles.txt"))
        # Forms of address, not offices ("Mr", "Sheikh", "Sir"), without their full stop.
        self.honorifics = frozenset(w.rstrip(".") for w in rules.lowered("honorifics.txt"))
        self.role_nouns = set(rules.lowered("role_nouns.txt"))
        self.role_modifiers = set(rules.lowered("role_modifiers.txt"))
        self.vague = set(rules.lowered("vague_sources.txt"))
        self.org_heads = set(rules.lowered("org_heads.txt"))
        self.company_nouns = frozenset(rules.lowered("company_nouns.txt"))  # "the company" is no union
        self.demonyms = set(rules.lowered("demonyms.txt"))
        self.time_words = set(rules.lowered("time_words.txt"))  # "said Tuesday" names no one
        self.months = frozenset(rules.lowered("months.txt"))
        self.sentence_adverbs = frozenset(rules.lowered("sentence_adverbs.txt"))  # "Conversely, ..." names no one
        self.places = frozenset(rules.lowered("places.txt"))  # "India said": a country speaks, no person
        self.org_names = frozenset(rules.lowered("org_names.txt"))  # "Shell said", "Goldman Sachs said": a body
        self.past_forms = frozenset(rules.lowered("past_forms.txt"))  # "said", "told": no -ed
        # "the Head of State" -> the titles of its holders (president, king ...): rules/office_epithets.tsv
        epithets = {row[0].lower(): tuple(t.strip() for t in row[1].lower().split(","))
                    for row in rules.table("office_epithets.tsv") if len(row) > 1}
        self.office_epithets = {k: v for k, v in epithets.items() if not k.startswith("+")}
        # "+leader": only after a nationality ("the Russian leader"; "the leader" alone may lead anything)
        self.nationality_epithets = {k[1:]: v for k, v in epithets.items() if k.startswith("+")}
        # What a person plays or is, a role right before a name ("Arsenal midfielder Declan Rice").
        self.positions = frozenset(rules.lowered("positions.txt"))
        # What an office is for, before its holder's name: "Minister of Foreign Affairs Sergei Lavrov".
        self.portfolios = frozenset(rules.lowered("portfolios.txt"))
        self.body_fields = frozenset(self.role_nouns | self.portfolios | self.org_heads)  # "Police" Scotland
        self.role_words = self.titles | self.role_modifiers | self.demonyms | self.role_nouns | self.positions
        # Nouns that can head an appositive role: "a teacher", "the Homeland Security secretary", "the
        # club's Norwegian striker" (an epithet describes a person already named: rules/epithets.txt).
        self.role_heads = self.titles | self.role_nouns | set(rules.lowered("epithets.txt"))
        self.name_particles = frozenset(rules.lowered("name_particles.txt"))  # "said van Sebille": his particle
        self.work_nouns = frozenset(rules.lowered("work_nouns.txt"))  # "the film", "the law": no "he" or "she"
        self.person_nouns = frozenset(rules.lowered("person_nouns.txt"))  # "his daughter": kin, no office
        self.genders = {word.lower(): gender for word, gender, *_ in rules.table("gendered_words.tsv")}
        self.given_names = {name.lower(): gender for name, gender, *_ in rules.table("given_names.tsv")}
        # "-ova\tfemale": surname endings, longest first ("-ova" before "-ov")
        self.surname_endings = sorted(((k[1:], g) for k, g in self.given_names.items() if k.startswith("-")),
                                      key=lambda x: -len(x[0]))

    def names_body(self, text: str) -> bool:
        """Whether a name is a country or a known organisation's (rules/places.txt, rules/org_names.txt):
        "the United States", "Shell", "the Kremlin", "Goldman Sachs"."""
        low = text.lower()
        return low in self.places or low in self.org_names or low.removeprefix("the ") in self.org_names \
            or "the " + low in self.org_names  # "The Guardian said": the bare word by its verb

    def is_past_form(self, word: Word) -> bool:
        """A past tense or participle for sure: a listed form or a word in -ed ("said", "alleged"), not in -eed
        ("need", "indeed", "proceed": "agreed" and "freed" are listed)."""
        low = word.lower_
        return low in self.past_forms or len(low) > 3 and low.endswith("ed") and not low.endswith("eed")

    def places_body(self, words: list[Word], start: int, end: int) -> bool:
        """Whether words [start, end) are a field ("Police", "Health", "Statistics") and then a country or
        region: a public body's name, not a person's ("Michael Jordan")."""
        return any(
            " ".join(w.lower_ for w in words[k:end]) in self.places
            and all(words[j].lower_ in self.body_fields and words[j].is_title for j in range(start, k))
            for k in range(start + 1, end)
        )

    def address_only(self, low: str) -> bool:
        """A form of address that is no office after a modifier ("Mr", "Sheikh"; "fire chief" is one)."""
        return low.rstrip(".") in self.honorifics and low not in self.role_nouns

    def is_roleish(self, token) -> bool:
        """A token that can stand in a title or appositive role ("former", "Minister", "Institute", "BankAmerica")."""
        return token.is_title or token.is_upper or token.lower_ in self.role_words or token.lower_ in CONNECTORS \
            or CAMEL_NAME.fullmatch(token.text) is not None


def time_phrase_end(words: list[Word], k: int, end: int, lex: SpeakerLexicon) -> int:
    """The token after a time phrase at k, k itself if there is none: up to two lead words and a
    determiner before a time unit or a capitalised day or month ("Monday", "on Tuesday", "late on
    Tuesday", "earlier this week", "at the weekend", "over the weekend", "during the night")."""
    if k < end and words[k].lower_ in BARE_TIMES and (k + 1 >= end or words[k + 1].is_punct):
        return k + 1  # "..., the ministry said earlier.", "..., he said later, adding ..."
    j = k
    while j < min(k + 2, end) and words[j].lower_ in TIME_LEADS:
        j += 1
    if j > k and j < end and words[j].lower_ in TIME_DETERMINERS:
        j += 1
    if j < end and (words[j].lower_ in TIME_UNITS or words[j].lower_ in lex.time_words and words[j].text[0].isupper()):
        if j + 1 < end and words[k].lower_ == "on" and is_day_number(words[j + 1]) and words[j].lower_ in lex.months:
            return j + 2  # "on Sept. 3", "on August 30"
        return j + 1
    if j == k + 1 and j + 1 < end and words[k].lower_ == "on" and is_day_number(words[j]) \
            and words[j + 1].lower_ in lex.months and words[j + 1].text[0].isupper():
        return j + 2  # "on 3 September"
    if k + 1 < end and words[k].lower_ == "in":
        j = k + 1 + (words[k + 1].lower_ in YEAR_KINDS)
        if j < end and is_year(words[j]):
            return j + 1  # "said in 1988 the company ...", "in fiscal 1988"
    return k


def is_year(word: Word) -> bool:
    """A year written in four digits, 1800 to 2199."""
    return word.is_digit and len(word.text) == 4 and 1800 <= int(word.text) < 2200


def is_day_number(word: Word) -> bool:
    return word.is_digit and len(word.text) <= 2 and 1 <= int(word.text) <= 31


def is_adverb(word: Word) -> bool:
    """A lowercase adverb in -ly between a subject and its verb ("specifically", "firmly"); not "family"."""
    return word.is_lower and word.lower_.endswith("ly") and len(word.lower_) > 4 and word.lower_ not in LY_NOUNS


def is_relative(word, pronouns: Iterable[str] = RELATIVE_OPENERS) -> bool:
    """A relative pronoun among `pronouns` ("who", "which"), not the acronym "WHO" (World Health Organization)."""
    return word.lower_ in pronouns and not word.is_upper


def is_document(mention: Mention) -> bool:
    """A described source that is a document ("a report", "government figures"): it speaks for whoever
    published it."""
    return mention.kind == "role" and mention.text.lower().split()[-1] in DOCUMENT_NOUNS


def role_head(name: str) -> str:
    """The noun a described source is: "a spokeswoman for the Interior Ministry" -> "spokeswoman", "two
    people familiar with the talks" -> "people", "French officials" -> "officials"."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in ROLE_HEAD_ENDS), len(words))
    return words[cut - 1]


def is_plural(noun: str) -> bool:
    """A role noun's plural by its ending: "ministers", "spokesmen", "sides" (not "boss", "press")."""
    return noun.endswith("men") or noun.endswith("s") and not noun.endswith("ss")


def strip_determiner(text: str) -> str:
    head, _, rest = text.partition(" ")
    return rest if head.lower() in {"the"} and rest else text


@lru_cache(maxsize=8192)  # resolution asks it of the same names again and again
def surname(name: str) -> str:
    """Last name part: "Ts.Buyantsogtoo" -> "buyantsogtoo", "E. Bat-Uul" -> "bat-uul", "Robert F.
    Kennedy Jr." -> "kennedy" (a generational suffix is no surname: "Kennedy said" is him)."""
    return name_parts(name)[-1].lower()


@lru_cache(maxsize=8192)
def middle_names(name: str) -> tuple[str, ...]:
    """The lowercased words between a full name's first and last that a later mention may use alone:
    "Luiz Inácio Lula da Silva" -> ("inácio", "lula"), "Andrés Manuel López Obrador" -> ("manuel", "lópez")
    (a Spanish first surname), not initials or particles."""
    return tuple(p.lower() for p in name_parts(name)[1:-1] if len(p) > 1 and p[0].isupper())


@lru_cache(maxsize=8192)
def name_parts(name: str) -> list[str]:
    """A name's words and initials without their full stops or a generational suffix ("Jr.", "III")."""
    parts = [p for p in re.split(r"[\s.]+", name.strip()) if p]
    if len(parts) > 1 and parts[-1].lower() in GENERATIONAL:
        parts.pop()
    return parts or [""]


@lru_cache(maxsize=8192)
def org_key(name: str) -> tuple[str, tuple[str, ...]]:
    """Comparable core of an organisation name and the places or fields that qualify it: "the Russian Embassy
    to Mongolia" -> ("russian embassy", ("mongolia",)); "Ministry of Foreign Affairs of Ukraine" and "Ukraine’s
    Foreign Ministry" -> ("foreign ministry", ("ukraine",)): an owner's possessive qualifies it too, and "affairs"
    after "of" go before the head, as the shorter name writes them."""
    low = plain_acronyms(strip_determiner(name)).lower()
    owners: list[str] = []
    if owner := re.match(r"(\w+)[’']s\s+", low):
        owners.append(owner.group(1))
        low = low[owner.end():]
    core, *qualifiers = re.split(r"\s+(?:of|to|for|on|in)\s+", low)
    if " " not in core and qualifiers and qualifiers[0].endswith(" affairs"):
        core = f"{qualifiers.pop(0).removesuffix(' affairs')} {core}"
    return core, (*owners, *qualifiers)


def same_place(a: str, b: str) -> bool:
    """Two words naming one place, as a name or its adjective: "ukraine", "ukrainian"; "mongolia", "mongolian"."""
    common = len(os.path.commonprefix((a, b)))
    return a == b or common >= 4 and common >= min(len(a), len(b)) - 2


def plain_acronyms(name: str) -> str:
    """A name with its hyphenated acronyms written solid: "the U-N refugee agency" -> "the UN refugee agency"."""
    return HYPHENATED_ACRONYM.sub(lambda m: m.group().replace("-", ""), name) if "-" in name else name


def org_by_first_word(word: str, orgs: list[Entity]) -> Entity | None:
    """The organisation a one-word name shortens: "Acme" for "Acme Corp", "Tesla" for "Tesla Inc."."""
    low = word.lower()
    return next((e for e in orgs if strip_determiner(e.name).split()[0].lower() == low), None)


def same_org(a: str, b: str) -> bool:
    """"the Russian Embassy" = "Russian Embassy to Mongolia"; "Democratic Party" = "Mongolia's Democratic
    Party"; "Foreign Ministry" = "Ministry of Foreign Affairs of Ukraine"; an acronym is the name it abbreviates
    ("WHO" = "World Health Organization"); but a bare head ("Party") never joins a longer name, nor do names
    qualified by different places ("Ministry of Foreign Affairs of Ukraine", "... of Mongolia")."""
    (x, x_places), (y, y_places) = sorted((org_key(a), org_key(b)), key=lambda key: len(key[0]))
    if x_places and y_places and not any(same_place(p, q) for p in x_places for q in y_places):
        return False  # "the Ministry of Foreign Affairs of Ukraine" is not Mongolia's
    if x == y:
        return True
    if " " in x and y.endswith(" " + x):  # "Foreign Ministry" and "Russian Foreign Ministry", unless of Ukraine
        extra = y[:-len(x) - 1].split()
        return not x_places or any(same_place(e, p) for e in extra for p in x_places)
    return abbreviates(a, b) or abbreviates(b, a)


def abbreviates(acronym: str, name: str) -> bool:
    """Whether a one-word capitalised acronym is the initials of a name's capitalised words ("ECA":
    "Economic Commission for Africa")."""
    acronym = plain_acronyms(acronym)
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6) or " " not in name:
        return False
    return "".join(w[0] for w in strip_determiner(name).split() if w[0].isupper()) == acronym


class MentionFinder:
    """Finds and resolves speaker mentions in one spaCy Doc (read through its `TokenTable`)."""

    def __init__(self, lexicon: SpeakerLexicon) -> None:
        self.lex = lexicon

    def candidates(self, sdoc: Doc, cue_tokens: set[int] = frozenset()) -> list[tuple[int, int, str, str]]:
        """Longest non-overlapping shapes from the `speakers` patterns and, with --model, the model's
        PERSON and ORG entities; ties go to ORG, then PERSON, then ROLE. Each is (start, end, label,
        rule), in text order. A described source is cut before a reporting verb it swallowed first, so
        that what is left competes at its own length ("the Interior Ministry said police ...": the ORG)."""
        words = TokenTable.of(sdoc).words
        shapes = matches(sdoc, "speakers")
        # "the Institute for Strategic Studies D. Bayarkhuu": a name with a patronymic initial ends the
        # organisation's name before it (a name pattern's `+` swallows initials as capitalised words).
        initialled = sorted({m.start for m in shapes if m.label == "PERSON" and INITIAL.fullmatch(words[m.start].text)})
        # "Professor Alan Trounson deputy director of ...": a person's name, then their role with no comma
        named = {m.end for m in shapes if m.label == "PERSON" and m.end - m.start > 1 and m.end < len(words)
                 and self.opens_bare_role(words, m.end) and self.names_a_person(words, m.start, m.end)}
        # "Secretary-General Ban Ki-moon": the syllable after a name's hyphen completes it, so a shape that
        # stops before the hyphen ("Secretary-General Ban Ki") runs on to the syllable
        syllable_ends = {m.end for m in shapes if m.id == "person-name-hyphen-syllable"}
        found = []
        for m in shapes:
            end = m.end
            if m.label == "PERSON" and m.end + 2 in syllable_ends and words[m.end].text == "-" \
                    and not sdoc[m.end - 1].whitespace_ and not sdoc[m.end].whitespace_:
                end = m.end + 2
            if m.id == "role-title-definite" and (words[end - 1].lower_ in GENERIC_TITLES
                                                   or words[end - 1].lower_.rstrip(".") in self.lex.honorifics):
                continue
            if m.label == "PERSON" and m.start + 1 < m.end and words[m.start + 1].text == "-" \
                    and words[m.start].lower_ in HYPHEN_PREFIXES \
                    or m.start > 1 and words[m.start - 1].text == "-" and words[m.start - 2].lower_ in HYPHEN_PREFIXES:
                continue  # "Anti-Taliban fighters", "Pro-Kremlin bloggers": an adjective, no name
            if m.label == "PERSON" and m.end < len(words) and words[m.end - 1].text == "-" and words[m.end].is_lower:
                continue  # "The Pakistan-based news agency", "Saudi-born": an adjective, no name
            if m.id == "person-initials-appositive" and not (
                    m.start > 1 and words[m.start - 1].text == "," and words[m.start - 2].lower_ in self.lex.titles
                    and m.end < len(words) and words[m.end].text == ","):
                continue  # "India's Home Minister, LK Advani, said": undotted initials name someone only as a role's
                # appositive ("The company, BHP Billiton, said" is no person)
            if m.label == "PERSON" and m.start > 0 and words[m.start].lower_ in self.lex.time_words \
                    and words[m.start - 1].lower_ in TIME_LEADS:
                continue  # "On Tuesday Sir Alan said": a day or month after "on"/"last", no given name
            if m.label == "PERSON" and m.end < len(words) and words[m.end].lower_ == "of" \
                    and words[m.end - 1].lower_ in self.lex.titles:
                continue  # "Georgia Secretary of State Brad Raffensperger": a title, "Georgia" no given name
            if m.label == "ORG":
                end = next((i for i in initialled if m.start < i < m.end), m.end)
                end = self.place_ends_name(words, m.start, end)
            if m.label == "ROLE" and end < len(words) and end not in cue_tokens and words[end].is_alpha \
                    and words[end].is_lower and not words[end].is_stop and words[end].lower_.endswith("s") \
                    and words[end].lower_ not in self.lex.reporting_verbs:
                continue  # "Three airline disasters have dented ...": the role word modifies a plural noun, no source
            start = self.plural_source_start(sdoc, m.start, end, cue_tokens) if m.label == "ROLE" else m.start
            candidate = (start, end, m.label, m.id)
            if m.label == "ROLE" and end - m.start > 2 and words[m.start].lower_ in SINGULAR_DETERMINERS \
                    and self.plural_role(words[end - 1].lower_):
                continue  # "a result analysts called ...": "a" is no plural's, "analysts" competes alone
            if m.label == "ROLE" and named and any(k in named for k in range(m.start + 1, end)):
                continue  # the name is a person's, the words after it their role (`role_after`)
            if m.label == "ROLE" and (q := next((k for k in range(end - 2, m.start, -1) if words[k].lower_ in QUOTING_FORMS), None)):
                found += [(m.start, q, m.label, m.id), (q + 1, end, m.label, m.id)]  # "The newspaper quoted officials as saying"
                continue
            if m.label != "ROLE" or end - m.start < 2 or (candidate := self.before_cue(words, candidate, cue_tokens)) is not None:
                found.append(candidate)
        found += self.second_complements(words, found)
        found += [(e.start, e.end, e.label_, e.id_) for e in sdoc.ents if e.label_ in MODEL_LABELS]
        found.sort(key=lambda m: (m[0] - m[1], -PRIORITY.get(m[2], 0), m[0]))
        taken = [False] * len(sdoc)
        chosen = []
        for start, end, label, rule in found:
            if not any(taken[start:end]):
                chosen.append((start, end, label, rule))
                taken[start:end] = [True] * (end - start)
        return sorted(chosen)

    def plural_source_start(self, sdoc: Doc, start: int, end: int, cue_tokens: set[int]) -> int:
        """Where a described source in the plural with no article begins when it is the subject of the
        reporting verb after it: back over the lowercase nouns that say which ones ("..., grain traders said.",
        "securities managers said", "union leaders say"; the pattern's modifiers are a list's); `start` itself
        when the words before it are no such nouns or open no subject, or its noun is too vague to name anyone
        however modified ("..., legal experts said.": rules/vague_sources.txt)."""
        words = TokenTable.of(sdoc).words
        if not self.plural_role(words[end - 1].lower_) or words[end - 1].lower_ in self.lex.vague \
                or words[start].lower_ in QUANTIFIERS \
                or MentionFinder.cue_after(words, end - 1) not in cue_tokens:
            return start
        k = start
        while k > 0 and end - k <= MAX_SUBJECT_MODIFIERS and self.noun_modifier(words[k - 1]) and k - 1 not in cue_tokens:
            k -= 1
        if k == start:
            return start
        sentences = Sentences.of(sdoc)
        opens = sentences.is_start(k) or words[k - 1].text in (",", ";", ":") or words[k - 1].is_quote \
            or words[k - 1].lower_ in SUBJECT_OPENERS
        return k if opens else start

    def noun_modifier(self, word: Word) -> bool:
        """A lowercase word that can say which of a described source's kind: a noun or adjective ("banking",
        "grain", "securities"), not a verb's form in -ed, an adverb, a time or a reporting or quoting verb."""
        low = word.lower_
        return word.is_alpha and word.is_lower and not word.is_stop and not low.endswith(("ly", "ed")) \
            and low not in self.lex.reporting_verbs and low not in QUOTING_FORMS and low not in self.lex.time_words

    def plural_role(self, word: str) -> bool:
        """A role noun's plural: "analysts", "spokesmen" (rules/role_nouns.txt lists the singular too)."""
        singular = word[:-3] + "man" if word.endswith("men") else word[:-1] if word.endswith("s") else None
        return singular is not None and singular in self.lex.role_nouns and word in self.lex.role_nouns

    def opens_bare_role(self, words: list[Word], k: int) -> bool:
        """A lowercase role word right after a name, its comma left out: "Alan Trounson deputy director"."""
        return words[k].is_lower and words[k].is_alpha and words[k].lower_ in self.lex.role_words

    def names_a_person(self, words: list[Word], start: int, end: int) -> bool:
        """Whether a PERSON shape is surely a person's name: two name words after a title, or opening on a
        given name ("Professor Alan Trounson", "Alan Trounson"; not "Sydney Morning Herald", "Chief Palestinian")."""
        i = start
        while i < end and words[i].lower_ in self.lex.titles:
            i += 1
        return end - i >= 2 and words[i].lower_ not in self.lex.role_words \
            and (i > start or words[i].lower_ in self.lex.given_names)

    def place_ends_name(self, words: list[Word], start: int, end: int) -> int:
        """Where an organisation's name ends when a person's name follows its place with no comma: "the
        Foreign Ministry of Belarus Andrey Savin" ends at Belarus (capitalised words after a one-word
        place, none an organisation's head)."""
        for k in range(start + 2, end - 1):
            if words[k - 1].lower_ in ("of", "in") and words[k].lower_ in self.lex.places \
                    and all(words[j].is_title and words[j].lower_ not in self.lex.org_heads for j in range(k + 1, end)):
                return k + 1
        return end

    def second_complements(self, words: list[Word], found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """An organisation's name with a second "of"/"in" complement ("the Ministry of Foreign Affairs of
        the United Arab Emirates", "the Central Bank of the Republic of Turkey"): its first part's shape
        joined to the name or capitalised word after it (in code, as a second pattern cost a tenth of the
        ruler's time)."""
        firsts = [(start, end) for start, end, _, rule in found
                  if rule == "org-name-of" and end + 1 < len(words) and words[end].lower_ in ("of", "in")]
        if not firsts:
            return []
        longest: dict[int, int] = {}
        for start, end, label, _ in found:
            if label != "ROLE":
                longest[start] = max(longest.get(start, end), end)
        joined = []
        for start, end in firsts:
            k = end + 1 + (words[end + 1].lower_ == "the" and end + 2 < len(words))
            if k in longest:
                joined.append((start, longest[k], "ORG", "org-name-of-of"))
            elif words[k].is_title and words[k].lower_ not in self.lex.time_words:
                joined.append((start, k + 1, "ORG", "org-name-of-of"))
        return joined

    def person_parts(self, table: TokenTable, start: int, end: int) -> tuple[int, str | None]:
        """Where the name starts inside a PERSON shape, and the title words before it, if any."""
        words, lex = table.words, self.lex
        i = start
        while i < end - 1 and (
            words[i].lower_ in lex.titles or words[i].lower_ in lex.role_modifiers
            # a demonym that is also a given name before one name word is the given name: "German Galushchenko"
            or words[i].lower_ in lex.demonyms and not (end - i == 2 and words[i].lower_ in lex.given_names)
            or (words[i].text == "-" and i > start and words[i + 1].lower_ in lex.titles)  # "Lieutenant-General"
            # a role noun, position or place before a full name: "Republican Chuck Hagel", "Billionaire Elon Musk",
            # "ambassador to Pakistan Abdul Salam Zaeef" (not "Baker Mayfield": one name word left)
            or (end - i > 2 and (words[i].lower_ in lex.role_nouns or words[i].lower_ in lex.positions
                                 or words[i].lower_ in lex.places or words[i].lower_ in lex.portfolios))
        ):
            i += 1
        # "Senate Majority Leader Chuck Schumer", "Sydney Weather Bureau Ian Robertson": a title or an organisation's
        # head inside the shape, two name words after it, ends the title.
        inner = [k for k in range(i, end - 2) if words[k].lower_ in lex.titles or words[k].lower_ in lex.org_heads]
        if inner:
            i = inner[-1] + 1
        title = table.text(start, i) if i > start else None
        return i, title

    def role_before(self, sdoc: Doc, start: int) -> tuple[str | None, int]:
        """Title words right before a name ("former Mongolian foreign minister L. Erdenechuluun"),
        and the token where they start (the name's start if none)."""
        table = TokenTable.of(sdoc)
        words = table.words
        i = start - 1
        addressed = i > 0 and self.lex.address_only(words[i].lower_) and words[i - 1].text == ","
        if addressed:
            i -= 1  # "Executive Secretary of ECA, Ms Vera Songwe": the role before the form of address
        comma = i >= 0 and words[i].text == ","
        if comma:
            i -= 1
        sent_start, _ = Sentences.of(sdoc).bounds(start)
        # A possessive right before the name: "Jefferies' Ken Usdin", "Goldman's Jeff Currie" (where they work).
        possessive = i == start - 1 and i > sent_start and words[i].text in APOSTROPHE_S and words[i - 1].is_title
        j = i - 1 if possessive else i
        while j >= sent_start:
            if (compound := self.hyphenated_modifier(words, j, i, sent_start)) is not None:
                j = compound - 1  # "Indonesia search-and-rescue director Henry Soelistyo": one modifier
                continue
            if not (words[j].text != "," and not (words[j].text in DASHES and sdoc[j].whitespace_) and (
                self.lex.is_roleish(words[j]) or self.modifies_title(words, j, i, sent_start)
                or self.title_complement(words, j, sent_start)
            )):
                break
            if words[j].lower_ == "and" and (self.titled_name_ends_at(words, j - 1, sent_start)
                                            or self.bare_name_ends_at(words, j - 1, sent_start)):
                break  # "President Xi Jinping and Indian Prime Minister Narendra Modi", "Kishida and President Xi": another's name
            if words[j].lower_ == "for" and j + 1 <= i and words[j + 1].lower_ in self.lex.titles and words[j + 1].text[:1].isupper():
                break  # "a spokesperson for President-elect Yoon Suk-yeol": the name's own title, another's role before it
            if words[j].lower_ in ("on", "in", "at", "with") and self.titled_name_ends_at(words, j - 1, sent_start):
                break  # "said spokesman Dmitry Peskov on Channel One Russia": a name and a place, no title
            j -= 1
        first = j + 1
        while first <= i and (words[first].lower_ in CONNECTORS  # and "But Mr Howard", not "former minister X"
                              or words[first].is_stop and words[first].lower_ not in self.lex.role_words):
            first += 1
        # A title anywhere, or a role noun right before the name or its comma ("resident Peter Walsh",
        # "Local resident ...", "Acme Kites owner, Jane Hollis, says").
        titled = any(words[k].lower_ in self.lex.titles for k in range(first, i + 1)) \
            or (start - i <= 1 + (words[start - 1].text == ",")
                and (words[i].lower_ in self.lex.role_nouns or words[i].lower_ in self.lex.positions)) \
            or possessive and first < i and all(words[k].is_title or words[k].is_upper for k in range(first, i))
        if first > i or not titled:
            return None, start
        if comma and not addressed and first - 1 >= sent_start and words[first - 1].lower_ in COMPLEMENT_VERBS:
            return None, start  # "would not support Jeremy Corbyn being Prime Minister, Chuka Umunna has claimed"
        if addressed and any(not (words[k].is_punct or words[k].lower_ in CONNECTORS) for k in range(sent_start, first)):
            return None, start  # "after meeting the Chief Minister, Dr. Vardhan told reporters": someone else's office
        if possessive and table.text(first, i).lower() in self.lex.places:
            return None, start  # "Russia's Vladimir Putin": his country, no role (unlike "Westpac's" employer)
        return table.text(first, i if possessive else i + 1), first  # "Westpac's David Lording": role "Westpac"

    def modifies_title(self, words: list[Word], j: int, last: int, sent_start: int, head: int | None = None) -> bool:
        """A lowercase word inside a title, between a title, a capitalised word, "the" or a possessive and a
        role word: "Chief financial officer", "the housing secretary", "The UN's humanitarian chief", "Local
        business owner" (not "said housing minister": a verb before it; nor "Suharto briefed US president": a
        name's verb)."""
        head = j + 1 if head is None else head  # the role word (after a hyphenated modifier's last part)
        return head - 1 < last and j > sent_start and words[j].is_alpha and words[j].is_lower and not words[j].is_stop \
            and words[head].lower_ in self.lex.role_words and not self.lex.address_only(words[head].lower_) \
            and words[j].lower_ not in self.lex.reporting_verbs \
            and (words[j - 1].is_title and not words[j].lower_.endswith("ed") or words[j - 1].lower_ in self.lex.titles
                 or words[j - 1].lower_ in ("the", "a", "an", "’s", "'s"))

    def hyphenated_modifier(self, words: list[Word], j: int, last: int, sent_start: int) -> int | None:
        """The first token of lowercase words joined by hyphens that end at j and modify the role word after
        it, in a title as `modifies_title` allows ("search-and-rescue director", "the drug-safety chief");
        None if there are none."""
        k = j
        while k - 2 > sent_start and words[k - 1].text == "-" and words[k - 2].is_alpha and words[k - 2].is_lower:
            k -= 2
        if k == j or not (words[j].is_alpha and words[j].is_lower) or words[k].is_stop:
            return None
        return k if self.modifies_title(words, k, last, sent_start, head=j + 1) else None

    def title_complement(self, words: list[Word], j: int, sent_start: int) -> bool:
        """A lowercase word that completes a title by "of"/"for" (and "the"): "head of research at XTB Kathleen
        Brooks", "director of communications", "Acting governor of the region, Alexander Khinstin"."""
        k = j - 1 - (j - 1 > sent_start and words[j - 1].lower_ == "the")
        return k - 1 >= sent_start and words[j].is_alpha and words[j].is_lower and not words[j].is_stop \
            and words[k].lower_ in ("of", "for") and words[k - 1].lower_ in self.lex.titles

    def titled_name_ends_at(self, words: list[Word], k: int, sent_start: int) -> bool:
        """A run of capitalised non-role words ending at k right after a title or a role noun: a person's name
        ("President Xi Jinping", "Emergency Relief Coordinator Tom Fletcher"), not a place in a role ("mayor
        of Ulaanbaatar")."""
        i = k
        while i >= sent_start and words[i].is_title and words[i].lower_ not in self.lex.role_words:
            i -= 1
        return sent_start <= i < k and (words[i].lower_ in self.lex.titles or words[i].lower_ in self.lex.role_nouns)

    def bare_name_ends_at(self, words: list[Word], k: int, sent_start: int) -> bool:
        """Whether capitalised words with no title or role word among them end at k, opening the sentence or
        a clause: a name standing alone ("Kishida and Chinese President Xi Jinping met"), not a portfolio or
        a place after a word ("Minister of Foreign Affairs and Trade", "ambassador to China and Mongolia")."""
        i = k
        while i >= sent_start and words[i].is_title and words[i].lower_ not in self.lex.role_words \
                and words[i].lower_ not in CONNECTORS:  # not "The Community and Public Sector Union's Wendy Caird"
            i -= 1
        return i < k and (i < sent_start or words[i].is_punct and not words[i].is_quote)

    def role_after(self, sdoc: Doc, end: int) -> tuple[str | None, int]:
        """An appositive after a name (", Director and Researcher at the Institute ..., said"; ", 45, a
        farmer in the Gobi, said": an age is skipped; an indefinite role noun is a role too).

        Returns the role and the token index where the appositive ends (the name's end if none).
        """
        table = TokenTable.of(sdoc)
        words = table.words
        if end < len(words) and self.opens_bare_role(words, end):
            # no comma: "Professor Alan Trounson deputy director of the Monash Institute ... says"
            sentences = Sentences.of(sdoc)
            sent_end = sentences.bounds(end)[1]
            if self.opens_role(words, end, sent_end) and (described := self.appositive_role(table, sentences, end, sent_end)):
                return described
            return None, end
        if end >= len(words) or words[end].text != ",":
            return None, end
        sentences = Sentences.of(sdoc)
        _, sent_end = sentences.bounds(end)
        start = end + 1
        if start + 1 < sent_end and words[start].like_num and words[start + 1].text == ",":
            start += 2  # "John Smith, 45, a teacher"
        start = self.after_party_tag(words, start, sent_end)  # "Sen. James Lankford, R-Okla., the lead negotiator"
        if start < sent_end and words[start].lower_ in self.lex.reporting_verbs:
            return None, end  # "Jane Hollis, says the company ...": the name's own verb, no role
        if self.closes_trailing_tag(words, start, sent_end) and self.inside_clause(words, end, sentences.bounds(end - 1)[0]):
            return None, end  # "... of Vladimir Putin, a government spokesperson told Politico on Sept. 3."
        if start < sent_end and words[start].lower_ in ("a", "an") \
                and (described := self.appositive_role(table, sentences, start, sent_end)):
            return described
        j = start
        while j < sent_end and (self.lex.is_roleish(words[j]) or words[j].text == ",") and not sentences.is_start(j):
            j += 1
        commas = [k for k in range(start, j) if words[k].text == ","]
        if commas and j < sent_end and all(words[k].lower_ in CONNECTORS for k in range(commas[-1] + 1, j)):
            j = commas[-1] + 1  # "Governor of the Capital City, the city will ...": "the" opens the clause
        # Stopped at a plain word before the appositive's first comma (not "..., National University of
        # Mongolia agreed": a comma passed, the name's verb reached).
        stopped_inside = j < sent_end - 1 and words[j].text != "," and all(words[k].text != "," for k in range(start, j))
        if stopped_inside and self.opens_role(words, start, sent_end) \
                and (described := self.appositive_role(table, sentences, start, sent_end)):
            return described  # "the EU's foreign policy chief,", "president of the Madrid region,"
        text = table.text(start, j).strip(" ,")
        described = j - start > 1 and words[start].lower_ in ("a", "an") and any(
            words[k].lower_ in self.lex.role_nouns for k in range(start, j)
        )
        if not text or not (described or any(words[k].lower_ in self.lex.titles or words[k].lower_ in self.lex.positions
                                             for k in range(start, j))):
            return None, end
        k = j
        while k > start + 1 and words[k - 1].text == ",":
            k -= 1
        return table.text(start, k), j

    @staticmethod
    def after_party_tag(words: list[Word], start: int, sent_end: int) -> int:
        """The token after an American legislator's party and state (", R-Okla.,", ", D-N.Y.,", ", I-Vt.,")
        at start, which is no role; start itself when there is none."""
        if start + 3 >= sent_end or words[start].text not in PARTY_LETTERS or words[start + 1].text != "-":
            return start
        k = start + 2
        while k < min(start + 5, sent_end) and (words[k].text[0].isupper() or words[k].text == "."):
            k += 1
        return k + 1 if k > start + 2 and k < sent_end and words[k].text == "," else start

    def ends_party_tag(self, words: list[Word], comma: int) -> bool:
        """Whether the comma at `comma` closes a party-and-state tag (", R-Okla.,"): its state is no name."""
        return any(self.after_party_tag(words, j, len(words)) == comma + 1 for j in range(max(0, comma - 5), comma - 2))

    def opens_role(self, words: list[Word], start: int, sent_end: int) -> bool:
        """An appositive whose first few words lead to a title or role noun through title words,
        capitals and plain modifiers ("the EU's foreign policy chief", "research director at XTB",
        "chairman and chief executive of ...", "the nation's 42-year-old prime minister"), not a clause
        ("adding that the minister ...")."""
        k, limit = start, start + 6
        while k < min(limit, sent_end):
            word = words[k]
            if word.lower_ in self.lex.role_heads:
                return True
            if word.text == "-":
                limit += 2  # a hyphenated word is one word in three tokens or more: "42-year-old"
            elif word.text in APOSTROPHE_S:
                limit += 1  # a possessive is part of its word: "the nation's top infectious disease expert"
            elif not (self.lex.is_roleish(word) or word.like_num
                      or (word.is_alpha and word.is_lower and not word.is_stop)):
                return False
            k += 1
        return False

    def closes_trailing_tag(self, words: list[Word], start: int, sent_end: int) -> bool:
        """Whether the words from start, before any comma, are a source and its reporting verb closing the
        sentence with no clause of their own, no auxiliary, "that" or quotation after the verb ("a government
        spokesperson told Politico on Sept. 3."): the subject of a trailing tag, no appositive of the name before."""
        verb = next((k for k in range(start + 1, sent_end) if words[k].text == "," or words[k].is_lower
                     and words[k].lower_ in self.lex.reporting_verbs), None)
        return verb is not None and words[verb].text != "," and sent_end - verb <= MAX_TRAILING_TAG \
            and not any(words[x].lower_ in AUXILIARIES or words[x].lower_ == "that" or words[x].is_quote
                        for x in range(verb + 1, sent_end))  # not "..., a spokeswoman said the plan was dead."

    def inside_clause(self, words: list[Word], end: int, sent_start: int) -> bool:
        """Whether the capitalised words ending at `end` (a name with its title) come after lowercase words of
        their sentence: the object of a clause ("the arrest of Russian President Vladimir Putin"), not its subject
        (a name's lowercase particles are the name's: "Erik van Sebille")."""
        k = end - 1
        while k > sent_start and (words[k - 1].is_title or words[k - 1].is_upper or words[k - 1].text in self.lex.name_particles):
            k -= 1
        # after a quotation, a tag's own words: "“...,” Nabil Abu Rudeina, an advisor to Mr Arafat said."
        opening = next((x + 1 for x in range(k - 1, sent_start - 1, -1) if words[x].is_quote), sent_start)
        return any(words[x].is_lower for x in range(opening, k))

    def appositive_role(self, table: TokenTable, sentences: Sentences, start: int, sent_end: int) -> tuple[str, int] | None:
        """An appositive that opens with "a"/"an" (or leads to a title, `opens_role`) runs to its comma or
        the sentence's full stop whatever its words ("a herder from Arkhangai province,", "a climate
        scientist at the University of Leeds who has studied ...,", "research director at XTB."); the role
        stops before a relative clause. Returns the role and the token after the comma."""
        words = table.words
        role_end = None
        for k in range(start + 1, min(sent_end, start + MAX_APPOSITIVE)):
            word = words[k]
            # The role ends at its comma, the sentence's end or the name's own reporting verb when the
            # closing comma is missing ("Jane Doe, a spokeswoman for the ministry said ..."): the verb is next.
            verb = word.is_lower and word.lower_ in self.lex.reporting_verbs and role_end is None
            if verb or word.text == "," or (k == sent_end - 1 and word.text in (".", "!", "?")):
                if word.text == "," and role_end is None and (firm := self.firm_name_end(words, k, sent_end)) is not None \
                        and any(words[r].lower_ in self.lex.role_heads for r in range(start, k)):
                    return table.text(start, firm[0]), firm[1]  # "an analyst with Birr, Wilson and Co.": its commas
                stop = role_end or k
                if any(words[r].lower_ in self.lex.role_heads for r in range(start, stop)):
                    return table.text(start, stop), k if verb else k + 1
                return None
            if word.is_quote or sentences.is_start(k):
                return None
            if role_end is None and is_relative(word):
                role_end = k
        return None

    @staticmethod
    def firm_name_end(words: list[Word], comma: int, sent_end: int) -> tuple[int, int] | None:
        """Where a firm's name ends when the comma at `comma` falls inside it and it closes the sentence, the
        partners' names joined by commas and "and" ("Birr, Wilson and Co.", "Prescott, Ball and Turben Inc.",
        "Skadden, Arps, Slate, Meagher & Flom."): the token after the name and the token after its closing
        mark (the sentence's end when only spaces follow); None otherwise."""
        last = sent_end - 1
        while last > comma and not words[last].text.strip():
            last -= 1
        after = last + 1
        if words[last].text in (".", "!", "?"):
            last -= 1
        elif not words[last].text.endswith("."):  # "Co." holds the sentence's full stop
            return None
        tail = words[comma + 1:last + 1]
        if len(tail) < 3 or not words[comma - 1].is_title or not any(w.lower_ in ("and", "&") for w in tail) \
                or not tail[-1].text[:1].isupper():
            return None
        if not all(w.text[:1].isupper() and w.text.rstrip(".").isalpha() or w.text in (",", "&") or w.lower_ == "and"
                   for w in tail):
            return None
        return last + 1, after if after < sent_end and words[after].text.strip() else sent_end

    @staticmethod
    def next_to_cue(words: list[Word], candidate: tuple[int, int, str, str], cue_tokens: set[int]) -> bool:
        """A shape right before its reporting verb ("the Dutchman said", "the 81-year-old also said") or
        right after it ("..., said the veteran")."""
        start, end = candidate[0], candidate[1]
        while end < len(words) and words[end].lower_ in ("also", "later", "then", "has", "had"):
            end += 1
        return end in cue_tokens or start - 1 in cue_tokens

    def before_cue(self, words: list[Word], candidate: tuple[int, int, str, str],
                   cue_tokens: set[int]) -> tuple[int, int, str, str] | None:
        """A described source's shape cut before a reporting verb it swallowed ("The governor told
        officials" is "The governor"); None when no role noun ends what is left."""
        start, end, label, rule = candidate
        cut = next((i for i in range(start + 1, end) if i in cue_tokens), None)
        if cut is None:
            return candidate
        if words[cut - 1].lower_ not in self.lex.role_nouns:
            return None
        return start, cut, label, rule

    def appositive_names(self, sdoc: Doc, cue_tokens: set[int]) -> dict[int, int]:
        """One-word names whose appositive or relative clause ends at a reporting verb ("Ganbold, 45, a
        herder from Arkhangai province, said", "Erdenebat, who runs a shop, said"), by token, with the
        verb's token: only a cue after a comma is looked at, and only back to its sentence's start."""
        table = TokenTable.of(sdoc)
        words = table.words
        sentences = Sentences.of(sdoc)
        found: dict[int, int] = {}
        for c in cue_tokens:
            if c < 3 or words[c - 1].text != ",":
                continue
            first = max(sentences.bounds(c)[0], c - MAX_APPOSITIVE - 4)
            for p in range(c - 2, first, -1):
                if words[p].is_quote:
                    break
                if words[p].text != "," or not self.is_bare_name(words[p - 1]) or self.ends_party_tag(words, p):
                    continue
                if p - 1 > first and not (words[p - 2].is_punct or words[p - 2].lower_ in SUBJECT_OPENERS):
                    break
                one_clause = "," not in table.text(p + 1, c - 1)
                relative = is_relative(words[p + 1], ("who", "whose")) and one_clause
                if relative or self.role_after(sdoc, p)[1] == c or one_clause and self.is_aside(words, p + 1, c - 1):
                    found[p - 1] = c
                break
        return found

    @staticmethod
    def is_aside(words: list[Word], start: int, end: int) -> bool:
        """Words between a name's comma and its verb's that say nothing of who the name is: an age ("Tim,
        16, alleged"), a participle ("Smith, speaking to reporters, said") or a short prepositional phrase
        ("Smith, for instance, said", "Smith, on Monday, said")."""
        first = words[start]
        return end - start == 1 and first.like_num or len(first.lower_) > 4 and first.lower_.endswith("ing") \
            or first.lower_ in PREPOSITIONS and end - start <= 4

    def is_kin(self, words: list[Word], start: int, end: int) -> bool:
        """Words between a name's comma and its verb's that say whose relative or what person the name is,
        after a possessive ("his 22-year-old daughter", "their neighbour"): no role, but the name's own."""
        return 1 < end - start <= 9 and words[start].lower_ in ("his", "her", "their", "our", "my") \
            and words[end - 1].lower_ in self.lex.person_nouns

    def bare_name_by_cue(self, words: list[Word], i: int, cue_tokens: set[int]) -> bool:
        """A one-word name that is the subject of the reporting verb next to it: "Odbayar said", "...,
        said Putin.", "..., said Peskov on Monday". Not a place after a preposition ("the High Court in
        Nairobi said"), nor the subject of the reported clause ("he said Mongolia supported ...", "Baerbock,
        Germany's foreign minister, said Berlin was ready ...")."""
        after = time_phrase_end(words, i + 1, len(words), self.lex)  # "Israel last week said"
        gap_end = min(after + 2, len(words))
        while after < gap_end and (words[after].lower_ in VERB_GAP or is_adverb(words[after])):
            after += 1  # "India has accused", "UNICEF also said", "Israel has also said", "Medvedev specifically emphasized"
        if after + 3 < len(words) and words[after].lower_ in BE_FORMS and words[after + 1].lower_ == "quoted" \
                and words[after + 2].lower_ == "as":
            after += 3  # "Xie was quoted as saying": the quoted speaker
        if after in cue_tokens:  # ", with Ukraine asserting that ...": the subject of an absolute phrase
            return i == 0 or words[i - 1].lower_ not in PREPOSITIONS \
                or words[i - 1].lower_ == "with" and words[after].lower_.endswith("ing")
        if not (i > 1 and i - 1 in cue_tokens and words[i - 2].is_punct):
            return False
        return self.ends_clause(words, i + 1)

    def name_with_s(self, words: list[Word], sentences: Sentences, cue: int) -> tuple[int, int] | None:
        """A business named with "'s" right before its reporting verb, the verb's subject: "Moody's said",
        "Standard and Poor's added", "..., McDonald's said." (the quote finder takes the cue for a verb only when
        no noun follows it); its tokens, or None. Not a pronoun's "'s" ("he's said") nor a possessor inside a
        longer phrase ("the bank's said")."""
        if cue < 2 or words[cue - 1].text not in ("’s", "'s"):
            return None
        start = cue - 1
        while start > 0 and words[start - 1].is_alpha and words[start - 1].text[:1].isupper() \
                and not words[start - 1].is_stop and words[start - 1].lower_ not in self.lex.titles:
            start -= 1
            if start > 1 and words[start - 1].lower_ in ("and", "&") and words[start - 2].is_title:
                start -= 1  # "Standard and Poor's", "Marks & Spencer's"
        if start == cue - 1 or words[start].lower_ in ("and", "&"):
            return None
        return (start, cue) if sentences.is_start(start) or self.opens_subject(words, start) else None

    def closing_tag(self, words: list[Word], i: int, cue_tokens: set[int]) -> bool:
        """The subject of an attribution that closes its sentence after a comma or a closing mark: "..., it
        said.", "“...,” it added in a statement." (not "..., it said it would ...": a clause's subject after it)."""
        return i > 0 and (words[i - 1].text == "," or words[i - 1].is_quote) and self.subject_of_cue(words, i, cue_tokens) \
            and self.ends_clause(words, self.cue_after(words, i) + 1)

    def ends_clause(self, words: list[Word], i: int) -> bool:
        """Whether the words from i on leave a name before them as the clause's last word: punctuation,
        the end, a preposition, a relative pronoun, a time ("..., said Peskov on Monday") or a subordinate
        clause ("said Oyun-Erdene as he visited Washington"), not a verb ("said Berlin was ready")."""
        return i >= len(words) or words[i].is_punct or words[i].lower_ in PREPOSITIONS \
            or is_relative(words[i]) or words[i].lower_ in self.lex.time_words or words[i].lower_ in SUBORDINATE_OPENERS

    def past_verb_after(self, words: list[Word], i: int) -> bool:
        """Whether a verb in the past follows the word at i, as its subject's: "Arteta defended", "Arteta himself
        has admitted"; a word in -s only before a singular "has" ("Jones has said", not "Thousands gathered")."""
        k = i + 1 + (words[i + 1].lower_ in REFLEXIVES)
        if k >= len(words) or not words[k].is_lower:
            return False
        verb = words[k].lower_
        return verb == "has" or not words[i].lower_.endswith("s") and (verb == "had" or self.lex.is_past_form(words[k]))

    def plural_subject(self, words: list[Word], i: int) -> bool:
        """A word in -s whose verb agrees with a plural ("Hospitals have urged", "Reports say": the verb's
        base form, whose -s form is a reporting verb too), so no person's name ("Jones says", "Jones said")."""
        if not words[i].lower_.endswith("s") or i + 1 >= len(words):
            return False
        verb = words[i + 1].lower_
        return verb in ("have", "are", "were") or any(verb + ending in self.lex.reporting_verbs for ending in ("s", "es"))

    def is_bare_name(self, word: Word) -> bool:
        """A capitalised word that can be a one-word name ("Odbayar", "McGrath"): not a stop word, demonym,
        time or role word, nor a noun for members of a group ("Englishmen", "Christians", "Islamist")."""
        low = word.lower_
        return (word.is_title or CAMEL_NAME.fullmatch(word.text) is not None) and len(word.text) > 2 \
            and not word.is_stop and low not in LEADING_PREPOSITIONS and low not in self.lex.demonyms and low not in self.lex.time_words \
            and low not in TIME_UNITS \
            and low not in self.lex.role_words and GROUP_MEMBERS.search(low) is None and low not in self.lex.sentence_adverbs

    def is_plural_demonym(self, word: Word) -> bool:
        """A nationality's plural ("Israelis", "Americans", "Kenyans"): a described source, no person's name."""
        low = word.lower_
        return word.is_title and low.endswith("s") and low[:-1] in self.lex.demonyms

    @staticmethod
    def opens_subject(words: list[Word], i: int) -> bool:
        """Whether a subject can start at i: after the sentence's start, "the", punctuation or a conjunction,
        not inside a longer phrase ("the collapse of insurance giant HIH says", "James Okafor KC said")."""
        return i == 0 or words[i - 1].is_punct or words[i - 1].is_space or words[i - 1].lower_ == "the" \
            or words[i - 1].lower_ in SUBJECT_OPENERS  # a paragraph's first word follows its line break

    def described_body(self, words: list[Word], sentences: Sentences, i: int, cues: set[int]) -> int | None:
        """Where a description of the body named at i begins, its article included, when it ends in a
        lowercase body's noun and opens a subject: "the UN children's agency" before "UNICEF", "the aid group"
        before "CARE" (not "the collapse of insurer HIH"). None when there is none."""
        if i == 0 or not (words[i - 1].is_lower and words[i - 1].lower_ in self.lex.org_heads):
            return None
        sent_start, _ = sentences.bounds(i)
        start = i - 1
        while start - 1 >= sent_start and i - start <= MAX_SUBJECT_MODIFIERS and start - 1 not in cues \
                and self.modifies_subject(words[start - 1]):
            start -= 1
        if start - 1 >= sent_start and words[start - 1].lower_ in QUANTIFIERS:
            start -= 1
        return start if self.opens_subject(words, start) else None

    def is_acronym(self, word: Word) -> bool:
        """An all-capital word that can name a body by itself ("AIP said", "The AFP says"): not a title
        ("CEO"), a time ("GMT") or a stop word (but "US": a country speaks for its government)."""
        low = word.lower_
        if HYPHENATED_ACRONYM.fullmatch(word.text):
            return True  # "The U-S has conceded", "the U-N says"
        return word.is_upper and word.is_alpha and 2 <= len(word.text) <= 6 and low not in self.lex.titles \
            and low not in self.lex.role_nouns \
            and low not in self.lex.time_words and (low in self.lex.demonyms or not word.is_stop)

    def find(self, sdoc: Doc, cue_tokens: set[int], quoted: list[bool],
             listener_cues: frozenset[int] = frozenset()) -> list[Mention]:
        """Mentions outside quotations, in text order, each resolved to an `Entity` of the document.
        After a cue in `listener_cues` ("told Reuters") comes who is told, never the speaker."""
        table = TokenTable.of(sdoc)
        words = table.words
        sentences = Sentences.of(sdoc)
        mentions: list[Mention] = []
        covered: set[int] = set()  # tokens of the mentions found so far (quoted tokens are never mentions)
        for candidate in self.candidates(sdoc, cue_tokens):
            if any(quoted[candidate[0]:candidate[1]]):
                continue
            if candidate[3].startswith(EPITHET) and not self.next_to_cue(words, candidate, cue_tokens):
                continue  # "the veteran goalkeeper's contract": only a speaker refers back
            mention = self.from_candidate(sdoc, table, sentences, *candidate)
            if mention is None and candidate[2] == "PERSON" and self.next_to_cue(words, candidate, cue_tokens) \
                    and all(words[k].lower_ in self.lex.role_words and words[k].lower_ not in self.lex.org_heads
                            for k in range(candidate[0] + 1, candidate[1])):  # not "European Council President"
                # an office capitalised with no name by its verb: "“...,” Senior Defense Official said"
                mention = Mention(candidate[0], candidate[1], table.text(candidate[0], candidate[1]), "role",
                                  "role-capitalised")
            if mention and mention.kind == "organization" and mentions and (body := mentions[-1]).end == mention.start \
                    and body.kind == "role" and words[body.end - 1].is_lower and words[body.end - 1].lower_ in self.lex.org_heads:
                # "the news agency Afghan Islamic Press reported": the body named after its common noun
                name_start = mention.start if mention.name_start is None else mention.name_start
                mentions[-1] = mention = Mention(body.start, mention.end, mention.text, "organization", mention.rule,
                                                 name_start=name_start)
            elif mention:
                mentions.append(mention)
            if mention:
                covered.update(range(mention.start, mention.end))
        for c in sorted(cue_tokens):
            if (found := self.name_with_s(words, sentences, c)) is not None and not any(
                    k in covered or quoted[k] for k in range(*found)):  # "Moody's said", "..., McDonald's added."
                mentions.append(Mention(*found, table.text(*found), "organization", "org-name-with-s"))
                covered.update(range(*found))
        # Later mentions of a named person by the name's last word, or by its first ("Xi" for Xi Jinping).
        surnames = {
            **{w: w for m in mentions if m.kind == "person" for w in middle_names(m.text)},
            **{first.lower(): first.lower() for m in mentions if m.kind == "person" and " " in m.text
               and len(first := m.text.split()[0]) > 1 and first[-1] != "."},
            **{surname(m.text).split("-")[0]: surname(m.text)
               for m in mentions if m.kind == "person" and (" " in m.text or "." in m.text)},
        }
        maybe = set(PRONOUN_WORDS.indices(sdoc))
        maybe.update(i + 2 for i in ACCORDING.indices(sdoc)
                     if i + 2 < len(words) and words[i + 1].lower_ == "to"
                     and (words[i + 2].lower_ in OBJECT_PRONOUNS or words[i + 2].lower_ == "it"))
        if surnames:
            maybe.update(i for i, word in enumerate(words) if word.lower_ in surnames)
        maybe.update(j for c in cue_tokens for j in (c - 1, c + 1) if 0 <= j < len(words) and j - 1 not in listener_cues)
        maybe.update(c - n - 1 for c in cue_tokens for n in (1, 2)  # "India has accused", "It also says", "Peskov flatly denied"
                     if c > n and all(words[c - x].lower_ in VERB_GAP or is_adverb(words[c - x]) for x in range(1, n + 1)))
        maybe.update(c - 4 for c in cue_tokens if c > 3 and words[c - 1].lower_ == "as"  # "Xie was quoted as saying"
                     and words[c - 2].lower_ == "quoted" and words[c - 3].lower_ in BE_FORMS)
        maybe.update(j for c in cue_tokens for j in range(max(0, c - 5), c - 2)  # "Israel last week said"
                     if time_phrase_end(words, j + 1, c, self.lex) == c)
        for i in sorted(maybe):
            if quoted[i] or i in covered:
                continue
            word = words[i]
            low = word.lower_
            known = surnames.get(low)
            if known and word.is_title:
                # A surname of a person named elsewhere in the document: "agreed with Buyantsogtoo", "Bat-Uul".
                end = i + 1 + (2 if "-" in known else 0)
                text = table.text(i, min(end, len(words)))
                if text.lower() == known and not any(k in covered or quoted[k] for k in range(i, min(end, len(words)))):
                    start = i  # with its lowercase particles where a speaker stands: "said van Sebille", "“...,” bin Laden said"
                    while start > 0 and words[start - 1].text in self.lex.name_particles \
                            and start - 1 not in covered and not quoted[start - 1]:
                        start -= 1
                    inverted = start > 0 and start - 1 in cue_tokens and (end >= len(words) or words[end].is_punct)
                    if start < i and start > 0 and not (inverted or words[start - 1].is_punct or sentences.is_start(start)):
                        start = i  # "the knowledge of bin Laden", "shows bin Laden speaking": no speaker there
                    mentions.append(Mention(start, end, table.text(start, end), "person", "person-surname"))
                    covered.update(range(start, end))
                    continue
            after_according = i > 1 and words[i - 1].lower_ == "to" and words[i - 2].lower_ == "according"
            if low in PRONOUNS and (low != "it" or after_according  # "According to it, ...": a body named before
                                    # "It said", "In a statement, it said"
                                    or (sentences.is_start(i) or self.after_opening_phrase(words, sentences.bounds(i)[0], i + 1, cue_tokens) == i)
                                    and self.subject_of_cue(words, i, cue_tokens)
                                    or self.closing_tag(words, i, cue_tokens)) \
                    or low in OBJECT_PRONOUNS:  # only after "according to" (see `maybe`)
                mentions.append(Mention(i, i + 1, word.text, "pronoun", f"pronoun-{OBJECT_PRONOUNS.get(low, low)}"))
            elif (self.is_acronym(word) or WEBSITE.fullmatch(word.text)) and self.bare_name_by_cue(words, i, cue_tokens) \
                    and ((opens := self.opens_subject(words, i))
                         or (described := self.described_body(words, sentences, i, cue_tokens)) is not None):
                mentions.append(Mention(i, i + 1, word.text, "organization", "org-acronym-cue",  # "AIP said"
                                        role_span=None if opens else (described, i + 1)))
            elif self.is_plural_demonym(word) and self.bare_name_by_cue(words, i, cue_tokens):
                opening = i - 1 if i and words[i - 1].lower_ == "the" else i  # "the Israelis said": a people
                mentions.append(Mention(opening, i + 1, table.text(opening, i + 1), "role", "role-plural-demonym"))
            elif self.is_bare_name(word) and self.bare_name_by_cue(words, i, cue_tokens):
                opening = i - 1 if i and words[i - 1].lower_ == "the" else i
                if sentences.is_start(opening) and self.plural_subject(words, i):
                    mentions.append(Mention(opening, i + 1, table.text(opening, i + 1), "role", "role-plural-subject"))
                    continue  # "Hospitals have urged", "The Israelis say": a common noun, capitalised to open the sentence
                # A country or a known organisation is an organisation: "India has accused", "Shell said".
                if self.lex.names_body(word.text):  # "..., the Guardian said": the body's words open at "the"
                    mentions.append(Mention(opening, i + 1, word.text, "organization", "person-surname-cue", name_start=i))
                else:
                    mentions.append(Mention(i, i + 1, word.text, "person", "person-surname-cue"))
        # A one-word person's name opening a clause before a verb in the past is its subject, so a later
        # pronoun's antecedent: "After Bukayo Saka started ..., Arteta defended his approach. “...,” he said".
        named = {m.start for m in mentions}
        after_commas = (c + 1 + (c + 1 < len(words) and words[c + 1].is_quote) for c in COMMAS.indices(sdoc))  # ',” Arteta'
        for i in (*sentences.starts, *after_commas):
            if i + 2 < len(words) and i not in named and i not in covered and not quoted[i] \
                    and self.is_bare_name(words[i]) and not self.lex.names_body(words[i].text) \
                    and self.past_verb_after(words, i):  # a body is found by its verb: "Washington said"
                mentions.append(Mention(i, i + 1, words[i].text, "person", "person-surname-subject"))
        for i, cue in self.appositive_names(sdoc, cue_tokens).items():
            if not quoted[i] and i not in covered:
                role, _ = self.role_after(sdoc, i + 1)
                mentions.append(Mention(i, i + 1, words[i].text, "person", "person-name-appositive", role=role, role_span=(i, cue)))
        taken = {k for m in mentions for k in range(m.start, m.end)}
        for c in cue_tokens:
            if (found := self.subject_noun_phrase(words, sentences, c, cue_tokens, taken, quoted)) is not None:
                text = table.text(*found)
                kind = "organization" if self.lex.names_body(text) else "role"  # "Labor says ..."
                mentions.append(Mention(found[0], found[1], text, kind, "role-subject"))
            elif (found := self.participle_subject(words, sentences, c, cue_tokens, taken, quoted)) is not None:
                text = table.text(*found)
                kind = "organization" if self.lex.names_body(text) else "role"  # "Washington has rebuked ..."
                if found[1] - found[0] == 1 and kind == "role" and self.is_bare_name(words[found[0]]) \
                        and not self.plural_subject(words, found[0]):
                    kind = "person"  # "Smith rejected the offer, saying ..."
                mentions.append(Mention(found[0], found[1], text, kind, "role-participle-subject"))
        for k in QUOTING_WORDS.indices(sdoc):
            if k < len(words) - 3 and not quoted[k] \
                    and (found := self.quoted_noun_phrase(words, sentences, k + 1, cue_tokens, taken)) is not None:
                mentions.append(Mention(found[0], found[1], table.text(*found), "role", "role-quoted"))
        mentions = self.with_employers(table, sorted(mentions, key=lambda m: m.start))
        # A described source inside a person's title or appositive is that person's role, not a speaker.
        roles_of_people = [m.role_span for m in mentions if m.role_span]
        mentions = [
            m for m in mentions
            if m.kind != "role" or not any(
                (a <= m.start or a == m.start + 1 and words[m.start].lower_ in ("the", "a", "an")
                 and (words[m.end].text == "," or m.end < b and words[m.end].is_title))  # "The Labour MP John Woodcock"
                and m.end <= b
                for a, b in roles_of_people  # "The Command's spokesperson, Chidi Nwabuzor,": her role, with its "The"
            )
        ]
        mentions = self.with_affiliations(table, sorted(mentions, key=lambda m: m.start))
        previous: Mention | None = None
        for m in mentions:
            before, previous = previous, m
            if 0 < m.start and m.end < len(words) and words[m.start - 1].text == "(" and words[m.end].text == ")":
                m.oblique = True  # "a member of the International Criminal Court (ICC)": a name's alias, no subject
                continue
            k = m.opening - 1  # before its title: "Chief financial officer Mark Ellis said"
            while k >= 0 and words[k].lower_ in ("the", "a", "an"):
                k -= 1  # before the title's article: "But the UN's deputy envoy, Ahmed Fawzi, says"
            if k > 0 and words[k].text in ("’s", "'s"):  # "told CNBC's Jim Cramer": before the owner
                owner = k - 1
                while owner > 0 and words[owner - 1].is_title:
                    owner -= 1
                if owner - 1 in listener_cues:
                    k = owner - 1
            # An object or oblique ("by Elbegdorj", "to arrest Putin") is no clause subject.
            # A lower-case word before it makes it an object ("to arrest Putin"), unless the mention stands
            # right before its own reporting verb: then that word describes it ("royal commissioner Justice
            # Neville Owen warned").
            m.oblique = k >= 0 and (
                k in listener_cues  # "told Reuters"
                # a predicate's described role: "stood as a Labour candidate", "Mongolia, as a member of the ICC, must"
                or words[k].lower_ == "as" and words[k + 1].lower_ in ("a", "an") \
                and not self.subject_of_cue(words, m.end - 1, cue_tokens)
                or self.after_fragment(words, quoted, k) and not self.subject_of_cue(words, m.end - 1, cue_tokens)  # 'who “simply would not countenance” the party's leader'
                or k not in cue_tokens and (  # "said Purev" is a subject
                    words[k].lower_ in PREPOSITIONS
                    or (words[k].is_alpha and words[k].is_lower and words[k].lower_ not in SUBJECT_OPENERS
                        and not self.describes_name(words, k) and not self.subject_of_cue(words, m.end - 1, cue_tokens))
                )
            )
            if not m.oblique and (comma := next((c for c in range(m.opening - 1, max(-1, m.opening - MAX_APPOSITIVE), -1)
                                                 if words[c].text in (",", ".", ";", ":")), None)) is not None \
                    and words[comma].text == "," and self.participle_aside(words, comma):
                m.oblique = True  # "The underwriters, managed by Janney Scott Inc and Woolcott and Co Inc, said": the aside's
            if m.kind == "person" and m.role_span is None and 0 < m.start and words[m.start - 1].lower_ in ("the", "a", "an") \
                    and m.end < len(words) and words[m.end].is_alpha and words[m.end].is_lower and not words[m.end].is_stop \
                    and m.end not in cue_tokens and not self.lex.is_past_form(words[m.end]):
                m.oblique = True  # "The Redstone equity contribution ...": a name modifying a noun, no subject
            # The subject of a reported clause: "told the jury that Marsh had ...", "said the minister had lied".
            m.reported = k > 0 and words[k].lower_ in REPORTED_OPENERS and any(
                c in cue_tokens for c in range(max(sentences.bounds(k)[0], k - REPORTED_WINDOW), k)
            ) or (k in cue_tokens and k not in listener_cues and not self.ends_clause(words, m.end))
            sent_start = sentences.bounds(m.start)[0]
            if sent_start + 2 < m.opening and words[sent_start].lower_ == "according" and words[sent_start + 1].lower_ == "to" \
                    and any(words[c].text == "," for c in range(sent_start + 2, m.opening)):
                m.reported = True  # "According to the minister, ... Sergei Lavrov is not against ...": what the source said
            if before is not None and k > 0 and words[k].lower_ in ("and", "or") and before.kind != "pronoun" \
                    and k in (before.end, (before.role_span or (before.start, before.end))[1]):
                # a conjunct stands where the first one does: "met with President Vladimir Putin and Foreign
                # Minister Sergey Lavrov" (no subject), "said that Lee and Moon had ..." (a reported clause's)
                m.conjunct_of = before
                m.oblique = m.oblique or before.oblique
                m.reported = m.reported or before.reported
        # A name inside a person's title is part of that person's role, no clause subject ("Former Downing
        # Street press chief Mark Hollis says"); so is a body in the appositive after the name ("Jim Booth,
        # Northport Traders Association said"), or a bare name there with no verb of its own ("Ms Armistead,
        # the Guardian literary editor", "Tom Wade, director general of the British Chambers of Commerce"; not
        # "..., Foreign Minister Joschka Fischer, Mr Powell said").
        titled = [m for m in mentions if m.kind == "person" and m.role_span]
        for m in mentions:
            if m.kind == "pronoun":
                continue
            in_title = any(p.role_span[0] <= m.start and m.end <= p.start for p in titled if p is not m)
            whole = m.role_span or (m.start, m.end)  # with its own title: "the Guardian's editor Jo Bell"
            in_appositive = (m.kind == "organization" or m.kind == "person"
                             and not self.subject_of_cue(words, m.end - 1, cue_tokens)) \
                and any(p.end <= whole[0] and whole[1] <= p.role_span[1] for p in titled if p is not m)
            if in_title or in_appositive:
                m.oblique = True
        self.resolve(sdoc, mentions, cue_tokens)
        return mentions

    def participle_aside(self, words: list[Word], comma: int) -> bool:
        """Whether an aside opens at a comma with a past participle and its preposition (", managed by Janney Scott
        Inc,", ", headed by John Tower,", ", based in Houston,"): who it names is no subject of the verb after it."""
        return comma + 2 < len(words) and words[comma + 1].is_lower and self.lex.is_past_form(words[comma + 1]) \
            and words[comma + 2].lower_ in PREPOSITIONS

    def subject_noun_phrase(self, words: list[Word], sentences: Sentences, cue: int, cues: set[int], taken: set[int],
                            quoted: list[bool]) -> tuple[int, int] | None:
        """A common noun phrase right before a reporting verb, opening its clause: a described source
        whatever its noun ("the weather bureau says", "The unions claim", "Local commanders have
        warned", "the US administration said"). Tokens [start, end), or None."""
        sent_start, _ = sentences.bounds(cue)
        head = cue - 1
        while head > sent_start and words[head].lower_ in VERB_GAP:
            head -= 1
        aside = next((k for k in range(head - 2, max(sent_start, head - MAX_APPOSITIVE), -1) if words[k].text == ","), None) \
            if words[head].text == "," else None
        if aside is not None and aside > sent_start and (head - aside == 2 and words[aside + 1].lower_ in self.lex.sentence_adverbs
                                                         or words[aside + 1].lower_.endswith("ing")
                                                         or self.participle_aside(words, aside)):
            head = aside - 1  # "The Palestinian leadership, meanwhile, appealed", "The agency, quoting sources, said",
            # "The underwriters, managed by Janney Scott Inc, said"
        elif words[head].text == ",":
            # past a relative clause between commas, names listed in it: "The actor, whose films include X, Y and
            # Z, said", "The actor, who starred alongside X, said"
            opener = next((k for k in range(head - 2, max(sent_start, head - MAX_APPOSITIVE), -1)
                           if words[k].text == ";" or k in cues or quoted[k]
                           or words[k].text == "," and is_relative(words[k + 1])), None)
            if opener is not None and words[opener].text == ",":
                head = opener - 1
        # past a relative clause: "An Iraqi defector who has applied for residency in Australia claims"
        relative = next((k for k in range(head, max(sent_start, cue - MAX_RELATIVE) - 1, -1)
                         if is_relative(words[k], ("who",)) or words[k].text in (",", ";", ":") or k in cues or quoted[k]), None)
        if relative is not None and relative > sent_start and is_relative(words[relative], ("who",)):
            head = relative - 1
        if head < sent_start or head in taken or quoted[head] or head in cues:
            return None
        word = words[head]
        if not (word.is_alpha and (word.is_lower or head == sent_start and word.is_title)) or word.is_stop \
                or word.lower_.endswith("ly") or word.lower_ in self.lex.time_words \
                or head == sent_start and word.lower_ in self.lex.sentence_adverbs:
            return None  # (not "Worldwide reported cases fell": an adverb)
        start = head
        while start - 1 >= sent_start and head - start < MAX_SUBJECT_MODIFIERS and start - 1 not in taken \
                and not quoted[start - 1] and start - 1 not in cues and self.modifies_subject(words[start - 1]) \
                and words[start - 1].lower_ not in QUOTING_FORMS:  # "The newspaper quoted officials as saying"
            start -= 1
        if start < head and words[start].lower_.endswith("ing") or start == head and word.lower_.endswith("ing"):
            return None  # ", citing intelligence reports": a participle's object, no subject; "after placing blame"
        if start - 1 >= sent_start and words[start - 1].lower_ in QUANTIFIERS:
            start -= 1
        opens = start == sent_start or words[start - 1].text in (",", ";", ":") or words[start - 1].is_quote \
            or words[start - 1].lower_ in SUBJECT_OPENERS or self.ends_dateline(words, sentences, start - 1)
        return (start, head + 1) if opens else None

    @staticmethod
    def ends_dateline(words: list[Word], sentences: Sentences, k: int) -> bool:
        """Whether the dash at k closes a wire dateline opening its sentence ("DETROIT, March 2 - The paper
        said", "LONDON (Reuters) - The bank said"): capitalised words, numbers, commas and brackets before it."""
        if words[k].text not in DASHES:
            return False
        sent_start = sentences.bounds(k)[0]
        return 0 < k - sent_start <= MAX_DATELINE_TOKENS and words[sent_start].is_upper and words[sent_start].is_alpha \
            and all(w.is_title or w.is_upper or w.is_digit or w.text in (",", "(", ")", ".") for w in words[sent_start:k])

    def quoted_noun_phrase(self, words: list[Word], sentences: Sentences, k: int, cues: set[int],
                           taken: set[int]) -> tuple[int, int] | None:
        """A common noun phrase at k after a quoting verb, then "as" and a reporting verb, maybe past an
        appositive: "quoted unidentified officials as saying", "reported the sponsors, PR company Jour J, as
        saying" (the quoted are the speakers). Tokens [start, end), or None."""
        _, sent_end = sentences.bounds(k)
        end = k + (words[k].lower_ in QUANTIFIERS)
        while end < min(sent_end, k + MAX_SUBJECT_MODIFIERS + 1) and end not in taken and end not in cues \
                and words[end].is_alpha and words[end].is_lower and not words[end].is_stop:
            end += 1
        if end == k or end in taken or end >= sent_end or words[end - 1].lower_ in QUANTIFIERS:
            return None
        j = end
        if words[j].text == ",":  # an appositive, closed by its own comma
            j = next((x + 1 for x in range(j + 1, min(sent_end, j + MAX_APPOSITIVE)) if words[x].text == ","), sent_end)
        return (k, end) if j + 1 < sent_end and words[j].lower_ == "as" and j + 1 in cues else None

    def participle_subject(self, words: list[Word], sentences: Sentences, cue: int, cues: set[int], taken: set[int],
                           quoted: list[bool]) -> tuple[int, int] | None:
        """The noun phrase opening the sentence of a participle cue after a comma, or of a cue joined by
        "and", past a short opening phrase, when no one else is named before its verb: "Unions are also
        worried, saying ...", "Washington has rebuked Moscow over the raids, warning ...", "But airlines are
        making no apologies and say ...", "At the same time, the Bush administration is stepping up the
        pressure on Mr Arafat, saying ...", "Meanwhile, Hamas has defied ... and called for ..." (the phrase
        before the sentence's first auxiliary or past form)."""
        if cue < 2 or not (words[cue].lower_.endswith("ing") and words[cue - 1].text == "," or words[cue - 1].lower_ == "and"):
            return None
        sent_start, _ = sentences.bounds(cue)
        first = self.after_opening_phrase(words, sent_start, cue, cues)
        for verb in range(first + 1, min(cue - 1, first + MAX_SUBJECT_MODIFIERS + 2)):
            word = words[verb]
            if word.lower_ in AUXILIARIES or word.is_lower and len(word.text) > 3 and word.lower_.endswith("ed"):
                if any(k in taken for k in range(sent_start, verb)):
                    return None
                if first > sent_start and verb == first + 1 and self.is_bare_name(words[first]):
                    return first, verb  # "Meanwhile, Hamas has defied ...": a name after the opening phrase
                return self.subject_noun_phrase(words, sentences, verb, cues | {verb}, taken, quoted)
            if not word.is_alpha and word.text not in APOSTROPHE_S:
                return None
        return None

    @staticmethod
    def after_opening_phrase(words: list[Word], sent_start: int, cue: int, cues: set[int]) -> int:
        """The token after a sentence's short opening phrase and its comma, a phrase with no verb ("Meanwhile,",
        "At the same time,", "In Kabul,"); sent_start when there is none."""
        for k in range(sent_start + 1, min(cue, sent_start + MAX_SUBJECT_MODIFIERS + 1)):
            if words[k].text == ",":
                return k + 1
            if not words[k].is_alpha or k in cues or words[k].lower_ in AUXILIARIES or words[k].lower_.endswith("ed"):
                break
        return sent_start

    def modifies_subject(self, word: Word) -> bool:
        """A word before a subject's noun: an adjective or noun ("weather", "Local", "US"), a possessive."""
        return word.text in APOSTROPHE_S or word.text == "-" or word.is_alpha and (  # "Anti-Taliban", "Pakistan-based"
            word.is_upper and len(word.text) > 1  # "US", though "us" is a stop word
            or not word.is_stop and not word.lower_.endswith("ly")
        )

    @staticmethod
    def after_article(words: list[Word], i: int) -> int:
        """The token after an article at i ("The company's chief executive, Jane Doe": her role starts after "The")."""
        return i + 1 if words[i].lower_ in ("the", "a", "an") else i

    @staticmethod
    def after_fragment(words: list[Word], quoted: list[bool], k: int) -> bool:
        """Whether k closes a quoted fragment that the sentence's words run through on both sides ('who
        “would not countenance” the leader'): what follows it is its object, not a subject (unlike `“...,”
        Smith said` or `“...” French team captain Guy Forget says`)."""
        if not (k > 0 and quoted[k] and words[k].is_quote and words[k - 1].is_alpha):
            return False
        opening = k - 1
        while opening > 0 and quoted[opening - 1]:
            opening -= 1
        return opening > 0 and words[opening - 1].is_alpha

    def describes_name(self, words: list[Word], i: int) -> bool:
        """A lowercase word before a name that describes it, so the name is still a subject: a role
        word ("business owner Priya Patel", "councilman Robert Diaz"), any noun after a nationality
        ("Australian paceman Glenn McGrath") or an age ("the 26-year-old Rashford")."""
        return words[i].lower_ in self.lex.role_words or (words[i].lower_ == "old" and i > 1 and words[i - 1].text == "-") \
            or i > 0 and words[i - 1].is_title and words[i - 1].lower_ in self.lex.demonyms \
            and i + 1 < len(words) and words[i + 1].is_title \
            or self.opens_title(words, i)

    def opens_title(self, words: list[Word], i: int) -> bool:
        """A lowercase noun opening a subject right before a title word ("..., board chairman John Tower, ...",
        "and committee chairman Dan Ross"): the title's own word, not a verb's ("met chairman Dan Ross")."""
        word = words[i]
        return 0 < i and i + 1 < len(words) and words[i + 1].is_lower and words[i + 1].lower_ in self.lex.titles \
            and word.is_alpha and word.is_lower and not word.is_stop and not word.lower_.endswith("ly") \
            and not self.lex.is_past_form(word) and word.lower_ not in self.lex.reporting_verbs \
            and (words[i - 1].is_punct or words[i - 1].lower_ in SUBJECT_OPENERS)

    def with_affiliations(self, table: TokenTable, mentions: list[Mention]) -> list[Mention]:
        """A described source and the organisation or person it speaks for are one speaker: "a
        spokesperson for the European Commission", "analysts at Goldman Sachs" (a name without an
        organisation's head), "a lawyer for Imran Khan" (not the organisation or person alone); "the
        mayor's office" and "Ariel Sharon's office" are organisations (not "the mayor", not Sharon)."""
        words = table.words
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if m.kind in ("role", "person") and m.end + 1 < len(words) and words[m.end].text in APOSTROPHE_S \
                    and words[m.end + 1].lower_ in self.lex.org_heads:
                m = Mention(m.start, m.end + 2, table.text(m.start, m.end + 2), "organization", m.rule)
            named = m.kind == "organization" or (m.kind == "person" and m.name_start is not None)  # a shape, not a bare word
            gap = m.start - prev.end if prev is not None else 0  # the preposition, and "the" before a person shape
            if prev is not None and prev.kind == "role" and named and words[prev.end].lower_ in AFFILIATIONS \
                    and (gap == 1 or (gap == 2 and words[prev.end + 1].lower_ == "the")) \
                    and not is_document(prev):  # "a statement from X" is X's: published
                if m.kind == "person" and m.name_start is not None and m.name_start > m.start \
                        and table.words[m.name_start - 1].lower_ in self.lex.org_heads:
                    # the body before a titled name is that person's: "Senior forecaster with the Sydney
                    # Weather Bureau Ian Robertson" is Robertson, with all the words before his name as role
                    m.role, m.role_span = table.text(prev.start, m.name_start), (prev.start, m.end)
                    out[-1] = m
                else:
                    out[-1] = Mention(prev.start, m.end, table.text(prev.start, m.end), "role", prev.rule)
                continue
            out.append(m)
        return self.with_one_word_places(table, out)

    @staticmethod
    def with_employers(table: TokenTable, mentions: list[Mention]) -> list[Mention]:
        """A person and the body named right after them by "of", "at" or "from" are one speaker, the body
        their role: "Professor Trudie Lang of the University of Oxford said" is Lang's, role "Professor of
        the University of Oxford" (the university was the speaker)."""
        words = table.words
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            link = words[prev.end].lower_ if prev is not None and prev.end < len(words) else ""
            # "the" before a body's name (m may start after it): "Jane Doe of the Red Cross", and "with"
            # only before "the": "Patrol Chief Jim Hall with the New York Police Department said"
            article = prev is not None and m.start == prev.end + 2 and words[prev.end + 1].lower_ == "the"
            if prev is not None and prev.kind == "person" and prev.name_start is not None \
                    and (m.start == prev.end + 1 and link in EMPLOYER_LINKS
                         or (m.start == prev.end + 1 or article) and link in EMPLOYER_LINKS | {"with"}
                         and (article or words[m.start].lower_ == "the")) \
                    and m.name_start is not None and (m.kind == "organization" or m.kind == "person" and article):
                # a body's name that looks like a person's is one only after "the" ("of the Red Cross"); without
                # it, a town ("Paris Hilton of Beverly Hills") is where the person is from, no role
                prev.role = f"{prev.role} {table.text(prev.end, m.end)}" if prev.role else m.text
                prev.role_span = (prev.opening, max(m.end, prev.role_span[1] if prev.role_span else m.end))
                continue
            if prev is not None and prev.kind == "person" and prev.name_start is not None and link in EMPLOYER_LINKS \
                    and (m.kind == "organization" or m.rule == "person-surname-cue") \
                    and MentionFinder.partners_between(words, prev.end + 1, m.start):
                # the last of a firm's partners is no speaker: "Analyst Rosemarie Morbelli of Ingalls and Snyder
                # said", "Mary Lee of Baker, Watts and Co. said" are the analysts', the firm their role
                text = table.text(prev.end + 1, m.end)
                prev.role = f"{prev.role} {table.text(prev.end, m.end)}" if prev.role else text
                prev.role_span = (prev.opening, max(m.end, prev.role_span[1] if prev.role_span else m.end))
                continue
            out.append(m)
        return out

    @staticmethod
    def partners_between(words: list[Word], start: int, end: int) -> bool:
        """Whether words [start, end) are a firm's first partners before its last: capitalised names joined
        by commas, the last joined by "and" or "&" ("Ingalls and", "Baker, Watts and")."""
        return end - start >= 2 and words[end - 1].lower_ in ("and", "&") and words[start].text[:1].isupper() \
            and all(w.text[:1].isupper() and w.text.rstrip(".").isalpha() or w.text == ","
                    for w in words[start:end - 1])

    def opens_sentence_only(self, words: list[Word], sentences: Sentences, k: int) -> bool:
        """A capitalised word at k that is no part of a name after it: a sentence adverb ("Yesterday",
        "Meanwhile"), or a participle opening its sentence ("Appearing", "Speaking"; no given name, place or body)."""
        low = words[k].lower_
        return low in self.lex.sentence_adverbs or sentences.is_start(k) and gerund_shape(words[k].text) \
            and low not in self.lex.given_names and not self.lex.names_body(low)

    def with_one_word_places(self, table: TokenTable, mentions: list[Mention]) -> list[Mention]:
        """A described source keeps a one-word name after its preposition when no mention starts there:
        "Analysts at Barclays said", "Officials in Kyiv said" (the name was taken for the speaker, or lost)."""
        words = table.words
        starts = {m.start for m in mentions}
        out = []
        for m in mentions:
            k = m.end + 1
            if m.kind == "role" and k < len(words) and k not in starts and words[m.end].lower_ in AFFILIATIONS \
                    and self.is_bare_name(words[k]) and not (k + 1 < len(words) and words[k + 1].is_title):
                m = Mention(m.start, k + 1, table.text(m.start, k + 1), "role", m.rule)
            out.append(m)
        return out

    def from_candidate(self, sdoc: Doc, table: TokenTable, sentences: Sentences,
                       start: int, end: int, label: str, rule: str) -> Mention | None:
        """The mention a candidate shape (tokens [start, end) with its label and pattern id) makes."""
        words, lex = table.words, self.lex
        rule = rule or f"model-{label.lower()}"
        while end - start > 1 and words[end - 1].text == "-":
            end -= 1
        end = min(end, sentences.bounds(start)[1])  # a shape never runs into the next sentence ("on X. He said")
        if label == "PERSON":
            if rule.endswith("hyphen-syllable") and end - start > 3 and words[end - 2].text == "-" \
                    and (table.spaces[end - 3] or table.spaces[end - 2]):
                end -= 2  # "Gerry Conlon - who was ...": a dash between spaces, no syllable of the name ("Jong-un")
            while end - start > 1 and self.opens_sentence_only(words, sentences, start):
                start += 1  # "Yesterday Corbyn's team denied", "Appearing Thursday at ..., Hillary Clinton dodged"
            if end - start == 1 and words[start].lower_ in lex.time_words:
                return None
            if start and words[start - 1].lower_ in ("of", "for") and words[end - 1].lower_ in lex.portfolios:
                return None  # "Minister of Foreign Affairs of Ukraine Dmytro Kuleba": an office's portfolio, no name
            if end - start == 3 and words[start + 1].text == "-" and start > 0 and words[start - 1].lower_ == "the" \
                    and words[start].lower_ not in lex.role_words and words[start + 2].lower_ not in lex.role_words:
                # "the Register-Guard reported", "the Sun-Times": one hyphenated name after "the" is a paper's
                # (not an office's, "the Governor-General")
                return Mention(start - 1, end, table.text(start, end), "organization", rule, name_start=start)
            if words[end - 1].lower_ in lex.titles and (article := self.article_before(words, start)) is not None:
                # "The Queensland Premier says", "the new Solomon Islands Prime Minister": an office, no name
                return Mention(article, end, table.text(article, end), "role", rule)
            if start > 0 and words[start - 1].text == "The" and not sentences.is_start(start - 1) \
                    and words[start].lower_ not in lex.role_words:
                # "who presents The Weakest Link", "told The Washington Post": a capital "The" inside a sentence opens
                # the name of a work or a body, never a person's
                return Mention(start - 1, end, table.text(start, end), "organization", rule, name_start=start)
            name_start, title = self.person_parts(table, start, end)
            heads = [k for k in range(name_start, end) if words[k].lower_ in lex.org_heads]
            if heads and heads[-1] == end - 1:  # "Charles de Gaulle Airport", "Goldman Sachs Group": named after someone
                return self.from_candidate(sdoc, table, sentences, start, end, "ORG", rule)
            if heads:  # "European Council President Charles Michel": the name follows its body and title
                name_start = heads[-1] + 1
                while name_start < end and words[name_start].lower_ in lex.titles:
                    name_start += 1
                if end - name_start < 2:  # no full name left ("Council President", "Goldman Sachs Group")
                    if name_start == heads[-1] + 1 and name_start < end:  # "Amnesty International Kenya": a branch
                        return self.from_candidate(sdoc, table, sentences, start, end, "ORG", rule)
                    return None
                title = None
            honorific = name_start > start and words[name_start - 1].lower_.rstrip(".") in lex.honorifics
            if not honorific and all(
                words[k].text in lex.demonyms or words[k].lower_ in lex.role_words or words[k].lower_ in lex.portfolios
                for k in range(name_start, end)
            ):
                return None  # "Foreign Minister", "Home Minister", "Mongolian Government" (but "Mr Farmer" is a name)
            if end - start > 1 and lex.places_body(words, start, end):
                # "Police Scotland", "Health Canada", "Statistics Canada": a body named by its field and its country
                return Mention(start, end, table.text(start, end), "organization", rule, name_start=start)
            if not honorific and (lex.names_body(table.text(name_start, end)) or lex.names_body(table.text(start, end))):
                # "the United States warned", "Goldman Sachs said", "Manchester City striker Erling Haaland"
                # (not "Mr Ford": a form of address is a person's, whatever the company of that name)
                opening = start - 1 if start > 0 and words[start - 1].lower_ == "the" else start
                return Mention(opening, end, table.text(name_start, end), "organization", rule, name_start=name_start)
            role, role_start = self.role_before(sdoc, name_start)
            role = role or title
            if name_start > 0 and words[name_start - 1].is_lower and words[name_start - 1].lower_ in lex.org_heads \
                    and not self.title_complement(words, name_start - 1, sentences.bounds(start)[0]):  # "Chairman of the board X"
                # a body's common noun right before the name: "forecasting firm BIS Shrapnel", "the miner Rio Tinto"
                return Mention(start, end, table.text(name_start, end), "organization", rule, name_start=name_start)
            if role and " " not in role and role.lower().rstrip(".") in lex.honorifics:  # "Mr.", "Mr": no role ("Sen." is one)
                role = None
            while role and " " in role and lex.address_only(role.rsplit(None, 1)[1].lower()):
                role = role.rsplit(None, 1)[0]  # "Union Health Minister Dr Harsh Vardhan": the minister's, without "Dr"
            after, after_end = self.role_after(sdoc, end)
            return Mention(start, end, table.text(name_start, end), "person", rule, role=role or after,
                           role_span=(min(role_start, start), after_end), name_start=name_start)
        if label == "ORG":
            first = start + (1 if words[start].lower_ == "the" and end - start > 1 else 0)
            return Mention(start, end, table.text(first, end), "organization", rule, name_start=first)
        while end - start > 1 and words[start].is_stop and words[start].lower_ not in QUANTIFIERS \
                and words[start].lower_ not in lex.role_words:
            start += 1  # "But UN diplomats said": the sentence's conjunction is no part of the source
        return Mention(start, end, table.text(start, end), "role", rule)

    @staticmethod
    def article_before(words: list[Word], start: int) -> int | None:
        """The "the" before a shape, past up to two lowercase modifiers ("the new ..."), if there is one."""
        k = start - 1
        while k >= max(0, start - 3) and words[k].is_alpha and words[k].is_lower and words[k].lower_ != "the" \
                and not words[k].is_stop:
            k -= 1
        return k if k >= 0 and words[k].lower_ == "the" else None

    def resolve(self, sdoc: Doc, mentions: list[Mention], cue_tokens: set[int] = frozenset()) -> None:
        """Attach each mention to an entity, creating entities for new names."""
        words = TokenTable.of(sdoc).words
        people: list[Entity] = []
        orgs: list[Entity] = []
        roles: dict[str, Entity] = {}
        recent: list[Entity] = []  # persons and groups in subject position, latest last
        # Entities last named as the subject of a reported clause, with the end of that sentence: after
        # it, the pronoun refers to the speaker ("told the jury that Marsh had ... “...,” he said").
        clause_only: dict[int, int] = {}
        sentences = Sentences.of(sdoc)
        subjects: list[tuple[int, Entity]] = []  # persons in subject position, by first token
        named_at: dict[int, int] = {}  # entity id -> first token of its latest mention in subject position
        bearer_at: dict[int, int] = {}  # person id -> first token of its latest naming as a subject, not a possessor
        partners: dict[int, Entity] = {}  # person id -> the person it was last named with as a joint subject
        for m in mentions:
            span_chars = m.name_chars(sdoc)
            if self.in_capitals(words, sentences, m.start):
                # a headline in capitals ("BANKERS REPORT BREAKTHROUGH ON VENEZUELAN DEBT") names no one the story
                # refers back to: "the bankers said" is not "BANKERS", "The company said" not "NCR CORP"'s "CORP"
                m.entity = None if m.kind == "pronoun" else Entity(m.text, m.kind, m.role, m.rule, first_mention=span_chars)
                continue
            if m.rule.startswith(EPITHET):
                m.entity = self.epithet_person(sdoc, m, subjects)
                continue
            if m.kind == "pronoun":
                low = OBJECT_PRONOUNS.get(words[m.start].lower_, words[m.start].lower_)
                want = PRONOUNS[low]
                gender = PRONOUN_GENDERS.get(low)
                # a pronoun with its own reporting verb is no one a report was about ("Cosgrove says the man
                # was discharged, but he says he will not comment": Cosgrove), even in the same sentence
                reporting = self.subject_of_cue(words, m.start, cue_tokens)
                # nor, closing its sentence after a comma, anyone named in the words it reports ("The suspect
                # lived there, and the victim came over to see him, he said.": not the victim)
                closing = reporting and m.start > 0 and words[m.start - 1].text == "," \
                    and self.ends_clause(words, self.cue_after(words, m.start) + 1)
                sent_start, sent_end = sentences.bounds(m.start)
                if closing:  # ... nor after it: they were named only in what it reports
                    clause_only.update((id(ent), sent_end) for ent in recent if named_at[id(ent)] >= sent_start)
                for ent in reversed(recent):
                    if clause_only.get(id(ent), len(words)) <= m.start or reporting and id(ent) in clause_only:
                        continue
                    if want == "group" and not self.is_group(ent):
                        continue  # "Mayor defends cuts ... They both agreed": not the mayor
                    if want == "person" and not self.is_one_person(ent):
                        continue  # "A spokeswoman for the ministry said ... She said": the spokeswoman
                    if want == "body" and not self.is_body(ent):
                        break  # "It said" after "The bureau said": the bureau; after "An army spokesman said": unknown
                    if not (gender and ent.gender and ent.gender != gender):
                        # of two people last named together ("Kishida and President Xi Jinping met. He said"),
                        # the one the story named as a subject more often
                        partner = partners.get(id(ent))
                        if want == "person" and partner is not None and not (gender and partner.gender and partner.gender != gender) \
                                and sum(e is partner for _, e in subjects) > sum(e is ent for _, e in subjects):
                            ent = partner
                        m.entity = ent
                        break
                continue
            if m.kind == "person":
                key = surname(m.text)
                bearers = [e for e in people if surname(e.name) == key and same_bearer(e.name, m.text)]
                if len(bearers) > 1:  # "Mr Blake" is not Joyce Blake (a lone bearer's gender may be a guess: "Mr Shirley Strachan")
                    gender = self.gender_of(words, m)
                    bearers = [e for e in bearers if not (gender and e.gender and e.gender != gender)] or bearers
                # of two people sharing a surname, a bare "Fenech" is the one last named as a subject
                ent = max(bearers, key=lambda e: bearer_at.get(id(e), -1), default=None)
                parts = m.text.split()
                described = ent is None and len(parts) == 2 and parts[0].istitle() \
                    and (parts[0].lower() in self.lex.role_nouns or parts[0].lower() in self.lex.positions)
                if described:  # "Oceanographer Pattiaratchi said" after "Charitha Pattiaratchi": a role noun and the surname
                    ent = max((e for e in people if surname(e.name) == key and " " in e.name),
                              key=lambda e: bearer_at.get(id(e), -1), default=None)
                    if ent is not None:
                        m.text, m.name_start = parts[1], m.end - 1
                if ent is None:  # "Xi" and "Xi Jinping", "Mary" and "Mary Jones", in either order
                    first = m.text.split()[0].lower()
                    ent = next((e for e in people if e.name.split()[0].lower() == first
                                and (" " not in m.text or " " not in e.name)), None)
                if ent is None and " " not in m.text:  # "Lula" for "Luiz Inácio Lula da Silva"
                    ent = next((e for e in people if key in middle_names(e.name)), None)
                if ent is None and " " not in m.text and (org := org_by_first_word(m.text, orgs)) is not None:
                    org.add_alias(m.text)  # "Acme said" after "Acme Corp", "Tesla" after "Tesla Inc."
                    m.kind, ent = "organization", org
                elif ent is None:
                    ent = Entity(m.text, "person", m.role, m.rule, first_mention=span_chars)
                    people.append(ent)
                else:
                    if len(m.text) > len(ent.name) and (surname(m.text) == surname(ent.name) or m.text.startswith(ent.name + " ")):
                        shorter = ent.name  # named first by a part: "Kennedy said ... Robert F. Kennedy Jr. said"
                        ent.name, ent.first_mention = m.text, span_chars
                        ent.add_alias(shorter)
                    ent.add_alias(m.text)
                    if m.role and ent.role and m.role.lower().endswith(" " + ent.role.lower()):
                        ent.role = m.role  # "spokesman Dmitry Peskov ... Kremlin spokesman Dmitry Peskov": whose
                    ent.role = ent.role or m.role
                if ent.kind == "person":
                    ent.gender = ent.gender or self.gender_of(words, m)
            elif m.kind == "organization":
                ent = next((e for e in orgs if same_org(e.name, m.text)), None)
                if ent is None and " " not in m.text:
                    ent = org_by_first_word(m.text, orgs)  # "Tesla said" after "Tesla Inc."
                if ent is None and m.text.lower() in self.lex.org_names:  # "Shell" after "Royal Dutch Shell"
                    ent = next((e for e in orgs if e.name.lower().endswith(" " + m.text.lower())), None)
                if ent is None:
                    ent = Entity(m.text, "organization", None, m.rule, first_mention=span_chars)
                    orgs.append(ent)
                else:
                    ent.add_alias(m.text)
            else:
                ent = self.office_holder(m, people, roles) or self.resolve_role(m, people, roles, span_chars, orgs, recent)
                if ent.kind == "role":
                    ent.gender = ent.gender or self.gender_of(words, m)
            m.entity = ent
            # an object with a relative clause is that clause's subject: "typified by Mary Jones, who said ..."
            relative_subject = m.end + 1 < len(words) and words[m.end].text == "," and is_relative(words[m.end + 1], ("who",))
            # ...as is whoever a statement was made by: "This was stated by Prime Minister Oyun-Erdene ... He noted"
            # (a passive's agent, not a participle's: "the £7.4m announced by Chancellor Gordon Brown. She said")
            k = m.opening - (m.opening > 0 and words[m.opening - 1].lower_ == "the")
            agent = k > 2 and words[k - 1].lower_ == "by" and words[k - 2].lower_ in STATED_BY \
                and words[k - 3].lower_ in BE_FORMS
            if (not m.oblique or relative_subject or agent) and ent.kind in ("person", "role", "organization"):
                if ent in recent:
                    recent.remove(ent)
                recent.append(ent)
                named_at[id(ent)] = m.start
                if m.reported:
                    clause_only[id(ent)] = sentences.bounds(m.start)[1]
                else:
                    clause_only.pop(id(ent), None)
                if ent.kind == "person":
                    subjects.append((m.start, ent))
                    joined = m.conjunct_of.entity if m.conjunct_of is not None else None
                    if joined is not None and joined is not ent and joined.kind == "person":
                        partners[id(ent)] = joined
                    else:
                        partners.pop(id(ent), None)
                    if not (m.end < len(words) and words[m.end].text in APOSTROPHE_S):
                        bearer_at[id(ent)] = m.start  # a possessor is no subject: "Raymond Fenech, Yorgen Fenech’s uncle, said"

    @staticmethod
    def in_capitals(words: list[Word], sentences: Sentences, k: int) -> bool:
        """Whether the token at k is in a sentence written all in capitals, a wire headline ("SHULTZ SAYS NO
        RESIGNATION OVER IRAN REPORT"): three words of two letters or more, none with a lowercase letter."""
        start, end = sentences.bounds(k)
        capitals = 0
        for w in words[start:end]:  # (most sentences stop at their first word, "The")
            if w.is_upper:
                capitals += len(w.text) > 1
            elif any(c.islower() for c in w.text):
                return False
        return capitals >= 3

    def epithet_person(self, sdoc: Doc, m: Mention, subjects: list[tuple[int, Entity]]) -> Entity | None:
        """Who "the Dutchman" or "the 56-year-old" is: of the persons named as subjects earlier in its
        paragraph whose gender agrees, the one named so most often, the latest among equals (the story's
        main figure: "Tony Lockett ... Lockett retired ... Kelvin Templeton says ... the 35-year-old" is
        Lockett); no one when there is none (an age or a nationality cannot be checked)."""
        table = TokenTable.of(sdoc)
        paragraph = doc_text(sdoc).rfind("\n", 0, table.idx[m.start]) + 1
        gender = self.gender_of(table.words, m)
        counts: dict[int, int] = {}
        latest: dict[int, Entity] = {}  # by id, in the order of each one's latest naming
        for start, ent in subjects:
            if table.idx[start] >= paragraph and not (gender and ent.gender and ent.gender != gender):
                counts[id(ent)] = counts.get(id(ent), 0) + 1
                latest.pop(id(ent), None)
                latest[id(ent)] = ent
        return max(reversed(latest.values()), key=lambda ent: counts[id(ent)], default=None)

    def is_group(self, ent: Entity) -> bool:
        """What "they" can refer to: an organisation, or a described source that is plural or a body
        ("officials", "the union", "the company"), never one person ("the mayor", "a spokesman")."""
        if ent.kind == "organization":
            return True
        if ent.kind != "role":
            return False
        head = role_head(ent.name)
        return head in self.lex.org_heads or head in GROUP_NOUNS or is_plural(head)

    def is_body(self, ent: Entity) -> bool:
        """What "it" can refer to as a speaker: an organisation, or a described source that is one body or
        a document ("the company", "the report"), not a person or a plural."""
        if ent.kind != "role":
            return ent.kind == "organization"
        head = role_head(ent.name)
        return not ent.vague and (head in self.lex.org_heads or head in DOCUMENT_NOUNS)

    @staticmethod
    def cue_after(words: list[Word], i: int) -> int:
        """The token after the word at i, past "also", "has"...: where its reporting verb would be."""
        k = i + 1
        while k < len(words) and words[k].lower_ in VERB_GAP:
            k += 1
        return k

    @classmethod
    def subject_of_cue(cls, words: list[Word], i: int, cue_tokens: set[int]) -> bool:
        """Whether the word at i stands right before a reporting verb, past "also", "has"...: "It also says"."""
        return cls.cue_after(words, i) in cue_tokens

    def is_one_person(self, ent: Entity) -> bool:
        """What "he" or "she" can refer to: a person, or a described source that is one person ("a
        spokeswoman for the ministry", "a police officer who was at the scene"), not a body, a plural, a
        vague source, a document ("a report") or a work ("The film shows ... she confesses": not the film)."""
        if ent.kind != "role":
            return ent.kind == "person"
        head = role_head(ent.name)
        return not ent.vague and not self.is_group(ent) and head not in DOCUMENT_NOUNS and head not in self.lex.work_nouns

    def gender_of(self, words: list[Word], m: Mention) -> str | None:
        """Female or male when the mention's title or role says so ("Mrs", "Police spokeswoman"), else
        when its given name does ("Mary Jones"; a one-word name is a surname and says nothing)."""
        start, end = m.role_span or (m.start, m.end)
        for k in range(start, end):
            gender = self.lex.genders.get(words[k].lower_.rstrip("."))
            if gender:
                return gender
        first = m.start if m.name_start is None else m.name_start
        gender = self.lex.given_names.get(words[first].lower_) if m.end - first > 1 else None
        if gender is None and m.kind == "person" and len(last := words[m.end - 1].lower_) >= 5:
            # a surname's ending that tells: "Zakharova", "Peskov" (rules/given_names.tsv, "-ova", "-ov")
            gender = next((g for tail, g in self.lex.surname_endings if last.endswith(tail)), None)
        return gender

    def office_holder(self, m: Mention, people: list[Entity], roles: dict[str, Entity]) -> Entity | None:
        """'the Head of State' -> the last named person whose role holds one of its holders' titles
        (rules/office_epithets.tsv: a president, a king ...), no vice president; None if there is none. A
        nationality before the office ("the Mongolian head of government") is a word the role must hold too."""
        words = m.text.lower().split()
        nationality = words[1:2] if len(words) > 2 and words[1] in self.lex.demonyms else []
        if " ".join(words[1:]) in self.lex.office_epithets:
            nationality = []  # "the UN chief": a body's epithet, listed whole
        titles = self.lex.office_epithets.get(" ".join(words[1 + len(nationality):])) if words[0] == "the" else None
        if titles is None and nationality and words[0] == "the":
            titles = self.lex.nationality_epithets.get(" ".join(words[2:]))  # "the Russian leader"
        if titles and (source := self.earlier_source(words, roles)) is not None and not source.name.lower().startswith("the "):
            return None  # "a Hamas leader said ... the leader said": that described source, no office holder
        for ent in reversed(people) if titles else ():
            if any(self.holds_office(ent, [*title.split(), *nationality], ()) for title in titles):
                ent.add_alias(m.text)
                return ent
        return None

    @staticmethod
    def holds_office(ent: Entity, office: Iterable[str], said: Iterable[str]) -> bool:
        """Whether a person's role names an office: each of its words, by stem ("armenian", "armenia"), and no
        rank word that the words said of it leave out ("the president" is no vice president)."""
        role = set(ent.role.lower().split()) if ent.role else set()
        return stems_all(office, role) and not (role & RANK_WORDS) - set(said)

    def body_named_again(self, text: str, orgs: Iterable[Entity]) -> Entity | None:
        """"the statistical office" after "Mongolia's National Statistical Office": the last body named with
        every word of a definite description whose noun heads bodies (rules/org_heads.txt), now its alias."""
        words = text.lower().split()
        if len(words) < 3 or words[0] != "the" or words[-1] not in self.lex.org_heads:
            return None
        for body in reversed(list(orgs)):
            if stems_all(words[1:], body.name.lower().split()):
                body.add_alias(text)
                return body
        return None

    def resolve_role(self, m: Mention, people: list[Entity], roles: dict[str, Entity],
                     span_chars: tuple[int, int], orgs: list[Entity] = (), recent: list[Entity] = ()) -> Entity:
        """'the researcher' -> the person with that role word last a subject, else last named ('the foreign
        minister': whose role says "foreign" too, so not the Prime Minister; 'the president': not the vice president);
        'the official' -> the last described source with that noun ('a senior administration official');
        otherwise a new described source."""
        words = m.text.lower().split()
        head = words[-1]
        definite = words[0] == "the" and len(words) <= 5  # "the Union Health Minister"
        office = words[1:]
        owner = words[0].removesuffix("'s").removesuffix("’s")
        if owner != words[0] and owner in self.lex.places and len(words) <= 4 and head in self.lex.titles:
            # "Kazakhstan's president": "the Kazakh president" (not "Ukraine's military": no office, a body of its own)
            definite, office = True, [owner, *words[1:]]
        if "of" in words[2:-1] and words[words.index("of", 2) - 1] in self.lex.titles:
            # "the President of Mongolia": the title, its country to agree with the role ("Mongolian President");
            # a state's form is no word of it ("the President of the Kyrgyz Republic": of Kyrgyzstan)
            head = words[words.index("of", 2) - 1]
            office = [w for w in words[1:] if w not in ("of", "the") and w not in STATE_FORMS]
            definite = words[0] == "the" and len(office) <= 4
        holders = [ent for ent in people if self.holds_office(ent, office, words)] if definite and head in self.lex.titles else []
        if holders:
            # of several, the one last a subject ("Battsetseg said ..., according to the foreign minister" after
            # talks with Lavrov), else the last named
            ent = max(reversed(holders), key=lambda e: last_index(recent, e))
            # ...unless a described source of that office spoke since: "Kremlin spokesperson Dmitry Peskov
            # said ... the Mongolian spokesperson said ... According to the spokesperson": the Mongolian one
            source = self.earlier_source(words, roles)
            if source is not None and last_index(recent, source) > last_index(recent, ent):
                ent = source
            ent.add_alias(m.text)  # "the Armenian defense minister": the Minister of Defense of Armenia
            return ent
        if (body := self.body_named_again(m.text, orgs)) is not None:
            return body
        if definite and len(words) == 2 and head in DOCUMENT_NOUNS and not m.oblique:
            # "“...,” the statement said" after "the Foreign Ministry announced ...": the body that spoke last
            body = next((e for e in reversed(recent) if e.kind == "organization"), None)
            if body is not None:
                body.add_alias(m.text)
                return body
        if definite and len(words) == 2 and head in self.lex.org_heads:
            # "The command said" after "the Edo State Police Command": the body whose name has that noun
            body = next((e for e in reversed(orgs) if head in e.name.lower().split()), None)
            if body is None and not m.oblique and words[-1] not in self.lex.vague:
                # "Goldman Sachs raised its forecast. ... the bank said": the last body to speak or act as a subject
                # of the same kind ("the company" is not "the Australian Services Union" named last); a plural
                # described source is no singular body ("the ministry said Mongolian authorities are obliged
                # to ... '...,' the department said": the ministry)
                body = next((e for e in reversed(recent) if e.kind == "role" and not is_plural(e.name.split()[-1].lower())
                             or e.kind == "organization" and self.same_kind(head, e.name)), None)
                body = body if body is not None and body.kind == "organization" \
                    and body.name.lower() not in self.lex.places else None  # not "China said ... the bank said"
            if body is not None:
                body.add_alias(m.text)
                return body
        if definite and (earlier := self.earlier_source(words, roles)) is not None:
            earlier.add_alias(m.text)
            return earlier
        key = " ".join(w for w in words if w not in DETERMINERS)
        if key not in roles:
            vague = len(words) == 1 and head in self.lex.vague
            roles[key] = Entity(m.text, "role", None, m.rule, first_mention=span_chars, vague=vague)
        else:
            roles[key].add_alias(m.text)
        return roles[key]


    def same_kind(self, noun: str, name: str) -> bool:
        """Whether "the <noun>" can be the body of this name: a company noun ("company", "bank", "carmaker")
        for a name without an organisation's head ("Goldman Sachs") or with a company's ("Qantas Airways"), any
        other noun ("union", "agency") for one without a company's head."""
        heads = [w for w in name.lower().split() if w in self.lex.org_heads]
        return not heads or all(w in self.lex.company_nouns for w in heads) == (noun in self.lex.company_nouns)

    @staticmethod
    def earlier_source(words: list[str], roles: dict[str, Entity]) -> Entity | None:
        """The latest described source that "the official" or "the senior official" (lowercased `words`)
        refers back to: the same noun in the same number, all of the mention's words ("A senior administration
        official ... the official said"; not "a Samsung spokesman" for "the company", nor "the Minister" for "the
        ministers")."""
        for ent in reversed(roles.values()):
            head = role_head(ent.name)
            if not ent.vague and same_stem(head, words[-1]) and is_plural(head) == is_plural(words[-1]) \
                    and stems_all(words[1:], ent.name.lower().split()):
                return ent
        return None


def last_index(entities: list[Entity], entity: Entity) -> int:
    """Where an entity stands in a list by identity (-1 if absent): entities with equal fields may differ."""
    return next((i for i in range(len(entities) - 1, -1, -1) if entities[i] is entity), -1)


def stems_all(words: Iterable[str], of: Iterable[str]) -> bool:
    """Whether each word has one of the same stem among `of`: an office's words in a role ("armenian defense
    minister" in "Minister of Defense of Armenia"), a body's in its name ("statistical office")."""
    of = tuple(of)
    return all(any(same_stem(w, o) for o in of) for w in words)


def same_stem(word: str, other: str) -> bool:
    """Two lowercase words of one office: equal, one a 4-letter-or-longer start of the other ("armenian",
    "armenia"; "kenyan", "kenya"), or the same office for a man, a woman or anyone ("spokesman",
    "spokeswoman", "spokesperson"; "chairman", "chair")."""
    short, long_ = sorted((word, other), key=len)
    if short == long_ or len(short) >= 4 and long_.startswith(short):
        return True
    owner = next((w for w in (word, other) if w.endswith(("'s", "’s"))), None)
    if owner is not None and (country := owner[:-2]) and len(country) >= 4:
        # a country's possessive and its nationality: "ukraine's", "ukrainian"; "china's", "chinese"
        nationality = other if owner is word else word
        if nationality.startswith(country) or country[-1] in "ae" and nationality.startswith(country[:-1]) \
                and len(nationality) > len(country):
            return True
    return (word.endswith(GENDERED_TAILS) or other.endswith(GENDERED_TAILS)) \
        and len(stem := GENDERED_ENDING.sub("", word)) >= 4 and stem == GENDERED_ENDING.sub("", other)


def speaker_record(entity: Entity, document, quotes: int) -> Speaker:
    """The record of an entity that is quoted in this document."""
    _, source = document.source([entity.first_mention])
    # the name's words as pieces of the raw text, joined by single spaces as the name is ("Child  advocates")
    pieces = tuple((a + m.start(), a + m.end()) for a, b in source.spans for m in NAME_RUN.finditer(document.raw[a:b]))
    if len(pieces) > len(source.spans) and " ".join(document.raw[a:b] for a, b in pieces) == entity.name:
        source = replace(source, spans=pieces)
    return Speaker(
        sources=(source,), name=entity.name, aliases=tuple(entity.aliases), role=entity.role,
        kind=entity.kind, quotes=quotes, rule=entity.rule,  # type: ignore[arg-type]
    )


def same_person(a: Speaker, b: Speaker) -> bool:
    """Two person records name the same person: same surname and compatible given names or initials."""
    return same_bearer(a.name, b.name)


@lru_cache(maxsize=8192)
def same_bearer(a: str, b: str) -> bool:
    """Two names can be one person's: the same surname, and given names that agree where both have one
    ("E. Odbayar" and "Odbayar", "E.Odbayar" and "Enkhbold Odbayar"; not "Marina Silva" and "Luiz Inácio
    Lula da Silva")."""
    return surname(a) == surname(b) and given_names_agree(a, b)


def given_names_agree(a: str, b: str) -> bool:
    """Two names' first given names agree where both have one ("E." and "Enkhbold"; not "Sarah" and "James")."""
    # a lowercase particle is no given name: "van Sebille" is Erik van Sebille's
    first_a, first_b = ([p for p in name_parts(n)[:-1] if not p[0].islower()] for n in (a, b))
    if not first_a or not first_b:
        return True
    x, y = first_a[0].lower(), first_b[0].lower()
    return x.startswith(y) or y.startswith(x)


def same_speaker(a: Speaker, b: Speaker) -> bool:
    """Records of different documents that stand for one speaker (described sources never merge)."""
    if a.kind != b.kind or not a.merges_across_documents:
        return False
    if a.kind == "person":
        return same_person(a, b)
    return same_org(a.name, b.name)


def merge_speakers(speakers: list[Speaker]) -> list[Speaker]:
    """One record per speaker across documents: names become aliases, sources and counts add up.

    Sources gather in lists and become tuples once, at the end, so a name found in thousands of
    documents costs linear time; described sources, which never merge, are never compared.
    """
    merged: list[Speaker] = []
    sources: list[list[Source]] = []
    quotes: list[int] = []
    joinable: list[int] = []  # indices into `merged` of the records others may join
    for sp in speakers:
        joins = sp.merges_across_documents
        into = next((i for i in joinable if same_speaker(merged[i], sp)), None) if joins else None
        if into is None:
            if joins:
                joinable.append(len(merged))
            merged.append(sp)
            sources.append(list(sp.sources))
            quotes.append(sp.quotes)
            continue
        m = merged[into]
        name = max((m.name, sp.name), key=len)
        aliases = [a for a in dict.fromkeys((m.name, *m.aliases, sp.name, *sp.aliases)) if a != name]
        merged[into] = replace(m, name=name, aliases=tuple(aliases), role=m.role or sp.role)
        sources[into] += sp.sources
        quotes[into] += sp.quotes
    return [
        m if q == m.quotes and len(s) == len(m.sources) else replace(m, quotes=q, sources=tuple(s))
        for m, s, q in zip(merged, sources, quotes)
    ]


__all__ = ["Entity", "Mention", "MentionFinder", "SpeakerLexicon", "is_relative", "merge_speakers", "speaker_record"]
