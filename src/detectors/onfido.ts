import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (mode: string, label: string) =>
  `api_${mode}.${randomChars("base64url", 11, `${label}-id`)}.${randomChars("alnum", 32, label)}`;

export const detectors: Detector[] = [
  {
    id: "onfido-api-token",
    name: "Onfido (Entrust Identity Verification) API token",
    vendor: "Onfido",
    family: "API Token",
    severity: "critical",
    confidence: "high",
    description:
      "Onfido, now Entrust Identity Verification, checks identity documents and faces for KYC. Its API tokens begin with api_live. or api_sandbox. (with _us or _ca before the dot for those regions' accounts) and are sent as `Authorization: Token token=...`.",
    security: [
      "A live token reads every applicant of the account: names, dates of birth, addresses, identity document images and selfies, and the checks' results.",
      "It can also create applicants and checks, billed to the account, and delete applicant data.",
    ],
    mitigation: {
      revoke:
        "In the Onfido (Entrust) Dashboard go to Developers > API authentication > Tokens, revoke the token and generate a new one; deploy it to the services that call the API.",
      revokeUrl: "https://documentation.identity.entrust.com/api/latest/#authentication",
      audit:
        "Review the account's applicants and checks created or viewed during the exposure window, and the Dashboard's user activity; identity data read with the token is a personal-data breach to assess.",
      bestPractices: [
        "keep live tokens on the server; browsers and apps get short-lived SDK tokens instead",
        "use sandbox tokens outside production",
      ],
    },
    keywords: ["api_live", "api_sandbox"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>api_(?:live|sandbox)(?:_(?:us|ca|eu))?\.[A-Za-z0-9_-]{8,20}\.[A-Za-z0-9_-]{20,64}|api_(?:live|sandbox)(?:_(?:us|ca|eu))?\.[A-Za-z0-9_-]{32,80})(?![A-Za-z0-9_.-])/,
    examples: [
      () => `ONFIDO_API_TOKEN=${token("live", "onfido-1")}`,
      () => `headers={'Authorization': 'Token token=${token("live", "onfido-2")}'}`,
      () => `onfido:\n  api_token: "${token("sandbox", "onfido-3")}"`,
      () => `ONFIDO_TOKEN=${token("live_us", "onfido-4")}`,
    ],
    negatives: [
      "ONFIDO_API_TOKEN=api_live.xxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "ONFIDO_API_TOKEN=<api_live.YOUR_TOKEN>",
      // The start of a token only.
      () => `ONFIDO_API_TOKEN=api_live.${randomChars("alnum", 6, "onfido-short")}`,
    ],
    references: ["https://documentation.identity.entrust.com/api/latest/#authentication"],
  },
];
