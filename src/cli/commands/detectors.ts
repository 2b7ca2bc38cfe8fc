import { type Command, Option } from "commander";
import pc from "picocolors";
import { ADVERSARIAL_BYTES, checkCatalog } from "../../catalog/check.js";
import { closeNames } from "../../catalog/close-names.js";
import { catalog as builtInCatalog } from "../../catalog/index.js";
import { mitigationSteps } from "../../catalog/mitigation.js";
import { type Detector, SEVERITIES, type Severity } from "../../catalog/types.js";
import { UsageError } from "../../errors.js";
import { tooSlowPattern } from "../../policy/pattern-speed.js";
import { addConfigOptions, type ConfigFlags, loadCliConfig } from "../config-options.js";

interface DetectorsFlags extends ConfigFlags {
  json?: boolean;
  vendor?: string;
  family?: string;
  severity?: Severity;
  check?: boolean;
  counts?: boolean;
}

export function register(program: Command): void {
  addConfigOptions(
    program
      .command("detectors")
      .description("List the detector catalog and custom detectors, or check them."),
  )
    .option("--json", "print the catalog as JSON")
    .option("--vendor <name>", "only detectors of this vendor (case-insensitive)")
    .option("--family <name>", "only detectors of this family (case-insensitive)")
    .addOption(new Option("--severity <level>", "only detectors of this severity").choices(SEVERITIES))
    .option("--check", "run the catalog self-check (examples, negatives, metadata, pattern speed)")
    .option("--counts", "print how many detectors there are per severity, family and vendor")
    .action(detectorsCommand);
}

function detectorsCommand(flags: DetectorsFlags): void {
  // The built-in catalog plus the configuration's custom detectors, at their configured severity.
  const catalog = loadCliConfig(flags, ".").detectors;
  requireKnown(catalog, "vendor", flags.vendor);
  requireKnown(catalog, "family", flags.family);
  const same = (a: string, b: string | undefined) => b === undefined || a.toLowerCase() === b.toLowerCase();
  const selected = catalog.filter(
    (d) => same(d.vendor, flags.vendor) && same(d.family, flags.family) && same(d.severity, flags.severity),
  );
  if (flags.check) {
    requireFastCustomPatterns(selected);
    const problems = checkCatalog(selected, { performance: true });
    for (const { detectorId, problem } of problems) process.stdout.write(`${detectorId}: ${problem}\n`);
    process.stdout.write(`${selected.length} detectors checked, ${problems.length} problem(s)\n`);
    process.exitCode = problems.length > 0 ? 1 : 0;
    return;
  }
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const c = pc.createColors(color);
  if (flags.counts) {
    const counts = countsOf(selected);
    if (flags.json) process.stdout.write(`${JSON.stringify(counts, null, 2)}\n`);
    else process.stdout.write(renderCounts(counts, c.bold));
    return;
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(selected.map(detectorJson), null, 2)}\n`);
    return;
  }
  const idWidth = Math.max(2, ...selected.map((d) => d.id.length)) + 2;
  const severityWidth = 10;
  process.stdout.write(c.bold(`${"ID".padEnd(idWidth)}${"SEVERITY".padEnd(severityWidth)}NAME\n`));
  for (const d of selected) {
    process.stdout.write(`${d.id.padEnd(idWidth)}${d.severity.padEnd(severityWidth)}${d.name}\n`);
  }
  const counts = countsOf(selected);
  const severities = Object.entries(counts.bySeverity).map(([severity, n]) => `${n} ${severity}`);
  const breakdown = severities.length > 0 ? ` (${severities.join(", ")})` : "";
  const vendors = Object.keys(counts.byVendor).length;
  const families = Object.keys(counts.byFamily).length;
  process.stdout.write(
    c.dim(
      `\n${selected.length} detectors${breakdown}, ${vendors} vendors, ${families} families. "keyhound explain <id>" shows one.\n`,
    ),
  );
}

/** Seconds a custom pattern may take on the self-check's hostile lines, in a worker. */
const CHECK_TIMEOUT_S = 10;

/**
 * The self-check times every pattern on 256 KB hostile lines in this thread; a custom pattern is
 * first tried on them in a worker, so that one that backtracks is rejected instead of hanging.
 */
function requireFastCustomPatterns(selected: readonly Detector[]): void {
  const builtIn = new Set(builtInCatalog.map((d) => d.id));
  const custom = selected.filter((d) => !builtIn.has(d.id));
  const slow = tooSlowPattern(custom, { lineBytes: ADVERSARIAL_BYTES, timeoutMs: CHECK_TIMEOUT_S * 1000 });
  if (slow !== undefined)
    throw new UsageError(
      `custom detector ${slow.id}: pattern too slow: over ${CHECK_TIMEOUT_S} s on 256 KB hostile lines (backtracking: a nested repetition, or an unbounded one retried at every position); bound or anchor it`,
    );
}

/** A vendor or family that no detector has is a typo, not an empty result: say so, with close names. */
function requireKnown(
  catalog: readonly Detector[],
  kind: "vendor" | "family",
  value: string | undefined,
): void {
  if (value === undefined) return;
  const names = catalog.map((d) => d[kind]);
  if (names.some((name) => name.toLowerCase() === value.toLowerCase())) return;
  const close = closeNames(value, names);
  const hint =
    close.length > 0
      ? `; did you mean ${close.map((name) => `"${name}"`).join(", ")}?`
      : '; "keyhound detectors --counts" lists them';
  throw new UsageError(`unknown ${kind} "${value}"${hint}`);
}

interface CatalogCounts {
  readonly total: number;
  /** Most severe first; severities with no detector are left out. */
  readonly bySeverity: Record<string, number>;
  /** Largest first, then by name. */
  readonly byFamily: Record<string, number>;
  readonly byVendor: Record<string, number>;
}

function countsOf(detectors: readonly Detector[]): CatalogCounts {
  const tally = (values: readonly string[], order?: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    const entries = [...counts].sort(
      order
        ? (a, b) => order.indexOf(a[0]) - order.indexOf(b[0])
        : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    return Object.fromEntries(entries);
  };
  return {
    total: detectors.length,
    bySeverity: tally(
      detectors.map((d) => d.severity),
      SEVERITIES,
    ),
    byFamily: tally(detectors.map((d) => d.family)),
    byVendor: tally(detectors.map((d) => d.vendor)),
  };
}

function renderCounts(counts: CatalogCounts, bold: (s: string) => string): string {
  const section = (title: string, entries: Record<string, number>) => {
    const width = Math.max(0, ...Object.keys(entries).map((k) => k.length)) + 2;
    return [bold(title), ...Object.entries(entries).map(([k, n]) => `  ${k.padEnd(width)}${n}`), ""];
  };
  return [
    ...section("By severity", counts.bySeverity),
    ...section("By family", counts.byFamily),
    ...section("By vendor", counts.byVendor),
    `${counts.total} detectors`,
    "",
  ].join("\n");
}

function detectorJson(d: Detector) {
  return {
    id: d.id,
    name: d.name,
    vendor: d.vendor,
    family: d.family,
    severity: d.severity,
    confidence: d.confidence ?? "high",
    description: d.description,
    security: d.security,
    mitigation: mitigationSteps(d),
    revokeUrl: d.mitigation.revokeUrl,
    keywords: d.keywords,
    pattern: d.pattern.source,
    verifiable: d.verify !== undefined,
    references: d.references ?? [],
  };
}
