"""Speaker detection on news sentences beyond the seeds: name shapes, kinds, roles and references.

Each table row is a construction of real news prose; negatives sit beside the positives they guard.
"""
from __future__ import annotations

import pytest

from mnquotes.documents import from_text


def result_of(extractor, text: str):
    (result,) = extractor.run([from_text(text, doc="t.txt", path="t.txt")])
    return result


def speakers_of(extractor, text: str) -> list[tuple[str, str]]:
    """(name, kind) of every listed speaker, in order."""
    return [(s.name, s.kind) for s in result_of(extractor, text).speakers]


def attributions(extractor, text: str) -> list[str | None]:
    """The speaker of every quotation, in order."""
    return [q.speaker for q in result_of(extractor, text).quotes]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Spain's Prime Minister Pedro Sánchez said on Wednesday that the law would heal old wounds.",
         "Pedro Sánchez", "Spain's Prime Minister"),
        ("President Andrés Manuel López Obrador said he would not comment on Spanish affairs.",
         "Andrés Manuel López Obrador", "President"),
        ("Former Polish President Lech Wałęsa said the shipyard would never close.", "Lech Wałęsa",
         "Former Polish President"),
        ("Alberto Núñez Feijóo said the bill was a humiliation for the rule of law.", "Alberto Núñez Feijóo", None),
        ("Turkish President Recep Tayyip Erdoğan said Ankara would not allow it.", "Recep Tayyip Erdoğan",
         "Turkish President"),
        # ASCII names keep their shape
        ("US President Joe Biden said the US would help.", "Joe Biden", "US President"),
    ],
)
def test_accented_capitals_inside_a_name(extractor, text, name, role):
    (speaker,) = result_of(extractor, text).speakers
    assert (speaker.name, speaker.role, speaker.kind) == (name, role, "person")
