import pc from "picocolors";
import { checkCatalog } from "../catalog/check.js";
import { mitigationSteps } from "../catalog/mitigation.js";
import type { Detector, Severity } from "../catalog/types.js";
import { catalog } from "../detectors/index.js";
import { detectorPage, renderPageMarkdown, renderPageText } from "../docs/page.js";
import { UsageError } from "../errors.js";

interface DetectorsFlags {
  json?: boolean;
  vendor?: string;
  family?: string;
  severity?: Severity;
  check?: boolean;
}

export function detectorsCommand(flags: DetectorsFlags): void {
  const same = (a: string, b: string | undefined) => b === undefined || a.toLowerCase() === b.toLowerCase();
  const selected = catalog.filter(
    (d) => same(d.vendor, flags.vendor) && same(d.family, flags.family) && same(d.severity, flags.severity),
  );
  if (flags.check) {
    const problems = checkCatalog(selected, { performance: true });
    for (const { detectorId, problem } of problems) process.stdout.write(`${detectorId}: ${problem}\n`);
    process.stdout.write(`${selected.length} detectors checked, ${problems.length} problem(s)\n`);
    process.exitCode = problems.length > 0 ? 1 : 0;
    return;
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(selected.map(detectorJson), null, 2)}\n`);
    return;
  }
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const c = pc.createColors(color);
  const idWidth = Math.max(2, ...selected.map((d) => d.id.length)) + 2;
  const severityWidth = 10;
  process.stdout.write(c.bold(`${"ID".padEnd(idWidth)}${"SEVERITY".padEnd(severityWidth)}NAME\n`));
  for (const d of selected) {
    process.stdout.write(`${d.id.padEnd(idWidth)}${d.severity.padEnd(severityWidth)}${d.name}\n`);
  }
  const vendors = new Set(selected.map((d) => d.vendor)).size;
  const families = new Set(selected.map((d) => d.family)).size;
  process.stdout.write(
    c.dim(
      `\n${selected.length} detectors, ${vendors} vendors, ${families} families. "keyhound explain <id>" shows one.\n`,
    ),
  );
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

export function explainCommand(id: string, flags: { markdown?: boolean }): void {
  const detector = catalog.find((d) => d.id === id);
  if (!detector) {
    const close = catalog.filter((d) => d.id.includes(id) || id.includes(d.id)).map((d) => d.id);
    const hint =
      close.length > 0
        ? `; did you mean ${close.slice(0, 5).join(", ")}?`
        : '; run "keyhound detectors" to list ids';
    throw new UsageError(`unknown detector "${id}"${hint}`);
  }
  const page = detectorPage(detector);
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  process.stdout.write(
    flags.markdown ? renderPageMarkdown(page) : renderPageText(page, pc.createColors(color).bold),
  );
}
