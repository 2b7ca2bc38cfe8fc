import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const secret = (label: string, length = 38) => `fn${randomChars("base64url", length, label)}`;

export const detectors: Detector[] = [
  {
    id: "fauna-secret",
    name: "Fauna database secret",
    vendor: "Fauna",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Fauna is a serverless document-relational database. Key secrets (fn followed by 38 URL-safe characters) authenticate the Fauna API and drivers with the key's role (admin, server or a user-defined role) on one database and its children; they are found next to a Fauna name.",
    security: [
      "An attacker can read and write every collection the key's role allows; admin and server keys reach all data of the database.",
      "Admin keys can create and delete child databases and further keys.",
    ],
    mitigation: {
      revoke:
        "In the Fauna Dashboard open the database > Keys, delete the key the secret belongs to (or run `Key.byId(...)!.delete()` in FQL), create a new key with the narrowest role and update FAUNA_SECRET.",
      revokeUrl: "https://docs.fauna.com/fauna/current/learn/security/keys/",
      audit:
        "Review the database's logs and query metrics in the Fauna Dashboard for unexpected reads, writes and schema changes.",
      bestPractices: [
        "use keys with user-defined roles instead of admin or server keys",
        "issue short-lived tokens to end users rather than shipping key secrets to clients",
      ],
    },
    keywords: ["fauna"],
    pattern: new RegExp(
      `${vendorName(["fauna", "faunadb", "faunaDB", "FaunaDB"], ["secret", "key", "token"])}${ASSIGN_LOOSE}(?<secret>fn[A-Za-z0-9_-]{38})(?![A-Za-z0-9_-])`,
    ),
    examples: [
      () => `FAUNA_SECRET=${secret("fauna-1")}`,
      () => `const client = new Client({ secret: process.env.X, faunaSecret: "${secret("fauna-2")}" });`,
      () => `fauna:\n  fauna_key: ${secret("fauna-3")}`,
    ],
    negatives: [
      "FAUNA_SECRET=fnXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      () => `FAUNA_SECRET=${secret("fauna-short", 20)}`,
    ],
    references: ["https://docs.fauna.com/fauna/current/learn/security/keys/"],
  },
];
