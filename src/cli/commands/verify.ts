import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { catalog } from "../../catalog/index.js";
import type { Detector } from "../../catalog/types.js";
import { UsageError } from "../../errors.js";
import { redact } from "../../findings/redact.js";
import { printable } from "../../report/printable.js";
import { scanText } from "../../scan/text.js";
import { describeAnalysis } from "../../verify/analyze.js";
import { recheckReport } from "../../verify/recheck.js";
import { type Verification, type VerifyTarget, verifyAll } from "../../verify/verify.js";
import { detectorById } from "../suggest.js";
import { ANALYZE_HELP, BASE_URL_HELP, checkBaseUrlIds, parseBaseUrlFlag } from "../verification.js";

interface VerifyCommandFlags {
  detector?: string;
  from?: string;
  analyze?: boolean;
  verifyBaseUrl?: Record<string, string>;
}

/** One line of output: where the secret is (or what it is), and what to verify. */
interface Check {
  readonly label: string;
  readonly target?: VerifyTarget;
  readonly skipped?: string;
}

export function register(program: Command): void {
  program
    .command("verify")
    .description(
      "Ask a secret's vendor whether it is live: a secret on stdin, or every finding of a JSON report.",
    )
    .option("--detector <id>", "what the secret is (default: every detector whose pattern matches the input)")
    .option(
      "--from <report.json>",
      "re-verify the findings of a JSON report, read again at their recorded places",
    )
    .option("--analyze", ANALYZE_HELP)
    .option("--verify-base-url <id=url>", BASE_URL_HELP, parseBaseUrlFlag)
    .addHelpText(
      "after",
      `
Exit codes: 0 nothing live, 1 some secret is live, 2 usage or runtime error.
With --from, each finding is read again at its path, line and column (paths relative to the
current directory) and skipped if it no longer hashes to the report's secretHash. Nothing is
scanned; the secret goes to its vendor's own API only.

Examples:
  printenv OPENAI_API_KEY | keyhound verify --detector openai-project-key
  printenv GITHUB_TOKEN | keyhound verify --analyze     who it is, what it reaches
  keyhound verify < leaked.txt
  keyhound scan . --format json --output report.json && keyhound verify --from report.json`,
    )
    .action(verifyCommand);
}

async function verifyCommand(flags: VerifyCommandFlags): Promise<void> {
  const detector = flags.detector === undefined ? undefined : detectorById(catalog, flags.detector);
  checkBaseUrlIds(flags.verifyBaseUrl);
  const checks = flags.from === undefined ? fromStdin(detector) : fromReport(flags.from, detector);
  const targets = checks.flatMap((c) => (c.target ? [c.target] : []));
  const results = await verifyAll(targets, {
    baseUrls: flags.verifyBaseUrl ?? {},
    analyze: flags.analyze === true,
  });
  let live = 0;
  for (const check of checks) {
    const outcome = check.target ? results.get(check.target) : undefined;
    if (outcome?.status === "live") live++;
    process.stdout.write(
      `${printable(check.label)}  ${outcome ? describe(outcome) : `skipped (${check.skipped})`}\n`,
    );
    if (outcome?.analysis) process.stdout.write(`  live: ${printable(describeAnalysis(outcome.analysis))}\n`);
  }
  process.exitCode = live > 0 ? 1 : 0;
}

function describe(v: Verification): string {
  if (v.status === "live") return `LIVE (${v.endpoint}: ${v.rule})`;
  if (v.status === "dead") return `revoked or invalid (${v.endpoint}: ${v.rule})`;
  if (v.status === "unverifiable") return `unverifiable (${v.detail})`;
  return `unknown (${v.detail}${v.rule ? `: ${v.rule}` : ""})`;
}

function fromStdin(detector: Detector | undefined): Check[] {
  if (process.stdin.isTTY)
    throw new UsageError(
      "pipe a secret on standard input (e.g. printenv TOKEN | keyhound verify), or give --from",
    );
  const text = readFileSync(0, "utf8");
  if (text.trim() === "") throw new UsageError("standard input is empty: pipe in the secret to verify");
  // Every severity: a public key piped in is still named, and said to be unverifiable.
  const findings = scanText(text, detector ? { catalog: [detector] } : { minSeverity: "info" });
  const seen = new Set<string>();
  const checks: Check[] = [];
  for (const f of findings) {
    const key = `${f.detectorId}\0${f.secret}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const d = catalog.find((x) => x.id === f.detectorId) as Detector;
    checks.push({
      label: `${f.detectorId}  ${f.redacted}`,
      target: { detector: d, secret: f.secret, companions: f.companions ?? [] },
    });
  }
  if (checks.length > 0) return checks;
  if (!detector)
    throw new UsageError(
      'no detector recognises the input; name one with --detector ID (see "keyhound detectors")',
    );
  // The user says what the secret is: a bare value needs no surrounding context to be checked.
  const secret = text.trim();
  if (/\s/.test(secret))
    throw new UsageError(`the input is not one ${detector.id} secret (it holds spaces or lines)`);
  return [{ label: `${detector.id}  ${redact(secret)}`, target: { detector, secret } }];
}

function fromReport(path: string, detector: Detector | undefined): Check[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${path}: ${code === "ENOENT" ? "no such file" : (code ?? String(error))}`,
    );
  }
  let rechecked: ReturnType<typeof recheckReport>;
  try {
    rechecked = recheckReport(text, detector ? { catalog: [detector] } : {});
  } catch (error) {
    throw new UsageError(`${path} ${(error as Error).message}`);
  }
  return rechecked
    .filter((r) => !detector || r.detectorId === detector.id)
    .map((r) => ({
      label: `${r.path}:${r.line}:${r.column}  ${r.detectorId}${r.redacted ? `  ${r.redacted}` : ""}`,
      ...(r.target ? { target: r.target } : { skipped: r.skipped ?? "not found" }),
    }));
}
