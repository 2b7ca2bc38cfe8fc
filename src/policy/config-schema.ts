/**
 * The JSON Schema of `.keyhound.yaml`, shipped with the package: `keyhound config schema` prints
 * it for editors, and `loadConfig` validates every file against it before reading a key. What a
 * schema cannot say (a regular expression compiles, a detector id exists, a date is past) is
 * checked in `config.ts`. Every `description` is what a user sees when that key is wrong, so it
 * says what is allowed.
 */
import { SEVERITIES } from "../catalog/types.js";
import { REPORT_FORMATS } from "../report/index.js";

const CONFIDENCES = ["high", "medium", "low"];

const text = (description: string) => ({ type: "string", minLength: 1, description });
const texts = (description: string) => ({ type: "array", items: text(description), description });
const date = {
  type: "string",
  format: "date",
  description: "a date written YYYY-MM-DD, after which the entry stops applying",
};
/** Fields every allowlist entry may carry besides its own. */
const entryScope = {
  reason: text("why this is allowed, for reviewers"),
  detectors: texts('detector ids or globs ("aws-*") the entry applies to (default: all)'),
  expires: date,
};
/** An entry written as a bare string, or as an object with its value under `key` and a scope. */
const entry = (key: string, value: object, extra: object = {}) => ({
  anyOf: [
    value,
    {
      type: "object",
      required: [key],
      additionalProperties: false,
      properties: { [key]: value, ...extra, ...entryScope },
    },
  ],
});
const sha256 = {
  type: "string",
  pattern: "^[0-9a-f]{64}$",
  description: "the secret's SHA-256 as 64 lower-case hex digits (the secretHash of a finding)",
};
const regexSource = text("a JavaScript regular expression");
const templates = {
  type: "object",
  additionalProperties: { type: "string" },
  description: "strings by name",
};

const customDetector = {
  type: "object",
  description: "a detector with the fields of the built-in ones",
  additionalProperties: false,
  required: [
    "id",
    "name",
    "vendor",
    "family",
    "severity",
    "description",
    "security",
    "mitigation",
    "keywords",
    "pattern",
    "examples",
    "negatives",
  ],
  properties: {
    id: {
      type: "string",
      pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
      description: "lower-case words joined by hyphens, unique among detectors",
    },
    name: text("the credential's name, as reports show it"),
    vendor: text("the vendor's name"),
    family: text("the kind of credential, as in `keyhound detectors --counts`"),
    severity: { enum: SEVERITIES },
    confidence: { enum: CONFIDENCES },
    description: text("what the credential is"),
    security: texts("what a leak lets an attacker do, one consequence per entry"),
    mitigation: {
      type: "object",
      required: ["revoke"],
      additionalProperties: false,
      properties: {
        revoke: text("where and how to revoke the credential"),
        revokeUrl: text("a link to the revocation page"),
        audit: text("where to look for use of a leaked credential"),
        bestPractices: texts("advice for handling the credential safely"),
      },
    },
    keywords: texts("literals (at least 3 characters) one of which must occur before the pattern runs"),
    caseSensitiveKeywords: { type: "boolean" },
    pattern: text("a JavaScript regular expression with a named group `secret`"),
    flags: { type: "string", pattern: "^[ims]*$", description: "regular expression flags among i, m, s" },
    window: {
      type: "object",
      additionalProperties: false,
      properties: {
        before: { type: "integer", minimum: 0, maximum: 4096 },
        after: { type: "integer", minimum: 0, maximum: 4096 },
        multiline: { type: "boolean" },
      },
    },
    minEntropy: { type: "number", minimum: 0, maximum: 8 },
    examples: texts("text the detector must find"),
    negatives: texts("text the detector must not find"),
    references: texts("links to the vendor's documentation of the format"),
    verify: {
      type: "object",
      required: ["method", "url", "live", "dead"],
      additionalProperties: false,
      properties: {
        method: { enum: ["GET", "POST"] },
        url: text("the vendor's API URL; {secret} and {companion:NAME} are filled in"),
        headers: templates,
        basicAuth: {
          type: "object",
          required: ["user", "password"],
          additionalProperties: false,
          properties: { user: { type: "string" }, password: { type: "string" } },
        },
        body: { type: "string" },
        live: { type: "array", items: { type: "integer", minimum: 100, maximum: 599 } },
        dead: { type: "array", items: { type: "integer", minimum: 100, maximum: 599 } },
      },
    },
  },
};

export const CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://www.npmjs.com/package/keyhound/keyhound-config.schema.json",
  title: "keyhound configuration (.keyhound.yaml)",
  type: "object",
  additionalProperties: false,
  properties: {
    format: { enum: REPORT_FORMATS, description: "report format" },
    severity: { enum: SEVERITIES, description: "report only findings at or above this severity" },
    minConfidence: {
      enum: CONFIDENCES,
      description: "report only findings at or above this confidence (low in test, example and docs paths)",
    },
    exclude: texts(".gitignore-style patterns of paths to skip"),
    gitignore: { type: "boolean", description: "honour .gitignore files" },
    maxFileSize: {
      type: "integer",
      minimum: 1,
      description: "bytes: skip files (and git blobs) larger than this",
    },
    exitCode: {
      type: "integer",
      minimum: 0,
      maximum: 255,
      description: "exit code when findings are reported",
    },
    workers: { type: "integer", minimum: 0, maximum: 256, description: "worker threads (0-256)" },
    maxArchiveDepth: {
      type: "integer",
      minimum: 0,
      maximum: 32,
      description: "archives opened one inside the other (0-32; 0: archives are not opened)",
    },
    maxArchiveRatio: {
      type: "integer",
      minimum: 1,
      description: "stop reading an archive whose content expands more than this many times",
    },
    maxArchiveBytes: {
      type: "integer",
      minimum: 1,
      description: "bytes: stop reading an archive file that unpacks to more than this",
    },
    maxArchiveEntries: {
      type: "integer",
      minimum: 1,
      description: "stop reading an archive file with more entries than this",
    },
    verify: {
      type: ["boolean", "object"],
      description: "true to verify findings live, or an object with `enabled` and `baseUrls`",
      additionalProperties: false,
      properties: {
        enabled: { type: "boolean" },
        baseUrls: {
          type: "object",
          description: "API base URLs by detector id, for self-hosted vendors",
          additionalProperties: { type: "string", format: "uri", description: "an absolute URL" },
        },
      },
    },
    baseline: text("path of the baseline file"),
    detectors: {
      type: "object",
      additionalProperties: false,
      properties: {
        enable: texts("run only these detector ids or globs"),
        disable: texts("detector ids or globs to skip"),
        severity: {
          type: "object",
          description: "severities by detector id",
          additionalProperties: { enum: SEVERITIES },
        },
        custom: { type: "array", items: customDetector },
      },
    },
    allowlist: {
      type: "object",
      additionalProperties: false,
      properties: {
        paths: { type: "array", items: entry("path", text(".gitignore-style path pattern")) },
        regexes: {
          type: "array",
          items: entry("pattern", regexSource, {
            target: { enum: ["secret", "line"], description: "what the regex runs on (default secret)" },
          }),
        },
        stopwords: { type: "array", items: entry("word", text("a word; a secret containing it is dropped")) },
        secrets: { type: "array", items: entry("hash", sha256) },
      },
    },
  },
} as const;
