"""Reading quantity expressions in a spaCy Doc: "over 20 percent", "$1.2bn", "-40 degrees Celsius",
"tens of thousands", "one in three", "10-20 km", "the 85th anniversary", with their normalised value,
unit and qualifier, and deciding which are checkable claims (not dates, clock times, identifiers,
page or list numbers).

Where a number may start is decided once per word and kept (`QuantityReader.number_starts`):
LIKE_NUM tokens, quantity words ("thousands", "half", "dozen") and tokens holding a digit that the
tokenizer left whole ("2.5bn", "−40", "HK$5bn", "Rs5"). Everything else is read only around
those tokens, with vocabularies from the rule lists (units, currencies, scales, number words,
qualifiers, vague amounts...), so the cost grows with the numbers, not the text. (A SpanRuler for the same starts costs about six times as much.)
"""
from __future__ import annotations

import re
from collections.abc import Container
from itertools import compress
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .errors import RulesError
from .rules import Rules
from .speakers import BE_FORMS
from .tokens import TokenTable, doc_text, gerund_shape, per_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPASS_POINTS = frozenset({"N.", "S.", "E.", "W.", "N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.E.", "N.W.", "S.E.", "S.W."})
VIDEO_LINES = frozenset({"144", "240", "360", "480", "576", "720"})  # "720p": lines of a video picture, not pence
STERLING_WORDS = frozenset({"£", "pence", "penny", "pound", "pounds", "sterling", "share", "shares", "stock", "stocks", "price", "prices"})
BLOOD_PRESSURE = re.compile(r"(?P<high>\d{2,3})/(?P<low>\d{2,3})")  # "130/80 mm Hg"
RACE_TIME = re.compile(r"(?:(?P<h>\d{1,2}):)?(?P<m>[0-5]?\d):(?P<s>[0-5]\d(?P<frac>\.\d+)?)")  # "2:01:09", "1:52.98"
CLOCK_PREPOSITIONS = frozenset({"at", "until", "till", "from", "since", "by"})  # before "10:30:15": a clock time
ONE_MEASURES = frozenset({"length", "mass", "volume", "area"})  # kinds of the units "a"/"an" may count: "up to a foot"
RELATIVE_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight"})  # "Yesterday 300 people ...": no name

TEMPERATURE_LINKS = frozenset({"at", "of", "to", "and", "or", "a", "the", "near", "around", "about"})  # "highs of 104, 100 and 100"
PLACE_PLURALS = ("ns", "ians", "is")  # a place's people: Tanzania-ns, Brazil-ians, Israel-is
NUMERAL = re.compile(
    r"(?P<pre>[^\d\s]*?)(?P<sign>[-−–+])?(?P<num>(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?|\.\d+)(?P<suffix>[^\W\d_]*|%|[°º][CF]?|²|[″′])"
)
GLUED_RANGE = re.compile(r"(?P<a>\d[\d,]*(?:\.\d+)?)(?P<sa>[^\W\d_]+)[-–](?P<b>\d[\d,]*(?:\.\d+)?)(?P<sb>[^\W\d_]*)")  # "3bn-4bn", "5km-6"
NUMERAL_RANGE = re.compile(r"(?P<a>\d[\d,]*(?:\.\d+)?)(?P<pa>%?)[-–](?P<b>\d[\d,]*(?:\.\d+)?)")
YEAR = re.compile(r"1\d{3}|20\d{2}|2100")
QUOTE_MARK = re.compile(r'(?<![\d.])"')  # a straight double quote that is no inch mark
FEET_INCHES = re.compile(r"(?P<foot>\d)[′'’](?P<inch>\d{1,2}(?:\.\d+)?)[″\"]?")  # "5′10″", "6'2"
THOUSANDS = re.compile(r"\d{3}")
DOI_PREFIX = re.compile(r"10\.\d{4,9}")  # a DOI's registrant prefix before its glued slash: "10.1038/nature12373"
FRACTION = re.compile(r"(?P<a>\d{1,3})/(?P<b>\d{1,3})")
SMALLER_PART = re.compile(r"\d{1,3}(?:\.\d+)?")  # "589.8" of "MNT11 trillion 589.8 billion"
HYPHEN_DENOMINATORS = frozenset({2, 4, 8, 16, 32, 64})  # "11-1/2", "10-13/16": a whole number and its fraction
GLYPH_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
                   "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
DECADE = re.compile(r"(?:(?P<part>early|mid|late)-)?(?P<tens>[1-9]0)s")  # "in his 60s", "in his mid-40s"
AGE_COMPARATIVES = {"younger", "older"}  # before "than" and a number: an age
AGE_BOUNDS = {"under", "over"}  # after people, an age's bound: "Children under 5", "adults over 65"
AGE_POSSESSIVES = {"his", "her", "their", "my", "your", "our"}
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}  # "in her late 20s": 27-29
TEEN_PARTS = {(0, 3): (13, 15), (4, 6): (15, 16), (7, 9): (17, 19)}  # "in their late teens": 17-19
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
GLUED_MARKS = {"-", "–", "/", "&", "'", "’"}  # after a letter, they make it part of a name ("F-16", "AT&T")
RANGE_JOINERS = {"to", "-", "–", "—"}
CLOCK_JOINERS = RANGE_JOINERS | {"and", "until", "till", "through"}  # "from 3 to 9 p.m.", "between 2 and 4 pm"
# Words that, besides units, counted nouns, scale, fraction and number words, may follow a spelled-out
# number or a year that is a claim: ranges, "one in three", "two-thirds", "50 or more".
JOINERS = {"-", "–", "to", "and", "or", "in", "out", "of", "%"}
COUNT_MODIFIERS = {"other", "more", "additional", "extra", "further", "new"}  # "Article 5 and 30 other rules": a count
LIST_JOINERS = {",", "and", "or", "&", "to", "-", "–", "through"}  # "junctions 10 and 11", "pages 10, 11 and 12"
DETERMINERS = {"the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "both", "all", "each", "every"}
MORE_OR_LESS = {"more", "less", "fewer", "higher", "lower", "bigger", "smaller", "larger", "greater", "cheaper", "dearer",
                "longer", "shorter", "faster", "slower", "up", "down"}  # after a fraction: the size of a change ("a third fewer")
GLUED_QUALIFIERS = {"plus", "+", "odd"}  # post qualifiers only when written against the figure or its hyphen: "50-plus", "100+"
GROUP_MODIFIERS = {"last", "first", "next", "top", "past"}  # "12 of their last 13 games"
PERFECT_FORMS = {"have", "has", "had"}  # with a "be" form, a passive's auxiliaries: "five were killed", "two have been hurt"
COMPARATIVES = {"more", "less", "fewer", "as", "the", "that", "what", "its", "their"}  # after "twice", "three times"
MULTIPLE_DETERMINERS = {"the", "that", "this", "those", "these", "its", "their", "his", "her", "our", "what"}  # "double the average"
PERIOD_MODIFIERS = {"consecutive", "straight", "successive", "more", "additional", "extra", "further", "full", "whole",
                    "working", "business", "trading", "calendar"}  # "31 consecutive days", "10 working days"
# before "half" or "quarter": a period ("this half", "the latter half", "the year-ago quarter")
PERIOD_DETERMINERS = DETERMINERS | {"this", "that", "per", "latter", "former", "same", "ago", "consecutive", "straight",
                                    "successive", "fiscal", "calendar"}  # "the fourth straight quarter"
SPREAD_WORDS = {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"}  # "range from X to Y": a range, not a change
RELATIVE_TIME = {"ago", "earlier", "later", "previously", "prior"}  # after "a year": a point in time, not a rate
SIGN_WORDS = {"minus": -1, "negative": -1}
FOCUS_WORDS = {"just", "only", "merely"}  # before the second figure of a range or change: "from 36 to just 21 days"
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
               "must", "should", "shall", "do", "does", "did"}
WORD_MONTHS = {"may", "march"}  # months that are common words too: a date only capitalised
PERSON_PREPOSITIONS = {"for", "against", "with"}  # before a name and an age between commas: no place ("bail for Reid, 28,")
SENTENCE_ENDS = {".", "!", "?"}
WS = re.compile(r"[\s\u00a0-]+")
LETTERS = re.compile(r"[^\W\d_]+")
LOWER_WORD = re.compile(r"\b[a-z]+\b")
LOWER_WORDS = "mnquotes.lower_words"
NUMBER_STARTS = "mnquotes.number_starts"
LOCAL_DOLLAR = "mnquotes.local_dollar"
OF = re.compile(r"[ \t\u00a0]+of(?=[ \t\u00a0])")


INDEX_WORDS = frozenset({"index", "indexes", "indices"})  # after a name's number: the index it names
STUFF_KINDS = frozenset({"volume", "mass", "energy"})  # measures of a stuff: "barrels of oil a day" is a flow
REACH_VERBS = frozenset({"reached", "reaches", "reach", "totaled", "totalled", "totals", "topped", "tops"})  # "cases reached 64"
RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}  # after a stuff
DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.K.": a name's letters inside a counted phrase


@dataclass(frozen=True)
class Quantity:
    """A quantity expression read at token positions [start, end) of a Doc (qualifier included when
    it belongs to the text); `rule` says which reading made it a claim."""

    start: int
    end: int
    value: float | None
    unit: str | None
    kind: str  # percent, money, count, people, fraction, vague, ordinal, or a unit kind (length, time...)
    rule: str
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    noun: int | None = None  # token of the counted noun ("3.3 million people"), if any
    char_end: int | None = None  # where the text ends when a unit ends inside a token ("km/h" of "km/h.")
    after: int | None = None  # first token after the expression and its counted noun
    bare: bool = False  # digits with nothing after them: may take the unit of a parallel claim
    bare_scaled: bool = False  # digits and a scale with nothing after them ("1.29 billion"): may take the unit it is compared with
    covers: int = 0  # a token up to which the expression covers what follows it: a bracketed conversion ("(8 km)")


@dataclass(slots=True)
class Number:
    """A number as written, before its unit: value (or low/high), token span, how it was written."""

    start: int
    end: int
    value: float | None
    kind: str = "cardinal"  # cardinal, ordinal, fraction, vague, range
    digits: bool = True
    scale: float = 1.0  # the scale word's multiplier ("3.3 million": 1e6), 1 without one
    year_like: bool = False
    unit: tuple[str, str] | None = None  # a unit written against the number ("40C", "5pc")
    currency: str | None = None  # a currency written against the number ("HK$5bn")
    qualifier: str | None = None  # a qualifier sign written against it ("~50")
    lettered: bool = False  # its currency is a letter of letter_currencies ("R23"): money only if money-shaped
    grouped: bool = False  # written with thousands separators ("2,500", "10 000")
    low: float | None = None
    high: float | None = None

    @property
    def scaled(self) -> bool:
        return self.scale != 1.0


def lower_words(doc: Doc) -> frozenset[str]:
    """Words the document writes in lower case, computed once per Doc (one regex pass over its text)."""
    words = doc.user_data.get(LOWER_WORDS)
    if words is None:
        words = doc.user_data[LOWER_WORDS] = frozenset(LOWER_WORD.findall(doc_text(doc)))
    return words


def plain_digits(text: str) -> bool:
    """Is the word digits only ("1", not "1.5", "£1")?"""
    return text.isdigit() and text.isascii()


def holds_digit(word: str) -> bool:
    """A word that may hold a number without being LIKE_NUM ("2.5bn", "-40C", "HK$12", "½")."""
    return word in GLYPH_FRACTIONS or any(c.isdigit() for c in word)


def rows(rules: Rules, name: str, columns: int) -> list[list[str]]:
    """A TSV rule list's rows, each with at least `columns` cells; a short row is a rules error."""
    out = rules.table(name)
    for row in out:
        if len(row) < columns:
            raise RulesError(f"{name}: row {row[0]!r} needs {columns} tab-separated columns")
    return out


def alternation(aliases: list[str]) -> str:
    """Regex alternation of literal aliases, longest first, spaces matching any run of blanks or a hyphen."""
    parts = [r"[ \t\u00a0-]+".join(re.escape(w) for w in a.split()) for a in sorted(set(aliases), key=len, reverse=True)]
    return "|".join(parts) or r"(?!x)x"


def cased(alias: str) -> bool:
    return alias != alias.lower()


