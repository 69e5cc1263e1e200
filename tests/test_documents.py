"""Reading documents: encodings, front matter, inline markup with offsets back to the raw file, bad input."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from mnquotes.documents import decode, from_text, read
from mnquotes.errors import InputError

TEXT = "The minister said “the talks will resume in May,” adding nothing more.\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(TEXT.encode("cp1252"), id="cp1252"),
    ],
)
def test_readable_encodings(data):
    assert decode(data, "f.txt") == TEXT


@pytest.mark.parametrize(
    "data, reason",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="binary-with-nul"),
        pytest.param(bytes(range(1, 32)) * 20, "binary", id="control-characters"),
        pytest.param(b"caf\xc3 \x81\x8d\x8f\x90\x9d", "cannot decode", id="undecodable"),
    ],
)
def test_unreadable_bytes_name_the_file(data, reason):
    with pytest.raises(InputError) as err:
        decode(data, "bad.txt")
    assert str(err.value).startswith("bad.txt: ") and reason in str(err.value)


def test_front_matter_is_metadata_not_text():
    raw = "---\ntitle: Impact of the war\nurl: https://example.org/a\nvideoId: abc123\n---\nMongolia abstained.\n"
    doc = from_text(raw, doc="a.md", path="a.md")
    assert doc.meta == {"title": "Impact of the war", "url": "https://example.org/a", "videoId": "abc123"}
    assert doc.text == "Mongolia abstained.\n"
    text, source = doc.source([(0, len("Mongolia abstained."))])
    assert raw[source.start:source.end] == text == "Mongolia abstained."
    assert (source.title, source.url, source.line) == ("Impact of the war", "https://example.org/a", 6)


def test_inline_html_is_removed_and_offsets_map_back():
    raw = (
        'Shift began in 2022 <a class="yt-timestamp" data-t="00:10:23">[00:10:23]</a>. '
        "The <b>British</b> Foreign Secretary visited "
        '<a class="yt-timestamp" data-t="00:11:56">[00:11:56]</a> in April.'
    )
    doc = from_text(raw, doc="t.txt", path="t.txt")
    assert "<" not in doc.text and "[00:10:23]" not in doc.text
    start = doc.text.index("The British")
    text, source = doc.source([(start, start + len("The British Foreign Secretary"))])
    # The span crosses removed tags: it is reported as the raw pieces, joined.
    assert text == " ".join(raw[a:b] for a, b in source.spans)
    assert [raw[a:b] for a, b in source.spans] == ["The", "British", "Foreign Secretary"]
    assert source.timestamp == "00:11:56"  # the anchor after the words cites them
    first = doc.text.index("Shift")
    assert doc.source([(first, first + 5)])[1].timestamp == "00:10:23"
    later = doc.text.index("in April")  # no anchor after them: the last one before
    assert doc.source([(later, later + 8)])[1].timestamp == "00:11:56"
    two_lines = from_text('Intro line\nShift began <a class="yt-timestamp" data-t="00:10:23">[00:10:23]</a>.\n'
                          'A new line.\n', doc="t.txt", path="t.txt")
    intro, new = two_lines.text.index("Intro"), two_lines.text.index("A new")
    assert two_lines.source([(intro, intro + 5)])[1].timestamp is None  # an anchor on a later line cites other words
    assert two_lines.source([(new, new + 5)])[1].timestamp == "00:10:23"


def test_extra_spaces_are_analysed_as_one_and_spans_keep_the_raw_text():
    raw = "Said a western  diplomat:   the talks   resume.\n  Next line."
    doc = from_text(raw, doc="t.txt", path="t.txt")
    assert doc.text == "Said a western diplomat: the talks resume.\n Next line."
    start = doc.text.index("a western")
    text, source = doc.source([(start, doc.text.index("."))])
    # one span over the raw text, extra spaces included: the record quotes the file exactly
    assert source.spans == ((raw.index("a western"), raw.index(".")),)
    assert text == raw[source.start:source.end] == "a western  diplomat:   the talks   resume"


def test_wiki_links_and_emphasis_keep_their_label():
    raw = "*   **France**: the [[impact_of_the_war | Ukraine war]] began.\n"
    doc = from_text(raw, doc="t.md", path="t.md")
    assert doc.text == "France: the Ukraine war began.\n"



@pytest.mark.parametrize(
    "raw",
    [
        "- first point\nsecond line\n",  # a bullet on the very first line
        "---\ntitle: T\n---\n+ a bullet right after front matter\n",
        "Intro.\n  \t- indented bullet\n",
        "One <i>tag</i>.\n",
        "Plain text - with a dash + a plus, and no markup at all.\n",
    ],
)
def test_the_markup_pre_check_never_skips_markup(raw):
    """Skipping the markup scan must not change the result: compare with a text that forces it."""
    doc = from_text(raw, doc="t.md", path="t.md")
    forced = from_text(raw + "<b></b>", doc="t.md", path="t.md")
    assert forced.text == doc.text

def test_html_page_main_text_and_metadata(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Putin visits Mongolia</title></head><body><nav>Home | World</nav>"
        "<article><h1>Putin visits Mongolia</h1>"
        + "".join(f"<p>Paragraph {i}: the foreign ministry said the visit went ahead as planned.</p>" for i in range(6))
        + "</article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    (doc,) = read([str(page)])
    assert doc.title == "Putin visits Mongolia"
    assert "the foreign ministry said" in doc.text
    assert "Copyright" not in doc.text


def test_bad_inputs_each_give_one_error_and_the_rest_is_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("   \n\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2_000)
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    args = [str(tmp_path / "missing.txt"), str(empty_dir), str(tmp_path / "*.nomatch"), str(good),
            str(tmp_path / "empty.txt"), str(tmp_path / "blank.md"), str(tmp_path / "binary.txt"), str(big)]
    results = list(read(args, max_bytes=1_000))
    errors = [r for r in results if isinstance(r, InputError)]
    docs = [r for r in results if not isinstance(r, InputError)]
    assert [d.doc for d in docs] == ["good.txt"]
    reasons = {Path(e.path).name: e.reason for e in errors}
    assert reasons["missing.txt"] == "no such file or folder"
    assert reasons["nothing"].startswith("no documents")
    assert reasons["*.nomatch"] == "no file matches this pattern"
    assert reasons["empty.txt"].startswith("empty document")
    assert reasons["blank.md"].startswith("empty document")
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["big.txt"].startswith("file too large")
    assert all("\n" not in str(e) for e in errors)


def test_folders_recurse_globs_expand_and_duplicates_are_read_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a" / "two.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a" / "skip.json").write_text("{}", encoding="utf-8")
    (tmp_path / "a" / ".hidden").mkdir()
    (tmp_path / "a" / ".hidden" / "x.txt").write_text(TEXT, encoding="utf-8")
    found = list(read([str(tmp_path / "a"), str(tmp_path / "a" / "*.txt")]))
    assert [d.doc for d in found] == ["one.txt", "two.md"]
