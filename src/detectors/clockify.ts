import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Clockify";

export const detectors: Detector[] = [
  {
    id: "clockify-api-key",
    name: "Clockify API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Clockify is time tracking software. API keys are 48 letters and digits, sent in the X-Api-Key header with the user's access to their workspaces. It has no prefix, so it is recognised only in a name that mentions Clockify.",
    security: [
      "Time entries, projects, clients and rates of the user's workspaces can be read.",
      "Time entries and projects can be created, changed or deleted, affecting invoices and payroll.",
    ],
    mitigation: {
      revoke:
        "In Clockify open Profile settings > API, regenerate the API key and update the integrations that used it.",
      revokeUrl: "https://app.clockify.me/user/settings",
      audit: "Review time entries, projects and workspace settings for changes made through the API.",
      bestPractices: ["generate a key per integration from a dedicated user where possible"],
    },
    keywords: ["clockify"],
    pattern: new RegExp(
      `${vendorPhrase(["clockify"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{48})${TOKEN_END}`,
    ),
    // Reads the key's own user profile: changes nothing.
    verify: {
      method: "GET",
      url: "https://api.clockify.me/api/v1/user",
      headers: { "X-Api-Key": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `CLOCKIFY_API_KEY=${randomChars("alnum", 48, "clockify-api-key-1")}`,
      () => `clockify_api_key: "${randomChars("alnum", 48, "clockify-api-key-2")}"`,
      () => `const clockifyApiKey = "${randomChars("alnum", 48, "clockify-api-key-3")}";`,
    ],
    negatives: [
      "CLOCKIFY_API_KEY=<your API key>",
      () => `CLOCKIFY_API_KEY=${randomChars("alnum", 40, "clockify-api-key-short")}`,
    ],
    references: [
      "https://docs.clockify.me/#section/Authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/clockify",
    ],
  },
];
