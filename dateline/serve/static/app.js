// Dateline's web page: search the corpus, see and explore its timeline, read the sources.
// Hand-written, no framework and no build step, so every asset is local and reviewable.
// Safety rule: article data only ever enters the page as text nodes (textContent); a link is
// made only for an http(s) URL. The server's Content Security Policy forbids inline script.
"use strict";

const DAY = 86400000;
const LABEL_ROOM = 80;  // px an axis label (a date) needs
const $ = (id) => document.getElementById(id);

// The axis runs on a warped scale: a long empty stretch between two entries (longer than
// BREAK_DAYS and than a quarter of the timeline's whole span, as one wrongly dated article a
// year off makes) is drawn as a short hatched break, so the real weeks are not squeezed into a
// corner. `view` and `full` are in the warped unit (milliseconds less what the breaks cut out).
const BREAK_DAYS = 30;
const BREAK_SHARE = 0.1;  // of the axis: what a break is drawn as, of the rest of the span

const state = { timeline: null, entries: [], view: null, full: null, breaks: [], selected: null, params: null, method: null };

// -- small DOM helpers: text only ----------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function httpUrl(value) {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (_) {
    return null;
  }
}

// A link for an http(s) URL, else the label (and the URL) as plain text.
function sourceLink(label, url) {
  const safe = httpUrl(url);
  if (safe) return el("a", { href: safe, rel: "noopener noreferrer nofollow", target: "_blank" }, label);
  return el("span", {}, label);
}

// Text with the [start, end) spans wrapped in <mark>.
function marked(text, spans) {
  const out = [];
  let at = 0;
  for (const [a, b] of spans || []) {
    if (a < at) continue;
    out.push(text.slice(at, a), el("mark", {}, text.slice(a, b)));
    at = b;
  }
  out.push(text.slice(at));
  return out;
}

function badge(text, title) {
  return el("span", { class: "badge", title: title || null }, text);
}

function setStatus(text) {
  $("status").textContent = text;
}

// What a refused request says, as one line for a person: the server's own one-line reason, or
// for FastAPI's validation errors (a list of {loc, msg}) "dates: Input should be ...".
function problemText(status, body) {
  const detail = body && body.detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail) && detail.length) {
    return detail.map((d) => {
      const field = (d.loc || []).filter((part) => !["query", "body", "params", "path"].includes(part)).join(".");
      const message = String(d.msg || "invalid").replace(/^Value error, /, "");
      return field ? `${field}: ${message}` : message;
    }).join("; ");
  }
  return `the server answered ${status}`;
}

async function getJSON(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(problemText(response.status, body));
  return body;
}

// -- the query ------------------------------------------------------------------------------

function readForm() {
  const params = new URLSearchParams();
  for (const term of terms($("q").value)) params.append("q", term);
  for (const name of entities($("entity").value)) params.append("entity", name);
  for (const name of ["from", "to", "lang", "method", "dates", "sentences", "limit"]) {
    const value = $(name).value.trim();
    if (value && !(name === "method" && (value === "dateline" || $(name).disabled))) params.set(name, value);
  }
  return params;
}

// An entity or pair timeline is built from events whatever the method: the method menu then
// shows "events" and is disabled, and shows the chosen method again once the entities go.
function syncMethod() {
  const method = $("method");
  const byEvents = entities($("entity").value).length > 0;
  if (byEvents && !method.disabled) { state.method = method.value; method.value = "events"; }
  if (!byEvents && method.disabled) method.value = state.method || "dateline";
  method.disabled = byEvents;
  method.title = byEvents ? "An entity timeline is built from events, not by a method" : "";
}

