import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "samsara-api-token",
    name: "Samsara API token",
    vendor: "Samsara",
    family: "API Token",
    severity: "high",
    description:
      "Samsara connects fleets, equipment and sites (vehicle telematics, dash cams, sensors). Its API tokens (samsara_api_ followed by 30 letters and digits, sent as a Bearer token) carry the scopes chosen for them across the organization.",
    security: [
      "Vehicle locations, driver records and dash-cam media can be read.",
      "With write scopes, drivers, routes and configuration can be changed.",
    ],
    mitigation: {
      revoke:
        "In the Samsara dashboard open Settings > API Tokens, delete the token and create a new one with only the scopes it needs.",
      revokeUrl: "https://cloud.samsara.com/",
      audit: "Review the organization's activity log and API usage for requests during the exposure window.",
      bestPractices: ["grant read-only scopes unless writes are needed"],
    },
    keywords: ["samsara_api_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>samsara_api_[A-Za-z0-9]{30})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SAMSARA_API_TOKEN=samsara_api_${randomChars("alnum", 30, "samsara-1")}`,
      () => `headers = {"Authorization": "Bearer samsara_api_${randomChars("alnum", 30, "samsara-2")}"}`,
    ],
    negatives: [
      "SAMSARA_API_TOKEN=samsara_api_xxxxxxxx",
      () => `samsara_api_${randomChars("alnum", 20, "samsara-short")}`,
    ],
    references: [
      "https://developers.samsara.com/docs/authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/samsara/samsara.go",
    ],
  },
];
