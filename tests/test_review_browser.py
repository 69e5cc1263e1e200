"""The review page in a real browser: Debian's headless Chromium driven by Playwright.

Skipped, with the reason, when Chromium or Playwright is missing (`apt-get install chromium`,
`pip install -e ".[test]"`). Set MNQUOTES_REVIEW_SCREENSHOT=path.png to keep the seeds' screenshot.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mnquotes.cli import app
from mnquotes.documents import Document, bundled_seeds, read
from mnquotes.review import build_page
from test_review import FRONT_MATTER, PLAIN, make, record

CHROMIUM = os.environ.get("MNQUOTES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install playwright)")
pytestmark = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"
)
HOSTILE = (
    "---\ntitle: <script>window.pwned = 1</script>\n---\n"
    "An official said that \"><img src=x onerror=\"window.pwned = 2\"> was a typo, and <script>window.pwned = 3</script> too.\n"
)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()


class Opened:
    """A page opened from disk, with everything it logged and everything it asked the network for."""

    def __init__(self, browser, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url, wait_until="load")

    def highlights(self) -> dict[str, str]:
        """Text of each highlight: its pieces' text joined (a crossing span is split in pieces)."""
        return self.page.evaluate(
            """() => {
                const out = {};
                for (const m of document.querySelectorAll("mark.hl")) out[m.dataset.m] = (out[m.dataset.m] || "") + m.textContent;
                return out;
            }"""
        )

    def in_view(self, selector: str) -> bool:
        return self.page.evaluate(
            """(sel) => { const b = document.querySelector(sel).getBoundingClientRect();
                return b.top >= 0 && b.bottom <= window.innerHeight && b.height > 0; }""",
            selector,
        )

    def visible_entries(self, what: str = "e.querySelector('.go').textContent.trim()") -> list[str]:
        return self.page.eval_on_selector_all("#index .entry:not([hidden])", f"els => els.map(e => {what})")

    def settle(self) -> None:
        """Wait for the filters, applied on the next animation frame, to have been applied."""
        self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

    def close(self) -> None:
        assert self.errors == []
        assert self.requests == [self.url]  # the page file itself, nothing else
        self.page.close()


def spans(records, documents: list[Document]) -> int:
    """Highlights the page must show: every record span, plus each attributed speaker mention
    (a quote's `speaker_span`: "He", "the researcher") that is not already a speaker record's span."""
    paths = {d.path for d in documents}
    record_spans = sum(len(s.spans) for r in records for s in r.sources if s.path in paths)
    speaker_spans = {(s.path, a, b) for r in records if r.record == "speaker" for s in r.sources for a, b in s.spans}
    mentions = {
        (r.sources[0].path, *r.speaker_span) for r in records
        if getattr(r, "speaker_span", None) and r.sources[0].path in paths
    }
    return record_spans + len(mentions - speaker_spans)


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Document], list]:
    """Hand-made records on fixture articles, one of them hostile, and filler articles far below."""
    plain, transcript, hostile = make(PLAIN, "plain.txt"), make(FRONT_MATTER, "transcript.md"), make(HOSTILE, "hostile.txt")
    filler = [make(PLAIN, f"filler{i:02d}.txt") for i in range(40)]
    last = make(PLAIN.replace("Erdenechuluun", "Enkhbayar"), "last.txt")
    speaker = record(plain, "speaker", "L. Erdenechuluun", aliases=("Erdenechuluun",), role="former foreign minister")
    quote = record(plain, "direct", "We cannot take sides when 95 percent of our fuel comes from one neighbour,",
                   "The government must stay neutral,", speaker="L. Erdenechuluun", cue="said", rule="quote-said-after")
    at = plain.raw.index("L. Erdenechuluun")
    records = [
        speaker,
        {**quote.to_dict(), "speaker_span": [at, at + len("L. Erdenechuluun")]},
        record(plain, "numeric", "95 percent of our fuel", value=95.0, unit="percent", subject="fuel from one neighbour"),
        record(plain, "indirect", "Mongolia imports 95 percent", rule="crossing-test"),
        record(plain, "numeric", "95 percent of its petroleum products", value=95.0, unit="percent", subject="petroleum imports"),
        record(transcript, "indirect", "the country relies on Russia for 90 percent of its fuel", speaker="Officials", cue="said"),
        record(transcript, "numeric", "90 percent", value=90.0, unit="percent", subject="fuel from Russia"),
        record(transcript, "speaker", "Officials", kind="role"),
        record(hostile, "indirect", "was a typo", speaker="An official", cue="said"),
        record(last, "direct", "The government must stay neutral,", speaker="Enkhbayar", rule="quote-said-after"),
        record(last, "numeric", "95 percent of its petroleum products", value=95.0, unit="percent", subject="petroleum imports"),
    ]
    return [plain, transcript, hostile, *filler, last], records


