import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** 32 random bytes in base64: 43 characters and one `=`. */
const accessKey = (label: string, length = 43) => `${randomChars("base64", length, label)}=`;
const accessId = (label: string) => `p-${randomChars("lowerAlnum", 12, label)}`;

export const detectors: Detector[] = [
  {
    id: "akeyless-access-key",
    name: "Akeyless API access key",
    vendor: "Akeyless",
    family: "API Secret",
    severity: "critical",
    confidence: "medium",
    description:
      "Akeyless is a SaaS secrets management platform (static, dynamic and rotated secrets, certificates, encryption keys). API-key authentication methods pair an access id (p- followed by 12 characters) with a 44-character base64 access key; the key is found next to an Akeyless name.",
    security: [
      "An attacker can read every secret and encryption key that the authentication method's access roles allow.",
      "Dynamic secrets can be issued, creating fresh database and cloud credentials for the attacker.",
      "Roles with write rights let the attacker change or delete secrets, breaking applications.",
    ],
    mitigation: {
      revoke:
        "In the Akeyless Console open Users & Auth Methods, select the API-key authentication method and Reset the access key (or delete the method); update the applications that used it and rotate the secrets it could read.",
      revokeUrl: "https://docs.akeyless.io/docs/api-key",
      audit:
        "Review Logs in the Akeyless Console, filtered by the access id, for secret reads and changes during the exposure window.",
      bestPractices: [
        "prefer cloud identity, Kubernetes or OIDC authentication methods over API keys",
        "bind API-key methods to allowed client IP ranges and narrow access roles",
      ],
    },
    keywords: ["akeyless"],
    pattern: new RegExp(
      `${vendorName(["akeyless", "aKeyless"], ["access_key", "accessKey", "access-key", "ACCESSKEY"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=_-])`,
    ),
    companions: [
      { name: "access id", pattern: /(?<![A-Za-z0-9_-])(?<value>p-[a-z0-9]{12})(?![A-Za-z0-9_-])/ },
    ],
    examples: [
      () =>
        `export AKEYLESS_ACCESS_ID="${accessId("akl-1")}"\nexport AKEYLESS_ACCESS_KEY="${accessKey("akl-1")}"`,
      () => `akeyless:\n  akeyless_access_key: ${accessKey("akl-2")}`,
    ],
    negatives: [
      "AKEYLESS_ACCESS_KEY=your-access-key",
      "AKEYLESS_ACCESS_KEY='your-key-with-special-chars=='",
      () => `AKEYLESS_ACCESS_KEY=${accessKey("akl-short", 20)}`,
    ],
    references: ["https://docs.akeyless.io/docs/api-key", "https://docs.akeyless.io/reference/auth"],
  },
];
