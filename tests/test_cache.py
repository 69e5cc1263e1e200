"""The result cache: a hit gives the same records bound to the current path; anything that could
change the results is a miss; corrupt entries are misses; concurrent writers never leave a torn entry."""
from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mnquotes import cache as cache_module
from mnquotes.cache import KEEP_NAMESPACES, ResultCache, clear, info
from mnquotes.cli import app
from mnquotes.documents import bundled_seeds, from_text
from mnquotes.extract import Extractor, extract
from mnquotes.records import Claim, DocumentRecords, Quote, Speaker
from mnquotes.rules import Rules

ARTICLE = """---
title: Talks in Ulaanbaatar
url: https://example.org/talks
---
"We will not take sides," said Ts.Buyantsogtoo, the deputy minister.
Trade grew by 12 percent in 2023, officials said.
"""


def document(raw: str = ARTICLE, name: str = "talks.txt", folder: str = "news"):
    return from_text(raw, doc=name, path=f"{folder}/{name}")


def records_of(doc) -> DocumentRecords:
    """Records built the way the finders build them: from analysed-text spans via `Document.source`."""
    start = doc.text.index('"We')
    end = doc.text.index('sides,"') + len('sides,"')
    quote_text, quote_source = doc.source([(start + 1, end - 2)])
    name = doc.text.index("Ts.Buyantsogtoo")
    speaker_text, speaker_source = doc.source([(name, name + len("Ts.Buyantsogtoo"))])
    claim = doc.text.index("12 percent")
    claim_text, claim_source = doc.source([(claim, claim + len("12 percent"))])
    return DocumentRecords(
        doc.doc,
        (Quote(sources=(quote_source,), text=quote_text, speaker=speaker_text, cue="said", rule="q1"),),
        (Speaker(sources=(speaker_source,), name=speaker_text, aliases=("Buyantsogtoo",), role="deputy minister"),),
        (Claim(sources=(claim_source,), text=claim_text, value=12.0, unit="percent", variants=("12%",), rule="c1"),),
    )


@pytest.fixture
def store(tmp_path) -> ResultCache:
    return ResultCache(Rules.load(), None, tmp_path / "cache")


@pytest.mark.parametrize(("name", "folder"), [("talks.txt", "news"), ("copy.md", "elsewhere/archive")])
def test_a_hit_returns_the_records_bound_to_the_current_path(store, name, folder):
    original = document()
    store.put(original, records_of(original))
    here = document(name=name, folder=folder)
    assert store.get(here) == records_of(here)
    for record in store.get(here).quotes + store.get(here).claims:  # type: ignore[union-attr]
        assert all(s.doc == name and s.path == f"{folder}/{name}" for s in record.sources)
        assert here.raw[record.sources[0].start:record.sources[0].end] == record.text


@pytest.mark.parametrize(
    "changed",
    [
        ARTICLE.replace("12 percent", "13 percent"),  # one character of text
        ARTICLE.replace("title: Talks", "title: Meeting"),  # metadata only
        ARTICLE.replace("the deputy", "the  deputy"),  # offsets shift
    ],
)
def test_other_content_is_a_miss(store, changed):
    original = document()
    store.put(original, records_of(original))
    assert store.get(document(changed)) is None


def test_other_rules_model_or_code_are_misses(store, tmp_path, monkeypatch):
    original = document()
    store.put(original, records_of(original))
    extra = tmp_path / "my_rules"
    extra.mkdir()
    (extra / "titles.txt").write_text("ambassador\n", encoding="utf-8")
    assert ResultCache(Rules.load(extra), None, store.root).get(original) is None
    assert ResultCache(Rules.load(), "en_core_web_sm", store.root).get(original) is None
    monkeypatch.setattr(cache_module, "source_digest", lambda: "edited-source")
    assert ResultCache(Rules.load(), None, store.root).get(original) is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b'{"quotes": [',
        b'{"quotes": [], "speakers": []}',
        b'{"quotes": [{"record": "claim", "sources": []}], "speakers": [], "claims": []}',
        b'{"quotes": [[[], "too few fields"]], "speakers": [], "claims": []}',
        b'{"quotes": [], "speakers": [[[[1, 0, 5]], "Bat"]], "claims": []}',
        b'{"quotes": 7, "speakers": [], "claims": []}',
        b"[1, 2, 3]",
    ],
)
def test_a_corrupt_entry_is_a_miss_and_is_repaired(store, content):
    doc = document()
    store.put(doc, records_of(doc))
    store.path(doc).write_bytes(content)
    assert store.get(doc) is None
    store.put(doc, records_of(doc))
    assert store.get(doc) == records_of(doc)


def _hammer(root: str, rounds: int) -> None:
    doc = document()
    store = ResultCache(Rules.load(), None, root)
    for _ in range(rounds):
        store.put(doc, records_of(doc))
        assert store.get(doc) in (None, records_of(doc))


