"""Throughput and peak memory of mnquotes, against the floor no spaCy-based tool can beat.

    python benchmarks/throughput.py              # N = 1,000 and 10,000 files: a few minutes
    python benchmarks/throughput.py --quick      # N = 200 and 2,000: under a minute
    python benchmarks/throughput.py --sizes 500 5000 --profile-docs 200

For each N it writes N files of the seed articles' paragraphs, repeated and shuffled, then runs in
a child process each (so its peak memory, max RSS, is its own):
- the floor: `spacy.blank("en")` tokenising the same texts with `nlp.pipe`, nothing else;
- `mnquotes quotes`, `claims --numeric` and `speakers` with `--no-cache --jobs 1` (the floor is
  one process too), `quotes --no-dedupe` (records stream out instead of being gathered for
  deduplication: the memory of the pipeline alone), and `quotes` with one job per core.
Words/s is words over wall time, start-up included; "marginal" is the extra words over the extra
time from the smallest N to the largest, so start-up (about a second) cancels out. Then: the result cache (a second run over the same files), and where the time of
one process goes, stage by stage (tokenizer, each pipeline component, each finder).
Targets (issue 6): extraction >= 0.5 x the floor; peak memory at the largest N <= 1.2 x the smallest.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = [["quotes"], ["claims", "--numeric"], ["speakers"]]
FLOOR = "tokenise only (floor)"


def paragraphs() -> list[str]:
    """The seed articles' analysed text (front matter and markup removed), split into paragraphs."""
    import mnquotes
    from mnquotes.documents import bundled_seeds

    docs = [d for d in mnquotes.read([str(bundled_seeds())]) if isinstance(d, mnquotes.Document)]
    return [p.strip() for d in docs for p in d.text.split("\n\n") if len(p.split()) >= 5]


def write_corpus(folder: Path, n: int, seed: int = 6) -> int:
    """N article-sized files of shuffled seed paragraphs; returns the number of words."""
    pool = paragraphs()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n):
        text = "\n\n".join(rng.sample(pool, rng.randint(6, 14))) + "\n"
        words += len(text.split())
        (folder / f"{i:06}.txt").write_text(text, encoding="utf-8")
    return words


