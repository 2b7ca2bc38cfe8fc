import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "scalingo-api-token",
    name: "Scalingo API token",
    vendor: "Scalingo",
    family: "API Token",
    severity: "critical",
    description:
      "Scalingo is a European platform-as-a-service for applications and managed databases. Its CLI, API and Terraform provider authenticate with user API tokens that start with tk-us- followed by 48 URL-safe characters.",
    security: [
      "The token acts as the user on every application they collaborate on: deploying code, running one-off containers and scaling.",
      "Environment variables, including database URLs and third-party keys, can be read and changed.",
      "Applications and database add-ons can be deleted.",
    ],
    mitigation: {
      revoke:
        "In the Scalingo dashboard open your profile > API tokens and delete the leaked token (CLI: `scalingo tokens` then `scalingo tokens-remove <id>`); create a new token for the integration.",
      revokeUrl: "https://dashboard.scalingo.com/account/tokens",
      audit:
        "Review each application's Activity (events) for deployments, variable changes and one-off containers you did not start.",
      bestPractices: [
        "create one token per integration and remove unused ones",
        "keep tokens in CI secret storage",
      ],
    },
    keywords: ["tk-us-"],
    window: { before: 8, after: 64 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SCALINGO_API_TOKEN=tk-us-${randomChars("base64url", 48, "scalingo-1")}`,
      () => `provider "scalingo" {\n  api_token = "tk-us-${randomChars("base64url", 48, "scalingo-2")}"\n}`,
    ],
    negatives: [
      "SCALINGO_API_TOKEN=tk-us-...",
      () => `SCALINGO_API_TOKEN=tk-us-${randomChars("base64url", 30, "scalingo-short")}`,
    ],
    references: ["https://developers.scalingo.com/#authentication"],
  },
];
