import { genericValueReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/*
 * gorilla/securecookie and gorilla/sessions, the Go web toolkit's signed and encrypted
 * cookies: a hash key (HMAC, 32 or 64 bytes) authenticates each cookie and an optional block
 * key (AES, 16, 24 or 32 bytes) encrypts it. Services keep them as `hash_key` and `block_key`
 * in their configuration, or pass them inline: sessions.NewCookieStore([]byte("...")).
 */

/** Configuration names only count where the file says sessions or cookies: `hash_key` alone is also DynamoDB's partition key. */
const cookieKeyValidator: Validator = (secret, context) => {
  const before = context.window.slice(0, context.index);
  const inCall = context.groups.call !== undefined;
  if (!inCall && !/cookie|session/i.test(`${context.groups.name ?? ""} ${before}`))
    return "no session or cookie context: a hash_key or block_key of something else";
  return genericValueReason(secret, { minLength: 16 }) ?? true;
};

export const detectors: Detector[] = [
  {
    id: "gorilla-securecookie-key",
    name: "gorilla/securecookie hash or block key",
    vendor: "Gorilla",
    family: "Signing Key",
    severity: "high",
    confidence: "medium",
    description:
      "The keys of gorilla/securecookie and gorilla/sessions, which Go web services use for their session cookies: the hash key signs each cookie (HMAC-SHA256), the block key encrypts it (AES). Found as hash_key / block_key (or hashKey, cookie_hash_key...) in a service's configuration beside its session settings, and as the literal keys passed to sessions.NewCookieStore, NewFilesystemStore or securecookie.New.",
    security: [
      "With the hash key an attacker forges session cookies the service accepts: any user, any role, without a password.",
      "With the block key too, every captured cookie can be decrypted and its session data read.",
    ],
    mitigation: {
      revoke:
        "Generate new keys (securecookie.GenerateRandomKey(32) or 64, and 32 for the block key), deploy them from the environment or a secret store, and keep the old pair only as a second key pair (securecookie.CodecsFromPairs) for as long as existing sessions must survive; every cookie signed with the old key stays forgeable until it is dropped.",
      revokeUrl: "https://pkg.go.dev/github.com/gorilla/securecookie",
      audit:
        "Review sessions created or used since the exposure, especially for administrative accounts, and the service's authorization logs.",
      bestPractices: [
        "read cookie keys from the environment or a secret manager at start-up",
        "never reuse the example keys from documentation",
      ],
    },
    keywords: [
      "hash_key",
      "hashkey",
      "block_key",
      "blockkey",
      "newcookiestore(",
      "newfilesystemstore(",
      "securecookie.new(",
    ],
    window: { before: 512, after: 512, multiline: true },
    pattern:
      /(?:(?<![A-Za-z0-9])(?<name>(?:[A-Za-z]{1,20}[_-]?)?(?:hash|block)[_-]?key|(?:[A-Za-z]{1,20}[_-]?)?(?:Hash|Block)Key|(?:[A-Z]{1,20}_)?(?:HASH|BLOCK)_KEY)["']?[ \t]{0,4}(?:=|:)[ \t]{0,4}|(?<call>(?:NewCookieStore|securecookie\.New)\(|NewFilesystemStore\([^,()\n]{0,100},[ \t]{0,4})(?:\[\]byte\()?)(?<q>["'`])(?<secret>[A-Za-z0-9+/=_.~!@#$%^&*-]{16,128})\k<q>/,
    validate: cookieKeyValidator,
    examples: [
      () =>
        `[session]\n# gorilla/securecookie: 32-byte hash key, 16-byte block key, hex encoded\nhash_key = "${randomChars("hexLower", 64, "gorilla-1")}"\nblock_key = "${randomChars("hexLower", 32, "gorilla-2")}"\n`,
      () => `var store = sessions.NewCookieStore([]byte("${randomChars("alnum", 32, "gorilla-3")}"))`,
      () => `session:\n  cookie_hash_key: "${randomChars("alnum", 43, "gorilla-4")}="\n`,
    ],
    negatives: [
      'var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))',
      'var store = sessions.NewCookieStore([]byte("something-very-secret"))',
      () =>
        `resource "aws_dynamodb_table" "users" {\n  name     = "users"\n  hash_key = "${randomChars("alnum", 20, "gorilla-dynamo")}"\n}`,
      '[session]\nhash_key = "${SESSION_HASH_KEY}"\n',
    ],
    references: [
      "https://pkg.go.dev/github.com/gorilla/securecookie",
      "https://pkg.go.dev/github.com/gorilla/sessions",
    ],
  },
];