// The search box's terms, as the search API reads them: "quoted phrases" and words.
function terms(text) {
  return (text.match(/"[^"]*"|[^\s"]+/g) || []).map((t) => t.replace(/"/g, "").trim()).filter(Boolean);
}

// The entities box: names separated by commas ("Xi Jinping, Russia").
function entities(text) {
  return text.split(",").map((name) => name.trim()).filter(Boolean);
}

function writeForm(params) {
  $("q").value = params.getAll("q").map((t) => (/\s/.test(t) ? `"${t}"` : t)).join(" ");
  $("entity").value = params.getAll("entity").join(", ");
  for (const name of ["from", "to", "lang", "dates", "sentences", "limit"]) $(name).value = params.get(name) || "";
  $("method").disabled = false;
  $("method").value = params.get("method") || "dateline";
  syncMethod();
}

async function run(params) {
  state.params = params;
  history.replaceState(null, "", params.toString() ? `?${params}` : location.pathname);
  for (const [id, format] of [["dl-json", "json"], ["dl-md", "md"], ["dl-html", "html"]]) {
    const download = new URLSearchParams(params);
    download.set("format", format);
    download.set("download", "true");
    $(id).href = `/api/timeline?${download}`;
  }
  setStatus("building the timeline…");
  const q = params.getAll("q").join(" ");
  const searching = q ? searchHits(params) : Promise.resolve(showHits([], null));
  try {
    const timeline = await getJSON(`/api/timeline?${params}`);
    showTimeline(timeline);
    // The menu shows the method that built it (an entity timeline says "events").
    if ([...$("method").options].some((o) => o.value === timeline.method)) $("method").value = timeline.method;
    const count = timeline.entries.length;
    const who = params.getAll("entity");
    setStatus(`${count} date${count === 1 ? "" : "s"}${q ? ` for “${q}”` : ""}${who.length ? ` involving ${who.join(" and ")}` : ""} · method ${timeline.method}`);
  } catch (error) {
    setStatus(`could not build the timeline (${error.message})`);
    showTimeline({ entries: [], notes: [] });
  }
  await searching;
}

async function searchHits(params) {
  const search = new URLSearchParams();
  search.set("q", params.getAll("q").map((t) => (/\s/.test(t) ? `"${t}"` : t)).join(" "));
  for (const name of ["from", "to", "lang"]) if (params.get(name)) search.set(name, params.get(name));
  search.set("limit", "30");
  try {
    const found = await getJSON(`/api/search?${search}`);
    showHits(found.hits, search.get("q"));
  } catch (error) {
    showHits([], search.get("q"), error.message);
  }
}

// -- search hits ------------------------------------------------------------------------------

function describe(outlet) {
  if (!outlet) return [];
  const label = [outlet.title, outlet.outlet || outlet.source].filter(Boolean).join(", ") || "article";
  const parts = [sourceLink(label, outlet.url)];
  if (outlet.date) {
    parts.push(`, ${outlet.date}`);
    if (outlet.date_how === "inferred") parts.push(badge("date inferred", "dated from its text"));
  } else {
    parts.push(badge("undated"));
  }
  return parts;
}

function showHits(hits, q, problem) {
  const list = $("hits");
  list.replaceChildren();
  if (problem) list.append(el("li", { class: "problem" }, problem));
  else if (q && !hits.length) list.append(el("li", {}, "No sentence matches."));
  for (const hit of hits) {
    const item = el("li", { tabindex: "0" },
      el("div", { lang: hit.lang || null, dir: "auto" }, marked(hit.text, hit.highlights)),
      el("cite", {}, hit.days.length ? `names ${hit.days.join(", ")} · ` : "", describe(hit.outlets[0]),
        hit.outlets.length > 1 ? ` (+${hit.outlets.length - 1} more)` : ""));
    const open = () => showArticles([hit.article], [hit.text]);
    item.addEventListener("click", (event) => { if (!event.target.closest("a")) open(); });
    item.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
    list.append(item);
  }
}

// -- the timeline: axis with zoom and scroll, entry list -------------------------------------

const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms) => new Date(ms).toISOString().slice(0, 10);

function showTimeline(timeline) {
  state.timeline = timeline;
  state.entries = timeline.entries.map((entry) => ({
    ...entry,
    ms: dayOf(entry.date),
    inferred: entry.sentences.some((s) => s.source && s.source.date_inferred),
  }));
  const notes = $("notes");
  notes.replaceChildren(...(timeline.notes || []).map((note) => el("li", {}, note)));
  state.breaks = breaksOf(state.entries.map((e) => e.ms));
  for (const entry of state.entries) entry.u = warped(entry.ms);
  if (state.entries.length) {
    const first = state.entries[0].u;
    const last = state.entries[state.entries.length - 1].u;
    const pad = Math.max(3 * DAY, (last - first) * 0.05);
    state.full = [first - pad, last + pad];
  } else {
    state.full = null;
  }
  state.view = state.full && [...state.full];
  state.selected = null;
  draw();
}

