import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Fibery";

export const detectors: Detector[] = [
  {
    id: "fibery-api-token",
    name: "Fibery API token",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Fibery is a configurable work management and knowledge base tool. API tokens are 8 hexadecimal characters, a dot and 35 more, sent as `Authorization: Token ...` to the workspace's fibery.io API with the user's access. It has no prefix, so it is recognised only in a name that mentions Fibery.",
    security: [
      "Every entity, document and comment the user can see in the workspace can be read.",
      "Entities and the workspace's schema can be created, changed or deleted.",
    ],
    mitigation: {
      revoke: "In Fibery open Settings > API Keys, delete the leaked key and generate a new one.",
      revokeUrl: "https://the.fibery.io/@public/User_Guide/Guide/Fibery-API-Overview-279",
      audit: "Review the workspace's activity log for entities changed through the API.",
      bestPractices: ["create a token per integration from a user with only the needed access"],
    },
    keywords: ["fibery"],
    pattern: new RegExp(
      `${vendorName(["fibery"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}\\.[a-f0-9]{35})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `FIBERY_API_TOKEN=${randomChars("hexLower", 8, "fibery-api-token-1")}.${randomChars("hexLower", 35, "fibery-api-token-1-2")}`,
      () =>
        `fibery_api_token: "${randomChars("hexLower", 8, "fibery-api-token-2")}.${randomChars("hexLower", 35, "fibery-api-token-2-2")}"`,
      () =>
        `const fiberyToken = "${randomChars("hexLower", 8, "fibery-api-token-3")}.${randomChars("hexLower", 35, "fibery-api-token-3-2")}";`,
    ],
    negatives: [
      "FIBERY_API_TOKEN=<your API token>",
      () =>
        `FIBERY_API_TOKEN=${randomChars("hexLower", 8, "fibery-api-token-short")}.${randomChars("hexLower", 30, "fibery-api-token-short-2")}`,
    ],
    references: [
      "https://the.fibery.io/@public/User_Guide/Guide/Fibery-API-Overview-279",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/fibery",
    ],
  },
];