def test_concurrent_writers_leave_one_whole_entry(tmp_path):
    root = str(tmp_path / "cache")
    procs = [multiprocessing.Process(target=_hammer, args=(root, 40)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    store = ResultCache(Rules.load(), None, root)
    assert store.get(document()) == records_of(document())
    leftovers = [p for p in Path(root).rglob("*") if p.is_file() and p.suffix != ".json"]
    assert leftovers == []


def test_old_namespaces_are_removed_and_nothing_else(store, monkeypatch):
    store.root.mkdir(parents=True)
    (store.root / "keep-me").mkdir()
    for n in range(KEEP_NAMESPACES + 3):
        old = store.root / f"{n:016x}"
        (old / "ab").mkdir(parents=True)
        (old / "ab" / "entry.json").write_text("{}")
        os.utime(old, (n, n))
    doc = document()
    store.put(doc, records_of(doc))
    left = info(store.root)
    assert left["namespaces"] == KEEP_NAMESPACES
    assert (store.root / "keep-me").is_dir()
    assert (store.root / f"{KEEP_NAMESPACES + 2:016x}").is_dir()  # the most recently used old one stays
    assert not (store.root / f"{0:016x}").exists()
    assert clear(store.root) == KEEP_NAMESPACES
    assert info(store.root)["entries"] == 0 and (store.root / "keep-me").is_dir()


def test_an_unwritable_cache_is_skipped(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = ResultCache(Rules.load(), None, blocker / "cache")
    doc = document()
    store.put(doc, records_of(doc))  # no exception
    assert store.get(doc) is None


def test_a_cached_run_never_builds_the_pipeline(tmp_path, monkeypatch):
    docs = [document(), document(ARTICLE.replace("12", "14"), name="other.txt")]
    first = list(extract(docs, cache=tmp_path / "c"))

    def refuse(*args):
        raise AssertionError("pipeline built although every document is cached")

    monkeypatch.setattr(Extractor, "__init__", refuse)
    assert list(extract(docs, cache=tmp_path / "c")) == first
    assert list(extract(docs[::-1], cache=tmp_path / "c")) == first[::-1]
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "titles.txt").write_text("ambassador\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="pipeline built"):
        list(extract(docs, cache=tmp_path / "c", rules=tmp_path / "rules"))  # other rules: misses


def test_an_entry_serves_only_runs_that_want_no_more_claims_than_it_holds(store):
    doc = document()
    full = records_of(doc)
    store.put(doc, DocumentRecords(doc.doc, full.quotes, full.speakers), claims="none")  # `mnquotes quotes`
    assert store.get(doc, "none") == DocumentRecords(doc.doc, full.quotes, full.speakers)
    assert store.get(doc, "numeric") is None and store.get(doc) is None  # its claims were never made
    store.put(doc, full)
    assert store.get(doc) == full
    assert store.get(doc, "none").claims == ()  # type: ignore[union-attr]


def test_a_quotes_run_then_a_claims_run_over_one_cache_gives_every_claim(private_cache):
    runner = CliRunner()
    uncached = runner.invoke(app, ["claims", "--no-cache", "--format", "jsonl"])
    assert uncached.exit_code == 0 and "\"type\": \"other\"" in uncached.stdout, uncached.output
    assert runner.invoke(app, ["quotes", "--format", "jsonl"]).exit_code == 0  # stores no claims
    assert runner.invoke(app, ["claims", "--format", "jsonl"]).stdout == uncached.stdout
    numeric = runner.invoke(app, ["claims", "--numeric", "--no-cache", "--format", "jsonl"]).stdout
    assert runner.invoke(app, ["claims", "--numeric", "--format", "jsonl"]).stdout == numeric  # a hit, narrowed


def test_the_default_cache_folder_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MNQUOTES_CACHE_DIR", str(tmp_path / "here"))
    list(extract([document()], cache=True))
    assert info()["path"] == str(tmp_path / "here") and info()["entries"] == 1


def test_cli_caches_by_default_and_no_cache_bypasses(private_cache, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    runner = CliRunner()
    result = runner.invoke(app, ["quotes", "--no-cache", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert info(private_cache)["entries"] == 0
    first = runner.invoke(app, ["quotes", "--format", "json"])
    assert first.exit_code == 0, first.output
    seeds = len(list(bundled_seeds().glob("*.txt")))
    assert info(private_cache)["entries"] == seeds
    second = runner.invoke(app, ["quotes", "--format", "json"])
    assert second.stdout == first.stdout == result.stdout

    shown = runner.invoke(app, ["cache", "info"])
    assert shown.exit_code == 0, shown.output
    assert f"entries: {seeds}" in shown.stdout and str(private_cache) in shown.stdout
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0, cleared.output
    assert f"removed {seeds}" in cleared.stderr
    assert info(private_cache)["entries"] == 0


@pytest.mark.parametrize("command", [["quotes"], ["speakers"], ["claims", "--numeric"]])
def test_a_cached_cli_run_does_not_import_spacy(private_cache, command):
    """In a fresh interpreter, since this one may have spaCy loaded already."""
    script = (
        "import sys\n"
        "from mnquotes.cli import main\n"
        f"sys.argv = ['mnquotes', *{command!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)\n"
    )
    env = {**os.environ, "MNQUOTES_CACHE_DIR": str(private_cache)}
    runs = [subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True, env=env) for _ in range(2)]
    assert runs[0].stderr.splitlines()[-1] == "SPACY", runs[0].stderr  # the first run analyses
    assert runs[1].stderr.splitlines()[-1] == "NO-SPACY", runs[1].stderr
    assert runs[1].stdout == runs[0].stdout
    json.loads(runs[1].stdout)
