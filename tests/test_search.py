"""Search: typos, word order and partial names find the right quotes, claims and speakers, with
score, kind and source; filters narrow the hits; unrelated queries find nothing."""
from __future__ import annotations

import json

import pytest
from crosscheck import B, SEED_000, SEED_002, claim, quote, speaker
from typer.testing import CliRunner

from mnquotes.cli import app
from mnquotes.dedupe import deduplicate
from mnquotes.errors import MnquotesError
from mnquotes.records import Hit
from mnquotes.render import Format, render
from mnquotes.search import search, speaker_filter

SEED_003 = SEED_002.replace("002_981cfd96f734838a", "003_85f09876b45ef4a3")


runner = CliRunner()


@pytest.fixture
def wide(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")


def corpus():
    """Quotes, claims and speakers of the seeds as the finders would report them."""
    return [
        quote(SEED_000, "the most important thing is that the Mongolian government foreign policy must be neutral "
              "unless its security and interests come under a threat", "Ts.Buyantsogtoo", "indirect"),
        quote(SEED_000, "There is evidence that we will not intervene in any dispute between the two countries unless "
              "it affects Mongolia’s security and interests. This is a de facto balance under international law,",
              "S.Bayasgalan"),
        quote(SEED_002, "a heavy blow to the ICC and the international criminal justice system.",
              "Ukraine’s Foreign Ministry"),
        claim(SEED_002, "The reality is stark", "95 percent", 95, "percent", subject="its petroleum", entity="Russia"),
        claim(SEED_002, "“Mongolia imports 95 percent", "95 percent", 95, "percent", subject="its petroleum products",
              speaker="one Mongolian government spokesperson"),
        claim(SEED_002, "In 2022, China", "41 percent", 41, "percent", subject="Mongolia’s imports", entity="China"),
        claim(SEED_003, "(MENAFN- Asia Times) Vladimir Putin arrived", "the first time", 1, "ordinal",
              subject="Putin's first visit to an ICC member country since the warrant"),
        speaker(SEED_000, "Ts.Buyantsogtoo"),
        speaker(SEED_000, "S.Bayasgalan"),
        speaker(B, "Vladimir Putin"),
    ]


def found(hits):
    return [(h.kind, h.text[:40]) for h in hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("buyantsogto",
                     [("speaker", "Ts.Buyantsogtoo"), ("quote", "the most important thing is that the Mon")],
                     id="partial-name-typo"),
        pytest.param("putin icc warrant", [("claim", "(MENAFN- Asia Times) Vladimir Putin arri")], id="words"),
        pytest.param("warrant ICC Putin", [("claim", "(MENAFN- Asia Times) Vladimir Putin arri")], id="word-order"),
        pytest.param("petroleum 95", [("claim", "The reality is stark: Mongolia depends o"),
                                      ("claim", "“Mongolia imports 95 percent of its petr")], id="figure"),
        pytest.param("petrolium 95", [("claim", "The reality is stark: Mongolia depends o"),
                                      ("claim", "“Mongolia imports 95 percent of its petr")], id="figure-typo"),
        pytest.param("bayasgalan balance", [("quote", "There is evidence that we will not inter")],
                     id="speaker-and-words"),
        pytest.param("petroleum 96", [], id="other-number"),
        pytest.param("bananas", [], id="unrelated"),
    ],
)
def test_queries(query, expected):
    assert found(search(corpus(), query)) == expected


def one_sentence_two_figures():
    return [
        claim(SEED_002, "“Mongolia imports 95 percent", "95 percent", 95, "percent", subject="petroleum products"),
        claim(SEED_002, "“Mongolia imports 95 percent", "over 20 percent", 20, "percent", subject="electricity",
              qualifier="over"),
    ]


@pytest.mark.parametrize(
    ("query", "figures"),
    [
        ("petroleum 95", ["95 percent"]),
        ("electricity 20", ["over 20 percent"]),
        ("electricity 95", ["95 percent"]),  # 100 against 50: one sentence reads as one hit, the best
        ("petroleum electricity", ["95 percent"]),
    ],
)
def test_numbers_find_a_claims_own_figure(query, figures):
    hits = search(one_sentence_two_figures(), query, min_score=50)
    assert [h.match.text for h in hits] == figures


