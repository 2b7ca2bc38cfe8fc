import { createHash } from "node:crypto";
import { catalog } from "../catalog/index.js";
import { mitigationSteps } from "../catalog/mitigation.js";
import { type Detector, SEVERITIES, type Severity } from "../catalog/types.js";
import { escapeHtml, STYLE } from "../docs/html.js";
import type { Finding } from "../findings/finding.js";
import { describeAnalysis } from "../verify/analyze.js";
import { VERSION } from "../version.js";
import type { Reporter, ReportInput } from "./reporter.js";

/** One secret: every place a detector found the same value (same detector, same secret hash). */
interface SecretGroup {
  readonly detector: Detector | undefined;
  readonly findings: Finding[];
}

/** Places listed under one secret; past this the page would grow without telling more. */
const MAX_PLACES_SHOWN = 200;

/** Larger breakdown tables start closed, so the findings stay near the top of the page. */
const OPEN_BREAKDOWN_ROWS = 10;

const VERIFICATION_RANK = { live: 4, unknown: 3, unverifiable: 2, dead: 1 } as const;

/**
 * One self-contained HTML page: summary, then a table of secrets that sorts, filters and
 * searches in the browser, each row opening to its places, redacted context and fix steps.
 * The page loads nothing (inline style and script, pinned by a Content-Security-Policy that
 * also keeps anything injected from running), and every scanned text (paths, snippets,
 * commit messages) is escaped. Secrets and companion values appear only with --no-redact.
 */
export const htmlReporter: Reporter = (input, { showSecrets = false }) => {
  const byId = new Map(catalog.map((d) => [d.id, d]));
  const groups = groupBySecret(input.findings, byId);
  const body = `<main id="main">
<h1>keyhound report</h1>
<p class="scanned">${escapeHtml(scannedLine(input, groups.length))}</p>
${showSecrets ? '<p class="warning" role="alert"><strong>This report shows secrets in clear (--no-redact).</strong> Do not share it, commit it or upload it.</p>' : ""}
${input.findings.length === 0 ? '<p class="clean">No secrets found.</p>' : `${summaryHtml(input.findings, groups)}\n${findingsHtml(groups, showSecrets)}`}
</main>`;
  return documentHtml(`keyhound report: ${countLabel(input.findings.length, "finding")}`, body);
};

function groupBySecret(findings: readonly Finding[], byId: ReadonlyMap<string, Detector>): SecretGroup[] {
  const groups = new Map<string, SecretGroup>();
  for (const finding of findings) {
    const key = `${finding.detectorId}\0${finding.secretHash}`;
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { detector: byId.get(finding.detectorId), findings: [finding] });
  }
  // Most severe first; within a severity, in the scan's order (by file and line).
  const rank = (g: SecretGroup) => SEVERITIES.indexOf(first(g).severity);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

function first(group: SecretGroup): Finding {
  return group.findings[0] as Finding;
}

function scannedLine({ findings, stats }: ReportInput, secrets: number): string {
  const files = new Set(findings.map((f) => f.path)).size;
  const what =
    stats.commits === undefined
      ? countLabel(stats.files, "file")
      : `${countLabel(stats.files, "unique blob")} from ${countLabel(stats.commits, "commit")}`;
  const found =
    findings.length === 0
      ? ""
      : `${countLabel(findings.length, "finding")} of ${countLabel(secrets, "distinct secret")} in ${countLabel(files, "file")}. `;
  return `${found}${what} scanned in ${(stats.durationMs / 1000).toFixed(2)} s.`;
}

function countLabel(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function summaryHtml(findings: readonly Finding[], groups: readonly SecretGroup[]): string {
  const severities = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `<li>${severityBadge(s)} <span class="num">${n}</span></li>`)
    .join("");
  const verified = groups.flatMap((g) => g.findings.find((f) => f.verification)?.verification ?? []);
  const verification =
    verified.length === 0
      ? ""
      : `<p>Verified with each vendor (per secret): ${(["live", "dead", "unknown", "unverifiable"] as const)
          .map((s) => [s, verified.filter((v) => v.status === s).length] as const)
          .filter(([, n]) => n > 0)
          .map(([s, n]) => `${verificationBadge(s)} ${n}`)
          .join(", ")}</p>`;
  return `<section aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<ul class="severities" aria-label="Findings by severity">${severities}</ul>
${verification}
<div class="breakdowns">
${breakdown("By vendor", "Vendor", findings, (f) => f.vendor)}
${breakdown("By detector", "Detector", findings, (f) => `${f.detectorName} (${f.detectorId})`)}
${breakdown("By path", "Path", findings, (f) => f.path)}
</div>
</section>`;
}

