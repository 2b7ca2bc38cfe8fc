import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string) => `figd_${randomChars("base64url", 40, label)}`;

export const detectors: Detector[] = [
  {
    id: "figma-personal-access-token",
    name: "Figma personal access token",
    vendor: "Figma",
    family: "Access Token",
    severity: "high",
    description:
      "Figma is a collaborative interface design and prototyping tool (Figma Design, FigJam, Dev Mode). Personal access tokens start with figd_ and authenticate the REST API as the user, with the scopes and expiry chosen when the token was generated.",
    security: [
      "Every file, prototype, comment and image the user can open can be exported, including unreleased product designs.",
      "With write scopes, comments, variables, dev resources and webhooks can be created or changed.",
      "Team and project structure and member names can be enumerated.",
    ],
    mitigation: {
      revoke:
        "The owner opens Figma > Settings > Security > Personal access tokens and revokes the leaked token; generate a new token with only the scopes needed and a short expiry.",
      revokeUrl: "https://www.figma.com/settings",
      audit:
        "On Organization and Enterprise plans, review the admin Activity log for file access and exports by the user during the exposure window.",
      bestPractices: [
        "choose read-only scopes and the shortest expiry when generating tokens",
        "use OAuth apps for shared integrations",
        "keep FIGMA_TOKEN in CI secrets for design-token pipelines",
      ],
    },
    keywords: ["figd_"],
    // Real tokens are random mixed-case strings, so at least one lower-case letter is required.
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>figd_(?=[A-Z0-9_-]{0,47}[a-z])[A-Za-z0-9_-]{40,48})(?![A-Za-z0-9_-])/,
    verify: {
      method: "GET",
      url: "https://api.figma.com/v1/me",
      headers: { "X-Figma-Token": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `FIGMA_TOKEN=${token("figma-1")}`,
      () => `curl -H "X-Figma-Token: ${token("figma-2")}" https://api.figma.com/v1/files/abc123`,
      () => `{"figmaAccessToken": "${token("figma-3")}"}`,
    ],
    negatives: [
      "FIGMA_TOKEN=figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "FIGMA_TOKEN=figd_YOUR_TOKEN",
      () => `FIGMA_TOKEN=figd_${randomChars("base64url", 30, "figma-short")}`,
    ],
    references: ["https://www.figma.com/developers/api#access-tokens"],
  },
  {
    id: "figma-personal-access-token-legacy",
    name: "Figma personal access token (legacy format)",
    vendor: "Figma",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Figma is a collaborative interface design and prototyping tool (Figma Design, FigJam, Dev Mode). Before the figd_ prefix, personal access tokens were a number of up to six digits, a hyphen and a UUID; they are recognised here in the X-Figma-Token header or next to a Figma token name, since the bare shape is common.",
    security: [
      "Every file, prototype, comment and image the user can open can be exported, including unreleased product designs.",
      "Old tokens were created without scopes or expiry, so they carry the user's full API access until revoked.",
      "Team and project structure and member names can be enumerated.",
    ],
    mitigation: {
      revoke:
        "The owner opens Figma > Settings > Security > Personal access tokens and revokes the leaked token; generate a new figd_ token with only the scopes needed and a short expiry.",
      revokeUrl: "https://www.figma.com/settings",
      audit:
        "On Organization and Enterprise plans, review the admin Activity log for file access and exports by the user during the exposure window.",
      bestPractices: [
        "replace legacy tokens with scoped, expiring figd_ tokens",
        "use OAuth apps for shared integrations",
        "keep FIGMA_TOKEN in CI secrets for design-token pipelines",
      ],
    },
    keywords: ["x-figma-token", "figma"],
    pattern:
      /(?:[Xx]-[Ff]igma-[Tt]oken["']?[ \t]{0,4}[:=,][ \t]{0,4}["']?|[Ff][Ii][Gg][Mm][Aa][A-Za-z0-9_.-]{0,20}[Tt][Oo][Kk][Ee][Nn]["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["']?)(?<secret>[0-9]{1,6}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    // Reads the token owner's own user record, as for current tokens: no side effect, no quota.
    verify: {
      method: "GET",
      url: "https://api.figma.com/v1/me",
      headers: { "X-Figma-Token": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "id" },
    },
    examples: [
      () =>
        `wget --header='X-Figma-Token: ${randomChars("digits", 4, "figma-l1n")}-${randomChars("hexLower", 8, "figma-l1a")}-${randomChars("hexLower", 4, "figma-l1b")}-4${randomChars("hexLower", 3, "figma-l1c")}-8${randomChars("hexLower", 3, "figma-l1d")}-${randomChars("hexLower", 12, "figma-l1e")}' https://api.figma.com/v1/files/abc`,
      () =>
        `FIGMA_TOKEN=${randomChars("digits", 5, "figma-l2n")}-${randomChars("hexLower", 8, "figma-l2a")}-${randomChars("hexLower", 4, "figma-l2b")}-4${randomChars("hexLower", 3, "figma-l2c")}-a${randomChars("hexLower", 3, "figma-l2d")}-${randomChars("hexLower", 12, "figma-l2e")}`,
    ],
    negatives: [
      "X-Figma-Token: <personal access token>",
      () =>
        `FIGMA_FILE_ID=${randomChars("digits", 4, "figma-ln")}-${randomChars("hexLower", 8, "figma-la")}-${randomChars("hexLower", 4, "figma-lb")}-4${randomChars("hexLower", 3, "figma-lc")}-8${randomChars("hexLower", 3, "figma-ld")}-${randomChars("hexLower", 12, "figma-le")}`,
    ],
    references: [
      "https://www.figma.com/developers/api#access-tokens",
      "https://www.figma.com/developers/api#get-me-endpoint",
    ],
  },
];
