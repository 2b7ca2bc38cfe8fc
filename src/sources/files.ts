import { type Dirent, promises as fs, readdirSync, type Stats, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import {
  dependencyTreeByName,
  directoryIgnoreLayers,
  type IgnoreLayer,
  ignoreFileNames,
  isIgnored,
  isVirtualenv,
  rootIgnoreLayers,
  withinDependencyTree,
} from "../policy/path-ignore.js";

export interface WalkOptions {
  /** Honour `.gitignore` files (and `.git/info/exclude`). `.keyhoundignore` always applies. */
  readonly gitignore?: boolean;
  /** Extra ignore patterns in .gitignore syntax, relative to each root. */
  readonly exclude?: readonly string[];
  /** Also walk installed dependencies (`node_modules`, virtualenvs...) below the roots. */
  readonly includeDeps?: boolean;
  /** Told of each dependency tree not walked: its display path and kind (`node_modules`...). */
  readonly onDependencyTree?: (path: string, kind: string) => void;
}

export interface WalkedFile {
  /** Absolute path, for reading. */
  readonly absolute: string;
  /** Path shown in reports: relative to the working directory when inside it. */
  readonly display: string;
  readonly size: number;
}

/** Files whose extension says they are media, archives or compiled code: never read. */
const BINARY_EXTENSIONS = new Set(
  (
    "png jpg jpeg gif bmp ico webp tif tiff psd svgz heic avif mp3 mp4 m4a wav ogg flac avi mov mkv webm " +
    "woff woff2 ttf otf eot pdf zip gz tgz bz2 xz zst 7z rar jar war ear class dex so dylib dll exe o a lib " +
    "obj pyc pyo wasm node bin dat db sqlite sqlite3 iso dmg img deb rpm"
  ).split(" "),
);

/**
 * Every file under `paths`, depth first in name order. Directories named on the command line
 * are walked honouring ignore files found on the way; files named explicitly are always
 * scanned. Symbolic links are not followed, so link loops cannot trap the walk.
 */
export async function* walkFiles(
  paths: readonly string[],
  options: WalkOptions = {},
): AsyncGenerator<WalkedFile> {
  const cwd = process.cwd();
  for (const path of paths) {
    const absolute = resolve(path);
    const stat = await fs.lstat(absolute).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        `cannot read ${path}: ${error.code === "ENOENT" ? "no such file or directory" : error.message}`,
      );
    });
    if (stat.isFile()) {
      yield { absolute, display: displayPath(cwd, absolute), size: stat.size };
    } else if (stat.isDirectory()) {
      const includeDeps = options.includeDeps === true || withinDependencyTree(absolute);
      yield* walkDirectory(
        absolute,
        await rootIgnoreLayers(absolute, options),
        { ...options, includeDeps },
        cwd,
      );
    }
  }
}

/**
 * One generator with an explicit stack rather than a generator per directory: with nested
 * generators every file passed through one async hop per directory level. File system calls
 * are synchronous, as in `read.ts`: the promise versions cost a thread-pool round trip each.
 */
async function* walkDirectory(
  root: string,
  rootLayers: readonly IgnoreLayer[],
  options: WalkOptions,
  cwd: string,
): AsyncGenerator<WalkedFile> {
  const ignoreFiles = ignoreFileNames(options.gitignore !== false);
  interface Level {
    readonly directory: string;
    /** What the display path of an entry starts with: "" (the working directory) or "dir/". */
    readonly prefix: string;
    readonly layers: readonly IgnoreLayer[];
    readonly entries: Dirent[];
    next: number;
  }
  const open = (directory: string, prefix: string, inherited: readonly IgnoreLayer[]): Level => {
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      entries = []; // An unreadable directory is skipped, as git and the peers do.
    }
    const layers = directoryIgnoreLayers(directory, entries, ignoreFiles, inherited);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { directory, prefix, layers, entries, next: 0 };
  };
  // Display paths are built by appending names, not by `path.relative` per file (a profile
  // hot spot on a tree of 14,000 files).
  const rootDisplay = root === cwd ? "" : displayPath(cwd, root);
  const rootPrefix = rootDisplay === "" || rootDisplay.endsWith("/") ? rootDisplay : `${rootDisplay}/`;
  const stack: Level[] = [open(root, rootPrefix, rootLayers)];
  while (stack.length > 0) {
    const level = stack[stack.length - 1] as Level;
    const entry = level.entries[level.next++];
    if (entry === undefined) {
      stack.pop();
      continue;
    }
    if (entry.name === ".git") continue;
    const absolute = childPath(level.directory, entry.name);
    const isDirectory = entry.isDirectory();
    if (!isDirectory && !entry.isFile()) continue;
    if (isIgnored(level.layers, absolute, isDirectory)) continue;
    const display = level.prefix + entry.name;
    if (isDirectory) {
      // Checked below the roots only: a root inside a dependency tree (one the user named) was
      // given `includeDeps` by `walkFiles`, and is scanned whole.
      const byName = options.includeDeps ? undefined : dependencyTreeByName(entry.name, level.directory);
      if (byName !== undefined) {
        options.onDependencyTree?.(display, byName);
        continue;
      }
      const child = open(absolute, `${display}/`, level.layers);
      if (!options.includeDeps && isVirtualenv(child.entries)) {
        options.onDependencyTree?.(display, "virtualenv");
        continue;
      }
      stack.push(child);
    } else if (!hasBinaryExtension(entry.name)) {
      const stat = statOrUndefined(absolute);
      if (stat) yield { absolute, display, size: stat.size };
    }
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * A directory entry's path: the walk's directories are absolute and normalized and entry names
 * hold no separator, so appending is enough (`path.join` per file, which normalizes, was a
 * tenth of the walk on the benchmark corpus).
 */
function childPath(directory: string, name: string): string {
  return directory.endsWith(sep) ? directory + name : directory + sep + name;
}

/** Media, archives and compiled code, told by their name: never worth reading for secrets. */
export function hasBinaryExtension(path: string): boolean {
  return BINARY_EXTENSIONS.has(extensionOf(path));
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  const display = rel.startsWith("..") || rel === "" ? absolute : rel;
  return sep === "/" ? display : display.split(sep).join("/");
}