// The empty stretches the axis draws as breaks (see BREAK_DAYS), from the entries' days in
// order: each {a, b, shown}, from one entry's day to the next's, drawn `shown` long.
function breaksOf(days) {
  if (days.length < 2) return [];
  const span = days[days.length - 1] - days[0];
  const cut = [];
  for (let i = 1; i < days.length; i++) {
    const gap = days[i] - days[i - 1];
    if (gap > BREAK_DAYS * DAY && gap > span / 4) cut.push([days[i - 1], days[i]]);
  }
  const kept = span - cut.reduce((sum, [a, b]) => sum + (b - a), 0);
  const shown = Math.max(2 * DAY, kept * BREAK_SHARE);
  return cut.map(([a, b]) => ({ a, b, shown }));
}

// A day (ms) on the warped scale, and back.
function warped(ms) {
  let removed = 0;
  for (const k of state.breaks) {
    if (ms <= k.a) break;
    if (ms < k.b) return k.a - removed + ((ms - k.a) * k.shown) / (k.b - k.a);
    removed += k.b - k.a - k.shown;
  }
  return ms - removed;
}

function unwarped(u) {
  let removed = 0;
  for (const k of state.breaks) {
    const at = k.a - removed;
    if (u <= at) break;
    if (u < at + k.shown) return k.a + ((u - at) * (k.b - k.a)) / k.shown;
    removed += k.b - k.a - k.shown;
  }
  return u + removed;
}

// Ticks of the warped window [start, end] on an axis `width` px wide: each stretch between
// breaks gets the ticks its own width has room for, and none closer than a label's room.
function axisTicks(start, end, width) {
  const px = (u) => ((u - start) / (end - start)) * width;
  const edges = [-Infinity, ...state.breaks.flatMap((k) => [k.a, k.b]), Infinity];
  const out = [];
  for (let i = 0; i < edges.length; i += 2) {
    const from = Math.max(edges[i], unwarped(start));
    const to = Math.min(edges[i + 1], unwarped(end));
    if (from >= to) continue;
    const room = px(warped(to)) - px(warped(from));
    for (const [ms, label] of niceTicks(from, to, Math.max(1, Math.floor(room / LABEL_ROOM)))) {
      const at = px(warped(ms));
      if (!out.length || at - out[out.length - 1][0] >= LABEL_ROOM) out.push([at, label]);
    }
  }
  return out;
}

// Ticks from start to end, at most `most` of them (as many as the axis has room to label).
function niceTicks(start, end, most) {
  const span = end - start;
  const steps = [[1, "day"], [7, "day"], [1, "month"], [3, "month"], [1, "year"], [5, "year"], [10, "year"], [50, "year"]];
  const [count, unit] = steps.find(([n, u]) => span / ({ day: DAY, month: 30 * DAY, year: 365 * DAY }[u] * n) <= most) || [100, "year"];
  const ticks = [];
  const d = new Date(start);
  if (unit === "day") d.setUTCHours(0, 0, 0, 0);
  else if (unit === "month") { d.setUTCDate(1); d.setUTCHours(0, 0, 0, 0); }
  else { d.setUTCMonth(0, 1); d.setUTCHours(0, 0, 0, 0); d.setUTCFullYear(Math.floor(d.getUTCFullYear() / count) * count); }
  while (d.getTime() <= end && ticks.length < 200) {
    if (d.getTime() >= start) {
      const iso = d.toISOString();
      ticks.push([d.getTime(), unit === "year" ? iso.slice(0, 4) : unit === "month" ? iso.slice(0, 7) : iso.slice(0, 10)]);
    }
    if (unit === "day") d.setUTCDate(d.getUTCDate() + count);
    else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + count);
    else d.setUTCFullYear(d.getUTCFullYear() + count);
  }
  return ticks;
}