@dataclass
class Lexicon:
    """The vocabularies of quantities, read once from the rule lists."""

    units: dict[str, tuple[str, str]]  # alias -> (unit, kind); cased aliases as written, others lower
    pre_units: dict[str, tuple[str, str]]  # lower-case alias -> (unit, kind) of units also written before the number
    unit_factors: dict[str, float]  # alias (as keyed in `units`) -> the multiplier it carries ("mb/d": a million)
    materials: frozenset[str]  # aliases that are also a material or modifier ("3 stone walls")
    glued: frozenset[str]  # aliases that are a unit only written against the number ("12st", not "42 St Kilda Road")
    unit_re: re.Pattern[str]
    unit_heads: frozenset[str]  # how unit aliases start (see `head`): a cheap test before `unit_re`
    pre_currencies: dict[str, str]
    local_dollar_re: re.Pattern[str]  # a dollar written symbol first ("$A8,800"): "$" alone is then that dollar
    letter_currencies: dict[str, str]  # letters that are a currency against money-shaped digits only ("R23 billion", "Sh2.5bn")
    scales: dict[str, tuple[float, bool]]  # word -> (multiplier, is an abbreviation)
    cardinals: dict[str, int]
    ordinals: dict[str, int]
    fraction_words: dict[str, int]
    vague: dict[tuple[str, ...], tuple[float, float]]  # words -> band, before a scale word
    vague_alone: frozenset[str]  # vague words that are an amount by themselves ("thousands")
    qualifiers: dict[tuple[str, ...], tuple[str, str]]  # words -> (qualifier, pre|prep|post)
    count_nouns: dict[str, str]
    next_nouns: frozenset[str]  # count nouns that are participles: a count only right after the number ("20 killed")
    of_nouns: frozenset[str]  # count nouns that count only before "of" ("300 head of cattle", not "3 head injuries")
    time_words: frozenset[str]
    labels: frozenset[str]
    time_frames: frozenset[str]
    span_words: frozenset[str]  # words after a duration that name a thing by it ("a seven-day rolling average", "10-year bonds")
    change_words: frozenset[str]
    ordinal_nouns: dict[str, str]
    per_nouns: dict[str, str]  # noun -> unit a measure is counted per ("a share" -> share), besides units
    multipliers: dict[str, tuple[float, str]]  # word -> (factor, use: alone | compare | base): "tripled", "twice", "double the"
    compounds: dict[tuple[str, str], float]  # (unit, smaller unit) -> smaller per unit: ("foot", "inch") -> 12
    bare_parts: dict[str, tuple[str, str]]  # unit -> its smaller (unit, kind) when that may go unwritten: "6 foot 4", "12st 7"
    money_words: frozenset[str]  # words before "pounds" that make them sterling ("fined 500 pounds")
    rank_words: frozenset[str]  # words before an ordinal that make it a rank ("ranked 12th", "finished third")
    age_words: frozenset[str]  # words before a number that make it an age ("aged 30", "at the age of 30")
    dimensions: frozenset[str]  # words after a spaced one-letter unit that make it one ("1.85 m tall")
    metre_words: frozenset[str] = frozenset()  # words before a bare "100m." that make it metres ("ran 100m.")
    million_words: frozenset[str] = frozenset()  # words before a bare "7.75m." that make it million ("profit", "people")
    person_nouns: frozenset[str] = frozenset()  # nouns of one person: "his wife, 78," is an age
    places: frozenset[str] = frozenset()  # places and demonyms: "Kenya, 30," is no age
    org_names: frozenset[str] = frozenset()  # organisations by name: "Sterling" may be a name, no gerund
    multiple_bases: frozenset[str] = frozenset()  # after "N times", a multiple: "30 times earnings"
    demonyms: frozenset[str] = frozenset()  # nationalities: their plural counts people ("865 Palestinians")
    phone: dict[str, frozenset[str]] = field(default_factory=dict)  # number | dial | line -> words ("call 999")
    temperature: dict[str, frozenset[str]] = field(default_factory=dict)  # reading | context -> words ("a record high at 108")
    state_groups: dict[str, frozenset[str]] = field(default_factory=dict)  # name | noun -> groups of countries ("Nato members")
    durations: frozenset[str] = frozenset()  # singular time units that "a"/"an" may count ("for a decade")
    singles: frozenset[str] = frozenset()  # singular measure units that "a"/"an" counts after a qualifier ("up to a foot")
    decades: dict[str, int] = field(default_factory=dict)  # "forties" -> 40, "teens" -> 13: "in his forties"
    start_words: frozenset[str] = frozenset()  # words a quantity may start with besides LIKE_NUM ones
    followers: frozenset[str] = frozenset()  # words after "two" or "2022" without which neither is a claim
    rates: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # (unit, per unit) -> the rate's unit: (mile, hour) -> mph
    qualifiers_by_last: dict[str, list[tuple[tuple[str, ...], str, str]]] = field(default_factory=dict)
    qualifiers_by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for w, v in [*self.cardinals.items(), *((w, m) for w, (m, abbr) in self.scales.items() if not abbr)]:
            self.multipliers.setdefault(w + "fold", (float(v), "alone"))  # "tenfold", "hundredfold"
        self.durations = frozenset(a for a, (unit, kind) in self.units.items()
                                   if kind == "time" and a == unit and a not in self.ordinals)  # not "second"
        for alias, rate in self.units.items():  # "miles per hour" -> mph: "160 miles (257 km) an hour" is mph too
            parts = alias.split(" per ")
            if len(parts) == 2 and parts[0] in self.units and parts[1] in self.units:
                self.rates.setdefault((self.units[parts[0]][0], self.units[parts[1]][0]), rate)
        self.decades = {w[:-1] + "ies": v for w, v in self.cardinals.items() if w.endswith("y") and v % 10 == 0} | {"teens": 13}
        self.singles = frozenset(a for a, (unit, kind) in self.units.items()
                                 if kind in ONE_MEASURES and a.isalpha() and a.islower() and not a.endswith("s") and len(a) > 2)
        words = set(self.vague_alone) | set(self.fraction_words) | set(self.multipliers) | set(self.durations) | set(self.singles) \
            | {w for w, (_, abbr) in self.scales.items() if not abbr} | set(self.decades)
        self.start_words = frozenset(words)
        self.followers = frozenset({*self.unit_heads, *self.count_nouns, *self.scales, *self.fraction_words,
                                    *self.cardinals, *JOINERS, *(w + "s" for w in self.ordinals), "times"})
        for words_, (qualifier, where) in sorted(self.qualifiers.items(), key=lambda kv: -len(kv[0])):
            index = self.qualifiers_by_first if where == "post" else self.qualifiers_by_last
            index.setdefault(words_[0] if where == "post" else words_[-1], []).append((words_, qualifier, where))

    @classmethod
    def load(cls, rules: Rules) -> Lexicon:
        units: dict[str, tuple[str, str]] = {}
        pre_units: dict[str, tuple[str, str]] = {}
        factors: dict[str, float] = {}
        materials: set[str] = set()
        glued: set[str] = set()
        for alias, unit, kind, *where in rows(rules, "units.tsv", 3):
            key = alias if cased(alias) else alias.lower()
            units[key] = (unit, kind)
            if where[:1] == ["pre"]:
                pre_units[alias.lower()] = (unit, kind)
            elif where[:1] == ["material"]:
                materials.add(key)
            elif where[:1] == ["glued"]:
                glued.add(key)
            elif where[:1] and where[0].replace(".", "", 1).isdigit():
                factors[key] = float(where[0])
        pre: dict[str, str] = {}
        letters: dict[str, str] = {}
        local: list[str] = []
        for alias, code, where, *local_ in rows(rules, "currencies.tsv", 3):
            if local_[:1] == ["local"]:
                local.append(alias)
            if where in ("pre", "both"):
                pre[alias] = code
            if where == "letter":
                letters[alias] = code
            if where in ("post", "both"):
                units[alias if cased(alias) else alias.lower()] = (code, "money")
        ci = [a for a in units if not cased(a)]
        cs = [a for a in units if cased(a)]
        unit_re = re.compile(
            r"(?P<gap>[ \t\u00a0]*-?[ \t\u00a0]*)(?:(?P<ci>(?i:" + alternation(ci) + r"))|(?P<cs>" + alternation(cs) + r"))(?![^\W_])"
        )
        numbers = rows(rules, "number_words.tsv", 3)
        vague = rows(rules, "vague_amounts.tsv", 4)
        return cls(
            units=units,
            pre_units=pre_units,
            unit_factors=factors,
            materials=frozenset(materials),
            glued=frozenset(glued),
            unit_re=unit_re,
            unit_heads=frozenset(head(a) for a in units),
            pre_currencies=pre,
            local_dollar_re=re.compile(r"(?<![\w$])(?:" + alternation(local) + r")(?=[ \t\u00a0]?\d)"),
            letter_currencies=letters,
            scales={w.lower(): (float(v), form == "abbr") for w, v, form, *_ in rows(rules, "scales.tsv", 3)},
            cardinals={w: int(v) for w, v, k, *_ in numbers if k == "cardinal"},
            ordinals={w: int(v) for w, v, k, *_ in numbers if k == "ordinal"},
            fraction_words={w: int(d) for w, d, *_ in rows(rules, "fraction_words.tsv", 2)},
            vague={tuple(w.lower().split()): (float(lo), float(hi)) for w, lo, hi, *_ in vague},
            vague_alone=frozenset(w.lower() for w, _, _, use, *_ in vague if use == "alone"),
            qualifiers={tuple(p.lower().split()): (q, where) for p, q, where, *_ in rows(rules, "qualifiers.tsv", 3)},
            count_nouns={n.lower(): u for n, u, *_ in rows(rules, "count_nouns.tsv", 2)},
            next_nouns=frozenset(n.lower() for n, _, *where in rows(rules, "count_nouns.tsv", 2) if where[:1] == ["next"]),
            of_nouns=frozenset(n.lower() for n, _, *where in rows(rules, "count_nouns.tsv", 2) if where[:1] == ["of"]),
            time_words=frozenset(rules.lowered("time_words.txt")),
            labels=frozenset(rules.lowered("number_labels.txt")),
            time_frames=frozenset(rules.lowered("time_frames.txt")),
            span_words=frozenset(rules.lowered("span_words.txt")),
            change_words=frozenset(rules.lowered("change_words.txt")),
            ordinal_nouns={n.lower(): mode for n, mode, *_ in rows(rules, "ordinal_nouns.tsv", 2)},
            per_nouns={n.lower(): u for n, u, *_ in rows(rules, "per_nouns.tsv", 2)},
            multipliers={w.lower(): (float(v), use) for w, v, use, *_ in rows(rules, "multiplier_words.tsv", 3)},
            compounds={(a, b): float(n) for a, b, n, *_ in rows(rules, "compound_units.tsv", 3)},
            bare_parts={a: (b, kind) for a, b, _, *bare in rows(rules, "compound_units.tsv", 3) if bare[:1] == ["bare"]
                        for kind in [next(k for u, k in units.values() if u == b)]},
            money_words=frozenset(rules.lowered("money_words.txt")),
            rank_words=frozenset(rules.lowered("rank_words.txt")),
            age_words=frozenset(rules.lowered("age_words.txt")),
            dimensions=frozenset(rules.lowered("dimension_words.txt")),
            metre_words=frozenset(rules.lowered("metre_words.txt")),
            million_words=frozenset(rules.lowered("money_words.txt")) | frozenset(rules.lowered("measure_nouns.txt"))
            | frozenset(n.lower() for n, *_ in rows(rules, "count_nouns.tsv", 2)),
            person_nouns=frozenset(rules.lowered("person_nouns.txt")),
            places=frozenset(rules.lowered("places.txt")) | frozenset(rules.lowered("demonyms.txt")),
            demonyms=frozenset(rules.lowered("demonyms.txt")),
            org_names=frozenset(rules.lowered("org_names.txt")),
            multiple_bases=frozenset(rules.lowered("multiple_bases.txt")),
            phone={role: frozenset(w.lower() for w, r, *_ in rows(rules, "phone_words.tsv", 2) if r == role)
                   for role in ("number", "dial", "line")},
            temperature={role: frozenset(w.lower() for w, r, *_ in rows(rules, "temperature_words.tsv", 2) if r == role)
                         for role in ("reading", "context")},
            state_groups={role: frozenset(w.lower() for w, r, *_ in rows(rules, "state_groups.tsv", 2) if r == role)
                          for role in ("name", "noun")},
        )

    def unit_of(self, alias: str) -> tuple[str, str] | None:
        """(unit, kind) of a unit or currency alias as written, e.g. "km" or "Celsius"."""
        key = self.unit_key(alias)
        return None if key is None else self.units[key]

    def unit_key(self, alias: str) -> str | None:
        """The key of `units` a unit alias as written is found under (itself, or in lower case)."""
        alias = WS.sub(" ", alias).strip()
        return alias if alias in self.units else alias.lower() if alias.lower() in self.units else None


def head(text: str) -> str:
    """The leading letters of a word or alias, lower case, else its first character: "km/h" -> "km"."""
    m = LETTERS.match(text)
    return (m.group(0) if m else text[:1]).lower()


def value_of(text: str) -> float:
    return float(text.replace(",", ""))


def scaled(value: float, factor: float) -> float:
    """value × factor without binary noise: both are written in decimal, so 15 significant digits
    are exact ("$4.1bn" is 4100000000, not 4099999999.9999995)."""
    return float(f"{value * factor:.15g}")


def shared_scale(first: Number, second: Number) -> float:
    """The scale the first figure of a range takes from the second: its scale word ("10 to 20 million"), or
    its thousands when spoken short ("13 to 14,000 feet": 13,000, for a second of whole thousands under twice it)."""
    if first.scaled:
        return 1.0
    if second.scaled or not second.grouped or first.value is None or second.value is None or first.value != int(first.value):
        return second.scale
    return 1000.0 if 0 < first.value < 1000 and second.value % 1000 == 0 and first.value * 1000 <= second.value < first.value * 2000 else 1.0


