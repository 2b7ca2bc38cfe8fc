import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Avaza";

export const detectors: Detector[] = [
  {
    id: "avaza-personal-access-token",
    name: "Avaza personal access token",
    vendor,
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Avaza is project management, timesheet, expense and invoicing software. Personal access tokens are a number (incremented per token), a hyphen and 40 hexadecimal characters, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Avaza.",
    security: [
      "Projects, timesheets, expenses, invoices and client contacts the user can see can be read.",
      "Invoices, time entries and projects can be created or changed with the user's permissions.",
    ],
    mitigation: {
      revoke:
        "In Avaza open Settings > Developer Settings (Personal Access Tokens), delete the leaked token and create a new one.",
      revokeUrl: "https://any.avaza.com/settings/developer",
      audit: "Review timesheets, invoices and projects changed during the exposure window.",
      bestPractices: ["create a separate token per integration so each can be revoked alone"],
    },
    keywords: ["avaza"],
    pattern: new RegExp(
      `${vendorName(["avaza"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9]{1,9}-[a-f0-9]{40})${TOKEN_END}`,
    ),
    // Reads the account's profile: changes nothing.
    verify: {
      method: "GET",
      url: "https://api.avaza.com/api/Account",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () =>
        `AVAZA_ACCESS_TOKEN=${randomChars("digits", 5, "avaza-personal-access-token-1")}-${randomChars("hexLower", 40, "avaza-personal-access-token-1-2")}`,
      () =>
        `avaza_access_token: "${randomChars("digits", 5, "avaza-personal-access-token-2")}-${randomChars("hexLower", 40, "avaza-personal-access-token-2-2")}"`,
      () =>
        `const avazaToken = "${randomChars("digits", 5, "avaza-personal-access-token-3")}-${randomChars("hexLower", 40, "avaza-personal-access-token-3-2")}";`,
    ],
    negatives: [
      "AVAZA_ACCESS_TOKEN=<your personal access token>",
      () =>
        `AVAZA_ACCESS_TOKEN=${randomChars("digits", 5, "avaza-personal-access-token-short")}-${randomChars("hexLower", 32, "avaza-personal-access-token-short-2")}`,
    ],
    references: [
      "https://api.avaza.com/swagger/ui/index",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/avazapersonalaccesstoken",
    ],
  },
];
