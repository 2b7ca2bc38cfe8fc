import { dirname } from "node:path";
import type { Command } from "commander";
import { type HookChange, type HookKind, installHook, uninstallHook } from "../../hooks/hook.js";
import { printable } from "../../report/printable.js";

interface HookFlags {
  preCommit?: boolean;
  prePush?: boolean;
  command?: string;
}

export function register(program: Command): void {
  const hook = program
    .command("hook")
    .description("Install or remove the git hook that stops a commit (or a push) holding a secret.");
  hook
    .command("install")
    .description("Add keyhound to the repository's pre-commit hook (or pre-push with --pre-push).")
    .argument("[repo]", "a folder inside the work tree (default: the current directory)")
    .option("--pre-push", "install the pre-push hook, which scans the commits being pushed")
    .option(
      "--command <command>",
      "how the hook runs keyhound, e.g. \"npx keyhound\" (default: the project's node_modules/.bin/keyhound, else the PATH's)",
    )
    .addHelpText(
      "after",
      `
Without --command, install checks that the hook will find keyhound (in the project's
node_modules/.bin, else on the PATH) and refuses if not, rather than let every commit fail.
An existing hook keeps running after the scan; with husky, keyhound adds itself to
.husky/pre-commit. Bypass the hook deliberately with git commit --no-verify or KEYHOUND_SKIP=1.`,
    )
    .action(async (repo: string | undefined, flags: HookFlags) => {
      const change = await installHook({
        repo,
        kind: flags.prePush ? "pre-push" : "pre-commit",
        command: flags.command,
      });
      process.stdout.write(`${describeChange(change)}\n`);
    });
  hook
    .command("uninstall")
    .description(
      "Remove what hook install added (pre-commit and pre-push), and put back the hooks it replaced.",
    )
    .argument("[repo]", "a folder inside the work tree (default: the current directory)")
    .option("--pre-commit", "remove only the pre-commit hook")
    .option("--pre-push", "remove only the pre-push hook")
    .action(async (repo: string | undefined, flags: HookFlags) => {
      const chosen: HookKind[] = [];
      if (flags.preCommit) chosen.push("pre-commit");
      if (flags.prePush) chosen.push("pre-push");
      const changes: HookChange[] = [];
      for (const kind of chosen.length > 0 ? chosen : (["pre-commit", "pre-push"] as const)) {
        changes.push(await uninstallHook({ repo, kind }));
      }
      const done = changes.filter((change) => change.action !== "none");
      if (done.length > 0) {
        for (const change of done) process.stdout.write(`${describeChange(change)}\n`);
      } else if (changes.length === 1) {
        process.stdout.write(`${describeChange(changes[0] as HookChange)}\n`);
      } else {
        const folder = printable(dirname((changes[0] as HookChange).path));
        process.stdout.write(`keyhound: no keyhound hook in ${folder}, nothing to remove\n`);
      }
    });
}

function describeChange(change: HookChange): string {
  const path = printable(change.path);
  const previous = printable(change.previous ?? "");
  const runs = change.runs === undefined ? "" : `; it runs ${printable(change.runs)}`;
  switch (change.action) {
    case "created":
      return `keyhound: hook installed at ${path}${runs}`;
    case "chained":
      return `keyhound: hook installed at ${path}${runs}; the previous hook, kept as ${previous}, still runs after the scan`;
    case "added":
      return `keyhound: scan added to ${path}${runs}`;
    case "updated":
      return `keyhound: hook at ${path} updated${runs}`;
    case "removed":
      return `keyhound: hook removed from ${path}`;
    case "restored":
      return `keyhound: hook removed; the previous hook is back at ${path}`;
    case "none":
      return `keyhound: no keyhound hook at ${path}, nothing to remove`;
  }
}
