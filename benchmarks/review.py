"""How the review page of a large corpus behaves in headless Chromium: build, open, scroll, filter, jump.

    python benchmarks/review.py                      # 500 documents (the seeds, repeated)
    python benchmarks/review.py --docs 2000 --keep /tmp/review-2000.html
    python benchmarks/review.py --screenshot docs/review.png --gold ../shared/eval/seeds-gold.json

Records come from the extraction (unless --no-extract), plus, unless --no-synthetic, records made by simple patterns
(every quotation in marks, every number, names before "said", clauses after "said that"), so the
page carries a dense load of highlights even while the extraction rules are incomplete.
`--screenshot` instead renders the five seeds (records: the extraction's, or with --gold the
hand-made gold annotations placed at their text) and saves a screenshot with a tooltip open.

Needs Debian's chromium (apt-get install chromium) and `pip install playwright`; no browser download.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from mnquotes.documents import Document, bundled_seeds, from_text, read
from mnquotes.records import Claim, Quote, Record, Speaker
from mnquotes.review import build_page

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
QUOTED = re.compile(r"[“\"]([^”\"\n]{12,600})[”\"]")
NUMBER = re.compile(r"\b\d[\d,.]*(?:\s*(?:%|percent|per cent|million|billion|years?|people|times))?")
NAMED = re.compile(r"\b((?:[A-Z][a-z]{0,2}\.\s?)?[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:said|says|told|added|warned)\b")
REPORTED = re.compile(r"\b(?:said|warned|claimed|stated) that ([^.\n]{10,300})")


def corpus(n: int) -> list[Document]:
    """n documents: the seeds over and over, each with its own name and path."""
    seeds = [d for d in read([str(bundled_seeds())]) if isinstance(d, Document)]
    return [
        from_text(seed.raw, doc=f"{i:04d}_{seed.doc}", path=f"bench/{i:04d}_{seed.doc}")
        for i, seed in ((i, seeds[i % len(seeds)]) for i in range(n))
    ]


def synthetic(document: Document) -> list[Record]:
    """Pattern-made records: a load generator for the page, not an extractor."""
    out: list[Record] = []
    for m in QUOTED.finditer(document.text):
        text, src = document.source([m.span(1)])
        out.append(Quote(sources=(src,), text=text, type="direct", rule="bench-quoted"))
    for m in REPORTED.finditer(document.text):
        text, src = document.source([m.span(1)])
        out.append(Quote(sources=(src,), text=text, type="indirect", rule="bench-reported"))
    for m in NAMED.finditer(document.text):
        text, src = document.source([m.span(1)])
        out.append(Speaker(sources=(src,), name=text, rule="bench-named"))
    for m in NUMBER.finditer(document.text):
        text, src = document.source([m.span()])
        value = re.match(r"[\d.]+", text.replace(",", ""))
        out.append(Claim(sources=(src,), text=text, value=float(value.group()) if value and value.group() != "." else None,
                         sentence=text, rule="bench-number"))
    return out


def gold_records(documents: list[Document], gold_path: Path) -> list[dict]:
    """The gold annotations as records at the first place their text occurs (a quote interrupted by
    its attribution is left out): a preview of the page once extraction reaches the gold. Each quote
    links to the mention of its speaker nearest to it."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out: list[dict] = []
    for document in documents:
        g = gold.get(document.doc, {"speakers": [], "quotes": [], "numeric_claims": []})
        mentions: dict[str, list[tuple[int, int]]] = {}
        for s in g["speakers"]:
            names = "|".join(re.escape(n) for n in sorted([s["name"], *s["aliases"]], key=len, reverse=True))
            sources = [document.source([m.span()])[1] for m in re.finditer(rf"\b(?:{names})\b", document.text)]
            if sources:
                mentions[s["name"]] = [src.spans[0] for src in sources]
                out.append(Speaker(sources=tuple(sources), name=s["name"], aliases=tuple(s["aliases"]), role=s["role"],
                                   kind=s["kind"], rule="gold").to_dict())
        for q in g["quotes"]:
            at = document.text.find(q["text"])
            if at < 0:
                continue
            text, src = document.source([(at, at + len(q["text"]))])
            record = Quote(sources=(src,), text=text, type=q["type"], speaker=q["speaker"], rule="gold").to_dict()
            near = mentions.get(q["speaker"] or "")
            if near:
                record["speaker_span"] = list(min(near, key=lambda span: abs(span[0] - src.start)))
            out.append(record)
        for c in g["numeric_claims"]:
            at = document.text.find(c["text"])
            if at >= 0:
                text, src = document.source([(at, at + len(c["text"]))])
                out.append(Claim(sources=(src,), text=text, value=c["value"], unit=c["unit"], subject=c["subject"],
                                 rule="gold").to_dict())
    return out


def records_of(documents: list[Document], use_synthetic: bool, use_extraction: bool = True) -> list[Record]:
    records: list[Record] = []
    if use_extraction:
        from mnquotes.extract import extract
        from mnquotes.speakers import merge_speakers

        results = list(extract(documents))
        records += [q for r in results for q in r.quotes]
        records += merge_speakers([s for r in results for s in r.speakers])
        records += [c for r in results for c in r.claims]
    if use_synthetic:
        records += [r for d in documents for r in synthetic(d)]
    return records