function draw() {
  const ticks = $("ticks");
  const marks = $("marks");
  ticks.replaceChildren();
  marks.replaceChildren();
  const list = $("entries");
  list.replaceChildren();
  if (!state.view) {
    $("window").textContent = "";
    list.append(el("li", {}, "No dated entry."));
    return;
  }
  const [start, end] = state.view;
  const x = (u) => `${((u - start) / (end - start)) * 100}%`;
  $("window").textContent = `${isoOf(unwarped(start))} – ${isoOf(unwarped(end))}`;
  const width = $("axis").clientWidth || 1000;  // inside its border, as the marks are placed
  for (const k of state.breaks) {
    const [a, b] = [warped(k.a), warped(k.b)];
    if (b < start || a > end) continue;
    const days = Math.round((k.b - k.a) / DAY);
    const gap = el("div", { class: "gap", title: `${days} days with no entry (${isoOf(k.a)} – ${isoOf(k.b)}), drawn short` });
    gap.style.left = x(a);
    gap.style.width = `${((b - a) / (end - start)) * 100}%`;
    ticks.append(gap);
  }
  for (const [px, label] of axisTicks(start, end, width)) {
    ticks.append(el("div", { class: "tick", style: null }, el("span", {}, label)));
    ticks.lastChild.style.left = `${px}px`;
    const span = ticks.lastChild.firstChild;  // past the right edge: written left of its line
    if (px + span.offsetLeft + span.offsetWidth > width) span.classList.add("before");
  }
  const visible = state.entries.filter((e) => e.u >= start && e.u <= end);
  let lastLabel = -Infinity;
  for (const entry of visible) {
    const mark = el("button", {
      type: "button",
      class: `mark${entry.inferred ? " inferred" : ""}${state.selected === entry.date ? " selected" : ""}`,
      title: `${entry.date}: ${entry.sentences.length} sentence(s)${entry.inferred ? " (from an article dated by inference)" : ""}`,
      "aria-label": entry.date,
      dataset: { date: entry.date },
    });
    mark.style.left = x(entry.u);
    mark.addEventListener("click", () => select(entry));
    marks.append(mark);
    const px = ((entry.u - start) / (end - start)) * width;
    if (px - lastLabel > LABEL_ROOM) {  // a date label where there is room for it
      const label = el("div", { class: "mark-label" }, entry.date);
      marks.append(label);
      // Centred on its mark, but inside the axis at either end, where half of it was cut off.
      label.style.left = `${Math.min(Math.max(px - label.offsetWidth / 2, 0), width - label.offsetWidth)}px`;
      lastLabel = px;
    }
  }
  for (const entry of visible) list.append(entryItem(entry));
  if (!visible.length) list.append(el("li", {}, "No entry in this window: zoom out or move."));
}

function entryItem(entry) {
  const item = el("li", { class: `entry${state.selected === entry.date ? " selected" : ""}`, tabindex: "0", dataset: { date: entry.date } },
    el("time", { datetime: entry.date }, entry.date),
    el("ul", {}, entry.sentences.map((s) => el("li", {},
      sentenceText(s),
      el("cite", {}, describe(sourceOf(s.source))),
      eventLine(s)))));
  item.addEventListener("click", (event) => { if (!event.target.closest("a")) select(entry); });
  item.addEventListener("keydown", (event) => { if (event.key === "Enter") select(entry); });
  return item;
}

function sourceOf(source) {
  return { title: source.title, source: source.path, url: source.url, date: source.published,
    date_how: source.date_inferred ? "inferred" : "published" };
}

// An event timeline's sentence (entity or pair): what happened, whether it happened or was only
// announced or planned, how its date was found, and the other articles that report it.
function eventLine(s) {
  if (!s.event) return null;
  const facts = [s.event, s.status, s.dated_by ? `dated by ${s.dated_by}` : null].filter(Boolean).join(" · ");
  const reports = s.reports || [];
  return el("div", { class: "event" }, facts,
    reports.length ? el("details", {}, el("summary", {}, `also reported by ${reports.length} other article${reports.length === 1 ? "" : "s"}`),
      el("ul", {}, reports.map((r) => el("li", {}, sentenceText(r), el("cite", {}, describe(sourceOf(r.source))))))) : null);
}

// A sentence in its article's language, its direction taken from its own letters: Arabic
// reads right to left (its full stop at the left end) inside a page laid out left to right.
function sentenceText(s) {
  return el("p", { class: "text", lang: s.lang || null, dir: "auto" }, s.text);
}

// An entry's sentences and their other reports: what the reader opens and highlights.
function reportsOf(entry) {
  return entry.sentences.flatMap((s) => [s, ...(s.reports || [])]);
}

function select(entry) {
  state.selected = entry.date;
  draw();
  const card = document.querySelector(`.entry[data-date="${entry.date}"]`);
  if (card) card.scrollIntoView({ block: "nearest" });
  const all = reportsOf(entry);
  const ids = [...new Set(all.map((s) => s.source.article))];
  showArticles(ids, all.map((s) => s.text));
}

