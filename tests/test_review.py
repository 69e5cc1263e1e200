"""The review page's span-to-HTML step and page building: exact offsets, nesting, escaping."""
from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from mnquotes.cli import app
from mnquotes.documents import Document, from_text
from mnquotes.records import Claim, Conflict, Quote, Record, Speaker
from mnquotes.review import Mark, build_page, highlight, kind_of, regions

PLAIN = (
    "Ulaanbaatar, Mongolia – Mongolia imports 95 percent of its petroleum products from Russia. "
    "“We cannot take sides when 95 percent of our fuel comes from one neighbour,” said L. Erdenechuluun, "
    "a former foreign minister. “The government must stay neutral,” he added.\n"
)
FRONT_MATTER = (
    "---\ntitle: Impact of the Ukraine war on Mongolia\nvideoId: bvkKpSC4BZs\nurl: https://example.org/a\n---\n\n"
    "From: [[jameskerlindsay]] <br/>\n"
    "Mongolia adopted a cautious approach <a class=\"yt-timestamp\" data-t=\"00:10:28\">[00:10:28]</a>. "
    "Officials said that the country relies on Russia for 90 percent of its fuel "
    "<a class=\"yt-timestamp\" data-t=\"00:10:33\">[00:10:33]</a><a class=\"yt-timestamp\" data-t=\"00:10:42\">[00:10:42]</a>.\n"
)


def make(raw: str, name: str = "a.txt") -> Document:
    return from_text(raw, doc=name, path=f"articles/{name}")


def record(document: Document, highlight_kind: str, *pieces: str, **fields) -> Record:
    """A hand-made record over the first occurrence of each piece in the analysed text."""
    spans, at = [], 0
    for piece in pieces:
        at = document.text.index(piece, at)
        spans.append((at, at + len(piece)))
        at += len(piece)
    text, source = document.source(spans)
    if highlight_kind in ("direct", "indirect"):
        return Quote(sources=(source,), text=text, type=highlight_kind, **fields)
    if highlight_kind == "speaker":
        return Speaker(sources=(source,), name=fields.pop("name", text), **fields)
    return Claim(sources=(source,), text=text, type=highlight_kind, **fields)


