import { DEFAULT_AFTER, DEFAULT_BEFORE } from "../engine/compile.js";
import { Engine } from "../engine/engine.js";
import type { Detector, ExampleSource } from "./types.js";

export interface CatalogProblem {
  readonly detectorId: string;
  readonly problem: string;
}

export interface CheckOptions {
  /** Also time each pattern on adversarial input (slower; on in the test suite). */
  readonly performance?: boolean;
  /** Milliseconds a detector may spend on one adversarial line (`ADVERSARIAL_BYTES`). */
  readonly budgetMs?: number;
}

const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Length of each hostile line. Backtracking shows at any length (exponential at a few KB,
 * quadratic at hundreds of times a linear pattern's time), so 256 KB tells the same patterns
 * apart as 1 MB did, in a quarter of the time: the check runs for every detector.
 */
export const ADVERSARIAL_BYTES = 256 * 1024;
const DEFAULT_BUDGET_MS = 15;
/**
 * How many times slower than a plain bounded token pattern a detector may run on the same line.
 * The catalog's slowest patterns run at about 4 times; backtracking runs at hundreds.
 */
const LINEAR_RATIO = 25;
const LINEAR_REFERENCE = /[A-Za-z0-9_-]{8,64}/g;

/**
 * A keyword hit opens a window of `before` + `after` bytes, and a match that runs into its edge
 * is dropped as a fragment: a pattern whose longest run exceeds that reach finds its examples
 * (short ones) but drops real tokens that long. A heuristic from the pattern's bounded repeats.
 */
function reachProblem(d: Detector): string | undefined {
  if (d.window?.multiline) return undefined;
  let longest = 0;
  for (const repeat of d.pattern.source.matchAll(/\{(\d+)(?:,(\d+))?\}/g)) {
    longest = Math.max(longest, Number(repeat[2] ?? repeat[1]));
  }
  const reach = (d.window?.before ?? DEFAULT_BEFORE) + (d.window?.after ?? DEFAULT_AFTER);
  return longest > reach
    ? `the pattern allows a ${longest}-character run, past the window's reach of ${reach} bytes (set window.after)`
    : undefined;
}

/**
 * The catalog's self-check, run by the tests and by `keyhound detectors --check`: complete
 * metadata, unique ids, every example found and every negative ignored by the whole engine
 * (prefilter, pattern, filters and overlap resolution, with the full catalog loaded), windows
 * that reach as far as the pattern, and no pattern slow on hostile input.
 */
export function checkCatalog(detectors: readonly Detector[], options: CheckOptions = {}): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const report = (detectorId: string, problem: string) => problems.push({ detectorId, problem });
  const seen = new Set<string>();
  for (const d of detectors) {
    if (seen.has(d.id)) report(d.id, "duplicate id");
    seen.add(d.id);
    for (const problem of metadataProblems(d)) report(d.id, problem);
    const reach = reachProblem(d);
    if (reach) report(d.id, reach);
  }

  const engine = new Engine(detectors);
  for (const d of detectors) {
    d.examples.forEach((source, i) => {
      const text = exampleOf(source);
      const lower = text.toLowerCase();
      const holds = d.caseSensitiveKeywords
        ? (k: string) => text.includes(k)
        : (k: string) => lower.includes(k.toLowerCase());
      if (!d.file && !d.keywords.some(holds)) report(d.id, `example ${i + 1} holds none of the keywords`);
      const found = engine.scan(Buffer.from(text), { path: d.file?.examplePath });
      if (!found.some((c) => c.detector === d)) {
        const other = found.map((c) => c.detector.id).join(", ");
        report(d.id, `example ${i + 1} is not found${other ? ` (reported as ${other} instead)` : ""}`);
      }
    });
    d.negatives.forEach((source, i) => {
      const found = engine.scan(Buffer.from(exampleOf(source)), { path: d.file?.examplePath });
      if (found.some((c) => c.detector === d)) {
        report(d.id, `negative ${i + 1} is reported`);
      }
    });
    if (options.performance) {
      const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
      // Over the budget and far slower than a plain linear pattern timed at the same moment: a
      // loaded machine slows both alike, while backtracking is hundreds of times slower.
      const tooSlow = (m: { slowestMs: number; referenceMs: number }) =>
        m.slowestMs > budget && m.slowestMs > LINEAR_RATIO * m.referenceMs;
      let measured = slowestAdversarialMs(d, { budgetMs: budget });
      // A pause of a shared machine can fall on one measurement and not on the reference's:
      // a pattern over the limit is timed again. Backtracking is slow every time.
      if (tooSlow(measured)) measured = slowestAdversarialMs(d, { budgetMs: budget });
      const { slowestMs, referenceMs } = measured;
      if (tooSlow(measured))
        report(
          d.id,
          `pattern or keyword gate takes ${slowestMs.toFixed(0)} ms on a 256 KB adversarial line (budget ${budget} ms, ${(slowestMs / referenceMs).toFixed(0)}x a linear pattern)`,
        );
    }
  }
  return problems;
}

