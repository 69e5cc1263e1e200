
"use strict";
(() => {
  // The page's data is the records' JSON schema; every text from it goes into the page as textContent.
  const data = JSON.parse(document.getElementById("data").textContent);
  const records = data.records;
  const tip = document.getElementById("tip");
  const form = document.getElementById("filters");
  const query = document.getElementById("q");
  const who = document.getElementById("who");
  const shown = document.getElementById("shown");
  const entries = Array.from(document.querySelectorAll("#index .entry"));
  const groups = Array.from(document.querySelectorAll("#index .group"));
  let haystacks = null;  // lower-cased text of each entry, built on first search

  // --- Filters: kind (legend checkboxes), speaker, words typed -------------------------------
  function activeKinds() {
    return new Set(Array.from(form.querySelectorAll("input[name=kind]:checked"), (box) => box.value));
  }

  function applyFilters() {
    const kinds = activeKinds();
    const speaker = who.value;
    const words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length && !haystacks) haystacks = entries.map((e) => e.textContent.toLowerCase());
    let count = 0;
    entries.forEach((entry, i) => {
      const show = kinds.has(entry.dataset.kind)
        && (!speaker || entry.dataset.speaker === speaker)
        && words.every((w) => haystacks[i].includes(w));
      if (entry.hidden === show) entry.hidden = !show;  // only touch what changes: less to restyle
      count += show;
    });
    for (const group of groups) {
      const empty = !group.querySelector(".entry:not([hidden])");
      if (group.hidden !== empty) group.hidden = empty;
    }
    shown.textContent = `${count} of ${entries.length} index entries shown`;
    for (const box of form.querySelectorAll("input[name=kind]")) {
      document.body.classList.toggle(`off-${box.value}`, !box.checked);
    }
  }

  function dimOtherSpeakers() {
    const speaker = who.value;
    for (const mark of document.querySelectorAll("mark.hl")) {
      mark.classList.toggle("dim", Boolean(speaker) && data.speakers[mark.dataset.r] !== speaker);
    }
  }

  let pending = 0;
  function schedule() {
    if (!pending) pending = requestAnimationFrame(() => { pending = 0; applyFilters(); });
  }
  form.addEventListener("submit", (event) => event.preventDefault());
  query.addEventListener("input", schedule);
  form.addEventListener("change", (event) => {
    if (event.target === who) dimOtherSpeakers();
    schedule();
  });

  // --- Index links: bring the highlight into view and focus it -------------------------------
  function reveal(mark) {
    mark.scrollIntoView({ block: "center" });
    // Documents above may have been laid out while scrolling (content-visibility): check again.
    requestAnimationFrame(() => {
      const box = mark.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
      mark.classList.remove("flash");
      void mark.offsetWidth;  // restart the animation
      mark.classList.add("flash");
    });
  }
  document.getElementById("panel").addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#m']");
    if (!link) return;
    const mark = document.getElementById(link.getAttribute("href").slice(1));
    if (!mark) return;
    event.preventDefault();
    history.replaceState(null, "", link.getAttribute("href"));
    reveal(mark);
  });

  // --- Tooltip: the record(s) of a highlight, innermost first --------------------------------
  function location(record, mark) {
    const article = mark.closest("article");
    const path = article ? data.docs[Number(article.id.slice(1))] : null;
    const source = (record.sources || []).find((s) => s.path === path) || (record.sources || [])[0];
    if (!source) return null;
    return `${source.doc}:${source.line}${source.timestamp ? " @" + source.timestamp : ""}`;
  }

  function number(value) {
    return value === null || value === undefined ? null : String(value);
  }

  function fields(record) {
    if (record.record === "quote") {
      return [
        ["speaker", [record.speaker, record.speaker_role].filter(Boolean).join(", ") || "none found"],
        ["cue", record.cue], ["text", record.text.length > 240 ? record.text.slice(0, 240) + "…" : record.text],
        ["rule", record.rule],
      ];
    }
    if (record.record === "speaker") {
      return [
        ["name", record.name], ["kind", record.kind], ["role", record.role],
        ["aliases", (record.aliases || []).join(", ")], ["quotes", number(record.quotes)], ["rule", record.rule],
      ];
    }
    const range = record.low !== null || record.high !== null ? `${number(record.low) ?? "?"}–${number(record.high) ?? "?"}` : null;
    return [
      ["value", number(record.value) ?? range], ["unit", record.unit], ["qualifier", record.qualifier],
      ["subject", record.subject], ["entity", record.entity], ["speaker", record.speaker],
      ["why", record.why], ["rule", record.rule],
    ];
  }

  function describe(mark) {
    const record = records[Number(mark.dataset.r)];
    const box = document.createElement("div");
    box.className = "rec";
    const head = document.createElement("div");
    head.className = "kind";
    const kind = mark.className.match(/\bk-(\w+)/)[1];
    head.textContent = data.kinds[kind] + (kind === "speaker" && record.record === "quote" ? " (of a quote)" : "");
    box.append(head);
    const list = document.createElement("dl");
    for (const [name, value] of [...fields(record), ["source", location(record, mark)]]) {
      if (value === null || value === undefined || value === "") continue;
      const dt = document.createElement("dt");
      const dd = document.createElement("dd");
      dt.textContent = name;
      dd.textContent = value;
      list.append(dt, dd);
    }
    box.append(list);
    return box;
  }

  let current = null;
  let lit = [];  // marks outlined while the tooltip is shown: other pieces of the same records, speakers
  function hide() {
    if (!current) return;
    lit.forEach(([mark, name]) => mark.classList.remove(name));
    lit = [];
    current.removeAttribute("aria-describedby");
    current = null;
    tip.hidden = true;
  }

  function show(target) {
    const innermost = target.closest("mark.hl");
    if (!innermost || innermost === current) return;
    hide();
    current = innermost;
    const chain = [];  // the highlight and those it is nested in, one per mark
    const seen = new Set();
    for (let m = innermost; m; m = m.parentElement.closest("mark.hl")) {
      if (!seen.has(m.dataset.m)) { seen.add(m.dataset.m); chain.push(m); }
    }
    tip.replaceChildren(...chain.map(describe));
    for (const mark of chain) {
      const pieces = document.querySelectorAll(`mark[data-r="${mark.dataset.r}"]`);
      if (pieces.length > 1) pieces.forEach((m) => lit.push([m, "same"]));
      const speaker = mark.dataset.sm && document.getElementById("m" + mark.dataset.sm);
      if (speaker) lit.push([speaker, "linked"]);
    }
    lit.forEach(([mark, name]) => mark.classList.add(name));
    innermost.setAttribute("aria-describedby", "tip");
    tip.hidden = false;
    place();
  }

  function place() {  // below the highlight, or above it when there is no room below
    const at = current.getClientRects()[0] || current.getBoundingClientRect();
    const size = tip.getBoundingClientRect();
    const below = at.bottom + 6 + size.height <= window.innerHeight;
    tip.style.top = `${Math.max(4, below ? at.bottom + 6 : at.top - 6 - size.height)}px`;
    tip.style.left = `${Math.max(4, Math.min(at.left, window.innerWidth - size.width - 8))}px`;
  }

  const main = document.getElementById("docs");
  main.addEventListener("mouseover", (event) => { if (event.target.closest("mark.hl")) show(event.target); });
  main.addEventListener("mouseout", (event) => {
    if (!event.relatedTarget || !event.relatedTarget.closest || !event.relatedTarget.closest("mark.hl")) hide();
  });
  main.addEventListener("focusin", (event) => { if (event.target.matches("mark.hl")) show(event.target); });
  main.addEventListener("focusout", hide);
  window.addEventListener("scroll", () => { if (current) place(); }, { passive: true });

  // --- Keyboard: "/" goes to the filter box, Escape closes the tooltip or clears the filter ----
  document.addEventListener("keydown", (event) => {
    const typing = event.target.matches("input, select, textarea");
    if (event.key === "/" && !typing) {
      event.preventDefault();
      query.focus();
      query.select();
    } else if (event.key === "Escape") {
      if (current) hide();
      else if (event.target === query && query.value) { query.value = ""; applyFilters(); }
    }
  });

  applyFilters();
})();
