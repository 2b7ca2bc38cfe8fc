/**
 * Custom detectors from the configuration file: the fields of a built-in `Detector`, written
 * as data (a pattern is a string), compiled to a `Detector` that the engine, reports,
 * `keyhound explain` and `keyhound detectors --check` treat like any other.
 */
import type { Confidence, Detector, Severity, VerifySpec } from "../catalog/types.js";

/** A custom detector as written in `detectors.custom`. */
export interface CustomDetectorSpec {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly family: string;
  readonly severity: Severity;
  readonly confidence?: Confidence;
  readonly description: string;
  readonly security: readonly string[];
  readonly mitigation: {
    readonly revoke: string;
    readonly revokeUrl?: string;
    readonly audit?: string;
    readonly bestPractices?: readonly string[];
  };
  readonly keywords: readonly string[];
  readonly caseSensitiveKeywords?: boolean;
  /** A JavaScript regular expression with a named group `secret`. */
  readonly pattern: string;
  /** Among `i`, `m`, `s`. */
  readonly flags?: string;
  readonly window?: { readonly before?: number; readonly after?: number; readonly multiline?: boolean };
  readonly minEntropy?: number;
  readonly examples: readonly string[];
  readonly negatives: readonly string[];
  readonly references?: readonly string[];
  readonly verify?: VerifySpec;
}

/** Compiles one spec; `fail(field, problem)` reports what is wrong with one of its fields. */
export function compileCustomDetector(
  spec: CustomDetectorSpec,
  fail: (field: string, problem: string) => never,
): Detector {
  let pattern: RegExp;
  try {
    pattern = new RegExp(spec.pattern, spec.flags ?? "");
  } catch (error) {
    return fail("pattern", `not a valid JavaScript regular expression (${(error as Error).message})`);
  }
  if (!hasSecretGroup(pattern)) {
    return fail("pattern", "must mark the credential with a named group: (?<secret>...)");
  }
  const short = spec.keywords.find((k) => k.length < 3);
  if (short !== undefined) return fail("keywords", `"${short}" is shorter than 3 characters`);
  return {
    id: spec.id,
    name: spec.name,
    vendor: spec.vendor,
    family: spec.family,
    severity: spec.severity,
    ...(spec.confidence ? { confidence: spec.confidence } : {}),
    description: spec.description,
    security: spec.security,
    mitigation: spec.mitigation,
    keywords: spec.keywords,
    ...(spec.caseSensitiveKeywords ? { caseSensitiveKeywords: true } : {}),
    pattern,
    ...(spec.window ? { window: spec.window } : {}),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    ...(spec.verify ? { verify: spec.verify } : {}),
    examples: spec.examples,
    negatives: spec.negatives,
    ...(spec.references ? { references: spec.references } : {}),
  };
}

function hasSecretGroup(pattern: RegExp): boolean {
  // The group names are the keys of `groups` of any match, and the pattern may not match the
  // empty string: an alternation that does always matches, and names the same groups. This
  // counts only real groups, not the text "(?<secret>" escaped or in a character class.
  const probe = new RegExp(`${pattern.source}|`, pattern.flags);
  const groups = probe.exec("")?.groups;
  return groups !== undefined && Object.hasOwn(groups, "secret");
}
