import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "unleash-api-token",
    name: "Unleash API token",
    vendor: "Unleash",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Unleash is a feature flag platform. Its API tokens (project:environment. followed by 64 hexadecimal characters; * for all projects) are client, frontend or admin tokens; admin and personal tokens change flags and settings.",
    security: [
      "Feature flag configuration, which can reveal unreleased features and targeting rules, can be read.",
      "With an admin token, flags can be toggled in production, enabling unfinished features or disabling safeguards.",
    ],
    mitigation: {
      revoke:
        "In Unleash open Admin > API access (or Profile > Personal API tokens), delete the token and create a new one of the narrowest type.",
      revokeUrl: "https://docs.getunleash.io/reference/api-tokens-and-client-keys",
      audit: "Review the Event log (Admin > Event log) for flag changes during the exposure window.",
      bestPractices: ["give SDKs client or frontend tokens, never admin tokens"],
    },
    keywords: ["unleash"],
    pattern: new RegExp(
      String.raw`${vendorNameAtWordStart(["unleash"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9*_-]{1,64}:[A-Za-z0-9*_-]{1,64}\.[a-f0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `UNLEASH_API_TOKEN=default:production.${randomChars("hexLower", 64, "unleash-1")}`,
      () => `unleash_admin_token: "*:*.${randomChars("hexLower", 64, "unleash-2")}"`,
    ],
    negatives: [
      "UNLEASH_API_TOKEN=default:development.unleash-insecure-api-token",
      () => `UNLEASH_API_TOKEN=default:production.${randomChars("hexLower", 40, "unleash-short")}`,
    ],
    references: ["https://docs.getunleash.io/reference/api-tokens-and-client-keys"],
  },
];
