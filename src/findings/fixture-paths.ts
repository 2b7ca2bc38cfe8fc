import type { Confidence } from "../catalog/types.js";
import type { Finding } from "./finding.js";

/**
 * Paths whose content is mostly made-up values: tests, fixtures, mocks, examples, samples and
 * documentation. A finding there of a rule that judges a value by its context (the generic and
 * context rules, below high confidence) is most often a fixture, so it is reported at `low`
 * confidence: still reported, and `--min-confidence medium` leaves it out. A vendor format
 * (high confidence) keeps its confidence: a live key pasted into a test is as live as any other.
 */

/** Folder names, compared in lower case. */
const FIXTURE_FOLDERS = new Set([
  "test",
  "tests",
  "__tests__",
  "testing",
  "testdata",
  "test-data",
  "test_data",
  "spec",
  "specs",
  "e2e",
  "fixture",
  "fixtures",
  "__fixtures__",
  "mock",
  "mocks",
  "__mocks__",
  "fake",
  "fakes",
  "stub",
  "stubs",
  "example",
  "examples",
  "sample",
  "samples",
  "demo",
  "demos",
  "doc",
  "docs",
  "documentation",
]);

/**
 * Words of a file name (split at `.`, `_`, `-`) that make it a test or an example:
 * `dsn_test.go`, `login.spec.ts`, `test_views.py`, `config.json.sample`, `iam.examples.json`,
 * `doc.go`. `README.md` counts as documentation too.
 */
const FIXTURE_FILE_WORDS = new Set([
  "test",
  "tests",
  "spec",
  "fixture",
  "fixtures",
  "mock",
  "mocks",
  "fake",
  "stub",
  "example",
  "examples",
  "sample",
  "samples",
  "doc",
  "readme",
]);

/** True for a path under a test, fixture, mock, example or docs folder, or a test or example file. */
export function isFixturePath(path: string): boolean {
  const parts = path.toLowerCase().split(/[\\/]/);
  const file = parts.pop() ?? "";
  if (parts.some((folder) => FIXTURE_FOLDERS.has(folder))) return true;
  return file.split(/[._-]/).some((word) => FIXTURE_FILE_WORDS.has(word));
}

/** A finding's confidence: its detector's, or `low` for a context rule's finding in a fixture path. */
export function findingConfidence(detectorConfidence: Confidence, path: string): Confidence {
  return detectorConfidence !== "high" && isFixturePath(path) ? "low" : detectorConfidence;
}

/**
 * The findings of one input without the generic rules' values it repeats in a fixture path.
 * A test that sends a credential and checks it back, or a fixture file that lists the same
 * account in a request and a response, writes the value twice or more; a credential pasted
 * into a test by mistake is written once. Such repeats are dropped rather than reported at
 * `low`: on real code (bench/NOTES.md) they were about half of the generic rules' findings,
 * and every one was a made-up value. Only the generic rules' (vendor "Generic") findings count:
 * a vendor format is a credential wherever it is written, however often.
 *
 * `judgedPath` is the path the fixture judgement reads (see `judgedInsideRoot`), when it is
 * not `display`; findings of an archive's entries extend `display`.
 */
export function withoutRepeatedFixtureValues(
  findings: Finding[],
  display: string,
  judgedPath: string = display,
): Finding[] {
  const repeatable = (finding: Finding) =>
    finding.vendor === "Generic" && isFixturePath(judgedPath + finding.path.slice(display.length));
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (!repeatable(finding)) continue;
    const key = `${finding.path}\0${finding.secret}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (![...counts.values()].some((count) => count > 1)) return findings;
  return findings.filter(
    (finding) => !repeatable(finding) || (counts.get(`${finding.path}\0${finding.secret}`) ?? 0) < 2,
  );
}

/**
 * `findings` of one file judged again on its path inside the root it was found under, when that
 * root was named outside the working directory (`keyhound scan /srv/test/app`): the folders
 * above such a root are where the checkout sits, not what its files are.
 */
export function judgedInsideRoot(
  findings: readonly Finding[],
  display: string,
  insidePath: string,
  detectorConfidence: (detectorId: string) => Confidence | undefined,
): Finding[] {
  return findings.map((finding) => {
    const own = detectorConfidence(finding.detectorId) ?? finding.confidence;
    const confidence = findingConfidence(own, insidePath + finding.path.slice(display.length));
    return confidence === finding.confidence ? finding : { ...finding, confidence };
  });
}
