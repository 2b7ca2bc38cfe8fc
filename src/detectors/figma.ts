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
];
