"""Shared test set-up: no test ever reads or writes the user's real result cache."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """Point the result cache (on by default in the CLI) at a fresh folder for each test."""
    path = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("MNQUOTES_CACHE_DIR", str(path))
    return path


@pytest.fixture(scope="session")
def extractor():
    """One pipeline built from the bundled rules, shared by every test (building it costs a second)."""
    from mnquotes.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_documents():
    from mnquotes.documents import bundled_seeds, read

    return list(read([str(bundled_seeds())]))


@pytest.fixture(scope="session")
def seed_results(extractor, seed_documents):
    """The extraction of every bundled seed article, by file name."""
    return {r.doc: r for r in extractor.run(seed_documents)}