/** Findings counted by one property, most first. */
function breakdown(title: string, column: string, findings: readonly Finding[], key: (f: Finding) => string) {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  const rows = [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([value, n]) => `<tr><td>${escapeHtml(value)}</td><td class="num">${n}</td></tr>`)
    .join("\n");
  return `<details${counts.size <= OPEN_BREAKDOWN_ROWS ? " open" : ""}><summary>${escapeHtml(title)} (${counts.size})</summary>
<table><thead><tr><th scope="col">${escapeHtml(column)}</th><th scope="col" class="num">Findings</th></tr></thead>
<tbody>
${rows}
</tbody></table></details>`;
}

function findingsHtml(groups: readonly SecretGroup[], showSecrets: boolean): string {
  const findings = groups.flatMap((g) => g.findings);
  const options = (values: Iterable<readonly [string, string]>) =>
    [...new Map(values)]
      .sort(([, a], [, b]) => a.localeCompare(b))
      .map(([value, label]) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`)
      .join("");
  const severities = SEVERITIES.filter((s) => findings.some((f) => f.severity === s))
    .map((s) => `<option value="${s}">${s}</option>`)
    .join("");
  const header = (label: string, sort: string, type: "text" | "number", ariaSort = "") =>
    `<th scope="col" data-sort="${sort}" data-type="${type}"${ariaSort ? ` aria-sort="${ariaSort}"` : ""}><button type="button">${label}</button></th>`;
  return `<section aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
<p>One row per secret; click a row to see where it is, its redacted context and how to fix it.</p>
<form id="filters" role="search" autocomplete="off" hidden>
<div class="field grow"><label for="q">Search</label>
<input id="q" name="q" type="search" placeholder="path, detector, vendor or redacted value" spellcheck="false"></div>
<div class="field"><label for="severity">Severity</label>
<select id="severity" name="severity"><option value="">All severities</option>${severities}</select></div>
<div class="field"><label for="detector">Detector</label>
<select id="detector" name="detector"><option value="">All detectors</option>${options(findings.map((f) => [f.detectorId, `${f.detectorName} (${f.detectorId})`]))}</select></div>
<div class="field"><label for="vendor">Vendor</label>
<select id="vendor" name="vendor"><option value="">All vendors</option>${options(findings.map((f) => [f.vendor, f.vendor]))}</select></div>
</form>
<p id="count" role="status">${countLabel(groups.length, "secret")}</p>
<table id="findings">
<caption class="visually-hidden">Secrets found, one row each</caption>
<thead><tr>${header("Severity", "severityRank", "number", "descending")}${header("Detector", "name", "text")}${header("Vendor", "vendor", "text")}${header("Location", "location", "text")}<th scope="col">Secret</th>${header("Places", "count", "number")}${header("Verification", "verificationRank", "number")}</tr></thead>
${groups.map((g, i) => groupHtml(g, i, showSecrets)).join("\n")}
</table>
<p id="empty" hidden>No secret matches these filters. <button type="button" id="reset">Clear filters</button></p>
</section>`;
}

function groupHtml(group: SecretGroup, index: number, showSecrets: boolean): string {
  const f = first(group);
  const verification = group.findings.find((x) => x.verification)?.verification;
  const paths = [...new Set(group.findings.map((x) => x.path))];
  const searchable = [f.detectorId, f.detectorName, f.vendor, f.family, f.redacted, ...paths]
    .join(" ")
    .toLowerCase();
  const more =
    group.findings.length > 1 ? ` <span class="muted">+ ${group.findings.length - 1} more</span>` : "";
  const data = {
    order: String(index),
    severity: f.severity,
    "severity-rank": String(SEVERITIES.length - SEVERITIES.indexOf(f.severity)),
    detector: f.detectorId,
    name: f.detectorName,
    vendor: f.vendor,
    location: `${f.path}:${f.line}`,
    count: String(group.findings.length),
    "verification-rank": String(verification ? VERIFICATION_RANK[verification.status] : 0),
    text: searchable,
  };
  const attributes = Object.entries(data)
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join("");
  const id = `secret-${index + 1}`;
  return `<tbody class="group"${attributes}>
<tr class="row"><td><button type="button" class="toggle" aria-expanded="true" aria-controls="${id}" aria-label="Details"></button> ${severityBadge(f.severity)}</td>
<td>${escapeHtml(f.detectorName)}<br><code>${escapeHtml(f.detectorId)}</code></td>
<td>${escapeHtml(f.vendor)}</td>
<td><code>${escapeHtml(`${f.path}:${f.line}:${f.column}`)}</code>${more}</td>
<td><code>${escapeHtml(showSecrets ? f.secret : f.redacted)}</code></td>
<td class="num">${group.findings.length}</td>
<td>${verification ? verificationBadge(verification.status) : '<span class="muted">not checked</span>'}</td></tr>
<tr class="detail" id="${id}"><td colspan="7">${detailHtml(group, showSecrets)}</td></tr>
</tbody>`;
}

function detailHtml(group: SecretGroup, showSecrets: boolean): string {
  const f = first(group);
  const shown = group.findings.slice(0, MAX_PLACES_SHOWN);
  const places = shown.map((x) => `<li>${placeHtml(x)}</li>`).join("\n");
  const hidden = group.findings.length - shown.length;
  const verification = group.findings.find((x) => x.verification)?.verification;
  const facts = [
    ...(showSecrets
      ? [`<p><strong>Secret:</strong> <code class="secret">${escapeHtml(f.secret)}</code></p>`]
      : []),
    ...Object.entries(f.details ?? {}).map(
      ([name, value]) => `<p><strong>${escapeHtml(name)}:</strong> ${escapeHtml(value)}</p>`,
    ),
    ...(f.companions ?? []).map(
      (c) =>
        `<p><strong>With ${escapeHtml(c.name)}:</strong> <code>${escapeHtml(showSecrets ? c.value : c.redacted)}</code></p>`,
    ),
    ...(verification
      ? [
          `<p><strong>Verification:</strong> ${verificationBadge(verification.status)} ${escapeHtml(verification.detail)}</p>`,
        ]
      : []),
    ...(verification?.analysis
      ? [`<p><strong>Live as:</strong> ${escapeHtml(describeAnalysis(verification.analysis))}</p>`]
      : []),
  ].join("\n");
  const steps = group.detector ? mitigationSteps(group.detector) : [f.fix];
  const revokeUrl = group.detector?.mitigation.revokeUrl;
  const revoke =
    revokeUrl && /^https:\/\//i.test(revokeUrl)
      ? `<p><a href="${escapeHtml(revokeUrl)}" rel="noreferrer">Revoke it at ${escapeHtml(f.vendor)}</a></p>`
      : "";
  return `<div class="detail-body">
<h3>${countLabel(group.findings.length, "place")}</h3>
<ol class="places">
${places}
</ol>
${hidden > 0 ? `<p class="muted">and ${hidden} more (the JSON report lists every one).</p>` : ""}
${facts}
<h3>Fix</h3>
<ol class="steps">${steps.map((s) => `<li>${escapeHtml(s)}</li>`).join("")}</ol>
${revoke}
<p class="muted">The detector's whole page: <code>keyhound explain ${escapeHtml(f.detectorId)}</code></p>
</div>`;
}

function placeHtml(f: Finding): string {
  const commit = f.commit
    ? `<p class="commit">Introduced in <code>${escapeHtml(f.commit.commit.slice(0, 10))}</code> by ${escapeHtml(`${f.commit.author} <${f.commit.email}>`)}, ${escapeHtml(f.commit.date)}: ${escapeHtml(f.commit.summary)}</p>`
    : "";
  const history = f.history
    ? `<p class="commit">In ${countLabel(f.history.commits, "commit")}, ${countLabel(f.history.paths, "path")}.${f.history.inHistoryOnly ? " <strong>In history only</strong>: gone from HEAD, so an edit cannot remove it; revoke it, then purge it from history." : ""}</p>`
    : "";
  return `<code>${escapeHtml(`${f.path}:${f.line}:${f.column}`)}</code>
<pre tabindex="0"><code>${escapeHtml(f.snippet)}</code></pre>${commit}${history}`;
}

function severityBadge(severity: Severity): string {
  return `<span class="sev sev-${severity}">${severity}</span>`;
}

function verificationBadge(status: keyof typeof VERIFICATION_RANK): string {
  const label = { live: "live", dead: "revoked or invalid", unknown: "unknown", unverifiable: "no check" }[
    status
  ];
  return `<span class="verify verify-${status}">${label}</span>`;
}

/** The CSP source that allows exactly this inline text. */
function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

function documentHtml(title: string, body: string): string {
  const style = `${STYLE}${REPORT_STYLE}`;
  const csp = `default-src 'none'; style-src ${cspHash(style)}; script-src ${cspHash(REPORT_SCRIPT)}; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="keyhound ${escapeHtml(VERSION)}">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
${body}
<footer>Generated by keyhound ${escapeHtml(VERSION)}.</footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

const REPORT_STYLE = `
.scanned,.muted{color:var(--muted)}
.warning{border:2px solid var(--critical-fg);background:var(--critical-bg);color:var(--critical-fg);border-radius:6px;padding:.5rem 1rem}
.severities{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0;margin:.5rem 0}
.breakdowns{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem;align-items:start}
.breakdowns summary{cursor:pointer;font-weight:600;margin:.5rem 0}
.breakdowns td:first-child{overflow-wrap:anywhere}
#findings tbody tr{background:none}
#findings tbody.group{border-bottom:1px solid var(--line)}
#findings tr.row{cursor:pointer}
#findings tr.row:hover{background:var(--stripe)}
#findings tr.row td{border-bottom:none}
#findings tr.row td:nth-child(4),#findings tr.row td:nth-child(5){overflow-wrap:anywhere}
#findings tr.detail>td{background:var(--stripe);padding:0 1rem 1rem}
th button{font:inherit;font-weight:600;border:none;background:none;padding:0;cursor:pointer;color:var(--fg)}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
.toggle{border:none;background:none;padding:0 .25rem;cursor:pointer}
.toggle::before{content:"\\25B8"}
.toggle[aria-expanded=true]::before{content:"\\25BE"}
.detail-body h3{font-size:1rem;margin:1rem 0 .25rem}
.places pre{margin:.25rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
.commit{margin:.25rem 0;color:var(--muted)}
.verify{display:inline-block;padding:0 .6em;border-radius:1em;font-size:.85em;font-weight:600;line-height:1.6}
.verify-live{background:var(--critical-bg);color:var(--critical-fg)}
.verify-dead{background:var(--info-bg);color:var(--info-fg)}
.verify-unknown,.verify-unverifiable{background:var(--medium-bg);color:var(--medium-fg)}
`
  .trim()
  .replace(/\n/g, "");

/**
 * Rows open and close on click, headers sort, the form filters. Every group is a <tbody>
 * holding its row and its details, so sorting moves both together. Without script the page
 * still shows everything: details start open, and the script closes them.
 */
const REPORT_SCRIPT = `
(() => {
  const table = document.getElementById("findings");
  if (!table) return;
  const groups = Array.from(table.tBodies);
  const form = document.getElementById("filters");
  const count = document.getElementById("count");
  const empty = document.getElementById("empty");
  const { q, severity, detector, vendor } = form.elements;
  for (const group of groups) {
    const [row, detail] = group.rows;
    const toggle = row.querySelector(".toggle");
    const show = (open) => {
      detail.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
    };
    show(false);
    row.addEventListener("click", (event) => {
      if (!event.target.closest("a") && !String(getSelection())) show(detail.hidden);
    });
  }
  function apply() {
    const words = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const group of groups) {
      const d = group.dataset;
      const match =
        words.every((w) => d.text.includes(w)) &&
        (!severity.value || d.severity === severity.value) &&
        (!detector.value || d.detector === detector.value) &&
        (!vendor.value || d.vendor === vendor.value);
      group.hidden = !match;
      if (match) shown++;
    }
    count.textContent = shown + " of " + groups.length + (groups.length === 1 ? " secret" : " secrets");
    empty.hidden = shown > 0;
  }
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  const headers = Array.from(table.tHead.rows[0].cells).filter((th) => th.dataset.sort);
  for (const th of headers) {
    th.querySelector("button").addEventListener("click", () => {
      const numeric = th.dataset.type === "number";
      const current = th.getAttribute("aria-sort");
      const direction = current ? (current === "ascending" ? "descending" : "ascending") : numeric ? "descending" : "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", direction);
      const key = th.dataset.sort;
      const sign = direction === "ascending" ? 1 : -1;
      groups.sort((a, b) => {
        const x = a.dataset[key];
        const y = b.dataset[key];
        const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
        return sign * order || Number(a.dataset.order) - Number(b.dataset.order);
      });
      for (const group of groups) table.append(group);
    });
  }
  form.addEventListener("input", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  document.getElementById("reset").addEventListener("click", () => {
    form.reset();
    apply();
    q.focus();
  });
  window.addEventListener("pageshow", apply);
  form.hidden = false;
  apply();
})();
`.trim();