function zoom(factor, centre) {
  if (!state.view) return;
  const [start, end] = state.view;
  const at = centre === undefined ? (start + end) / 2 : centre;
  const span = Math.min(Math.max((end - start) * factor, 2 * DAY), 200 * 365 * DAY);
  const left = (at - start) / (end - start);
  state.view = [at - span * left, at + span * (1 - left)];
  draw();
}

function pan(fraction) {
  if (!state.view) return;
  const [start, end] = state.view;
  const shift = (end - start) * fraction;
  state.view = [start + shift, end + shift];
  draw();
}

function setupAxis() {
  const axis = $("axis");
  axis.addEventListener("wheel", (event) => {
    if (!state.view) return;
    event.preventDefault();
    const box = axis.getBoundingClientRect();
    const [start, end] = state.view;
    const at = start + ((event.clientX - box.left) / box.width) * (end - start);
    zoom(event.deltaY > 0 ? 1.25 : 0.8, at);
  }, { passive: false });
  let drag = null;
  axis.addEventListener("pointerdown", (event) => {
    if (!state.view || event.target.closest(".mark")) return;
    drag = { x: event.clientX, view: [...state.view] };
    axis.classList.add("dragging");
    axis.setPointerCapture(event.pointerId);
  });
  axis.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const width = axis.getBoundingClientRect().width;
    const shift = ((drag.x - event.clientX) / width) * (drag.view[1] - drag.view[0]);
    state.view = [drag.view[0] + shift, drag.view[1] + shift];
    draw();
  });
  const stop = () => { drag = null; axis.classList.remove("dragging"); };
  axis.addEventListener("pointerup", stop);
  axis.addEventListener("pointercancel", stop);
  axis.addEventListener("keydown", (event) => {
    const keys = { ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2), "+": () => zoom(0.8), "-": () => zoom(1.25) };
    if (keys[event.key]) { event.preventDefault(); keys[event.key](); }
  });
  $("zoom-in").addEventListener("click", () => zoom(0.6));
  $("zoom-out").addEventListener("click", () => zoom(1.6));
  $("zoom-reset").addEventListener("click", () => { state.view = state.full && [...state.full]; draw(); });
}

// -- the reader: the articles of an entry, its sentences highlighted --------------------------

async function showArticles(ids, sentences) {
  const reader = $("reader");
  reader.replaceChildren(el("p", { class: "hint" }, "loading…"));
  const wanted = new Set(sentences.map((s) => s.trim()));
  const articles = await Promise.all(ids.map((id) => getJSON(`/api/articles/${encodeURIComponent(id)}`).catch((e) => ({ error: e.message, id }))));
  reader.replaceChildren();
  let first = null;
  for (const article of articles) {
    if (article.error) {
      reader.append(el("p", { class: "problem" }, `article ${article.id}: ${article.error}`));
      continue;
    }
    const date = article.date
      ? [`published ${article.date}`, article.date_how === "inferred"
        ? badge(`date inferred${article.date_confidence !== undefined ? `, confidence ${article.date_confidence}` : ""}`, "the article gives no date; it was dated from its text")
        : ""]
      : [badge("undated")];
    const body = el("div", { class: "text", lang: article.lang || null, dir: "auto" });
    for (const sentence of article.sentences) {
      const hit = wanted.has(sentence.text.trim());
      const node = el(hit ? "mark" : "span", { class: `sentence${hit ? " hit" : ""}` }, timexed(sentence));
      body.append(node, " ");
      if (hit && !first) first = node;
    }
    reader.append(el("article", { dataset: { id: String(article.id) } },
      el("h3", {}, article.title || article.path || `article ${article.id}`),
      el("p", { class: "meta" }, date, article.lang ? ` · ${article.lang}` : ""),
      el("ul", { class: "outlets" }, (article.outlets || []).map((o) => el("li", {}, describe(o)))),
      body));
  }
  if (first) first.scrollIntoView({ block: "center" });
}

