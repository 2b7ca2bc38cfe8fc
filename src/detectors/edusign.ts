import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Edusign";

export const detectors: Detector[] = [
  {
    id: "edusign-api-key",
    name: "Edusign API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Edusign is digital attendance and e-signature software for schools and training centres. API keys are 64 hexadecimal characters, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Edusign.",
    security: [
      "Student and teacher records, courses and attendance data can be read.",
      "Attendance and course records can be created or changed.",
    ],
    mitigation: {
      revoke: "In Edusign open Settings > API, regenerate the key and update the integrations that used it.",
      revokeUrl: "https://app.edusign.fr/",
      audit: "Review courses, students and attendance sheets for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["edusign"],
    pattern: new RegExp(
      `${vendorName(["edusign", "eduSign", "EduSign"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Lists courses: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://ext.edusign.fr/v1/course?page=0",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `EDUSIGN_API_KEY=${randomChars("hexLower", 64, "edusign-api-key-1")}`,
      () => `edusign_api_key: "${randomChars("hexLower", 64, "edusign-api-key-2")}"`,
      () => `const edusignApiKey = "${randomChars("hexLower", 64, "edusign-api-key-3")}";`,
    ],
    negatives: [
      "EDUSIGN_API_KEY=<your API key>",
      () => `EDUSIGN_API_KEY=${randomChars("hexLower", 48, "edusign-api-key-short")}`,
    ],
    references: [
      "https://developers.edusign.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/edusign",
    ],
  },
];
