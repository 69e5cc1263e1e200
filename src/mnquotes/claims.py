"""Claims: every checkable quantity of a document (numeric claims) and the sentences that assert a
checkable fact (other claims: firsts, votes, agreements signed, visits, legal obligations, sentences).

A numeric claim is a `Quantity` (see quantities.py) placed in its sentence: `subject` is what it
measures (the "of X" after a share, the counted noun, a measure noun before it, or the subject of the
parallel claim before it when the sentence elides it: "41 percent of Mongolia's imports, while Russia
accounted for 26 percent"), `entity` whose figure it is (the first name of its clause), `speaker` the
speaker of the quotation or reported clause it sits in. Other claims come from rules/claim_cues.tsv:
a sentence holding one of a cue's trigger words is matched with the cue's regex; one record per sentence, `why` naming the cue.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .documents import Document
from .errors import RulesError
from .quantities import RELATIVE_DAYS, Lexicon, Quantity, QuantityReader, lower_words, rows
from .records import Claim, ClaimScope, Quote
from .rules import Rules
from .sentences import Sentences
from .tokens import TEXT_KEY, TokenTable, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CLAUSE_BREAKS = {";", ":", "–", "—", "(", ")", ",", "“", "”", '"'}
COMPARISONS = {("compared", "with"), ("compared", "to"), ("against",), ("versus",), ("vs",), ("vs.",)}  # "X dlrs against Y"
AMOUNT_FOLLOWERS = {"and", "or", "but", "in", "for", "on", "at", "by", "from", "to", "due", "last", "this", "a", "the", "each", "against",
                    "above", "below", "short"}  # "27.7 trillion tenge, 2 trillion above the plan"
EARLIER_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her"}  # "from a previous 2.8", "from its present 500 mln"
EARLIER_WORDS = {"previous", "earlier", "initial", "original", "present", "current", "prior", "revised", "estimated", "forecast"}
UNCOMPARED_KINDS = {"count", "fraction", "vague", "ordinal", "time", "multiplier"}  # no unit a compared figure leaves unwritten
CLAUSE_WORDS = {"while", "whereas", "but", "although", "though", "and", "which", "who"}
PHRASE_STOPS = {
    "and", "or", "but", "while", "whereas", "from", "which", "that", "who", "since", "to", "in", "on", "at",
    "by", "for", "with", "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could",
    "than", "as", "after", "before", "during", "over", "compared", "a", "an", "per", "each", "every",
    # prepositions and conjunctions that start another phrase ("2,000 adults across 27 countries", "25 crew
    # members when it ran aground"), a time after the phrase ("5.9% of GDP this year")
    "across", "among", "between", "against", "into", "through", "within", "without", "under", "above", "below",
    "around", "near", "until", "via", "when", "where", "because", "if", "unless", "whether", "this", "last", "next",
    "may", "might", "must", "should", "do", "does", "did",
    # verbs in the past tense not ending in -ed ("-ed" words stop a phrase anyway): "a survey of 1,500 owners found"
    "said", "told", "found", "thought", "made", "took", "gave", "saw", "came", "went", "became", "fell", "rose",
    "grew", "held", "paid", "sold", "bought", "spent", "lost", "won", "left", "kept", "got", "ran", "sent", "built",
    "brought", "began", "fled", "shrank", "met", "led", "says", "shows", "showed",
    "expects", "forecasts", "predicts", "sees",
}
ORDINAL_PHRASE_WORDS = {"of", "to", "a", "an"}  # stop words inside what comes n-th: "anniversary of the Battle", "president to visit"
POSSESSIVE_PRONOUNS = {"its", "their"}
LEVEL_WORDS = {"to", "at"}  # ", to 34,567" after a change: the level reached, not an elided figure
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}  # begin place names
NAME_JOINERS = {"-", "of"}  # "Bat-Uul", "Battle of Khalkhin Gol"; and a name's particles (rules/name_particles.txt)
SHARE_KINDS = {"percent", "fraction"}  # kinds whose "of X" names what they are a part of
SHARE_UNITS = {"percent", "fraction"}  # "41 percent of X" is a share of X; "2.5 percentage points of X" is not
MAX_PHRASE = 8
NAME_WINDOW = 25  # tokens either side of a claim searched for its entity
SPACES = re.compile(r"\s+")


class ClaimFinder:
    """Numeric and other check-worthy claims of one analysed document."""

    def __init__(self, rules: Rules) -> None:
        self.lexicon = Lexicon.load(rules)
        self.reader = QuantityReader(self.lexicon)
        self.measure_nouns = frozenset(rules.lowered("measure_nouns.txt"))
        self.measure_verbs = frozenset(rules.lowered("measure_verbs.txt"))
        self.level_words = LEVEL_WORDS | frozenset(rules.lowered("level_verbs.txt"))  # ", to close at 26,115.65"
        lx = self.lexicon
        self.demonyms = frozenset(rules.lowered("demonyms.txt"))
        self.org_heads = frozenset(rules.lowered("org_heads.txt"))
        self.name_particles = frozenset(rules.lowered("name_particles.txt"))  # "Osama bin Laden", "bin Laden"
        self.name_joiners = NAME_JOINERS | self.name_particles
        self.not_names = lx.time_words | RELATIVE_DAYS | self.demonyms | frozenset(lx.count_nouns) | self.measure_nouns \
            | frozenset(lx.fraction_words)
        self.cues: list[tuple[str, re.Pattern[str]]] = []
        triggers: dict[str, list[int]] = {}
        for rule_id, words, pattern, *_ in rows(rules, "claim_cues.tsv", 3):
            try:
                self.cues.append((rule_id, re.compile(pattern, re.I)))
            except re.error as exc:
                raise RulesError(f"claim_cues.tsv: {rule_id}: bad regex ({exc})") from None
            for word in words.lower().split():
                triggers.setdefault(word, []).append(len(self.cues) - 1)
        self.triggers = triggers

    def find(self, sdoc: Doc, document: Document, quotes: Sequence[Quote], scope: ClaimScope = "all") -> list[Claim]:
        """Numeric claims, then other claims, each in document order.

        Args:
            sdoc: the spaCy Doc of `document.text` (tokens and sentences are all it needs).
            document: the document (for raw offsets and source metadata).
            quotes: the document's quotes; a claim inside one gets its speaker.
            scope: "numeric" skips the other claims, "none" makes no claims.
        """
        if scope == "none":
            return []
        sdoc.user_data.setdefault(TEXT_KEY, document.text)  # the Doc's text, without re-joining its tokens
        sentences = Sentences.of(sdoc)
        speakers = QuoteSpeakers(quotes)
        claims = self.numeric(sdoc, document, sentences, speakers)
        if scope == "all":
            claims += self.other(sdoc, document, sentences, speakers)
        return claims

    # -- numeric claims ------------------------------------------------------------------------------
    def numeric(self, sdoc: Doc, document: Document, sentences: Sentences, speakers: QuoteSpeakers) -> list[Claim]:
        """One claim per quantity, with the context the sentence gives it."""
        doc_words = TokenTable.of(sdoc).words
        out: list[Claim] = []
        before: Quantity | None = None  # the previous claim of the same sentence
        before_subject: str | None = None
        for q in self.reader.find(sdoc):
            sent = sentences.of_token(q.start)
            if before is not None and sentences.of_token(before.start).start != sent.start:
                before, before_subject = None, None
            if q.bare and before is not None and (before.kind != "count" and self.parallel(sdoc, before, q) or self.tally(sdoc, before, q)
                                                  or self.from_to(sdoc, before, q)) \
                    or q.bare_scaled and before is not None and before.kind == "money" and self.parallel(sdoc, before, q) \
                    and (q.end == len(sdoc) or doc_words[q.end].is_punct or doc_words[q.end].lower_ in AMOUNT_FOLLOWERS
                         or doc_words[q.end].lower_ in ("more", "less") and q.end + 1 < len(sdoc)
                         and doc_words[q.end + 1].lower_ == "than"):  # "$4.5 billion, 1.2 billion more than planned"
                # "fined 9.5 mln dlrs, American ... 1.5 mln and ...": a scaled figure's money goes unwritten too, not a
                # count that acts ("raised $2 billion, while 1.5 million watched")
                q = elided(q, before)
            elif (q.bare or q.bare_scaled) and before is not None and self.compared(sdoc, before, q):
                q = elided(q, before)  # "1.46 billion dlrs compared with 1.29 billion", "to $5.2 billion from 4.8 billion"
            elif before is not None and self.same_rate(sdoc, before, q):
                q = replace(q, unit=before.unit)  # "reached $1.2871 against the euro, from $1.2974": USD/EUR too
            entity = self.entity(sdoc, sent, q)
            subject = self.subject(sdoc, sent, q, entity)
            if subject is None and before is not None:  # a measure named since the claim before: "3.2% growth
                subject = self.measure_before(sdoc, sent, q, self.after_subject(sdoc, sent, before))  # ... and inflation of 5.8%"
                if subject is None and before.unit == q.unit and before.kind == q.kind:
                    subject = before_subject  # "..., while Russia accounted for 26 percent"
            if subject is None:
                subject = self.measure_before(sdoc, sent, q)
            end_char = q.char_end or sdoc[q.end - 1].idx + len(doc_words[q.end - 1].text)
            text, source = document.source([(sdoc[q.start].idx, end_char)])
            out.append(Claim(
                sources=(source,), text=text, type="numeric", value=q.value, unit=q.unit, qualifier=q.qualifier,
                low=q.low, high=q.high, subject=subject, entity=entity, speaker=speakers.at(source.start),
                sentence=clean(sentence_text(sent)), rule=q.rule,
            ))
            before, before_subject = q, subject
        return out

    def parallel(self, sdoc: Doc, before: Quantity, q: Quantity) -> bool:
        """Does bare number q repeat the measure of the claim before it ("41 percent ..., Russia 26")?
        Not a level that a change reaches: "fell 312 points, or 0.9%, to 34,567", "..., 0.6%, ending at 29,872.47"
        (the words after the last break all of `level_words`); not a part of a group: "fell 11%, but rose in 12 of the 30 cities"."""
        if q.end < len(sdoc) and TokenTable.of(sdoc).words[q.end].lower_ in ("of", "out", "per"):
            return False  # "rose in 12 of the 30 largest cities", "3 out of 50": a part of a group; "1 per 100,000 people": a rate
        if before.kind != "money" and before.value and q.value and not 0.01 <= q.value / before.value <= 100:
            return False  # "a 7.8 magnitude earthquake and aftershocks rose to more than 5,000": no measure of its size
        words = TokenTable.of(sdoc).words
        if q.end + 2 < len(sdoc) and words[q.end].text == "," and words[q.end + 1].lower_ == "or" and words[q.end + 2].like_num:
            return False  # "Germany (73,100, or 40%), Hungary (32,800, or 18%)": a figure its own share restates
        between = sdoc[before.end:q.start]
        breaks = [k for k, t in enumerate(between) if t.lower_ in CLAUSE_WORDS or t.text in (",", ";")]
        if len(between) > 12 or not breaks:
            return False
        tail = between[breaks[-1] + 1:]
        return not (len(tail) and all(t.lower_ in self.level_words for t in tail))

    @staticmethod
    def compared(sdoc: Doc, before: Quantity, q: Quantity) -> bool:
        """Is number q, written with no unit, the figure that the measure before it is compared with, of like size
        ("sales of 1.46 billion dlrs compared with 1.29 billion", "5.2 pct against 4.8", "rose to $5.2 billion from
        4.8 billion", "to 2.5 pct from a previous 2.8": "from" after a level that "to" reaches, not "fell 20 pct from
        50")? Not a count's."""
        if before.kind in UNCOMPARED_KINDS or before.unit is None or not before.value or q.value is None \
                or not 0.1 <= q.value / before.value <= 10:
            return False
        between = [t.lower_ for t in sdoc[before.after or before.end:q.start]]
        if len(between) > 3 and between[-3] == "," and between[-2] in ("up", "down") and between[-1] == "from":
            return True  # "totalled 16 million tons in the first months of the year, up from 10.5 million"
        words = tuple(t.lower_ for t in sdoc[before.after or before.end:q.start] if t.text != ",")
        if words[:1] in (("up",), ("down",)):
            words = words[1:]
        if len(words) > 1 and words[1] in EARLIER_DETERMINERS:  # "to 750 mln barrels, from its present 500 mln"
            words = words[:1] + words[2 + (len(words) > 2 and words[2] in EARLIER_WORDS):]
        if words == ("from",):
            return before.start > 0 and sdoc[before.start - 1].lower_ == "to"
        return words in COMPARISONS

    @staticmethod
    def same_rate(sdoc: Doc, before: Quantity, q: Quantity) -> bool:
        """Is money q, after "from", the same rate or price as the claim before it, what it is per unwritten
        ("$1.2871 against the euro, from $1.2974 on Thursday", "rose to $47 a barrel from $45"): a figure of the
        same size, not another amount ("$80 a barrel cut costs from $3bn")?"""
        return q.kind == "money" and before.kind == "money" and q.unit is not None and before.unit is not None \
            and "/" not in q.unit and before.unit.startswith(q.unit + "/") and q.start > 0 \
            and TokenTable.of(sdoc).words[q.start - 1].lower_ == "from" \
            and q.value is not None and before.value is not None and 0.2 * before.value <= q.value <= 5 * before.value

    def tally(self, sdoc: Doc, before: Quantity, q: Quantity) -> bool:
        """Is bare number q the other side of a count of nouns ("52 votes to 48", "3 goals to 1")?"""
        after = before.after or before.end
        return before.noun is not None and before.unit != "count" and q.start == after + 1 \
            and TokenTable.of(sdoc).words[after].lower_ == "to"

    def from_to(self, sdoc: Doc, before: Quantity, q: Quantity) -> bool:
        """Is bare number q the end of a change from the claim before it, whose unit it leaves unwritten
        ("from 110 kilometres an hour to 80", "from 800 people to 1,200")?"""
        words = TokenTable.of(sdoc).words
        after = before.after or before.end
        return before.start > 0 and words[before.start - 1].lower_ == "from" and q.start == after + 1 and words[after].lower_ == "to"

    def entity(self, sdoc: Doc, sent: Span, q: Quantity) -> str | None:
        """Whose figure: the first name of the claim's clause, else of the sentence before it, else inside its
        counted phrase ("500 Al Qaeda fighters"), else after it."""
        lo, hi = max(sent.start, q.start - NAME_WINDOW), min(sent.end, (q.after or q.end) + NAME_WINDOW)
        clause_start = lo
        for k in range(q.start - 1, lo - 1, -1):
            t = sdoc[k]
            if t.text in CLAUSE_BREAKS or t.lower_ in CLAUSE_WORDS:
                clause_start = k + 1
                break
        # the clause's own subject; else the name nearest before the clause ("E. Bat-Uul, was
        # sentenced to four years"); else the first one after ("A country of 3.3 million ..., Mongolia")
        name = self.name_run(sdoc, sent, clause_start, q.start, first=True) \
            or self.name_run(sdoc, sent, lo, clause_start, first=False)
        if name is None and q.noun is not None:  # a name inside the counted phrase: "400 SES volunteers", "500 Al Qaeda fighters"
            name = self.name_run(sdoc, sent, q.end, q.noun, first=True)
        return name or self.name_run(sdoc, sent, q.after or q.end, hi, first=True)

    def name_run(self, sdoc: Doc, sent: Span, lo: int, hi: int, first: bool) -> str | None:
        """The first (or last) run of name words starting in tokens [lo, hi), joined by hyphens or "of";
        the run itself may reach past them within its sentence, so a name at the edge of the search
        window stays whole ("New South Wales Rural Fire Service", not "Wales Rural Fire Service")."""
        doc_words = TokenTable.of(sdoc).words

        def in_name(k: int) -> bool:
            # a demonym is no name alone ("Russian troops") but may begin one ("South Korea", "Asian Development Bank")
            t = sdoc[k]
            return self.is_name(t) or t.is_title and t.lower_ in self.demonyms and k + 1 < sent.end and self.is_name(sdoc[k + 1])

        order = range(lo, hi) if first else range(hi - 1, lo - 1, -1)
        k = next((k for k in order if in_name(k)), None)
        if k is None:
            return None
        start = end = k
        while start - 2 >= sent.start and doc_words[start - 1].text in self.name_joiners and in_name(start - 2) or \
                start - 1 >= sent.start and in_name(start - 1):
            start -= 2 if doc_words[start - 1].text in self.name_joiners else 1
        if start - 1 >= sent.start and doc_words[start - 1].text in self.name_particles:
            start -= 1  # "bin Laden"
        end = k + 1
        while end + 1 < sent.end and doc_words[end].text in self.name_joiners and in_name(end + 1) or \
                end < sent.end and in_name(end):
            end += 2 if doc_words[end].text in self.name_joiners else 1
        if sdoc[start].lower_ in self.demonyms and sdoc[start].lower_ not in COMPASS_WORDS \
                and not any(sdoc[i].lower_ in self.org_heads for i in range(start + 1, end)):
            start += 1  # a nationality before a person is no part of the name: "Australian Michael Klim"
        return sdoc[start:end].text

    def is_name(self, t: Token) -> bool:
        """A capitalised word that names someone: not a function word, month, unit, demonym or number
        word, and at a sentence start only if the document never writes it in lower case ("Winter") and it is
        no gerund before a number ("Needing 375 for victory"; but "Whiting was given")."""
        if not t.is_alpha or len(t) < 2 or not (t.is_title or t.is_upper) or t.like_num:
            return False
        low = t.lower_
        lx = self.lexicon
        if (t.is_stop and not t.is_upper) or low in self.not_names or low in lx.vague_alone or (low,) in lx.qualifiers \
                or lx.unit_of(t.text) is not None or t.text in lx.pre_currencies:
            return False
        return not t.is_sent_start or low not in lower_words(t.doc) \
            and not (t.i + 1 < len(t.doc) and t.nbor().like_num and self.reader.gerund(t))

    def subject(self, sdoc: Doc, sent: Span, q: Quantity, entity: str | None) -> str | None:
        """What is measured, when the expression itself says: its "of X", counted noun or ordinal noun."""
        doc_words = TokenTable.of(sdoc).words
        after = q.after or q.end
        if q.kind in SHARE_KINDS or q.rule == "fraction":
            if after < sent.end and doc_words[after].lower_ == "of":
                phrase = self.phrase(sdoc, after + 1, sent.end, entity)
                share = q.unit in SHARE_UNITS
                return (f"share of {phrase}" if share else phrase) if phrase else None
            return None
        if q.kind == "ordinal":  # what comes n-th: "anniversary of the Battle of ...", "French president to visit Mongolia"
            k = next((k for k in range(q.start, q.end) if doc_words[k].like_num), q.start) + 1
            end = k
            clause = q.rule in ("ordinal-first-to", "ordinal-time")  # "time the president has visited an ICC member"
            while end < min(sent.end, k + 12) and not doc_words[end].is_punct and doc_words[end].lower_ not in CLAUSE_WORDS \
                    and (clause or doc_words[end].lower_ not in PHRASE_STOPS or doc_words[end].lower_ in ORDINAL_PHRASE_WORDS):
                end += 1  # else a noun phrase: "title went to Spain" -> "title"
            return clean(sdoc[k:end].text) or None
        if q.noun is not None:  # a noun of count_nouns.tsv is the whole phrase but for its "of" complement:
            end = q.noun + 1        # "2.3 billion people lack water" -> "people"
            if doc_words[q.noun].lower_ not in self.lexicon.count_nouns or end < sent.end and doc_words[end].lower_ == "of":
                end = self.phrase_end(sdoc, q.noun, sent.end, of=True)
            return clean(sdoc[q.noun:end].text)
        if after < sent.end and doc_words[after].lower_ == "of" and q.kind in ("money", "mass", "volume", "area", "length", "energy", "power"):
            return self.phrase(sdoc, after + 1, sent.end, entity)
        return None

    def after_subject(self, sdoc: Doc, sent: Span, q: Quantity) -> int:
        """The token after claim q and its "of" complement ("41 percent of Mongolia's imports")."""
        after = q.after or q.end
        if after < sent.end and TokenTable.of(sdoc).words[after].lower_ == "of":
            return self.phrase_end(sdoc, after + 1, sent.end)
        return after

    def measure_before(self, sdoc: Doc, sent: Span, q: Quantity, lo: int | None = None) -> str | None:
        """A measure noun earlier in the sentence ("winter temperatures can plunge below -40"), from token lo on."""
        doc_words = TokenTable.of(sdoc).words
        for k in range(q.start - 1, max(sent.start if lo is None else lo, q.start - 15) - 1, -1):
            t = sdoc[k]
            if t.lower_ in self.measure_nouns:
                if k + 1 == q.start and t.lower_ in self.measure_verbs and q.unit != "times":  # not "exports doubled"
                    return self.verb_subject(sdoc, sent, k)
                before = sdoc[k - 1] if k - 1 >= sent.start else None
                modifier = before is not None and before.is_alpha and not before.is_stop and not before.lower_.endswith("ed") \
                    and before.lower_ not in PHRASE_STOPS  # a verb: "forecasts inflation to fall to 5.8%"
                start = self.hyphenated(sdoc, sent, k - 1) if modifier else k
                end = k + 1
                if end + 1 < q.start and doc_words[end].lower_ == "per" and doc_words[end + 1].lower_ in self.lexicon.per_nouns:
                    end += 2  # "GDP per capita", "income per head"
                if end < q.start and doc_words[end].lower_ == "of":  # "the population of Mongolia"
                    end = max(end, self.phrase_end(sdoc, end + 1, q.start) if end + 1 < q.start else end)
                    if end == k + 2:
                        end = k + 1  # "revenue of $4.5 billion": nothing but the figure after "of"
                return clean(sdoc[start:end].text)
        return None

    @staticmethod
    def hyphenated(sdoc: Doc, sent: Span, k: int) -> int:
        """Where the word at token k starts with the words hyphenated to it ("pre-tax", "like-for-like")."""
        table = TokenTable.of(sdoc)
        while k - 2 >= sent.start and table.words[k - 1].text == "-" and not table.spaces[k - 2] and not table.spaces[k - 1] \
                and table.words[k - 2].is_alpha:
            k -= 2
        return k

    def verb_subject(self, sdoc: Doc, sent: Span, k: int) -> str | None:
        """The noun before a measure word used as the verb at token k ("The ticket costs €45" -> "ticket",
        "Adult tickets cost €45" -> "Adult tickets"); None after a function word ("now costs £80")."""
        words = TokenTable.of(sdoc).words
        start = k
        while start > max(sent.start, k - 2) and words[start - 1].is_alpha and not words[start - 1].is_stop \
                and not words[start - 1].lower_.endswith("ed"):
            start -= 1
        return clean(sdoc[start:k].text) or None

    def phrase(self, sdoc: Doc, lo: int, hi: int, entity: str | None) -> str | None:
        """The noun phrase starting at token lo ("Mongolia's imports", "its petroleum products")."""
        end = self.phrase_end(sdoc, lo, hi)
        if end <= lo:
            return None
        words = sdoc[lo:end]
        if entity and words[0].lower_ in POSSESSIVE_PRONOUNS and len(words) > 1:
            return clean(f"{entity}'s {words[1:].text}")
        return clean(words.text)

    def phrase_end(self, sdoc: Doc, lo: int, hi: int, of: bool = False) -> int:
        """Where a phrase starting at lo stops: punctuation, a clause word or a verb-like stop word."""
        doc_words = TokenTable.of(sdoc).words
        end = lo
        while end < hi and end - lo < MAX_PHRASE:
            t = sdoc[end]
            if not (t.is_alpha or t.text in ("'s", "’s", "-", "&")) or t.like_num:
                break
            if end > lo and t.lower_ in PHRASE_STOPS and not (of and t.lower_ == "of"):
                break
            if end > lo and (t.lower_ == "of" and not of or t.is_lower and t.lower_.endswith(("ed", "ly"))):
                break  # "of" ends a head phrase; "-ed" / "-ly" words are (most often) verbs and adverbs
            end += 1
        while end > lo and doc_words[end - 1].lower_ in ("of", "the", "a", "an"):
            end -= 1
        return end

    # -- other check-worthy claims ---------------------------------------------------------------------
    def other(self, sdoc: Doc, document: Document, sentences: Sentences, speakers: QuoteSpeakers) -> list[Claim]:
        """One claim per sentence that holds a cue's trigger word and matches its regex."""
        words = TokenTable.of(sdoc).words
        triggers = self.triggers
        hits = [i for i, word in enumerate(words) if word.lower_ in triggers]
        out: list[Claim] = []
        k = 0
        while k < len(hits):
            sent = sentences.of_token(hits[k])
            stop = bisect.bisect_left(hits, sent.end, k)
            cues = sorted({c for h in hits[k:stop] for c in triggers[words[h].lower_]})
            k = stop
            text = sentence_text(sent)
            rule_id = next((self.cues[c][0] for c in cues if self.cues[c][1].search(text)), None)
            if rule_id is None:
                continue
            record_text, source = document.source([(sent.start_char, sent.end_char)])
            out.append(Claim(
                sources=(source,), text=record_text, type="other", sentence=clean(text),
                speaker=speakers.at(source.start), why=rule_id, rule="claim_cues",
            ))
        return out


def elided(q: Quantity, before: Quantity) -> Quantity:
    """A bare number that repeats the unit of the claim before it takes that unit."""
    return replace(q, unit=before.unit, kind=before.kind, rule=before.rule, bare=False)


def sentence_text(sent: Span) -> str:
    """A sentence's text, sliced from the Doc's text (`Span.text` walks its tokens)."""
    return doc_text(sent.doc)[sent.start_char:sent.end_char]


def clean(text: str) -> str:
    return SPACES.sub(" ", text).strip()


class QuoteSpeakers:
    """Raw spans of the document's quotations with their speakers: a claim inside one is theirs."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.spans = sorted(
            (a, b, q.speaker) for q in quotes if q.speaker and q.sources for a, b in q.sources[0].spans
        )

    def at(self, raw_offset: int) -> str | None:
        for a, b, speaker in self.spans:
            if a <= raw_offset < b:
                return speaker
            if a > raw_offset:
                break
        return None
