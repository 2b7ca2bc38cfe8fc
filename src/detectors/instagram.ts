import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "instagram-access-token",
    name: "Instagram user access token",
    vendor: "Meta",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Instagram user access tokens let an app act on a professional Instagram account through Meta's Instagram APIs. Tokens of the Instagram API with Instagram Login start with IGAA, those of the retired Basic Display API with IGQV, followed by a long URL-safe base64 body; long-lived ones stay valid for 60 days and can be refreshed.",
    security: [
      "The account's profile, media, comments and insights can be read; with publishing and messaging permissions, posts can be published and direct messages read and sent in the account's name.",
      "A long-lived token can be refreshed before it expires, keeping access beyond its 60 days.",
    ],
    mitigation: {
      revoke:
        "The account owner removes the app under Instagram > Settings > Apps and websites (which invalidates its tokens); the app's developer resets the app secret in the Meta App Dashboard if server tokens leaked with it.",
      revokeUrl: "https://www.instagram.com/accounts/manage_access/",
      audit:
        "Review the account's recent posts, comments and messages for activity the owner did not perform.",
      bestPractices: [
        "keep user tokens server-side and refresh them there; never embed them in front-end code",
      ],
    },
    keywords: ["IGAA", "IGQV"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9+/_-]/,
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>IG(?:AA|QV)[A-Za-z0-9_-]{100,400})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    // Reads the token owner's own id and user name: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://graph.instagram.com/me?fields=id,username&access_token={secret}",
      live: [200],
      dead: [400, 401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `INSTAGRAM_ACCESS_TOKEN=IGAA${randomChars("base64url", 180, "instagram-1")}`,
      () => `const token = "IGQVJ${randomChars("base64url", 200, "instagram-2")}";`,
    ],
    negatives: [
      "INSTAGRAM_ACCESS_TOKEN=IGAA<your long-lived token>",
      () => `INSTAGRAM_ACCESS_TOKEN=IGAA${randomChars("base64url", 60, "instagram-short")}`,
      () =>
        `data:image/png;base64,${randomChars("base64", 40, "instagram-b64")}IGAA${randomChars("base64url", 180, "instagram-3")}`,
    ],
    references: [
      "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login",
      "https://developers.facebook.com/docs/instagram-platform/reference/refresh_access_token",
    ],
  },
];
