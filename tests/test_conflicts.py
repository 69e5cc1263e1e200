"""Conflicts: figures about the same subject and entity that documents disagree on, side by side;
agreeing, rounded, qualified, same-document and unrelated figures make none."""
from __future__ import annotations

import io
import json
import math
from dataclasses import replace

import pytest
from crosscheck import A, B, C, claim
from typer.testing import CliRunner

from mnquotes.cli import app
from mnquotes.conflicts import bounds, find_conflicts
from mnquotes.records import Claim, Conflict
from mnquotes.render import Format, render


def petroleum():
    """Russia's share of Mongolia's petroleum in three articles: 95, 90 and 92 percent."""
    return [
        claim(A, "The reality is stark", "95 percent", 95, "percent", subject="its petroleum", entity="Russia"),
        claim(B, "Mongolia, a country of", "90 percent", 90, "percent", subject="its petroleum", entity="Russia"),
        claim(C, "Some 3.28 million", "92 per cent", 92, "percent", subject="its petroleum", entity="Russia"),
    ]


def population(value: float = 3280000, text: str = "3.28 million"):
    return [
        claim(B, "Mongolia, a country of", "3.3 million", 3300000, "people", subject="population of Mongolia",
              entity="Mongolia"),
        replace(claim(C, "Some 3.28 million", "3.28 million", 3280000, "people", subject="population of Mongolia",
                      entity="Mongolia"), value=value, text=text),
    ]


def test_three_articles_disagreeing_make_one_conflict_side_by_side():
    (conflict,) = find_conflicts(petroleum())
    assert conflict.values == (90, 92, 95)
    assert conflict.relative_difference == round(5 / 95, 4)
    assert [(c.text, c.sources[0].doc) for c in conflict.claims] == [
        ("90 percent", "b_wire.txt"), ("92 per cent", "c_digest.txt"), ("95 percent", "a_kyivpost.txt"),
    ]
    assert [s.doc for s in conflict.sources] == ["b_wire.txt", "c_digest.txt", "a_kyivpost.txt"]
    assert (conflict.subject, conflict.entity, conflict.unit) == ("its petroleum", "Russia", "percent")


def test_figures_that_agree_make_no_conflict():
    russia_a = claim(A, "In 2022, China", "26 percent", 26, "percent", subject="Mongolia’s imports", entity="Russia")
    russia_b = claim(B, "Russia accounted", "26 percent", 26, "percent", subject="Mongolia's imports", entity="Russia")
    china_c = claim(C, "China accounted", "41 percent", 41, "percent", subject="Mongolia's imports", entity="China")
    assert find_conflicts([russia_a, russia_b, china_c]) == []


@pytest.mark.parametrize(
    ("change", "conflicts"),
    [
        pytest.param({}, 1, id="95-vs-90"),
        pytest.param({"value": 95.0}, 0, id="same-value"),
        pytest.param({"unit": "tonnes"}, 0, id="other-unit"),
        pytest.param({"entity": "China"}, 0, id="other-entity"),
        pytest.param({"subject": "Mongolia's electricity"}, 0, id="other-subject"),
        pytest.param({"subject": "its petroleum products"}, 1, id="subject-with-more-detail"),
        pytest.param({"qualifier": "about"}, 0, id="about-90-allows-95"),
        pytest.param({"qualifier": "over"}, 0, id="over-90-allows-95"),
        pytest.param({"qualifier": "under"}, 1, id="under-90-excludes-95"),
        pytest.param({"value": None, "low": 85.0, "high": 99.0}, 0, id="range-holding-95"),
        pytest.param({"value": None, "low": 80.0, "high": 90.0}, 1, id="range-below-95"),
        pytest.param({"type": "other"}, 0, id="not-numeric"),
    ],
)
def test_pairs(change, conflicts):
    first, second, _ = petroleum()
    assert len(find_conflicts([first, replace(second, **change)])) == conflicts


def test_different_years_are_different_subjects():
    first, second, _ = petroleum()
    assert find_conflicts([replace(first, subject="its petroleum in 2022"),
                           replace(second, subject="its petroleum in 2023")]) == []


def test_figures_differing_within_one_document_are_no_conflict():
    """One article giving two values (a change over time, two claimants) is not a cross-check finding."""
    author = claim(A, "The reality is stark", "95 percent", 95, "percent", subject="petroleum", entity="Russia")
    other = replace(author, value=90.0, text="90 percent")
    assert find_conflicts([author, other]) == []


@pytest.mark.parametrize(
    ("value", "text", "conflicts"),
    [
        pytest.param(3280000, "3.28 million", 0, id="rounds-to-3.3-million"),
        pytest.param(3300000, "3,300,000", 0, id="written-out"),
        pytest.param(3100000, "3.1 million", 1, id="3.1-million"),
    ],
)
def test_rounding_is_not_disagreement(value, text, conflicts):
    assert len(find_conflicts(population(value, text))) == conflicts


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"text": "95 percent", "value": 95}, (94.5, 95.5)),
        ({"text": "3.3 million", "value": 3300000}, (3250000, 3350000)),
        ({"text": "-40 degrees Celsius", "value": -40, "qualifier": "under"}, (-math.inf, -39.5)),
        ({"text": "over 20 percent", "value": 20, "qualifier": "over"}, (19.5, math.inf)),
        ({"text": "about 100 people", "value": 100, "qualifier": "about"}, (90, 110)),
        ({"text": "four years", "value": 4}, (4, 4)),
        ({"text": "Tens of thousands", "value": None, "low": 20000, "high": 99999}, (20000, 99999)),
        ({"text": "some", "value": None}, None),
    ],
)
def test_bounds(fields, expected):
    found = bounds(Claim(sources=(), **fields))
    assert found == (pytest.approx(expected) if expected else None)


@pytest.mark.parametrize("fmt", list(Format))
def test_conflicts_render_in_every_format(fmt, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    out = io.StringIO()
    assert render(find_conflicts(petroleum()), fmt, out, kinds=[Conflict], color=False) == 1
    text = out.getvalue()
    assert "95 percent" in text and "b_wire" in text
    if fmt is Format.json:
        (data,) = json.loads(text)
        assert data["record"] == "conflict" and len(data["claims"]) == 3


runner = CliRunner()


def test_claims_command_has_conflicts_and_dedupe_options(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    for command in ("claims", "quotes", "speakers"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, result.output
        assert "--no-dedupe" in result.output and "--threshold" in result.output
    assert "--conflicts" in runner.invoke(app, ["claims", "--help"]).output
    assert "--speaker" in runner.invoke(app, ["quotes", "--help"]).output


def test_claims_conflicts_command_on_the_fixtures(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    result = runner.invoke(app, ["claims", "--conflicts", "--format", "json", "--no-cache", str(A), str(B), str(C)])
    assert result.exit_code == 0, result.output
    conflicts = json.loads(result.stdout)
    petroleum_conflict = [c for c in conflicts if 95 in c["values"] and 90 in c["values"]]
    assert petroleum_conflict
    assert {s["doc"] for s in petroleum_conflict[0]["sources"]} >= {"a_kyivpost.txt", "b_wire.txt"}
    assert not [c for c in conflicts if c["unit"] == "people"]  # 3.3 million and 3.28 million agree
