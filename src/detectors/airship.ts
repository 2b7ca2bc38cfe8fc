import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Airship";

export const detectors: Detector[] = [
  {
    id: "airship-bearer-token",
    name: "Airship bearer token",
    vendor,
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Airship (formerly Urban Airship) sends push notifications, in-app messages and SMS to app users. Project bearer tokens (91 alphanumeric characters) authenticate the Airship API for one project with the role chosen at creation. It has no prefix, so it is recognised only in a name that mentions Airship.",
    security: [
      "Push notifications and messages can be sent to every user of the app.",
      "Audience data (named users, channels, tags) can be read or changed.",
    ],
    mitigation: {
      revoke:
        "In the Airship dashboard open Settings > Tokens for the project, revoke the leaked token and create a new one with the same role.",
      revokeUrl: "https://docs.airship.com/guides/admin/security/tokens/",
      audit:
        "Review the project's message history and the token list for sends and tokens you did not create.",
      bestPractices: [
        "create tokens with the narrowest role (audience modification or read-only) each integration needs",
      ],
    },
    keywords: ["airship", "urbanairship"],
    pattern: new RegExp(
      `${vendorName(["airship", "urbanairship", "urbanAirship"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{91})${TOKEN_END}`,
    ),
    // Lists the project's scheduled messages: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://go.urbanairship.com/api/schedules",
      headers: { Authorization: "Bearer {secret}", Accept: "application/vnd.urbanairship+json; version=3" },
      live: [200],
      dead: [401],
      liveRequires: { field: "ok", equals: true },
    },
    examples: [
      () => `AIRSHIP_BEARER_TOKEN=${randomChars("alnum", 91, "airship-bearer-token-1")}`,
      () => `airship_bearer_token: "${randomChars("alnum", 91, "airship-bearer-token-2")}"`,
      () => `const airshipToken = "${randomChars("alnum", 91, "airship-bearer-token-3")}";`,
    ],
    negatives: [
      "AIRSHIP_BEARER_TOKEN=<your token>",
      () => `AIRSHIP_BEARER_TOKEN=${randomChars("alnum", 80, "airship-bearer-token-short")}`,
    ],
    references: [
      "https://docs.airship.com/api/ua/#security",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/airship",
    ],
  },
];
