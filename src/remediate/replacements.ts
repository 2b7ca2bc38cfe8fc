import { closeSync, fchmodSync, openSync, writeSync } from "node:fs";
import type { RecheckedFinding } from "../verify/recheck.js";
import type { Place, SecretPlan } from "./plan.js";

/** A secret of the plan left out of the replacements file, and why, place by place. */
export interface NotFound {
  readonly plan: number;
  readonly places: readonly (Place & { readonly reason: string })[];
}

export interface Replacements {
  /** The file's lines, in the format of `git filter-repo --replace-text`. */
  readonly lines: readonly string[];
  /** Numbers of the plans whose secret the file replaces. */
  readonly replaced: readonly number[];
  readonly notFound: readonly NotFound[];
}

/**
 * The replacements for every secret that must be purged from history, each read again at the
 * places the report recorded (`rechecked`, one per place, keyed by secretHash) and kept only
 * if it still hashes to the recorded value: what cannot be found is listed, never guessed.
 */
export function buildReplacements(
  plans: readonly SecretPlan[],
  rechecked: readonly RecheckedFinding[],
): Replacements {
  const found = new Map<string, string>();
  const reasons = new Map<string, RecheckedFinding[]>();
  for (const result of rechecked) {
    if (result.target) found.set(result.secretHash, result.target.secret);
    else reasons.set(result.secretHash, [...(reasons.get(result.secretHash) ?? []), result]);
  }
  const entries: { secret: string; line: string }[] = [];
  const replaced: number[] = [];
  const notFound: NotFound[] = [];
  for (const plan of plans) {
    if (!plan.history) continue;
    const secret = found.get(plan.secretHash);
    if (plan.encoded) {
      // The file holds the encoded form; a replacement of the decoded value would match nothing.
      notFound.push({
        plan: plan.number,
        places: plan.places.map((p) => ({
          ...p,
          reason: "stored encoded: replace the encoded text by hand",
        })),
      });
    } else if (secret === undefined) {
      notFound.push({
        plan: plan.number,
        places: (reasons.get(plan.secretHash) ?? []).map((r) => ({
          ...(plan.places.find((p) => p.path === r.path && p.line === r.line && p.column === r.column) ?? r),
          reason: r.skipped ?? "not found",
        })),
      });
    } else {
      entries.push({ secret, line: replaceTextLine(secret, plan.detector.id) });
      replaced.push(plan.number);
    }
  }
  // Longest first: filter-repo applies the lines in order, and a secret holding another must be
  // replaced whole.
  entries.sort((a, b) => b.secret.length - a.secret.length);
  return { lines: entries.map((e) => e.line), replaced, notFound };
}

/**
 * One line of a `--replace-text` file. Lines are read up to their newline, so a secret that
 * spans lines (a private key block) is written as an escaped Python regular expression.
 */
export function replaceTextLine(secret: string, detectorId: string): string {
  const replacement = `***REMOVED-${detectorId.replace(/[^A-Za-z0-9._-]/g, "_")}***`;
  return /[\r\n]/.test(secret)
    ? `regex:${pythonRegexLiteral(secret)}==>${replacement}`
    : `literal:${secret}==>${replacement}`;
}

/** `text` as a Python regular expression matching exactly it, on one line. */
function pythonRegexLiteral(text: string): string {
  return text.replace(/[^A-Za-z0-9_\u0080-\uffff]/g, (char) => {
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    if (char === "\t") return "\\t";
    return `\\${char}`;
  });
}

/** Writes the file readable by its owner only, even when it existed with wider permissions. */
export function writePrivateFile(path: string, text: string): void {
  const fd = openSync(path, "w", 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