class MarkTexts(HTMLParser):
    """Collects the text inside each mark id (all its pieces) and checks the HTML nests properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.texts: dict[str, str] = defaultdict(str)
        self.ids: list[str] = []
        self.parents: dict[str, str | None] = {}
        self.pieces: dict[str, int] = defaultdict(int)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        m = a.get("data-m")
        if tag == "mark":
            self.pieces[m] += 1
            if "id" in a:
                assert a["id"] == f"m{m}"
                self.ids.append(m)
                self.parents[m] = next((x for _, x in reversed(self.stack) if x is not None), None)
        self.stack.append((tag, m if tag == "mark" else None))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        for _, m in self.stack:
            if m is not None:
                self.texts[m] += data


def parse(html: str) -> MarkTexts:
    parser = MarkTexts()
    parser.feed(html)
    parser.close()
    assert not parser.stack, f"unclosed {parser.stack}"
    return parser


def marks_for(records: list[Record]) -> list[Mark]:
    """One mark per span of each record, numbered in order."""
    marks: list[Mark] = []
    for ri, r in enumerate(records):
        for source in r.sources:
            marks += [Mark(len(marks) + i, s, e, kind_of(r.to_dict()), ri) for i, (s, e) in enumerate(source.spans)]
    return marks


CASES = {
    "claim nested in a quote": (PLAIN, [
        ("direct", ["We cannot take sides when 95 percent of our fuel comes from one neighbour,"]),
        ("numeric", ["95 percent of our fuel"]),
    ]),
    "quote interrupted by its attribution, speaker between": (PLAIN, [
        ("direct", ["We cannot take sides when 95 percent of our fuel comes from one neighbour,",
                    "The government must stay neutral,"]),
        ("speaker", ["L. Erdenechuluun"]),
        ("numeric", ["95 percent of our fuel"]),
    ]),
    "crossing spans": (PLAIN, [
        ("indirect", ["Mongolia imports 95 percent"]),
        ("numeric", ["95 percent of its petroleum products"]),
    ]),
    "identical spans": (PLAIN, [("numeric", ["95 percent"]), ("other", ["95 percent"])]),
    "adjacent spans": (PLAIN, [("speaker", ["Ulaanbaatar"]), ("speaker", [", Mongolia"])]),
    "after front matter and inline html": (FRONT_MATTER, [
        ("indirect", ["the country relies on Russia for 90 percent of its fuel"]),
        ("numeric", ["90 percent"]),
        ("speaker", ["Officials"]),
        ("other", ["Mongolia adopted a cautious approach"]),
    ]),
    "around a wiki link": (FRONT_MATTER, [("speaker", ["jameskerlindsay"])]),
}


@pytest.mark.parametrize("raw,specs", list(CASES.values()), ids=list(CASES))
def test_every_mark_holds_exactly_its_span(raw, specs):
    document = make(raw)
    records = [record(document, kind, *pieces) for kind, pieces in specs]
    marks = marks_for(records)
    parsed = parse(highlight(document.raw, marks, regions(document)))
    assert sorted(parsed.ids, key=int) == [str(m.id) for m in marks]
    for m in marks:
        assert parsed.texts[str(m.id)] == document.raw[m.start:m.end]
    for r in records:  # the record's text is its marks' texts joined, as the schema promises
        ids = [str(m.id) for m in marks if records[m.record] is r]
        assert " ".join(parsed.texts[i] for i in ids) == getattr(r, "text", getattr(r, "name", None))


def test_a_claim_inside_a_quote_is_nested_in_one_piece():
    document = make(PLAIN)
    quote = record(document, "direct", "We cannot take sides when 95 percent of our fuel comes from one neighbour,")
    claim = record(document, "numeric", "95 percent of our fuel")
    parsed = parse(highlight(document.raw, marks_for([claim, quote])))
    assert parsed.parents == {"1": None, "0": "1"}  # the claim (0) sits inside the quote (1)
    assert parsed.pieces == {"0": 1, "1": 1}


def test_crossing_spans_reopen_the_inner_mark_as_a_continuation():
    document = make(PLAIN)
    outer = record(document, "indirect", "Mongolia imports 95 percent")
    crossing = record(document, "numeric", "95 percent of its petroleum products")
    html = highlight(document.raw, marks_for([outer, crossing]))
    parsed = parse(html)
    assert parsed.pieces == {"0": 1, "1": 2}
    assert html.count('id="m1"') == 1 and html.count('data-m="1"') == 2
    assert 'class="hl k-numeric cont"' in html


def test_without_marks_the_text_is_the_escaped_raw_text():
    raw = "A <b>bold</b> & \"quoted\" claim\n"
    assert highlight(raw, []) == "A &lt;b&gt;bold&lt;/b&gt; &amp; &#34;quoted&#34; claim\n"


@pytest.mark.parametrize("mark", [Mark(0, 5, 5, "direct", 0), Mark(0, 3, 999, "direct", 0), Mark(0, 0, 3, "nope", 0)])
def test_a_mark_outside_the_text_or_of_unknown_kind_is_refused(mark):
    with pytest.raises(ValueError):
        highlight("Some text here.", [mark])


def test_front_matter_becomes_metadata_and_anchors_become_timestamps():
    document = make(FRONT_MATTER)
    html = highlight(document.raw, [], regions(document))
    assert "videoId" not in html and "title:" not in html
    assert re.findall(r'<span class="ts"[^>]*>([^<]*)</span>', html) == ["00:10:28", "00:10:33", "00:10:42"]
    assert "yt-timestamp" not in html
    assert '<span class="markup">&lt;br/&gt;</span>' in html  # other removed markup: shown, dimmed
    page = build_page([document], [])
    assert "<dt>videoId</dt><dd>bvkKpSC4BZs</dd>" in page
    assert '<h2 id="d0-h">Impact of the Ukraine war on Mongolia</h2>' in page


def test_a_document_without_markup_has_no_hidden_regions():
    document = make(PLAIN)
    assert regions(document) == []


class PageScan(HTMLParser):
    """What a browser would run or fetch: script elements, event handlers, resource URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict] = []
        self.script_text: list[str] = []
        self.style_text: list[str] = []
        self.handlers: list[tuple[str, str]] = []
        self.fetches: list[tuple[str, str]] = []
        self.hrefs: list[str] = []
        self.csp = ""
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.handlers += [(tag, k) for k in a if k.startswith("on")]
        self.fetches += [(tag, a[k]) for k in ("src", "srcset", "data", "poster") if k in a]
        if tag == "link" or tag in ("img", "iframe", "object", "embed", "video", "audio", "base"):
            self.fetches.append((tag, a.get("href") or a.get("src") or ""))
        if "href" in a and tag == "a":
            self.hrefs.append(a["href"])
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.csp = a["content"]
        if tag in ("script", "style"):
            self._in = tag
            if tag == "script":
                self.scripts.append(a)
                self.script_text.append("")
            else:
                self.style_text.append("")

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.script_text[-1] += data
        elif self._in == "style":
            self.style_text[-1] += data


