import type { Severity } from "../catalog/types.js";
import type { Finding } from "../findings/finding.js";
import type { Reporter } from "./reporter.js";

/** The annotation levels GitHub Actions has, matched to severities as in the SARIF report. */
const COMMAND: Record<Severity, "error" | "warning" | "notice"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "notice",
  info: "notice",
};

/**
 * GitHub Actions workflow commands: one annotation per finding, on the file and line, printed
 * to the job log. The log is read by anyone who can read the repository (for a public one, the
 * world), so this format never holds a secret, even with --no-redact.
 */
export const githubReporter: Reporter = ({ findings }) => findings.map((f) => `${annotation(f)}\n`).join("");

function annotation(f: Finding): string {
  const properties = (
    [
      ["file", f.path.split("\\").join("/")],
      ["line", String(f.line)],
      ["endLine", String(f.endLine)],
      ["col", String(f.column)],
      ["endColumn", String(f.endColumn)],
      ["title", `${f.detectorName} (${f.detectorId})`],
    ] as const
  )
    .map(([name, value]) => `${name}=${escapeProperty(value)}`)
    .join(",");
  const commit = f.commit ? ` Introduced in commit ${f.commit.commit.slice(0, 10)} (${f.commit.date}).` : "";
  const verification = f.verification
    ? ` Verification: ${f.verification.status} (${f.verification.detail}).`
    : "";
  const message = `${f.detectorName} (${f.severity}) found: ${f.redacted}.${commit}${verification} ${f.fix} Run "keyhound explain ${f.detectorId}" for the full fix.`;
  return `::${COMMAND[f.severity]} ${properties}::${escapeData(message)}`;
}

/** The runner decodes these in a command's message; a raw line break would end the command. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** In properties, `,` separates properties and `:` ends them, so both are escaped too. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
