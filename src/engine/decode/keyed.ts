import { isTextByte } from "./text.js";
import type { DecodedSpan } from "./types.js";

/**
 * Base64 values assigned to a key in configuration: a Kubernetes Secret's `data:`, a Helm
 * values file, a `.env` line. The run search (base64.ts) decodes only runs long enough to hold
 * a self-identifying credential, since decoded text is scanned without the key it was assigned
 * to. A password or an AWS secret key is recognised by its key alone, so here the key comes
 * along: each value decodes to a line `key=decoded`, and runs of any length from 8 are read.
 */

/** Extensions of files whose values are base64 by convention (manifests, values, env files). */
const CONFIG_EXTENSIONS = new Set(["yaml", "yml", "env", "properties", "tfvars", "json"]);
/** `.env`, `.env.local`, `.env.production`... */
const ENV_NAME = /^\.env(?:\.[\w.-]{1,40})?$/i;
/** JSON is read only when it holds a Kubernetes Secret (`kubectl get secret -o json`). */
const JSON_SECRET = /"kind"[ \t]{0,8}:[ \t]{0,8}"Secret"/;
/**
 * A Kubernetes object or list in JSON opens with its `apiVersion` (kubectl sorts keys) or its
 * `kind`. Most JSON (package manifests, data, schemas, API models whose `metadata` holds an
 * `apiVersion`) does not, and is passed over after a look at its first bytes.
 */
const MANIFEST_HEAD_BYTES = 256;
/** Read as Latin-1: a UTF-8 byte order mark, written by some Windows editors, is three characters. */
const MANIFEST_START = /^(?:\u00ef\u00bb\u00bf)?\s{0,64}(?:\[\s{0,64})?\{\s{0,64}"(?:apiVersion|kind)"/;

/**
 * `key: value` or `key=value` alone on its line (YAML, env, properties; in JSON with a comma
 * after it), the value standard base64, padded, at most a window long. Bounded quantifiers,
 * no nesting: linear on any line.
 */
const KEYED_VALUE =
  /^[ \t]{0,40}(?:-[ \t]{1,4})?(?:export[ \t]{1,4})?["']?([A-Za-z_][\w.-]{0,79})["']?[ \t]{0,8}[:=][ \t]{0,8}(["']?)([A-Za-z0-9+/]{8,4096}={0,2})\2[ \t]{0,8},?\r?$/gm;

/** Shortest decoded value: six bytes (a short password). */
const MIN_DECODED = 6;

/**
 * The keyed base64 values of one input read in chunks, when `path` names a configuration file;
 * `undefined` for any other file. For JSON, what its first chunk shows is kept for the next.
 */
export function keyedValuesOf(path: string): KeyedValues | undefined {
  const extension = configExtension(path);
  return extension === undefined ? undefined : new KeyedValues(extension === "json");
}

/**
 * The extension that makes `path` a configuration file ("env" for `.env.local`), lower case,
 * or undefined. Asked of every file scanned: string operations, as a regular expression
 * anchored at the end would be tried at every position of the path.
 */
function configExtension(path: string): string | undefined {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  if (dot === -1) return undefined;
  const extension = name.slice(dot + 1).toLowerCase();
  if (CONFIG_EXTENSIONS.has(extension)) return extension;
  return ENV_NAME.test(name) ? "env" : undefined;
}

export class KeyedValues {
  /** For JSON: whether the input starts like a Kubernetes object (known after its first chunk). */
  private manifest: boolean | undefined;

  constructor(private readonly json: boolean) {}

  /**
   * The keyed values of `bytes[from, to)`, where `bytes[0]` is the input's byte `inputStart`
   * (see `keyedBase64`).
   */
  spansIn(bytes: Buffer, from: number, to: number, inputStart: number): DecodedSpan[] {
    if (this.json) {
      if (this.manifest === undefined) {
        const head = bytes.toString("latin1", 0, Math.min(to, MANIFEST_HEAD_BYTES));
        this.manifest = inputStart > 0 || MANIFEST_START.test(head);
      }
      if (!this.manifest) return [];
    }
    return keyedBase64(bytes, from, to, this.json);
  }
}

/**
 * The keyed base64 values of `bytes[from, to)` that decode wholly to printable text, each as a
 * span over the value whose text is `key=decoded`; `prefix` says how many of its bytes are the
 * key's, which hold no secret.
 */
function keyedBase64(bytes: Buffer, from: number, to: number, json: boolean): DecodedSpan[] {
  const spans: DecodedSpan[] = [];
  const text = bytes.toString("latin1", from, to);
  if (json && !JSON_SECRET.test(text)) return spans;
  KEYED_VALUE.lastIndex = 0;
  for (let match = KEYED_VALUE.exec(text); match !== null; match = KEYED_VALUE.exec(text)) {
    const key = match[1] as string;
    const value = match[3] as string;
    if (value.length % 4 !== 0) continue;
    const decoded = Buffer.from(value, "base64");
    if (decoded.length < MIN_DECODED || !decoded.every(isPrintable)) continue;
    const start = from + match.index + match[0].lastIndexOf(value);
    const prefix = Buffer.from(`${key}=`, "latin1");
    spans.push({
      start,
      end: start + value.length,
      encoding: "base64",
      text: Buffer.concat([prefix, decoded]),
      prefix: prefix.length,
    });
  }
  return spans;
}

/** A short value must decode to text throughout: random bytes seldom do, a word never does. */
function isPrintable(byte: number): boolean {
  return isTextByte(byte) && byte !== 0x0d;
}
