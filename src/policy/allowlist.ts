/**
 * The configuration's allowlist: findings a team has reviewed and accepts, by path, by a regular
 * expression on the secret or on its line, by stopword, or by the secret's SHA-256. Applied in
 * one place, between a scan and its report (`applyAllowlist`); only line regexes run inside the
 * scan (`lineIgnorer`), since findings carry their line redacted and the scan alone sees it whole.
 */
import { relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import type { Finding } from "../findings/finding.js";

interface EntryScope {
  readonly reason?: string;
  /** Detector ids or globs the entry applies to (default: all). */
  readonly detectors?: readonly string[];
  /** YYYY-MM-DD: the entry stops applying after this day. */
  readonly expires?: string;
}

/** The allowlist as written in the configuration file. */
export interface RawAllowlist {
  readonly paths?: readonly (string | ({ readonly path: string } & EntryScope))[];
  readonly regexes?: readonly (
    | string
    | ({ readonly pattern: string; readonly target?: "secret" | "line" } & EntryScope)
  )[];
  readonly stopwords?: readonly (string | ({ readonly word: string } & EntryScope))[];
  readonly secrets?: readonly (string | ({ readonly hash: string } & EntryScope))[];
}

/**
 * A line regex in a form a scan thread can be sent: a finding whose line it matches is not
 * reported, when its detector is among `detectors` (or always, without them).
 */
export interface LineRule {
  readonly pattern: string;
  readonly detectors?: readonly string[];
}

/** Only the entries still in force; `detectors` hold resolved ids. */
export interface Allowlist {
  readonly paths: readonly Scoped<Ignore>[];
  readonly secretRegexes: readonly Scoped<RegExp>[];
  readonly lines: readonly LineRule[];
  readonly stopwords: readonly Scoped<string>[];
  readonly hashes: readonly Scoped<string>[];
}

interface Scoped<T> {
  readonly value: T;
  readonly detectors?: ReadonlySet<string>;
}

export interface CompileContext {
  readonly today: Date;
  /** Detector ids matching the patterns of the entry at `key`; fails on a pattern naming none. */
  readonly detectorIds: (key: string, patterns: readonly string[]) => string[];
  readonly fail: (key: string, problem: string) => never;
}

const VALUE_KEYS = { paths: "path", regexes: "pattern", stopwords: "word", secrets: "hash" } as const;

/** The entries in force, and a warning for each past its `expires` date. */
export function compileAllowlist(
  raw: RawAllowlist,
  context: CompileContext,
): { allowlist: Allowlist; expired: string[] } {
  const expired: string[] = [];
  const today = context.today.toISOString().slice(0, 10);
  const active = <K extends keyof typeof VALUE_KEYS>(kind: K) =>
    (raw[kind] ?? []).flatMap((written, index) => {
      const key = `allowlist.${kind}[${index}]`;
      const entry = (typeof written === "string" ? { [VALUE_KEYS[kind]]: written } : written) as EntryScope &
        Readonly<Record<string, string>>;
      const value = entry[VALUE_KEYS[kind]] as string;
      const shown = typeof written === "string" ? key : `${key}.${VALUE_KEYS[kind]}`;
      if (entry.expires !== undefined && entry.expires < today) {
        expired.push(
          `allowlist entry ${key} (${kind === "secrets" ? `${value.slice(0, 12)}…` : JSON.stringify(value)}${entry.reason ? `, "${entry.reason}"` : ""}) expired on ${entry.expires} and no longer applies`,
        );
        return [];
      }
      const detectors = entry.detectors && context.detectorIds(`${key}.detectors`, entry.detectors);
      return [{ key: shown, entry, value, detectors }];
    });

  const paths = active("paths").map(({ key, value, detectors }) => {
    if (unbalancedBracket(value)) context.fail(`${key}`, `"${value}" is not a valid glob: "[" without "]"`);
    return scoped(ignore().add(value), detectors);
  });
  const secretRegexes: Scoped<RegExp>[] = [];
  const lines: LineRule[] = [];
  for (const { key, entry, value, detectors } of active("regexes")) {
    try {
      new RegExp(value);
    } catch (error) {
      context.fail(key, `not a valid JavaScript regular expression (${(error as Error).message})`);
    }
    if (entry.target === "line") lines.push({ pattern: value, ...(detectors ? { detectors } : {}) });
    else secretRegexes.push(scoped(new RegExp(value), detectors));
  }
  const stopwords = active("stopwords").map(({ value, detectors }) => scoped(value.toLowerCase(), detectors));
  const hashes = active("secrets").map(({ value, detectors }) => scoped(value, detectors));
  return { allowlist: { paths, secretRegexes, lines, stopwords, hashes }, expired };
}

function scoped<T>(value: T, detectors: readonly string[] | undefined): Scoped<T> {
  return detectors ? { value, detectors: new Set(detectors) } : { value };
}

function unbalancedBracket(glob: string): boolean {
  const open = glob.replace(/\\./g, "").indexOf("[");
  return open !== -1 && glob.indexOf("]", open) === -1;
}

export interface ApplyOptions {
  /**
   * The directory `paths` entries are relative to (the configuration file's), when finding
   * paths are relative to the working directory (a file scan). Without it, finding paths are
   * matched as they are (git scans: relative to the repository root).
   */
  readonly pathBase?: string;
}

/** The result without the findings the allowlist accepts. */
export function applyAllowlist<T extends { readonly findings: readonly Finding[] }>(
  result: T,
  allowlist: Allowlist,
  options: ApplyOptions = {},
): T {
  const { paths, secretRegexes, stopwords, hashes } = allowlist;
  if (paths.length + secretRegexes.length + stopwords.length + hashes.length === 0) return result;
  const applies = (rule: Scoped<unknown>, finding: Finding) =>
    rule.detectors === undefined || rule.detectors.has(finding.detectorId);
  const allowed = (finding: Finding) => {
    if (hashes.some((rule) => rule.value === finding.secretHash && applies(rule, finding))) return true;
    if (secretRegexes.some((rule) => rule.value.test(finding.secret) && applies(rule, finding))) return true;
    const lower = finding.secret.toLowerCase();
    if (stopwords.some((rule) => lower.includes(rule.value) && applies(rule, finding))) return true;
    if (paths.length === 0) return false;
    const path = matchablePath(finding.path, options.pathBase);
    return path !== undefined && paths.some((rule) => rule.value.ignores(path) && applies(rule, finding));
  };
  return { ...result, findings: result.findings.filter((finding) => !allowed(finding)) };
}

/** The path as `ignore` takes it: relative, `/`-separated; `undefined` outside the base. */
function matchablePath(path: string, base: string | undefined): string | undefined {
  let matchable = base === undefined ? path : relative(base, resolve(path));
  if (sep !== "/") matchable = matchable.split(sep).join("/");
  return ignore.isPathValid(matchable) ? matchable : undefined;
}

export type LineIgnorer = (line: string, detectorId: string) => boolean;

/**
 * The predicate a scan runs on the whole line of each finding: true when a line rule that
 * applies to the finding's detector matches it. `undefined` when there are no rules.
 */
export function lineIgnorer(rules: readonly LineRule[] | undefined): LineIgnorer | undefined {
  if (rules === undefined || rules.length === 0) return undefined;
  const compiled = rules.map((rule) => ({
    regex: new RegExp(rule.pattern),
    detectors: rule.detectors && new Set(rule.detectors),
  }));
  return (line, detectorId) =>
    compiled.some(
      ({ regex, detectors }) => (detectors === undefined || detectors.has(detectorId)) && regex.test(line),
    );
}
