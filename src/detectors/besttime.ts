import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "BestTime";

export const detectors: Detector[] = [
  {
    id: "besttime-private-key",
    name: "BestTime private API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "BestTime.app forecasts how busy venues are, hour by hour. Private API keys are pri_ followed by 32 hexadecimal characters (public ones start pub_). It has no prefix, so it is recognised only in a name that mentions BestTime.",
    security: [
      "New venue forecasts can be created against the account's credits.",
      "Stored forecasts of the account can be read.",
    ],
    mitigation: {
      revoke: "In BestTime open the API keys page of your account and regenerate the key pair.",
      revokeUrl: "https://besttime.app/api/v1/keys",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: ["use the public key (pub_) in browsers and keep the private key (pri_) on servers"],
    },
    keywords: ["besttime", "best_time"],
    pattern: new RegExp(
      `${vendorPhrase(["besttime", "bestTime", "BestTime", "best_time"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>pri_[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Reads the key's own status and credits: creates no forecast.
    verify: {
      method: "GET",
      url: "https://besttime.app/api/v1/keys/{secret}",
      live: [200],
      dead: [401, 404],
      liveRequires: { field: "status", equals: "OK" },
    },
    examples: [
      () => `BESTTIME_PRIVATE_KEY=pri_${randomChars("hexLower", 32, "besttime-private-key-1")}`,
      () => `besttime_private_key: "pri_${randomChars("hexLower", 32, "besttime-private-key-2")}"`,
      () => `const besttimePrivateKey = "pri_${randomChars("hexLower", 32, "besttime-private-key-3")}";`,
    ],
    negatives: [
      "BESTTIME_PRIVATE_KEY=<your private API key>",
      () => `BESTTIME_PRIVATE_KEY=pri_${randomChars("hexLower", 24, "besttime-private-key-short")}`,
    ],
    references: [
      "https://documentation.besttime.app/#api-keys",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/besttime",
    ],
  },
];