// A sentence's text with its time expressions underlined (their value as a tooltip).
function timexed(sentence) {
  const parts = [];
  let at = sentence.start;
  for (const t of sentence.timexes || []) {
    if (t.start < at) continue;
    parts.push(sentence.text.slice(at - sentence.start, t.start - sentence.start));
    parts.push(el("span", { class: "timex", title: `${t.type} ${t.value}` }, sentence.text.slice(t.start - sentence.start, t.end - sentence.start)));
    at = t.end;
  }
  parts.push(sentence.text.slice(at - sentence.start));
  return parts;
}

// -- saved timelines ---------------------------------------------------------------------------

async function loadSaved() {
  const select = $("saved");
  const saved = await getJSON("/api/timelines").catch(() => []);
  select.replaceChildren(el("option", { value: "" }, "saved timelines…"),
    ...saved.map((t) => el("option", { value: String(t.id) }, `${t.name} (updated ${(t.updated || t.created).slice(0, 16).replace("T", " ")})`)));
  select.savedParams = new Map(saved.map((t) => [String(t.id), t.params]));
}

// A change of a saved timeline, one line: when, what happened to which date, the first sentence
// it has now (or had), and the articles whose ingest caused it, or why none did. A row of the
// whole timeline ("recomputed") holds its reason where a date's row holds sentences.
function changeItem(change) {
  const reason = typeof change.after === "string" ? change.after : change.reason;
  const sentences = Array.isArray(change.after) ? change.after : change.before || [];
  const causes = (change.because || []).map((c) => c.title || c.article).filter(Boolean);
  return el("li", {}, `${change.at.slice(0, 16).replace("T", " ")} · ${change.change}${change.date ? " " + change.date : ""}`,
    sentences.length ? ` · “${sentences[0].text}”` : "",
    causes.length ? el("span", { class: "why" }, ` · because of ${causes.join(", ")}`) : "",
    reason ? el("span", { class: "why" }, ` · ${reason}`) : "");
}

async function showHistory(id) {
  const panel = $("history");
  panel.hidden = true;
  if (!id) return;
  try {
    const history = await getJSON(`/api/timelines/${encodeURIComponent(id)}/history`);
    $("history-list").replaceChildren(...history.changes.slice().reverse().map(changeItem));
    panel.hidden = history.changes.length === 0;
  } catch (error) {
    setStatus(`could not read the saved timeline's history (${error.message})`);
  }
}

function setupSaving() {
  $("save").addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = $("save-name").value.trim();
    if (!name || !state.params) return;
    const params = {};
    for (const [key, value] of state.params) {
      if (key === "q" || key === "entity") (params[key] = params[key] || []).push(value);
      else params[key] = key === "dates" || key === "sentences" ? Number(value) : value;
    }
    try {
      await getJSON("/api/timelines", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name, params }) });
      setStatus(`saved “${name}”`);
      $("save-name").value = "";
      await loadSaved();
    } catch (error) {
      setStatus(`could not save (${error.message})`);
    }
  });
  $("saved").addEventListener("change", (event) => {
    const params = event.target.savedParams && event.target.savedParams.get(event.target.value);
    showHistory(params ? event.target.value : null);
    if (!params) return;
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (Array.isArray(value)) value.forEach((v) => query.append(key, v));
      else if (key !== "limit") query.set(key, String(value));
    }
    writeForm(query);
    run(query);
  });
}

// -- start -------------------------------------------------------------------------------------

async function start() {
  setupAxis();
  setupSaving();
  $("query").addEventListener("submit", (event) => { event.preventDefault(); run(readForm()); });
  $("entity").addEventListener("input", syncMethod);
  try {
    const info = await getJSON("/api/info");
    const lang = $("lang");
    for (const [code, count] of Object.entries(info.languages)) lang.append(el("option", { value: code }, `${code} (${count})`));
    if (info.read_only) $("save").hidden = true;
  } catch (error) {
    setStatus(`the server does not answer (${error.message})`);
  }
  loadSaved();
  const params = new URLSearchParams(location.search);
  writeForm(params);
  // A value from the link that a field cannot hold (a date input takes only a calendar day, a
  // number input only a number) would vanish from the query unseen, and an unfiltered timeline
  // shown as if filtered: the server is asked as the link says, and refuses it in one line.
  const dropped = ["from", "to", "dates", "sentences", "limit"].some(
    (name) => (params.get(name) || "").trim() && $(name).value.trim() !== params.get(name).trim());
  run(dropped ? params : readForm());
}

document.addEventListener("DOMContentLoaded", start);
