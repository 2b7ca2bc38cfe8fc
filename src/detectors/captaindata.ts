import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Captain Data";

export const detectors: Detector[] = [
  {
    id: "captaindata-api-key",
    name: "Captain Data API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Captain Data automates data extraction and enrichment workflows (LinkedIn, CRMs, websites). API keys are 64 hexadecimal characters, sent in the x-api-key header with the project id. It has no prefix, so it is recognised only in a name that mentions Captain Data.",
    security: [
      "Workflows can be launched on the workspace's credits and connected accounts.",
      "Extracted data (often personal data of prospects) can be downloaded.",
    ],
    mitigation: {
      revoke:
        "In Captain Data open Settings > Developer (API), regenerate the key and update the integrations that used it.",
      revokeUrl: "https://app.captaindata.co/",
      audit: "Review the workspace's workflows and job runs for activity you did not start.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["captaindata", "captain_data"],
    pattern: new RegExp(
      `${vendorName(["captaindata", "captain_data", "captainData", "CaptainData"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `CAPTAINDATA_API_KEY=${randomChars("hexLower", 64, "captaindata-api-key-1")}`,
      () => `captaindata_api_key: "${randomChars("hexLower", 64, "captaindata-api-key-2")}"`,
      () => `const captainDataKey = "${randomChars("hexLower", 64, "captaindata-api-key-3")}";`,
    ],
    negatives: [
      "CAPTAINDATA_API_KEY=<your API key>",
      () => `CAPTAINDATA_API_KEY=${randomChars("hexLower", 48, "captaindata-api-key-short")}`,
    ],
    references: [
      "https://docs.captaindata.co/#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/captaindata",
    ],
  },
];
