/**
 * Baselines: the secrets a team has already seen, so that a scan reports only new ones. A
 * secret is identified by its detector and the SHA-256 of its value, never by where it is:
 * moving it to another file or line, or rewriting history, does not bring it back. Paths and
 * the first commit are kept to help a reviewer, not to match. No secret value is ever stored.
 *
 * The file is JSON, `version: 1`, with a fixed key order and entries sorted by detector then
 * hash, so that its diffs review well.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { UsageError } from "../errors.js";
import type { Finding } from "../findings/finding.js";
import type { ScanResult } from "../scan/result.js";

export const BASELINE_FILE = ".keyhound-baseline.json";
const BASELINE_VERSION = 1;

export const VERDICTS = ["false-positive", "accepted-risk", "revoked", "needs-rotation"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A reviewer's decision about one baselined secret. */
export interface Triage {
  readonly verdict: Verdict;
  readonly reason: string;
  /** `git config user.email`, else the login name. */
  readonly by: string;
  /** ISO 8601 time of the decision. */
  readonly at: string;
}

export interface BaselineEntry {
  readonly detector: string;
  /** SHA-256 of the secret, as in a finding's `secretHash`. */
  readonly secretHash: string;
  /** Where the secret was seen when the entry was written (information, not identity). */
  readonly paths: readonly string[];
  /** The commit that first introduced it, when the baseline was made from history. */
  readonly commit?: string;
  readonly triage?: Triage;
}

export interface Baseline {
  readonly version: 1;
  readonly entries: readonly BaselineEntry[];
}

const keyOf = (detector: string, secretHash: string) => `${detector}\0${secretHash}`;

/** A baseline holding every secret of `findings`, one entry per detector and secret. */
export function baselineFromFindings(findings: readonly Finding[]): Baseline {
  const byKey = new Map<
    string,
    { detector: string; secretHash: string; paths: Set<string>; commit?: string }
  >();
  for (const finding of findings) {
    const key = keyOf(finding.detectorId, finding.secretHash);
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { detector: finding.detectorId, secretHash: finding.secretHash, paths: new Set() };
      byKey.set(key, entry);
    }
    entry.paths.add(finding.path);
    if (finding.commit && entry.commit === undefined) entry.commit = finding.commit.commit;
  }
  return normalized(
    [...byKey.values()].map(({ detector, secretHash, paths, commit }) => ({
      detector,
      secretHash,
      paths: [...paths],
      ...(commit ? { commit } : {}),
    })),
  );
}

export interface BaselineUpdate {
  readonly baseline: Baseline;
  readonly added: number;
  readonly removed: number;
  readonly kept: number;
}

/**
 * The baseline of a new scan: entries still found keep their triage (with fresh paths), new
 * secrets are added and secrets no longer found are pruned.
 */
export function updateBaseline(previous: Baseline, findings: readonly Finding[]): BaselineUpdate {
  const current = baselineFromFindings(findings);
  const old = new Map(previous.entries.map((entry) => [keyOf(entry.detector, entry.secretHash), entry]));
  let kept = 0;
  const entries = current.entries.map((entry) => {
    const before = old.get(keyOf(entry.detector, entry.secretHash));
    if (before === undefined) return entry;
    kept++;
    return {
      ...entry,
      ...(entry.commit === undefined && before.commit ? { commit: before.commit } : {}),
      ...(before.triage ? { triage: before.triage } : {}),
    };
  });
  return {
    baseline: normalized(entries),
    added: entries.length - kept,
    removed: previous.entries.length - kept,
    kept,
  };
}

/**
 * `result` without the findings `baseline` lists; `stats.baselined` counts those hidden. For a
 * library caller: `applyBaseline(await scan(), readBaseline(".keyhound-baseline.json"))`.
 */
export function applyBaseline<R extends ScanResult>(result: R, baseline: Baseline | string): R {
  const known = new Set(
    loadBaseline(baseline).entries.map((entry) => keyOf(entry.detector, entry.secretHash)),
  );
  const findings = result.findings.filter((f) => !known.has(keyOf(f.detectorId, f.secretHash)));
  const hidden = result.findings.length - findings.length;
  return {
    ...result,
    findings,
    stats: { ...result.stats, baselined: (result.stats.baselined ?? 0) + hidden },
  };
}

/** A baseline given as a value or as the path of its file. */
export function loadBaseline(baseline: Baseline | string): Baseline {
  return typeof baseline === "string" ? readBaseline(baseline) : baseline;
}

