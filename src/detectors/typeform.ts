import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string) =>
  `tfp_${randomChars("base64url", 44, `${label}-a`)}_${randomChars("base64url", 14, `${label}-b`)}`;

export const detectors: Detector[] = [
  {
    id: "typeform-personal-access-token",
    name: "Typeform personal access token",
    vendor: "Typeform",
    family: "Access Token",
    severity: "high",
    description:
      "Typeform is an online form and survey builder. Personal access tokens start with tfp_ and authenticate the Create, Responses and Webhooks APIs as the account owner, with the scopes chosen when the token was generated.",
    security: [
      "Every response submitted to the account's forms can be downloaded, often including names, emails, phone numbers, payments and free-text answers.",
      "Forms can be edited or deleted, and responses deleted, destroying collected data.",
      "Webhooks can be added to forward future responses to an attacker's endpoint.",
    ],
    mitigation: {
      revoke:
        "Sign in to Typeform, open your account settings > Personal tokens, and delete the leaked token; generate a new token with only the scopes you need and update the integration.",
      revokeUrl: "https://admin.typeform.com/account#/section/tokens",
      audit:
        "Review the forms' webhook settings and response counts, and your workspace for forms created, changed or deleted during the exposure window.",
      bestPractices: [
        "generate tokens with the minimal scopes (for example responses:read only)",
        "use OAuth apps for integrations used by other accounts",
      ],
    },
    keywords: ["tfp_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>tfp_[A-Za-z0-9_-]{59})(?![A-Za-z0-9_=-])/,
    verify: bearerCheck("https://api.typeform.com/me", { live: [200], dead: [401, 403] }),
    examples: [
      () => `TYPEFORM_TOKEN=${token("typeform-1")}`,
      () => `headers: { Authorization: "Bearer ${token("typeform-2")}" }`,
    ],
    negatives: [
      "TYPEFORM_TOKEN=tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `TYPEFORM_TOKEN=tfp_${randomChars("base64url", 40, "typeform-short")}`,
    ],
    references: ["https://www.typeform.com/developers/get-started/personal-access-token/"],
  },
];
