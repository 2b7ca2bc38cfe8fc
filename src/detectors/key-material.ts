import { genericValueReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/*
 * Symmetric keys written into code as the bytes they are: a literal turned into bytes by a
 * decoding call (Convert.FromBase64String, Buffer.from(..., "hex"), bytes.fromhex, []byte),
 * or a byte array literal, under a name that says key or secret. The call or the byte list is
 * what says the literal is binary key material rather than text.
 */

/** A name ending in key, secret or pepper, in any code style; public keys are not secrets. */
const KEY_NAME = String.raw`(?<![\w$])(?<name>(?:[A-Za-z_$][\w$]{0,60}?)?(?:[Kk]ey|KEY|[Ss]ecret|SECRET|[Pp]epper|PEPPER))(?![\w$])`;

/** The calls that turn a literal into bytes, in C#, JavaScript, Python, Go, Java and Ruby. */
const DECODING_CALL = String.raw`(?:Convert\.FromBase64String|Encoding\.(?:UTF8|ASCII)\.GetBytes|Buffer\.from|bytes\.fromhex|bytearray\.fromhex|base64\.(?:b64|urlsafe_b64|standard_b64)decode|Base64\.(?:getDecoder|getUrlDecoder)\(\)\.decode|Base64\.decode64|Hex\.decodeHex|hex\.DecodeString|base64\.StdEncoding\.DecodeString|DatatypeConverter\.parse(?:Hex|Base64)Binary|\[\]byte|unhexlify)`;

/** Between the name and the value: a type, `=` or `:`, and `new`, as each language writes them. */
const ASSIGNED = String.raw`[^\n=:;]{0,40}?(?:=|:)[ \t]{0,4}(?:new[ \t]{1,4})?`;

/**
 * A Python bytes literal with at least a few `\x..` escapes (`os.urandom(24)` pasted as its
 * repr, Flask's `app.secret_key = b'...'`): 16 to 128 characters between its quotes.
 */
const BYTES_LITERAL = String.raw`(?<=\bb(?<bq>["']))(?:\\x[0-9a-fA-F]{2}|\\[nrt0\\'"]|(?!\k<bq>)[^\\\n]){16,128}(?=\k<bq>)`;

/** 16 to 128 bytes written as 0x.., with Java's (byte) casts. */
const BYTE_LIST = String.raw`(?:(?:\(byte\)[ \t]{0,2})?0x[0-9a-fA-F]{2}[ \t]{0,4},[ \t]{0,4}){15,127}(?:\(byte\)[ \t]{0,2})?0x[0-9a-fA-F]{2}`;

const keyMaterial: Validator = (secret, context) => {
  const name = context.groups.name ?? "";
  if (
    /pub(?:lic)?[_-]?key|publishable|key_?id|keyid|keyname|key_?path|keyfile|key_?size|key_?len/i.test(name)
  )
    return `"${name}" names no secret`;
  if (context.groups.bq !== undefined) {
    const escapes = secret.match(/\\x[0-9a-fA-F]{2}/g)?.length ?? 0;
    const bytes = secret.replace(/\\x[0-9a-fA-F]{2}|\\./g, "_").length;
    if (escapes < 4) return "a bytes literal of text, not of random bytes";
    if (bytes < 16) return "fewer than 16 bytes";
    return true;
  }
  if (/^(?:\(byte\)[ \t]{0,2})?0x/.test(secret)) {
    const values = secret.match(/0x[0-9a-fA-F]{2}/g) ?? [];
    if (new Set(values).size < values.length / 2) return "too few distinct bytes for a key";
    return true;
  }
  return genericValueReason(secret, { minLength: 16 }) ?? true;
};

const hex = (label: string, length = 64) => randomChars("hexLower", length, `key-material-${label}`);
const b64 = (label: string) => `${randomChars("base64", 43, `key-material-${label}`)}=`;
const byteList = (label: string, count: number, cast = "") =>
  hex(label, 2 * count)
    .match(/../g)
    ?.map((pair) => `${cast}0x${pair}`)
    .join(", ") ?? "";

export const detectors: Detector[] = [
  {
    id: "hardcoded-key-material",
    name: "Encryption or signing key written into code as bytes",
    vendor: "Generic",
    family: "Encryption Key",
    severity: "high",
    confidence: "medium",
    description:
      "A symmetric key (AES, HMAC, a session or token signing key) written into the code that uses it: a base64 or hex literal decoded to bytes (`Convert.FromBase64String(\"...\")`, `Buffer.from('...', 'hex')`, `bytes.fromhex(...)`, Go's `[]byte(\"...\")`) or a byte array literal (`[]byte{0x..}`, `new byte[] { (byte) 0x.. }`, `bytes([0x..])`, a Python bytes literal of `\\x..` escapes as `os.urandom()` prints them), under a name ending in key, secret or pepper.",
    security: [
      "Whoever has the code decrypts everything the key protected: stored data, backups, tokens and cookies, including copies taken before the leak.",
      "A signing key lets anyone forge the tokens, webhooks or sessions the application trusts.",
      "The key cannot be rotated without a release, so old builds keep using it.",
    ],
    mitigation: {
      revoke:
        "Generate a new key from a secure random source, load it at start-up from a secret store or the environment, re-encrypt stored data with it (decrypting with the old key once), and invalidate what the old key signed (sessions, tokens). Then remove the literal from the code and its history.",
      revokeUrl:
        "https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html#key-management",
      audit:
        "Work out what the key encrypted or signed and since when; treat that data as readable, and review signed tokens or webhooks accepted during the exposure for forgeries.",
      bestPractices: [
        "keep keys in a KMS or HSM and encrypt with envelope encryption, so the application never holds a long-lived key",
        "rotate keys on a schedule, with a key id stored beside what each key encrypted",
      ],
    },
    keywords: [
      "frombase64string(",
      "getbytes(",
      "buffer.from(",
      ".fromhex(",
      "b64decode(",
      ".decode64(",
      "decodehex(",
      "decodestring(",
      "binary(",
      "unhexlify(",
      "[]byte(",
      "[]byte{",
      "byte[]",
      "bytes([",
      "b'\\x",
      'b"\\x',
    ],
    // The calls are everywhere; only a literal of key length right after one opens a window.
    keywordGate:
      /(?:\(\)\.decode\()?[ \t]{0,4}(?:[bB]?["'`][A-Za-z0-9+/=_-]{16}|[{[]?[ \t]{0,4}(?:\(byte\)[ \t]{0,2})?0x[0-9a-fA-F]{2}|[ \t]*[A-Za-z_$][\w$]{0,40}[ \t]{0,4}=)|(?<=\\x)[0-9a-fA-F]{2}/,
    window: { before: 120, after: 900 },
    pattern: new RegExp(
      String.raw`${KEY_NAME}${ASSIGNED}(?:(?:${DECODING_CALL})\([ \t]{0,4}[bB]?["'\x60]|(?:(?:byte|char|uint8_t)[ \t]{0,2}\[[ \t]{0,4}\d{0,4}[ \t]{0,4}\][ \t]{0,4}|\[\]byte[ \t]{0,2}|bytes\(\[?)?[{\[][ \t]{0,4}|b["'])(?<secret>${BYTES_LITERAL}|(?<=["'\x60])[A-Za-z0-9+/_-]{16,200}={0,2}(?=["'\x60])|(?<=[{\[][ \t]{0,4})${BYTE_LIST})`,
    ),
    validate: keyMaterial,
    examples: [
      () => `        private static readonly byte[] TokenKey = Convert.FromBase64String("${b64("cs")}");`,
      () => `export const DATA_KEY = Buffer.from('${hex("ts")}', 'hex');`,
      () => `var webhookKey = []byte("${hex("go")}")`,
      () => `var sessionKey = []byte{${byteList("go-bytes", 32)}}`,
      () => `    private static final byte[] KEY = new byte[] { ${byteList("java-bytes", 16, "(byte) ")} };`,
      () => `ENCRYPTION_KEY = bytes.fromhex("${hex("py")}")`,
      // os.urandom(16) pasted as its repr.
      () =>
        `app.secret_key = b'${hex("py-bytes", 48)
          .match(/../g)
          ?.map((pair, i) =>
            i % 3 === 0 ? `\\x${pair}` : String.fromCharCode(97 + (Number.parseInt(pair, 16) % 26)),
          )
          .join("")}'`,
    ],
    negatives: [
      'const PUBLIC_KEY = Buffer.from("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE", "base64");',
      'const key = Buffer.from(process.env.DATA_KEY, "hex");',
      "var zeroKey = []byte{0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00}",
      'const label = Buffer.from("not a key at all", "utf8");',
      "SECRET_KEY = b'change-me-in-production-please'",
    ],
    references: ["https://cwe.mitre.org/data/definitions/321.html"],
  },
];