export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new UsageError(
      `cannot read baseline ${path}: ${missing ? 'no such file (create one with "keyhound baseline create")' : (error as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`baseline ${path} is not valid JSON`);
  }
  return parseBaseline(data, path);
}

function parseBaseline(data: unknown, path: string): Baseline {
  const invalid = (what: string) => new UsageError(`baseline ${path}: ${what}`);
  if (typeof data !== "object" || data === null) throw invalid("not a keyhound baseline");
  const { version, entries } = data as { version?: unknown; entries?: unknown };
  if (version !== BASELINE_VERSION)
    throw invalid(`version ${String(version)} is not supported (this keyhound reads version 1)`);
  if (!Array.isArray(entries)) throw invalid('"entries" is not a list');
  return normalized(
    entries.map((raw: unknown, index) => {
      const entry = raw as Partial<Record<keyof BaselineEntry, unknown>>;
      if (
        typeof entry?.detector !== "string" ||
        typeof entry.secretHash !== "string" ||
        !/^[0-9a-f]{64}$/.test(entry.secretHash)
      )
        throw invalid(`entry ${index + 1} needs "detector" and a 64-digit hex "secretHash"`);
      const triage = entry.triage as Partial<Triage> | undefined;
      if (triage !== undefined && !VERDICTS.includes(triage.verdict as Verdict))
        throw invalid(`entry ${index + 1} has an unknown verdict "${String(triage.verdict)}"`);
      return {
        detector: entry.detector,
        secretHash: entry.secretHash,
        paths: Array.isArray(entry.paths) ? entry.paths.map(String) : [],
        ...(typeof entry.commit === "string" ? { commit: entry.commit } : {}),
        ...(triage ? { triage: triage as Triage } : {}),
      };
    }),
  );
}

/** The file's text: keys in a fixed order, entries and paths sorted, so diffs stay small. */
export function serializeBaseline(baseline: Baseline): string {
  const entries = normalized(baseline.entries).entries.map((entry) => ({
    detector: entry.detector,
    secretHash: entry.secretHash,
    paths: entry.paths,
    ...(entry.commit ? { commit: entry.commit } : {}),
    ...(entry.triage
      ? {
          triage: {
            verdict: entry.triage.verdict,
            reason: entry.triage.reason,
            by: entry.triage.by,
            at: entry.triage.at,
          },
        }
      : {}),
  }));
  return `${JSON.stringify({ version: BASELINE_VERSION, entries }, null, 2)}\n`;
}

export function writeBaseline(path: string, baseline: Baseline): void {
  try {
    writeFileSync(path, serializeBaseline(baseline));
  } catch (error) {
    throw new UsageError(`cannot write baseline ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

/** The one entry whose secret hash starts with `prefix`; unknown or ambiguous is a usage error. */
export function entryByPrefix(baseline: Baseline, prefix: string): BaselineEntry {
  const wanted = prefix.toLowerCase();
  if (!/^[0-9a-f]{4,64}$/.test(wanted))
    throw new UsageError(`"${prefix}" is not a hash prefix: give at least 4 hex digits of a secretHash`);
  const matches = baseline.entries.filter((entry) => entry.secretHash.startsWith(wanted));
  if (matches.length === 0)
    throw new UsageError(`no baseline entry has a secretHash starting with ${wanted}`);
  if (matches.length > 1)
    throw new UsageError(
      `${matches.length} baseline entries have a secretHash starting with ${wanted}: give more digits`,
    );
  return matches[0] as BaselineEntry;
}

/** `baseline` with `entry`'s triage set. */
export function withTriage(baseline: Baseline, entry: BaselineEntry, triage: Triage): Baseline {
  return {
    version: BASELINE_VERSION,
    entries: baseline.entries.map((e) => (e === entry ? { ...e, triage } : e)),
  };
}

/** Who records a verdict: the git identity when there is one, else the login name. */
export function reviewer(): string {
  try {
    const email = execFileSync("git", ["config", "user.email"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (email) return email;
  } catch {
    // No git, or no identity configured: fall back to the login name.
  }
  return process.env.USER || process.env.USERNAME || userInfo().username;
}

function normalized(entries: readonly BaselineEntry[]): Baseline {
  const sorted = entries
    .map((entry) => ({ ...entry, paths: [...new Set(entry.paths)].sort() }))
    .sort((a, b) => compare(a.detector, b.detector) || compare(a.secretHash, b.secretHash));
  return { version: BASELINE_VERSION, entries: sorted };
}

/** Code-unit order, not the locale's: the file must sort the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
