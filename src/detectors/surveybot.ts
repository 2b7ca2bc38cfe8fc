import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "surveybot-api-key",
    name: "SurveyBot API key",
    vendor: "SurveyBot",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "SurveyBot runs surveys in Messenger and on the web. Its API key, 80 letters, digits and dashes sent in the X-Api-Key header, is recognised next to a SurveyBot name.",
    security: ["Surveys and respondents' answers can be read."],
    mitigation: {
      revoke:
        "In SurveyBot open the account's API settings, regenerate the key and update the integrations that use it.",
      revokeUrl: "https://app.surveybot.io/",
    },
    keywords: ["surveybot", "survey_bot"],
    pattern: new RegExp(
      `${vendorPhrase(["surveybot", "surveyBot", "SurveyBot", "survey_bot"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9-]{80})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    // Lists the account's surveys: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://app.surveybot.io/api/v1/surveys?page=1&per_page=1",
      headers: { Accept: "application/json", "X-Api-Key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `SURVEYBOT_API_KEY=${randomChars("alnum", 80, "surveybot-1")}`,
      () => `surveyBotKey: "${randomChars("alnum", 80, "surveybot-2")}"`,
    ],
    negatives: [
      "SURVEYBOT_API_KEY=<your SurveyBot key>",
      () => `SURVEYBOT_API_KEY=${randomChars("alnum", 72, "surveybot-short")}`,
    ],
    references: [
      "https://app.surveybot.io/api/docs",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/surveybot/surveybot.go",
    ],
  },
];
