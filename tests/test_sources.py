"""Every record of every kind points at exactly the raw text it reports, on every seed article."""
from __future__ import annotations

from pathlib import Path

import pytest

from mnquotes.documents import read
from mnquotes.records import Source


def records_of(seed_results, kind: str):
    return [(name, r) for name, res in seed_results.items() for r in getattr(res, kind)]


def reported_text(record) -> str:
    return record.name if record.record == "speaker" else record.text


def check(source: Source, expected: str) -> None:
    raw = Path(source.path).read_text(encoding="utf-8")
    assert " ".join(raw[a:b] for a, b in source.spans) == expected
    assert (source.start, source.end) == (source.spans[0][0], source.spans[-1][1])
    if len(source.spans) == 1:
        assert raw[source.start:source.end] == expected
    assert source.line == raw.count("\n", 0, source.start) + 1


@pytest.mark.parametrize("kind", ["quotes", "speakers", "claims"])
def test_every_record_span_is_its_text(seed_results, kind):
    records = records_of(seed_results, kind)
    if kind != "claims":  # claims are checked the same way once their extractor yields records
        assert records, f"no {kind} on the seeds"
    for _, record in records:
        for source in record.sources:
            check(source, reported_text(record))


def test_a_name_with_doubled_spaces_points_at_its_words(extractor, tmp_path):
    path = tmp_path / "spaces.txt"
    path.write_text("Child  advocates say the law is weak and must change.\n", encoding="utf-8")
    ((result,),) = [list(extractor.run(read([str(path)])))]
    (speaker,) = result.speakers
    check(speaker.sources[0], speaker.name)
    assert speaker.name == "Child advocates"


def test_transcript_records_carry_their_timestamp_and_title(seed_results):
    result = seed_results["004_12f2f8bb8eb0b996.txt"]
    (quote,) = result.quotes
    assert quote.sources[0].timestamp == "00:11:32"  # the anchor citing its words, after them
    assert quote.sources[0].title == "Impact of the Ukraine war on Mongolias diplomatic stance"


def test_quote_speaker_span_points_at_the_attributed_mention(seed_results):
    raw = Path(seed_results["000_6c0b970ec3bab91c.txt"].quotes[0].sources[0].path).read_text(encoding="utf-8")
    mentions = [raw[slice(*q.speaker_span)] for q in seed_results["000_6c0b970ec3bab91c.txt"].quotes if q.speaker_span]
    # Names as written, and the pronoun / role that refers back to them.
    assert mentions == ["Mongolia’s Democratic Party", "E.Odbayar", "Odbayar", "Ts.Buyantsogtoo", "He",
                        "the researcher", "S.Bayasgalan", "Bayasgalan", "He"]
