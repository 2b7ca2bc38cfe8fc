import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Infisical is an open-source secrets manager (Infisical Cloud or self-hosted) for application secrets, certificates and dynamic credentials.";

const serviceToken = (label: string) =>
  `st.${randomChars("hexLower", 24, `${label}-id`)}.${randomChars("hexLower", 32, `${label}-secret`)}.${randomChars("hexLower", 32, `${label}-key`)}`;

const audit =
  "Review the project's and organization's Audit Logs in Infisical for secret reads and changes by the token or identity during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "infisical-service-token",
    name: "Infisical service token",
    vendor: "Infisical",
    family: "Access Token",
    severity: "high",
    description: `${about} Service tokens (st.<id>.<secret>.<key>, three hex parts) give read or read/write access to the secrets of chosen environments and paths of one project; the last part decrypts them. They are usually set as INFISICAL_TOKEN and reported only with an Infisical name on the line.`,
    security: [
      "Every secret in the token's environments and paths can be read and decrypted, for example production credentials.",
      "Write-enabled tokens can change secrets that applications then load.",
    ],
    mitigation: {
      revoke:
        "In Infisical open the project > Project Settings (Access Control) > Service Tokens and delete the token; migrate the consumer to a machine identity, and rotate the secrets it could read.",
      revokeUrl: "https://infisical.com/docs/documentation/platform/token",
      audit,
      bestPractices: [
        "replace service tokens, which are deprecated, with machine identities using Universal Auth or a cloud-native auth method",
        "scope tokens to one environment and path, read-only, with an expiry",
      ],
    },
    keywords: ["infisical"],
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>st\.[a-f0-9-]{24,36}\.[a-f0-9]{32}\.[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    window: { before: 256, after: 512 },
    examples: [
      () => `INFISICAL_TOKEN=${serviceToken("inf-st-1")}`,
      () => `infisical run --token ${serviceToken("inf-st-2")} -- npm start`,
    ],
    negatives: [
      "INFISICAL_TOKEN=st.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () =>
        `INFISICAL_TOKEN=st.${randomChars("hexLower", 24, "inf-st-short")}.${randomChars("hexLower", 32, "inf-st-short-b")}`,
    ],
    references: ["https://infisical.com/docs/documentation/platform/token"],
  },
  {
    id: "infisical-client-secret",
    name: "Infisical Universal Auth client secret",
    vendor: "Infisical",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${about} Machine identities using Universal Auth log in with a client ID (a UUID) and a client secret (64 hex characters) to obtain short-lived access tokens; the secret has no prefix and is found next to an Infisical client-secret name.`,
    security: [
      "With the client ID, an attacker can log in as the machine identity and read or change the secrets of every project it belongs to.",
      "Client secrets may have no expiry or usage limit unless configured.",
    ],
    mitigation: {
      revoke:
        "Open Organization Settings > Access Control > Identities (or the project's Machine Identities), select the identity, open Universal Auth > Client Secrets and revoke the leaked secret; create a new one for the workload.",
      revokeUrl: "https://infisical.com/docs/documentation/platform/identities/universal-auth",
      audit,
      bestPractices: [
        "set a TTL, usage limit and trusted IPs on Universal Auth client secrets",
        "prefer cloud-native auth (AWS, GCP, Azure, Kubernetes, OIDC) so that no static secret exists",
      ],
    },
    keywords: ["infisical"],
    pattern:
      /(?:infisical[\w.-]{0,24}client[_-]?secret[\w-]{0,8}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?|--client-secret[= ]["']?)(?<secret>[a-f0-9]{64})(?![A-Za-z0-9])/i,
    examples: [
      () => `INFISICAL_CLIENT_SECRET=${randomChars("hexLower", 64, "inf-cs-1")}`,
      () =>
        `infisical login --method=universal-auth --client-id=${randomChars("hexLower", 8, "inf-id")} --client-secret=${randomChars("hexLower", 64, "inf-cs-2")}`,
      () =>
        `provider "infisical" {\n  infisical_client_secret = "${randomChars("hexLower", 64, "inf-cs-3")}"\n}`,
    ],
    negatives: [
      "INFISICAL_CLIENT_SECRET=${INFISICAL_CLIENT_SECRET}",
      "INFISICAL_CLIENT_SECRET=<client-secret>",
    ],
    references: ["https://infisical.com/docs/documentation/platform/identities/universal-auth"],
  },
];
