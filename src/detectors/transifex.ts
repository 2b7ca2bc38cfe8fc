import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "transifex-api-token",
    name: "Transifex API token",
    vendor: "Transifex",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Transifex manages localization of software and content. Its API tokens (1/ followed by 40 hexadecimal characters, sent as a Bearer token) act as the user on every organization and project they can reach.",
    security: [
      "Source strings and translations of every project can be downloaded.",
      "Translations and resources can be changed or deleted, and members managed by an admin's token.",
    ],
    mitigation: {
      revoke:
        "In Transifex open User settings > API token and generate a new token, which revokes the old one; update the CLI configuration (~/.transifexrc) and CI.",
      revokeUrl: "https://app.transifex.com/user/settings/api/",
      audit:
        "Review the projects' history and the organization's audit log for changes during the exposure window.",
      bestPractices: ["use a service account for CI pushes and pulls"],
    },
    keywords: ["transifex", "tx_"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["transifex", "tx"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>1/[a-f0-9]{40})${TOKEN_END}`,
    ),
    // Lists the organizations the token can see: a read.
    verify: bearerCheck("https://rest.api.transifex.com/organizations", {
      live: [200],
      dead: [401],
      liveRequires: { field: "data" },
    }),
    examples: [
      () => `TRANSIFEX_TOKEN=1/${randomChars("hexLower", 40, "transifex-api-token-1-1")}`,
      () => `transifex_token: "1/${randomChars("hexLower", 40, "transifex-api-token-2-1")}"`,
      () => `const transifexToken = "1/${randomChars("hexLower", 40, "transifex-api-token-3-1")}";`,
    ],
    negatives: [
      "TRANSIFEX_TOKEN=your_transifex_token_here",
      () => `TRANSIFEX_TOKEN=1/${randomChars("hexLower", 37, "transifex-api-token-short-1")}`,
      () => `TRANSIFEX_URL=1/${randomChars("hexLower", 40, "transifex-api-token-noname-1")}`,
    ],
    references: [
      "https://developers.transifex.com/reference/api-authentication",
      "https://developers.transifex.com/docs/cli",
    ],
  },
];
