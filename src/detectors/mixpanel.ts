import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mixpanel-api-secret",
    name: "Mixpanel API secret or service account secret",
    vendor: "Mixpanel",
    family: "API Secret",
    severity: "high",
    confidence: "medium",
    description:
      "Mixpanel is a product analytics platform that stores the events and user profiles applications send to it. Project API secrets and service account secrets (32 characters, no prefix) authenticate the export, query and management APIs; unlike the public project token they are secret, and they are recognised next to a Mixpanel secret setting.",
    security: [
      "Raw event data and user profiles can be exported, often including emails, device ids, locations and behavioural data.",
      "Saved reports, cohorts and dashboards can be read, and with management scopes data can be deleted or imported.",
      "Events can be imported into past dates, corrupting analytics that drive product decisions.",
    ],
    mitigation: {
      revoke:
        "For a project API secret, a project owner opens Project Settings > Overview > Access Keys and resets the API secret. For a service account, an organization admin opens Organization Settings > Service Accounts and deletes the account (or its secret) and creates a new one.",
      revokeUrl: "https://mixpanel.com/settings/project",
      audit:
        "Review the organization's and project's activity/audit logs (Enterprise) and data deletion or import requests made during the exposure window.",
      bestPractices: [
        "use service accounts with project-scoped roles instead of the legacy project API secret",
        "never ship secrets with client SDKs; only the project token belongs in front-end code",
      ],
    },
    keywords: ["mixpanel"],
    pattern:
      /(?:MIXPANEL|[Mm]ixpanel)[\w.-]{0,30}(?:SECRET|[Ss]ecret)[\w.-]{0,20}["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () => `MIXPANEL_API_SECRET=${randomChars("hexLower", 32, "mixpanel-1")}`,
      () => `mixpanel_service_account_secret: "${randomChars("alnum", 32, "mixpanel-2")}"`,
    ],
    negatives: [
      // The project token is public by design.
      () => `MIXPANEL_TOKEN=${randomChars("hexLower", 32, "mixpanel-token")}`,
      "MIXPANEL_API_SECRET=your_api_secret_here",
    ],
    references: ["https://docs.mixpanel.com/docs/orgs-and-projects/service-accounts"],
  },
];
