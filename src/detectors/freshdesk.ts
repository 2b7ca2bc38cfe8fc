import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const DOMAIN = /(?<![A-Za-z0-9.-])(?<value>[a-z0-9][a-z0-9-]{0,62}\.freshdesk\.com)(?![A-Za-z0-9-])/;
const key = (label: string) => randomChars("alnum", 20, label);

export const detectors: Detector[] = [
  {
    id: "freshdesk-api-key",
    name: "Freshdesk API key",
    vendor: "Freshworks",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Freshdesk is Freshworks' customer support help desk. Each agent has a personal API key of 20 letters and digits, used as the HTTP Basic username (with any password) against <company>.freshdesk.com/api/v2; it carries that agent's permissions. It has no prefix and is recognised by the Freshdesk name next to it.",
    security: [
      "Tickets, conversations and attachments the agent can see are readable, often with customers' personal data.",
      "Contacts and companies can be exported, and tickets replied to or closed in the agent's name.",
      "An administrator's key can change automations, agents and help desk settings.",
    ],
    mitigation: {
      revoke:
        'The agent signs in to Freshdesk, opens Profile settings, and clicks "Reset API key" under Your API Key, which invalidates the leaked key; update FRESHDESK_API_KEY wherever it is used.',
      revokeUrl: "https://support.freshdesk.com/support/solutions/articles/215517-how-to-find-your-api-key",
      audit:
        "Review Admin > Audit log for changes made with the agent's account, and the tickets and contacts exports during the exposure window.",
      bestPractices: [
        "run integrations under a dedicated agent with the least role needed",
        "keep the key server-side in a secret manager",
      ],
    },
    keywords: ["freshdesk"],
    pattern: new RegExp(
      `(?:FRESHDESK|[Ff]resh[Dd]esk)[\\w.-]{0,20}(?:KEY|[Kk]ey|TOKEN|[Tt]oken)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{20})${TOKEN_END}`,
    ),
    window: { before: 512, after: 512, multiline: true },
    minEntropy: 3.2,
    companions: [{ name: "helpdesk domain", pattern: DOMAIN, within: 512 }],
    // The current agent's own profile is a read with no side effect; the host is the help desk's domain.
    verify: {
      method: "GET",
      url: "https://{companion:helpdesk domain}/api/v2/agents/me",
      basicAuth: { user: "{secret}", password: "X" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `FRESHDESK_DOMAIN=acme.freshdesk.com\nFRESHDESK_API_KEY=${key("freshdesk-1")}`,
      () => `freshdesk_api_key: "${key("freshdesk-2")}"`,
      () => `const freshdeskToken = '${key("freshdesk-3")}';`,
    ],
    negatives: [
      "FRESHDESK_API_KEY=your_api_key",
      "FRESHDESK_API_KEY=la_tua_api_key",
      () => `FRESHDESK_API_KEY=${randomChars("alnum", 16, "freshdesk-short")}`,
    ],
    references: ["https://developers.freshdesk.com/api/#authentication"],
  },
];
