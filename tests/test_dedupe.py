"""Deduplication: the same quote, figure or speaker across documents becomes one record listing
every source; different claimants, quantities and within-document restatements stay apart."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from crosscheck import A, B, C, SEED_000, SEED_001, SEED_002, claim, document, quote, speaker

from typer.testing import CliRunner

from mnquotes.cli import app
from mnquotes.documents import from_text
from mnquotes.dedupe import DEFAULT_THRESHOLD, MAX_POSTINGS, deduplicate, merge_spellings, normalise, same_claimant

SPOKESPERSON_A = (
    "Mongolia imports 95 percent of its petroleum products and over 20 percent of electricity from our immediate "
    "neighborhood, which have previously suffered interruption for technical reasons. This supply is critical to "
    "ensure our existence and that of our people,"
)
# The same quotation in b_wire.txt, straight marks, its relative clause trimmed.
SPOKESPERSON_B = (
    "Mongolia imports 95 percent of its petroleum products and over 20 percent of electricity from our immediate "
    "neighborhood. This supply is critical to ensure our existence and that of our people,"
)
HEAVY_BLOW = "a heavy blow to the ICC and the international criminal justice system"
PULL_QUOTE = "This supply is critical to ensure our existence and that of our people"
BUYANTSOGTOO = (
    "It is right that our country has pursued a policy of “suspension” through the UN referendum. It is very "
    "difficult to go straight to one side. We have to look at Russia’s policy. We must be in agreement with the "
    "government, as we have been,"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Mongolia imports 95 percent,”", "mongolia imports 95 percent"),
        ('"Mongolia imports 95 percent,"', "mongolia imports 95 percent"),
        ("Ukraine’s  Foreign\nMinistry", "ukraine s foreign ministry"),
        ("Ukraine's Foreign Ministry", "ukraine s foreign ministry"),
        ("ＩＣＣ warrant", "icc warrant"),  # full-width letters: NFKC
        (None, ""),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Putin", "Vladimir Putin", True),
        ("Russian President Vladimir Putin", "Vladimir Putin", True),
        ("Ts.Buyantsogtoo", "Buyantsogtoo", True),
        ("Ts.Buyantsogtoo", "Ts. Buyantsogt", True),  # a transliteration variant
        ("one Mongolian government spokesperson", "a government spokesperson", True),
        ("Ukraine’s Foreign Ministry", "Ukraine's Foreign Ministry", True),
        ("Putin", "Putin's spokesman", False),
        ("John Smith", "Joan Smith", False),
        ("Mongolia’s Democratic Party", "Mongolian People’s Party", False),
        ("Ts.Buyantsogtoo", "S.Bayasgalan", False),
        (None, None, True),  # the article's own voice in both
        (None, "one Mongolian government spokesperson", False),
    ],
)
def test_same_claimant(a, b, same):
    assert same_claimant(a, b) is same
    assert same_claimant(b, a) is same


def spokesperson_quotes():
    return [
        quote(A, SPOKESPERSON_A, "one Mongolian government spokesperson"),
        quote(B, SPOKESPERSON_B, "a government spokesperson"),
    ]


def test_quotes_across_documents_merge_listing_every_source():
    a, b = spokesperson_quotes()
    fm_a = quote(A, HEAVY_BLOW + ".", "Ukraine’s Foreign Ministry")
    fm_b = quote(B, HEAVY_BLOW, "Ukraine's Foreign Ministry")
    merged = deduplicate([a, fm_a, b, fm_b])
    assert [(r.text, [s.doc for s in r.sources]) for r in merged] == [
        (SPOKESPERSON_A, ["a_kyivpost.txt", "b_wire.txt"]),
        (HEAVY_BLOW + ".", ["a_kyivpost.txt", "b_wire.txt"]),
    ]
    assert merged[0].variants == (SPOKESPERSON_B,)
    assert merged[1].variants == (HEAVY_BLOW,)


def test_merged_text_is_the_text_at_its_first_source():
    for record in deduplicate(spokesperson_quotes()):
        first = record.sources[0]
        assert document(first.path).raw[first.start:first.end] == record.text


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        pytest.param(
            (A, HEAVY_BLOW + ".", "Ukraine’s Foreign Ministry"), (B, HEAVY_BLOW, "Ukraine's Foreign Ministry"), True,
            id="curly-vs-straight-marks",
        ),
        pytest.param(
            (A, SPOKESPERSON_A, "one Mongolian government spokesperson"),
            (B, SPOKESPERSON_B, "government spokesperson"),
            True, id="trimmed-clause",
        ),
        pytest.param(
            (A, HEAVY_BLOW + ".", "Ukraine’s Foreign Ministry"), (B, HEAVY_BLOW, "Russian Embassy"), False,
            id="same-words-other-speaker",
        ),
        pytest.param(
            (SEED_000, BUYANTSOGTOO, "Ts.Buyantsogtoo"),
            (C, "It is very difficult to go straight to one side. We have to look at Russia's policy.",
             "Ts. Buyantsogt"),
            False, id="fragment-of-half-the-quote",
        ),
        pytest.param(
            (A, SPOKESPERSON_A, "one Mongolian government spokesperson"),
            (A, PULL_QUOTE, "one Mongolian government spokesperson"),
            False, id="within-document-fragment",
        ),
    ],
)
def test_quote_pairs(first, second, merged):
    records = [quote(*first), quote(*second)]
    assert len(deduplicate(records)) == (1 if merged else 2)


def test_a_quotation_repeated_in_its_document_is_one_record():
    repeated = [quote(A, HEAVY_BLOW + ".", "Ukraine’s Foreign Ministry", occurrence=n) for n in (1, 2)]
    assert repeated[0].sources != repeated[1].sources
    (merged,) = deduplicate(repeated)
    assert merged.sources == repeated[0].sources + repeated[1].sources


def test_direct_and_reported_versions_stay_apart():
    direct = quote(A, HEAVY_BLOW + ".", "Ukraine’s Foreign Ministry")
    reported = quote(B, HEAVY_BLOW, "Ukraine's Foreign Ministry", type="indirect")
    assert len(deduplicate([direct, reported])) == 2


def test_russian_embassy_fragments_in_one_seed_stay_apart():
    """Seed 001 quotes the embassy twice, once inside the other: the gold keeps both."""
    records = [
        quote(SEED_001, "other supporters of American liberal hegemony.", "Russian Embassy to Mongolia"),
        quote(SEED_001, "The Mongolian Democratic Party and other supporters of the American liberal hegemony",
              "The Russian Embassy of Mongolia"),
    ]
    assert len(deduplicate(records)) == 2


@pytest.mark.parametrize(("threshold", "merged"), [(80, True), (DEFAULT_THRESHOLD, False)])
def test_threshold_decides_how_alike_wordings_must_be(threshold, merged):
    """A reworded quotation ("We must agree with ..., as we always have been") merges only when the
    threshold allows it (rapidfuzz ratio 85)."""
    original = quote(SEED_000, "We must be in agreement with the government, as we have been,", "Ts.Buyantsogtoo")
    reworded = original.__class__(
        sources=quote(C, "We have to look at Russia's policy.", "Ts. Buyantsogt").sources,
        text="We must agree with the government, as we always have been", speaker="Ts. Buyantsogt",
    )
    assert len(deduplicate([original, reworded], threshold=threshold)) == (1 if merged else 2)


def seed_002_petroleum():
    """The 95 percent figure of seed 002, in the author's voice and in the spokesperson's quotation."""
    return [
        claim(SEED_002, "The reality is stark", "95 percent", 95, "percent", subject="its petroleum", entity="Russia"),
        claim(SEED_002, "“Mongolia imports 95 percent", "95 percent", 95, "percent",
              subject="its petroleum products", speaker="one Mongolian government spokesperson"),
    ]


def test_seed_002_keeps_the_same_figure_from_two_claimants():
    author, spokesperson = seed_002_petroleum()
    assert author.sources[0].start != spokesperson.sources[0].start
    assert deduplicate([author, spokesperson]) == [author, spokesperson]


def test_claims_across_documents_merge_when_quantity_claimant_and_subject_agree():
    russia_a = claim(A, "In 2022, China", "26 percent", 26, "percent", subject="Mongolia’s imports", entity="Russia")
    russia_b = claim(B, "Russia accounted", "26 percent", 26, "percent", subject="Mongolia's imports in 2022",
                     entity="Russia")
    china_a = claim(A, "In 2022, China", "41 percent", 41, "percent", subject="Mongolia’s imports", entity="China")
    china_c = claim(C, "China accounted", "41 percent", 41, "percent", subject="Mongolia's imports in 2022",
                    entity="China")
    merged = deduplicate([russia_a, china_a, russia_b, china_c])
    assert [(r.value, r.entity, [s.doc for s in r.sources]) for r in merged] == [
        (26, "Russia", ["a_kyivpost.txt", "b_wire.txt"]),
        (41, "China", ["a_kyivpost.txt", "c_digest.txt"]),
    ]


@pytest.mark.parametrize(
    ("change", "merged"),
    [
        pytest.param({}, True, id="same"),
        pytest.param({"value": 90}, False, id="other-value"),
        pytest.param({"unit": "year"}, False, id="other-unit"),
        pytest.param({"entity": "China"}, False, id="other-entity"),
        pytest.param({"subject": "Mongolia's exports"}, False, id="other-subject"),
        pytest.param({"subject": "Mongolia's imports in 2021"}, False, id="other-year"),
        pytest.param({"speaker": "a government spokesperson"}, False, id="other-claimant"),
        pytest.param({"qualifier": "over"}, False, id="other-qualifier"),
        pytest.param({"text": "26 per cent"}, True, id="per-cent"),
        pytest.param({"text": "26%"}, False, id="percent-sign"),
    ],
)
def test_claim_pairs(change, merged):
    from dataclasses import replace

    first = claim(A, "In 2022, China", "26 percent", 26, "percent", subject="Mongolia’s imports in 2022",
                  entity="Russia")
    second = replace(claim(B, "Russia accounted", "26 percent", 26, "percent", subject="Mongolia's imports in 2022",
                           entity="Russia"), **change)
    assert len(deduplicate([first, second])) == (1 if merged else 2)


def test_a_figure_restated_in_another_sentence_of_its_document_stays_apart():
    first = claim(A, "The reality is stark", "95 percent", 95, "percent", subject="petroleum")
    again = claim(A, "“Mongolia imports 95 percent", "95 percent", 95, "percent", subject="petroleum products")
    assert len(deduplicate([first, again])) == 2


def test_names_spelled_alike_in_different_documents_are_unified():
    full = speaker(SEED_000, "Ts.Buyantsogtoo")
    other = speaker(SEED_000, "S.Bayasgalan")
    variant = speaker(C, "Ts. Buyantsogt")
    unified = merge_spellings([variant, other, full])
    assert [(s.name, s.aliases) for s in unified] == [
        ("Ts.Buyantsogtoo", ("Ts. Buyantsogt",)), ("S.Bayasgalan", ()), ("Ts.Buyantsogtoo", ()),
    ]


def test_speakers_spelled_alike_in_different_documents_merge():
    full = speaker(SEED_000, "Ts.Buyantsogtoo")
    variant = speaker(C, "Ts. Buyantsogt")
    other = speaker(SEED_000, "S.Bayasgalan")
    merged = deduplicate([full, other, variant])
    assert len(merged) == 2
    (buyantsogtoo,) = [s for s in merged if s.name == "Ts.Buyantsogtoo"]
    assert "Ts. Buyantsogt" in buyantsogtoo.aliases
    assert {s.doc for s in buyantsogtoo.sources} == {"000_6c0b970ec3bab91c.txt", "c_digest.txt"}


def test_a_name_syndicated_to_many_documents_still_unifies_a_variant_spelling():
    full = speaker(SEED_000, "Ts.Buyantsogtoo")
    (source,) = full.sources
    syndicated = [  # the same article republished under many file names: more than one key may index
        replace(full, sources=(replace(source, doc=f"copy{i}.txt", path=f"{source.path}.copy{i}"),))
        for i in range(MAX_POSTINGS + 1)
    ]
    variant = speaker(C, "Ts. Buyantsogt")
    unified = merge_spellings([*syndicated, variant])
    assert unified[:-1] == syndicated
    assert (unified[-1].name, unified[-1].aliases) == ("Ts.Buyantsogtoo", ("Ts. Buyantsogt",))
    (merged,) = deduplicate([*syndicated, variant])
    assert len(merged.sources) == MAX_POSTINGS + 2 and merged.quotes == MAX_POSTINGS + 2


@pytest.mark.parametrize(
    "pair",
    [
        pytest.param([(A, "one Mongolian government spokesperson", "role"), (B, "a government spokesperson", "role")],
                     id="described-sources"),
        pytest.param([(A, "Putin", "person"), (B, "Mongolia", "person")], id="unlike-names"),
        pytest.param([(SEED_000, "Ts.Buyantsogtoo", "person"), (SEED_000, "Buyantsogtoo", "person")],
                     id="same-document"),
    ],
)
def test_speakers_that_stay_apart(pair):
    records = [speaker(path, name, kind) for path, name, kind in pair]
    assert merge_spellings(records) == records


def test_people_whose_surnames_alone_are_spelled_alike_stay_apart():
    """"Sarah Martini" is not "James Martin": their surnames said alone are alike, their given names are not."""
    records = [replace(speaker(A, "Putin"), name="Sarah Martini", aliases=("Martini",)),
               replace(speaker(B, "Mongolia"), name="James Martin", aliases=("Martin",))]
    assert merge_spellings(records) == records


def people_in_two_documents(first: str, second: str, quotes: tuple[int, int] = (1, 1)) -> list:
    """Two person records named `first` and `second`, from two documents, quoted so many times."""
    return [replace(speaker(A, "Putin"), name=first, aliases=(), quotes=quotes[0]),
            replace(speaker(B, "Mongolia"), name=second, aliases=(), quotes=quotes[1])]


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param("Batmunkh Battsetseg", "Battsetseg Batmunkh", id="family-name-first"),
        pytest.param("Luvsannamsrain Oyun-Erdene", "Oyun-Erdene Luvsannamsrai", id="hyphenated-given-name-swapped"),
        pytest.param("Heorhii Tykhii", "Heorhii Tykhyi", id="romanised-surname"),
        pytest.param("Sergey Lavrov", "Sergei Lavrov", id="romanised-given-name"),
    ],
)
def test_one_persons_names_in_other_orders_and_romanisations_merge(first, second):
    (merged,) = deduplicate(people_in_two_documents(first, second))
    assert {merged.name, *merged.aliases} == {first, second}


@pytest.mark.parametrize(
    "rare, common, named",
    [
        pytest.param("Hadi Tjahnanto", "Hadi Tjahjanto", "Hadi Tjahjanto", id="misspelling-quoted-less"),
        pytest.param("Henry Bambang Soelistyo", "Soelistyo", "Henry Bambang Soelistyo", id="full-name-over-surname"),
    ],
)
def test_merged_spellings_take_the_fullest_then_the_most_quoted_name(rare, common, named):
    assert {s.name for s in merge_spellings(people_in_two_documents(rare, common, quotes=(1, 3)))} == {named}


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param("Maria Rossi", "Mario Rossi", id="short-given-names-a-letter-apart"),
        pytest.param("S. Lee", "Lee S.", id="initials-never-swap"),
        pytest.param("Anna Petrova", "Irina Petrova", id="other-given-name"),
    ],
)
def test_names_a_letter_apart_or_with_initials_stay_apart(first, second):
    records = people_in_two_documents(first, second)
    assert merge_spellings(records) == records


def test_bodies_referred_to_by_what_they_are_stay_apart():
    """"The council" of one article and "The council" of another are two councils."""
    records = [replace(speaker(A, "Putin", "organization"), name="Queensland Tourism Industry Council", aliases=("The council",)),
               replace(speaker(B, "Mongolia", "organization"), name="Northern Territory Aids Council", aliases=("The council",))]
    assert merge_spellings(records) == records


def test_a_body_and_a_longer_name_with_its_head_stay_apart():
    """"Government" of one article is not the "Haitian Government" of another: organisation names are
    spellings of one name only with as many words."""
    records = [replace(speaker(A, "Putin", "organization"), name="Government"),
               replace(speaker(B, "Mongolia", "organization"), name="Haitian Government")]
    assert merge_spellings(records) == records


def test_two_ministers_referred_to_alike_in_different_documents_stay_apart(extractor):
    # "the minister" is how each document refers back to its own minister: no name to join them by
    texts = {
        "a.txt": "Prime Minister Luvsannamsrein Oyun-Erdene said that the sanctions hurt Mongolia. "
                 "The prime minister said that fuel imports were difficult.",
        "b.txt": "Luvsanvandan Bold, Mongolia's Minister of Foreign Affairs, said that relations with China were a "
                 "priority. The minister said that he would visit India.",
    }
    results = extractor.run([from_text(text, doc=doc, path=doc) for doc, text in texts.items()])
    speakers = [s for r in results for s in r.speakers]
    assert [s.aliases for s in speakers] == [("The prime minister",), ("The minister",)]
    assert sorted(s.name for s in deduplicate(speakers)) == ["Luvsannamsrein Oyun-Erdene", "Luvsanvandan Bold"]


def test_deduplicating_twice_changes_nothing():
    records = [*spokesperson_quotes(), *seed_002_petroleum()]
    once = deduplicate(records)
    assert deduplicate(once) == once


def test_kinds_are_merged_separately_in_order_of_first_appearance():
    quotes = spokesperson_quotes()
    claims = seed_002_petroleum()
    merged = deduplicate([claims[0], quotes[0], claims[1], quotes[1]])
    assert [r.record for r in merged] == ["claim", "claim", "quote"]


runner = CliRunner()


def run_json(*args: str) -> list[dict]:
    result = runner.invoke(app, [*args, "--format", "json", "--no-cache"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_quotes_command_merges_the_fixture_quotations():
    merged = run_json("quotes", A, B)
    spokesperson = [q for q in merged if q["text"].startswith("Mongolia imports 95 percent")]
    assert [[s["doc"] for s in q["sources"]] for q in spokesperson] == [["a_kyivpost.txt", "b_wire.txt"]]
    assert len(run_json("quotes", "--no-dedupe", A, B)) > len(merged)


def test_claims_command_keeps_both_petroleum_figures_of_seed_002():
    claims = run_json("claims", "--numeric", SEED_002)
    petroleum = [c for c in claims if c["value"] == 95]
    assert len(petroleum) == 2
    assert len({c["speaker"] for c in petroleum}) == 2


def test_streamed_copies_keep_arrival_order_of_sources_and_wordings():
    """Records arrive one by one (a generator): exact copies fold into their group at once, yet the
    merged record lists sources and variants in arrival order across the groups it joins."""
    from dataclasses import replace

    a = quote(A, SPOKESPERSON_A, "spokesperson")
    b = quote(B, SPOKESPERSON_B, "spokesperson")
    a_again = replace(a, sources=(replace(a.sources[0], doc="copy.txt", path="copy.txt"),))
    arrivals = iter([a, b, a_again])
    (merged,) = deduplicate(arrivals)
    assert [s.path for s in merged.sources] == [a.sources[0].path, b.sources[0].path, "copy.txt"]
    assert merged.text == a.text and merged.variants == (b.text,)
