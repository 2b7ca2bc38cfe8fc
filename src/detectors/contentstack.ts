import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const STACK_API_KEY = /(?<![A-Za-z0-9])(?<value>blt[a-f0-9]{16})(?![A-Za-z0-9])/;
const token = (label: string) => `cs${randomChars("hexLower", 24, label)}`;

export const detectors: Detector[] = [
  {
    id: "contentstack-management-token",
    name: "Contentstack management token",
    vendor: "Contentstack",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Contentstack is a headless CMS. A management token (cs and 24 hexadecimal characters) gives read-write access to one stack's content types, entries, assets and settings through the Content Management API, together with the stack API key (blt...). Delivery tokens share the shape, so the token is recognised by a Contentstack management name next to it.",
    security: [
      "Unpublished entries and assets of the stack can be read.",
      "Content types, entries and assets can be changed, deleted or published, defacing the sites that render the stack.",
      "Webhooks and environments of the stack can be changed.",
    ],
    mitigation: {
      revoke:
        "In Contentstack open the stack's Settings > Tokens > Management Tokens, find the leaked token and delete it (or regenerate it); create a new token with an expiry and only the scopes it needs, then update CONTENTSTACK_MANAGEMENT_TOKEN.",
      revokeUrl: "https://www.contentstack.com/docs/developers/create-tokens/about-management-tokens",
      audit:
        "Review the stack's Audit Log (Settings > Audit Log) for entries, content types and publishing actions performed by the token during the exposure window.",
      bestPractices: [
        "set an expiry date on management tokens and scope them to the branches they need",
        "use delivery tokens, never management tokens, in websites and apps",
        "keep management tokens only in CI secrets for migrations",
      ],
    },
    keywords: ["contentstack"],
    pattern: new RegExp(
      `${vendorName(["contentstack"], ["management_token", "managementToken", "management"])}[A-Za-z0-9_.-]{0,12}${ASSIGN_LOOSE}(?<secret>cs[a-f0-9]{24})${TOKEN_END}`,
    ),
    window: { before: 512, after: 512, multiline: true },
    minEntropy: 3,
    companions: [{ name: "stack API key", pattern: STACK_API_KEY, within: 512 }],
    examples: [
      () =>
        `CONTENTSTACK_API_KEY=blt${randomChars("hexLower", 16, "cs-stack-1")}\nCONTENTSTACK_MANAGEMENT_TOKEN=${token("cs-1")}`,
      () => `{"contentstackManagementToken": "${token("cs-2")}"}`,
    ],
    negatives: [
      "CONTENTSTACK_MANAGEMENT_TOKEN=cs1234567890abcdef",
      // Delivery tokens only read published content.
      () => `CONTENTSTACK_DELIVERY_TOKEN=${token("cs-delivery")}`,
      "CONTENTSTACK_MANAGEMENT_TOKEN=cs...",
    ],
    references: [
      "https://www.contentstack.com/docs/developers/create-tokens/about-management-tokens",
      "https://www.contentstack.com/docs/developers/apis/content-management-api#authentication",
    ],
  },
];
