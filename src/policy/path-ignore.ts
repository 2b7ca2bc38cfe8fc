/**
 * What decides that a path is ignored: the user's `--exclude` patterns, `.git/info/exclude`,
 * the `.gitignore` and `.keyhoundignore` files of the directories walked, and the
 * `.keyhoundignore` committed with a repository, all in .gitignore syntax. The walk itself is in
 * `sources/files.ts`; reading a committed file is in `sources/git.ts`.
 */
import { type Dirent, existsSync, promises as fs, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";

/** Patterns that apply below `base`, the directory they are relative to. */
export interface IgnoreLayer {
  readonly base: string;
  readonly matcher: Ignore;
}

/** The ignore files read in each directory walked: `.gitignore` only while it is honoured. */
export function ignoreFileNames(gitignore: boolean): readonly string[] {
  return gitignore ? [".gitignore", ".keyhoundignore"] : [".keyhoundignore"];
}

/**
 * The layers that apply to everything under a root given on the command line: the `exclude`
 * patterns, and the `.git/info/exclude` of the repository the root lies in (at its top or below)
 * when `.gitignore` files are honoured.
 */
export async function rootIgnoreLayers(
  root: string,
  options: { readonly gitignore?: boolean; readonly exclude?: readonly string[] },
): Promise<IgnoreLayer[]> {
  const layers: IgnoreLayer[] = [];
  if (options.exclude && options.exclude.length > 0) {
    layers.push({ base: root, matcher: ignore().add([...options.exclude]) });
  }
  if (options.gitignore !== false) {
    const repository = repositoryOf(root);
    const exclude = repository && (await readIgnoreFile(join(repository.commonDir, "info", "exclude")));
    if (repository && exclude) layers.push({ base: repository.top, matcher: ignore().add(exclude) });
  }
  return layers;
}

/**
 * The repository `root` lies in: its top folder, and the git directory that holds `info/exclude`.
 * A linked worktree's or a submodule's `.git` is a file naming its git directory, and a
 * worktree's git directory names the main one (`commondir`), whose exclude file applies.
 */
function repositoryOf(root: string): { top: string; commonDir: string } | undefined {
  for (let top = root; ; top = dirname(top)) {
    const gitDir = gitDirectoryAt(join(top, ".git"));
    if (gitDir !== undefined) {
      const common = readIgnoreFileSync(join(gitDir, "commondir"))?.trim();
      return { top, commonDir: common ? resolve(gitDir, common) : gitDir };
    }
    if (dirname(top) === top) return undefined;
  }
}

function gitDirectoryAt(dotGit: string): string | undefined {
  try {
    const stat = statSync(dotGit);
    if (stat.isDirectory()) return dotGit;
    const named = stat.isFile() ? /^gitdir:[ \t]*(.+)$/m.exec(readFileSync(dotGit, "utf8")) : null;
    return named ? resolve(dirname(dotGit), (named[1] as string).trim()) : undefined;
  } catch {
    return undefined;
  }
}

/** The layers that apply in `directory`: those inherited, plus its own ignore files. */
export function directoryIgnoreLayers(
  directory: string,
  entries: readonly Dirent[],
  ignoreFiles: readonly string[],
  inherited: readonly IgnoreLayer[],
): IgnoreLayer[] {
  const layers = [...inherited];
  // Only ignore files the listing shows are read: trying every directory cost a thrown
  // ENOENT each, a tenth of the walk.
  for (const name of ignoreFiles) {
    if (!entries.some((entry) => entry.name === name)) continue;
    const content = readIgnoreFileSync(join(directory, name));
    if (content) layers.push({ base: directory, matcher: ignore().add(content) });
  }
  return layers;
}

export function isIgnored(layers: readonly IgnoreLayer[], absolute: string, isDirectory: boolean): boolean {
  for (const { base, matcher } of layers) {
    // Every layer's base is a directory the walk came through, so `absolute` starts with it.
    let path = absolute.slice(base.endsWith(sep) ? base.length : base.length + 1);
    if (sep !== "/") path = path.split(sep).join("/");
    if (isDirectory) path += "/";
    if (matcher.ignores(path)) return true;
  }
  return false;
}

/**
 * Installed third-party code, skipped by default (`--include-deps` scans it): a project without
 * a `.gitignore` (a fresh `npm init`, a downloaded tarball) otherwise had its whole
 * `node_modules` read, its secrets being the packages' authors' test fixtures, not the user's.
 * Build output (`dist/`, bundles) is the project's own and stays scanned.
 */
export function dependencyTreeByName(name: string, parentDirectory: string): string | undefined {
  if (name === "node_modules" || name === "site-packages") return name;
  if (name === "bundle" && basename(parentDirectory) === "vendor") return "vendor/bundle";
  return undefined;
}

/** A Python virtualenv, told by the `pyvenv.cfg` every `venv` and `virtualenv` writes at its top. */
export function isVirtualenv(entries: readonly Dirent[]): boolean {
  return entries.some((entry) => entry.name === "pyvenv.cfg" && entry.isFile());
}

/**
 * Whether directory `absolute` is, or is inside, a dependency tree: one the user named on the
 * command line (`keyhound scan node_modules/foo`, `keyhound scan .venv/lib`), so scanned whole.
 */
export function withinDependencyTree(absolute: string): boolean {
  for (let directory = absolute; ; directory = dirname(directory)) {
    if (dependencyTreeByName(basename(directory), dirname(directory)) !== undefined) return true;
    if (existsSync(join(directory, "pyvenv.cfg"))) return true;
    if (dirname(directory) === directory) return false;
  }
}

/**
 * A predicate for the repository-relative paths git lists (history, the index): true for those
 * `patterns` exclude. A path the matcher cannot judge (`ignore` throws on absolute paths and
 * `..`) is never excluded.
 */
export function excludedBy(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const matcher = ignore().add([...patterns]);
  return (path) => ignore.isPathValid(path) && matcher.ignores(path);
}

function readIgnoreFileSync(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

async function readIgnoreFile(path: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path, "utf8");
  } catch {
    return undefined;
  }
}
