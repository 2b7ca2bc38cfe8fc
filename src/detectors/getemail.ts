import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "getemail-api-key",
    name: "GetEmail.io API key",
    vendor: "GetEmail.io",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "GetEmail.io finds and verifies professional e-mail addresses. Its API keys are 20 letters, digits and hyphens, passed as the api_key parameter. getEmail is an everyday method name, so a key is recognised only in a GETEMAIL_API_KEY-style name.",
    security: [
      "E-mail look-ups can be run on the owner's credits, using up the plan or running up charges.",
      "Abuse such as bulk prospecting is attributed to the owner's account.",
    ],
    mitigation: {
      revoke: "Sign in to GetEmail.io, open the API page of the account and regenerate the key.",
      revokeUrl: "https://app.getemail.io/",
      audit: "Compare the account's credit usage with your own look-ups.",
      bestPractices: ["keep the key in an environment variable or secret manager, never in client code"],
    },
    // Literal names, not "getemail" alone: getEmail() is a method in countless code bases.
    keywords: [
      "getemail_api",
      "getemail_key",
      "getemail_token",
      "getemail_secret",
      "getemailapi",
      "getemail-api",
      "getemail-key",
      "getemailio",
      "getemail_io",
    ],
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("getemail")}|GetEmail)[_.-]?(?:(?:${commonCases("io")})[_.-]?)?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token", "secret")})${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9][A-Za-z0-9-]{18}[A-Za-z0-9])${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `GETEMAIL_API_KEY=${randomChars("alnum", 20, "getemail-1")}`,
      () => `getemail_key: "${randomChars("alnum", 20, "getemail-2")}"`,
    ],
    negatives: [
      "GETEMAIL_API_KEY=<your getemail api key>",
      () => `GETEMAIL_API_KEY=${randomChars("alnum", 16, "getemail-short")}`,
      () => `String email = user.getEmail(); String key = "${randomChars("alnum", 20, "getemail-3")}";`,
    ],
    references: [
      "https://getemail.io/api",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/getemail.yml",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/getemail",
    ],
  },
];
