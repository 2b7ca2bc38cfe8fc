import type { Reporter } from "./reporter.js";

const COLUMNS = [
  "severity",
  "detector",
  "name",
  "vendor",
  "path",
  "line",
  "column",
  "redacted",
  "fingerprint",
  "secretHash",
  "commit",
  "verification",
] as const;

/**
 * CSV (RFC 4180: CRLF line ends, fields quoted when they hold a quote, comma or line break),
 * one row per finding under a header row. `--no-redact` adds a last column, `secret`.
 */
export const csvReporter: Reporter = ({ findings }, { showSecrets = false }) => {
  const header = showSecrets ? [...COLUMNS, "secret"] : [...COLUMNS];
  const rows = findings.map((f) => {
    const row = [
      f.severity,
      f.detectorId,
      f.detectorName,
      f.vendor,
      f.path,
      String(f.line),
      String(f.column),
      f.redacted,
      f.fingerprint,
      f.secretHash,
      f.commit?.commit ?? "",
      f.verification?.status ?? "",
    ];
    return showSecrets ? [...row, f.secret] : row;
  });
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
};

/**
 * Scanned repositories choose their file names, and a redacted PEM key starts with "-----":
 * a spreadsheet would run a cell starting with = + - @ (or a tab or carriage return) as a
 * formula, so such a cell gets a leading apostrophe, OWASP's advice against CSV injection.
 */
function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}
