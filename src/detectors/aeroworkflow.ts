import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "AeroWorkflow";

export const detectors: Detector[] = [
  {
    id: "aeroworkflow-api-key",
    name: "AeroWorkflow API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "AeroWorkflow is practice management software for accounting firms. API keys are 20 characters (letters, digits, ^ and !), sent in the apikey header with the firm's numeric account id. It has no prefix, so it is recognised only in a name that mentions AeroWorkflow.",
    security: ["Client records, appointments and tasks of the firm can be read and changed."],
    mitigation: {
      revoke:
        "In AeroWorkflow open Firm settings > API, regenerate the key and update the integrations that used it.",
      revokeUrl: "https://app.aeroworkflow.com/",
      audit: "Review appointments, clients and tasks for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["aeroworkflow", "aero_workflow"],
    pattern: new RegExp(
      `${vendorName(["aeroworkflow", "aeroWorkflow", "AeroWorkflow", "aero_workflow"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9^!]{20})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `AEROWORKFLOW_API_KEY=${randomChars("alnum", 20, "aeroworkflow-api-key-1")}`,
      () => `aeroworkflow_api_key: "${randomChars("alnum", 20, "aeroworkflow-api-key-2")}"`,
      () => `const aeroWorkflowKey = "${randomChars("alnum", 20, "aeroworkflow-api-key-3")}";`,
    ],
    negatives: [
      "AEROWORKFLOW_API_KEY=<your API key>",
      () => `AEROWORKFLOW_API_KEY=${randomChars("alnum", 16, "aeroworkflow-api-key-short")}`,
    ],
    references: [
      "https://api.aeroworkflow.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/aeroworkflow",
    ],
  },
];
