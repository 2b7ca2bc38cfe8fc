import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `cal_live_${randomChars("hexLower", 32, label)}`;

export const detectors: Detector[] = [
  {
    id: "calcom-api-key",
    name: "Cal.com live API key",
    vendor: "Cal.com",
    family: "API Key",
    severity: "high",
    description:
      "Cal.com is an open-source scheduling platform. API keys for the hosted service are cal_live_ followed by 32 hexadecimal characters, sent as a Bearer token to api.cal.com, and act as the user (or team) that created them.",
    security: [
      "Bookings can be listed with attendees' names, e-mail addresses and meeting notes.",
      "The attacker can create, reschedule or cancel bookings, and change event types and availability.",
      "Webhooks can be added to receive every new booking.",
    ],
    mitigation: {
      revoke:
        "Sign in to Cal.com, open Settings > Developer > API Keys, and delete the leaked key; create a new key with an expiry date and update CAL_API_KEY.",
      revokeUrl: "https://app.cal.com/settings/developer/api-keys",
      audit:
        "Review bookings, event types and Settings > Developer > Webhooks for changes made during the exposure window.",
      bestPractices: [
        "set an expiry on every API key",
        "use a team key only where the integration needs team event types",
        "keep the key server-side; never in front-end bundles (VITE_ or NEXT_PUBLIC_ variables)",
      ],
    },
    keywords: ["cal_live_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>cal_live_[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    // The "me" endpoint returns the key owner's profile and changes nothing.
    verify: bearerCheck("https://api.cal.com/v2/me", { live: [200], dead: [401] }),
    examples: [
      () => `CAL_API_KEY=${key("cal-1")}`,
      () => `headers: { Authorization: "Bearer ${key("cal-2")}", "cal-api-version": "2024-08-13" }`,
    ],
    negatives: ["CAL_API_KEY=cal_live_your_api_key_here", "CAL_API_KEY=cal_live_xxxx"],
    references: [
      "https://cal.com/docs/api-reference/v2/introduction",
      "https://cal.com/docs/api-reference/v1/authentication",
    ],
  },
];
