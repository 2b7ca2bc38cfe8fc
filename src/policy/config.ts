/**
 * The configuration file, `.keyhound.yaml` (or `.yml`, `.json`): found in the scan root or the
 * nearest parent up to the repository root, parsed, validated against `CONFIG_SCHEMA`, then
 * resolved against the catalog: custom detectors compiled, detector globs expanded, allowlist
 * entries compiled and sorted into active and expired. Every mistake is a `UsageError` naming
 * the file, the key path and what is allowed, so the CLI reports it in one line.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Ajv, ErrorObject } from "ajv";
import { catalog as builtInCatalog } from "../catalog/index.js";
import type { Confidence, Detector, Severity } from "../catalog/types.js";
import { UsageError } from "../errors.js";
import type { Finding } from "../findings/finding.js";
import type { ReportFormat } from "../report/index.js";
import {
  type Allowlist,
  type ApplyOptions,
  applyAllowlist,
  compileAllowlist,
  type RawAllowlist,
} from "./allowlist.js";
import { CONFIG_SCHEMA } from "./config-schema.js";
import { type CustomDetectorSpec, compileCustomDetector } from "./custom-detectors.js";
import { tooSlowPattern } from "./pattern-speed.js";

export const CONFIG_FILE_NAMES = [".keyhound.yaml", ".keyhound.yml", ".keyhound.json"] as const;

/** A configuration file as written (after validation). */
export interface KeyhoundConfig {
  readonly format?: ReportFormat;
  readonly severity?: Severity;
  readonly minConfidence?: Confidence;
  readonly exclude?: readonly string[];
  readonly gitignore?: boolean;
  readonly maxFileSize?: number;
  readonly exitCode?: number;
  readonly workers?: number;
  /** The `--max-archive-*` options of scan, git and image. */
  readonly maxArchiveDepth?: number;
  readonly maxArchiveRatio?: number;
  readonly maxArchiveBytes?: number;
  readonly maxArchiveEntries?: number;
  readonly verify?:
    | boolean
    | { readonly enabled?: boolean; readonly baseUrls?: Readonly<Record<string, string>> };
  /** Path of the baseline file (read by the baseline feature, relative to the config file). */
  readonly baseline?: string;
  readonly detectors?: {
    readonly enable?: readonly string[];
    readonly disable?: readonly string[];
    readonly severity?: Readonly<Record<string, Severity>>;
    readonly custom?: readonly CustomDetectorSpec[];
  };
  readonly allowlist?: RawAllowlist;
}

/** A configuration resolved against the catalog, ready to scan with. */
export interface LoadedConfig {
  /** The file it was read from; `undefined` when there is none (every setting at its default). */
  readonly path?: string;
  readonly settings: KeyhoundConfig;
  /**
   * Every detector as configured: the built-in catalog plus the custom ones, with severities
   * overridden. For selecting, explaining and reporting.
   */
  readonly detectors: readonly Detector[];
  /** The same detectors as scanned: built-in ones unchanged (so scan threads can load them), custom ones added. */
  readonly scanCatalog: readonly Detector[];
  /** Ids of the detectors `detectors.enable` selects (all when absent) minus `detectors.disable`. */
  readonly enabled: ReadonlySet<string>;
  readonly allowlist: Allowlist;
  /** One sentence per allowlist entry past its `expires` date, which no longer applies. */
  readonly expired: readonly string[];
}

export interface LoadConfigOptions {
  /** A file to read; without it, one is looked for from `from`. */
  readonly path?: string;
  /** Where to start looking (default: the working directory). */
  readonly from?: string;
  /** The date expiries are judged against (default: now). */
  readonly today?: Date;
  /** The built-in detectors (default: the catalog). */
  readonly catalog?: readonly Detector[];
  /** Look for a file when none is given (default true); false: every setting at its default. */
  readonly discover?: boolean;
}

/**
 * The configuration for a scan of `from`: the file given, or the first of `CONFIG_FILE_NAMES`
 * found in `from` or a parent up to the repository root (the directory holding `.git`). Outside
 * a repository only `from` itself is looked in, so a stray file in a home or temporary folder
 * does not apply to every scan below it.
 */
export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  const path = options.path ?? (options.discover === false ? undefined : findConfigFile(options.from ?? "."));
  const catalog = options.catalog ?? builtInCatalog;
  if (path === undefined) return resolveConfig({}, undefined, catalog, options.today ?? new Date());
  return resolveConfig(readConfigFile(path), path, catalog, options.today ?? new Date());
}

/**
 * The configuration file a scan of `from` (a directory or a file) uses, as `loadConfig` looks
 * for it; in each directory `.keyhound.yaml` comes before `.yml` and `.json`.
 */
