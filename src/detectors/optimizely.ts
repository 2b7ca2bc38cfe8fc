import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "optimizely-personal-token",
    name: "Optimizely personal access token",
    vendor: "Optimizely",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Optimizely is an experimentation and feature-flag platform. Personal access tokens (54 characters of letters, digits, : and -, starting with a version number and a colon) call the REST API as the user; they are recognised next to an Optimizely name.",
    security: [
      "Experiments, audiences and feature flags of every project the user can access can be read.",
      "Flags and experiments can be changed, which changes what production users see.",
    ],
    mitigation: {
      revoke: "The token's owner opens Profile > API Access in Optimizely and revokes the token.",
      revokeUrl: "https://app.optimizely.com/v2/profile/api",
    },
    keywords: ["optimizely"],
    pattern: new RegExp(
      `${vendorName(["optimizely"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9]:[A-Za-z0-9_-]{52})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists projects: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.optimizely.com/v2/projects?per_page=1",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `OPTIMIZELY_API_KEY=${`2:${randomChars("base64url", 52, "optimizely-personal-token-1")}`}`,
      () => `{"optimizelyApiKey": "${`2:${randomChars("base64url", 52, "optimizely-personal-token-2")}`}"}`,
      () =>
        `const optimizelyToken = "${`2:${randomChars("base64url", 52, "optimizely-personal-token-3")}`}";`,
    ],
    negatives: [
      "OPTIMIZELY_API_KEY=<your Optimizely API key>",
      () => `optimizely_api_key: ${`2:${randomChars("base64url", 48, "optimizely-personal-token-short")}`}`,
    ],
    references: ["https://docs.developers.optimizely.com/web-experimentation/docs/personal-token"],
  },
];
