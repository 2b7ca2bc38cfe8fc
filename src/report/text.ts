import pc from "picocolors";
import type { Severity } from "../catalog/types.js";
import { SEVERITIES } from "../catalog/types.js";
import type { Finding } from "../findings/finding.js";
import type { Reporter } from "./reporter.js";

type Paint = (text: string) => string;
type Colors = ReturnType<typeof pc.createColors>;

/**
 * Human-readable report, secrets redacted: findings grouped by file and, within a file, in the
 * order given (the scan's: by line), as a reader of that file goes down it; the summary line
 * counts them by severity, most severe first.
 */
export const textReporter: Reporter = ({ findings, stats }, { showSecrets = false, color = false }) => {
  const c = pc.createColors(color);
  const severityPaint: Record<Severity, Paint> = {
    critical: (t) => c.bold(c.magenta(t)),
    high: (t) => c.bold(c.red(t)),
    medium: c.yellow,
    low: c.cyan,
    info: c.dim,
  };
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.path) ?? [];
    list.push(finding);
    byFile.set(finding.path, list);
  }
  for (const [path, list] of byFile) {
    lines.push(c.bold(c.underline(path)));
    for (const f of list) {
      const label = severityPaint[f.severity](f.severity.toUpperCase().padEnd(8));
      const where = c.dim(`${f.line}:${f.column}`);
      lines.push(
        `  ${label} ${f.detectorName} ${c.dim(`(${f.detectorId})`)}  ${where}${verificationBadge(f, c)}`,
      );
      lines.push(`           ${showSecrets ? f.secret.split("\n")[0] : f.snippet}`);
      if (f.decoded) lines.push(`           ${c.dim(`decoded from ${f.decoded.join(" > ")}`)}`);
      lines.push(...historyLines(f, c).map((line) => `           ${line}`));
      for (const companion of f.companions ?? []) {
        lines.push(
          `           ${c.dim(`with ${companion.name}`)} ${showSecrets ? companion.value : companion.redacted}`,
        );
      }
      lines.push(`           ${c.green("fix:")} ${f.fix} ${c.dim(`→ keyhound explain ${f.detectorId}`)}`);
    }
    lines.push("");
  }
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => severityPaint[s](`${n} ${s}`));
  const seconds = (stats.durationMs / 1000).toFixed(2);
  const what =
    stats.commits === undefined
      ? `${stats.files} file${stats.files === 1 ? "" : "s"}`
      : `${stats.files} unique blob${stats.files === 1 ? "" : "s"} from ${stats.commits} commit${stats.commits === 1 ? "" : "s"}`;
  const scanned = `${what} scanned in ${seconds} s`;
  if (findings.length === 0) {
    lines.push(`${c.green("No secrets found.")} ${c.dim(scanned)}`);
  } else {
    const noun = findings.length === 1 ? "finding" : "findings";
    lines.push(
      `${c.bold(`${findings.length} ${noun}`)} (${counts.join(", ")}) in ${byFile.size} file${byFile.size === 1 ? "" : "s"}. ${c.dim(scanned)}`,
    );
  }
  return `${lines.join("\n")}\n`;
};

/** `--verify`: a live key must be revoked now; a dead one is still worth removing. */
function verificationBadge(f: Finding, c: Colors): string {
  if (!f.verification) return "";
  const { status, detail } = f.verification;
  if (status === "live") return `  ${c.bold(c.red("LIVE"))} ${c.dim(`(${detail})`)}`;
  if (status === "dead") return `  ${c.green("revoked or invalid")} ${c.dim(`(${detail})`)}`;
  return `  ${c.yellow("unverified")} ${c.dim(`(${detail})`)}`;
}

/** Where a secret found in history came from, and whether an edit is enough to remove it. */
function historyLines(f: Finding, c: Colors): string[] {
  const lines: string[] = [];
  if (f.commit) {
    const { commit, author, email, date, summary } = f.commit;
    lines.push(c.dim(`introduced in ${commit.slice(0, 10)} by ${author} <${email}>, ${date}: ${summary}`));
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
