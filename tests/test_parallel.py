"""--jobs: the same records in the same order as one process, failures isolated per document."""
from __future__ import annotations

import multiprocessing
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

import mnquotes
from mnquotes import parallel
from mnquotes.cli import app
from mnquotes.documents import bundled_seeds, from_text
from mnquotes.errors import InputError, ModelError
from mnquotes.extract import Extractor, extract
from mnquotes.parallel import Failed, extract_chunk, map_chunks
from mnquotes.progress import count_documents, tracked
from mnquotes.records import DocumentRecords, Quote
from mnquotes.rules import Rules

FAIL_MARK = "The reactor exploded without warning."
fork_only = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers inherit the test's stand-in finder only when forked"
)


def corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """`count` files of shuffled seed-article paragraphs, each document different."""
    paragraphs = [p.strip() for f in sorted(bundled_seeds().glob("*.txt")) for p in f.read_text().split("\n\n")]
    paragraphs = [p for p in paragraphs if len(p.split()) > 5]
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        path = folder / f"article_{n:03}.txt"
        path.write_text("\n\n".join(rng.sample(paragraphs, rng.randint(2, 6))) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def documents(paths: list[Path]) -> list[mnquotes.Document]:
    return [d for d in mnquotes.read([str(p) for p in paths]) if not isinstance(d, InputError)]


def dicts(results) -> list[tuple[str, list[dict]]]:
    return [(r.doc, [q.to_dict() for q in r.quotes + r.speakers + r.claims]) for r in results]


def sentence_records(self: Extractor, docs, claims="all"):
    """Stand-in finders: one record per sentence (so order and content are comparable); fails on FAIL_MARK."""
    for sdoc, document in self.nlp.pipe(((d.text, d) for d in docs), as_tuples=True):
        if FAIL_MARK in document.text:
            raise ValueError("stand-in finder failed")
        quotes = []
        for sent in sdoc.sents:
            if sent.text.strip():
                text, source = document.source([(sent.start_char, sent.end_char)])
                quotes.append(Quote(sources=(source,), text=text, rule="test-sentence"))
        yield DocumentRecords(document.doc, tuple(quotes))


@pytest.fixture
def sentences(monkeypatch):
    monkeypatch.setattr(Extractor, "run", sentence_records)
    monkeypatch.setattr(parallel, "CHUNK_SIZE", 5)  # several chunks per worker even on a small corpus


@fork_only
@pytest.mark.usefixtures("sentences")
def test_jobs_give_the_same_records_in_the_same_order(tmp_path):
    docs = documents(corpus(tmp_path, 23))
    one = dicts(extract(docs, jobs=1))
    two = dicts(extract(docs, jobs=2))
    assert [doc for doc, _ in one] == [d.doc for d in docs]
    assert sum(len(records) for _, records in one) > 100
    assert two == one


def test_jobs_match_one_process_with_the_real_finders(tmp_path):
    docs = documents(corpus(tmp_path, 12))
    assert dicts(extract(docs, jobs=2)) == dicts(extract(docs, jobs=1))


@fork_only
@pytest.mark.usefixtures("sentences")
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_document_is_reported_and_the_run_goes_on(tmp_path, jobs):
    paths = corpus(tmp_path, 12)
    paths[4].write_text(f"Officials met in Ulaanbaatar on Monday. {FAIL_MARK}\n", encoding="utf-8")
    errors: list[InputError] = []
    results = list(extract(documents(paths), jobs=jobs, on_error=errors.append))
    assert [r.doc for r in results] == [p.name for i, p in enumerate(paths) if i != 4]
    assert [e.path for e in errors] == [str(paths[4])]
    assert "stand-in finder failed" in errors[0].reason


@fork_only
@pytest.mark.usefixtures("sentences")
def test_without_on_error_a_failing_document_raises(tmp_path):
    paths = corpus(tmp_path, 3)
    paths[1].write_text(f"{FAIL_MARK}\n", encoding="utf-8")
    with pytest.raises(InputError, match="extraction failed"):
        list(extract(documents(paths), jobs=2))


def test_extract_chunk_isolates_the_failing_document():
    class Flaky:
        def run(self, docs, claims="all"):
            for d in docs:
                if d.doc == "bad.txt":
                    raise RuntimeError("boom")
                yield DocumentRecords(d.doc)

    chunk = [from_text(f"Text of {name}.", doc=name, path=f"in/{name}") for name in ("a.txt", "bad.txt", "c.txt")]
    outcomes = extract_chunk(Flaky(), chunk)  # type: ignore[arg-type]
    assert outcomes == [DocumentRecords("a.txt"), Failed("in/bad.txt", "extraction failed (RuntimeError: boom)"), DocumentRecords("c.txt")]


def test_an_unknown_model_is_one_error_from_the_workers(tmp_path):
    docs = documents(corpus(tmp_path, 2))
    with pytest.raises(ModelError, match="no_such_pipeline"):
        list(extract(docs, model="no_such_pipeline", jobs=2))


@pytest.mark.parametrize(
    ("sizes", "pooled_expected"),
    [
        ([3, 4], False),  # a handful of documents: one process
        ([0] * 10 + [5], False),  # mostly cached
        ([parallel.AUTO_MIN_DOCUMENTS // 2] * 2, True),
        ([1] * parallel.AUTO_LOOKAHEAD_CHUNKS + [parallel.AUTO_MIN_DOCUMENTS], False),  # decided before the big chunk
    ],
)
def test_default_jobs_start_workers_only_for_enough_documents(monkeypatch, sizes, pooled_expected):
    monkeypatch.setattr(parallel, "cpu_count", lambda: 2)
    used: list[str] = []

    def stand_in(name):
        def run(chunks, *args):
            used.append(name)
            return [[] for _ in chunks]

        return run

    monkeypatch.setattr(parallel, "serial", stand_in("serial"))
    monkeypatch.setattr(parallel, "pooled", stand_in("pooled"))
    doc = from_text("A sentence.", doc="a.txt", path="a.txt")
    out = list(map_chunks(([doc] * n for n in sizes), Rules.load(), None, None))
    assert len(out) == len(sizes)
    assert used == ["pooled" if pooled_expected else "serial"]


def test_empty_chunks_never_build_the_pipeline(monkeypatch):
    def refuse(*args):
        raise AssertionError("pipeline built for nothing")

    monkeypatch.setattr(Extractor, "__init__", refuse)
    assert list(map_chunks([[], [], []], Rules.load(), None, 1)) == [[], [], []]


@pytest.mark.parametrize("total", [0, 5, 250])
def test_progress_passes_every_item_through_in_order(total):
    assert list(tracked(iter(range(total)), total)) == list(range(total))


def test_count_documents_counts_files_without_reading_them(tmp_path):
    corpus(tmp_path, 4)
    (tmp_path / "notes.bin").write_bytes(b"\0\1")
    assert count_documents([str(tmp_path), str(tmp_path / "missing.txt")]) == 4


def test_cli_jobs_option_gives_the_same_output(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    folder = tmp_path / "corpus"
    folder.mkdir()
    corpus(folder, 6)
    runner = CliRunner()
    outputs = []
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["claims", str(folder), "--jobs", jobs, "--no-cache", "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        assert "analysing" not in result.output  # no progress bar when not on a terminal
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


def test_cli_refuses_zero_jobs():
    result = CliRunner().invoke(app, ["quotes", "--jobs", "0"])
    assert result.exit_code == 2


def test_mnquotes_extract_stays_the_function_after_its_module_is_imported(tmp_path):
    import importlib

    importlib.import_module("mnquotes.extract")
    docs = documents(corpus(tmp_path, 2))
    for _ in range(2):
        assert [r.doc for r in mnquotes.extract(docs)] == [d.doc for d in docs]
