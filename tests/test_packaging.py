"""The wheel carries rules/ and seeds/, and an installed (non-editable) mnquotes finds them from anywhere."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    (built,) = out.glob("mnquotes-*.whl")
    return built


def test_wheel_ships_rules_and_seeds(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for seed in (ROOT / "seeds").glob("*.txt"):
        assert f"mnquotes/seeds/{seed.name}" in names
    for rule in (ROOT / "rules").iterdir():
        assert f"mnquotes/rules/{rule.name}" in names
    assert "mnquotes/py.typed" in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_installed_package_runs_from_another_folder(wheel, tmp_path):
    target = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "MNQUOTES_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run(
        [sys.executable, "-m", "mnquotes", "speakers", "--format", "json"],
        cwd=elsewhere, env=env, capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stderr
    speakers = json.loads(run.stdout)
    assert any(s["name"] == "Ts.Buyantsogtoo" for s in speakers)
    assert all(str(target) in src["path"] for s in speakers for src in s["sources"])