def visible_text(html: str) -> str:
    parser = HTMLParser(convert_charrefs=True)
    parts: list[str] = []
    parser.handle_data = parts.append  # type: ignore[method-assign]
    parser.feed(html)
    parser.close()
    return "".join(parts)


PAYLOADS = [
    "<script>window.pwned = 1</script>",
    '"><img src=x onerror="window.pwned = 2">',
    "</textarea></script><svg onload=alert(3)>",
    "' onmouseover='alert(4)",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_text_is_shown_as_text_and_runs_nothing(payload):
    raw = (
        f"---\ntitle: {payload}\nurl: javascript:alert(5)\n---\n"
        f"The minister said that {payload} was never sent, and 40 percent agreed.\n"
    )
    document = make(raw)
    records = [
        record(document, "indirect", "was never sent", speaker=payload, cue=payload),
        record(document, "numeric", "40 percent", value=40.0, unit="percent", subject=payload),
        record(document, "speaker", "The minister", name=payload, aliases=(payload,)),
    ]
    page = build_page([document], records, conflicts=[Conflict(sources=records[1].sources, subject=payload, claims=(records[1],))])
    scan = PageScan()
    scan.feed(page)
    assert [s.get("type") for s in scan.scripts] == ["application/json", None]
    assert scan.handlers == [] and scan.fetches == []
    assert not any(h.lower().startswith("javascript:") for h in scan.hrefs)
    assert "javascript:alert(5)" in page  # shown as text, not as a link
    assert payload not in page.split('<script type="application/json"')[0]  # only ever escaped
    text = page.split('<div class="text">', 1)[1].split("</div>", 1)[0]
    parsed = parse(text)
    assert sorted(parsed.texts.values()) == ["40 percent", "The minister", "was never sent"]
    assert f"said that {payload} was never sent" in visible_text(text)


def test_the_page_loads_nothing_and_allows_only_its_own_style_and_script():
    document = make(PLAIN)
    page = build_page([document], [record(document, "numeric", "95 percent")])
    scan = PageScan()
    scan.feed(page)
    assert scan.fetches == [] and scan.handlers == []
    policy = dict(part.strip().split(" ", 1) for part in scan.csp.split(";"))
    assert policy["default-src"] == "'none'"

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert policy["style-src"] == digest(scan.style_text[0])
    assert policy["script-src"] == digest(scan.script_text[1])  # the JSON data block is not run


def test_index_groups_quotes_by_speaker_through_aliases_and_links_each_source():
    document = make(PLAIN)
    other = make(PLAIN.replace("L. Erdenechuluun", "Erdenechuluun"), name="b.txt")
    speaker = record(document, "speaker", "L. Erdenechuluun", name="L. Erdenechuluun", aliases=("Erdenechuluun",))
    q1 = record(document, "direct", "The government must stay neutral,", speaker="L. Erdenechuluun")
    q2 = record(other, "direct", "The government must stay neutral,", speaker="Erdenechuluun")
    q3 = record(document, "indirect", "Mongolia imports 95 percent of its petroleum products")
    merged = Quote(sources=q1.sources + q2.sources, text=q1.text, type="direct", speaker="L. Erdenechuluun")
    page = build_page([document, other], [speaker, q2, q3, merged])
    assert "<h3>L. Erdenechuluun (2)</h3>" in page and "<h3>(no speaker) (1)</h3>" in page
    assert "also Erdenechuluun · 2 quotes, 1 mention" in page
    # the merged quote links to both of its places, each a mark in its own document
    group = page.split("<h3>L. Erdenechuluun (2)</h3>")[1].split("</div>")[0]
    places = re.findall(r'<span class="places">(.*?)</span>', group)
    assert places[0] == "b.txt:1"  # one place: named, the entry itself links to it
    targets = re.findall(r'href="#(m\d+)"', places[1])
    assert len(targets) == 2
    for target in targets:
        assert f'id="{target}"' in page
    assert 'data-speaker="L. Erdenechuluun"' in page and 'data-speaker="Erdenechuluun"' not in page


def test_records_of_documents_not_on_the_page_are_left_out():
    document, other = make(PLAIN), make(PLAIN, name="b.txt")
    page = build_page([document], [record(other, "numeric", "95 percent")])
    assert "<mark" not in page


@pytest.mark.parametrize("matching", [True, False])
def test_a_quote_links_to_the_speaker_mention_it_is_attributed_to(matching):
    document = make(PLAIN)
    speaker = record(document, "speaker", "L. Erdenechuluun")
    quote = record(document, "direct", "The government must stay neutral,", speaker="L. Erdenechuluun")
    name_at = document.raw.index("L. Erdenechuluun")
    span = [name_at, name_at + len("L. Erdenechuluun")] if matching else [name_at + 3, name_at + len("L. Erdenechuluun")]
    records = [speaker, {**quote.to_dict(), "speaker_span": span}]
    page = build_page([document], records)
    linked = re.search(r'data-sm="(\d+)"', page).group(1)
    mention = re.search(rf'<mark class="hl k-speaker" data-m="{linked}" data-r="(\d)"[^>]*>([^<]*)<', page)
    assert mention.group(2) == document.raw[span[0]:span[1]]
    assert mention.group(1) == ("0" if matching else "1")  # the speaker record's mark, else the quote's own
    assert page.count('class="hl k-speaker"') == (1 if matching else 2)


@pytest.mark.parametrize("conflicts,shown", [(None, False), ([], True)])
def test_conflicts_section_only_when_conflicts_are_given(conflicts, shown):
    page = build_page([make(PLAIN)], [], conflicts=conflicts)
    assert ('id="h-conflicts"' in page) is shown


def test_conflicting_claims_link_to_their_highlights():
    a, b = make(PLAIN), make(PLAIN.replace("95 percent of its", "90 percent of its"), name="b.txt")
    c1 = record(a, "numeric", "95 percent", value=95.0, unit="percent", subject="petroleum imports from Russia")
    c2 = record(b, "numeric", "90 percent", value=90.0, unit="percent", subject="petroleum imports from Russia")
    conflict = Conflict(sources=c1.sources + c2.sources, subject="petroleum imports from Russia", unit="percent",
                        values=(90.0, 95.0), claims=(c2, c1))
    page = build_page([a, b], [c1, c2], conflicts=[conflict])
    section = page.split('id="h-conflicts"')[1].split("</section>")[0]
    assert "<h3>petroleum imports from Russia: 90 vs 95 percent</h3>" in section
    targets = re.findall(r'<a class="go" href="#(m\d+)">', section)
    assert len(targets) == 2 and all(f'id="{t}"' in page for t in targets)


def test_review_command_writes_the_page(tmp_path):
    article = tmp_path / "article.md"
    article.write_text(FRONT_MATTER, encoding="utf-8")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["review", str(article), "-o", str(out)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "Impact of the Ukraine war on Mongolia" in page


def test_review_command_writes_stdout_and_reports_a_bad_input(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(PLAIN, encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(article), str(tmp_path / "missing.txt"), "-o", "-"],
                                env={"COLUMNS": "120"})
    assert result.exit_code == 1, result.output
    assert "missing.txt: no such file or folder" in result.output
    assert "<!doctype html>" in result.output and "article.txt" in result.output


def test_review_page_of_an_extraction_run_shows_conflicting_claims():
    from mnquotes.records import DocumentRecords
    from mnquotes.review import review_page

    a, b = make(PLAIN), make(PLAIN.replace("95 percent of its", "90 percent of its"), name="b.txt")
    subject = "petroleum products Mongolia imports from Russia"
    c1 = record(a, "numeric", "95 percent", value=95.0, unit="percent", subject=subject, entity="Mongolia")
    c2 = record(b, "numeric", "90 percent", value=90.0, unit="percent", subject=subject, entity="Mongolia")
    page = review_page([a, b], [DocumentRecords(a.doc, claims=(c1,)), DocumentRecords(b.doc, claims=(c2,))])
    section = page.split('id="h-conflicts"')[1].split("</section>")[0]
    assert section.count('class="entry"') == 2 and "90 vs 95 percent" in section


def test_review_command_reports_an_unwritable_output_in_one_line(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(PLAIN, encoding="utf-8")
    out = tmp_path / "no-such-folder" / "page.html"
    result = CliRunner().invoke(app, ["review", str(article), "-o", str(out)], env={"COLUMNS": "120"})
    assert result.exit_code == 2, result.output
    assert result.output.strip() == f"mnquotes: error: {out}: cannot write the page (No such file or directory)"