@pytest.fixture
def opened(browser, corpus, tmp_path):
    documents, records = corpus
    path = tmp_path / "review.html"
    path.write_text(build_page(documents, records), encoding="utf-8")
    page = Opened(browser, path)
    yield page
    page.close()


def test_every_record_span_is_one_highlight_holding_exactly_its_text(opened, corpus):
    documents, records = corpus
    from mnquotes.review import as_dict

    expected = sorted(
        d.raw[s:e] for r in map(as_dict, records) for src in r["sources"]
        for d in documents if d.path == src["path"] for s, e in src["spans"]
    )
    texts = opened.highlights()
    assert opened.page.locator("mark.hl[id]").count() == len(texts) == len(expected)
    assert sorted(texts.values()) == expected
    assert opened.page.evaluate("window.pwned") is None
    assert "window.pwned = 2" in opened.page.inner_text("#d2 .text")  # the hostile text is shown as text


def test_clicking_an_index_entry_scrolls_its_highlight_into_view(opened):
    target = opened.page.get_attribute('#index a.go:text-is("The government must stay neutral,")', "href")
    assert target and not opened.in_view(target)
    opened.page.click(f"#index a.go[href='{target}']")
    opened.page.wait_for_function("(sel) => document.activeElement === document.querySelector(sel)", arg=target)
    assert opened.in_view(target)
    assert opened.page.is_visible("#tip") and "Enkhbayar" in opened.page.inner_text("#tip")


def test_filters_hide_entries_that_do_not_match(opened):
    every = opened.visible_entries()
    kinds = opened.visible_entries("e.dataset.kind")
    opened.page.fill("#q", "petroleum")
    opened.settle()
    assert opened.visible_entries() == ["95 percent of its petroleum products"] * 2
    assert opened.page.inner_text("#shown").startswith(f"2 of {len(every)}")
    opened.page.fill("#q", "")
    opened.page.uncheck("input[value=numeric]")
    opened.settle()
    assert opened.visible_entries("e.dataset.kind") == [k for k in kinds if k != "numeric"]
    assert opened.page.eval_on_selector("mark.k-numeric", "m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    opened.page.check("input[value=numeric]")
    opened.page.select_option("#who", "L. Erdenechuluun")
    opened.settle()
    assert opened.visible_entries() == [
        "L. Erdenechuluun",
        "We cannot take sides when 95 percent of our fuel comes from one neighbour, The government must stay neutral,",
    ]
    undimmed = opened.page.locator("mark.hl:not(.dim)")
    assert undimmed.all_inner_texts() == [  # the quote's two pieces and its speaker
        "We cannot take sides when 95 percent of our fuel comes from one neighbour,",
        "L. Erdenechuluun",
        "The government must stay neutral,",
    ]


def test_keyboard_only_filter_jump_and_read_the_record(opened, corpus):
    page = opened.page
    where = corpus[1][5].sources[0].location()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("relies on Russia")
    opened.settle()
    assert page.inner_text("#shown").startswith("1 of")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "go"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.matches('mark.hl')")
    assert page.evaluate("document.activeElement.textContent") == "the country relies on Russia for 90 percent of its fuel"
    tip = page.inner_text("#tip")
    assert "Reported speech" in tip and "Officials" in tip and where in tip and "@00:10:33" in where  # its own anchor, after it
    page.keyboard.press("Escape")
    assert page.is_hidden("#tip")


def test_hovering_a_quote_shows_its_record_and_outlines_its_speaker(opened):
    page = opened.page
    page.hover("mark.k-direct >> nth=0")
    tip = page.inner_text("#tip")
    assert "Direct quote" in tip and "L. Erdenechuluun" in tip and "quote-said-after" in tip and "plain.txt:1" in tip
    assert page.eval_on_selector("mark.k-speaker", "m => m.classList.contains('linked')")
    assert page.locator("mark.same").count() == 2  # both pieces of the interrupted quote


def test_seeds_page_from_the_command_line(browser, tmp_path):
    from mnquotes.extract import extract
    from mnquotes.speakers import merge_speakers

    out = tmp_path / "seeds.html"
    env = {"COLUMNS": "120", "MNQUOTES_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(app, ["review", "-o", str(out)], env=env)
    assert result.exit_code == 0, result.output
    documents = list(read([str(bundled_seeds())]))
    results = list(extract(documents))
    records = [*(q for r in results for q in r.quotes), *merge_speakers([s for r in results for s in r.speakers]),
               *(c for r in results for c in r.claims)]
    opened = Opened(browser, out)
    assert opened.page.locator("article.doc").count() == len(documents) == 5
    assert opened.page.locator("mark.hl[id]").count() == spans(records, documents)
    shot = Path(os.environ.get("MNQUOTES_REVIEW_SCREENSHOT") or tmp_path / "seeds.png")
    opened.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    opened.close()
