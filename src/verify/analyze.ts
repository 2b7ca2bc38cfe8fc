import { ANALYSIS_FACTS, type AnalysisFact, type FactSource, type FactSources } from "../catalog/types.js";

/**
 * What a live credential is, as its vendor's answer says (`--analyze`). Short strings only:
 * never the secret, never the body.
 */
export interface Analysis {
  /** The user, bot or service account the credential acts as. */
  readonly identity?: string;
  /** The account, team, workspace or organization it belongs to. */
  readonly account?: string;
  readonly role?: string;
  /** Its scopes or permissions, as the vendor names them. */
  readonly scopes?: readonly string[];
  /** `live` or `test`, where the vendor has both. */
  readonly mode?: string;
  /** When it expires, as the vendor writes the date. */
  readonly expires?: string;
  /** The token's own name or id. */
  readonly token?: string;
}

/** Longest fact kept, in characters: names and ids, not documents. */
const MAX_FACT_LENGTH = 120;
/** Most scopes kept; the rest are counted in a last entry. */
const MAX_SCOPES = 40;

/** An answer as analysis sees it: headers and the (possibly empty) body text. */
export interface Answer {
  readonly headers: Headers;
  readonly body: string;
}

/**
 * The facts `sources` name, read from `answer`. A value holding one of `secrets` (an API that
 * echoes the key) is left out, so that no report carries a secret through analysis.
 */
export function readFacts(sources: FactSources, answer: Answer, secrets: readonly string[]): Analysis {
  const json = parseJson(answer.body);
  const facts: Record<string, unknown> = {};
  for (const fact of ANALYSIS_FACTS) {
    const wanted = sources[fact];
    if (wanted === undefined) continue;
    for (const source of [wanted].flat() as FactSource[]) {
      const found = valuesOf(source, answer.headers, json);
      const values = found
        .map((v) => (source.map && Object.hasOwn(source.map, v) ? (source.map[v] as string) : v))
        .filter((v) => v !== "" && !secrets.some((s) => s !== "" && v.includes(s)));
      // A scopes header that is there but empty (a GitHub token given no scope) says "none".
      const saysNone =
        fact === "scopes" && "header" in source && found.length > 0 && found.every((v) => v === "");
      if (values.length === 0 && !saysNone) continue;
      facts[fact] = fact === "scopes" ? capScopes(values) : cap([...new Set(values)].join(", "));
      break;
    }
  }
  return facts as Analysis;
}

/** Whether an analysis says anything. */
export function isEmpty(analysis: Analysis): boolean {
  return Object.keys(analysis).length === 0;
}

/**
 * One line for people: `octocat (account: acme; scopes: repo, gist)`. Callers escape it for
 * their medium (`printable` on a terminal, HTML escaping in a page).
 */
export function describeAnalysis(analysis: Analysis): string {
  const head = analysis.identity ?? "identity not stated";
  const rest = ANALYSIS_FACTS.filter((f) => f !== "identity" && analysis[f] !== undefined).map(
    (f) => `${f}: ${factText(analysis, f)}`,
  );
  return rest.length === 0 ? head : `${head} (${rest.join("; ")})`;
}

function factText(analysis: Analysis, fact: AnalysisFact): string {
  const value = analysis[fact];
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.join(", ");
  return String(value);
}

function valuesOf(source: FactSource, headers: Headers, json: unknown): string[] {
  if ("header" in source) {
    const value = headers.get(source.header);
    return value === null ? [] : [value.trim()];
  }
  return valuesAt(json, source.field.split(".")).flatMap((v) =>
    typeof v === "string" ? [v.trim()] : typeof v === "number" || typeof v === "boolean" ? [String(v)] : [],
  );
}

/** The values at a dot path, where a `key[]` step goes into every element of an array. */
function valuesAt(value: unknown, steps: readonly string[]): unknown[] {
  if (steps.length === 0) return Array.isArray(value) ? value : [value];
  const [step, ...rest] = steps as [string, ...string[]];
  const each = step.endsWith("[]");
  const key = each ? step.slice(0, -2) : step;
  if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return [];
  const next = (value as Record<string, unknown>)[key];
  if (!each) return valuesAt(next, rest);
  return Array.isArray(next) ? next.flatMap((element) => valuesAt(element, rest)) : [];
}

/** Scopes as a list, whether the vendor sends a list or one string (`repo, gist`, `a b c`). */
function capScopes(values: readonly string[]): string[] {
  const scopes = [...new Set(values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean))].map(cap);
  if (scopes.length <= MAX_SCOPES) return scopes;
  return [...scopes.slice(0, MAX_SCOPES), `… ${scopes.length - MAX_SCOPES} more`];
}

function cap(text: string): string {
  return text.length <= MAX_FACT_LENGTH ? text : `${text.slice(0, MAX_FACT_LENGTH - 1)}…`;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