class QuantityReader:
    """Finds the quantity expressions of a Doc (see the module docstring)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lx = lexicon
        self.starts_number: dict[int, bool] = {}  # word (orth) -> whether a number may start at it

    # -- finding -----------------------------------------------------------------------------------
    def number_starts(self, doc: Doc) -> list[int]:
        """Token indices where a number may start, each word tested once and remembered."""
        table = TokenTable.of(doc)
        starts = per_word(self.starts_number, table,
                          lambda word: word.like_num or word.lower_ in self.lx.start_words or holds_digit(word.text))
        return list(compress(range(len(starts)), starts))

    def find(self, doc: Doc) -> list[Quantity]:
        """The claim-worthy quantities of a Doc, in order."""
        found: list[Quantity] = []
        done = 0
        for i in self.number_starts(doc):
            if i < done:
                continue
            q = self.read(doc, i)
            if q is not None:
                found.append(q)
                done = max(q.end, q.covers)
        return self.shared_units(doc, found)

    def shared_units(self, doc: Doc, found: list[Quantity]) -> list[Quantity]:
        """A bare number listed before a measure with "or"/"and" takes its unit and scale: "13 or 15 inches",
        "2, 3, or 4 inches", "2 or 3 million barrels", "3 or 4 medals"."""
        doc_words = TokenTable.of(doc).words
        shared: set[int] = set()
        for n in range(len(found) - 2, -1, -1):
            first, second = found[n], found[n + 1]
            between = {doc_words[k].lower_ for k in range(first.end, second.start)}
            if not first.bare or second.unit == "count" or second.value is None or not between \
                    or not between <= {",", "or", "and"} or between == {","} and n + 1 not in shared:
                continue
            if "," in between and between != {","} and second.unit == "percent" and n + 1 not in shared \
                    and (first.start == 0 or doc_words[first.start - 1].text != ","):
                continue  # "Hungary (32 800, or 18%)": a figure restated as a share, no list ("2, 3, or 4 percent")
            scale = 1.0
            for k in range(second.start, second.end):
                if k in self.number_starts_set(doc):
                    num = self.number(doc, k, money=second.kind == "money")
                    scale = num.scale if num is not None else 1.0
                    break
            found[n] = replace(first, unit=second.unit, kind=second.kind, rule=second.rule, bare=False,
                               value=scaled(first.value, scale))  # type: ignore[arg-type]
            shared.add(n)
        return found

    # -- reading one expression ----------------------------------------------------------------------
    def read(self, doc: Doc, i: int) -> Quantity | None:
        """The claim-worthy quantity whose number starts at token i, or None."""
        doc_words = TokenTable.of(doc).words
        decade = self.decade_age(doc, i)
        if decade is not None:
            return decade
        currency, start = self.currency_before(doc, i)
        num = self.number(doc, i, money=currency is not None)
        if num is None:
            return None
        if num.currency and num.start < i:
            currency = None  # "$US1,000": the symbol is part of the number's own currency
        elif currency is not None and doc_words[start].text == "$":
            currency = self.local_dollar(doc) or currency  # "$10 million" after "$A8,800" in the same document
        currency = currency or num.currency
        start = min(start, num.start)
        if num.kind == "ordinal":
            return self.ordinal(doc, num)
        if start > 0 and not currency and num.unit is None and doc_words[start - 1].lower_ in self.lx.pre_units:
            num.unit, start = self.lx.pre_units[doc_words[start - 1].lower_], start - 1  # "magnitude 7.8"
        elif start > 1 and not currency and num.unit is None and doc_words[start - 1].lower_ == "of" \
                and doc_words[start - 2].lower_ in self.lx.pre_units:
            num.unit, start = self.lx.pre_units[doc_words[start - 2].lower_], start - 2  # "a magnitude of 6.6"
        elif start > 1 and not currency and num.unit is None and num.kind == "cardinal" and not num.year_like \
                and doc_words[start - 2].lower_ == "factor" and doc_words[start - 1].lower_ == "of":
            num.unit = ("times", "multiplier")  # "by a factor of 10": a multiplier
            start -= 3 if start > 2 and doc_words[start - 3].lower_ in ("a", "an") else 2
        if (not num.digits or num.year_like) and num.kind == "cardinal" and not num.scaled and not currency and num.unit is None \
                and not any(doc_words[k].lower_ in self.lx.followers for k in range(num.end, min(num.end + 3, len(doc)))) \
                and not (self.after_age_word(doc, start) and not num.year_like) \
                and not (start > 1 and not num.year_like and self.age_bound(doc, start - 1, num.end, num)) \
                and self.fraction_after(doc, num).kind == "cardinal":
            return None  # the commonest non-claims ("one of", "two countries", "in 2022"), rejected early
        sign = 1
        qualifier, text_start = self.qualifier_before(doc, start)
        if text_start == start and start > 0 and doc_words[start - 1].lower_ in SIGN_WORDS and num.value is not None:
            sign = SIGN_WORDS[doc_words[start - 1].lower_]  # "minus 5", not "plus or minus 3" (a qualifier)
            start -= 1
            qualifier, text_start = self.qualifier_before(doc, start)
        if qualifier == "range" and not self.joined(doc, num.end, ("and",)):
            qualifier, text_start = "exact", start
        if qualifier == "up to" and text_start == start - 2 and start > 2 and doc_words[start - 3].lower_ in self.lx.change_words:
            qualifier, text_start = "exact", start  # "ticked up to 4.5%": a verb's particle and the level reached, no bound
        if num.qualifier and qualifier == "exact":
            qualifier = num.qualifier
        num = self.fraction_after(doc, num)
        end = num.end
        unit = num.unit
        kind = "count"
        if currency:
            unit, kind = (currency, "money")
        elif unit:
            kind = unit[1]
            unit = unit[0]  # type: ignore[assignment]
        char_end = None
        if currency or num.unit:
            u = None
            glued = self.glued_unit(doc, num) if num.unit is not None and not currency else None
            if glued is not None:
                u, factor = glued[:3], glued[3]
                if factor != 1 and num.value is not None:
                    num.value, num.scale = scaled(num.value, factor), num.scale * factor  # "4.3mb/d": million barrels a day
        elif num.kind == "fraction":
            u = self.unit_of_one(doc, end, num)
            if u is None and doc_words[num.start].text in GLYPH_FRACTIONS:
                u = self.unit_after(doc, end, num)  # "½ inch"
            u = u or self.point_after(doc, end, num)  # "a quarter point", "a half-point cut"
            if u is not None:
                num.kind = "cardinal"  # "half a percentage point": an amount of the unit, not a share
        else:
            u = self.unit_after(doc, end, num) or self.times_after(doc, end) or (
                self.unit_of_one(doc, end, num) if num.value is not None and 0 < num.value < 1 else None)  # "0.25 of a per cent"
        if u is not None:
            (unit, kind), end, char_end = u  # type: ignore[assignment]
            if unit == "percentage point" and doc_words[end - 1].lower_ == "pp" and num.value is not None and num.value > 100:
                return None  # "Knopf, 220 pp., $16.99": pages; no change of rate is hundreds of points
            if unit == "lb" and doc_words[end - 1].lower_ in ("pound", "pounds") and (
                    self.money_context(doc, start) or self.per_currency(doc, end, "GBP") is not None
                    or doc_words[end - 1].lower_ == "pound" and (num.scaled or num.kind == "vague")
                    or end + 1 < len(doc) and doc_words[end].lower_ in ("of", "in")
                    and doc_words[end + 1].lower_ in self.lx.money_words):
                unit, kind = "GBP", "money"  # "fined 500 pounds", "49.5 pounds per dollar", "a five million pound deal",
                # "1.3 billion pounds of damage", "2 million pounds in compensation": money
        if unit is not None and not currency:
            part = self.smaller_part(doc, end, unit) if num.value is not None and num.kind == "cardinal" else None  # type: ignore[arg-type]
            while part is not None:  # "6 ft 2 in", "12st 7lb", "2 hours 5 minutes 30 seconds": one amount of the smallest unit
                factor, extra, unit, end, char_end = part
                num.value = num.value * factor + extra  # type: ignore[operator]
                part = self.smaller_part(doc, end, unit)  # type: ignore[arg-type]
        low = high = None
        value = num.value if num.value is None else sign * num.value
        if num.kind == "range":  # "5–7 days", written as one token
            low, high, value = num.low, num.high, None
            qualifier = "range" if qualifier == "exact" else qualifier
        elif num.kind == "vague":
            low, high, value = num.low, num.high, None
            qualifier = "vague"
        joiners = ("and",) if qualifier == "range" else RANGE_JOINERS
        multiplying = num.unit == ("times", "multiplier") and not num.digits and doc_words[num.start].lower_ in self.lx.multipliers
        second = self.range_end(doc, end, joiners, num, money=bool(currency), falling=qualifier == "range") \
            if num.kind == "cardinal" and not multiplying else None  # "between 100 and 99-16/32" is a range too
        # ("more than doubled to 4,421": a change and the level it reaches, no range)
        if second is None and num.kind == "cardinal" and unit is not None and kind != "count" and end < len(doc) \
                and doc_words[end].text == "(":
            covered = self.conversion_after(doc, end, kind)  # "between 250 euros (£173) and 600 euros": past the conversion
            second = self.range_end(doc, covered, joiners, num, money=bool(currency)) if covered is not None else None
        if unit is None and not currency and self.clock_after(doc, num, end):
            return None  # "from 3 to 9 p.m.", "open 10 to 6 pm", "10 to 20 May": the first figure is a time or date too
        # "fell 10p to 250p", "grew by 0.7% to 67.6 million": a change with its own unit and a new level,
        # not a range (but "fell 3-4%" and "fell 3 to 4 percent" are ranges)
        # (before the qualifier: "fell by about 2 points to 98", "from roughly 4.1 to 8.2 million")
        change = self.change_before(doc, text_start) and end < len(doc) and doc_words[end].lower_ == "to" and (
            unit is not None or second is not None and second[2] is None and second[0].value is not None and num.value is not None
            and second[0].value > 3 * num.value)  # "shares climbed 19 to 151-1/2": a move and the price it reaches
        from_to = text_start > 0 and doc_words[text_start - 1].lower_ == "from" and self.joined(doc, end, ("to",)) \
            and not (text_start > 1 and doc_words[text_start - 2].lower_ in SPREAD_WORDS)
        if from_to and second is None and unit is None and not currency and num.kind == "cardinal":
            second = self.range_end(doc, end, ("to",), num, money=False, falling=True)  # "from 36 to just 21 days"
        if second is not None and unit is not None and (second[2] is not None and second[2] != (unit, kind)
                                                        or second[2] is None and second[1] < len(doc) and self.dating(doc[second[1]])):
            second = None  # "3.2 percent to $78.50": two measures, not a range; "the six months to 30 June": a period and its end
        elif second is not None and kind == "percent" and second[2] is None and second[0].value >= 100:  # type: ignore[operator]
            second = None  # "up 54 points or 1.37% to 3,988.6": a change and the level it reaches
        scaled_range = False
        if second is not None and not from_to and not change:
            other, end2, unit2 = second
            scaled_range = other.scaled  # "four to six million cows": the scale measures the whole range
            char_end = None
            if unit is None and unit2 is not None:
                unit, kind = unit2
            scale = shared_scale(num, other)  # "between 10 and 20 million", "13 to 14,000 feet"
            low, high, value, qualifier = sign * scaled(num.value, scale), other.value, None, "range"  # type: ignore[operator]
            if low > high:  # type: ignore[operator]
                low, high = high, low  # "between 3,200 and 3,150 points"
            end = end2
        elif from_to and unit is None and second is not None:
            if second[2] is not None:
                unit, kind = second[2]  # "from 5 to 7 percent": the first figure shares the second's unit
            elif kind == "count" and num.kind == "cardinal":
                noun2 = self.counted_noun(doc, second[1])[0]  # "from 155,000 to 110,000 staff": and its counted noun's
                unit = self.noun_unit(doc, noun2) if noun2 is not None else None
            if not num.scaled and second[0].scaled:  # "from 4.1 to 8.2 million": and its scale
                value, num.scale = scaled(value or 0, second[0].scale), second[0].scale
        if kind == "time" and end < len(doc):
            if doc_words[end].lower_ == "ago":
                end, char_end = end + 1, None
            elif doc_words[end].lower_ == "old" or doc_words[end].text == "-" and end + 1 < len(doc) and doc_words[end + 1].lower_ == "old":
                end, char_end = end + (1 if doc_words[end].lower_ == "old" else 2), None  # "a 25-year-old", "five years old"
        if (unit is None or kind == "temperature") and value is not None and value > 0 and end + 1 < len(doc) \
                and doc_words[end].lower_ == "below" and doc_words[end + 1].lower_ == "zero":
            value, end, char_end = -value, end + 2, None  # "20 below zero", "5 degrees below zero": a negative temperature
            if unit is None:
                unit, kind = "degree", "temperature"
        if unit is None and not currency and num.kind == "cardinal" and value is not None and not num.scaled and num.digits \
                and -90 <= value <= 135 and self.bare_temperature(doc, text_start, end):
            unit, kind = "degree", "temperature"  # "a daily record high at 108", "highs at 104, 100 and 100" in a heatwave
        covers = self.conversion_after(doc, end, kind) if unit is not None and kind != "count" else None
        rate = self.rate_after(doc, covers or end, unit, kind) if unit is not None and kind != "count" else None
        flow = self.stuff_rate(doc, end, unit, kind) if rate is None and unit is not None and kind in STUFF_KINDS and not covers else None
        if flow is not None:  # "500,000 barrels of oil a day": barrel/day, the text the measure alone, as "95 percent" of "95
            unit, kind = self.lx.rates.get((unit, flow), (f"{unit}/{flow}", kind))  # percent of its petroleum"
        elif rate is not None:  # "£11.44 an hour", "$78.50 a barrel"; a rate with a unit of its own: "160 miles (257 km) an hour" mph
            (unit, kind), end, char_end = self.lx.rates.get((unit, rate[0]), (f"{unit}/{rate[0]}", kind)), rate[1], None  # type: ignore[arg-type]
        elif unit is None and kind == "count" and num.kind == "cardinal":
            fx = self.exchange_rate(doc, text_start, end)
            if fx is not None:  # "The yen weakened past 150 per dollar": JPY/USD
                unit, kind, end, char_end = fx[0], "money", fx[1], None
        post = self.qualifier_after(doc, end)
        if post is not None:
            (qualifier, end), char_end = post, None
        if kind == "count" and num.kind == "fraction":
            kind = "fraction"
            unit = "fraction"
        noun, after = (None, end)
        aged = unit is None and self.age(doc, text_start, end, num)  # before a counted noun: "aged 12 and under travel free"
        if aged:
            unit, kind = "year", "time"
        elif kind == "count" or num.kind == "vague":
            noun, after = self.counted_noun(doc, end, vague=num.kind == "vague")
            if noun is None and num.kind in ("cardinal", "vague"):
                noun = self.casualty_verb(doc, text_start, end)  # "the strike killed at least four": deaths
            if noun is None and num.kind == "cardinal" and not num.year_like:
                noun = self.subject_noun(doc, text_start)  # "cases rise to at least 64": cases
        if unit is None and noun is not None:
            unit = self.noun_unit(doc, noun) or ("people" if self.demonym_people(doc, noun) else "count")
            if unit == "magnitude":  # "a 7.4 earthquake"; not "the 1960 earthquake"
                unit, kind, noun = (unit, "magnitude", None) if value is not None and 0 < value < 10 else (None, kind, None)
        if not self.is_claim(doc, start, end, num, kind, noun, ranged=qualifier == "range", scaled_range=scaled_range):
            return None
        if num.year_like and kind == "money" and not currency and start > 0 and (doc_words[start - 1].lower_ == "in" or doc_words[
                start - 1].lower_ in ("a", "the") and (end == len(doc) or doc_words[end].is_punct)):
            return None  # "in 2017 dollars", "of a 1999 dollar.": constant dollars of a year, no amount ("cost 2000 dollars" is)
        count_rate = self.rate_after(doc, after, unit or "count", kind) if kind == "count" and noun is not None else None
        if count_rate is not None:  # "5,700 people per square kilometre", "76,000 deaths a year": the noun is in the text
            unit, end, after, char_end = f"{unit}/{count_rate[0]}", count_rate[1], count_rate[1], None
        bare = unit is None and value is not None and num.digits and not num.scaled and num.kind == "cardinal" \
            and not (end < len(doc) and doc_words[end].text[:1].isalpha() and not doc[end - 1].whitespace_)  # "579g": a unit unread
        bare_scaled = unit is None and value is not None and num.digits and num.scaled and num.kind == "cardinal"
        if unit is None:
            unit = "fraction" if num.kind == "fraction" else "count"
        rule = "vague" if num.kind == "vague" else "fraction" if num.kind == "fraction" else "age" if aged else kind
        return Quantity(
            start=text_start, end=end, value=value, unit=unit, kind=kind, rule=rule, qualifier=qualifier,
            low=low, high=high, noun=noun, after=max(after, end), bare=bare, bare_scaled=bare_scaled, char_end=char_end, covers=covers or 0,
        )

    def change_before(self, doc: Doc, k: int) -> bool:
        """Does a verb of change, or "by" after one or after a comparative, end just before token k ("fell 10p",
        "grew by 0.7%", "thinner by 0.4mm")? Then "X to Y" after it is a change and a new level, not a range."""
        words = TokenTable.of(doc).words
        if k == 0:
            return False
        if words[k - 1].lower_ in self.lx.change_words:
            return True
        return k > 1 and words[k - 1].lower_ == "by" and (words[k - 2].lower_ in self.lx.change_words or self.comparative(doc, k - 2))

    def conversion_after(self, doc: Doc, j: int, kind: str) -> int | None:
        """The token after a bracketed conversion of the measure ending at token j ("5 miles (8 km)", "$10 (£8)",
        "30C (86F)", "77m euros (£53m; $100m)"): the same amount in other units of its kind is no claim of its own."""
        doc_words = TokenTable.of(doc).words
        if j + 2 >= len(doc) or doc_words[j].text != "(":
            return None
        k = j + 1
        while True:
            other = self.conversion(doc, k, kind)
            if other is None or other.end + 1 >= len(doc):
                return None
            if doc_words[other.end].text == ")":
                return other.end + 1
            if doc_words[other.end].text not in (";", ","):
                return None
            k = other.end + 1  # "($5.2bn; £2.77bn)": one more conversion

    def conversion(self, doc: Doc, k: int, kind: str) -> Quantity | None:
        """The measure of `kind` starting at token k, whose number starts within its first three tokens ("£8", "US$ 8")."""
        for n in range(k, min(k + 3, len(doc))):
            if n in self.number_starts_set(doc):
                other = self.read(doc, n)
                return other if other is not None and other.start == k and other.kind == kind else None
        return None

    def number_starts_set(self, doc: Doc) -> frozenset[int]:
        """`number_starts` as a set, computed once per Doc."""
        starts = doc.user_data.get(NUMBER_STARTS)
        if starts is None:
            starts = doc.user_data[NUMBER_STARTS] = frozenset(self.number_starts(doc))
        return starts

    def decade_age(self, doc: Doc, i: int) -> Quantity | None:
        """An age as a decade of life after a possessive: "in his 60s" (60-69), "in her late 20s" (27-29),
        "their mid-30s", "in his forties", "in her teens" (13-19); not "the 1990s" or "in the 40s"."""
        doc_words = TokenTable.of(doc).words
        word = doc_words[i].lower_
        m = DECADE.fullmatch(word)
        base = int(m["tens"]) if m else self.lx.decades.get(word)
        if base is None:
            return None
        k = i - 1
        if m and m["part"]:
            part, start = DECADE_PARTS[m["part"]], i
        else:
            if k > 0 and doc_words[k].text == "-" and doc_words[k - 1].lower_ in DECADE_PARTS:
                k -= 1  # "mid-twenties"
            part = DECADE_PARTS.get(doc_words[k].lower_) if k >= 0 else None
            start = k if part is not None else i
            k = k - 1 if part is not None else i - 1
        if k < 0 or doc_words[k].lower_ not in AGE_POSSESSIVES:
            return None
        low, high = (base, 19) if base == 13 else (base, base + 9)
        if part is not None:
            low, high = (TEEN_PARTS[part] if base == 13 else (base + part[0], base + part[1]))
        return Quantity(start, i + 1, None, "year", "time", "age", qualifier="range", low=float(low), high=float(high), after=i + 1)

    def number(self, doc: Doc, i: int, money: bool = False) -> Number | None:
        """The number written at token i (digits, words, a vague amount, a fraction), scale included."""
        tok = TokenTable.of(doc).words[i]
        low = tok.lower_
        if low in self.lx.vague_alone:
            return self.vague_plural(doc, i)
        if low in self.lx.fraction_words:
            return self.fraction_word(doc, i)
        if low in self.lx.multipliers:
            return self.multiplier(doc, i)
        if low in self.lx.durations or low in self.lx.singles:
            return self.one_duration(doc, i, measure=low not in self.lx.durations)
        if tok.text in GLYPH_FRACTIONS:
            return Number(i, i + 1, GLYPH_FRACTIONS[tok.text], kind="fraction")
        pressure = BLOOD_PRESSURE.fullmatch(tok.text)
        if pressure is not None:
            u = self.unit_at(doc, i + 1)
            if u is not None and u[0] == ("mmHg", "pressure"):
                return Number(i, i + 1, float(pressure["high"]))  # "130/80 mm Hg": the systolic figure, the pair its text
        race = RACE_TIME.fullmatch(tok.text)
        if race is not None and (race["h"] or race["frac"]):
            if i > 0 and TokenTable.of(doc).words[i - 1].lower_ in CLOCK_PREPOSITIONS:
                return None  # "at 10:30:15": a clock time
            seconds = round(int(race["h"] or 0) * 3600 + int(race["m"]) * 60 + float(race["s"]), 6)
            return Number(i, i + 1, seconds, unit=("second", "time"))  # "won in 2:01:09", "swam 1:52.98": a time in seconds
        num = self.numeral(doc, i, money) if any(c.isdigit() for c in tok.text) else self.words(doc, i)
        if num is None or num.kind in ("ordinal", "range", "fraction", "vague"):
            return num
        num = self.scale_after(doc, self.and_a_fraction(doc, self.mixed(doc, num)), money or num.currency is not None)
        if num.lettered and not (num.scaled or num.grouped or self.money_context(doc, i) and not self.named_after(doc, num.end)
                                 or self.range_ahead(doc, num.end)):
            return None  # "the N2", "bought N95 masks", "the R5 model": a name or code, not "R23 billion" or "paid R350"
        return num

    def mixed(self, doc: Doc, num: Number) -> Number:
        """A whole number and a fraction after one space: "1 ½ inches", "2 1/2 cups" (not "9 11/12"); or after a glued
        hyphen, as agency copy writes prices and rates in halves to sixty-fourths: "11-1/2", "10-13/16 pct"."""
        table = TokenTable.of(doc)
        j = num.end
        if j >= len(doc) or num.value is None or num.unit is not None or num.year_like or num.value != int(num.value) \
                or not plain_digits(table.words[j - 1].text):
            return num
        hyphen = j + 1 < len(doc) and table.words[j].text == "-" and not table.spaces[j - 1] and not table.spaces[j]
        if not (table.spaces[j - 1] or hyphen):
            return num
        nxt = table.words[j + hyphen].text
        f = FRACTION.fullmatch(nxt)
        if hyphen:
            share = int(f["a"]) / int(f["b"]) if f and int(f["b"]) in HYPHEN_DENOMINATORS and 0 < int(f["a"]) < int(f["b"]) else None
        else:
            share = GLYPH_FRACTIONS.get(nxt) or (int(f["a"]) / int(f["b"]) if f and 0 < int(f["a"]) < int(f["b"]) <= 10 else None)
        if share is None:
            return num
        num.value = num.value + share if num.value >= 0 else num.value - share
        num.end = j + 1 + hyphen
        return num

    def and_a_fraction(self, doc: Doc, num: Number) -> Number:
        """A whole number and a fraction word: "seven and a half (years)", "two and a quarter (million)"."""
        doc_words = TokenTable.of(doc).words
        j = num.end
        if num.value is None or num.unit is not None or num.year_like or j + 2 >= len(doc) or doc_words[j].lower_ != "and" \
                or doc_words[j + 1].lower_ not in ("a", "an", "one") or doc_words[j + 2].lower_ not in self.lx.fraction_words:
            return num
        num.value += 1 / self.lx.fraction_words[doc_words[j + 2].lower_]
        num.end = j + 3
        return num

    def numeral(self, doc: Doc, i: int, money: bool) -> Number | None:
        """A number in digits, with what is glued to it: sign, currency, scale, unit, ordinal suffix."""
        doc_words = TokenTable.of(doc).words
        text = doc_words[i].text
        m = NUMERAL.fullmatch(text)
        if m is None:
            r = NUMERAL_RANGE.fullmatch(text)
            if r is not None:
                a, b = value_of(r["a"]), value_of(r["b"])
                if a < b:
                    n = Number(i, i + 1, None, kind="range", low=a, high=b, year_like=all(YEAR.fullmatch(r[k]) for k in "ab"))
                    if r["pa"]:
                        n.unit = ("percent", "percent")
                    return n
            g = GLUED_RANGE.fullmatch(text)
            if g is not None:
                return self.glued_range(doc, i, g, money)
            f = FRACTION.fullmatch(text)
            if f is not None and 0 < int(f["a"]) < int(f["b"]) <= 10:  # "2/3", not "9/11" or "24/7"
                return Number(i, i + 1, int(f["a"]) / int(f["b"]), kind="fraction")
            h = FEET_INCHES.fullmatch(text)
            if h is not None and float(h["inch"]) < 12:  # "5′10″", "6'2\"": one length in inches, as "6 ft 2 in"
                return Number(i, i + 1, int(h["foot"]) * 12 + float(h["inch"]), unit=("inch", "length"))
            return None
        pre, suffix = m["pre"], m["suffix"]
        num = Number(i, i + 1, value_of(m["num"]), grouped="," in m["num"])
        if suffix in GLYPH_FRACTIONS and m["num"].isdigit():
            num.value += GLYPH_FRACTIONS[suffix]  # type: ignore[operator]
            suffix = ""  # "2½", "1¼ miles"
        if pre.lower() in self.lx.pre_units and m["sign"] in ("-", "–"):
            num.unit = self.lx.pre_units[pre.lower()]  # "magnitude-6.1": a hyphen, not a minus
        elif m["sign"] in ("-", "−", "–"):
            num.value = -num.value  # type: ignore[operator]
        if pre and num.unit is None:
            split = i > 0 and not doc[i - 1].whitespace_ and doc_words[i - 1].text + pre in self.lx.pre_currencies
            if split:  # "$US1,000", "$A8,800": the tokenizer split the symbol from its code
                num.currency, num.start = self.lx.pre_currencies[doc_words[i - 1].text + pre], i - 1
            elif pre in self.lx.pre_currencies and not (m["sign"] and pre[-1].isalpha()):  # "SR-71", "KD-5": a name
                num.currency = self.lx.pre_currencies[pre]
            elif pre in self.lx.letter_currencies and not m["sign"]:
                num.currency, num.lettered = self.lx.letter_currencies[pre], True
            elif (pre,) in self.lx.qualifiers:
                num.qualifier = self.lx.qualifiers[(pre,)][0]
            else:
                return None
        num.year_like = len(m["num"]) == 4 and m["num"].isdigit() and 1000 <= num.value <= 2100  # type: ignore[operator]
        if not suffix:
            if len(m["num"]) <= 3 and m["num"].isdigit():
                self.space_groups(doc, num)
            return num
        low = suffix.lower()
        if low in ORDINAL_SUFFIXES and not pre and m["num"].isdigit() and not self.glued_measure(doc, num, m["num"], low):
            num.kind = "ordinal"
            return num
        if low == "m" and not money and not num.currency and not self.glued_million(doc, num, i + 1):
            num.unit = self.lx.unit_of(suffix)  # "a 3m-high wall": metres
            return num
        if low in self.lx.scales and not num.currency:
            glued = self.glued_unit(doc, num)
            if glued is not None and glued[0][1] != "money":
                num.unit = glued[0]  # "160,000b/d": the letter opens a unit, no scale; `read` takes the rest of it
                return num
        if low in self.lx.scales:  # "$1.2bn", "N2trillion"
            num.scale = self.lx.scales[low][0]
            num.value = scaled(num.value, num.scale)  # type: ignore[arg-type]
            return num
        unit = self.lx.unit_of(suffix)
        if unit is not None and unit[1] == "money" and unit[0].endswith(("-pence", "-cent")) and len(m["num"]) >= 4 \
                and m["num"].isdigit():
            return None  # "1080p", "2160p": a video resolution or code; a thousand pence is written "1,080p"
        if unit is not None and unit[0] == "GBP-pence" and suffix == "p" and m["num"] in VIDEO_LINES and not self.pence_sentence(doc, i):
            return None  # "records at 720p": a video resolution where nothing else in the sentence is sterling or shares
        if unit is not None:
            num.unit = unit
            if unit[1] == "money":
                num.currency, num.unit = unit[0], None
            return num
        glued = self.glued_unit(doc, num)
        if glued is not None and glued[0][1] != "money":
            num.unit = glued[0]  # "4.3mb/d": `read` takes the rest of the unit
            return num
        return None

    def pence_sentence(self, doc: Doc, i: int) -> bool:
        """Does the sentence of token i write sterling ("£", "pence", another "p" amount) or shares ("shares fell to 480p")?"""
        sent = doc[i].sent
        for t in sent:
            if t.i != i and (t.text.startswith("£") or t.lower_ in STERLING_WORDS
                             or t.text[-1:] == "p" and t.text[:-1].replace(".", "", 1).isdigit()
                             and t.text[:-1] not in VIDEO_LINES and len(t.text) < 5):  # "720p and 1080p": both video
                return True
        return False

    def glued_measure(self, doc: Doc, num: Number, digits: str, suffix: str) -> bool:
        """Is an ordinal-looking suffix a unit glued to the number ("12st 7lb": stone)? When it is no
        ordinal of the number ("12st") or a smaller part follows ("21st 4lb"); sets the unit."""
        unit = self.lx.unit_of(suffix)
        if unit is None:
            return False
        tens, last = digits[-2:-1], digits[-1]
        proper = {"1": "st", "2": "nd", "3": "rd"}.get(last, "th") if tens != "1" else "th"
        if suffix == proper and self.smaller_part(doc, num.end, unit[0]) is None:
            return False
        num.unit = unit
        return True

    def glued_range(self, doc: Doc, i: int, g: re.Match[str], money: bool) -> Number | None:
        """A range written as one token with its scale or unit on both ends ("£3m-4m", "$3bn-4bn", "5km-6km";
        the tokenizer may leave the second suffix a token of its own)."""
        table = TokenTable.of(doc)
        end, suffix = i + 1, g["sb"]
        if not suffix and end < len(doc) and not table.spaces[i] and table.words[end].lower_ == g["sa"].lower():
            end, suffix = end + 1, table.words[end].text
        if suffix.lower() != g["sa"].lower():
            return None
        low, high = value_of(g["a"]), value_of(g["b"])
        num = Number(i, end, None, kind="range", low=low, high=high)
        scale = self.lx.scales.get(g["sa"].lower())
        if scale is not None and (money or g["sa"].lower() != "m" or self.glued_million(doc, num, end)):
            num.low, num.high, num.scale = scaled(low, scale[0]), scaled(high, scale[0]), scale[0]
        else:
            num.unit = self.lx.unit_of(g["sa"])
        return num if num.unit is not None or num.scaled and low < high else None

    @staticmethod
    def space_groups(doc: Doc, num: Number) -> None:
        """Groups of three digits after one space each continue the number: "10 000", "1 500 000", "R500 000"."""
        table = TokenTable.of(doc)
        j = num.end
        while j < len(doc) and table.spaces[j - 1] and doc[j - 1].whitespace_ == " " and THOUSANDS.fullmatch(table.words[j].text):
            num.value = num.value * 1000 + int(table.words[j].text)  # type: ignore[operator]
            num.grouped = True
            j += 1
        num.end = j

    def words(self, doc: Doc, i: int) -> Number | None:
        """A number in words: "four", "twenty-five", "two hundred and fifty", "eighty-fifth", "a dozen"."""
        doc_words = TokenTable.of(doc).words
        lx = self.lx
        total = current = 0.0
        j = i
        seen = False
        ordinal = None
        while j < len(doc):
            w = doc_words[j].lower_
            if w in lx.cardinals:
                current += lx.cardinals[w]
            elif w in lx.scales and not lx.scales[w][1]:
                mult = lx.scales[w][0]
                if mult < 1000:
                    current = (current or 1) * mult
                else:
                    total += (current or 1) * mult
                    current = 0
            elif w in lx.ordinals:
                ordinal = lx.ordinals[w]
                j += 1
                seen = True
                break
            elif seen and w == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and j + 1 < len(doc) \
                    and (doc_words[j + 1].lower_ in lx.cardinals or doc_words[j + 1].lower_ in lx.ordinals):
                j += 1
                continue
            elif seen and w == "and" and doc_words[j - 1].lower_ in lx.scales and j + 1 < len(doc) and doc_words[j + 1].lower_ in lx.cardinals:
                j += 1
                continue
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        start = i
        if i > 0 and doc_words[i - 1].lower_ in ("a", "an") and doc_words[i].lower_ in lx.scales:
            start = i - 1  # "a dozen", "a million"
        value = total + current
        if ordinal is not None:
            if not value:
                return Number(start, j, ordinal, kind="ordinal", digits=False)
            if ordinal >= 100:
                return Number(start, j, value * ordinal, kind="ordinal", digits=False)  # "two hundredth"
            if value % 10 == 0 and ordinal < 10 and doc_words[j - 2].text == "-":
                return Number(start, j, value + ordinal, kind="ordinal", digits=False)  # "eighty-fifth"
            if value < ordinal and doc_words[j - 2].text == "-":
                return Number(start, j - 2, value, digits=False)  # "one-third": `fraction_after` reads the rest
            return None
        first = doc_words[i].lower_
        if first in lx.scales and start == i and i > 0 and holds_digit(doc_words[i - 1].text):
            return None  # "XY1 billion": the scale of digits that could not be read, no number of its own
        scale = 1.0
        for w in doc_words[i:j]:
            if w.lower_ in lx.scales:
                scale *= lx.scales[w.lower_][0]
        if first in lx.scales:
            vague = self.vague_before(doc, start)
            if vague is not None:  # "several thousand", "a few hundred", "several hundred thousand"
                (lo, hi), vstart = vague
                return Number(vstart, j, None, kind="vague", digits=False, low=lo * scale, high=(hi + 1) * scale - 1)
        return Number(start, j, value, digits=False, scale=scale)

    def multiplier(self, doc: Doc, i: int) -> Number | None:
        """A multiplying word: "tripled", "more than doubled", "tenfold", "twice as many", "nearly double the average"
        (not "doubled down", "visited twice", "a double murder", "the double winner")."""
        doc_words = TokenTable.of(doc).words
        factor, use = self.lx.multipliers[doc_words[i].lower_]
        nxt = doc_words[i + 1].lower_ if i + 1 < len(doc) else ""
        if use == "compare" and not self.comparative(doc, i + 1) or nxt == "down":
            return None
        if use == "base" and (nxt not in MULTIPLE_DETERMINERS or i > 0 and doc_words[i - 1].lower_ in ("a", "an", "the")):
            return None
        return Number(i, i + 1, factor, digits=False, unit=("times", "multiplier"))

    def smaller_part(self, doc: Doc, j: int, unit: str) -> tuple[float, float, str, int, int] | None:
        """The smaller part of a compound measure after token j ("2 in" of "6 ft 2 in", "and 2 months" of
        "3 years and 2 months"): (smaller per unit, its amount, its unit, the token and character after it)."""
        doc_words = TokenTable.of(doc).words
        k = j + 1 if j < len(doc) and doc_words[j].lower_ == "and" else j
        if k >= len(doc) or not (doc_words[k].like_num or doc_words[k].text[:1].isdigit()):
            return None
        other = self.number(doc, k)
        if other is None or other.kind != "cardinal" or other.value is None or other.scaled or other.currency:
            return None
        e = other.end
        if other.unit is not None:
            u = other.unit, e, TokenTable.of(doc).end_char(e - 1)  # "12st 9lbs": the part's unit glued to it
        elif unit in self.lx.bare_parts and other.digits and other.value < self.lx.compounds[(unit, self.lx.bare_parts[unit][0])] \
                and (e == len(doc) or doc_words[e].is_punct and doc_words[e].text not in GLUED_MARKS or doc_words[e].is_space
                     or doc_words[e].lower_ in self.lx.dimensions or doc_words[e].lower_ in ("and", "but", "with")):
            u = self.lx.bare_parts[unit], e, TokenTable.of(doc).end_char(e - 1)  # "6 foot 4.", "12st 7,": the smaller unit unwritten
        elif unit == "foot" and e < len(doc) and doc_words[e].lower_ == "in" and (e + 1 == len(doc) or not doc_words[e + 1].is_alpha
                                                                          or doc_words[e + 1].lower_ in self.lx.dimensions):
            u = ("inch", "length"), e + 1, doc[e].idx + 2  # "6 ft 2 in": "in" is no unit alone
        else:
            u = self.unit_after(doc, e, other)
        if u is None or (unit, u[0][0]) not in self.lx.compounds:
            return None
        return self.lx.compounds[(unit, u[0][0])], other.value, u[0][0], u[1], u[2]

    def range_ahead(self, doc: Doc, j: int) -> bool:
        """Does a range joiner and another figure with a scale follow token j-1 ("R2-R3 billion", "Sh2-3bn";
        not "the N1-N2 road")?"""
        words = TokenTable.of(doc).words
        if not (j + 1 < len(doc) and words[j].lower_ in RANGE_JOINERS and holds_digit(words[j + 1].text)):
            return False
        for k in range(j + 1, min(j + 3, len(doc))):
            m = NUMERAL.fullmatch(words[k].text)
            if words[k].lower_ in self.lx.scales or m is not None and m["suffix"].lower() in self.lx.scales:
                return True
        return False

    @staticmethod
    def named_after(doc: Doc, j: int) -> bool:
        """Does a content word follow token j-1, making the figure before it part of a name ("N95 masks", "R5 model")?"""
        return j < len(doc) and doc[j].is_alpha and not doc[j].is_stop

    def money_context(self, doc: Doc, start: int) -> bool:
        """Is a word of money_words.txt among the four words before token `start`, in its clause?"""
        doc_words = TokenTable.of(doc).words
        for k in range(start - 1, max(start - 5, -1), -1):
            if doc_words[k].is_punct:
                return False
            if doc_words[k].lower_ in self.lx.money_words:
                return True
        return False

    def one_duration(self, doc: Doc, i: int, measure: bool = False) -> Number | None:
        """"a"/"an" before the time unit at token i, where it measures a duration: after "for" or a
        qualifier ("for a decade", "nearly a year") or before "ago" ("a year ago"); not "once a year",
        "a year earlier". Before another `measure` unit, only after a qualifier ("up to a foot of snow",
        "more than an inch", not "a mile away", "won by a mile"). The number is the article; `unit_after`
        reads the unit."""
        doc_words = TokenTable.of(doc).words
        if i < 2 or doc_words[i - 1].lower_ not in ("a", "an"):
            return None
        ago = i + 1 < len(doc) and doc_words[i + 1].lower_ == "ago" and not measure
        if not ago and (measure or doc_words[i - 2].lower_ != "for") and self.qualifier_before(doc, i - 1)[0] in ("exact", "range"):
            return None
        return Number(i - 1, i, 1.0, digits=False)

    def times_after(self, doc: Doc, j: int) -> tuple[tuple[str, str], int, int] | None:
        """"times" before a comparative ("three times higher", "5 times the average") or a base of multiple_bases.txt
        ("30 times earnings"): a multiplier, not occasions."""
        doc_words = TokenTable.of(doc).words
        if j >= len(doc) or doc_words[j].lower_ != "times" or not (
                self.comparative(doc, j + 1) or j + 1 < len(doc) and doc_words[j + 1].lower_ in self.lx.multiple_bases):
            return None
        return ("times", "multiplier"), j + 1, doc[j].idx + len(doc_words[j].text)

    @staticmethod
    def comparative(doc: Doc, k: int) -> bool:
        """Does token k compare ("as many", "the size", "higher", "more")?"""
        if k >= len(doc):
            return False
        t = doc[k]
        return t.lower_ in COMPARATIVES or t.is_alpha and t.is_lower and not t.is_stop and t.lower_.endswith("er")

    def vague_before(self, doc: Doc, i: int) -> tuple[tuple[float, float], int] | None:
        """A vague multiplier ending just before token i ("several", "a few", "a couple of"), or a hyphen after it
        ("multi-billion")."""
        doc_words = TokenTable.of(doc).words
        if i > 1 and doc_words[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ \
                and (doc_words[i - 2].lower_,) in self.lx.vague:
            return self.lx.vague[(doc_words[i - 2].lower_,)], i - 2
        for n in (3, 2, 1):
            if i - n >= 0:
                key = tuple(doc_words[k].lower_ for k in range(i - n, i))
                if key in self.lx.vague:
                    return self.lx.vague[key], i - n
        return None

    def vague_plural(self, doc: Doc, i: int) -> Number | None:
        """"thousands", "dozens of", "tens of thousands", "hundreds of millions"."""
        doc_words = TokenTable.of(doc).words
        lx = self.lx
        w = doc_words[i].lower_
        if i > 0 and (doc_words[i - 1].like_num or doc_words[i - 1].lower_ in DETERMINERS):
            return None  # "two thousands", "the hundreds"
        lo, hi = lx.vague[(w,)]
        end = i + 1
        nxt = doc_words[end + 1].lower_ if end + 1 < len(doc) and doc_words[end].lower_ == "of" else ""
        if nxt in lx.vague_alone and nxt[:-1] in lx.scales and not lx.scales[nxt[:-1]][1]:
            # "tens of thousands": the multiplier's band (20-99) times one of the scale (1,000)
            mult = lx.scales[nxt[:-1]][0]
            lo, hi = lo * mult, (hi + 1) * mult - 1
            end += 2
        elif w == "scores" and not nxt:
            return None  # "test scores"
        return Number(i, end, None, kind="vague", digits=False, low=lo, high=hi)

    def fraction_word(self, doc: Doc, i: int) -> Number | None:
        """"half of", "a quarter of", "half a million", "three quarters"."""
        doc_words = TokenTable.of(doc).words
        w = doc_words[i].lower_
        den = self.lx.fraction_words[w]
        start = i
        numerator = 1.0
        if i > 0 and doc_words[i - 1].lower_ in ("a", "an", "one"):
            start = i - 1
        elif i > 0 and doc_words[i - 1].lower_ in self.lx.cardinals:
            numerator = self.lx.cardinals[doc_words[i - 1].lower_]
            start = i - 1
            if self.period_of(doc, Number(start, i, numerator), i):
                return None  # "the last three quarters": periods (a time frame), no share
        elif w.endswith("s"):
            return None  # "for two consecutive quarters", "in halves": periods or parts, no amount
        prev = doc_words[i - 1].lower_ if i > 0 else ""
        if start == i and (prev in self.lx.ordinals or prev in self.lx.time_frames or prev in PERIOD_DETERMINERS
                           or prev[-2:] in ORDINAL_SUFFIXES and prev[:-2].isdigit()):
            num = Number(start, i + 1, 1 / den, kind="fraction", digits=False)
            if prev in ("the", "this", "that") and self.point_after(doc, i + 1, num) is not None:
                return num  # "the half point window", "this quarter-point cut": an amount of points
            return None  # "the second half", "first quarter", "last quarter", "this half": a period, not an amount
        nxt = doc_words[i + 1].lower_ if i + 1 < len(doc) else ""
        scaled = self.of_a_scale(doc, Number(start, i + 1, numerator / den, kind="fraction", digits=False))
        if scaled is not None:
            return scaled
        if nxt == "as" and self.equal_comparison(doc, i + 1):  # "half as big as", "a third as many": a multiplier
            return Number(start, i + 1, numerator / den, digits=False, unit=("times", "multiplier"))
        standalone = not nxt or doc_words[i + 1].is_punct or nxt in ("and", "or", "but", "than") or self.share_of_change(doc, start, i + 1)
        num = Number(start, i + 1, numerator / den, kind="fraction", digits=False)
        if self.point_after(doc, i + 1, num) is not None:
            return num  # "a quarter point", "a half-point cut": an amount of points
        if nxt != "of" and not standalone and self.qualifier_before(doc, start)[0] == "exact" \
                and self.unit_of_one(doc, i + 1, num) is None:
            return None  # "a quarter" with a noun after it: a period ("a quarter century"), not "half a mile"
        if start == i and nxt != "of" and self.qualifier_before(doc, start)[0] == "exact" and not self.share_of_change(doc, start, i + 1) \
                and self.unit_of_one(doc, i + 1, num) is None:
            return None  # "in the June quarter, ...": a bare fraction word is a share only with "of", a qualifier or "by"
        if doc[i].whitespace_ == "" and nxt == "-":
            return None  # "half-brother"
        return num

    @staticmethod
    def equal_comparison(doc: Doc, k: int) -> bool:
        """Does "as" at token k open a comparison of equality ("as big", "as many", "as likely"; not "as a result",
        "as part of")? A lower-case word after it that is no article nor "part"."""
        t = doc[k + 1] if k + 1 < len(doc) else None
        return t is not None and t.is_alpha and t.is_lower and t.lower_ not in ("a", "an", "the", "part", "well", "such", "if", "it")

    def share_of_change(self, doc: Doc, start: int, end: int) -> bool:
        """Is the fraction word at [start, end) the size of a change: after "by" ("fell by a fifth") or
        before a word of more or less ("a third fewer", "a quarter higher")? Not "a third member"."""
        doc_words = TokenTable.of(doc).words
        return start > 0 and doc_words[start - 1].lower_ == "by" or end < len(doc) and doc_words[end].lower_ in MORE_OR_LESS

    def of_a_scale(self, doc: Doc, share: Number) -> Number | None:
        """A fraction of "(of) a/an <scale word>": "half a million", "a quarter of a million", "two-thirds of a billion"."""
        table = TokenTable.of(doc)
        doc_words = table.words
        k = share.end + 1 if share.end < len(doc) and doc_words[share.end].lower_ in ("of", "-") else share.end
        hyphen = k > share.end and doc_words[k - 1].text == "-"  # "half-a-million"
        if hyphen and (table.spaces[k - 2] or table.spaces[k - 1] or k + 2 >= len(doc) or doc_words[k + 1].text != "-"):
            return None
        n = k + 1 + hyphen
        if n >= len(doc) or doc_words[k].lower_ not in ("a", "an") or self.lx.scales.get(doc_words[n].lower_, (0, True))[1]:
            return None
        scale = self.lx.scales[doc_words[n].lower_][0]
        return Number(share.start, n + 1, scaled(share.value, scale), digits=False, scale=scale)  # type: ignore[operator]

    def fraction_after(self, doc: Doc, num: Number) -> Number:
        """A cardinal followed by a fraction noun or "in N": "two-thirds", "three quarters", "one in three"."""
        doc_words = TokenTable.of(doc).words
        j = num.end
        if num.kind != "cardinal" or num.scaled or num.value is None or j >= len(doc):
            return num
        hyphen = doc_words[j].text == "-" and not doc[j].whitespace_ and j + 1 < len(doc)
        j += hyphen
        w = doc_words[j].lower_
        den = self.lx.fraction_words.get(w) or (self.lx.ordinals.get(w[:-1]) if w.endswith("s") and self.lx.unit_of(doc_words[j].text) is None
                                                else None)  # "three fifths"; "0.12 seconds" is a time
        if den is None and hyphen and num.value == 1 and w != "second":
            den = self.lx.ordinals.get(w)  # "one-third", "one-fifth" (not "one-second")
        if den and self.period_of(doc, num, j):
            return num  # "in the preceding three quarters", "the last two quarters": periods of a year, no share
        if den and den > num.value and (w.endswith("s") or num.value == 1) and num.value == int(num.value):
            share = Number(num.start, j + 1, num.value / den, kind="fraction", digits=num.digits)
            return self.of_a_scale(doc, share) or share
        if w in ("in", "out") and num.value >= 1:
            k = j + 1 + (doc_words[j + 1].lower_ == "of" if w == "out" and j + 1 < len(doc) else 0)
            k += k < len(doc) and doc_words[k].lower_ == "every"  # "one in every four"
            if k < len(doc) and (doc_words[k].like_num or doc_words[k].lower_ in self.lx.cardinals):
                other = self.numeral(doc, k, False) if any(c.isdigit() for c in doc_words[k].text) else self.words(doc, k)
                if other is not None and other.kind == "cardinal" and other.value and num.value < other.value <= 1000 \
                        and not other.year_like and not (w == "in" and self.unit_at(doc, other.end) is not None):  # "6-4 in 62 minutes"
                    if num.value > 1 and other.value > 20 and other.value not in (100, 1000):
                        return num  # "415 out of 458 drones": a tally of a count, no ratio ("nine in 10", "one in 25")
                    return Number(num.start, other.end, num.value / other.value, kind="fraction", digits=num.digits)
        return num

    @staticmethod
    def of_a_year(doc: Doc, k: int) -> bool:
        """Does a year start at token k, after "of": "2024", "this year", "the year", "fiscal 2025"?"""
        words = TokenTable.of(doc).words
        if k < len(doc) and words[k].lower_ == "fiscal":
            k += 1
        if k < len(doc) and YEAR.fullmatch(words[k].text):
            return True
        return k + 1 < len(doc) and words[k].lower_ in ("this", "last", "next", "the") and words[k + 1].lower_ in ("year", "fiscal")

    def period_of(self, doc: Doc, num: Number, j: int) -> bool:
        """Is the fraction word at token j after number `num` a unit of time ("quarters") counted after a determiner or a
        time frame, with no "of" after it ("the preceding three quarters"; not "three quarters of voters")?"""
        words = TokenTable.of(doc).words
        unit = self.lx.unit_of(words[j].text)
        if unit is None or unit[1] != "time" or num.start == 0 or j + 1 < len(doc) and words[j + 1].lower_ == "of" \
                and not self.of_a_year(doc, j + 2):
            return False
        prev = words[num.start - 1].lower_
        return prev in DETERMINERS or prev in self.lx.time_frames or prev in PERIOD_DETERMINERS or prev.endswith("ing") \
            and num.start > 1 and words[num.start - 2].lower_ in DETERMINERS  # "the preceding", "the remaining"

    def scale_after(self, doc: Doc, num: Number, money: bool) -> Number:
        """Multiply by the scale words after the number: "3.3 million", "$5.4-billion", "€30m", "$5 bn"."""
        doc_words = TokenTable.of(doc).words
        j = num.end
        if j + 1 < len(doc) and doc_words[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                and doc_words[j + 1].lower_ in self.lx.scales:
            j += 1
        while j < len(doc) and doc_words[j].lower_ in self.lx.scales and num.value is not None:
            w = doc_words[j].lower_
            mult, abbr = self.lx.scales[w]
            if abbr and not money and doc[j - 1].whitespace_ and not self.counted_after(doc, j + 1) \
                    and (len(w) == 1 or self.lx.unit_of(doc_words[j].text) is not None or not self.million_noun(doc, j + 1)):
                break  # "5 m" is metres: a spaced letter or unit is a scale only before a counted noun ("1.5 m people"),
                # another abbreviation before a unit or plural too ("50 bln cubic meters", "300 mln euros")
            if w == "m" and not money and not self.glued_million(doc, num, j + 1):
                break  # "a 100m sprint", "ran 100m.": metres
            num.value = scaled(num.value, mult)
            num.scale *= mult
            num.year_like = False
            j += 1
            num.end = j
        if num.end == j and j < len(doc) and doc_words[j].lower_ == "t" and not doc[j - 1].whitespace_ and num.value is not None \
                and not num.scaled and (money or self.currency_word_at(doc, j + 1)):
            num.value = scaled(num.value, 1e12)  # "$1.5t", "3t yuan": a "t" glued to an amount of money is a trillion, not tonnes
            num.scale *= 1e12
            num.year_like = False
            num.end = j + 1
        if num.scaled and num.value is not None:
            self.smaller_scale_part(doc, num)
        return num

    def smaller_scale_part(self, doc: Doc, num: Number) -> None:
        """Add the part written in the next smaller scale after a scaled whole number: "MNT11 trillion 589.8 billion",
        "9 trillion and 676.5 billion" (one amount, as Mongolian agency copy writes budgets), to `num` in place."""
        doc_words = TokenTable.of(doc).words
        k = num.end + 1 if num.end < len(doc) and doc_words[num.end].lower_ == "and" else num.end
        whole = num.value / num.scale
        if abs(whole - round(whole)) > 1e-9 or k + 1 >= len(doc) or doc_words[k + 1].lower_ not in self.lx.scales \
                or not SMALLER_PART.fullmatch(doc_words[k].text):
            return
        part, mult = value_of(doc_words[k].text), self.lx.scales[doc_words[k + 1].lower_][0]
        if mult * 1000 != num.scale or part >= 1000:
            return
        num.value = scaled(num.value + scaled(part, mult), 1)
        num.end = k + 2

    def glued_million(self, doc: Doc, num: Number, j: int) -> bool:
        """Is the "m" glued to the number before token j million, not metres? Before a counted noun or a unit
        ("2m barrels") or by its sentence (`million_context`), whose currency the number then takes."""
        if self.million_noun(doc, j):
            return True
        million, currency = self.million_context(doc, num.start, j)
        num.currency = num.currency or currency  # "fell from £8.2m to 7.75m.": the pounds of its sentence
        return million

    def million_context(self, doc: Doc, start: int, j: int) -> tuple[bool, str | None]:
        """Is a glued "m" with no noun after it (token j after it: punctuation, a function word) million? Yes,
        with the currency, after a currency earlier in its sentence ("from £8.2m to 7.75m."), else after a
        percentage or a word of money, a measure or a counted noun ("Profit fell from 7.75m.", "3% to 1.2m");
        no (metres) after a word of metre_words.txt ("ran 100m."), right after "the" or a possessive with no currency before
        ("a record of 9.58 seconds in the 100m", "won the women's 5,000m"), before a content word ("a 100m sprint") or a hyphen and a
        dimension word ("3m-high")."""
        table = TokenTable.of(doc)
        words = table.words
        hyphen = j + 1 < len(doc) and words[j].text == "-" and not table.spaces[j - 1]
        if hyphen and words[j + 1].lower_ in self.lx.dimensions or j < len(doc) and not hyphen and not (
                words[j].is_punct and words[j].text not in GLUED_MARKS or words[j].is_space or words[j].is_stop and words[j].is_lower):
            return False, None  # "a 100m sprint", "a 3m-high wall"
        found = False
        k, stop = start, max(start - 30, -1)
        while k - 1 > stop:
            k -= 1
            word = words[k]
            if word.text in SENTENCE_ENDS or "\n" in word.text:
                break
            if word.text == ")":  # "77m euros (£53m; $100m), up from 38m": a bracketed conversion is not its sentence's money
                k = next((n for n in range(k - 1, stop, -1) if words[n].text in ("(", ")")), k)
                continue
            if word.lower_ in self.lx.metre_words:
                return False, None
            if word.text in self.lx.pre_currencies:
                return True, word.text == "$" and self.local_dollar(doc) or self.lx.pre_currencies[word.text]
            m = NUMERAL.fullmatch(word.text) if holds_digit(word.text) else None
            if m is not None and m["pre"] in self.lx.pre_currencies:
                return True, self.lx.pre_currencies[m["pre"]]
            n = k - 1 - (k > 1 and words[k - 1].lower_ in self.lx.scales)  # "77m euros", "77 million euros"
            money = self.lx.unit_of(word.text) if n >= 0 and holds_digit(words[n].text) else None
            if money is not None and money[1] == "money":
                return True, money[0]  # "77m euros ..., up from 38m": the currency written after an amount
            found = found or word.lower_ in self.lx.million_words or word.text == "%" or word.lower_ in ("percent", "cent") \
                or k > 0 and holds_digit(words[k - 1].text) and word.lower_ in self.lx.scales \
                and (word.lower_ != "m" or self.million_noun(doc, k + 1))  # "fallen 1m barrels to 294.3m", "2 million to 3.5m"
        return found and not (start > 0 and words[start - 1].lower_ in ("the", "'s", "’s")), None  # "9.58 seconds in the 100m",
        # "the women's 5,000m": an event

    def counted_after(self, doc: Doc, j: int) -> bool:
        """Is token j a noun of count_nouns.tsv? Then a spaced abbreviation before it is a scale ("1.5 m people")."""
        doc_words = TokenTable.of(doc).words
        return j < len(doc) and doc_words[j].lower_ in self.lx.count_nouns

    def million_noun(self, doc: Doc, j: int) -> bool:
        """After "2m": a counted noun or unit ("2m barrels", "1.5m visitors") makes it million; a plural
        noun, not a function word ending in -s ("the 100m has stood")."""
        if j >= len(doc):
            return False
        t = doc[j]
        unit = self.lx.unit_of(t.text)
        if unit is not None and unit[1] != "money" and len(t.text) > 1 and t.is_alpha and not t.is_stop:
            return True  # "43M km (27M mi)": no length in metres is written before another unit
        if t.lower_ in self.lx.metre_words:
            return False  # "the 60m hurdles", "5m waves": an event or a height, metres
        return t.lower_ in self.lx.count_nouns or self.lx.unit_of(t.text) is not None or (t.is_lower and t.is_alpha and not t.is_stop and t.text.endswith("s")) \
            or self.unit_starts(doc, j)  # "9.5m b/d"

    def unit_starts(self, doc: Doc, j: int) -> bool:
        """Does a unit of more than one letter start at token j ("b/d", "barrels")?"""
        table = TokenTable.of(doc)
        if head(table.words[j].text) not in self.lx.unit_heads:
            return False
        m = self.lx.unit_re.match(doc_text(doc), table.idx[j])
        return m is not None and not m["gap"] and len(m["ci"] or m["cs"]) > 1

    def local_dollar(self, doc: Doc) -> str | None:
        """The dollar a plain "$" stands for when the document writes one dollar symbol first, as Australian
        and New Zealand style does for the local dollar beside foreign ones ("$A8,800", "$AUD1.1 billion",
        "$NZ20"); None (a "$" is USD) otherwise, and when it writes two such dollars. Computed once per Doc."""
        if LOCAL_DOLLAR not in doc.user_data:
            codes = {self.lx.pre_currencies[m.group(0)] for m in self.lx.local_dollar_re.finditer(doc_text(doc))}
            doc.user_data[LOCAL_DOLLAR] = codes.pop() if len(codes) == 1 else None
        return doc.user_data[LOCAL_DOLLAR]

    def currency_before(self, doc: Doc, i: int) -> tuple[str | None, int]:
        """A currency symbol or code just before token i ("$", "US$", "Rs.", "USD"), and where it starts."""
        doc_words = TokenTable.of(doc).words
        if i == 0:
            return None, i
        prev = doc[i - 1]
        if prev.text in self.lx.pre_currencies:
            return self.lx.pre_currencies[prev.text], i - 1
        if i >= 2 and not doc[i - 2].whitespace_:
            joined = doc_words[i - 2].text + prev.text
            if joined in self.lx.pre_currencies:
                return self.lx.pre_currencies[joined], i - 2
        return None, i

    def qualifier_before(self, doc: Doc, i: int) -> tuple[str, int]:
        """The qualifier ending just before token i and where the claim text starts."""
        doc_words = TokenTable.of(doc).words
        if i == 0:
            return "exact", i
        for words, qualifier, where in self.lx.qualifiers_by_last.get(doc_words[i - 1].lower_, ()):
            n = len(words)
            if i - n >= 0 and all(doc_words[i - n + k].lower_ == w for k, w in enumerate(words[:-1])):
                return qualifier, (i - n if where == "pre" else i)
        return "exact", i

    def qualifier_after(self, doc: Doc, j: int) -> tuple[str, int] | None:
        """A qualifier after the quantity ("50 or more", "50-plus") and the token after it."""
        table = TokenTable.of(doc)
        doc_words = table.words
        if j + 1 < len(doc) and doc_words[j].text == "-" and not table.spaces[j - 1] and not table.spaces[j]:
            j += 1  # "50-plus", "200-odd"
        if j >= len(doc):
            return None
        for words, qualifier, _ in self.lx.qualifiers_by_first.get(doc_words[j].lower_, ()):
            n = len(words)
            if j + n <= len(doc) and all(doc_words[j + k].lower_ == w for k, w in enumerate(words[1:], 1)):
                if words[0] in GLUED_QUALIFIERS and table.spaces[j - 1]:
                    return None  # "5 plus 3"; only "50-plus", "100+", "200-odd"
                if j + n < len(doc) and (doc_words[j + n].like_num or holds_digit(doc_words[j + n].text)):
                    return None  # "5% and over 20 stores": the next figure's qualifier
                return qualifier, j + n
        return None

    def unit_after(self, doc: Doc, j: int, num: Number) -> tuple[tuple[str, str], int, int] | None:
        """The unit (or currency word) written after the number, the token after it and its end character."""
        table = TokenTable.of(doc)
        doc_words = table.words
        if j < len(doc) and doc_words[j].lower_ == "in" and num.kind == "cardinal" and num.digits and not table.spaces[j - 1] \
                and doc_words[j].text == "in":
            return ("inch", "length"), j + 1, table.end_char(j)  # "a 12in screen": "in" against the number is an inch
        if j < len(doc) and doc_words[j].text == '"' and num.kind == "cardinal" and num.digits and not table.spaces[j - 1] \
                and not self.closes_quotation(doc, j):
            return ("inch", "length"), j + 1, table.end_char(j)  # 'a 7" laptop', 'had 2.25" in 24 hours'
        k = j + 1 if j < len(doc) and (doc_words[j].text == "-" or num.kind == "vague" and doc_words[j].lower_ == "of") else j
        if k < len(doc) and doc_words[k].lower_ in PERIOD_MODIFIERS and num.kind == "cardinal":
            if num.year_like:
                return None  # "the 2003 calendar year", "the 2024 business year": a date
            u = self.unit_at(doc, k + 1)  # "31 consecutive days", "five more years"
            return u if u is not None and u[0][1] == "time" else None
        if k >= len(doc) or head(doc_words[k].text) not in self.lx.unit_heads:
            return None
        pos = doc[j - 1].idx + len(doc_words[j - 1].text)
        text = doc_text(doc)
        if num.kind == "vague":  # "millions of dollars", "thousands of tonnes"; "several hundred million dollars"
            m_of = OF.match(text, pos)
            if m_of is None and doc_words[j - 1].lower_ not in self.lx.scales:
                return None
            pos = m_of.end() if m_of is not None else pos
        m = self.lx.unit_re.match(text, pos)
        if m is None:
            return None
        alias = m["ci"] or m["cs"]
        unit = self.lx.unit_of(alias)
        if unit is None or num.kind == "vague" and unit[1] == "percent":
            return None
        span = doc.char_span(m.start("ci") if m["ci"] else m.start("cs"), m.end(), alignment_mode="expand")
        if span is None:
            return None
        if len(alias) == 1 and alias.isalpha() and m["gap"] and (
                text[m.end():m.end() + 1] in GLUED_MARKS or not self.spaced_letter_unit(doc, span.end, unit)
                and self.conversion_after(doc, span.end, unit[1]) is None):
            return None  # "3 F-16s", "5 C students", "5 m" (million?); but "2.11 m (6.9 ft)"
        key = self.lx.unit_key(alias)
        if key in self.lx.glued and (m["gap"] or table.spaces[j - 1]) and self.smaller_part(doc, span.end, unit[0]) is None:
            return None  # "42 St Kilda Road": "st" is a stone only against the number or before its smaller part ("12 st 7 lb")
        if key in self.lx.materials and span.end < len(doc) and doc_words[span.end].is_alpha and doc_words[span.end].is_lower \
                and doc_words[span.end].lower_.endswith("s") and self.lx.unit_of(doc_words[span.end].text) is None:
            return None  # "3 stone walls": a material before the noun counted
        factor = self.lx.unit_factors.get(key or "")
        if factor is not None and num.value is not None:
            num.value, num.scale = scaled(num.value, factor), num.scale * factor  # "13.2 mb/d": million barrels a day
        return unit, max(span.end, j), m.end()

    def glued_unit(self, doc: Doc, num: Number) -> tuple[tuple[str, str], int, int, float] | None:
        """A unit starting with the letters glued to the number's token and running past it: "4.3mb/d",
        "120km/h" (the token ends at "mb", "km"); with the token and character after it, and its multiplier."""
        table = TokenTable.of(doc)
        i = num.end - 1
        m = NUMERAL.fullmatch(table.words[i].text)
        if m is None or not m["suffix"] or num.end - num.start != 1:
            return None
        end_char = table.end_char(i)
        u = self.lx.unit_re.match(doc_text(doc), end_char - len(m["suffix"]))
        if u is None or u["gap"] or u.end() <= end_char:
            return None
        span = doc.char_span(u.start(), u.end(), alignment_mode="expand")
        unit = self.lx.unit_of(u["ci"] or u["cs"])
        if span is None or unit is None:
            return None
        return unit, span.end, u.end(), self.lx.unit_factors.get(self.lx.unit_key(u["ci"] or u["cs"]) or "", 1.0)

    @staticmethod
    def closes_quotation(doc: Doc, j: int) -> bool:
        """Does the straight double quote at token j close a quotation: is an odd number of them open on its
        line (inch marks, against digits, aside)?"""
        text = doc_text(doc)
        idx = TokenTable.of(doc).idx[j]
        return len(QUOTE_MARK.findall(text, text.rfind("\n", 0, idx) + 1, idx)) % 2 == 1

    def unit_at(self, doc: Doc, k: int) -> tuple[tuple[str, str], int, int] | None:
        """The unit or currency written from token k on ("days", "cubic metre", "megawatt hour"), the
        token after it and its end character; a unit of more than one letter, ending with a token."""
        table = TokenTable.of(doc)
        if k >= len(doc) or head(table.words[k].text) not in self.lx.unit_heads:
            return None
        m = self.lx.unit_re.match(doc_text(doc), table.idx[k])
        if m is None or len(m["ci"] or m["cs"]) < 2:
            return None
        unit = self.lx.unit_of(m["ci"] or m["cs"])
        end = table.token_at(m.end() - 1) + 1
        if unit is None or table.end_char(end - 1) != m.end():
            return None
        return unit, end, m.end()

    def bare_temperature(self, doc: Doc, start: int, end: int) -> bool:
        """Is the bare number from token start to end a temperature: the reading of a word such as "high" or "lows"
        before it ("a record high at 108", "highs at 104, 100 and 100": past a list), at the end of its phrase,
        with weather in its sentence or the one before ("hottest", "heat", "degrees")?"""
        words = TokenTable.of(doc).words
        if end < len(doc) and words[end].is_alpha and not words[end].is_stop:
            return False  # "a high of 108 points"
        k = start - 1
        while k >= 0 and (words[k].lower_ in TEMPERATURE_LINKS or words[k].text == "," or words[k].like_num):
            k -= 1
        if k < 0 or k == start - 1 or words[k].lower_ not in self.lx.temperature.get("reading", ()):
            return False
        sent = doc[start].sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        context = self.lx.temperature.get("context", frozenset())
        return any(words[n].lower_ in context for n in range(first, sent.end))

    def currency_word_at(self, doc: Doc, k: int) -> bool:
        """Is a currency word written from token k on ("yuan", "US dollars")?"""
        u = self.unit_at(doc, k)
        return u is not None and u[0][1] == "money"

    def spaced_letter_unit(self, doc: Doc, k: int, unit: tuple[str, str]) -> bool:
        """Is a one-letter unit written apart from its number (token k after it) a unit? Before a
        dimension word ("1.85 m tall", "4,000 m above sea level"); a temperature ("-40 C") before the
        end of the text, punctuation or a function word ("40 C on Monday"; not "5 C students", "3 F-16s")."""
        words = [t.lower_ for t in doc[k:k + 3]]
        if any(" ".join(words[:n]) in self.lx.dimensions for n in range(1, len(words) + 1)):
            return True
        nxt = doc[k] if k < len(doc) else None
        if unit[1] == "mass" and doc[k - 1].text == "t":  # "146,346 t of copper", "(23,098 t)", "Copper 430,000 t"
            return nxt is None or nxt.is_space or nxt.text in (")", ",", ";", ".", "/") or nxt.lower_ == "of"
        if unit[1] != "temperature":
            return False
        return nxt is None or nxt.is_space or nxt.is_punct or nxt.is_lower and nxt.is_stop

    def point_after(self, doc: Doc, j: int, num: Number) -> tuple[tuple[str, str], int, int] | None:
        """Points or percent right after a fraction word at token j ("a quarter point", "half-point", "a quarter
        percent"): the amount of a rate's move, where other units after it make a period ("a quarter century")."""
        u = self.unit_after(doc, j, num)
        return u if u is not None and u[0][1] in ("percent", "points") else None

    def unit_of_one(self, doc: Doc, j: int, num: Number) -> tuple[tuple[str, str], int, int] | None:
        """A fraction's "(of) a/an <unit>" after token j ("a quarter of a percentage point", "half an hour")."""
        doc_words = TokenTable.of(doc).words
        k = j + 1 if j < len(doc) and doc_words[j].lower_ == "of" else j
        if k + 1 >= len(doc) or doc_words[k].lower_ not in ("a", "an"):
            return None
        return self.unit_after(doc, k + 1, num)

    def rate_after(self, doc: Doc, j: int, unit: str, kind: str, hyphen: bool = False) -> tuple[str, int] | None:
        """"a"/"an"/"per" and a unit or a noun of per_nouns.tsv after a measure ("$78.50 a barrel",
        "$2.50 a share", "150 micrograms per cubic metre"): the unit it is counted per, and the token after.
        Not a time before a word of relative time ("6.7% a month earlier", "$3.2bn a year ago"): a date,
        not a rate. Money per another currency is an exchange rate ("7.3 yuan per dollar", "83 rupees to the dollar")."""
        table = TokenTable.of(doc)
        doc_words = table.words
        if j + 2 < len(doc) and doc_words[j].text == "-" and doc_words[j + 1].lower_ in ("a", "an", "per") \
                and doc_words[j + 2].text == "-":
            return self.rate_after(doc, j + 1, unit, kind, hyphen=True)  # "£5,000-a-head", "$10,000-a-year"
        word = doc_words[j].lower_ if j < len(doc) else ""
        if word == "/" and j + 1 < len(doc) and not table.spaces[j - 1] and not table.spaces[j]:
            word = "per"  # "$5/kg", "10mg/day": a glued slash is "per"
        if word in ("to", "per", "against"):
            exchange = self.per_currency(doc, j, unit) if kind == "money" else None
            if exchange is not None or word != "per":
                return exchange
        if word in ("every", "each") and not hyphen and j + 1 < len(doc) and kind not in ("magnitude", "temperature"):
            u = self.unit_at(doc, j + 1)  # "20% every year", "$5 each month": a rate of a period (not "one in every four")
            return (u[0][0], u[1]) if u is not None and u[0][1] == "time" and doc_words[j + 1].lower_ in self.lx.durations \
                and not self.relative_time(doc, u[1]) else None
        if word in RATE_ADVERBS and not hyphen and kind in STUFF_KINDS and not (
                j + 1 < len(doc) and doc_words[j + 1].is_alpha and doc_words[j + 1].is_lower and not doc_words[j + 1].is_stop):
            return RATE_ADVERBS[word], j + 1  # "10.7 million barrels daily", "7,200 kWh annually": a flow (not "daily reports")
        if j + 1 >= len(doc) or word not in ("a", "an", "per"):
            return None
        j += hyphen
        if word == "per" and j + 2 < len(doc) and doc_words[j + 1].is_lower and doc_words[j + 1].is_alpha \
                and not doc_words[j + 1].is_stop and doc_words[j + 2].lower_ in self.lx.per_nouns:
            return self.lx.per_nouns[doc_words[j + 2].lower_], j + 3  # "$3.92 per diluted share"
        if word == "per" and doc_words[j].text == "/":
            noun = self.lx.per_nouns.get(doc_words[j + 1].lower_)
            u = self.unit_at(doc, j + 1) if noun is None else None
            if noun is None and (u is None or u[0][1] in ("percent", "money")):
                return None
            return (noun, j + 2) if noun is not None else (u[0][0], u[1])  # type: ignore[index]
        noun = self.lx.per_nouns.get(doc_words[j + 1].lower_)
        if noun is not None:
            return noun, j + 2
        u = self.unit_at(doc, j + 1)
        if u is None or u[0][1] in ("percent", "money") or u[1] < len(doc) and doc_words[u[1]].like_num:
            return None  # "18 measuring a magnitude 7.0": the unit of the next figure
        (per, per_kind), end, _ = u
        if per_kind == "time" and self.relative_time(doc, end):
            return None
        return per, end

    def stuff_rate(self, doc: Doc, j: int, unit: str, kind: str) -> str | None:
        """"of" and one lower-case noun of what is measured, then a rate of time ("barrels of oil a day", "cubic
        metres of gas per year", "tonnes of wheat a year"): the time unit it is counted per (the text stays the
        measure's)."""
        doc_words = TokenTable.of(doc).words
        if j + 3 >= len(doc) or doc_words[j].lower_ != "of" or not (doc_words[j + 1].is_alpha and doc_words[j + 1].is_lower
                                                                  and not doc_words[j + 1].is_stop):
            return None
        rate = self.rate_after(doc, j + 2, unit, kind)
        if rate is not None and doc_words[j + 2].lower_ in RATE_ADVERBS:
            return rate[0]  # "tonnes of coal annually"
        if rate is None or doc_words[j + 2].lower_ not in ("a", "an", "per") or doc_words[j + 3].lower_ not in self.lx.durations:
            return None
        return rate[0]

    def per_currency(self, doc: Doc, j: int, unit: str) -> tuple[str, int] | None:
        """Another currency after "per", "to the" or "against the" at token j: an exchange rate ("7.3 yuan per
        dollar", "83 rupees to the dollar"), its currency and the token after it."""
        doc_words = TokenTable.of(doc).words
        if j >= len(doc):
            return None
        k = j + 1 + (j + 1 < len(doc) and doc_words[j].lower_ in ("to", "against") and doc_words[j + 1].lower_ == "the")
        if k == j + 1 and doc_words[j].lower_ != "per":
            return None
        u = self.unit_at(doc, k)
        return (u[0][0], u[1]) if u is not None and u[0][1] == "money" and u[0][0] != unit else None

    def exchange_rate(self, doc: Doc, start: int, j: int) -> tuple[str, int] | None:
        """A bare figure per another currency after token j-1, of the currency its clause named before it
        ("The yen weakened past 150 per dollar", "the shilling traded at 157 to the dollar", "the Brazilian real
        ... 5.10 per dollar"): the rate's unit
        (JPY/USD) and the token after it. None when no currency is named before it in its clause."""
        per = self.per_currency(doc, j, "")
        if per is None:
            return None
        words = TokenTable.of(doc).words
        for k in range(start - 1, max(start - 12, -1), -1):
            if words[k].text in SENTENCE_ENDS or words[k].text in (";", ":"):
                break
            unit = self.unit_ending(doc, k) if words[k].is_alpha else None
            if unit is not None and (words[k - 1].lower_ == "per" or words[k - 1].lower_ == "the" and k > 1
                                     and words[k - 2].lower_ in ("to", "against")):
                continue  # the other rate's "per dollar" ("83 against the dollar and 90 against the euro")
            if unit is not None and unit[1] == "money":
                return (f"{unit[0]}/{per[0]}", per[1]) if unit[0] != per[0] else None
        return None

    def unit_ending(self, doc: Doc, k: int) -> tuple[str, str] | None:
        """The unit whose name ends at token k, the longest first: a currency of more words ("the Brazilian
        real", "the New Zealand dollar", not its "dollar") or of one ("the yen")."""
        for j in (2, 1):
            named = self.unit_at(doc, k - j) if k >= j else None
            if named is not None and named[1] == k + 1:
                return named[0]
        return self.lx.unit_of(TokenTable.of(doc).words[k].text)

    def relative_time(self, doc: Doc, k: int) -> bool:
        """Does token k make the period before it a point in time ("a year ago", "a month earlier",
        "a week before.")? "before"/"after" only at the end of a clause: "£30,000 a year before tax" is a rate."""
        doc_words = TokenTable.of(doc).words
        if k >= len(doc):
            return False
        word = doc_words[k].lower_
        if word in RELATIVE_TIME:
            return True
        return word in ("before", "after") and (k + 1 == len(doc) or doc_words[k + 1].is_punct)

    def range_end(
        self, doc: Doc, j: int, joiners: Container[str], first: Number, money: bool, falling: bool = False
    ) -> tuple[Number, int, tuple[str, str] | None] | None:
        """The second number of a range after token j ("to 3.5%", "-20 km", "and 20 million"), if any; `falling`:
        of a change "from X to Y", which may be smaller than the first."""
        doc_words = TokenTable.of(doc).words
        if j + 1 >= len(doc) or doc_words[j].lower_ not in joiners:
            return None
        if j + 3 < len(doc) and doc_words[j].text == "-" and doc_words[j + 1].lower_ == "to" and doc_words[j + 2].text == "-":
            j += 2  # "an 8-to-10 foot shark", "a 10-to-15 percent rise": one joiner
        k = j + 1
        money2, k2 = self.currency_before(doc, k + 1) if k + 1 < len(doc) else (None, k)
        if money2 is not None and k2 == k:
            k += 1
        if not (doc_words[k].like_num or any(c.isdigit() for c in doc_words[k].text)):
            k = self.past_qualifier(doc, k)  # "from 36 to just 21 days", "from 5 to about 8 percent"
            if k is None:
                return None
            money2, k2 = self.currency_before(doc, k + 1) if k + 1 < len(doc) else (None, k)
            if money2 is not None and k2 == k:
                k += 1
            if not (doc_words[k].like_num or any(c.isdigit() for c in doc_words[k].text)):
                return None
        other = self.number(doc, k, money=money or money2 is not None)
        if other is None or other.kind != "cardinal" or other.value is None or first.value is None:
            return None
        if not other.digits and doc_words[k].is_title and not doc[j].whitespace_:
            return None  # "7-Eleven": a name
        scale = shared_scale(first, other)
        if not first.value * scale < other.value and not falling:
            return None  # "3-1" is a score, not a range
        if self.chained(doc, first.start, other.end):
            return None  # "1-800-273-8255", "978-3-16-148410-0": a code
        unit = None
        end = other.end
        if money2 or other.currency:
            unit = (money2 or other.currency, "money")  # type: ignore[assignment]
        elif other.unit is not None:
            unit = other.unit  # "40-45C"
        u = (self.unit_after(doc, end, other) or self.times_after(doc, end)) if other.unit is None else None
        if u is not None:  # "40-45 km"; "two to three times higher": a multiplier's range
            unit, end, _ = u
        return other, end, unit

    def past_qualifier(self, doc: Doc, k: int) -> int | None:
        """The token after a qualifier or a focus word ("just", "only") starting at token k, if a figure may follow it."""
        doc_words = TokenTable.of(doc).words
        if doc_words[k].lower_ in FOCUS_WORDS and k + 1 < len(doc):
            return k + 1
        for n in range(k + 1, min(k + 4, len(doc))):
            if self.qualifier_before(doc, n) == (self.qualifier_before(doc, n)[0], k) and self.qualifier_before(doc, n)[0] != "exact":
                return n
        return None

    def clock_after(self, doc: Doc, num: Number, j: int) -> bool:
        """Does a second small whole number that a clock time's or date's word follows come after a joiner at token j
        ("3 to 9 p.m.", "11 to 2 pm", "2 and 4 p.m.", "10-20 May")? The first number is then one too."""
        words = TokenTable.of(doc).words
        if j + 2 >= len(doc) or words[j].lower_ not in CLOCK_JOINERS or num.value is None or not 0 <= num.value <= 31 \
                or num.value != int(num.value):
            return False
        second = words[j + 1].text
        return second.isdigit() and int(second) <= 31 and self.dating(doc[j + 2])

    def day_range_end(self, doc: Doc, start: int, num: Number) -> bool:
        """Is the number at token `start` a day after a joiner and a month's day ("September 3 to 6", "May 10-12",
        "March 1 and 2")? `clock_after` reads the day before the joiner the other way round ("10-20 May")."""
        words = TokenTable.of(doc).words
        return start >= 3 and words[start - 1].lower_ in CLOCK_JOINERS and words[start - 2].text.isdigit() \
            and int(words[start - 2].text) <= 31 and self.dating(doc[start - 3]) \
            and num.value is not None and num.value == int(num.value) and 1 <= num.value <= 31

    @staticmethod
    def chained(doc: Doc, start: int, end: int) -> bool:
        """Is the hyphenated pair at [start, end) part of a longer chain of digits and hyphens ("1-800-273-8255")?"""
        table = TokenTable.of(doc)
        words = table.words
        before = start >= 2 and words[start - 1].text == "-" and not table.spaces[start - 2] and words[start - 2].text[-1:].isdigit()
        after = end + 1 < len(doc) and words[end].text == "-" and not table.spaces[end - 1] and words[end + 1].text[:1].isdigit()
        return before or after

    def joined(self, doc: Doc, j: int, words: tuple[str, ...]) -> bool:
        """Is one of `words` within the next four tokens, before any punctuation but a bracketed figure?
        ("between X and Y", "between 250 euros (£173) and 600 euros")"""
        doc_words = TokenTable.of(doc).words
        k, left = j, 4
        while k < len(doc) and left > 0:
            if doc_words[k].lower_ in words:
                return True
            if doc_words[k].text == "(":
                close = next((n for n in range(k + 1, min(k + 8, len(doc))) if doc_words[n].text in ("(", ")")), k)
                if doc_words[close].text != ")" or not any(holds_digit(doc_words[n].text) for n in range(k + 1, close)):
                    return False
                k = close
            elif doc_words[k].is_punct and doc_words[k].text not in "%":
                return False
            k, left = k + 1, left - 1
        return False

    def counted_noun(self, doc: Doc, j: int, vague: bool = False) -> tuple[int | None, int]:
        """The noun a count counts ("3.3 million people", "tens of thousands of people", "two Russian soldiers")."""
        doc_words = TokenTable.of(doc).words
        if vague and j + 1 < len(doc) and doc_words[j].lower_ == "of":
            j += 1
        if not vague and j + 3 < len(doc) and doc_words[j].lower_ == "out" and doc_words[j + 1].lower_ == "of" \
                and doc_words[j + 2].like_num:
            return self.counted_noun(doc, j + 3)[0], j  # "415 out of 458 drones": the tally counts the whole's noun
        group = self.group_noun(doc, j) if not vague else None
        if group is not None:
            return group, j
        if not vague and j + 1 < len(doc) and doc_words[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                and doc_words[j + 1].is_lower and self.noun_unit(doc, j + 1) is not None:
            return j + 1, j + 2  # "a three-bedroom house", "a 200-seat hall", "a five-member panel"
        hyphens = sum(1 for k in range(j, min(j + 5, len(doc))) if doc_words[k].text == "-" and not doc[k].whitespace_
                      and k > j and not doc[k - 1].whitespace_)  # "six weather-related cancellations": a compound modifier
        paired = any(self.paired_modifiers(doc, k) for k in range(j + 1, min(j + 3, len(doc))))
        for k in range(j, min(j + 3 + 2 * min(hyphens, 1) + 2 * paired, len(doc))):
            t = doc_words[k]
            if paired and self.paired_modifiers(doc, k) or k > j and DOTTED_ABBREVIATION.fullmatch(t.text):
                continue  # "64 confirmed or suspected measles cases", "58 confirmed U.S. cases"
            if k == j and (t.lower_ in COUNT_MODIFIERS or t.lower_ == "top" and doc[k].is_lower):
                continue  # "34 other nations", "Eleven other citizens", "three top bosses" (a stop word to spaCy)
            if t.text == "-" and k > j and not doc[k].whitespace_ and not doc[k - 1].whitespace_:
                continue
            if t.lower_ in self.lx.of_nouns and (k + 1 >= len(doc) or doc_words[k + 1].lower_ != "of"):
                break  # "3 head injuries": "head" counts only "head of cattle"
            if t.lower_ in self.lx.count_nouns and (k == j or not doc[k].is_title) or self.demonym_people(doc, k):
                if k > j and t.lower_ in self.lx.next_nouns:  # (a capital after other words ends a name: "two United States jets")
                    break  # "5 car bombs killed": the participle is the verb of the counted noun
                if k + 1 < len(doc) and doc_words[k + 1].lower_ in self.lx.count_nouns \
                        and doc_words[k + 1].lower_ not in self.lx.next_nouns and doc_words[k + 1].is_lower:
                    return k + 1, k + 2  # "25 crew members", "300 police officers": the compound's head
                return k, k + 1
            if k > j and doc_words[k - 1].is_title and not doc_words[k - 1].is_stop and t.text[:1].isalnum() and any(c.isdigit() for c in t.text) \
                    and t.text.isalnum():
                continue  # a model's code in a name: "six Airbus A321 aircraft", "two Boeing 737 jets"
            if not t.is_alpha or t.is_stop and not (k > j and doc_words[k - 1].text == "-" or k + 1 < len(doc) and doc_words[k + 1].text == "-"):
                break  # (a stop word inside a compound modifier goes on: "Russian-made", "well-known")
        if j < len(doc) and doc_words[j].is_alpha and doc_words[j].is_lower and not doc_words[j].is_stop \
                and not doc_words[j].lower_.endswith(("ed", "ing")) \
                and not (doc_words[j].lower_ in self.lx.of_nouns and (j + 1 >= len(doc) or doc_words[j + 1].lower_ != "of")):  # "well over 1,000 signed the petition", "18 measuring": a verb
            return j, j + 1
        return None, j

    @staticmethod
    def paired_modifiers(doc: Doc, k: int) -> bool:
        """Is token k an "and"/"or" between two lower-case modifiers ("confirmed or suspected", "new and used")?"""
        words = TokenTable.of(doc).words
        if not 0 < k < len(doc) - 1 or words[k].lower_ not in ("and", "or"):
            return False
        return all(w.is_alpha and w.is_lower and not w.is_stop for w in (words[k - 1], words[k + 1]))

    def casualty_verb(self, doc: Doc, start: int, end: int) -> int | None:
        """A verb of count_nouns.tsv's participles ("killed", "wounded") right before a count with no noun, or
        after it in the passive: "the barrage killed at least four and wounded dozens", "five were killed" count
        deaths and the wounded, as "four killed" does."""
        words = TokenTable.of(doc).words
        k = end
        while k < min(end + 2, len(doc)) and (words[k].lower_ in BE_FORMS or words[k].lower_ in PERFECT_FORMS):
            k += 1
        candidates = (start - 1, k) if k > end else (start - 1,)
        return next((c for c in candidates if 0 <= c < len(doc) and words[c].is_lower and words[c].lower_.endswith("ed")
                     and words[c].lower_ in self.lx.next_nouns), None)

    def subject_noun(self, doc: Doc, start: int) -> int | None:
        """A plural counted noun right before a verb of change that a count with no noun ends ("cases rise to at least
        64", "deaths have climbed to 120", "jobs fell by 300"): the count counts it."""
        words = TokenTable.of(doc).words
        k = start - 1
        if k > 0 and words[k].lower_ in ("to", "by"):
            k -= 1
        if k < 1 or words[k].lower_ not in self.lx.change_words and words[k].lower_ not in REACH_VERBS:
            return None
        k -= 1
        while k > 0 and (words[k].lower_ in BE_FORMS or words[k].lower_ in PERFECT_FORMS):
            k -= 1  # "deaths have risen to"
        t = words[k]
        if t.is_alpha and t.lower_ in self.lx.count_nouns and t.lower_ not in self.lx.next_nouns \
                and (t.lower_.endswith("s") or self.lx.count_nouns[t.lower_] == "people") and (t.is_lower or doc[k].is_sent_start):
            return k
        of = next((o for o in range(k - 1, max(k - 5, 0), -1) if words[o].lower_ == "of"), None)  # "the population of Mongolia"
        head_ = words[of - 1] if of is not None else None
        return of - 1 if head_ is not None and head_.is_alpha and head_.lower_ in self.lx.count_nouns \
            and self.lx.count_nouns[head_.lower_] == "people" and (head_.is_lower or doc[of - 1].is_sent_start) else None

    def noun_unit(self, doc: Doc, k: int) -> str | None:
        """The unit of the counted noun at token k: a noun of count_nouns.tsv, or its singular after a hyphen
        ("three-bedroom": bedrooms, "a 200-seat hall": seats)."""
        word = TokenTable.of(doc).words[k].lower_
        unit = self.lx.count_nouns.get(word)
        if unit is None and k > 0 and doc[k - 1].text == "-":
            unit = self.lx.count_nouns.get(word + "s")
            if unit == "people" and k + 1 < len(doc) and doc[k + 1].lower_ in self.lx.state_groups.get("noun", ()):
                return "countries"  # "the 20-member region", "a 27-member bloc"
        elif unit == "people" and word == "members" and k > 0 and doc[k - 1].lower_ in self.lx.state_groups.get("name", ()):
            return "countries"  # "three of the 32 Nato members"
        return unit

    def group_noun(self, doc: Doc, j: int) -> int | None:
        """The noun of count_nouns.tsv a part of a counted group counts: "37 of the 150 seats", "12 of their
        last 13 games", "29 of 50 states" (the count after "of" is a claim of its own), "58 of its citizens"."""
        doc_words = TokenTable.of(doc).words
        if j + 2 >= len(doc) or doc_words[j].lower_ != "of":
            return None
        if doc_words[j + 1].is_digit:  # "29 of 50 states"
            k = j + 1
        elif j + 3 < len(doc) and doc_words[j + 1].lower_ in DETERMINERS:
            k = j + 2 + (doc_words[j + 2].lower_ in GROUP_MODIFIERS)
        else:
            return None
        if k < len(doc) and not doc_words[k].is_digit and doc_words[j + 1].lower_ in DETERMINERS:
            return k if doc_words[k].lower_ in self.lx.count_nouns else None  # "58 of its citizens", "12 of the players"
        if k + 1 >= len(doc) or not doc_words[k].is_digit:
            return None
        noun = k + 1 + (doc_words[k + 1].lower_ not in self.lx.count_nouns)  # "the 30 largest cities": one word between
        return noun if noun < len(doc) and doc_words[noun].lower_ in self.lx.count_nouns else None

    def age(self, doc: Doc, start: int, end: int, num: Number) -> bool:
        """Is the bare number an age in years? After an age word ("aged 30", "aged four", "at the age of 30",
        "aged 18-25") or, in digits, between commas after a name ("John Smith, 45, was arrested")."""
        doc_words = TokenTable.of(doc).words
        if num.kind not in ("cardinal", "range") or num.scaled or start == 0:
            return False
        prev = doc_words[start - 1].lower_
        if self.after_age_word(doc, start):
            if num.end < len(doc) and doc_words[num.end].is_alpha and doc_words[num.end].is_lower and not doc_words[num.end].is_stop:
                return False  # "turned 3 corners": a count of the noun after it
            return num.digits or not (end < len(doc) and doc_words[end].lower_ == "of")  # "aged 30", "aged four"; not "ages of one of them"
        if self.age_bound(doc, start, end, num):
            return True
        if not num.digits:
            return False
        if num.value is None or not 0 < num.value < 120 or num.value != int(num.value) or start < 2 or end >= len(doc):
            return False
        if prev == "both" and start >= 3 and doc_words[start - 2].text == "," and doc_words[end].text in (",", ")"):
            return self.lx.count_nouns.get(doc_words[start - 3].lower_) == "people"  # "The victims, both 23, were"
        return prev == "," and doc_words[end].text in (",", ")") and not self.numbered_item(doc, start, end) \
            and self.age_subject(doc, start - 1, end + 1)

    def age_bound(self, doc: Doc, start: int, end: int, num: Number) -> bool:
        """Is the number after "under" or "over" that follows people an age ("Children under 5", "adults over 65",
        "children under five"), or after "younger than" or "older than" ("those younger than 18")? Not before a noun
        it counts; a unit after it is read before ("men over 6 feet", "older than 30 years")."""
        doc_words = TokenTable.of(doc).words
        k = num.start - 1
        compared = k >= 1 and doc_words[k].lower_ == "than" and doc_words[k - 1].lower_ in AGE_COMPARATIVES  # "younger than 18"
        if not compared and (num.start - start != 1 or doc_words[start].lower_ not in AGE_BOUNDS
                             or self.lx.count_nouns.get(doc_words[start - 1].lower_) != "people"):
            return False
        if num.value is None or not 0 < num.value < 120 or num.value != int(num.value):
            return False
        return end == len(doc) or doc_words[end].lower_ not in self.lx.count_nouns

    def after_age_word(self, doc: Doc, start: int) -> bool:
        """Does a word of age_words.txt stand before token `start` ("aged 30", "at the age of 30")?"""
        doc_words = TokenTable.of(doc).words
        prev = doc_words[start - 1].lower_ if start > 0 else ""
        return prev in self.lx.age_words or prev == "of" and start >= 2 and doc_words[start - 2].lower_ in self.lx.age_words

    def age_subject(self, doc: Doc, comma: int, after: int) -> bool:
        """Is the word before the comma at token `comma` a person: up to three names ("Smith", "LeBron James",
        "Mr Smith") not after a preposition and no place ("In Kenya, 30,"), or a noun of one person ("his wife")?
        One name in a tally of name-number pairs is none ("Texas, 12, California, 9"); `after` is the token
        after the number's closing comma."""
        doc_words = TokenTable.of(doc).words
        k = comma - 1
        while k >= 0 and comma - k <= 3 and doc_words[k].is_alpha and doc_words[k].text[0].isupper() and not doc_words[k].is_upper \
                and not doc_words[k].is_stop and doc_words[k].lower_ not in self.lx.time_words:
            k -= 1
        names = doc_words[k + 1:comma]
        if comma > 0 and doc_words[comma - 1].lower_ in self.lx.person_nouns:
            return True
        if not names or any(t.lower_ in self.lx.places for t in names):
            return False
        tally = after + 2 < len(doc) and doc_words[after].is_title and doc_words[after + 1].text == "," and doc_words[after + 2].like_num
        if len(names) == 1 and (k >= 0 and doc_words[k].text in (",", ":", ";") or tally):
            return False
        return k < 0 or not (doc_words[k].is_lower and doc_words[k].is_stop) \
            or doc_words[k].lower_ in PERSON_PREPOSITIONS \
            or doc_words[k].lower_ == "and" and self.first_name_of_pair(doc, k)
        # "in Germany, 12," "of NATO, 32,"; but "bail for Reid, 28,", "Isaac and Chastain, 37,"

    def first_name_of_pair(self, doc: Doc, k: int) -> bool:
        """Is the "and" at token k after one to three capitalised words that are no place nor time and follow no
        preposition or other function word ("To prepare, Isaac and Chastain, 37,"; not "into Texas and Ohio, 30,")?"""
        doc_words = TokenTable.of(doc).words
        j = k - 1
        while j >= 0 and k - j <= 3 and doc_words[j].is_title and not doc_words[j].is_stop \
                and doc_words[j].lower_ not in self.lx.places and doc_words[j].lower_ not in self.lx.time_words:
            j -= 1
        if j == k - 1:
            return False
        return j < 0 or not (doc_words[j].is_lower and doc_words[j].is_stop) and doc_words[j].is_punct

    # -- deciding ----------------------------------------------------------------------------------
    def is_claim(self, doc: Doc, start: int, end: int, num: Number, kind: str, noun: int | None, ranged: bool = False,
                 scaled_range: bool = False) -> bool:
        """Not a date, time, year, identifier, page or list number; a spelled-out number needs a measure.
        A range ("2-3 million people", "10,000-15,000 troops") is no pair of digits like "3-0"."""
        doc_words = TokenTable.of(doc).words
        lx = self.lx
        prev = doc[start - 1] if start > 0 else None
        nxt = doc[end] if end < len(doc) else None
        # a span of years ("2022–2023", "1500-2000") is a count only of a counted noun ("1500-2000 people")
        measured = kind not in ("count",) or num.scaled or num.kind in ("vague", "fraction") or num.kind == "range" and not num.year_like \
            or ranged and scaled_range
        if self.dating(prev) or self.dating(nxt):
            return False  # "September 2", "24 February", "3 pm", "0900 GMT"; not "aged 18 may vote"
        if self.day_range_end(doc, start, num):
            return False  # "from September 3 to 6": the last day of a date's range
        if kind == "time" and nxt is not None and nxt.lower_ in lx.span_words:
            return False  # "a seven-day rolling average", "the 10-year Treasury yield": a span that names, no figure
        if nxt is not None and nxt.lower_ == "of" and end + 1 < len(doc) and doc_words[end + 1].lower_ in lx.time_words:
            return False
        if prev is not None and prev.lower_ == "per":
            return False  # "223 deaths per 100,000 live births", "6 litres per 100 km": a rate's base, not a figure
        if num.year_like and not measured and not (noun is not None and self.noun_unit(doc, noun) and doc_words[noun].is_lower):
            return False  # "in 2023", "the 2022 invasion", "its 2001 Person of the Year"
        # a scale letter glued to the digits of a bare count may be a code's letter ("Room 4B", "221B Baker Street")
        coded = not measured or num.scaled and num.end - num.start == 1 and kind == "count"
        if prev is not None and self.labelled(doc, start) and coded:
            return False
        if prev is not None and kind == "count" and (noun is None or self.noun_unit(doc, noun) is None) \
                and not (end < len(doc) and doc_words[end].lower_ in COUNT_MODIFIERS) and self.listed(doc, start, ranged or num.kind == "range"):
            return False
        if self.numbered_item(doc, start, end) and not measured:
            return False
        if num.digits and coded and (not ranged and self.paired(doc, start, num.end) or noun is None and (
                self.named(doc, num.end) or self.code_digits(doc, start, num.end))):
            return False
        if num.digits and nxt is not None and nxt.text == "/" and not doc[end - 1].whitespace_ \
                and DOI_PREFIX.fullmatch(doc_words[start].text):
            return False  # "(10.1038/nature12373)", "DOI is 10.1126/science.abc1234": an identifier
        if num.digits and coded and self.wickets_for_runs(doc, start, num.end):
            return False
        if num.digits and coded and self.dialled(doc, start, num.end, noun):
            return False
        if prev is not None and prev.lower_ in ("these", "those") and noun is None and not measured:
            return False  # "32 projects ..., and out of these 32": a figure given before, named again
        if num.digits:
            return True
        # spelled-out numbers: only with a measure ("four years", "two-thirds") or a counted noun
        if kind == "time" and prev is not None and prev.lower_ in lx.time_frames:
            return False  # "in the last two weeks": a time frame
        if measured:
            return not (num.value == 1 and kind in ("count", "points"))  # "one of", "at one point"
        if num.value == 1 or noun is None or self.noun_unit(doc, noun) is None:
            return False
        # "the two countries", "its two neighbours"; "relations between two countries": the pair related, no count
        return prev is None or prev.lower_ not in DETERMINERS and not (num.value == 2 and prev.lower_ == "between" and not ranged)

    def dating(self, t: Token | None) -> bool:
        """Does token t beside a number make it a date or a clock time? A month that is also a common word
        only capitalised ("18 May", not "aged 18 may vote", "3 march")."""
        return t is not None and t.lower_ in self.lx.time_words and not (t.is_lower and t.lower_ in WORD_MONTHS)

    def labelled(self, doc: Doc, start: int) -> bool:
        """"Part 2", "pg. 625", "No. 5", "COVID-19", "Boeing 737": a number that names something."""
        doc_words = TokenTable.of(doc).words
        prev = doc[start - 1]
        if self.label_word(doc, start):
            return True
        if prev.lower_ in ("'s", "’s") and start >= 2 and doc_words[start - 2].is_title and start + 1 < len(doc) \
                and doc_words[start + 1].lower_ in INDEX_WORDS:
            return True  # "the Standard & Poor's 500 index": a possessive name's number before "index" names the index
        if prev.text in ("-", "#") and not prev.whitespace_ and start >= 2 and not doc[start - 2].whitespace_ \
                and doc_words[start - 2].is_alpha and doc_words[start - 2].lower_ not in self.lx.cardinals:
            return True  # "COVID-19", "F-16"
        # "Part 2", "Boeing 737", "iPhone 15"; opening a sentence, a name the text never writes in lower case ("Apollo 11"),
        # but no gerund ("Drinking 3 to 5 cups", "Walking 10,000 steps")
        return prev.is_alpha and not prev.is_lower and not prev.is_stop and prev.lower_ not in self.lx.time_words \
            and prev.lower_ not in RELATIVE_DAYS \
            and (prev.lower_,) not in self.lx.qualifiers \
            and (not prev.is_sent_start or prev.lower_ not in lower_words(doc) and not self.gerund(prev))

    def gerund(self, t: Token) -> bool:
        """Is t a capitalised "-ing" word that is a verb, not a name ("Drinking", "Cutting"; not "Beijing", "Boeing",
        "Reading")? The shape of a verb's -ing form and no place or organisation."""
        return gerund_shape(t.text) and t.lower_ not in self.lx.places and t.lower_ not in self.lx.org_names

    def label_word(self, doc: Doc, start: int) -> bool:
        """Is the word before token `start` one of number_labels.txt ("Part 2", "pg. 625", "No. 5")?"""
        doc_words = TokenTable.of(doc).words
        words = [doc_words[start - 1].lower_]
        if start >= 2 and not doc[start - 2].whitespace_:
            words.append(doc_words[start - 2].lower_ + doc_words[start - 1].lower_)
        return any(w in self.lx.labels for w in words)

    def listed(self, doc: Doc, start: int, ranged: bool) -> bool:
        """Is the number at token `start` one of several numbers a label word names ("junctions 10 and 11",
        "Articles 5 and 7", "pages 10, 11 and 12"), or a range of them ("chapters 3 to 5")? Labels, no figures."""
        doc_words = TokenTable.of(doc).words
        k = start
        while k >= 2 and doc_words[k - 1].lower_ in LIST_JOINERS and plain_digits(doc_words[k - 2].text):
            k -= 2
        return k > 0 and (k < start or ranged) and self.label_word(doc, k)

    def wickets_for_runs(self, doc: Doc, start: int, end: int) -> bool:
        """Is the bare number one side of a cricket score, wickets for runs ("at 6 for 255", "Lee took 3 for 77",
        "no wicket for 126", "three for 89"): a game's score, no claim? The wickets are 0-10, the runs digits alone."""
        words = TokenTable.of(doc).words

        def wickets(k: int) -> bool:
            return k >= 0 and (words[k].text.isdigit() and int(words[k].text) <= 10 or self.lx.cardinals.get(words[k].lower_, 11) <= 10)

        def runs(k: int) -> bool:
            return k < len(doc) and words[k].text.isdigit() and (k + 1 == len(doc) or not words[k + 1].like_num
                                                                  and words[k + 1].lower_ not in self.lx.count_nouns
                                                                  and self.unit_at(doc, k + 1) is None)
        if end - start != 1:
            return False
        if end + 1 < len(doc) and words[end].lower_ == "for" and wickets(start) and runs(end + 1):
            return True
        return start >= 2 and words[start - 1].lower_ == "for" and runs(start) and (
            wickets(start - 2) or words[start - 2].lower_ in ("wicket", "wickets") and words[start - 3].lower_ == "no")

    def dialled(self, doc: Doc, start: int, end: int, noun: int | None = None) -> bool:
        """An emergency number dialled or named ("call 999", "dial 911", "a 911 call", "calls to 112"), or a
        phone number of five digits or more ("the 222222 number", "call 0800123"; not "called 10000 people")."""
        doc_words = TokenTable.of(doc).words
        phone = self.lx.phone
        text = doc_words[start].text
        long = text.isdigit() and len(text) >= 5
        if end - start != 1 or not (text in phone["number"] or long):
            return False
        prev = doc_words[start - 1].lower_ if start > 0 else ""
        if prev in phone["dial"] and (noun is None or not long) or end < len(doc) and doc_words[end].lower_ in phone["line"]:
            return True
        return prev == "to" and start > 1 and doc_words[start - 2].lower_ in phone["line"]

    def named(self, doc: Doc, end: int) -> bool:
        """A name or code follows the bare number: "10 Downing Street", "5G", "737 MAX"; not people named by a
        nationality ("865 Palestinians") nor a noun they modify ("100 British marines", "3,000 Hamas supporters")."""
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.text in COMPASS_POINTS and doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_title:
            return self.named(doc, end + 1)  # "4214 N. Mississippi Ave.", "100 SW Main Street": an address
        if nxt is None or not nxt.is_alpha or nxt.is_lower or doc[end - 1].whitespace_ and not nxt.is_title:
            return False
        if not doc[end - 1].whitespace_:
            return True
        if self.demonym_people(doc, end):
            return False
        k = end + 1
        while k < min(end + 4, len(doc)):
            t = doc[k]
            if self.demonym_people(doc, k):
                return False  # "200,000 East Timorese"
            if t.is_lower:
                if t.is_alpha and not t.is_stop and (t.lower_ in self.lx.count_nouns or t.lower_.endswith("s")):
                    return False
                break
            if not t.is_title:
                break
            k += 1
        # "more than 100 Hard Rock Cafes in 38 countries": a count of them; not in a headline ("5 Top Tech Stocks for 2015")
        return not self.plural_name(doc[k - 1]) or self.headline(doc, end)

    @staticmethod
    def plural_name(t: Token) -> bool:
        """Is t a capitalised plural noun ending a name ("Cafes", "Stores"), not a name's "-ss" or "News"?"""
        word = t.lower_
        return t.is_title and t.is_alpha and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "news"))

    @staticmethod
    def headline(doc: Doc, k: int) -> bool:
        """Is token k in a line of title case, most of its content words capitalised ("5 Key Business Predictions for 2015")?"""
        line = doc[k].sent
        words = [t for t in line if t.is_alpha and not t.is_stop and not t.is_sent_start]
        return sum(t.is_title or t.is_upper for t in words) > 0.6 * len(words)

    def demonym_people(self, doc: Doc, k: int) -> bool:
        """Does token k name people by their nationality: a plural ("Palestinians") or, as the last word of its
        phrase, one in -ese ("200,000 East Timorese"; not "20 Japanese vessels")?"""
        t = doc[k]
        word = t.lower_
        if not t.is_title:
            return False
        if word.endswith("s") and word[:-1] in self.lx.demonyms:
            return True
        if any(word.endswith(end) and word[:-len(end)] in self.lx.places for end in PLACE_PLURALS):
            return True  # "15,000 Tanzanians", "200 Brazilians", "40 Israelis": the people of a place
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        return word.endswith("ese") and word in self.lx.demonyms and (nxt is None or not nxt.is_alpha or nxt.is_stop and nxt.is_lower)

    def code_digits(self, doc: Doc, start: int, end: int) -> bool:
        """Digits of a phone number or code: next to another group of digits ("+1 202 555 0143") or
        with a leading zero ("0143", "007")."""
        doc_words = TokenTable.of(doc).words
        first = doc_words[start].text
        return first[0] == "0" and first.isdigit() and len(first) > 1 or start > 0 and doc_words[start - 1].is_digit \
            or end < len(doc) and doc_words[end].is_digit

    def paired(self, doc: Doc, start: int, end: int) -> bool:
        """One of two numbers joined by a hyphen that are not a range: "2020-21", "3-0"."""
        doc_words = TokenTable.of(doc).words
        if start >= 4 and doc_words[start - 2].lower_ == "to" and doc_words[start - 1].text == doc_words[start - 3].text == "-" \
                and not any(doc[k].whitespace_ for k in range(start - 4, start)):
            start -= 2  # the second of "3-to-1": "to" between hyphens joins as a hyphen does
        if end + 3 < len(doc) and doc_words[end + 1].lower_ == "to" and doc_words[end].text == doc_words[end + 2].text == "-" \
                and not any(doc[k].whitespace_ for k in range(end - 1, end + 3)):
            end += 2
        nxt = doc[end] if end < len(doc) else None
        if start >= 2 and doc_words[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc_words[start - 2].like_num:
            return True  # "2020-21", the second of "3-0", "a 3-to-1 margin"
        return nxt is not None and nxt.text in ("-", "–") and not nxt.whitespace_ and end + 1 < len(doc) \
            and not doc[end - 1].whitespace_ and doc_words[end + 1].like_num

    def numbered_item(self, doc: Doc, start: int, end: int) -> bool:
        """List numbering ("1." / "2)" opening a line) and bracketed references ("(3)", "[4]")."""
        doc_words = TokenTable.of(doc).words
        nxt = doc_words[end].text if end < len(doc) else ""
        line_start = start == 0 or "\n" in doc[start - 1].text_with_ws or doc_words[start - 1].text in ("(", "[") and (
            start == 1 or "\n" in doc[start - 2].text_with_ws)
        if line_start and nxt in (".", ")"):
            return True
        if nxt == ")" and start > 0 and doc_words[start - 1].text in (":", ",", ";") \
                and not any(doc_words[k].text == "(" for k in range(doc[start].sent.start, start)):
            return True  # "are: 1) Deviled, 2) Scotch": items numbered inside a line
        return start > 0 and doc_words[start - 1].text in ("(", "[") and nxt in (")", "]")

    # -- ordinals ------------------------------------------------------------------------------------
    def ordinal(self, doc: Doc, num: Number) -> Quantity | None:
        """An ordinal is a claim as an anniversary or a first ("the 85th anniversary", "the first time",
        "the first French president to visit", "a second UN vote", "the second-largest"), or a fraction
        ("a third of", "around a third")."""
        doc_words = TokenTable.of(doc).words
        lx = self.lx
        s, e = num.start, num.end
        prev = doc[s - 1] if s > 0 else None
        nxt = doc[e] if e < len(doc) else None
        if self.dating(prev) or self.dating(nxt):
            return None  # "February 24th", "the 2nd of June"
        if nxt is not None and nxt.lower_ == "of" and e + 1 < len(doc) and doc_words[e + 1].lower_ in lx.time_words:
            return None
        value = float(num.value)  # type: ignore[arg-type]
        # a fraction: "a third of", "one fifth of", "around a third"
        if prev is not None and prev.lower_ in ("a", "one") and value >= 3:
            qualifier, qstart = self.qualifier_before(doc, s - 1)
            if nxt is not None and nxt.lower_ == "as" and self.equal_comparison(doc, e):  # "a third as tall as": a multiplier
                return Quantity(qstart, e, 1 / value, "times", "multiplier", "multiplier", qualifier=qualifier, after=e)
            if (nxt is not None and nxt.lower_ == "of") or qualifier != "exact" or self.share_of_change(doc, s - 1, e):
                return Quantity(qstart, e, 1 / value, "fraction", "fraction", "fraction", qualifier=qualifier, after=e)
        det = s - 1 if prev is not None and prev.lower_ in ("the", "a", "an", "its", "their", "his", "her") else s
        # rank: "the second-largest", "third biggest"
        k = e + 1 if nxt is not None and nxt.text == "-" else e
        if k < len(doc) and lx.ordinal_nouns.get(doc_words[k].lower_) == "rank":
            return Quantity(s, k + 1, value, "ordinal", "ordinal", "ordinal-rank", after=k + 1)
        if prev is not None and (prev.lower_ in lx.rank_words or prev.lower_ == "to" and s > 1 and doc_words[s - 2].lower_ in lx.change_words):
            return Quantity(s, e, value, "ordinal", "ordinal", "ordinal-rank", after=e)  # "ranked 12th", "finished third", "fell to 45th"
        # anniversary / time / vote...: the ordinal noun right after, or after up to two modifiers
        for k in range(e, min(e + 3, len(doc))):
            t = doc[k]
            mode = lx.ordinal_nouns.get(t.lower_)
            if mode == "phrase" and k == e:
                text_start = det if det < s and doc_words[det].lower_ == "the" else s
                return Quantity(text_start, k + 1, value, "ordinal", "ordinal", f"ordinal-{t.lower_}", after=k + 1)
            if mode == "ordinal" or mode == "bare" and det == s:  # "a second UN vote"; "in third place", not "in the first place"
                return Quantity(s, e, value, "ordinal", "ordinal", "ordinal-event", after=k + 1)
            if not t.is_alpha or t.is_stop:
                break
        # achievement: "the first French president to visit", "the first to sign"; not one of a group
        # ("one of the first to arrive", "among the first to sign")
        if det < s and doc_words[det].lower_ == "the" and not (det > 0 and doc_words[det - 1].lower_ in ("of", "among")):
            for k in range(e, min(e + 5, len(doc))):
                t = doc[k]
                if t.lower_ == "to":
                    verb = doc[k + 1] if k + 1 < len(doc) else None
                    if verb is not None and verb.is_alpha and verb.is_lower and verb.lower_ not in DETERMINERS \
                            and verb.lower_ not in ("a", "an", "be") and not verb.like_num:
                        return Quantity(det, k, value, "ordinal", "ordinal", "ordinal-first-to", after=k)
                    break
                if not (t.is_alpha or t.text == "-") or t.lower_ in ("of", "and", "or", "in", "on", "for", "that", "who", "which") \
                        or t.lower_ in AUXILIARIES:
                    break  # "the third quarter is still insufficient to deliver ...": a clause's verb, no first
        return None
