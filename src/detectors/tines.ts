import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tines-webhook-url",
    name: "Tines webhook URL",
    vendor: "Tines",
    family: "Webhook",
    severity: "medium",
    description:
      "Tines runs no-code security and IT automation stories. A webhook action's URL (https://<tenant>.tines.com/webhook/<path>/<secret>, each part 32 characters) starts the story with whatever is posted to it.",
    security: [
      "Events can be sent into the story, triggering its automated actions (ticket creation, enrichment, user or host actions) with attacker-chosen input.",
    ],
    mitigation: {
      revoke:
        "In Tines open the story, select the webhook action and change its secret (or path); update the senders with the new URL.",
      revokeUrl: "https://www.tines.com/docs/actions/types/webhook/",
      audit:
        "Review the webhook action's events for payloads your systems did not send during the exposure window.",
      bestPractices: ["validate incoming payloads in the story before acting on them"],
    },
    keywords: [".tines.com/webhook/"],
    pattern:
      /(?<secret>https:\/\/[A-Za-z0-9-]{1,63}\.tines\.com\/webhook\/[a-z0-9]{32}\/[a-z0-9]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `TINES_WEBHOOK=https://acme-corp.tines.com/webhook/${randomChars("hexLower", 32, "tines-1a")}/${randomChars("hexLower", 32, "tines-1b")}`,
      () =>
        `url: "https://tenant.tines.com/webhook/${randomChars("lowerAlnum", 32, "tines-2a")}/${randomChars("lowerAlnum", 32, "tines-2b")}"`,
    ],
    negatives: [
      "https://tenant.tines.com/webhook/<path>/<secret>",
      () =>
        `https://tenant.tines.com/webhook/${randomChars("hexLower", 32, "tines-short-a")}/${randomChars("hexLower", 20, "tines-short-b")}`,
    ],
    references: [
      "https://www.tines.com/docs/actions/types/webhook/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/tineswebhook/tineswebhook.go",
    ],
  },
];
