import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { catalog as builtIn } from "../catalog/index.js";
import type { Detector } from "../catalog/types.js";
import { sha256 } from "../findings/finding.js";
import { redact } from "../findings/redact.js";
import { scanText } from "../scan/text.js";
import type { VerifyTarget } from "./verify.js";

/** One finding of a JSON report, found again where the report says, or why it was not. */
export interface RecheckedFinding {
  readonly detectorId: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly secretHash: string;
  /** What to verify, when the secret is still there. */
  readonly target?: VerifyTarget;
  readonly redacted?: string;
  /** Why it is skipped: changed since the report, file not found, unknown detector. */
  readonly skipped?: string;
}

/**
 * One finding of a keyhound JSON report (see report/json.ts), as far as re-reading and
 * remediating it need. Only the fields that `reportEntries` checks are sure to have their type.
 */
export interface ReportEntry {
  detector: string;
  name?: string;
  vendor?: string;
  family?: string;
  severity?: string;
  path: string;
  line: number;
  column: number;
  secretHash: string;
  redacted?: string;
  secret?: string;
  companions?: { name: string; value?: string }[];
  decoded?: string[];
  /** Set by history scans: the commit whose blob at `path` holds the secret at `line`/`column`. */
  commit?: { commit: string };
  history?: { inHistoryOnly: boolean };
}

export interface RecheckOptions {
  /** Where relative paths are resolved (default: the current directory). */
  readonly root?: string;
  readonly catalog?: readonly Detector[];
  /**
   * Reads a history finding's file as its commit recorded it; without it, every finding is read
   * from the working tree.
   */
  readonly readCommitted?: (commit: string, path: string) => string | undefined;
}

/**
 * The findings of a keyhound JSON report (version 1), each with its secret read again from its
 * recorded place (path, line, column; paths resolved against `root`) and kept only if it still
 * hashes to the recorded `secretHash`. A report written with --no-redact holds the secret, which
 * is used as it is once its hash matches. No scan of anything else is made.
 */
export function recheckReport(reportText: string, options: RecheckOptions = {}): RecheckedFinding[] {
  return recheckEntries(reportEntries(reportText), options);
}

/** `recheckReport` for entries already read; the results are in the order of `entries`. */
export function recheckEntries(
  entries: readonly ReportEntry[],
  options: RecheckOptions = {},
): RecheckedFinding[] {
  const byId = new Map((options.catalog ?? builtIn).map((d) => [d.id, d]));
  const files = new Map<string, string | undefined>();
  return entries.map((entry) => {
    const where = {
      detectorId: entry.detector,
      path: entry.path,
      line: entry.line,
      column: entry.column,
      secretHash: entry.secretHash,
    };
    const detector = byId.get(entry.detector);
    if (!detector) return { ...where, skipped: "unknown detector" };
    if (entry.secret !== undefined && sha256(entry.secret) === entry.secretHash) {
      const companions = (entry.companions ?? []).flatMap((c) =>
        c.value === undefined ? [] : [{ name: c.name, value: c.value }],
      );
      return {
        ...where,
        target: { detector, secret: entry.secret, companions },
        redacted: redact(entry.secret),
      };
    }
    const committed = options.readCommitted && entry.commit ? entry.commit.commit : undefined;
    const key = committed ? `${committed}:${entry.path}` : resolve(options.root ?? ".", entry.path);
    if (!files.has(key))
      files.set(key, committed ? options.readCommitted?.(committed, entry.path) : readOrUndefined(key));
    const content = files.get(key);
    if (content === undefined) return { ...where, skipped: "file not found" };
    const found = scanText(content, { catalog: [detector], path: entry.path }).find(
      (f) => f.line === entry.line && f.column === entry.column,
    );
    if (!found || found.secretHash !== entry.secretHash)
      return { ...where, skipped: "changed since the report" };
    return {
      ...where,
      target: { detector, secret: found.secret, companions: found.companions ?? [] },
      redacted: found.redacted,
    };
  });
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The findings of a keyhound JSON report; throws when the text is not one (message after its name). */
export function reportEntries(text: string): ReportEntry[] {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch {
    throw new Error("is not JSON (write one with --format json)");
  }
  const findings = (report as { findings?: unknown } | null)?.findings;
  if ((report as { version?: unknown } | null)?.version !== 1 || !Array.isArray(findings))
    throw new Error("is not a keyhound JSON report (version 1, written with --format json)");
  return findings.filter(
    (f): f is ReportEntry =>
      typeof f?.detector === "string" &&
      typeof f.path === "string" &&
      Number.isInteger(f.line) &&
      Number.isInteger(f.column) &&
      typeof f.secretHash === "string" &&
      (f.commit === undefined || typeof f.commit?.commit === "string"),
  );
}
