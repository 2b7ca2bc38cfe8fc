/**
 * Markers and hard-negative helpers shared by the synthetic corpus's files
 * (synthetic-files.mjs, synthetic-files-ops.mjs).
 *
 * A line is a string; `c(type, label, part, encoding)` marks where a credential of
 * synthetic-values.mjs goes (`part` names a companion value such as a key id; `encoding` is
 * "b64", "json" or "indentN" for a multi-line value in a YAML block); N(line) marks a hard
 * negative (nothing there is a live secret: a tool that reports it is wrong); A(line) marks a
 * line whose verdict is arguable (a Firebase web config's apiKey: public by design per Firebase's
 * docs, yet a working Google API key): neither counted as found nor as a false positive, only
 * listed.
 */

import { base64url, randomChars } from "../dist/catalog/synth.js";

export const r = (alphabet, length, label) => randomChars(alphabet, length, `synthetic-neg-${label}`);
export const hex = (length, label) => r("hexLower", length, label);
export const c = (type, label, part = "", encoding = "") =>
  `\uE000${type}|${label}|${part}|${encoding}\uE000`;
export const N = (line) => `\uE001${line}`;
export const A = (line) => `\uE002${line}`;
export const uuid = (label) => {
  const h = hex(32, `uuid-${label}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};
export const integrity = (label) =>
  `sha512-${Buffer.from(hex(128, `int-${label}`), "hex").toString("base64")}`;
/** Vendors' published sample values, assembled so that the repository holds no contiguous copy. */
export const AWS_SAMPLE_ID = ["AKIA", "IOSFODNN7", "EXAMPLE"].join("");
export const AWS_SAMPLE_SECRET = ["wJalrXUtnFEMI", "/K7MDENG/bPxRfiCY", "EXAMPLEKEY"].join("");
export const JWT_IO_SAMPLE = [
  base64url('{"alg":"HS256","typ":"JWT"}'),
  base64url('{"sub":"1234567890","name":"John Doe","iat":1516239022}'),
  ["SflKxwRJSMeKKF2QT4fwpMeJf36POk6", "yJV_adQssw5c"].join(""),
].join(".");
export const certificate = (label) => [
  "-----BEGIN CERTIFICATE-----",
  ...(`MIIDdzCCAl+gAwIBAgIU${r("base64", 1180, `cert-${label}`)}`.match(/.{1,64}/g) ?? []),
  "-----END CERTIFICATE-----",
];

/** An https URL with credentials in it, written so that the source holds no such URL itself. */
export const userinfoUrl = (user, secret, rest) => ["https://", user, ":", secret, "@", rest].join("");
