import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "rootly-api-token",
    name: "Rootly API token",
    vendor: "Rootly",
    family: "API Token",
    severity: "high",
    description:
      "Rootly is an incident management platform (incidents, on-call, alerts, retrospectives). Its API tokens (rootly_ followed by 64 hexadecimal characters, sent as a Bearer token) act as a user, a team or the whole organization.",
    security: [
      "Incidents, retrospectives and alerts, which describe outages and security events, can be read.",
      "Incidents can be created, resolved or changed, and on-call schedules edited so real pages go unanswered.",
    ],
    mitigation: {
      revoke:
        "In Rootly open Organization Settings > API Keys (or your profile's API keys), revoke the token and create a new one with the narrowest scope.",
      revokeUrl: "https://rootly.com/account/api_keys",
      audit: "Review the organization's audit log for API actions during the exposure window.",
      bestPractices: ["prefer team-scoped keys over global keys"],
    },
    keywords: ["rootly_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>rootly_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    // Reads the token's own user; nothing is changed.
    verify: bearerCheck("https://api.rootly.com/v1/users/me", {
      live: [200],
      dead: [401],
      liveRequires: { field: "data.id" },
    }),
    examples: [
      () => `ROOTLY_API_TOKEN=rootly_${randomChars("hexLower", 64, "rootly-1")}`,
      () => `provider "rootly" {\n  api_token = "rootly_${randomChars("hexLower", 64, "rootly-2")}"\n}`,
    ],
    negatives: [
      "ROOTLY_API_TOKEN=rootly_xxxxxxxx",
      () => `rootly_${randomChars("hexLower", 40, "rootly-short")}`,
    ],
    references: [
      "https://docs.rootly.com/api-reference/overview",
      "https://registry.terraform.io/providers/rootlyhq/rootly/latest/docs",
    ],
  },
];