def test_hits_carry_score_kind_and_source():
    (hit,) = search(corpus(), "heavy blow icc")
    assert (hit.kind, hit.speaker, hit.score) == ("quote", "Ukraine’s Foreign Ministry", 100.0)
    assert hit.sources[0].doc == "002_981cfd96f734838a.txt"
    assert hit.match.text == hit.text


def test_scores_rank_hits():
    hits = search(corpus(), "putin icc warrant", min_score=0, limit=0)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert hits[0].score == 100.0 and hits[-1].score < 60


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"kind": "speaker"}, [("speaker", "Ts.Buyantsogtoo")]),
        ({"kind": "quote"}, [("quote", "the most important thing is that the Mon")]),
        ({"kind": "claim"}, []),
        ({"speaker": "Bayasgalan"}, []),
        ({"limit": 1}, [("speaker", "Ts.Buyantsogtoo")]),
        ({"min_score": 99}, []),  # the spelling differs: 95.7
    ],
)
def test_filters(options, expected):
    assert found(search(corpus(), "buyantsogto", **options)) == expected


@pytest.mark.parametrize(
    ("name", "speakers"),
    [
        ("putin", ["Vladimir Putin"]),
        ("buyantsogto", ["Ts.Buyantsogtoo"]),
        ("Ts. Buyantsogtoo", ["Ts.Buyantsogtoo"]),
        ("foreign ministry", ["Ukraine’s Foreign Ministry"]),
        ("spokesperson", ["one Mongolian government spokesperson"]),
        ("Erdenechuluun", []),
    ],
)
def test_speaker_filter(name, speakers):
    matches = speaker_filter(name)
    names = {r.name if r.record == "speaker" else r.speaker for r in corpus() if matches(r)}
    assert sorted(names) == speakers


def test_the_seed_002_figure_is_found_from_both_claimants():
    """The golden case: the 95 percent figure stays two claims after deduplication, and search finds both."""
    hits = search(deduplicate(corpus()), "petroleum 95", kind="claim")
    assert [h.speaker for h in hits] == [None, "one Mongolian government spokesperson"]


def test_an_empty_query_is_an_error():
    with pytest.raises(MnquotesError, match="nothing to search for"):
        search(corpus(), " “ ” ")


@pytest.mark.parametrize("fmt", list(Format))
def test_hits_render_in_every_format(fmt, wide):
    import io

    out = io.StringIO()
    assert render(search(corpus(), "petroleum 95"), fmt, out, kinds=[Hit], color=False) == 2
    assert "002_981cfd96f734838a" in out.getvalue()


def test_search_command_options(wide):
    result = runner.invoke(app, ["search", "--help"])
    assert result.exit_code == 0, result.output
    for option in ("--kind", "--speaker", "--min-score", "--limit", "--dedupe", "--threshold"):
        assert option in result.output


def test_search_command_rejects_an_empty_query(wide):
    result = runner.invoke(app, ["search", "...", "--format", "json", "--no-cache"])
    assert result.exit_code == 2
    assert "nothing to search for" in result.output


def test_search_command_finds_the_petroleum_figure_in_the_seeds(wide):
    result = runner.invoke(app, ["search", "petroleum 95", "--kind", "claim", "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert {(h["sources"][0]["doc"], h["speaker"]) for h in hits} >= {
        ("002_981cfd96f734838a.txt", None), ("002_981cfd96f734838a.txt", "one Mongolian government spokesperson"),
    }


def test_search_command_says_how_to_widen_a_search_that_finds_nothing(wide):
    result = runner.invoke(app, ["search", "zebra crossing llama", "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    assert "--min-score 0" in result.stderr
    widened = runner.invoke(app, ["search", "zebra crossing llama", "--min-score", "0", "--format", "json", "--no-cache"])
    assert json.loads(widened.stdout) and "--min-score" not in widened.stderr
