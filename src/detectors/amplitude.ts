import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "amplitude-secret-key",
    name: "Amplitude secret key",
    vendor: "Amplitude",
    family: "API Secret",
    severity: "high",
    confidence: "medium",
    description:
      "Amplitude is a digital analytics platform for product events and user behaviour. Each project has an API key (used by SDKs, effectively public) and a secret key (32 hexadecimal characters); with both, the Export, Dashboard REST, User Privacy and Taxonomy APIs are available, so the secret key is recognised next to an Amplitude secret setting.",
    security: [
      "Raw event data for the project can be exported, including user ids, device data and event properties that may hold personal data.",
      "User data can be deleted through the privacy API and the tracking plan (taxonomy) changed.",
      "Cohorts, charts and user lookups reveal individual users' activity.",
    ],
    mitigation: {
      revoke:
        "In Amplitude open Settings > Organization settings > Projects, select the project and under API Keys create a new key pair and delete (or disable) the leaked one; update the server-side jobs that use it.",
      revokeUrl: "https://app.amplitude.com/analytics/settings/projects",
      audit:
        "Review the organization's audit and export activity (Enterprise) and any deletion requests made through the User Privacy API during the exposure window.",
      bestPractices: [
        "keep the secret key on servers only; SDKs need the API key alone",
        "rotate keys when people with access leave",
      ],
    },
    keywords: ["amplitude"],
    pattern:
      /(?:AMPLITUDE|[Aa]mplitude)[\w.-]{0,30}(?:SECRET|[Ss]ecret)[\w.-]{0,20}["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    companions: [
      {
        name: "API key",
        pattern:
          /(?:AMPLITUDE|[Aa]mplitude)[\w.-]{0,30}(?:API_?KEY|[Aa]pi_?[Kk]ey)["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[a-f0-9]{32})/,
        within: 512,
      },
    ],
    examples: [
      () =>
        `AMPLITUDE_API_KEY=${randomChars("hexLower", 32, "amplitude-1k")}\nAMPLITUDE_SECRET_KEY=${randomChars("hexLower", 32, "amplitude-1")}`,
      () => `amplitude_secret: "${randomChars("hexLower", 32, "amplitude-2")}"`,
    ],
    negatives: [
      () => `AMPLITUDE_API_KEY=${randomChars("hexLower", 32, "amplitude-public")}`,
      "AMPLITUDE_SECRET_KEY=<secret key>",
    ],
    references: ["https://amplitude.com/docs/apis/authentication"],
  },
];
