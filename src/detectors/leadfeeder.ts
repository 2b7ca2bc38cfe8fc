import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "leadfeeder-api-token",
    name: "Leadfeeder API token",
    vendor: "Leadfeeder",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Leadfeeder (Dealfront) identifies companies that visit a website. API tokens are 43 characters of letters, digits and hyphens sent as `Authorization: Token token=<token>`; they are recognised next to a Leadfeeder name.",
    security: ["Visiting companies, their visits and contact data collected by the account can be exported."],
    mitigation: {
      revoke: "In Leadfeeder open Personal settings > API tokens and revoke the token.",
      revokeUrl: "https://app.leadfeeder.com/",
    },
    keywords: ["leadfeeder", "lead_feeder"],
    pattern: new RegExp(
      `${vendorPhrase(["leadfeeder", "leadFeeder", "lead_feeder"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the token owner's accounts: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.leadfeeder.com/accounts",
      headers: { Authorization: "Token token={secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `LEADFEEDER_API_KEY=${randomChars("base64url", 43, "leadfeeder-api-token-1")}`,
      () => `{"leadfeederApiKey": "${randomChars("base64url", 43, "leadfeeder-api-token-2")}"}`,
      () => `const leadfeederToken = "${randomChars("base64url", 43, "leadfeeder-api-token-3")}";`,
    ],
    negatives: [
      "LEADFEEDER_API_KEY=<your Leadfeeder API key>",
      () => `leadfeeder_api_key: ${randomChars("base64url", 39, "leadfeeder-api-token-short")}`,
    ],
    references: ["https://docs.leadfeeder.com/api/"],
  },
];
