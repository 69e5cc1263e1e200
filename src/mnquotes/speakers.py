"""Speakers (issue 3: in progress)."""
from __future__ import annotations

from .records import Speaker


def merge_speakers(speakers: list[Speaker]) -> list[Speaker]:
    return speakers
