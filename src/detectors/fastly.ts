import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "fastly-api-token",
    name: "Fastly API token",
    vendor: "Fastly",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Fastly is an edge cloud platform (CDN, Compute, WAF). Its API, CLI and Terraform provider authenticate with API tokens of 32 URL-safe characters sent in the Fastly-Key header, recognised by names such as FASTLY_API_TOKEN or FASTLY_API_KEY.",
    security: [
      "A global-scope token changes service configurations, VCL and Compute packages, redirecting or altering traffic for the sites behind Fastly.",
      "Purge-scope tokens flush caches, causing origin load and outages.",
      "Logging endpoints and their credentials in service configurations can be read.",
    ],
    mitigation: {
      revoke:
        "In the Fastly control panel open Account > Personal profile > API tokens (or Account > API tokens > Automation tokens), find the token and Delete it; CLI: `fastly auth-token delete --id <token-id>` or the DELETE /tokens/{token_id} API.",
      revokeUrl: "https://manage.fastly.com/account/personal/tokens",
      audit:
        "Review Account > Audit log (event log) for service version activations, VCL and domain changes, and purges made with the token.",
      bestPractices: [
        "prefer automation tokens limited to specific services with purge_select or read-only scope",
        "set expiry dates and rotate tokens",
        "enable two-factor authentication and require it for token creation",
      ],
    },
    keywords: ["fastly"],
    window: { before: 48, after: 80 },
    pattern: new RegExp(
      `${vendorName(["fastly"], ["token", "key"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{32})${TOKEN_END}`,
    ),
    verify: {
      method: "GET",
      url: "https://api.fastly.com/current_user",
      headers: { "Fastly-Key": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `FASTLY_API_TOKEN=${randomChars("base64url", 32, "fastly-1")}`,
      () =>
        `curl -H "Fastly-Key: ${randomChars("base64url", 32, "fastly-2")}" -X POST https://api.fastly.com/service/${randomChars("alnum", 22, "fastly-svc")}/purge_all`,
      () => `fastly:\n  fastly_api_key: "${randomChars("base64url", 32, "fastly-3")}"`,
      () => `fastlyToken := "${randomChars("base64url", 32, "fastly-4")}"`,
      () => `<fastlyKey>${randomChars("base64url", 32, "fastly-5")}</fastlyKey>`,
    ],
    negatives: [
      "FASTLY_API_TOKEN=${FASTLY_API_TOKEN}",
      () => `FASTLY_API_TOKEN=${randomChars("base64url", 24, "fastly-short")}`,
      // A Fastly service id is 22 characters, and is not a secret.
      () => `FASTLY_SERVICE_ID=${randomChars("alnum", 22, "fastly-service")}`,
    ],
    references: ["https://www.fastly.com/documentation/reference/api/auth-tokens/"],
  },
];
