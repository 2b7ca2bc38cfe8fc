import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string) => `sk${randomChars("alnum", 180, label)}`;

export const detectors: Detector[] = [
  {
    id: "sanity-api-token",
    name: "Sanity API token",
    vendor: "Sanity",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Sanity is a headless content platform (Content Lake and Sanity Studio) used to power websites and apps. Project API tokens start with sk followed by a long alphanumeric string and carry a role (Viewer, Editor, Deploy Studio, Administrator); the short prefix is shared with other vendors, so tokens are recognised next to a Sanity name.",
    security: [
      "Viewer tokens read drafts and private datasets that are not meant to be public yet.",
      "Editor tokens can create, change or delete documents and assets, defacing the sites that render them.",
      "Administrator tokens can manage datasets, CORS origins, webhooks and project members.",
    ],
    mitigation: {
      revoke:
        "Open sanity.io/manage, select the project, go to API > Tokens, and delete the leaked token; create a new token with the least role needed and update SANITY_API_TOKEN (for example in your hosting provider's environment).",
      revokeUrl: "https://www.sanity.io/manage",
      audit:
        "Review document history in the Studio and the project's activity feed for edits or deletions made with the token during the exposure window; check webhooks and CORS origins for additions.",
      bestPractices: [
        "never expose write tokens to the browser; read published content with the public CDN API",
        "create one token per deployment with the Viewer role unless writing is required",
        "use private datasets for unpublished content",
      ],
    },
    keywords: ["sanity"],
    pattern: new RegExp(
      `(?:SANITY|[Ss]anity)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>sk[A-Za-z0-9]{78,200})${TOKEN_END}`,
    ),
    window: { before: 128, after: 768 },
    examples: [
      () => `SANITY_API_TOKEN=${token("sanity-1")}`,
      () => `const sanityWriteToken = "${token("sanity-2")}";`,
      () => `SANITY_STUDIO_WRITE_TOKEN="${token("sanity-3")}"`,
    ],
    negatives: [
      "SANITY_API_TOKEN=skXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      "SANITY_API_TOKEN=<your-token>",
      () => `SANITY_API_TOKEN=sk${randomChars("alnum", 40, "sanity-short")}`,
    ],
    references: ["https://www.sanity.io/docs/http-auth"],
  },
];
