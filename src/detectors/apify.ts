import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Apify";

export const detectors: Detector[] = [
  {
    id: "apify-api-token",
    name: "Apify API token",
    vendor,
    family: "API Token",
    severity: "high",
    description:
      "Apify is a platform for running web scrapers and automation actors in the cloud. API tokens start with apify_api_ followed by 36 alphanumeric characters.",
    security: [
      "Actors can be run on the account's compute units, spending its credit.",
      "Datasets, key-value stores and request queues, often holding scraped personal data, can be read or deleted.",
    ],
    mitigation: {
      revoke:
        "In Apify Console open Settings > API & Integrations, delete or reset the leaked token and create a new one.",
      revokeUrl: "https://console.apify.com/settings/integrations",
      audit:
        "Review the account's actor runs, schedules and usage in Apify Console for runs you did not start.",
      bestPractices: ["give integrations a scoped token rather than the account's default token"],
    },
    keywords: ["apify_api_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>apify_api_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
    // Returns the token owner's account details: a read that starts no actor.
    verify: {
      method: "GET",
      url: "https://api.apify.com/v2/users/me",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data.id" },
    },
    examples: [
      () => `APIFY_TOKEN=apify_api_${randomChars("alnum", 36, "apify-api-token-1")}`,
      () => `apify_token: "apify_api_${randomChars("alnum", 36, "apify-api-token-2")}"`,
      () => `const apifyToken = "apify_api_${randomChars("alnum", 36, "apify-api-token-3")}";`,
    ],
    negatives: [
      "APIFY_TOKEN=<your API token>",
      () => `APIFY_TOKEN=apify_api_${randomChars("alnum", 30, "apify-api-token-short")}`,
    ],
    references: [
      "https://docs.apify.com/platform/integrations/api",
      "https://docs.apify.com/api/v2/users-me-get",
    ],
  },
];
