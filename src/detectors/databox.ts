import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Databox";

export const detectors: Detector[] = [
  {
    id: "databox-push-token",
    name: "Databox push token",
    vendor,
    family: "API Token",
    severity: "low",
    confidence: "medium",
    description:
      "Databox is a business analytics dashboard tool. Push tokens are 21 lower-case letters and digits, used as the HTTP Basic username to push metrics into one data source. It has no prefix, so it is recognised only in a name that mentions Databox.",
    security: [
      "False metrics can be pushed into the data source, corrupting dashboards and alerts built on it.",
    ],
    mitigation: {
      revoke: "In Databox open Data Manager, select the custom data source and regenerate its token.",
      revokeUrl: "https://app.databox.com/datawall/data-manager",
      audit: "Review the data source's pushed metrics for values you did not send.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["databox"],
    pattern: new RegExp(
      `${vendorPhrase(["databox", "dataBox", "DataBox"], ["token", "Token", "TOKEN", "push_token", "pushToken"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{21})${TOKEN_END}`,
    ),
    examples: [
      () => `DATABOX_TOKEN=${randomChars("lowerAlnum", 21, "databox-push-token-1")}`,
      () => `databox_token: "${randomChars("lowerAlnum", 21, "databox-push-token-2")}"`,
      () => `const databoxToken = "${randomChars("lowerAlnum", 21, "databox-push-token-3")}";`,
    ],
    negatives: [
      "DATABOX_TOKEN=<your token>",
      () => `DATABOX_TOKEN=${randomChars("lowerAlnum", 16, "databox-push-token-short")}`,
    ],
    references: [
      "https://developers.databox.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/databox",
    ],
  },
];
