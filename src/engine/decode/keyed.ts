import { isTextByte } from "./text.js";
import type { DecodedSpan } from "./types.js";

/**
 * Base64 values assigned to a key in configuration: a Kubernetes Secret's `data:`, a Helm
 * values file, a `.env` line. The run search (base64.ts) decodes only runs long enough to hold
 * a self-identifying credential, since decoded text is scanned without the key it was assigned
 * to. A password or an AWS secret key is recognised by its key alone, so here the key comes
 * along: each value decodes to a line `key=decoded`, and runs of any length from 8 are read.
 */

/** Files whose values are base64 by convention (manifests, values, env files). */
const CONFIG_PATH = /(?:\.(?:ya?ml|env|properties|tfvars|json)|(?:^|[\\/])\.env(?:\.[\w.-]{1,40})?)$/i;
/** JSON is read only when it holds a Kubernetes Secret (`kubectl get secret -o json`). */
const JSON_PATH = /\.json$/i;
const JSON_SECRET = /"kind"[ \t]{0,8}:[ \t]{0,8}"Secret"/;
const SECRET_KIND = Buffer.from('"Secret"', "latin1");

/**
 * `key: value` or `key=value` alone on its line (YAML, env, properties; in JSON with a comma
 * after it), the value standard base64, padded, at most a window long. Bounded quantifiers,
 * no nesting: linear on any line.
 */
const KEYED_VALUE =
  /^[ \t]{0,40}(?:-[ \t]{1,4})?(?:export[ \t]{1,4})?["']?([A-Za-z_][\w.-]{0,79})["']?[ \t]{0,8}[:=][ \t]{0,8}(["']?)([A-Za-z0-9+/]{8,4096}={0,2})\2[ \t]{0,8},?\r?$/gm;

/** Shortest decoded value: six bytes (a short password). */
const MIN_DECODED = 6;

/** Whether `path` names a file whose keyed base64 values are read (see `keyedBase64`). */
export function readsKeyedValues(path: string): boolean {
  return CONFIG_PATH.test(path);
}

/**
 * The keyed base64 values of `bytes[from, to)` that decode wholly to printable text, each as a
 * span over the value whose text is `key=decoded`; `prefix` says how many of its bytes are the
 * key's, which hold no secret.
 */
export function keyedBase64(
  bytes: Buffer,
  from: number,
  to: number,
  path: string,
): Array<DecodedSpan & { prefix: number }> {
  const spans: Array<DecodedSpan & { prefix: number }> = [];
  const json = JSON_PATH.test(path);
  // Most JSON is no Secret: a native search says so before any text is made.
  const secretAt = json ? bytes.indexOf(SECRET_KIND, from) : from;
  if (secretAt === -1 || secretAt >= to) return spans;
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
