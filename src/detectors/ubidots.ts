import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ubidots-token",
    name: "Ubidots API token",
    vendor: "Ubidots",
    family: "API Token",
    severity: "high",
    description:
      "Ubidots is an IoT platform for device data, dashboards and events. Its API keys and tokens (BBFF- or BBUS- followed by 30 letters and digits, sent as X-Auth-Token) read and write the account's devices and variables.",
    security: [
      "Sensor data of every device can be read.",
      "Values can be written to variables that drive events and actuators, and devices deleted.",
    ],
    mitigation: {
      revoke:
        "In Ubidots open the user menu > API Credentials, delete the leaked token and create a new one; update the devices that use it.",
      revokeUrl: "https://help.ubidots.com/en/articles/590078-find-your-token-from-your-ubidots-account",
      audit: "Review devices' variable histories and the events log for writes your devices did not make.",
      bestPractices: ["give each device fleet its own token with only the permissions it needs"],
    },
    keywords: ["BBFF-", "BBUS-"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>BB(?:FF|US)-[A-Za-z0-9]{30})(?![A-Za-z0-9_-])/,
    // Lists the account's variables: a read.
    verify: {
      method: "GET",
      url: "https://industrial.api.ubidots.com/api/v1.6/variables/",
      headers: { "X-Auth-Token": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "results" },
    },
    examples: [
      () => `UBIDOTS_TOKEN=BBFF-${randomChars("alnum", 30, "ubidots-1")}`,
      () => `#define TOKEN "BBUS-${randomChars("alnum", 30, "ubidots-2")}"`,
    ],
    negatives: [
      "UBIDOTS_TOKEN=BBFF-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `BBFF-${randomChars("alnum", 20, "ubidots-short")}`,
    ],
    references: [
      "https://docs.ubidots.com/reference/authentication",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/ubidots.yml",
    ],
  },
];
