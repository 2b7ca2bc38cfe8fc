import { type Detector, SEVERITIES } from "../catalog/types.js";
import { VERSION } from "../version.js";
import type { DetectorPage } from "./page.js";

/**
 * The docs site as HTML strings: pure functions of the catalog, so the same input always gives
 * byte-identical pages. Every page carries its own CSS and script, so the site works offline,
 * from file:// or any static host, with no external request.
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** The file a detector's page is written to, relative to the site root. */
export function detectorHref(id: string): string {
  return `detectors/${encodeURIComponent(id)}.html`;
}

/** The index, pre-filtered: the vendor and family names on every page link here. */
function filteredIndexHref(root: string, filter: "vendor" | "family" | "severity", value: string): string {
  return escapeHtml(`${root}index.html?${new URLSearchParams({ [filter]: value })}`);
}

const FILTER_LABELS: Readonly<Record<string, "vendor" | "family" | "severity">> = {
  Vendor: "vendor",
  Family: "family",
  Severity: "severity",
};

/** One detector's page, in the seed page's layout; `root` leads from the page back to the site root. */
export function renderPageHtml(page: DetectorPage, root = "../"): string {
  const fields = page.fields
    .map(([label, value]) => {
      const filter = FILTER_LABELS[label];
      const shown = label === "Severity" ? severityBadge(value) : escapeHtml(value);
      const cell = filter ? `<a href="${filteredIndexHref(root, filter, value)}">${shown}</a>` : shown;
      return `<dt>${escapeHtml(label)}</dt><dd>${label === "ID" ? `<code>${cell}</code>` : cell}</dd>`;
    })
    .join("\n");
  const references =
    page.references.length === 0
      ? ""
      : `<h2>References</h2>\n<ul>${page.references.map((r) => `<li>${link(r)}</li>`).join("")}</ul>`;
  const body = `<nav class="crumbs"><a href="${root}index.html">All detectors</a></nav>
<main id="main">
<h1>${escapeHtml(page.title)}</h1>
<dl class="facts">
${fields}
</dl>
<h2>Description</h2>
<p>${escapeHtml(page.description)}</p>
<h2>Security</h2>
<ul>${page.security.map((s) => `<li>${escapeHtml(s)}</li>`).join("")}</ul>
<h2>Examples</h2>
<p>${escapeHtml(page.exampleIntro)}</p>
<pre tabindex="0"><code>${escapeHtml(page.example)}</code></pre>
<h2>Mitigation / Fix</h2>
<ol>${page.mitigation.map((s) => `<li>${linkUrls(s)}</li>`).join("")}</ol>
${references}
</main>`;
  return documentHtml(`${page.title}: keyhound detector catalog`, body);
}

/** What the index's script searches and filters; the table rows it shows are rendered in HTML. */
interface IndexEntry {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly family: string;
  readonly severity: string;
  readonly description: string;
}

