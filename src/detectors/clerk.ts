import { mentionRequired } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Clerk is a hosted user management and authentication service (sign-up, sign-in, sessions, organizations) for web and mobile apps.";

/**
 * Clerk secret keys share the sk_live_ / sk_test_ prefix with Stripe, so a key is attributed to
 * Clerk only when "clerk" appears near it; Stripe's detector stands back then.
 */
const nearClerk = mentionRequired(/clerk/i, 160, 160, "no mention of Clerk near the key");
const revoke =
  'In the Clerk Dashboard select the application and instance (Production or Development), open Configure > API Keys, add a new secret key, deploy it, then open the leaked key\'s menu and delete (or "Roll") it.';
const practices = [
  "only the publishable key (pk_live_/pk_test_) belongs in front-end code",
  "keep production and development instances' keys in separate secret stores",
  "verify webhooks with the Svix signing secret, not the API secret key",
];

export const detectors: Detector[] = [
  {
    id: "clerk-secret-key",
    name: "Clerk production secret key",
    vendor: "Clerk",
    family: "API Key",
    severity: "critical",
    confidence: "high",
    description: `${about} The secret key of a production instance (sk_live_...) authenticates the Backend API and the server SDKs.`,
    security: [
      "An attacker can list, create, update and delete users, including their e-mail addresses, phone numbers and metadata.",
      "Sessions can be created or revoked and sign-in tokens minted, allowing the attacker to sign in as any user.",
      "Organizations, invitations and instance settings can be changed.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://dashboard.clerk.com/last-active?path=api-keys",
      audit:
        "Review the instance's Users list (recently created or updated users), active sessions and organization memberships, and your own logs of Backend API calls, for the exposure window.",
      bestPractices: practices,
    },
    keywords: ["clerk", "sk_live_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sk_live_[A-Za-z0-9]{30,60})(?![A-Za-z0-9_])/,
    validate: nearClerk,
    window: { before: 200, after: 64, multiline: true },
    // Reads the instance the key belongs to: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://api.clerk.com/v1/instance",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "object", equals: "instance" },
    },
    examples: [
      () => `CLERK_SECRET_KEY=sk_live_${randomChars("alnum", 42, "clerk-1")}`,
      () =>
        `const clerk = createClerkClient({ secretKey: "sk_live_${randomChars("alnum", 32, "clerk-2")}" });`,
      () => `  clerk:\n    clerk_secret_key: 'sk_live_${randomChars("alnum", 50, "clerk-3")}'`,
    ],
    negatives: [
      "CLERK_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // The publishable key is public by design.
      () => `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_${randomChars("base64url", 40, "clerk-pub")}`,
      // Without a mention of Clerk the key is Stripe's.
      () => `STRIPE_SECRET_KEY=sk_live_${randomChars("alnum", 32, "clerk-stripe")}`,
    ],
    references: [
      "https://clerk.com/docs/deployments/clerk-environment-variables",
      "https://clerk.com/docs/reference/backend-api/tag/instance-settings/GET/instance",
    ],
  },
  {
    id: "clerk-test-secret-key",
    name: "Clerk development secret key",
    vendor: "Clerk",
    family: "API Key",
    severity: "low",
    confidence: "high",
    description: `${about} The secret key of a development instance (sk_test_...) reaches only that instance's test users and settings.`,
    security: [
      "An attacker can read and change the development instance's users and settings.",
      "Development instances sometimes hold real staff accounts used for testing.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://dashboard.clerk.com/last-active?path=api-keys",
      audit: "Review the development instance's users and sessions for changes you did not make.",
      bestPractices: practices,
    },
    keywords: ["clerk", "sk_test_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sk_test_[A-Za-z0-9]{30,60})(?![A-Za-z0-9_])/,
    validate: nearClerk,
    window: { before: 200, after: 64, multiline: true },
    // Reads the development instance the key belongs to: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://api.clerk.com/v1/instance",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "object", equals: "instance" },
    },
    examples: [
      () => `CLERK_SECRET_KEY=sk_test_${randomChars("alnum", 42, "clerk-test-1")}`,
      () => `clerkSecretKey: "sk_test_${randomChars("alnum", 46, "clerk-test-2")}"`,
    ],
    negatives: [
      "CLERK_SECRET_KEY=sk_test_...",
      () => `STRIPE_KEY=sk_test_${randomChars("alnum", 42, "clerk-test-stripe")}`,
    ],
    references: [
      "https://clerk.com/docs/deployments/clerk-environment-variables",
      "https://clerk.com/docs/reference/backend-api/tag/instance-settings/GET/instance",
    ],
  },
];
