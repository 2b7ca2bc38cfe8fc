import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "apimetrics-api-key",
    name: "APImetrics API key",
    vendor: "APImetrics",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "APImetrics monitors the performance and availability of APIs with scheduled synthetic calls. Its API key, created at client.apimetrics.io under Settings > API key, is 32 letters and digits sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions APImetrics.",
    security: [
      "Monitored calls, workflows and their stored request settings, often holding the monitored APIs' own credentials, can be read.",
      "Monitors, schedules, alerts and notifications can be created, changed or deleted.",
    ],
    mitigation: {
      revoke:
        "Open Settings > API key at client.apimetrics.io, revoke the key and create a new one, then update the scripts and CI jobs that used it.",
      revokeUrl: "https://client.apimetrics.io/settings/api-key",
      audit: "Review the account's calls, workflows, alerts and deployments for changes you did not make.",
      bestPractices: [
        "keep the key in a secret manager or CI secret, not in the APImetrics settings file committed with code",
      ],
    },
    keywords: ["apimetrics"],
    pattern: new RegExp(
      `${vendorName(["apimetrics", "apiMetrics", "APImetrics", "ApiMetrics"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    // Lists the account's monitored API calls: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://client.apimetrics.io/api/2/calls/",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `APIMETRICS_API_KEY=${randomChars("alnum", 32, "apimetrics-api-key-1")}`,
      () => `apimetrics_key: "${randomChars("alnum", 32, "apimetrics-api-key-2")}"`,
      () => `apiMetricsToken = '${randomChars("alnum", 32, "apimetrics-api-key-3")}'`,
    ],
    negatives: [
      "APIMETRICS_API_KEY=YOUR_API_KEY",
      () => `APIMETRICS_API_KEY=${randomChars("alnum", 20, "apimetrics-api-key-short")}`,
    ],
    references: [
      "https://pypi.org/project/apimetrics/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/apimetrics",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/apimetrics.yml",
    ],
  },
];
