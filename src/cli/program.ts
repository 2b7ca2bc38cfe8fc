import { Command, InvalidArgumentError, Option } from "commander";
import { SEVERITIES } from "../catalog/types.js";
import { VERSION } from "../version.js";
import { detectorsCommand, explainCommand } from "./catalog-commands.js";
import { docsCommand } from "./docs-command.js";
import { registerGitCommand } from "./git-command.js";
import { registerHookCommand } from "./hook-command.js";
import { addReportOptions, parsePositiveInt } from "./options.js";
import type { CliContext } from "./prestart.js";
import { type ScanFlags, scanCommand } from "./scan-command.js";

export function buildProgram(context: CliContext = {}): Command {
  const program = new Command()
    .name("keyhound")
    .description("Find leaked credentials, say what each one is and how bad it is, and how to fix it.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`keyhound: ${text.replace(/^error: /, "")}`) });

  const scan = program
    .command("scan")
    .description("Scan files and directories (default: the current directory) for credentials.")
    .argument("[paths...]", "files or directories to scan (with --staged: pathspecs)");
  addReportOptions(scan)
    .option("--no-gitignore", "also scan files that .gitignore excludes (.keyhoundignore still applies)")
    .option(
      "--max-file-size <bytes>",
      "skip files larger than this (default: stream files of any size)",
      parsePositiveInt,
    )
    .option("--staged", "scan what `git commit` would record (the index), not the work tree")
    .option(
      "--workers <n>",
      "worker threads (default: one per core, or none for a small scan; 0: scan in the main thread)",
      parseWorkerCount,
    )
    .option("--stats", "print files, bytes, throughput and time per phase to standard error")
    .addHelpText(
      "after",
      `
Exit codes: 0 nothing found, 1 findings (see --exit-code), 2 usage or runtime error.
Silence a reviewed line with a "keyhound:ignore" comment; skip paths with a .keyhoundignore file.

Examples:
  keyhound scan .
  keyhound scan src config/.env --severity high
  keyhound scan . --format sarif --output keyhound.sarif
  keyhound scan --staged                          before a commit (see "keyhound hook install")`,
    )
    .action((paths: string[], flags: ScanFlags) => scanCommand(paths, flags, context));

  registerGitCommand(program);
  registerHookCommand(program);

  program
    .command("detectors")
    .description("List the detector catalog, or check it.")
    .option("--json", "print the catalog as JSON")
    .option("--vendor <name>", "only detectors of this vendor (case-insensitive)")
    .option("--family <name>", "only detectors of this family (case-insensitive)")
    .addOption(new Option("--severity <level>", "only detectors of this severity").choices(SEVERITIES))
    .option("--check", "run the catalog self-check (examples, negatives, metadata, pattern speed)")
    .option("--counts", "print how many detectors there are per severity, family and vendor")
    .action(detectorsCommand);

  program
    .command("explain")
    .description("Show a detector's page: what the credential is, what a leak means, and the fix.")
    .argument("<id>", 'detector id, as printed in reports (e.g. "anthropic")')
    .option("--markdown", "print the page as Markdown")
    .action(explainCommand);

  program
    .command("docs")
    .description("Write the detector catalog as a static site: a searchable index, one page per detector.")
    .requiredOption("-o, --out <dir>", "directory to write the site into (created if missing)")
    .action(docsCommand);

  return program;
}

function parseWorkerCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256)
    throw new InvalidArgumentError(`"${value}" is not a worker count (0-256)`);
  return n;
}
