"""The rule files: every one loads with validation, ids are unique, errors name the file; --model adds NER."""
from __future__ import annotations

import json

import pytest

from mnquotes.documents import from_text
from mnquotes.errors import ModelError, RulesError
from mnquotes.extract import Extractor
from mnquotes.pipeline import build, pattern_file_names
from mnquotes.quotes import COMPLEMENTS
from mnquotes.resources import data_dir
from mnquotes.rules import Rules

BUNDLED = data_dir("rules")


def test_every_pattern_file_builds_a_validated_pattern_ruler():
    rules = Rules.load()
    nlp = build(rules)  # every pattern is validated as written: a bad one raises here
    for name in pattern_file_names(rules):
        assert nlp.has_pipe(name)
        assert len(nlp.get_pipe(name).patterns) == len(rules.patterns(f"{name}.jsonl")) > 0


@pytest.mark.parametrize("path", sorted(BUNDLED.glob("*.jsonl")), ids=lambda p: p.name)
def test_pattern_ids_are_unique(path):
    ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", sorted(BUNDLED.glob("*.txt")) + sorted(BUNDLED.glob("*.tsv")), ids=lambda p: p.name)
def test_list_files_have_entries(path):
    assert Rules.load().words(path.name)


def test_cue_table_rows_are_well_formed():
    for lemma, complement, *forms in Rules.load().table("cue_verbs.tsv"):
        assert complement in COMPLEMENTS, lemma
        assert forms, lemma


def test_a_cue_with_an_unknown_complement_is_a_rules_error(tmp_path):
    from mnquotes.quotes import CueLexicon

    (tmp_path / "cue_verbs.tsv").write_text("grumble\tclauses\tgrumbled\n", encoding="utf-8")
    with pytest.raises(RulesError, match="cue_verbs.tsv: grumble: complement 'clauses'"):
        CueLexicon(Rules.load(tmp_path))


def test_list_references_expand(tmp_path):
    (tmp_path / "mine.txt").write_text("Alpha\nbeta # comment\n\n", encoding="utf-8")
    rules = Rules((tmp_path,))
    assert rules.expand_lists({"LOWER": {"IN": "@mine"}}) == {"LOWER": {"IN": ["alpha", "beta"]}}
    with pytest.raises(RulesError, match="no rules file missing.txt"):
        rules.expand_lists({"LOWER": {"IN": "@missing"}})


def test_a_list_file_includes_another_by_at_name(tmp_path):
    (tmp_path / "forms.txt").write_text("Mr\nDame # courtesy\n", encoding="utf-8")
    (tmp_path / "offices.txt").write_text("minister\n@forms\nmayor\n", encoding="utf-8")
    rules = Rules((tmp_path,))
    assert rules.words("offices.txt") == ["minister", "Mr", "Dame", "mayor"]
    assert rules.expand_lists({"LOWER": {"IN": "@offices"}}) == {"LOWER": {"IN": ["minister", "mr", "dame", "mayor"]}}
    (tmp_path / "loop.txt").write_text("@loop\n", encoding="utf-8")
    with pytest.raises(RulesError, match="loop.txt:1: '@loop' includes itself"):
        rules.words("loop.txt")
    (tmp_path / "gap.txt").write_text("a\n@missing\n", encoding="utf-8")
    with pytest.raises(RulesError, match="gap.txt:2: '@missing' but no rules file missing.txt"):
        rules.words("gap.txt")


def test_bundled_titles_take_the_honorifics():
    rules = Rules.load()
    assert {"sheikh", "alhaji", "dame", "mr."} <= set(rules.lowered("titles.txt"))
    assert not any(w.startswith("@") for w in rules.lowered("titles.txt"))


@pytest.mark.parametrize(
    "line, message",
    [
        ("not json", "speakers.jsonl:1: not JSON"),
        ('{"label": "PERSON", "pattern": []}', "speakers.jsonl:1: pattern needs id"),
        ('{"label": "PERSON", "id": "x", "pattern": [{"NOT_AN_ATTR": 1}]}', "speakers.jsonl: invalid pattern"),
    ],
)
def test_bad_patterns_raise_rules_error(tmp_path, line, message):
    (tmp_path / "speakers.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(RulesError, match=message):
        build(Rules.load(tmp_path))


def test_missing_rules_folder():
    with pytest.raises(RulesError, match="rules folder not found"):
        Rules.load("/no/such/rules")


def test_missing_model_names_the_install_hint():
    with pytest.raises(ModelError, match="pip install en_core_web_sm"):
        build(Rules.load(), model="no_such_pipeline_xyz")


def test_model_entities_add_speakers_the_rules_miss(tmp_path):
    """A saved pipeline with an entity ruler stands in for a trained model (none can be downloaded here)."""
    import spacy

    model = spacy.blank("en")
    model.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Bolor"}])
    model.to_disk(tmp_path / "tiny_model")
    text = "Bolor chairs the mining board and argued that coal prices would fall.\n"
    doc = from_text(text, doc="t.txt", path="t.txt")

    (plain,) = Extractor().run([doc])
    (with_model,) = Extractor(model=str(tmp_path / "tiny_model")).run([doc])
    assert [q.speaker for q in plain.quotes] == [None]
    assert [q.speaker for q in with_model.quotes] == ["Bolor"]
    assert with_model.speakers[0].rule == "model-person"
