import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Fleetbase";

export const detectors: Detector[] = [
  {
    id: "fleetbase-api-key",
    name: "Fleetbase API key",
    vendor,
    family: "API Key",
    severity: "high",
    description:
      "Fleetbase is a logistics and fleet management platform. Secret API keys start with flb_live_ or flb_test_ followed by 20 letters and digits, sent as a Bearer token.",
    security: [
      "Orders, customer contacts, addresses and driver locations can be read.",
      "Orders can be created, re-routed or cancelled.",
    ],
    mitigation: {
      revoke:
        "In the Fleetbase console open Developers > API Keys, roll or delete the leaked key and create a new one.",
      revokeUrl: "https://console.fleetbase.io/developers/api-keys",
      audit: "Review orders, contacts and drivers for changes made through the API.",
      bestPractices: ["use test keys (flb_test_) outside production"],
    },
    keywords: ["flb_live_", "flb_test_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>flb_(?:live|test)_[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/,
    // Lists contacts: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.fleetbase.io/v1/contacts",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `FLEETBASE_API_KEY=flb_live_${randomChars("alnum", 20, "fleetbase-api-key-1")}`,
      () => `fleetbase_api_key: "flb_live_${randomChars("alnum", 20, "fleetbase-api-key-2")}"`,
      () => `const fleetbaseKey = "flb_live_${randomChars("alnum", 20, "fleetbase-api-key-3")}";`,
    ],
    negatives: [
      "FLEETBASE_API_KEY=<your API key>",
      () => `FLEETBASE_API_KEY=flb_live_${randomChars("alnum", 14, "fleetbase-api-key-short")}`,
    ],
    references: [
      "https://docs.fleetbase.io/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/fleetbase",
    ],
  },
];
