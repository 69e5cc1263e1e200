"""--scheduler: the same records in the same order as one process, on a real (local) Dask cluster,
with a worker killed mid-run, bad documents reported and the rest processed."""
from __future__ import annotations

import json
import os
import signal
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mnquotes import cluster as cluster_module
from mnquotes import render
from mnquotes.documents import read_file
from mnquotes.parallel import extract_chunk
from mnquotes.rules import Rules
from mnquotes.cli import app

distributed = pytest.importorskip("distributed")

from test_parallel import corpus  # noqa: E402 - after the skip: only with Dask installed

DOCUMENTS = 40
COMMANDS = [["quotes"], ["claims"], ["claims", "--conflicts"], ["speakers"], ["quotes", "--no-dedupe"]]


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes, shared by the module (starting them takes seconds)."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster, set_as_default=False) as connected:
        yield connected


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A corpus of shuffled seed paragraphs, every document different."""
    root = tmp_path_factory.mktemp("cluster") / "corpus"
    root.mkdir()
    corpus(root, DOCUMENTS)
    return root


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("MNQUOTES_SCHEDULER", raising=False)
    return CliRunner()


def invoke(runner: CliRunner, *args: str):
    return runner.invoke(app, [*args, "--format", "jsonl"] if "--output" not in args else list(args))


def one_process(runner: CliRunner, *args: str):
    """The reference: the same command in this one process, without the cache."""
    result = invoke(runner, *args, "--jobs", "1", "--no-cache")
    assert result.exit_code in (0, 1), result.output
    return result


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_cluster_gives_the_records_of_one_process_in_the_same_order(runner, cluster, folder, monkeypatch, command):
    monkeypatch.setattr(cluster_module, "CHUNK_SIZE", 3)  # many tasks over both workers, finishing out of order
    monkeypatch.chdir(folder.parent)  # relative inputs: the workers, elsewhere, still open the right files
    expected = one_process(runner, *command, "corpus")
    assert expected.exit_code == 0 and expected.stdout.strip()
    result = invoke(runner, *command, "corpus", "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    assert result.stdout == expected.stdout
    assert json.loads(result.stdout.splitlines()[0])["sources"][0]["path"].startswith("corpus/")


def test_scheduler_from_the_environment(runner, cluster, folder, monkeypatch):
    expected = one_process(runner, "quotes", str(folder))
    monkeypatch.setenv("MNQUOTES_SCHEDULER", cluster.scheduler_address)
    result = invoke(runner, "quotes", str(folder))
    assert result.exit_code == 0, result.output
    assert result.stdout == expected.stdout


def test_each_worker_keeps_its_pipeline_across_chunks_and_runs(runner, cluster, client, folder, monkeypatch):
    monkeypatch.setattr(cluster_module, "CHUNK_SIZE", 2)

    def pipelines() -> dict[str, list[int]]:
        return client.run(lambda: [id(e) for e in cluster_module._extractors.values()])

    assert invoke(runner, "quotes", str(folder), "--scheduler", cluster.scheduler_address).exit_code == 0
    before = pipelines()
    assert invoke(runner, "claims", str(folder), "--scheduler", cluster.scheduler_address).exit_code == 0
    assert pipelines() == before
    assert all(len(ids) == 1 for ids in before.values())


def test_user_rules_reach_the_workers(runner, cluster, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "cue_verbs.tsv").write_text("grumble\tclause\tgrumble\tgrumbles\tgrumbled\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The ambassador grumbled that the talks were going nowhere.\n", encoding="utf-8")
    plain = invoke(runner, "quotes", str(article), "--scheduler", cluster.scheduler_address)
    extended = invoke(runner, "quotes", str(article), "--rules", str(rules), "--scheduler", cluster.scheduler_address)
    assert plain.stdout == ""
    assert json.loads(extended.stdout)["cue"] == "grumble"


def test_a_workers_pipeline_leaves_no_copy_of_the_rules_behind(tmp_path, monkeypatch):
    """A worker builds its pipeline from a copy of the client's rule files; the copy must be gone
    once read (a worker killed by its nanny runs no exit hooks) and the pipeline must still work."""
    user_rules = tmp_path / "rules"
    user_rules.mkdir()
    (user_rules / "cue_verbs.tsv").write_text("grumble\tclause\tgrumble\tgrumbles\tgrumbled\n", encoding="utf-8")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    extractor = cluster_module.RuleFiles.of(Rules.load(user_rules)).build(None)
    assert list(scratch.iterdir()) == []
    article = tmp_path / "a.txt"
    article.write_text("The ambassador grumbled that the talks were going nowhere.\n", encoding="utf-8")
    (outcome,) = extract_chunk(extractor, [read_file(article)])
    assert [q.cue for q in outcome.quotes] == ["grumble"]


def test_fsspec_urls_are_read_by_the_workers(runner, cluster, folder):
    result = invoke(runner, "quotes", f"file://{folder}/**/article_00*.txt", "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    paths = {s["path"] for line in result.stdout.splitlines() for s in json.loads(line)["sources"]}
    assert paths and all(p.startswith(f"file://{folder}/article_00") for p in paths)
    expected = one_process(runner, "quotes", *sorted(str(p) for p in folder.glob("article_00*.txt")))
    assert result.stdout.replace("file://", "") == expected.stdout


def test_bad_documents_are_reported_and_the_rest_processed(runner, cluster, folder, tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "legacy.txt").write_bytes(b"Caf\xe9 \x81 au lait.")  # 0x81 is neither UTF-8 nor cp1252
    (tmp_path / "blank.txt").write_text("  \n", encoding="utf-8")
    args = [str(folder), str(tmp_path / "image.txt"), str(tmp_path / "legacy.txt"), str(tmp_path / "blank.txt"),
            str(tmp_path / "missing.txt")]
    expected = one_process(runner, "quotes", *args)
    result = invoke(runner, "quotes", *args, "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 1
    assert result.stdout == expected.stdout and result.stdout
    errors = sorted(result.stderr.strip().splitlines())
    assert errors == sorted(expected.stderr.strip().splitlines())
    assert errors == sorted([
        f"mnquotes: error: {tmp_path / 'image.txt'}: binary file, not text",
        f"mnquotes: error: {tmp_path / 'legacy.txt'}: cannot decode as UTF-8 or cp1252 (byte 0x81 at offset 5)",
        f"mnquotes: error: {tmp_path / 'blank.txt'}: empty document",
        f"mnquotes: error: {tmp_path / 'missing.txt'}: no such file or folder",
    ])


def test_a_document_that_vanishes_before_its_worker_reads_it_is_reported(cluster, folder, tmp_path):
    kept = tmp_path / "kept.txt"
    kept.write_text((folder / "article_000.txt").read_text(encoding="utf-8"), encoding="utf-8")
    gone = tmp_path / "gone.txt"
    locators = [(str(kept), str(kept)), (str(gone), str(gone))]
    errors: list = []
    results = list(cluster_module.extract_on_cluster(locators, scheduler=cluster.scheduler_address, on_error=errors.append))
    assert [r.doc for r in results] == ["kept.txt"]
    assert [str(e) for e in errors] == [f"{gone}: No such file or directory"]


def test_bad_user_rules_name_the_clients_file(runner, cluster, folder, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "speakers.jsonl").write_text('{"label": "PERSON", "id": "x", "pattern": [{"LOWER": "x"}]}\nnot json\n',
                                          encoding="utf-8")
    result = invoke(runner, "quotes", str(folder / "article_000.txt"), "--rules", str(rules),
                    "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"mnquotes: error: {rules / 'speakers.jsonl'}:2: not JSON (Expecting value)"


def test_a_chunk_that_killed_every_worker_it_ran_on_fails_alone():
    class Killing:
        def result(self):
            raise distributed.KilledWorker("mnquotes-run-0000003", None, 3)  # type: ignore[arg-type]

    chunk = [("a.txt", "/in/a.txt"), ("b.txt", "/in/b.txt")]
    outcomes = cluster_module.chunk_outcomes(chunk, Killing())  # type: ignore[arg-type]
    assert [type(o).__name__ for o in outcomes] == ["Failed", "Failed"]
    assert [o.path for o in outcomes] == ["a.txt", "b.txt"]
    assert "worker process died" in outcomes[0].reason


def scheduler_state(dask_scheduler) -> tuple[int, list[str]]:
    """Highest chunk index the scheduler has seen, and the workers computing a chunk now."""
    chunks = [ts for key, ts in dask_scheduler.tasks.items() if str(key).startswith("mnquotes-") and "rules" not in str(key)]
    highest = max((int(str(ts.key).rsplit("-", 1)[1]) for ts in chunks), default=-1)
    busy = sorted({ts.processing_on.address for ts in chunks if ts.processing_on is not None})
    return highest, busy


def test_a_worker_killed_mid_run_changes_nothing(runner, cluster, client, folder, monkeypatch):
    monkeypatch.setattr(cluster_module, "CHUNK_SIZE", 1)  # 40 tasks: the run is still going when a worker dies
    expected = one_process(runner, "quotes", str(folder))
    outcome: dict = {}
    run = threading.Thread(
        target=lambda: outcome.update(result=invoke(runner, "quotes", str(folder), "--scheduler", cluster.scheduler_address))
    )
    run.start()
    window = 2 * cluster_module.IN_FLIGHT  # chunks submitted before the client takes its first result
    deadline = time.monotonic() + 60
    victim = None
    while victim is None and run.is_alive() and time.monotonic() < deadline:
        highest, busy = client.run_on_scheduler(scheduler_state)
        if highest >= window and busy:  # results have come back, and a worker is computing a chunk
            victim = busy[0]
            (nanny,) = [n for n in cluster.workers.values() if n.worker_address == victim]
            os.kill(nanny.pid, signal.SIGKILL)  # no goodbye: the scheduler learns it from the broken connection
        time.sleep(0.02)
    run.join(120)
    assert victim is not None, "the run ended before a worker could be killed"
    assert victim not in client.scheduler_info()["workers"]  # it died (its nanny starts a new one)
    result = outcome["result"]
    assert result.exit_code == 0, result.output
    assert result.stdout == expected.stdout
    client.wait_for_workers(2, timeout=60)  # leave two workers for the other tests


@pytest.mark.parametrize("scheduled", [False, True], ids=["one-process", "cluster"])
def test_output_writes_jsonl_parts_of_the_final_records(runner, cluster, folder, tmp_path, monkeypatch, scheduled):
    monkeypatch.setattr(render, "PART_RECORDS", 7)
    expected = one_process(runner, "quotes", str(folder)).stdout.splitlines()
    out = tmp_path / "out"
    args = ["quotes", str(folder), "--output", str(out), "--no-cache"]
    if scheduled:
        args += ["--scheduler", cluster.scheduler_address]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    parts = sorted(out.iterdir())
    assert [p.name for p in parts] == [f"part-{i:05}.jsonl" for i in range(-(-len(expected) // 7))]
    assert [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()] == expected
    assert f"wrote {len(expected)} records to {out} ({len(parts)} files)" in result.stderr
    again = runner.invoke(app, args)
    assert again.exit_code == 2
    assert "already holds part-*.jsonl files" in again.stderr


def test_output_refuses_another_format(runner, tmp_path):
    result = runner.invoke(app, ["quotes", "--output", str(tmp_path / "out"), "--format", "csv"])
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists()


def test_stdin_cannot_go_to_the_cluster(runner, cluster, folder):
    result = runner.invoke(app, ["quotes", "-", str(folder / "article_000.txt"), "--format", "jsonl",
                                 "--scheduler", cluster.scheduler_address], input="He said “we will win the war soon”.")
    assert result.exit_code == 1
    assert "mnquotes: error: <stdin>: cannot be sent to cluster workers" in result.stderr
    assert result.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_one_line_and_fast(runner, monkeypatch):
    address = f"tcp://127.0.0.1:{free_port()}"
    monkeypatch.setenv("MNQUOTES_SCHEDULER", address)
    start = time.monotonic()
    result = runner.invoke(app, ["quotes", "--format", "jsonl"])
    assert time.monotonic() - start < 3
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"mnquotes: error: cannot reach the Dask scheduler at {address} (")
    assert result.stdout == ""


def test_a_listener_that_is_no_scheduler_is_one_line(runner, monkeypatch):
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 0.5)
    with socket.socket() as server:  # accepts connections, never speaks Dask
        server.bind(("127.0.0.1", 0))
        server.listen()
        address = f"tcp://127.0.0.1:{server.getsockname()[1]}"
        result = runner.invoke(app, ["speakers", "--scheduler", address])
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"mnquotes: error: cannot reach the Dask scheduler at {address} (")


def test_without_dask_the_error_gives_the_install_hint(runner, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now raises ImportError
    result = runner.invoke(app, ["claims", "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert result.stderr.strip() == 'mnquotes: error: --scheduler needs Dask, which is not installed: pip install "mnquotes[dask]"'


def test_help_never_imports_dask():
    import subprocess

    probe = "import sys; from mnquotes.cli import app; print('distributed' in sys.modules, 'fsspec' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
