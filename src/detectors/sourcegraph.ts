import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Sourcegraph is a code search and intelligence platform (sourcegraph.com or self-hosted) that indexes an organization's repositories; its Cody assistant uses the same access tokens.";

const revoke =
  "Sign in as the token's owner, open the user menu > Settings > Access tokens and Delete the token; site administrators can delete any user's tokens from Site admin > Users & auth > (user) > Access tokens.";
const audit =
  "Site administrators can review the security event log (Site admin > Analytics / security events, or the audit log exported to your log pipeline) for AccessTokenCreated and API activity by the user during the exposure window.";
const practices = [
  "create tokens with the user:all scope only when needed; prefer short expiry",
  "store SRC_ACCESS_TOKEN in a secret manager, not in shell profiles that get committed",
];

export const detectors: Detector[] = [
  {
    id: "sourcegraph-access-token",
    name: "Sourcegraph access token",
    vendor: "Sourcegraph",
    family: "Access Token",
    severity: "high",
    description: `${about} Access tokens start with sgp_, optionally followed by a 16-hex instance identifier or "local" and an underscore, then 40 hex characters; they authenticate the GraphQL API, src-cli and Cody as the user.`,
    security: [
      "Every repository indexed by the instance that the user can see is searchable and readable, including private code.",
      "Cody requests run on the organization's quota and may reveal code in responses.",
      "A site administrator's token can change site configuration, code host connections and users.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token",
      audit,
      bestPractices: practices,
    },
    keywords: ["sgp_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sgp_(?:(?:[a-f0-9]{16}|local)_)?[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `SRC_ACCESS_TOKEN=sgp_${randomChars("hexLower", 16, "sg-1a")}_${randomChars("hexLower", 40, "sg-1b")}`,
      () => `export SRC_ACCESS_TOKEN="sgp_local_${randomChars("hexLower", 40, "sg-2")}"`,
      () => `{"cody.accessToken": "sgp_${randomChars("hexLower", 40, "sg-3")}"}`,
    ],
    negatives: [
      "SRC_ACCESS_TOKEN=sgp_xxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `SRC_ACCESS_TOKEN=sgp_${randomChars("hexLower", 30, "sg-short")}`,
    ],
    references: ["https://sourcegraph.com/docs/admin/access_control/access_tokens"],
  },
  {
    id: "sourcegraph-legacy-token",
    name: "Sourcegraph access token (legacy, unprefixed)",
    vendor: "Sourcegraph",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} Tokens created before the sgp_ prefix are 40 hex characters, found next to a Sourcegraph name such as SRC_ACCESS_TOKEN.`,
    security: [
      "Private code indexed by the instance can be searched and read as the user.",
      "An administrator's token can reconfigure the instance.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token",
      audit,
      bestPractices: practices,
    },
    keywords: ["src_access_token", "sourcegraph"],
    pattern:
      /(?:src_access_token|sourcegraph[\w.-]{0,16}token[\w-]{0,8})["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])/i,
    examples: [
      () => `SRC_ACCESS_TOKEN=${randomChars("hexLower", 40, "sg-legacy-1")}`,
      () => `sourcegraph:\n  sourcegraph_token: '${randomChars("hexLower", 40, "sg-legacy-2")}'`,
    ],
    negatives: [
      "SRC_ACCESS_TOKEN=$SRC_ACCESS_TOKEN",
      "SRC_ACCESS_TOKEN=0000000000000000000000000000000000000000",
    ],
    references: ["https://sourcegraph.com/docs/cli/references"],
  },
  {
    id: "sourcegraph-cody-gateway-token",
    name: "Sourcegraph Cody Gateway token",
    vendor: "Sourcegraph",
    family: "Access Token",
    severity: "high",
    description: `${about} A Cody Gateway token (slk_ followed by 64 hex characters, the SHA-256 of the instance's license key) lets a self-hosted Sourcegraph instance call Cody Gateway, Sourcegraph's hosted proxy to the language models, on its subscription.`,
    security: [
      "Language-model completions and embeddings can be requested on the subscription's rate limits and quota.",
      "Usage is attributed to the licensed instance, so abuse can exhaust the organization's Cody allowance.",
    ],
    mitigation: {
      revoke:
        "Ask Sourcegraph to rotate the instance's license key (the token is derived from it), then install the new license key in Site admin > Configuration; the old token stops working with the old key.",
      revokeUrl: "https://sourcegraph.com/docs/cody/core-concepts/cody-gateway",
      audit:
        "Review Cody usage for the subscription (Site admin > Cody / usage statistics) for requests the instance did not make.",
      bestPractices: [
        "keep the license key and site configuration out of repositories",
        "let the instance derive the token itself instead of copying it into other tools",
      ],
    },
    keywords: ["slk_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>slk_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    // Reads the subscription's rate limits: a GET that spends no quota and changes nothing.
    verify: {
      method: "GET",
      url: "https://cody-gateway.sourcegraph.com/v1/limits",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `CODY_GATEWAY_TOKEN=slk_${randomChars("hexLower", 64, "sg-cody-1")}`,
      () => `"accessToken": "slk_${randomChars("hexLower", 64, "sg-cody-2")}"`,
    ],
    negatives: [
      "CODY_GATEWAY_TOKEN=slk_your_token_here",
      () => `CODY_GATEWAY_TOKEN=slk_${randomChars("hexLower", 40, "sg-cody-short")}`,
    ],
    references: [
      "https://sourcegraph.com/docs/cody/core-concepts/cody-gateway",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/sourcegraph.yml (Kingfisher rule: slk_ and 64 hex, checked at cody-gateway.sourcegraph.com/v1/limits)",
    ],
  },
];
