import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string, length = 372) => randomChars("base64", length, label);

export const detectors: Detector[] = [
  {
    id: "aiven-api-token",
    name: "Aiven API token",
    vendor: "Aiven",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Aiven runs managed open-source data services (PostgreSQL, Kafka, OpenSearch, ClickHouse, Valkey and others) on several clouds. Personal and application tokens (372 base64 characters, sent as `Authorization: aivenv1 <token>`) authenticate the API, the avn CLI and the Terraform provider with the user's or application user's permissions; they are found next to an Aiven name.",
    security: [
      "An attacker can read service connection details, including the admin passwords and certificates of every database the token reaches.",
      "Services can be created, powered off or deleted, and projects' billing used for the attacker's own services.",
      "Users, application users and further tokens can be created.",
    ],
    mitigation: {
      revoke:
        "In the Aiven Console open User information > Tokens (application tokens: the organization's Application users > the user > Tokens) and Revoke the token; with the CLI, `avn user access-token revoke <prefix>`. Rotate the service passwords it could read.",
      revokeUrl: "https://aiven.io/docs/platform/howto/create_authentication_token",
      audit:
        "Review the organization's and projects' event logs in the Aiven Console for service, user and network changes made during the exposure window.",
      bestPractices: [
        "use application users with the narrowest role for automation, and set token expiry times",
        "restrict tokens to allowed IP ranges",
      ],
    },
    keywords: ["aiven"],
    pattern: new RegExp(
      `${vendorName(["aiven", "avn"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?:aivenv1[ \\t]{1,3})?(?<secret>[A-Za-z0-9+/]{370,372}={0,2})(?![A-Za-z0-9+/=_-])`,
    ),
    verify: {
      method: "GET",
      // Describes the token's own user.
      url: "https://api.aiven.io/v1/me",
      headers: { Authorization: "aivenv1 {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `AIVEN_API_TOKEN=${token("aiven-1")}`,
      () => `provider "aiven" {\n  aiven_api_token = "${token("aiven-2")}"\n}`,
    ],
    negatives: ["AIVEN_API_TOKEN=<your token>", () => `AIVEN_API_TOKEN=${token("aiven-short", 200)}`],
    references: [
      "https://aiven.io/docs/platform/howto/create_authentication_token",
      "https://aiven.io/docs/tools/api",
    ],
  },
];
