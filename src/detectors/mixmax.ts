import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "mixmax-api-token",
    name: "Mixmax API token",
    vendor: "Mixmax",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Mixmax adds sequences, tracking and scheduling to Gmail. API tokens (36 characters, UUID-shaped) are sent in the X-API-Token header and act as the user; they are recognised next to a Mixmax name.",
    security: [
      "Sequences, templates, contacts and meeting links of the user can be read.",
      "Sequences can send e-mail from the user's Gmail account.",
    ],
    mitigation: {
      revoke: "In Mixmax open Settings > Integrations > API and delete the token.",
      revokeUrl: "https://app.mixmax.com/dashboard/settings/integrations",
    },
    keywords: ["mixmax"],
    pattern: new RegExp(
      `${vendorName(["mixmax"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{36})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the token owner's own user record: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.mixmax.com/v1/users/me",
      headers: { "X-API-Token": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `MIXMAX_API_KEY=${uuid("mixmax-api-token-1")}`,
      () => `{"mixmaxApiKey": "${uuid("mixmax-api-token-2")}"}`,
      () => `const mixmaxToken = "${uuid("mixmax-api-token-3")}";`,
    ],
    negatives: [
      "MIXMAX_API_KEY=<your Mixmax API key>",
      () => `mixmax_api_key: ${randomChars("hexLower", 28, "mixmax-api-token-short")}`,
    ],
    references: ["https://developer.mixmax.com/reference/getting-started-with-the-api"],
  },
];
