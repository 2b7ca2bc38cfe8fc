import type { Command } from "commander";
import { type HookChange, installHook, uninstallHook } from "../../hooks/hook.js";

interface HookFlags {
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
      "how the hook runs keyhound, e.g. \"npx keyhound\" (default: the project's own, else the PATH's)",
    )
    .addHelpText(
      "after",
      `
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
    .description("Remove what hook install added, and put back the hook it replaced.")
    .argument("[repo]", "a folder inside the work tree (default: the current directory)")
    .option("--pre-push", "remove the pre-push hook")
    .action(async (repo: string | undefined, flags: HookFlags) => {
      const change = await uninstallHook({ repo, kind: flags.prePush ? "pre-push" : "pre-commit" });
      process.stdout.write(`${describeChange(change)}\n`);
    });
}

function describeChange({ path, action, previous }: HookChange): string {
  switch (action) {
    case "created":
      return `keyhound: hook installed at ${path}`;
    case "chained":
      return `keyhound: hook installed at ${path}; the previous hook, kept as ${previous}, still runs after the scan`;
    case "added":
      return `keyhound: scan added to ${path}`;
    case "updated":
      return `keyhound: hook at ${path} updated`;
    case "removed":
      return `keyhound: hook removed from ${path}`;
    case "restored":
      return `keyhound: hook removed; the previous hook is back at ${path}`;
    case "none":
      return `keyhound: no keyhound hook at ${path}, nothing to remove`;
  }
}
