import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zonka-feedback-api-token",
    name: "Zonka Feedback API token",
    vendor: "Zonka Feedback",
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Zonka Feedback runs customer surveys (NPS, CSAT). Its API token, 36 letters and digits sent in the Z-API-TOKEN header, is recognised next to a Zonka name.",
    security: [
      "Survey responses, with respondents' names, e-mail addresses and comments, can be read.",
      "Contacts can be added or changed.",
    ],
    mitigation: {
      revoke:
        "In Zonka Feedback open Settings > Developers > API, regenerate the token and update the integrations that use it.",
      revokeUrl: "https://app.zonkafeedback.com/",
    },
    keywords: ["zonka"],
    pattern: new RegExp(
      `${vendorPhrase(["zonka", "zonkafeedback", "zonka_feedback", "ZonkaFeedback"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{36})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `ZONKA_API_TOKEN=${randomChars("alnum", 36, "zonka-1")}`,
      () => `zonkaFeedbackToken: "${randomChars("alnum", 36, "zonka-2")}"`,
    ],
    negatives: [
      "ZONKA_API_TOKEN=<api token>",
      () => `ZONKA_API_TOKEN=${randomChars("alnum", 28, "zonka-short")}`,
    ],
    references: [
      "https://apidocs.zonkafeedback.com/",
      "https://github.com/mongodb/kingfisher (rule zonkafeedback: 36 letters and digits)",
    ],
  },
];
