import { existsSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { type Command, Option } from "commander";
import { UsageError } from "../../errors.js";
import type { Finding } from "../../findings/finding.js";
import {
  BASELINE_FILE,
  type Baseline,
  type BaselineEntry,
  baselineFromFindings,
  entryByPrefix,
  readBaseline,
  reviewer,
  updateBaseline,
  VERDICTS,
  type Verdict,
  withTriage,
  writeBaseline,
} from "../../policy/baseline.js";
import { scan } from "../../scan/directory.js";
import { scanGitHistory } from "../../scan/history.js";
import { list } from "../options.js";

interface ScanScopeFlags {
  git?: string | true;
  exclude?: string[];
  gitignore: boolean;
  includeDeps?: boolean;
  file: string;
}

const fileOption = () => new Option("--file <path>", "the baseline file").default(BASELINE_FILE);

export function register(program: Command): void {
  const baseline = program
    .command("baseline")
    .description("Record the secrets already known, so that scans report only new ones; triage them.")
    .addHelpText(
      "after",
      `
A baseline lists each secret by detector and SHA-256 of its value (never the value): moving it
to another file or line, or rewriting history, does not bring it back. Use it with
"keyhound scan --baseline ${BASELINE_FILE}" or "keyhound git --baseline ${BASELINE_FILE}".

Examples:
  keyhound baseline create .                     the work tree's secrets
  keyhound baseline create --git                 every secret in the history of this repository
  keyhound baseline update .                     add new secrets, prune those gone
  keyhound baseline audit                        record a verdict per secret, on a terminal
  keyhound baseline mark 3f2a9c --as revoked --reason "rotated 2026-05"`,
    );
  withScanScope(
    baseline
      .command("create")
      .description(`Scan and write a new baseline (${BASELINE_FILE} by default).`)
      .option("--force", "overwrite an existing baseline file (its verdicts are lost)"),
  ).action(async (paths: string[], flags: ScanScopeFlags & { force?: boolean }) => {
    if (existsSync(flags.file) && !flags.force) {
      throw new UsageError(`${flags.file} exists: run "keyhound baseline update", or --force to start over`);
    }
    const created = baselineFromFindings(await scanScope(paths, flags));
    writeBaseline(flags.file, created);
    process.stdout.write(`Wrote ${count(created.entries.length, "secret")} to ${flags.file}.\n`);
  });
  withScanScope(
    baseline.command("update").description("Scan again: add new secrets, prune those gone, keep verdicts."),
  ).action(async (paths: string[], flags: ScanScopeFlags) => {
    const previous = readBaseline(flags.file);
    const {
      baseline: updated,
      added,
      removed,
      kept,
    } = updateBaseline(previous, await scanScope(paths, flags));
    writeBaseline(flags.file, updated);
    process.stdout.write(`${flags.file}: ${added} added, ${removed} pruned, ${kept} kept.\n`);
  });
  baseline
    .command("audit")
    .description("Walk the entries on a terminal and record a verdict and reason for each.")
    .addOption(fileOption())
    .option("--all", "also revisit entries that already have a verdict")
    .action((flags: { file: string; all?: boolean }) => audit(flags.file, flags.all === true));
  baseline
    .command("mark")
    .description("Record a verdict for one entry, named by the start of its secretHash (for scripts).")
    .argument("<hash-prefix>", "the first hex digits of the entry's secretHash (at least 4)")
    .addOption(new Option("--as <verdict>", "the verdict").choices(VERDICTS).makeOptionMandatory())
    .requiredOption("--reason <text>", "why, for the next reviewer")
    .addOption(fileOption())
    .action((prefix: string, flags: { as: Verdict; reason: string; file: string }) => {
      if (flags.reason.trim() === "")
        throw new UsageError("--reason is empty: say why, for the next reviewer");
      const current = readBaseline(flags.file);
      const entry = entryByPrefix(current, prefix);
      writeBaseline(flags.file, withTriage(current, entry, triageNow(flags.as, flags.reason)));
      process.stdout.write(`${entry.detector} ${entry.secretHash.slice(0, 12)}: ${flags.as}.\n`);
    });
}

/** The options of the commands that scan: what to scan, as `keyhound scan` or `keyhound git`. */
function withScanScope(command: Command): Command {
  return command
    .argument("[paths...]", "files or directories to scan (default: the current directory)")
    .option("--git [repo]", "scan a repository's whole history instead (default: the current directory)")
    .option(
      "--exclude <patterns>",
      "skip paths matching these .gitignore-style patterns (comma-separated)",
      list,
    )
    .option("--no-gitignore", "also scan files that .gitignore excludes")
    .option("--include-deps", "also scan installed dependencies (node_modules, virtualenvs...)")
    .addOption(fileOption());
}

async function scanScope(paths: string[], flags: ScanScopeFlags): Promise<Finding[]> {
  if (flags.git !== undefined) {
    if (paths.length > 0)
      throw new UsageError(
        "--git scans a repository's history: name the repository after --git, not as paths",
      );
    const repo = flags.git === true ? undefined : flags.git;
    return (await scanGitHistory({ repo, exclude: flags.exclude })).findings;
  }
  const { exclude, gitignore, includeDeps } = flags;
  return (await scan({ paths, exclude, gitignore, includeDeps })).findings;
}

function triageNow(verdict: Verdict, reason: string) {
  return { verdict, reason, by: reviewer(), at: new Date().toISOString() };
}

const SHORTCUTS: Record<string, Verdict> = {
  f: "false-positive",
  a: "accepted-risk",
  r: "revoked",
  n: "needs-rotation",
};

async function audit(file: string, all: boolean): Promise<void> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(
      'baseline audit asks on a terminal; in scripts use "keyhound baseline mark <hash-prefix> --as <verdict> --reason <text>"',
    );
  }
  let current: Baseline = readBaseline(file);
  const todo = current.entries.filter((entry) => all || entry.triage === undefined);
  if (todo.length === 0) {
    process.stdout.write(`Every entry of ${file} has a verdict (--all to revisit them).\n`);
    return;
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const [index, entry] of todo.entries()) {
      process.stdout.write(describeEntry(entry, `[${index + 1}/${todo.length}]`));
      const answer = (
        await prompt.question(
          "Verdict: [f]alse-positive, [a]ccepted-risk, [r]evoked, [n]eeds-rotation, [s]kip, [q]uit? ",
        )
      )
        .trim()
        .toLowerCase();
      if (answer.startsWith("q")) break;
      const verdict = SHORTCUTS[answer.charAt(0)] ?? VERDICTS.find((v) => v === answer);
      if (verdict === undefined) continue;
      let reason = "";
      while (reason === "") reason = (await prompt.question("Reason (for the next reviewer): ")).trim();
      const target = current.entries.find(
        (e) => e.secretHash === entry.secretHash && e.detector === entry.detector,
      );
      current = withTriage(current, target as BaselineEntry, triageNow(verdict, reason));
      // Saved after each answer, so that quitting halfway keeps what was decided.
      writeBaseline(file, current);
    }
  } finally {
    prompt.close();
  }
}

function describeEntry(entry: BaselineEntry, position: string): string {
  const lines = [`\n${position} ${entry.detector}  ${entry.secretHash.slice(0, 12)}`];
  if (entry.paths.length > 0) lines.push(`  seen at: ${entry.paths.join(", ")}`);
  if (entry.commit) lines.push(`  first commit: ${entry.commit.slice(0, 10)}`);
  if (entry.triage) {
    const { verdict, reason, by, at } = entry.triage;
    lines.push(`  verdict: ${verdict} (${reason}) by ${by}, ${at}`);
  }
  return `${lines.join("\n")}\n`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
