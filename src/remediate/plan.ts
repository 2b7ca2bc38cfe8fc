import { auditStep, bestPracticesStep, revokeStep } from "../catalog/mitigation.js";
import { type Detector, SEVERITIES } from "../catalog/types.js";
import type { ReportEntry } from "../verify/recheck.js";
import { type CodeReplacement, codeReplacement } from "./code.js";
import { envVarName } from "./env-name.js";

/** One place a report saw a secret: a working-tree file, or a file as a commit recorded it. */
export interface Place {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly commit?: string;
}

/** What to do about one secret, wherever the report saw it. */
export interface SecretPlan {
  /** 1-based, in the order plans are shown: most severe first. */
  readonly number: number;
  readonly secretHash: string;
  readonly detector: { readonly id: string; readonly name: string; readonly severity: string };
  readonly redacted?: string;
  readonly places: readonly Place[];
  /**
   * Why the secret must also be purged from git history: a history scan found it, or the file
   * holding it is committed. Absent for secrets only in files git never recorded.
   */
  readonly history?: "found in history" | "file is committed";
  /** The history scan says no file of HEAD holds it any more. */
  readonly inHistoryOnly: boolean;
  /** Found inside encoded text (base64...): the file holds it encoded, not as written. */
  readonly encoded: boolean;
  /** From the catalog; absent for a detector it does not know. */
  readonly revoke?: string;
  readonly audit?: string;
  readonly bestPractices?: string;
  readonly envVar: string;
  /** One per language among the secret's files, with the paths it applies to. */
  readonly replacements: readonly (CodeReplacement & { readonly paths: readonly string[] })[];
}

export interface PlanOptions {
  readonly catalog: readonly Detector[];
  /** Whether git has ever recorded the working-tree file at `path` (a scan report's findings). */
  readonly isCommitted: (path: string) => boolean;
}

/** One plan per secret (grouped by secretHash), most severe first, then in report order. */
export function buildPlans(entries: readonly ReportEntry[], options: PlanOptions): SecretPlan[] {
  const byId = new Map(options.catalog.map((d) => [d.id, d]));
  const groups = new Map<string, ReportEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.secretHash);
    if (group) group.push(entry);
    else groups.set(entry.secretHash, [entry]);
  }
  const rank = (severity: string) => {
    const index = (SEVERITIES as readonly string[]).indexOf(severity);
    return index < 0 ? SEVERITIES.length : index;
  };
  const ordered = [...groups.values()]
    .map((group) => ({
      group,
      first: group[0] as ReportEntry,
      detector: byId.get((group[0] as ReportEntry).detector),
    }))
    .sort(
      (a, b) =>
        rank(a.detector?.severity ?? a.first.severity ?? "") -
        rank(b.detector?.severity ?? b.first.severity ?? ""),
    );
  const namesTaken = new Map<string, number>();
  return ordered.map(({ group, first, detector }, index) => {
    const described = detector ?? {
      id: first.detector,
      name: text(first.name) ?? first.detector,
      family: text(first.family),
      severity: text(first.severity) ?? "unknown",
    };
    const envVar = uniqueName(envVarName(described), namesTaken);
    const places = group.map(({ path, line, column, commit }) => ({
      path,
      line,
      column,
      ...(commit ? { commit: commit.commit } : {}),
    }));
    const history = group.some((e) => e.commit)
      ? ("found in history" as const)
      : group.some((e) => options.isCommitted(e.path))
        ? ("file is committed" as const)
        : undefined;
    const practices = detector && bestPracticesStep(detector);
    return {
      number: index + 1,
      secretHash: first.secretHash,
      detector: { id: described.id, name: described.name, severity: described.severity },
      ...(text(first.redacted) !== undefined ? { redacted: first.redacted } : {}),
      places,
      ...(history ? { history } : {}),
      inHistoryOnly: group.every((e) => e.history?.inHistoryOnly === true),
      encoded: group.some((e) => Array.isArray(e.decoded) && e.decoded.length > 0),
      ...(detector ? { revoke: revokeStep(detector), audit: auditStep(detector) } : {}),
      ...(practices ? { bestPractices: practices } : {}),
      envVar,
      replacements: replacementsByLanguage(places, envVar),
    };
  });
}

/** A field the report's writer should have made a string; any other JSON value is ignored. */
function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** A second secret that would take the same name gets `_2`, the third `_3`. */
function uniqueName(name: string, taken: Map<string, number>): string {
  const count = (taken.get(name) ?? 0) + 1;
  taken.set(name, count);
  return count === 1 ? name : `${name}_${count}`;
}

function replacementsByLanguage(places: readonly Place[], envVar: string): SecretPlan["replacements"] {
  const byLanguage = new Map<string, CodeReplacement & { paths: string[] }>();
  for (const { path } of places) {
    const replacement = codeReplacement(path, envVar);
    const known = byLanguage.get(replacement.language);
    if (!known) byLanguage.set(replacement.language, { ...replacement, paths: [path] });
    else if (!known.paths.includes(path)) known.paths.push(path);
  }
  return [...byLanguage.values()];
}
