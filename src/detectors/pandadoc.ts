import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 40) => randomChars("hexLower", length, label);

export const detectors: Detector[] = [
  {
    id: "pandadoc-api-key",
    name: "PandaDoc API key",
    vendor: "PandaDoc",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      'PandaDoc is a document platform for proposals, quotes, contracts and e-signatures. API keys (sandbox or production) are hexadecimal strings sent as "Authorization: API-Key <key>" and act for the workspace they belong to; without a prefix they are recognised by the PandaDoc name next to them.',
    security: [
      "Documents, templates and contracts of the workspace can be listed and downloaded, exposing prices, personal data and signed agreements.",
      "Documents can be created and sent for signature in the company's name, or deleted.",
      "Contacts, members and webhook subscriptions can be read or changed.",
    ],
    mitigation: {
      revoke:
        "In PandaDoc open Settings > Integrations > API (the Developer Dashboard), and regenerate the leaked sandbox or production key so the old one stops working; update PANDADOC_API_KEY.",
      revokeUrl: "https://app.pandadoc.com/a/#/settings/integrations/api",
      audit:
        "Review the workspace's documents (sent, viewed, deleted) and the API logs in the Developer Dashboard for calls you did not make during the exposure window.",
      bestPractices: [
        "use the sandbox key in development and CI",
        "prefer OAuth 2.0 for integrations acting for several users",
        "keep keys server-side in a secret manager",
      ],
    },
    keywords: ["pandadoc"],
    pattern: new RegExp(
      `(?:PANDADOC|[Pp]anda[Dd]oc)${NAME_TAIL_ASSIGN_OR_CALL}(?:API-Key\\s)?(?<secret>[a-f0-9]{64}|[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reading the current member (the key's owner) changes nothing.
    verify: {
      method: "GET",
      url: "https://api.pandadoc.com/public/v1/members/current/",
      headers: { Authorization: "API-Key {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `PANDADOC_API_KEY=${key("pandadoc-1")}`,
      () => `pandadoc_api_key: "${key("pandadoc-2", 64)}"`,
      () => `const pandadocKey = "${key("pandadoc-3")}";`,
    ],
    negatives: [
      "PANDADOC_API_KEY=your_api_key_here",
      () => `PANDADOC_TEMPLATE_ID=${randomChars("alnum", 22, "pandadoc-tpl")}`,
    ],
    references: ["https://developers.pandadoc.com/reference/api-key-authentication-process"],
  },
];