export function findConfigFile(from: string): string | undefined {
  const start = resolve(from);
  const directories = [statSync(start, { throwIfNoEntry: false })?.isFile() ? dirname(start) : start];
  for (let directory = directories[0] as string; ; ) {
    if (existsSync(join(directory, ".git"))) break;
    const parent = dirname(directory);
    if (parent === directory) {
      directories.length = 1;
      break;
    }
    directory = parent;
    directories.push(directory);
  }
  for (const directory of directories) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(directory, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Reads, parses and validates one file; the object it holds, checked against the schema. */
export function readConfigFile(path: string): KeyhoundConfig {
  const shown = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${shown}: cannot read the configuration file (${code === "ENOENT" ? "no such file" : (code ?? String(error))})`,
    );
  }
  const value = parseConfigText(text, shown, path.endsWith(".json"));
  const validate = validator();
  if (!validate(value)) throw new UsageError(`${shown}: ${describeSchemaError(validate.errors ?? [])}`);
  return value as KeyhoundConfig;
}

function parseConfigText(text: string, shown: string, json: boolean): unknown {
  if (json) {
    try {
      return JSON.parse(text) ?? {};
    } catch (error) {
      throw new UsageError(`${shown}: not valid JSON (${(error as Error).message})`);
    }
  }
  const { parseDocument } = loadOnFirstUse("yaml") as typeof import("yaml");
  const document = parseDocument(text, { uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const line = problem.linePos?.[0].line;
    const message = (problem.message.split("\n")[0] as string).replace(/ at line \d+, column \d+:?$/, "");
    throw new UsageError(`${shown}${line ? `:${line}` : ""}: not valid YAML (${message})`);
  }
  return document.toJS() ?? {};
}

/**
 * The YAML parser and the schema validator are loaded when a configuration file is read, not
 * with the CLI: most runs have none, and the two cost about 40 ms to load (a pre-commit hook
 * runs on every commit).
 */
const loadOnFirstUse = createRequire(import.meta.url);

let compiledValidator: ReturnType<Ajv["compile"]> | undefined;

function validator() {
  if (compiledValidator) return compiledValidator;
  const { Ajv: Validator } = loadOnFirstUse("ajv") as typeof import("ajv");
  const addFormats = loadOnFirstUse("ajv-formats") as typeof import("ajv-formats");
  const ajv = new Validator({ allErrors: true, verbose: true, strict: false });
  addFormats.default(ajv, ["date", "uri"]);
  compiledValidator = ajv.compile(CONFIG_SCHEMA);
  return compiledValidator;
}

/** `/allowlist/secrets/0/hash` as a user writes it: `allowlist.secrets[0].hash`. */
function keyPath(pointer: string, extra?: string): string {
  const parts = pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (extra !== undefined) parts.push(extra);
  let path = "";
  for (const part of parts) path += /^\d+$/.test(part) ? `[${part}]` : path === "" ? part : `.${part}`;
  return path || "(top level)";
}

/**
 * The one error worth showing: the deepest (an entry that may be a string or an object fails
 * both ways; the object's own complaint is the useful one), preferring a specific complaint to
 * a type mismatch.
 */
function describeSchemaError(errors: readonly ErrorObject[]): string {
  const depth = (e: ErrorObject) =>
    e.instancePath.split("/").length + (e.keyword === "additionalProperties" ? 1 : 0);
  const weight = (e: ErrorObject) => (e.keyword === "anyOf" ? 0 : e.keyword === "type" ? 1 : 2);
  const best = [...errors].sort((a, b) => depth(b) - depth(a) || weight(b) - weight(a))[0];
  if (best === undefined) return "invalid configuration";
  const schema = best.parentSchema as { description?: string; properties?: object } | undefined;
  switch (best.keyword) {
    case "additionalProperties": {
      const key = (best.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(schema?.properties ?? {});
      return `${keyPath(best.instancePath, key)}: unknown key; allowed here: ${allowed.join(", ")}`;
    }
    case "required":
      return `${keyPath(best.instancePath, (best.params as { missingProperty: string }).missingProperty)}: missing; required here: ${((best.schema as string[]) ?? []).join(", ")}`;
    case "enum":
      return `${keyPath(best.instancePath)}: must be one of ${(best.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`;
    case "type": {
      const anyOf = errors.find((e) => e.keyword === "anyOf" && e.instancePath === best.instancePath);
      const expected = anyOf
        ? "a string or a mapping"
        : typeName(String((best.params as { type: string }).type));
      return `${keyPath(best.instancePath)}: must be ${expected}${schema?.description ? ` (${schema.description})` : ""}`;
    }
    default:
      return `${keyPath(best.instancePath)}: ${schema?.description ? `must be ${schema.description}` : best.message}`;
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  integer: "a whole number",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  array: "a list",
  object: "a mapping (key: value)",
  "boolean,object": "true, false or a mapping",
};

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/**
 * The speed check every custom pattern passes when the configuration is loaded: 8 KB lines,
 * about a window's reach, catch exponential backtracking at any length; `keyhound detectors
 * --check` also tries the self-check's 256 KB lines.
 */
const CONFIG_PATTERN_SPEED = { lineBytes: 8 * 1024, timeoutMs: 2000 };

function resolveConfig(
  settings: KeyhoundConfig,
  path: string | undefined,
  catalog: readonly Detector[],
  today: Date,
): LoadedConfig {
  const shown = path === undefined ? "configuration" : displayPath(path);
  const fail = (key: string, problem: string): never => {
    throw new UsageError(`${shown}: ${key}: ${problem}`);
  };
  const builtInIds = new Set(catalog.map((d) => d.id));
  const custom = (settings.detectors?.custom ?? []).map((spec, index) => {
    const key = `detectors.custom[${index}]`;
    if (builtInIds.has(spec.id))
      fail(`${key}.id`, `"${spec.id}" is a built-in detector's id; choose another`);
    return compileCustomDetector(spec, (field, problem) => fail(`${key}.${field}`, problem));
  });
  const seen = new Set<string>();
  custom.forEach((d, index) => {
    if (seen.has(d.id))
      fail(`detectors.custom[${index}].id`, `"${d.id}" is used by an earlier custom detector`);
    seen.add(d.id);
  });
  const slow = tooSlowPattern(custom, CONFIG_PATTERN_SPEED);
  if (slow !== undefined)
    fail(
      `detectors.custom[${custom.indexOf(slow)}].pattern`,
      `too slow: over ${CONFIG_PATTERN_SPEED.timeoutMs / 1000} s on an 8 KB hostile line or its own examples (catastrophic backtracking, as in a nested repetition such as (a+)+); make the repeated parts match distinct text`,
    );
  const scanCatalog = [...catalog, ...custom];
  const ids = scanCatalog.map((d) => d.id);
  const expand = (key: string, patterns: readonly string[]) =>
    patterns.flatMap((pattern, index) => {
      const matched = ids.filter(globMatcher(pattern));
      if (matched.length === 0)
        fail(
          `${key}[${index}]`,
          `"${pattern}" names no detector (ids and globs such as "aws-*"; see keyhound detectors)`,
        );
      return matched;
    });

  const severity = settings.detectors?.severity ?? {};
  for (const id of Object.keys(severity)) {
    if (!ids.includes(id)) fail(`detectors.severity.${id}`, `no detector has the id "${id}"`);
  }
  const enable = settings.detectors?.enable;
  const enabled = new Set(enable ? expand("detectors.enable", enable) : ids);
  for (const id of expand("detectors.disable", settings.detectors?.disable ?? [])) enabled.delete(id);

  const { allowlist, expired } = compileAllowlist(settings.allowlist ?? {}, {
    today,
    detectorIds: (key, patterns) => expand(key, patterns),
    fail,
  });
  const detectors = scanCatalog.map((d) => {
    const level = severity[d.id];
    return level === undefined || level === d.severity ? d : { ...d, severity: level };
  });
  return { path, settings, detectors, scanCatalog, enabled, allowlist, expired };
}

/**
 * The policy step between a scan and its report: findings take the severity the configuration
 * gives their detector, and those the allowlist accepts are dropped.
 */
export function applyConfig<T extends { readonly findings: readonly Finding[] }>(
  result: T,
  config: LoadedConfig,
  options: ApplyOptions = {},
): T {
  const overrides = config.settings.detectors?.severity ?? {};
  const ownExample = examplesOfCustomDetectors(config);
  const findings = result.findings.flatMap((finding) => {
    if (ownExample(finding)) return [];
    const severity = overrides[finding.detectorId];
    return severity === undefined || severity === finding.severity ? [finding] : [{ ...finding, severity }];
  });
  return applyAllowlist({ ...result, findings }, config.allowlist, options);
}

/**
 * True for a custom detector's finding of one of its own examples in a configuration file: the
 * file must hold them, and reporting them would only teach a team to allowlist the file.
 */
function examplesOfCustomDetectors(config: LoadedConfig): (finding: Finding) => boolean {
  const examples = new Map((config.settings.detectors?.custom ?? []).map((spec) => [spec.id, spec.examples]));
  if (examples.size === 0) return () => false;
  const names: readonly string[] = CONFIG_FILE_NAMES;
  return (finding) =>
    names.includes(basename(finding.path)) &&
    examples.get(finding.detectorId)?.some((example) => example.includes(finding.secret)) === true;
}

/** A detector id pattern: `*` any run of characters, `?` one; anything else literal. */
export function globMatcher(pattern: string): (id: string) => boolean {
  if (!/[*?]/.test(pattern)) return (id) => id === pattern;
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  const regex = new RegExp(`^${source}$`);
  return (id) => regex.test(id);
}

function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === "" || shown.startsWith("..") ? path : shown;
}

/** The baseline file the configuration names, resolved against the configuration file's folder. */
export function configuredBaseline(config: LoadedConfig): string | undefined {
  const { baseline } = config.settings;
  if (baseline === undefined) return undefined;
  return config.path === undefined ? baseline : resolve(dirname(config.path), baseline);
}

/** The per-detector verification base URLs the configuration sets (`verify.baseUrls`). */
export function configuredBaseUrls(config: LoadedConfig): Readonly<Record<string, string>> | undefined {
  const { verify } = config.settings;
  return typeof verify === "object" ? verify.baseUrls : undefined;
}
