import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "harvest-personal-access-token",
    name: "Harvest personal access token",
    vendor: "Harvest",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Harvest is a time-tracking and invoicing service. Personal access tokens have the form <digits>.pt.<86 characters> and are sent as a Bearer token with a Harvest-Account-Id header; they carry the user's full access. They are recognised next to a Harvest name.",
    security: [
      "Time entries, projects, clients, rates and invoices visible to the user can be read.",
      "Time entries and invoices can be created or changed, affecting billing.",
    ],
    mitigation: {
      revoke:
        "The token's owner opens Harvest ID > Developers (id.getharvest.com/developers) and revokes the personal access token.",
      revokeUrl: "https://id.getharvest.com/developers",
    },
    keywords: ["harvest"],
    pattern: new RegExp(
      String.raw`${vendorName(["harvest"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9]{5,9}\.pt\.[A-Za-z0-9_-]{80,90})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    companions: [
      {
        name: "account ID",
        pattern:
          /(?:HARVEST|[Hh]arvest)[\w.-]{0,20}?(?:ACCOUNT|[Aa]ccount)[\w.-]{0,10}?["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[0-9]{4,9})(?![0-9])/,
      },
    ],
    // Reads the token owner's own user record: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.harvestapp.com/v2/users/me",
      headers: { Authorization: "Bearer {secret}", "Harvest-Account-Id": "{companion:account ID}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () =>
        `HARVEST_ACCOUNT_ID=${randomChars("digits", 7, "harvest-acct")}\nHARVEST_ACCESS_TOKEN=${randomChars("digits", 7, "harvest-1")}.pt.${randomChars("base64url", 86, "harvest-1")}`,
      () =>
        `const harvestAccessToken = "${randomChars("digits", 7, "harvest-2")}.pt.${randomChars("base64url", 86, "harvest-2")}";`,
      () =>
        `{"harvestToken": "${randomChars("digits", 7, "harvest-3")}.pt.${randomChars("base64url", 86, "harvest-3")}"}`,
    ],
    negatives: [
      "HARVEST_API_KEY=<your Harvest API key>",
      () =>
        `harvest_api_key: ${`${randomChars("digits", 7, "harvest-personal-access-token-short")}.pt.${randomChars("base64url", 70, "harvest-personal-access-token-short")}`}`,
    ],
    references: ["https://help.getharvest.com/api-v2/authentication-api/authentication/authentication/"],
  },
];