/** The searchable, filterable list of every detector. */
export function renderIndexHtml(detectors: readonly Detector[]): string {
  const sorted = [...detectors].sort((a, b) => a.id.localeCompare(b.id));
  const entries: IndexEntry[] = sorted.map(({ id, name, vendor, family, severity, description }) => ({
    id,
    name,
    vendor,
    family,
    severity,
    description,
  }));
  const rows = sorted
    .map(
      (d) =>
        `<tr data-id="${escapeHtml(d.id)}"><td><a href="${escapeHtml(detectorHref(d.id))}"><code>${escapeHtml(d.id)}</code></a></td>` +
        `<td>${escapeHtml(d.name)}</td><td>${escapeHtml(d.vendor)}</td><td>${escapeHtml(d.family)}</td>` +
        `<td>${severityBadge(d.severity)}</td></tr>`,
    )
    .join("\n");
  const options = (values: readonly string[]) =>
    values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join("");
  const present = new Set(detectors.map((d) => d.severity));
  const body = `<main id="main">
<h1>keyhound detector catalog</h1>
<p>Every credential keyhound finds: what it is, what a leak lets an attacker do, and how to fix it.
Run <code>keyhound explain &lt;id&gt;</code> for the same page in a terminal. <a href="vendors.html">Vendors and families</a></p>
<form id="filters" role="search" autocomplete="off" hidden>
<div class="field grow"><label for="q">Search</label>
<input id="q" name="q" type="search" placeholder="id, name, vendor or description" autocomplete="off" spellcheck="false"></div>
<div class="field"><label for="vendor">Vendor</label>
<select id="vendor" name="vendor"><option value="">All vendors</option>${options(distinct(detectors, "vendor"))}</select></div>
<div class="field"><label for="family">Family</label>
<select id="family" name="family"><option value="">All families</option>${options(distinct(detectors, "family"))}</select></div>
<div class="field"><label for="severity">Severity</label>
<select id="severity" name="severity"><option value="">All severities</option>${options(SEVERITIES.filter((s) => present.has(s)))}</select></div>
</form>
<p id="count" role="status">${detectors.length} detectors</p>
<table id="detectors">
<caption class="visually-hidden">Detectors</caption>
<thead><tr><th scope="col">ID</th><th scope="col">Name</th><th scope="col">Vendor</th><th scope="col">Family</th><th scope="col">Severity</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p id="empty" hidden>No detector matches these filters. <button type="button" id="reset">Clear filters</button></p>
</main>
<script type="application/json" id="catalog-data">${scriptSafeJson(entries)}</script>
<script>${INDEX_SCRIPT}</script>`;
  return documentHtml("keyhound detector catalog", body);
}

