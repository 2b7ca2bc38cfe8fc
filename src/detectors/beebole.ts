import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Beebole";

export const detectors: Detector[] = [
  {
    id: "beebole-api-token",
    name: "Beebole API token",
    vendor,
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Beebole is timesheet and project time tracking software. Personal API tokens are 40 lower-case hexadecimal characters, used as the HTTP Basic username. It has no prefix, so it is recognised only in a name that mentions Beebole.",
    security: [
      "Time entries, people, rates and absences visible to the user can be read.",
      "Time entries and projects can be created or changed.",
    ],
    mitigation: {
      revoke:
        "In Beebole open your account settings (API token), regenerate the token and update the integrations that used it.",
      revokeUrl: "https://beebole.com/help/api/",
      audit: "Review time entries, people and projects for changes made through the API.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["beebole"],
    pattern: new RegExp(
      `${vendorName(["beebole", "beeBole", "BeeBole"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `BEEBOLE_API_TOKEN=${randomChars("hexLower", 40, "beebole-api-token-1")}`,
      () => `beebole_api_token: "${randomChars("hexLower", 40, "beebole-api-token-2")}"`,
      () => `const beeboleToken = "${randomChars("hexLower", 40, "beebole-api-token-3")}";`,
    ],
    negatives: [
      "BEEBOLE_API_TOKEN=<your API token>",
      () => `BEEBOLE_API_TOKEN=${randomChars("hexLower", 32, "beebole-api-token-short")}`,
    ],
    references: [
      "https://beebole.com/help/api/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/beebole",
    ],
  },
];
