"""How fast `mnquotes --help` and `--version` answer, and proof that they never import spaCy.

    python benchmarks/startup.py            # 7 runs each, median wall time
    python benchmarks/startup.py --runs 15

Each command runs in a fresh interpreter that reports, after the command, whether spaCy (or
trafilatura) was imported and how many modules were; the slowest imports come from `-X importtime`.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

COMMANDS = [["--help"], ["--version"], ["quotes", "--help"], ["cache", "info"]]
HEAVY = ("spacy", "trafilatura", "thinc", "numpy")
PROBE = """
import sys
from mnquotes.cli import main
sys.argv = ["mnquotes", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
heavy = [m for m in {heavy!r} if m in sys.modules]
print("PROBE", len(sys.modules), ",".join(heavy) or "-", file=sys.stderr)
"""


def probe(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Modules imported by one command, and which heavy ones."""
    out = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *command],
                         capture_output=True, text=True, env=env, check=True)
    _, count, heavy = out.stderr.strip().splitlines()[-1].split()
    return int(count), heavy


def wall(argv: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall seconds of a command."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, env=env, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def slowest_imports(command: list[str], env: dict[str, str], top: int = 5) -> list[tuple[str, float]]:
    """The top-level imports that took longest (cumulative milliseconds), from `-X importtime`."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "mnquotes", *command],
                         capture_output=True, text=True, env=env, check=True)
    rows = []
    for line in out.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit() and not parts[2][1:].startswith(" "):  # top level only
            rows.append((parts[2].strip(), int(parts[1]) / 1000))
    return sorted(rows, key=lambda r: -r[1])[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "COLUMNS": "120", "MNQUOTES_CACHE_DIR": tempfile.gettempdir() + "/mnquotes-startup-empty"}
    baseline = wall([sys.executable, "-c", "pass"], env, args.runs)
    print(f"python -c pass: {baseline * 1000:.0f} ms (the interpreter alone)")
    print(f"{'command':<22} {'median ms':>9} {'modules':>8}  heavy modules imported")
    failed = False
    for command in COMMANDS:
        count, heavy = probe(command, env)
        failed |= heavy != "-"
        seconds = wall([sys.executable, "-m", "mnquotes", *command], env, args.runs)
        print(f"{' '.join(command):<22} {seconds * 1000:9.0f} {count:8}  {heavy}")
    print("slowest imports of `--help` (cumulative ms): "
          + ", ".join(f"{name} {ms:.0f}" for name, ms in slowest_imports(["--help"], env)))
    if failed:
        sys.exit("a help/version command imported a heavy module")


if __name__ == "__main__":
    main()
