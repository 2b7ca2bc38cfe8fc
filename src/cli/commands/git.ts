import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { configuredBaseline, configuredBaseUrls } from "../../policy/config.js";
import { printable } from "../../report/printable.js";
import { scanGitHistory } from "../../scan/history.js";
import { type PushUpdate, parsePushUpdates } from "../../sources/git.js";
import {
  addConfigOptions,
  asConfigured,
  type ConfigFlags,
  configuredDetectorIds,
  loadCliConfig,
  withConfigDefaults,
} from "../config-options.js";
import {
  type ArchiveFlags,
  addArchiveOptions,
  addReportOptions,
  archiveLimits,
  decodeDepthOption,
  list,
  parsePositiveInt,
  type ReportFlags,
} from "../options.js";
import { ProgressLine } from "../progress.js";
import { assertWritable, writeReport } from "../report-output.js";
import { verifyAsFlagsSay } from "../verification.js";

interface GitFlags extends ReportFlags, ConfigFlags, ArchiveFlags {
  branch?: string[];
  all?: boolean;
  since?: string;
  range?: string;
  maxDepth?: number;
  prePush?: string | true;
  maxBlobSize?: number;
  allowMissing?: boolean;
  baseline?: string;
  /** Only from the configuration file's `maxFileSize`: the default of `--max-blob-size`. */
  maxFileSize?: number;
  maxDecodeDepth: number;
}

export function register(program: Command): void {
  addArchiveOptions(
    addConfigOptions(
      addReportOptions(
        program
          .command("git")
          .description(
            "Scan a repository's history: every blob reachable from any ref, once, reported with the commit that introduced it.",
          )
          .argument("[repo]", "a work tree or a bare repository (default: the current directory)"),
      ),
    ),
  )
    .option("--all", "scan every ref: branches, tags, remote-tracking branches, stash (the default)")
    .option("-b, --branch <names>", "scan only these branches or revisions (comma-separated)", list)
    .option("--since <rev>", "scan only commits not reachable from <rev> (what came after it)")
    .option("--range <a..b>", "scan only the commits of this range")
    .option("--max-depth <n>", "scan at most the <n> most recent commits", parsePositiveInt)
    .option(
      "--pre-push [remote]",
      "scan only what a push adds: the ref updates a pre-push hook reads on standard input",
    )
    .option(
      "--max-blob-size <bytes>",
      "skip blobs larger than this (default: stream any size)",
      parsePositiveInt,
    )
    .option(
      "--allow-missing",
      "count blobs the repository lacks (a partial clone) as not scanned instead of failing",
    )
    .option(
      "--baseline <file>",
      "report only secrets this baseline file does not list (see keyhound baseline)",
    )
    .addOption(decodeDepthOption())
    .addHelpText(
      "after",
      `
Each secret is reported once, at the commit that first introduced it, with how many commits
brought it in and at how many paths. "in history only" marks a secret that HEAD no longer
holds: an edit cannot remove it; revoke it, then purge it from history.
With --range, --since, --pre-push or --max-depth, a secret the changed files already held
before the first selected commit is not new and is not reported.
A missing or corrupt object is an error (see --allow-missing). Archives committed (zip, jar,
tar, tar.gz, bz2, xz...) are opened as by "keyhound scan": a secret in one is reported at
path/in/repo.zip!inner/.env; one that is damaged or breaks a --max-archive-* limit is counted
as not scanned.
Exit codes: 0 nothing found, 1 findings (see --exit-code), 2 usage or runtime error.

Examples:
  keyhound git                                  every commit on every ref
  keyhound git --branch main --since v1.2.0     what main gained since a release
  keyhound git --range origin/main..HEAD        the commits of a pull request
  keyhound git path/to/mirror.git --format sarif --output history.sarif`,
    )
    .action(gitCommand);
}

async function gitCommand(repo: string | undefined, given: GitFlags, command: Command): Promise<void> {
  const config = loadCliConfig(given, repo ?? ".");
  const flags = withConfigDefaults(given, command, config);
  checkCombination(flags);
  if (flags.output !== undefined) assertWritable(flags.output);
  const prePush = flags.prePush !== undefined ? await pushedUpdates(flags.prePush) : undefined;
  const progress = new ProgressLine("git", !flags.quiet);
  const scanned = await scanGitHistory({
    repo,
    branches: flags.branch,
    since: flags.since,
    range: flags.range,
    maxDepth: flags.maxDepth,
    ...prePush,
    catalog: config.scanCatalog,
    detectors: configuredDetectorIds(flags, config),
    exclude: flags.exclude,
    maxBlobSize: flags.maxBlobSize ?? flags.maxFileSize,
    allowMissing: flags.allowMissing,
    baseline: flags.baseline ?? configuredBaseline(config),
    lineAllowlist: config.allowlist.lines,
    maxDecodeDepth: flags.maxDecodeDepth,
    ...archiveLimits(flags),
    onProgress: progress.update,
  }).finally(() => progress.stop());
  const result = asConfigured(scanned, config, flags);
  for (const path of result.submodules) {
    process.stderr.write(
      `keyhound: submodule ${printable(path)} not scanned: its history is another repository (run keyhound git in it)\n`,
    );
  }
  const verified = await verifyAsFlagsSay(result, flags, {
    detectors: config.detectors,
    baseUrls: configuredBaseUrls(config),
  });
  await writeReport(verified, flags, config.detectors);
}

function checkCombination(flags: GitFlags) {
  const chosen = [
    flags.all && "--all",
    flags.branch && "--branch",
    flags.range && "--range",
    flags.prePush !== undefined && "--pre-push",
  ].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`${chosen.join(" and ")} choose commits differently: use one`);
  if (flags.since !== undefined && (flags.range || flags.prePush !== undefined)) {
    throw new UsageError("--since narrows --all or --branch; a range or a push already has its start");
  }
}

/**
 * The ref updates being pushed: from the pre-commit framework's environment when it runs the
 * hook, else from standard input, where git writes them for a pre-push hook.
 */
async function pushedUpdates(remote: string | true): Promise<{ pushes: PushUpdate[]; remote?: string }> {
  const { PRE_COMMIT_FROM_REF: from, PRE_COMMIT_TO_REF: to, PRE_COMMIT_REMOTE_NAME: name } = process.env;
  if (to) {
    const pushes = [{ localRef: to, localOid: to, remoteRef: "", remoteOid: from ?? "0" }];
    return { pushes, remote: name };
  }
  if (process.stdin.isTTY) {
    throw new UsageError(
      "--pre-push reads the pushed refs on standard input, as git gives them to a pre-push hook",
    );
  }
  let input = "";
  for await (const chunk of process.stdin) input += String(chunk);
  return { pushes: parsePushUpdates(input), remote: remote === true ? undefined : remote || undefined };
}