def launch(playwright):
    return playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS, headless=True)


def measure(path: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        t0 = time.perf_counter()
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        opened = time.perf_counter() - t0
        nav = page.evaluate("""() => { const n = performance.getEntriesByType('navigation')[0];
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp: paint ? paint.startTime : null}; }""")
        page.evaluate("""() => { window.__long = [];
            new PerformanceObserver(l => window.__long.push(...l.getEntries().map(e => e.duration)))
                .observe({type: 'longtask', buffered: false}); }""")
        # Scroll the whole page a screen at a time, one step per frame, timing every frame.
        frames = page.evaluate("""async () => {
            const gaps = []; let last = performance.now();
            const frame = () => new Promise(r => requestAnimationFrame(r));
            while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
                window.scrollBy(0, innerHeight * 0.9); await frame();
                const now = performance.now(); gaps.push(now - last); last = now;
            }
            return {steps: gaps.length, max: Math.max(...gaps), mean: gaps.reduce((a, b) => a + b, 0) / gaps.length,
                    height: document.documentElement.scrollHeight};
        }""")
        scroll_long = page.evaluate("() => window.__long.slice()")
        page.evaluate("() => window.scrollTo(0, 0)")
        # A keystroke in the filter box: input event to the next frame with the index updated.
        filter_ms = page.evaluate("""async () => {
            const q = document.getElementById('q'); const t = performance.now();
            q.value = 'percent'; q.dispatchEvent(new Event('input'));
            await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            return performance.now() - t; }""")
        page.evaluate("() => { const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input')); }")
        # Jump from the index to the last document's first highlight.
        last = page.evaluate("() => { const m = document.querySelectorAll('mark.hl[id]'); return m[m.length - 1].id; }")
        t0 = time.perf_counter()
        page.evaluate("""(id) => { const a = document.querySelector(`#index a[href="#${id}"]`) ; if (a) a.click();
                                   else document.getElementById(id).scrollIntoView({block: 'center'}); }""", last)
        page.wait_for_function("""(id) => { const b = document.getElementById(id).getBoundingClientRect();
                                   return b.top >= 0 && b.bottom <= innerHeight; }""", arg=last)
        jump = time.perf_counter() - t0
        counts = page.evaluate("""() => ({marks: document.querySelectorAll('mark.hl[id]').length,
            entries: document.querySelectorAll('#index .entry').length, nodes: document.getElementsByTagName('*').length})""")
        browser.close()
    if errors:
        print("console errors:", *errors[:5], sep="\n  ", file=sys.stderr)
    return {
        "open_s": opened, "dom_content_loaded_ms": nav["dcl"], "load_ms": nav["load"], "first_paint_ms": nav["fcp"],
        "scroll_steps": frames["steps"], "scroll_frame_max_ms": frames["max"], "scroll_frame_mean_ms": frames["mean"],
        "scroll_long_tasks": len(scroll_long), "scroll_long_task_max_ms": max(scroll_long, default=0),
        "filter_keystroke_ms": filter_ms, "jump_to_last_s": jump, **counts, "page_height_px": frames["height"],
    }


def screenshot(out: Path, gold: Path | None) -> None:
    from playwright.sync_api import sync_playwright

    seeds = os.path.relpath(bundled_seeds())  # the page shows paths as given: keep the screenshot short
    documents = [d for d in read([seeds]) if isinstance(d, Document)]
    records = gold_records(documents, gold) if gold else records_of(documents, use_synthetic=False)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "seeds.html"
        page_path.write_text(build_page(documents, records, title="mnquotes review: the seeds"), encoding="utf-8")
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 860}, device_scale_factor=1)
            page.goto(page_path.as_uri(), wait_until="load")
            first = page.locator("#d0 mark.k-indirect").first
            if first.count():
                page.evaluate("() => document.querySelector('#d0 mark.k-indirect').scrollIntoView({block: 'center'})")
                first.hover()
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
            browser.close()
    print(f"wrote {out} ({len(records)} records on {len(documents)} seeds)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--no-synthetic", action="store_true", help="only the extraction's records")
    parser.add_argument("--no-extract", action="store_true", help="only the synthetic records")
    parser.add_argument("--keep", type=Path, help="also write the page here")
    parser.add_argument("--screenshot", type=Path, help="screenshot the seeds' page to this PNG instead")
    parser.add_argument("--gold", type=Path, help="with --screenshot: place the gold annotations (seeds-gold.json)")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(args.screenshot, args.gold)
        return
    documents = corpus(args.docs)
    t0 = time.perf_counter()
    records = records_of(documents, use_synthetic=not args.no_synthetic, use_extraction=not args.no_extract)
    t1 = time.perf_counter()
    html = build_page(documents, records)
    t2 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "review.html"
        path.write_text(html, encoding="utf-8")
        figures = measure(path)
    print(f"{len(documents)} documents, {len(records)} records; extraction {t1 - t0:.2f} s, "
          f"page built in {t2 - t1:.2f} s, {len(html.encode()) / 1e6:.1f} MB")
    for key, value in figures.items():
        print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")


if __name__ == "__main__":
    main()
