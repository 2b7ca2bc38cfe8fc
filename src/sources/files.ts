import {
  closeSync,
  type Dirent,
  fstatSync,
  lstatSync,
  opendirSync,
  openSync,
  readdirSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { relative, resolve, sep } from "node:path";
import { isatty } from "node:tty";
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
import type { SkipReason } from "../scan/chunk-scanner.js";

export interface WalkOptions {
  /** Honour `.gitignore` files (and `.git/info/exclude`). `.keyhoundignore` always applies. */
  readonly gitignore?: boolean;
  /** Extra ignore patterns in .gitignore syntax, relative to each root. */
  readonly exclude?: readonly string[];
  /** Told of each path the walk leaves out, and why (a directory left out counts once). */
  readonly onSkip?: (reason: SkipReason, display: string) => void;
  /** Also walk installed dependencies (`node_modules`, virtualenvs...) below the roots. */
  readonly includeDeps?: boolean;
  /** Told of each dependency tree not walked: its display path and kind (`node_modules`...). */
  readonly onDependencyTree?: (path: string, kind: string) => void;
  /** Archives are opened: files named like zip, jar or gz files are walked, not skipped as binary. */
  readonly openArchives?: boolean;
}

export interface WalkedFile {
  /** Absolute path, for reading. */
  readonly absolute: string;
  /** Path shown in reports: relative to the working directory when inside it. */
  readonly display: string;
  readonly size: number;
  /**
   * The path inside the root it was found under, when that root was named outside the working
   * directory (`display` is then absolute or `../`): what fixture paths are judged on.
   */
  readonly inside?: string;
}

/**
 * A path named on the command line, checked: a file or directory (`absolute` is its real path,
 * links resolved, so that what two roots share is recognised), or a stream read once from start
 * to end (`-` for standard input, a FIFO, a process substitution's `/dev/fd/N`).
 */
export type Root =
  | { readonly kind: "file"; readonly absolute: string; readonly display: string; readonly size: number }
  | { readonly kind: "directory"; readonly absolute: string; readonly display: string }
  | { readonly kind: "stream"; readonly absolute: string; readonly display: string };

/** The path that names standard input. */
export const STDIN = "-";

/**
 * Checks the paths named on the command line before anything is scanned. Links among them are
 * followed (the user named them); one that cannot be scanned is a usage error naming it and
 * why. A path named twice, or by two names (a link and its target), is kept once.
 */
export function resolveRoots(
  paths: readonly string[],
  options: {
    readonly stdinName?: string;
    /** `-` reads a stream the caller gives, not the process's standard input. */
    readonly stdin?: unknown;
  } = {},
): Root[] {
  const cwd = process.cwd();
  const roots: Root[] = [];
  const identities = new Set<string>();
  for (const path of paths) {
    const { root, identity } =
      path !== STDIN
        ? checkedRoot(path, cwd)
        : options.stdin !== undefined
          ? { root: givenStdin(options.stdinName), identity: STDIN }
          : stdinRoot(options.stdinName);
    if (identities.has(identity)) continue;
    identities.add(identity);
    roots.push(root);
  }
  return roots;
}

function givenStdin(name = "<stdin>"): Root {
  return { kind: "stream", absolute: STDIN, display: name };
}

/** The process's standard input; identified by its file so that `/dev/stdin` beside it is one path. */
function stdinRoot(name?: string): { root: Root; identity: string } {
  if (isatty(0)) {
    throw new UsageError(`"${STDIN}" scans standard input, which is a terminal: pipe or redirect the input`);
  }
  const stat = fileSystem(STDIN, () => fstatSync(0), "standard input");
  return { root: givenStdin(name), identity: `${stat.dev}:${stat.ino}` };
}

function checkedRoot(path: string, cwd: string): { root: Root; identity: string } {
  const resolved = resolve(path);
  const stat = fileSystem(path, () => statSync(resolved));
  const display = resolved === cwd ? "" : displayPath(cwd, resolved);
  const identity = `${stat.dev}:${stat.ino}`;
  if (stat.isFIFO()) return { root: { kind: "stream", absolute: resolved, display }, identity };
  if (!stat.isFile() && !stat.isDirectory()) {
    throw new UsageError(
      `cannot scan ${path}: a special file (${specialKind(stat)}), not a file or directory`,
    );
  }
  const absolute = fileSystem(path, () => realpathSync(resolved));
  if (stat.isDirectory()) {
    fileSystem(path, () => opendirSync(absolute).closeSync());
    return { root: { kind: "directory", absolute, display }, identity };
  }
  fileSystem(path, () => closeSync(openSync(absolute, "r")));
  return { root: { kind: "file", absolute, display, size: stat.size }, identity };
}

function specialKind(stat: Stats): string {
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  return "unknown type";
}

/** Runs a file system call on a named path, turning its failure into a one-line usage error. */
function fileSystem<T>(path: string, call: () => T, name = path): T {
  try {
    return call();
  } catch (error) {
    throw new UsageError(`cannot read ${name}: ${describeFileError(error, path)}`);
  }
}

function describeFileError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") {
    const link = lstatSync(path, { throwIfNoEntry: false });
    return link?.isSymbolicLink() ? "a broken symbolic link" : "no such file or directory";
  }
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "a symbolic link loop";
  if (code === "ENOTDIR") return "not a directory";
  if (code === "EBADF") return "not open";
  return code ?? String(error);
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
 * Every file of the file and directory `roots` (streams are the caller's), depth first in name
 * order. Directories are walked honouring ignore files found on the way; files named explicitly
 * are always scanned. Symbolic links met by the walk are not followed (link loops cannot trap it,
 * and a link is not content); they and every other path left out are told to `onSkip`. Where
 * roots overlap (`dir dir/sub`), each file is yielded once, under the first root's name.
 */
export async function* walkFiles(
  roots: readonly Root[],
  options: WalkOptions = {},
): AsyncGenerator<WalkedFile> {
  const seen = overlapping(roots) ? new Set<string>() : undefined;
  for (const root of roots) {
    if (root.kind === "file") {
      if (seen?.has(root.absolute)) continue;
      seen?.add(root.absolute);
      yield { absolute: root.absolute, display: root.display, size: root.size };
    } else if (root.kind === "directory") {
      // A root inside a dependency tree (one the user named) is scanned whole.
      const includeDeps = options.includeDeps === true || withinDependencyTree(root.absolute);
      yield* walkDirectory(
        root,
        await rootIgnoreLayers(root.absolute, options),
        { ...options, includeDeps },
        seen,
      );
    }
  }
}

/** Whether a root lies inside (or is) another directory root, so that walks would meet files twice. */
function overlapping(roots: readonly Root[]): boolean {
  const directories = roots.filter((root) => root.kind === "directory").map((root) => root.absolute);
  return roots.some(
    (root) =>
      root.kind !== "stream" &&
      directories.some(
        (directory) => directory !== root.absolute && root.absolute.startsWith(childPath(directory, "")),
      ),
  );
}

/**
 * One generator with an explicit stack rather than a generator per directory: with nested
 * generators every file passed through one async hop per directory level. File system calls
 * are synchronous, as in `read.ts`: the promise versions cost a thread-pool round trip each.
 */
async function* walkDirectory(
  root: Root,
  rootLayers: readonly IgnoreLayer[],
  options: WalkOptions,
  seen: Set<string> | undefined,
): AsyncGenerator<WalkedFile> {
  const ignoreFiles = ignoreFileNames(options.gitignore !== false);
  const skip = options.onSkip ?? (() => {});
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
    } catch (error) {
      // Not scanned, and said so; a directory that vanished meanwhile holds nothing to scan.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") skip("unreadable", prefix);
      entries = [];
    }
    const layers = directoryIgnoreLayers(directory, entries, ignoreFiles, inherited);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { directory, prefix, layers, entries, next: 0 };
  };
  // Display paths are built by appending names, not by `path.relative` per file (a profile
  // hot spot on a tree of 14,000 files).
  const rootPrefix = root.display === "" || root.display.endsWith("/") ? root.display : `${root.display}/`;
  // A root inside this one (`dir/sub dir`) is not walked again.
  seen?.add(root.absolute);
  const stack: Level[] = [open(root.absolute, rootPrefix, rootLayers)];
  while (stack.length > 0) {
    const level = stack[stack.length - 1] as Level;
    const entry = level.entries[level.next++];
    if (entry === undefined) {
      stack.pop();
      continue;
    }
    if (entry.name === ".git") continue;
    const absolute = childPath(level.directory, entry.name);
    if (seen?.has(absolute)) continue;
    const isDirectory = entry.isDirectory();
    const display = level.prefix + entry.name;
    if (isIgnored(level.layers, absolute, isDirectory)) {
      skip("excluded", isDirectory ? `${display}/` : display);
      continue;
    }
    // What a root shares with another is met once; what the ignore files left out is not
    // marked, so that a root naming it explicitly still scans it.
    seen?.add(absolute);
    if (isDirectory) {
      // Checked below the roots only: `walkFiles` gave a root inside a dependency tree
      // `includeDeps`, so that it is scanned whole.
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
    } else if (entry.isSymbolicLink()) {
      skip("symlink", display);
    } else if (!entry.isFile()) {
      skip("special file", display);
    } else if (hasBinaryExtension(entry.name) && !(options.openArchives && hasArchiveExtension(entry.name))) {
      skip("binary", display);
    } else {
      const stat = statOrError(absolute);
      if (stat instanceof Error) skip(stat.code === "ENOENT" ? "missing" : "unreadable", display);
      else yield { absolute, display, size: stat.size };
    }
  }
}

function statOrError(path: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(path);
  } catch (error) {
    return error as NodeJS.ErrnoException;
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

/** Archives that keyhound can open, among the binary extensions (others are told by their signature). */
const ARCHIVE_EXTENSIONS = new Set(["zip", "gz", "tgz", "bz2", "xz", "jar", "war", "ear"]);

export function hasArchiveExtension(path: string): boolean {
  return ARCHIVE_EXTENSIONS.has(extensionOf(path));
}

/**
 * Text files whose names end in a binary extension: Oxidized's router.db is a CSV of device
 * credentials. The content check still turns away a binary one.
 */
const TEXT_FILE_NAMES = new Set(["router.db"]);

/** Media, archives and compiled code, told by their name: never worth reading for secrets. */
export function hasBinaryExtension(path: string): boolean {
  return (
    BINARY_EXTENSIONS.has(extensionOf(path)) && !TEXT_FILE_NAMES.has(path.slice(path.lastIndexOf("/") + 1))
  );
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