def floor_child(folder: str) -> None:
    """Child process: tokenise every file with a blank English pipeline, streaming like mnquotes."""
    import spacy

    nlp = spacy.blank("en")
    texts = (p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt")))
    for _ in nlp.pipe(texts, batch_size=32):
        pass


class ChildFailed(RuntimeError):
    """A measured run exited with an error: reported, and the other measurements go on."""


def run_child(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds (user + system: what the run costs even on a busy machine), peak
    RSS (MB) and stderr of one child process; stdout is discarded."""
    with tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
    if proc.returncode != 0:
        raise ChildFailed(f"failed ({proc.returncode}): {' '.join(argv)}\n{stderr}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stderr  # ru_maxrss: KB on Linux


def mnquotes_argv(command: list[str], folder: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "mnquotes", *command, str(folder), "--format", "jsonl", *options]


def measure(folder: Path, env: dict[str, str], jobs: int) -> dict[str, tuple[float, float, float]]:
    """(wall seconds, CPU seconds, peak MB) of the floor and of each command on one corpus."""
    runs = {FLOOR: [sys.executable, __file__, "--floor-child", str(folder)]}
    for command in COMMANDS:
        runs[" ".join(command)] = mnquotes_argv(command, folder, "--no-cache", "--jobs", "1")
    # Deduplication keeps every record's sources until the end; without it records stream out, so this
    # run's memory is the pipeline's own: flat in N if no document text or spaCy Doc is retained.
    runs["quotes --no-dedupe"] = mnquotes_argv(["quotes"], folder, "--no-cache", "--jobs", "1", "--no-dedupe")
    if jobs > 1:
        runs[f"quotes --jobs {jobs}"] = mnquotes_argv(["quotes"], folder, "--no-cache", "--jobs", str(jobs))
    results = {}
    for name, argv in runs.items():
        try:
            seconds, cpu, peak, _ = run_child(argv, env)
        except ChildFailed as exc:
            print(f"  {name}: {exc}", file=sys.stderr)
            seconds = cpu = peak = float("nan")
        results[name] = (seconds, cpu, peak)
        print(f"  {name:<24} {seconds:7.2f} s  {cpu:7.2f} cpu s  {peak:7.1f} MB", file=sys.stderr)
    return results


def cache_runs(folder: Path, env: dict[str, str]) -> dict[str, object]:
    """A first and a second run of `quotes` with the cache on (empty at first)."""
    env = {**env, "MNQUOTES_CACHE_DIR": tempfile.mkdtemp(prefix="mnquotes-bench-cache-")}
    argv = mnquotes_argv(["quotes"], folder, "--jobs", "1")
    first, *_ = run_child(argv, env)
    second, *_ = run_child(argv, env)
    *_, imports = run_child([sys.executable, "-X", "importtime", *argv[1:]], env)
    shutil.rmtree(env["MNQUOTES_CACHE_DIR"], ignore_errors=True)
    spacy_loaded = any(line.rstrip().endswith("| spacy") for line in imports.splitlines())
    return {"first": first, "second": second, "speedup": first / second, "spacy_loaded": spacy_loaded}


def profile(folder: Path, limit: int) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """Seconds per stage of one process over the first `limit` files (tokenizer, each component,
    each finder), and the token patterns of the span rulers that cost most, each timed alone."""
    import mnquotes
    from mnquotes.extract import Extractor

    extractor = Extractor()
    nlp = extractor.nlp
    docs = [d for d in mnquotes.read(sorted(str(p) for p in folder.glob("*.txt"))[:limit])]
    analysed = []
    stages: dict[str, float] = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}, "quotes + speakers": 0.0, "claims": 0.0}
    for document in docs:
        t = time.perf_counter()
        sdoc = nlp.make_doc(document.text)
        stages["tokenizer"] += time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            sdoc = proc(sdoc)
            stages[name] += time.perf_counter() - t
        t = time.perf_counter()
        quotes, _ = extractor.quotes.find(sdoc, document)
        stages["quotes + speakers"] += time.perf_counter() - t
        t = time.perf_counter()
        extractor.claims.find(sdoc, document, quotes)
        stages["claims"] += time.perf_counter() - t
        analysed.append(sdoc)
    return list(stages.items()), pattern_costs(nlp, analysed)


def pattern_costs(nlp, docs: list) -> list[tuple[str, float]]:
    """Seconds of each token pattern of each pattern ruler, run alone over the docs by a ruler of
    its own (so by the matcher the pipeline gives it), costliest first."""
    from mnquotes.ruler import PatternRuler

    costs = []
    for name, proc in nlp.pipeline:
        for entry in proc.patterns if isinstance(proc, PatternRuler) else []:
            if isinstance(entry["pattern"], str):
                continue  # phrase patterns share one PhraseMatcher, cheap whatever their number
            alone = PatternRuler(nlp.vocab, f"benchmark-{name}", nlp.make_doc)
            alone.add_patterns([entry])  # already compiled: it carries lexeme flags (FLAGnn)
            t = time.perf_counter()
            for doc in docs:
                alone(doc)
            costs.append((f"{name}:{entry.get('id') or entry['label']}", time.perf_counter() - t))
    return sorted(costs, key=lambda c: -c[1])


def report(sizes: list[int], words: dict[int, int], results: dict[int, dict[str, tuple[float, float, float]]]) -> None:
    for n in sizes:
        floor, floor_cpu = words[n] / results[n][FLOOR][0], words[n] / results[n][FLOOR][1]
        print(f"\nN = {n:,} files, {words[n]:,} words (x floor: by wall time, and by CPU time)")
        print(f"  {'run':<24} {'seconds':>8} {'words/s':>10} {'x floor':>8} {'cpu s':>8} {'x floor':>8} {'peak MB':>8}")
        for name, (seconds, cpu, peak) in results[n].items():
            rate = words[n] / seconds
            print(f"  {name:<24} {seconds:8.2f} {rate:10,.0f} {rate / floor:8.2f} {cpu:8.2f} "
                  f"{words[n] / cpu / floor_cpu:8.2f} {peak:8.1f}")
    small, large = min(sizes), max(sizes)
    if small == large:
        return

    def marginal(name: str, column: int = 0) -> float:
        return (words[large] - words[small]) / max(results[large][name][column] - results[small][name][column], 1e-9)

    print(f"\nFrom N = {small:,} to {large:,}: marginal words/s (start-up excluded), by wall and CPU time; "
          "peak memory ratio (target <= 1.2)")
    for name in results[small]:
        print(f"  {name:<24} {marginal(name):10,.0f} {marginal(name) / marginal(FLOOR):8.2f} x floor   "
              f"cpu {marginal(name, 1) / marginal(FLOOR, 1):5.2f} x floor   "
              f"memory x{results[large][name][2] / results[small][name][2]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", help="corpus sizes in files (default 1000 10000)")
    parser.add_argument("--quick", action="store_true", help="N = 200 and 2,000")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="jobs for the parallel run")
    parser.add_argument("--profile-docs", type=int, default=1000, help="files profiled stage by stage (0: skip)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--floor-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor_child:
        return floor_child(args.floor_child)
    sizes = args.sizes or ([200, 2000] if args.quick else [1000, 10000])
    env = {**os.environ, "COLUMNS": "120"}
    with tempfile.TemporaryDirectory(prefix="mnquotes-bench-") as tmp:
        root = Path(tmp)
        words, results = {}, {}
        for n in sizes:
            print(f"N = {n:,}: writing the corpus", file=sys.stderr)
            words[n] = write_corpus(root / str(n), n)
            results[n] = measure(root / str(n), env, args.jobs)
        try:
            cache = cache_runs(root / str(sizes[0]), env)
        except ChildFailed as exc:
            print(f"cache runs: {exc}", file=sys.stderr)
            cache = None
        stages, patterns = profile(root / str(sizes[0]), args.profile_docs) if args.profile_docs else ([], [])
    report(sizes, words, results)
    if cache:
        print(f"\nCache, `quotes` over N = {sizes[0]:,}: first run {cache['first']:.2f} s, second {cache['second']:.2f} s, "
              f"{cache['speedup']:.1f}x faster (target >= 10); spaCy loaded in the second run: "
              f"{'yes' if cache['spacy_loaded'] else 'no'}")
    if stages:
        total = sum(s for _, s in stages)
        profiled = min(args.profile_docs, sizes[0])
        print(f"\nWhere one process spends its time ({profiled:,} files, {total:.2f} s in all):")
        for name, seconds in stages:
            print(f"  {name:<24} {seconds:7.2f} s {100 * seconds / total:5.1f} %")
    if patterns:
        print(f"Costliest pattern-ruler patterns, each alone over the same files (of {len(patterns)}):")
        for name, seconds in patterns[:10]:
            print(f"  {name:<40} {seconds:7.3f} s")
    if args.json:
        args.json.write_text(json.dumps({"words": words, "results": results,
                                         "cache": cache, "stages": stages, "patterns": patterns}, indent=1))


if __name__ == "__main__":
    main()
