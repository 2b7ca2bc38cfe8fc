import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";
import { placeholderReason } from "../engine/filters.js";

export const detectors: Detector[] = [
  {
    id: "inngest-signing-key",
    name: "Inngest signing key",
    vendor: "Inngest",
    family: "Signing Key",
    severity: "high",
    confidence: "high",
    description:
      "Inngest runs event-driven and durable background functions. An app's signing key (signkey-prod-, signkey-test- or signkey-branch- followed by hexadecimal) signs the requests Inngest sends to the app's serve endpoint and authenticates the app to Inngest's API.",
    security: [
      "Requests to the app's Inngest endpoint can be forged, so that its functions run with attacker-chosen input.",
      "The environment's functions, events and runs can be read and managed through Inngest's API.",
    ],
    mitigation: {
      revoke:
        "In the Inngest dashboard open the environment's Manage > Signing Key page, create a new key and deploy it (INNGEST_SIGNING_KEY), then delete the leaked one.",
      revokeUrl: "https://app.inngest.com/env/production/manage/signing-key",
      audit: "Review the environment's function runs and events for ones your systems did not send.",
      bestPractices: [
        "keep the key in the deployment's secret store; rotate it with the fallback key setting to avoid downtime",
      ],
    },
    keywords: ["signkey-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>signkey-(?:prod|test|branch)-[a-f0-9]{40,128})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    // The environment word ("test") is part of the format: only the hexadecimal body is judged.
    skipPlaceholderCheck: true,
    validate: (secret) => placeholderReason(secret.slice(secret.lastIndexOf("-") + 1)) ?? true,
    examples: [
      () => `INNGEST_SIGNING_KEY=signkey-prod-${randomChars("hexLower", 64, "inngest-1")}`,
      () => `inngest:\n  signingKey: "signkey-test-${randomChars("hexLower", 64, "inngest-2")}"`,
    ],
    negatives: [
      "INNGEST_SIGNING_KEY=signkey-prod-<your signing key>",
      () => `INNGEST_SIGNING_KEY=signkey-dev-${randomChars("hexLower", 64, "inngest-dev")}`,
      () => `INNGEST_SIGNING_KEY=signkey-prod-${"0123456789abcdef".repeat(4)}`,
    ],
    references: ["https://www.inngest.com/docs/platform/signing-keys"],
  },
];
