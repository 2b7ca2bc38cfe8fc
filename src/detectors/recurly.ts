import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "recurly-private-api-key",
    name: "Recurly private API key",
    vendor: "Recurly",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Recurly is a subscription billing and recurring payments platform. Private API keys are 32 hexadecimal characters used as the HTTP Basic username on v3.recurly.com (or v3.eu.recurly.com); public keys are meant for Recurly.js in the browser. The private key has no prefix and is recognised by the Recurly name next to it.",
    security: [
      "Accounts, subscriptions, invoices and billing information of every customer can be read.",
      "The attacker can create charges, issue refunds and credits, and change or cancel subscriptions.",
      "Coupons and plans can be created or changed, and webhooks pointed elsewhere.",
    ],
    mitigation: {
      revoke:
        "In the Recurly app open Integrations > API Credentials, add a new private API key, move your servers to it, then delete (regenerate) the leaked key; update RECURLY_API_KEY.",
      revokeUrl: "https://docs.recurly.com/docs/api-keys",
      audit:
        "Review the site's audit logs (Admin > Audit Logs) and recent transactions, refunds, coupons and webhook endpoints for activity during the exposure window.",
      bestPractices: [
        "create one private key per integration so one can be deleted alone",
        "keep private keys on servers only; browsers get the public key",
      ],
    },
    keywords: ["recurly"],
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:RECURLY|[Rr]ecurly)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists the sites the key can reach: a GET that charges nothing. Keys of EU sites
    // (v3.eu.recurly.com) are refused by this host, so 401 stays unknown.
    verify: {
      method: "GET",
      url: "https://v3.recurly.com/sites?limit=1",
      headers: { Accept: "application/vnd.recurly.v2021-02-25+json" },
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [],
      liveRequires: { field: "data" },
    },
    examples: [
      () => `RECURLY_API_KEY=${key("recurly-1")}`,
      () => `client = recurly.Client("${key("recurly-2")}")`,
      () => `recurly_private_api_key: '${key("recurly-3")}'`,
    ],
    negatives: [
      "RECURLY_API_KEY=your-recurly-private-api-key",
      // Public keys start with ewr1- and belong in the browser.
      "RECURLY_PUBLIC_KEY=ewr1-AbCdEfGhIjKlMnOpQrStUv",
      () => `RECURLY_API_KEY=${randomChars("hexLower", 24, "recurly-short")}`,
    ],
    references: [
      "https://recurly.com/developers/api/v2021-02-25/index.html#section/Getting-Started/Authentication",
      "https://recurly.com/developers/api/v2021-02-25/index.html#operation/list_sites",
    ],
  },
];