/** Vendors and families with their detector counts, each linking to the filtered index. */
export function renderVendorsHtml(detectors: readonly Detector[]): string {
  const table = (filter: "vendor" | "family", heading: string, column: string) => {
    const counts = new Map<string, number>();
    for (const d of detectors) counts.set(d[filter], (counts.get(d[filter]) ?? 0) + 1);
    const rows = distinct(detectors, filter)
      .map(
        (v) =>
          `<tr><td><a href="${filteredIndexHref("", filter, v)}">${escapeHtml(v)}</a></td><td class="num">${counts.get(v)}</td></tr>`,
      )
      .join("\n");
    return `<h2>${heading}</h2>
<table><thead><tr><th scope="col">${column}</th><th scope="col" class="num">Detectors</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
  };
  const body = `<nav class="crumbs"><a href="index.html">All detectors</a></nav>
<main id="main">
<h1>Vendors and families</h1>
${table("vendor", "Vendors", "Vendor")}
${table("family", "Families", "Family")}
</main>`;
  return documentHtml("Vendors and families: keyhound detector catalog", body);
}

function distinct(detectors: readonly Detector[], key: "vendor" | "family"): string[] {
  return [...new Set(detectors.map((d) => d[key]))].sort((a, b) =>
    a.localeCompare(b, "en", { sensitivity: "base" }),
  );
}

function severityBadge(severity: string): string {
  return `<span class="sev sev-${escapeHtml(severity)}">${escapeHtml(severity)}</span>`;
}

/** Only web links become anchors: a catalog entry must not be able to plant a `javascript:` URL. */
function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

/** Mitigation steps quote the revocation URL inline; make it clickable, escape the rest. */
function linkUrls(text: string): string {
  return text
    .split(/(https?:\/\/[^\s()<>"']+[^\s()<>"'.,;:])/)
    .map((part, i) => (i % 2 === 1 ? link(part) : escapeHtml(part)))
    .join("");
}

/** JSON inside a <script> element ends at the first `</`: escape `<` so no value can close it. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

function documentHtml(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="keyhound ${escapeHtml(VERSION)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
${body}
<footer>Generated by keyhound ${escapeHtml(VERSION)}.</footer>
</body>
</html>
`;
}

/** The site's stylesheet; the HTML report uses it too, so that both look alike. */
export const STYLE = `
:root{--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--stripe:#f6f8fa;--link:#0550ae;--code:#eff2f5;
--critical-bg:#ffebe9;--critical-fg:#82071e;--high-bg:#fff1e5;--high-fg:#953800;--medium-bg:#fff8c5;--medium-fg:#6c4400;
--low-bg:#ddf4ff;--low-fg:#0a3069;--info-bg:#eff2f5;--info-fg:#424a53}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--stripe:#151b23;
--link:#4493f8;--code:#151b23;--critical-bg:#4c0d13;--critical-fg:#ffa198;--high-bg:#4a2506;--high-fg:#ffb77c;
--medium-bg:#3d2f00;--medium-fg:#f2cc60;--low-bg:#0c2d6b;--low-fg:#a5d6ff;--info-bg:#262c36;--info-fg:#d1d7e0}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main,nav.crumbs,footer{max-width:70rem;margin:0 auto;padding:0 1rem}
main{padding-bottom:2rem}
h1{font-size:1.8rem;line-height:1.25;margin:1.5rem 0 1rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--link);outline-offset:2px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
pre{background:var(--code);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;overflow-x:auto;white-space:pre}
li{margin:.25rem 0}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.25rem .5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
nav.crumbs{padding-top:1rem}
footer{color:var(--muted);font-size:.875rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid var(--line)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1.5rem;margin:0}
.facts dt{font-weight:600}.facts dd{margin:0;overflow-wrap:anywhere}
.sev{display:inline-block;padding:0 .6em;border-radius:1em;font-size:.85em;font-weight:600;line-height:1.6}
.sev-critical{background:var(--critical-bg);color:var(--critical-fg)}.sev-high{background:var(--high-bg);color:var(--high-fg)}
.sev-medium{background:var(--medium-bg);color:var(--medium-fg)}.sev-low{background:var(--low-bg);color:var(--low-fg)}
.sev-info{background:var(--info-bg);color:var(--info-fg)}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:1rem 0}
.field{display:flex;flex-direction:column;gap:.2rem;font-weight:600;font-size:.9rem}.field.grow{flex:1 1 18rem}
input,select,button{font:inherit;font-weight:400;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:.4rem .6rem}
#count{color:var(--muted)}
table{width:100%;border-collapse:collapse}
th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
thead th{position:sticky;top:0;background:var(--bg)}
tbody tr:nth-child(even){background:var(--stripe)}
.num{text-align:right;font-variant-numeric:tabular-nums}
`
  .trim()
  .replace(/\n/g, "");

/**
 * Filters the index rows as the user types. The state lives in the query string, so a filtered
 * view can be linked to (detector pages link to their vendor and family this way).
 */
const INDEX_SCRIPT = `
(() => {
  const data = JSON.parse(document.getElementById("catalog-data").textContent);
  const form = document.getElementById("filters");
  const count = document.getElementById("count");
  const empty = document.getElementById("empty");
  const { q, vendor, family, severity } = form.elements;
  const rows = new Map();
  for (const tr of document.querySelectorAll("#detectors tbody tr")) rows.set(tr.dataset.id, tr);
  const entries = data.map((d) => ({
    d,
    row: rows.get(d.id),
    text: [d.id, d.name, d.vendor, d.family, d.description].join(" ").toLowerCase(),
  }));
  const params = new URLSearchParams(location.search);
  for (const el of [q, vendor, family, severity]) if (params.has(el.name)) el.value = params.get(el.name);
  function apply() {
    const words = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const { d, row, text } of entries) {
      const match =
        words.every((w) => text.includes(w)) &&
        (!vendor.value || d.vendor === vendor.value) &&
        (!family.value || d.family === family.value) &&
        (!severity.value || d.severity === severity.value);
      row.hidden = !match;
      if (match) shown++;
    }
    count.textContent = shown + " of " + entries.length + " detectors";
    empty.hidden = shown > 0;
    const state = new URLSearchParams();
    for (const el of [q, vendor, family, severity]) if (el.value) state.set(el.name, el.value);
    const query = state.toString();
    try {
      history.replaceState(null, "", query ? "?" + query : location.pathname);
    } catch {
      // Some browsers refuse history changes on file:// pages; filtering still works.
    }
  }
  form.addEventListener("input", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  document.getElementById("reset").addEventListener("click", () => {
    form.reset();
    apply();
    q.focus();
  });
  // Back/forward navigation may restore the controls' values after this script ran.
  window.addEventListener("pageshow", apply);
  form.hidden = false;
  apply();
})();
`.trim();
