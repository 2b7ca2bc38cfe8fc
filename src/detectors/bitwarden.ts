import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** "0." + machine account token id (UUID) + "." + client secret + ":" + base64 encryption key. */
const accessToken = (label: string) => {
  const hex = randomChars("hexLower", 32, `${label}-id`);
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  const key = Buffer.from(randomChars("hexLower", 32, `${label}-key`), "hex").toString("base64");
  return `0.${id}.${randomChars("alnum", 30, label)}:${key}`;
};

export const detectors: Detector[] = [
  {
    id: "bitwarden-secrets-manager-token",
    name: "Bitwarden Secrets Manager access token",
    vendor: "Bitwarden",
    family: "Access Token",
    severity: "high",
    description:
      "Bitwarden Secrets Manager stores infrastructure secrets for machines and CI. Machine account access tokens (0.<token id>.<secret>:<encryption key>, used by the bws CLI and SDKs as BWS_ACCESS_TOKEN) read and decrypt the secrets of the projects the machine account can access; they are reported with a Bitwarden name on the line.",
    security: [
      "Every secret in the projects granted to the machine account can be read and decrypted.",
      "With write access, secrets can be changed, steering deployments to attacker-controlled credentials.",
    ],
    mitigation: {
      revoke:
        "In the Bitwarden web app open Secrets Manager > Machine accounts, select the account, open Access tokens and revoke the token; rotate the secrets it could read.",
      revokeUrl: "https://bitwarden.com/help/access-tokens/",
      audit:
        "Review the organization's event logs (Admin Console > Reporting > Event logs) for secret access by the machine account during the exposure window.",
      bestPractices: [
        "give each machine account read-only access to a single project",
        "set an expiration date on access tokens and store them only in the CI secret store",
      ],
    },
    keywords: ["bws_access_token", "bitwarden", "bws "],
    pattern:
      /(?<![A-Za-z0-9.])(?<secret>0\.[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\.[A-Za-z0-9]{20,40}:[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])/,
    examples: [
      () => `BWS_ACCESS_TOKEN=${accessToken("bws-1")}`,
      () => `bws secret list --access-token "${accessToken("bws-2")}"`,
      () => `bitwarden_access_token = "${accessToken("bws-3")}"`,
    ],
    negatives: [
      "BWS_ACCESS_TOKEN=${{ secrets.BWS_ACCESS_TOKEN }}",
      "BWS_ACCESS_TOKEN=0.<token-id>.<secret>:<key>",
    ],
    references: ["https://bitwarden.com/help/access-tokens/"],
  },
];
