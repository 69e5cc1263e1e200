"""Throughput on a Dask LocalCluster of 2 workers against `--jobs 2` on the same corpus, and the
scheduler's overhead per document.

    python benchmarks/cluster.py               # N = 1,000 and 4,000 files: a few minutes
    python benchmarks/cluster.py --quick       # N = 200 and 1,000
    python benchmarks/cluster.py --sizes 500 2000 --workers 2

The corpus is the throughput benchmark's (shuffled seed paragraphs, `throughput.write_corpus`).
The script starts a LocalCluster (worker processes, one thread each) and times, each command in its
own process with `--no-cache`: `quotes --jobs W`, then `quotes --scheduler` twice, the first
on fresh workers (each builds its pipeline) and the second on warm ones (a long-lived cluster).
Each is timed `--repeat` times (the cluster restarted before each fresh run) and the fastest kept,
so a passing load on the machine does not decide the comparison.
Words/s is words over wall time, start-up included; "marginal" is the extra words over the extra
time from the smallest N to the largest, so start-up cancels out. Scheduler overhead per
document: (1) a run of trivial tasks, one per chunk of 32 paths, submitted and collected the same
way as mnquotes does, over the number of documents; (2) warm cluster time minus `--jobs` time,
over the number of documents.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import deque
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import ChildFailed, mnquotes_argv, run_child, write_corpus  # noqa: E402


def trivial_overhead(client, folder: Path) -> float:
    """Seconds per document of scheduling alone: chunk tasks that only count their paths."""
    from mnquotes import cluster

    locators = [(str(p), str(p)) for p in sorted(folder.glob("*.txt"))]
    capacity = max(sum(client.nthreads().values()), 1) * cluster.IN_FLIGHT
    window: deque = deque()
    it = iter(locators)
    start = time.perf_counter()
    index = 0
    while chunk := list(islice(it, cluster.CHUNK_SIZE)):
        window.append(client.submit(len, chunk, key=f"trivial-{time.time_ns()}-{index}"))
        index += 1
        if len(window) >= capacity:
            window.popleft().result()
    while window:
        window.popleft().result()
    return (time.perf_counter() - start) / len(locators)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", help="corpus sizes in files (default 1000 4000)")
    parser.add_argument("--quick", action="store_true", help="N = 200 and 1,000")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers, and --jobs of the comparison")
    parser.add_argument("--repeat", type=int, default=2, help="timings of each run; the fastest is kept")
    args = parser.parse_args()
    sizes = args.sizes or ([200, 1000] if args.quick else [1000, 4000])
    from distributed import Client, LocalCluster

    env = {**os.environ, "COLUMNS": "120"}
    env.pop("MNQUOTES_SCHEDULER", None)
    runs: dict[int, dict[str, float]] = {}
    words: dict[int, int] = {}
    overhead: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="mnquotes-bench-cluster-") as tmp, LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local, Client(local, set_as_default=False) as client:
        address = local.scheduler_address
        for n in sizes:
            folder = Path(tmp) / str(n)
            print(f"N = {n:,}: writing the corpus", file=sys.stderr)
            words[n] = write_corpus(folder, n)
            argvs = {
                f"quotes --jobs {args.workers}": mnquotes_argv(["quotes"], folder, "--no-cache", "--jobs", str(args.workers)),
                "quotes --scheduler (fresh workers)": mnquotes_argv(["quotes"], folder, "--scheduler", address),
                "quotes --scheduler (warm workers)": mnquotes_argv(["quotes"], folder, "--scheduler", address),
            }
            runs[n] = {name: float("inf") for name in argvs}
            for _ in range(args.repeat):
                client.restart()  # fresh workers: the first cluster run builds their pipelines
                time.sleep(2)  # let the new worker processes finish starting before anything is timed
                for name, argv in argvs.items():
                    try:
                        seconds, _, _ = run_child(argv, env)
                    except ChildFailed as exc:
                        print(f"  {name}: {exc}", file=sys.stderr)
                        seconds = float("nan")
                    runs[n][name] = min(runs[n][name], seconds)
                    print(f"  {name:<36} {seconds:7.2f} s", file=sys.stderr)
            overhead[n] = trivial_overhead(client, folder)
    jobs = f"quotes --jobs {args.workers}"
    for n in sizes:
        print(f"\nN = {n:,} files, {words[n]:,} words")
        print(f"  {'run':<36} {'seconds':>8} {'words/s':>10} {'x jobs':>7}")
        for name, seconds in runs[n].items():
            print(f"  {name:<36} {seconds:8.2f} {words[n] / seconds:10,.0f} {runs[n][jobs] / seconds:7.2f}")
        warm = runs[n]["quotes --scheduler (warm workers)"]
        print(f"  scheduler overhead per document: trivial tasks {overhead[n] * 1e3:.3f} ms; "
              f"warm cluster minus --jobs {(warm - runs[n][jobs]) / n * 1e3:.2f} ms")
    small, large = min(sizes), max(sizes)
    if small != large:
        print(f"\nFrom N = {small:,} to {large:,}: marginal words/s (start-up excluded)")
        for name in runs[small]:
            extra = runs[large][name] - runs[small][name]
            print(f"  {name:<36} {(words[large] - words[small]) / extra:10,.0f}")


if __name__ == "__main__":
    main()
