import { ALNUM_START, ASSIGN_LOOSE, BASE64_END, commonCases } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "mux-token-secret",
    name: "Mux access token secret",
    vendor: "Mux",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Mux is a video streaming and analytics API. Access tokens pair a token ID (a UUID, the HTTP Basic user name) with a secret of about 75 base64 characters (the password); the secret is shown once. It is recognised next to a MUX_TOKEN_SECRET-style name.",
    security: [
      "Videos, live streams and playback IDs can be listed, created or deleted, and streaming bills run up.",
      "With data permissions, viewer analytics can be read.",
    ],
    mitigation: {
      revoke:
        "In the Mux dashboard open Settings > Access Tokens, revoke the token and create a new one with only the permissions needed.",
      revokeUrl: "https://dashboard.mux.com/settings/access-tokens",
      bestPractices: [
        "create tokens per environment with the narrowest permissions (read-only where possible)",
      ],
    },
    keywords: ["mux"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    // "mux" is an everyday word: only a credential word right after it opens a window.
    keywordGate: /[_.-]?(?:(?:token|access)[_.-]?)?secret/i,
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("mux")})[_.-]?(?:(?:${commonCases("token", "access")})[_.-]?)?(?:${commonCases("secret")})${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9+/]{75})${BASE64_END}`,
    ),
    minEntropy: 3.3,
    companions: [
      {
        name: "token ID",
        pattern:
          /(?:MUX|[Mm]ux)[_.-]?(?:TOKEN|[Tt]oken|ACCESS|[Aa]ccess)[_.-]?(?:ID|[Ii]d)["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
      },
    ],
    // Lists one video asset: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.mux.com/video/v1/assets?limit=1",
      basicAuth: { user: "{companion:token ID}", password: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `MUX_TOKEN_ID=${uuid("mux-1")}\nMUX_TOKEN_SECRET=${randomChars("base64", 75, "mux-1")}`,
      () => `mux:\n  token_id: ${uuid("mux-2")}\nmuxTokenSecret: "${randomChars("base64", 75, "mux-2")}"`,
    ],
    negatives: [
      "MUX_TOKEN_SECRET=<token secret>",
      () => `mux_secret = "${randomChars("base64", 40, "mux-short")}"`,
      () => `demux_secret = "${randomChars("base64", 75, "mux-word")}"`,
    ],
    references: ["https://docs.mux.com/core/make-api-requests"],
  },
];
