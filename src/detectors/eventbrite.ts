import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Eventbrite";

export const detectors: Detector[] = [
  {
    id: "eventbrite-private-token",
    name: "Eventbrite private token",
    vendor,
    family: "OAuth Token",
    severity: "high",
    confidence: "medium",
    description:
      "Eventbrite sells tickets and manages registrations for events. Private tokens are 20 upper-case letters and digits, sent as a Bearer token or the token parameter with the user's access. It has no prefix, so it is recognised only in a name that mentions Eventbrite.",
    security: [
      "Attendee lists and orders, with names, emails and answers, can be exported.",
      "Events, ticket classes and prices can be created or changed.",
    ],
    mitigation: {
      revoke:
        "In Eventbrite open Account Settings > Developer Links > API Keys, select the key and reset its private token.",
      revokeUrl: "https://www.eventbrite.com/account-settings/apps",
      audit: "Review the organization's events, orders and attendee exports for changes you did not make.",
      bestPractices: ["use OAuth apps for third parties; keep the private token for your own scripts"],
    },
    keywords: ["eventbrite"],
    pattern: new RegExp(
      `${vendorPhrase(["eventbrite", "eventBrite", "EventBrite"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{20})${TOKEN_END}`,
    ),
    // Reads the token's own user: changes nothing.
    verify: {
      method: "GET",
      url: "https://www.eventbriteapi.com/v3/users/me/",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `EVENTBRITE_PRIVATE_TOKEN=${randomChars("upperAlnum", 20, "eventbrite-private-token-1")}`,
      () => `eventbrite_private_token: "${randomChars("upperAlnum", 20, "eventbrite-private-token-2")}"`,
      () => `const eventbriteToken = "${randomChars("upperAlnum", 20, "eventbrite-private-token-3")}";`,
    ],
    negatives: [
      "EVENTBRITE_PRIVATE_TOKEN=<your private token>",
      () => `EVENTBRITE_PRIVATE_TOKEN=${randomChars("upperAlnum", 16, "eventbrite-private-token-short")}`,
    ],
    references: [
      "https://www.eventbrite.com/platform/api#/introduction/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/eventbrite",
    ],
  },
];