function metadataProblems(d: Detector): string[] {
  const problems: string[] = [];
  if (!ID_SHAPE.test(d.id)) problems.push("id must be lower-case words joined by hyphens");
  for (const field of ["name", "vendor", "family", "description"] as const) {
    if (!d[field] || d[field].trim().length === 0) problems.push(`missing ${field}`);
  }
  if (d.security.length === 0) problems.push("missing security impact");
  if (!d.mitigation.revoke || d.mitigation.revoke.length < 40)
    problems.push("mitigation must say where and how to revoke");
  if (d.keywords.length === 0 && !d.file) problems.push("missing keywords");
  if (d.keywords.some((k) => k.length < 3)) problems.push("keywords must be at least 3 characters");
  if (d.examples.length === 0) problems.push("missing examples");
  if (d.negatives.length === 0) problems.push("missing negatives");
  if (!/\(\?<secret>/.test(d.pattern.source) && d.pattern.source.includes("(?<")) {
    problems.push("pattern has named groups but none called secret");
  }
  return problems;
}

function exampleOf(source: ExampleSource): string {
  return typeof source === "function" ? source() : source;
}

/** Inputs built to make a careless pattern backtrack: long runs of token bytes around keywords. */
function adversarialInputs(d: Detector): Buffer[] {
  const keyword = d.keywords[0] ?? "";
  const fill = (unit: string) =>
    unit.repeat(Math.ceil(ADVERSARIAL_BYTES / unit.length)).slice(0, ADVERSARIAL_BYTES);
  return [
    `${keyword}${"a".repeat(ADVERSARIAL_BYTES)}`,
    fill(`${keyword}aA0-_=`),
    fill(`${keyword}${"A1".repeat(20)}:@/.`),
    fill(`${keyword} = "${"x9".repeat(30)}`),
    fill(`${keyword}\t`),
  ].map((text) => Buffer.from(text));
}

/**
 * The pattern's own time on each hostile line, run over the whole line rather than in the
 * engine's windows, so catastrophic backtracking shows whatever the window size; and, timed on
 * its own, the keyword gate's, tried at every keyword of the line as the engine does. The
 * engine's per-hit costs are measured by `npm run bench`, not here, since they depend on
 * machine load.
 */
function slowestAdversarialMs(
  d: Detector,
  options: { budgetMs: number },
): { slowestMs: number; referenceMs: number } {
  const regex = new RegExp(d.pattern.source, `${d.pattern.flags.replace(/[^ims]/g, "")}g`);
  const gate =
    d.keywordGate && new RegExp(d.keywordGate.source, `${d.keywordGate.flags.replace(/[^ims]/g, "")}y`);
  const keywords = d.keywords.map((k) => k.toLowerCase());
  let slowest = 0;
  const texts = adversarialInputs(d).map((input) => input.toString("latin1"));
  for (const text of texts) {
    slowest = Math.max(
      slowest,
      bestOfThree(() => {
        regex.lastIndex = 0;
        for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
          if (match[0].length === 0) regex.lastIndex++;
        }
      }),
    );
    if (!gate) continue;
    const lower = text.toLowerCase();
    const ends: number[] = [];
    for (const keyword of keywords) {
      for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1))
        ends.push(at + keyword.length);
    }
    slowest = Math.max(
      slowest,
      bestOfThree(() => {
        for (const end of ends) {
          gate.lastIndex = end;
          gate.test(text);
        }
      }),
    );
  }
  // The reference costs more than most patterns: it is timed only for a pattern over budget.
  const budget = options.budgetMs;
  let reference = 0;
  if (slowest > budget) {
    for (const text of texts) {
      reference = Math.max(
        reference,
        bestOfThree(() => {
          LINEAR_REFERENCE.lastIndex = 0;
          while (LINEAR_REFERENCE.exec(text) !== null);
        }),
      );
    }
  }
  return { slowestMs: slowest, referenceMs: reference };
}

/** Best of three runs, so a pause of the shared machine is not blamed on the pattern. */
function bestOfThree(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= 5; attempt++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
