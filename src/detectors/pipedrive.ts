import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pipedrive-api-token",
    name: "Pipedrive API token",
    vendor: "Pipedrive",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Pipedrive is a sales CRM organized around deals and pipelines. Each user's personal API token is 40 hexadecimal characters, passed as api_token, with the same access as the user; it has no prefix, so it is recognised next to a Pipedrive name or an api.pipedrive.com URL.",
    security: [
      "Deals, persons, organizations, activities, notes and emails visible to the user can be exported, exposing customer and pipeline data.",
      "Records can be created, changed or deleted, and webhooks added to stream CRM changes elsewhere.",
      "An admin user's token can manage users and company settings.",
    ],
    mitigation: {
      revoke:
        "The token's owner opens Pipedrive > account menu > Personal preferences > API and generates a new token, which invalidates the old one; update the integrations that used it.",
      revokeUrl: "https://app.pipedrive.com/settings/api",
      audit:
        "Review Company settings > Security center / audit logs (where available) and the change history of deals and contacts for activity during the exposure window.",
      bestPractices: [
        "build integrations as OAuth apps instead of using personal tokens",
        "send the token in the x-api-token header rather than in URLs",
      ],
    },
    keywords: ["pipedrive"],
    pattern: new RegExp(
      String.raw`(?:(?:PIPEDRIVE|[Pp]ipedrive)${NAME_TAIL_ASSIGN_OR_CALL}|api\.pipedrive\.com/[^\s"'?]{0,100}\?(?:[^\s"'#]{0,200}&)?api_token=)(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    verify: {
      method: "GET",
      url: "https://api.pipedrive.com/v1/users/me?api_token={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "success", equals: true },
    },
    examples: [
      () => `PIPEDRIVE_API_TOKEN=${randomChars("hexLower", 40, "pipedrive-1")}`,
      () =>
        `curl "https://api.pipedrive.com/v1/deals?status=open&api_token=${randomChars("hexLower", 40, "pipedrive-2")}"`,
    ],
    negatives: [
      "PIPEDRIVE_API_TOKEN=your_api_token",
      () => `pipedrive_sha = "${randomChars("hexLower", 39, "pipedrive-short")}"`,
    ],
    references: ["https://pipedrive.readme.io/docs/how-to-find-the-api-token"],
  },
];
