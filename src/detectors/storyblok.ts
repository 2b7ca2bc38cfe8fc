import {
  ASSIGN_LOOSE,
  NAME_TAIL_ASSIGN_OR_CALL,
  TOKEN_END,
  vendorNameAtWordStart,
  vendorWord,
} from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "storyblok-access-token",
    name: "Storyblok access token",
    vendor: "Storyblok",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Storyblok is a headless CMS. Space access tokens (22 characters followed by tt) read the space's content through the delivery API; preview tokens also read unpublished drafts.",
    security: [
      "A preview token reads draft and unpublished content, such as upcoming announcements.",
      "Requests count toward the space's API limits.",
    ],
    mitigation: {
      revoke:
        "In Storyblok open the space's Settings > Access Tokens, delete the token and create a new one; update the front ends that use it.",
      revokeUrl: "https://app.storyblok.com/",
      audit: "Review the space's API usage for traffic your front ends do not account for.",
      bestPractices: ["ship only public tokens in browser code; keep preview tokens server-side"],
    },
    keywords: ["storyblok"],
    pattern: new RegExp(
      `(?:${vendorNameAtWordStart(["storyblok"], ["token", "key", "secret"])}${ASSIGN_LOOSE}|${vendorWord("storyblok")}${NAME_TAIL_ASSIGN_OR_CALL})(?<secret>[A-Za-z0-9]{22}tt)${TOKEN_END}`,
    ),
    // Reads the space the token belongs to; nothing is changed.
    verify: {
      method: "GET",
      url: "https://api.storyblok.com/v2/cdn/spaces/me?token={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "space.id" },
    },
    examples: [
      () => `STORYBLOK_ACCESS_TOKEN=${randomChars("alnum", 22, "storyblok-access-token-1")}tt`,
      () => `storyblok_access_token: "${randomChars("alnum", 22, "storyblok-access-token-2")}tt"`,
      () => `const storyblokAccessToken = "${randomChars("alnum", 22, "storyblok-access-token-3")}tt";`,
    ],
    negatives: [
      "STORYBLOK_ACCESS_TOKEN=your_storyblok_access_token",
      () => `STORYBLOK_ACCESS_TOKEN=${randomChars("alnum", 24, "storyblok-nott")}`,
    ],
    references: [
      "https://www.storyblok.com/docs/api/content-delivery/v2/getting-started/authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/storyblok/storyblok.go",
    ],
  },
];
