import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, delimiter, dirname, isAbsolute, join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { openRepository } from "../sources/git.js";
import { runGit } from "../sources/git-process.js";
import {
  BLOCK_END,
  BLOCK_START,
  type HookKind,
  hookBlock,
  OWNED_MARK,
  ownedHook,
  PREVIOUS_SUFFIX,
} from "./script.js";

export type { HookKind } from "./script.js";

export interface HookOptions {
  /** A folder inside the work tree (default "."). */
  readonly repo?: string;
  /** Which hook: `pre-commit` scans staged changes, `pre-push` the commits being pushed. */
  readonly kind?: HookKind;
  /** How the hook runs keyhound, e.g. `npx keyhound` (default: the project's, else the PATH's). */
  readonly command?: string;
}

export interface HookChange {
  /** The hook file written or removed. */
  readonly path: string;
  /**
   * created: a new hook file. chained: the existing hook was kept beside it (`previous`) and
   * still runs after the scan. added: a block was added to an existing hook file (husky's).
   * updated: keyhound's hook was rewritten. removed / restored: uninstalled, with the previous
   * hook put back for `restored`. none: nothing to do.
   */
  readonly action: "created" | "chained" | "added" | "updated" | "removed" | "restored" | "none";
  readonly previous?: string;
  /**
   * Installs only: how the hook runs keyhound, the `command` given, else the project's
   * `node_modules/.bin/keyhound`, else the path of the `keyhound` found on the PATH.
   */
  readonly runs?: string;
}

/**
 * Installs (or refreshes) keyhound's hook, keeping any hook already there working. Refuses
 * (UsageError) when no `command` is given and the hook would not find keyhound: neither the
 * project's nor one on the PATH.
 */
export async function installHook(options: HookOptions = {}): Promise<HookChange> {
  const kind = options.kind ?? "pre-commit";
  const { path, husky, workTree } = await hookFile(options.repo, kind);
  const runs = options.command ?? installedKeyhound(workTree);
  return { ...writeHook(path, husky, kind, options.command), runs };
}

function writeHook(path: string, husky: boolean, kind: HookKind, command: string | undefined): HookChange {
  const current = readIfPresent(path);
  if (current === undefined) {
    mkdirSync(dirname(path), { recursive: true });
    writeExecutable(path, ownedHook(kind, command));
    return { path, action: "created" };
  }
  if (current.includes(OWNED_MARK)) {
    writeFileSync(path, ownedHook(kind, command));
    return { path, action: "updated" };
  }
  const block = hookBlock(kind, command);
  const installed = findBlock(current);
  if (installed !== undefined) {
    // A function, so that "$" sequences of the shell text are not read as replacement patterns.
    writeFileSync(
      path,
      current.replace(installed, () => block),
    );
    return { path, action: "updated" };
  }
  // husky's hook files are the project's own, committed scripts: keyhound adds to them.
  if (husky) {
    writeFileSync(path, insertAfterPreamble(current, block));
    return { path, action: "added" };
  }
  const previous = `${path}${PREVIOUS_SUFFIX}`;
  if (existsSync(previous)) {
    throw new UsageError(`${previous} already exists: move it away, then install again`);
  }
  renameSync(path, previous);
  writeExecutable(path, ownedHook(kind, command));
  return { path, action: "chained", previous };
}

/** Removes what `installHook` added, and puts back the hook it had replaced. */
export async function uninstallHook(options: Omit<HookOptions, "command"> = {}): Promise<HookChange> {
  const kind = options.kind ?? "pre-commit";
  const { path } = await hookFile(options.repo, kind);
  const current = readIfPresent(path);
  if (current?.includes(OWNED_MARK)) {
    rmSync(path);
    const previous = `${path}${PREVIOUS_SUFFIX}`;
    if (!existsSync(previous)) return { path, action: "removed" };
    renameSync(previous, path);
    return { path, action: "restored", previous };
  }
  const installed = current === undefined ? undefined : findBlock(current);
  if (current === undefined || installed === undefined) return { path, action: "none" };
  writeFileSync(path, current.replace(installed, ""));
  return { path, action: "removed" };
}

/**
 * The file git runs for `kind`. Hooks live where `core.hooksPath` says (git's own folder by
 * default). husky points `core.hooksPath` at `.husky/_` (or `.husky` before version 9) and
 * runs the project's scripts in `.husky/`; keyhound adds itself to those.
 */
async function hookFile(
  repoPath: string | undefined,
  kind: HookKind,
): Promise<{ path: string; husky: boolean; workTree: string }> {
  const repo = await openRepository(repoPath);
  if (repo.bare) throw new UsageError(`${repoPath ?? "."} is a bare repository: nobody commits there`);
  const [hooksPath = "", workTree = repo.path] = (
    await runGit(repo.path, ["rev-parse", "--git-path", "hooks", "--show-toplevel"])
  )
    .toString()
    .split("\n");
  const hooks = resolve(repo.path, hooksPath);
  const huskyScripts =
    basename(hooks) === ".husky"
      ? hooks
      : basename(hooks) === "_" && basename(dirname(hooks)) === ".husky"
        ? dirname(hooks)
        : undefined;
  return huskyScripts !== undefined
    ? { path: join(huskyScripts, kind), husky: true, workTree }
    : { path: join(hooks, kind), husky: false, workTree };
}

/**
 * The keyhound the hook will find when git runs it at the top of `workTree`, looking where
 * its script does: the project's own install, else the PATH. Checked now, so that a missing
 * keyhound is said once, at install, instead of by every commit failing.
 */
function installedKeyhound(workTree: string): string {
  const projects = join("node_modules", ".bin", "keyhound");
  if (existsSync(join(workTree, projects))) return projects;
  const onPath = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => isAbsolute(dir))
    .map((dir) => join(dir, "keyhound"))
    .find(isExecutableFile);
  if (onPath !== undefined) return onPath;
  throw new UsageError(
    'keyhound is neither in node_modules/.bin nor on the PATH: install it (npm install --save-dev keyhound) or pass --command "npx keyhound"',
  );
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function findBlock(text: string): string | undefined {
  const start = text.indexOf(BLOCK_START);
  const end = text.indexOf(BLOCK_END, start);
  if (start === -1 || end === -1) return undefined;
  const after = text.indexOf("\n", end);
  return text.slice(start, after === -1 ? text.length : after + 1);
}

/** After the shebang and husky's own setup lines, so the scan runs before the project's commands. */
function insertAfterPreamble(text: string, block: string): string {
  const lines = text.split(/(?<=\n)/);
  let preamble = 0;
  while (preamble < lines.length && /^#!|husky\.sh/.test(lines[preamble] as string)) preamble++;
  const head = lines.slice(0, preamble).join("");
  return `${head}${head === "" || head.endsWith("\n") ? "" : "\n"}${block}${lines.slice(preamble).join("")}`;
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

function writeExecutable(path: string, text: string) {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}
