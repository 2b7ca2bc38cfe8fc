import { NAME_TAIL_ASSIGN_OR_CALL } from "../catalog/patterns.js";
import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Calendly personal access tokens are ES256-signed JWTs of type PAT. */
const pat = (label: string) => {
  const header = base64url(
    JSON.stringify({ kid: randomChars("hexLower", 64, `${label}-kid`), typ: "PAT", alg: "ES256" }),
  );
  const payload = base64url(
    JSON.stringify({
      iss: "https://auth.calendly.com",
      iat: 1735689600,
      jti: randomChars("hexLower", 8, `${label}-jti`),
      user_uuid: randomChars("hexLower", 32, `${label}-user`),
    }),
  );
  return `${header}.${payload}.${randomChars("base64url", 86, `${label}-sig`)}`;
};

export const detectors: Detector[] = [
  {
    id: "calendly-personal-access-token",
    name: "Calendly personal access token",
    vendor: "Calendly",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Calendly is a scheduling platform whose API exposes event types, scheduled events and invitees. Personal access tokens are signed JWTs (eyJ…) used as bearer tokens for API v2; a JWT alone says little, so tokens are recognised next to a Calendly name.",
    security: [
      "Scheduled events and invitee details (names, emails, answers to booking questions) of the user or, for admins, the whole organization can be read.",
      "Events can be cancelled and invitees marked as no-shows, disrupting the owner's calendar.",
      "Webhook subscriptions can be created to stream every new booking to an attacker.",
    ],
    mitigation: {
      revoke:
        "Sign in to Calendly, open Integrations & apps > API and webhooks, and delete the leaked personal access token; generate a new one and update the integration.",
      revokeUrl: "https://calendly.com/integrations/api_webhooks",
      audit:
        "Review the account's webhook subscriptions and recent event cancellations or changes; organization owners can check the activity log on Enterprise plans.",
      bestPractices: [
        "use OAuth apps for integrations that serve several users",
        "keep tokens server-side and delete unused ones",
      ],
    },
    keywords: ["calendly"],
    pattern: new RegExp(
      String.raw`(?:CALENDLY|[Cc]alendly)${NAME_TAIL_ASSIGN_OR_CALL}(?:Bearer\s{1,3})?(?<secret>eyJ[A-Za-z0-9_-]{10,600}\.eyJ[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{20,600})(?![A-Za-z0-9_.-])`,
    ),
    window: { before: 128, after: 3200 },
    // Reads the token owner's own user record: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://api.calendly.com/users/me",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "resource.uri" },
    },
    examples: [
      () => `CALENDLY_API_TOKEN=${pat("calendly-1")}`,
      () => `calendly_token: "${pat("calendly-2")}"`,
    ],
    negatives: [
      "CALENDLY_API_TOKEN=eyJhbGciOi...",
      "CALENDLY_API_TOKEN=<personal access token>",
      // A JWT without Calendly context is left to the generic JWT rule.
      () => `token = "${pat("calendly-nocontext")}"`,
    ],
    references: [
      "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens",
      "https://developer.calendly.com/api-docs/calendly-api/users/get-current-user",
    ],
  },
];
