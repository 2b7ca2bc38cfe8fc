import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Contentful is a headless content management system whose content is delivered and edited through APIs.";

export const detectors: Detector[] = [
  {
    id: "contentful-personal-access-token",
    name: "Contentful personal access token",
    vendor: "Contentful",
    family: "Access Token",
    severity: "critical",
    description: `${about} Personal access tokens (CFPAT- followed by 43 URL-safe characters) authenticate the Content Management API as the user who created them, in every space and organization the user belongs to.`,
    security: [
      "An attacker can read, change, publish or delete entries, assets and content models in all of the user's spaces.",
      "Website content can be defaced or have malicious links injected before it is delivered to visitors.",
      "With admin rights the attacker can manage space memberships, API keys and webhooks.",
    ],
    mitigation: {
      revoke:
        'In the Contentful web app open the account menu > Account settings > CMA tokens (Personal access tokens), find the token by name and click "Revoke".',
      revokeUrl: "https://app.contentful.com/account/profile/cma_tokens",
      audit:
        "Review entry and asset version histories and space settings (webhooks, API keys, roles) for changes made during the exposure window; Enterprise plans can export audit logs.",
      bestPractices: [
        "use tokens of a dedicated user with access only to the spaces needed",
        "set expiry dates on personal access tokens",
      ],
    },
    keywords: ["CFPAT-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    // Reads the token owner's own user account: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://api.contentful.com/users/me",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "sys.id" },
    },
    examples: [
      () => `CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${randomChars("base64url", 43, "cfpat-1")}`,
      () =>
        `const client = contentful.createClient({ accessToken: "CFPAT-${randomChars("base64url", 43, "cfpat-2")}" });`,
    ],
    negatives: [
      "CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<your token>",
      () => `CFPAT-${randomChars("base64url", 30, "cfpat-short")}`,
    ],
    references: [
      "https://www.contentful.com/developers/docs/references/authentication/",
      "https://www.contentful.com/developers/docs/references/content-management-api/#/reference/users/user/get-the-authenticated-user",
    ],
  },
  {
    id: "contentful-delivery-token",
    name: "Contentful Delivery or Preview API token",
    vendor: "Contentful",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description: `${about} An API key of a space carries a Content Delivery API token (published content) and a Content Preview API token (drafts too), each 43 URL-safe characters; they are read-only.`,
    security: [
      "An attacker can read all published content of the space's environments; the preview token also exposes unpublished drafts and scheduled content.",
      "Heavy use of the token counts against the space's API rate limits and usage.",
    ],
    mitigation: {
      revoke:
        "In the Contentful web app open the space > Settings > API keys, select the API key that holds the token and delete it (or regenerate its tokens); create a new API key for the site.",
      revokeUrl:
        "https://www.contentful.com/developers/docs/references/authentication/#api-keys-in-the-contentful-web-app",
      audit: "Check the space's API usage in Organization settings > Usage for unexpected request volume.",
      bestPractices: [
        "use the Delivery token in front-ends and keep the Preview token server-side",
        "create separate API keys per site or environment",
      ],
    },
    keywords: ["contentful"],
    pattern: new RegExp(
      `${anyCase("contentful")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("delivery")}|${anyCase("preview")}|${anyCase("access")}|${anyCase("token")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    examples: [
      () => `CONTENTFUL_DELIVERY_TOKEN=${randomChars("base64url", 43, "cda-1")}`,
      () => `contentfulPreviewToken: "${randomChars("base64url", 43, "cda-2")}"`,
    ],
    negatives: [
      "CONTENTFUL_ACCESS_TOKEN=<delivery token>",
      () => `CONTENTFUL_SPACE_ID=${randomChars("lowerAlnum", 12, "cda-space")}`,
    ],
    references: ["https://www.contentful.com/developers/docs/references/authentication/"],
  },
];
