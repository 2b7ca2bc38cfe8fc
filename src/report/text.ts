import pc from "picocolors";
import type { SecretDetails, Severity } from "../catalog/types.js";
import { SEVERITIES } from "../catalog/types.js";
import type { Finding } from "../findings/finding.js";
import { describeSkips } from "../scan/result.js";
import { describeAnalysis } from "../verify/analyze.js";
import { printable } from "./printable.js";
import type { Reporter } from "./reporter.js";

type Paint = (text: string) => string;
type Colors = ReturnType<typeof pc.createColors>;

/**
 * Human-readable report, secrets redacted, and what came from the scanned files (content,
 * names, commit metadata) written with its control characters escaped (see `printable`).
 * Findings are grouped by detector, most severe first, so that the fix, the same for every
 * finding of a detector, is said once per group: a report of 500 leaked keys of one kind reads
 * as one instruction and 500 places (`verbose` repeats the fix under each). Within a group,
 * findings keep the order given (the scan's: by file, then line). The summary line counts
 * them by severity, most severe first.
 */
export const textReporter: Reporter = (
  { findings, stats },
  { showSecrets = false, color = false, verbose = false },
) => {
  const c = pc.createColors(color);
  const severityPaint: Record<Severity, Paint> = {
    critical: (t) => c.bold(c.magenta(t)),
    high: (t) => c.bold(c.red(t)),
    medium: c.yellow,
    low: c.cyan,
    info: c.dim,
  };
  const lines: string[] = [];
  for (const group of byDetector(findings)) {
    const [first] = group as [Finding];
    const count = group.length === 1 ? "" : c.dim(`: ${group.length} findings`);
    const label = severityPaint[first.severity](first.severity.toUpperCase().padEnd(8));
    lines.push(`${label} ${c.bold(first.detectorName)} ${c.dim(`(${first.detectorId})`)}${count}`);
    const fix = `${c.green("fix:")} ${first.fix} ${c.dim(`→ keyhound explain ${first.detectorId}`)}`;
    if (!verbose) lines.push(`  ${fix}`);
    for (const f of group) {
      const where = `${printable(f.path)}${c.dim(`:${f.line}:${f.column}`)}`;
      const shown = showSecrets ? (f.secret.split("\n")[0] as string) : f.snippet;
      lines.push(`  ${where}${verificationBadge(f, c)}  ${printable(shown)}`);
      if (f.verification?.analysis) {
        lines.push(`      ${c.bold(c.red("live:"))} ${printable(describeAnalysis(f.verification.analysis))}`);
      }
      if (f.details) lines.push(`      ${c.dim(printable(detailsLine(f.details)))}`);
      if (f.decoded) lines.push(`      ${c.dim(`decoded from ${f.decoded.join(" > ")}`)}`);
      for (const companion of f.companions ?? []) {
        const value = printable(showSecrets ? companion.value : companion.redacted);
        lines.push(`      ${c.dim(`with ${companion.name}`)} ${value}`);
      }
      lines.push(...historyLines(f, c).map((line) => `      ${line}`));
      if (verbose) lines.push(`      ${fix}`);
    }
    lines.push("");
  }
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => severityPaint[s](`${n} ${s}`));
  const files = new Set(findings.map((f) => f.path)).size;
  const seconds = (stats.durationMs / 1000).toFixed(2);
  const what =
    stats.commits === undefined
      ? `${stats.files} file${stats.files === 1 ? "" : "s"}`
      : `${stats.files} unique blob${stats.files === 1 ? "" : "s"} from ${stats.commits} commit${stats.commits === 1 ? "" : "s"}`;
  const reasons = describeSkips(stats.skippedBy ?? {});
  const notScanned = stats.skipped > 0 ? `; ${stats.skipped} not scanned${reasons && `: ${reasons}`}` : "";
  const baselined = stats.baselined
    ? ` (${stats.baselined} known finding${stats.baselined === 1 ? "" : "s"} hidden by the baseline)`
    : "";
  const belowSeverity = stats.belowSeverity
    ? ` (${stats.belowSeverity} below the severity floor not shown: --severity info lists them)`
    : "";
  const scanned = `${what} scanned in ${seconds} s${baselined}${belowSeverity}${notScanned}${dependencyNote(stats.dependencyTrees ?? [])}`;
  if (findings.length === 0) {
    const none = stats.baselined ? "No new secrets found." : "No secrets found.";
    lines.push(`${c.green(none)} ${c.dim(scanned)}`);
  } else {
    const noun = findings.length === 1 ? "finding" : "findings";
    lines.push(
      `${c.bold(`${findings.length} ${noun}`)} (${counts.join(", ")}) in ${files} file${files === 1 ? "" : "s"}. ${c.dim(scanned)}`,
    );
  }
  return `${lines.join("\n")}\n`;
};

/** Findings of each detector in their given order; groups most severe first, then as they first appear. */
function byDetector(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.detectorId);
    if (group === undefined) groups.set(finding.detectorId, [finding]);
    else group.push(finding);
  }
  const rank = (group: Finding[]) => SEVERITIES.indexOf((group[0] as Finding).severity);
  // Array.prototype.sort is stable: groups of one severity stay in order of first appearance.
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** Installed dependencies left out by default, so that the user knows how to scan them. */
function dependencyNote(trees: readonly { kind: string }[]): string {
  if (trees.length === 0) return "";
  const kinds = [...new Set(trees.map((tree) => tree.kind))].join(", ");
  const one = trees.length === 1;
  return `; ${trees.length} dependency tree${one ? "" : "s"} not scanned (${kinds}; --include-deps to scan ${one ? "it" : "them"})`;
}

/** `--verify`: a live key must be revoked now; a dead one is still worth removing. */
function verificationBadge(f: Finding, c: Colors): string {
  if (!f.verification) return "";
  const { status, endpoint, rule } = f.verification;
  // Live and dead say what decided; unknown says why it could not be told.
  const decided = (status === "live" || status === "dead") && endpoint && rule;
  const why = printable(decided ? `${endpoint}: ${rule}` : f.verification.detail);
  if (status === "live") return `  ${c.bold(c.red("LIVE"))} ${c.dim(`(${why})`)}`;
  if (status === "dead") return `  ${c.green("revoked or invalid")} ${c.dim(`(${why})`)}`;
  if (status === "unverifiable") return `  ${c.dim("no live check")}`;
  return `  ${c.yellow("unverified")} ${c.dim(`(${why})`)}`;
}

/** Where a secret found in history came from, and whether an edit is enough to remove it. */
function historyLines(f: Finding, c: Colors): string[] {
  const lines: string[] = [];
  if (f.commit) {
    const { commit, author, email, date, summary } = f.commit;
    lines.push(
      c.dim(printable(`introduced in ${commit.slice(0, 10)} by ${author} <${email}>, ${date}: ${summary}`)),
    );
  }
  if (f.history) {
    const { commits, paths, inHistoryOnly } = f.history;
    lines.push(
      c.dim(`in ${commits} commit${commits === 1 ? "" : "s"}, ${paths} path${paths === 1 ? "" : "s"}`),
    );
    if (inHistoryOnly) {
      lines.push(
        `${c.bold(c.yellow("in history only:"))} gone from HEAD, so an edit cannot remove it; revoke it, then purge it from history`,
      );
    }
  }
  return lines;
}

function detailsLine(details: SecretDetails): string {
  return Object.entries(details)
    .map(([name, value]) => `${name} ${value}`)
    .join(", ");
}
