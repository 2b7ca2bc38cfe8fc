import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "sumsub-app-token",
    name: "Sumsub app token",
    vendor: "Sumsub",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Sumsub provides KYC, KYB and AML verification. App tokens (sbx: for sandbox or prd: for production, followed by 24 characters, a dot and 32 characters) sign API requests together with a secret key.",
    security: [
      "Applicants' identity documents, selfies and verification results can be read (together with the secret key).",
      "Applicants can be created or their review status changed.",
    ],
    mitigation: {
      revoke:
        "In the Sumsub dashboard open Dev space > App tokens, deactivate the token and create a new pair; update the backend that signs requests.",
      revokeUrl: "https://cockpit.sumsub.com/checkus#/devSpace/appTokens",
      audit: "Review the dashboard's applicant activity and API logs for the exposure window.",
      bestPractices: ["keep production tokens only in production secrets"],
    },
    keywords: ["sbx:", "prd:"],
    keywordGate: /[A-Za-z0-9]{24}\.[A-Za-z0-9]{32}/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:sbx|prd):[A-Za-z0-9]{24}\.[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `SUMSUB_APP_TOKEN=prd:${randomChars("alnum", 24, "sumsub-1a")}.${randomChars("alnum", 32, "sumsub-1b")}`,
      () =>
        `sumsub:\n  appToken: "sbx:${randomChars("alnum", 24, "sumsub-2a")}.${randomChars("alnum", 32, "sumsub-2b")}"`,
    ],
    negatives: [
      "SUMSUB_APP_TOKEN=sbx:xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `prd:${randomChars("alnum", 24, "sumsub-short-a")}.${randomChars("alnum", 20, "sumsub-short-b")}`,
    ],
    references: ["https://docs.sumsub.com/reference/authentication"],
  },
];
