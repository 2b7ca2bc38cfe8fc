import { ASSIGN_OR_CALL, anyCase } from "../catalog/patterns.js";
import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const VENDOR = `(?:${anyCase("lemon")}[_.-]?${anyCase("squeezy")}|${anyCase("lmsqueezy")}|LS_API_KEY)`;

/** An RS256-signed JWT like the API keys Lemon Squeezy issues (random claims). */
const lemonKey = (label: string) => {
  const header = base64url(JSON.stringify({ typ: "JWT", alg: "RS256" }));
  const payload = base64url(
    JSON.stringify({
      aud: randomChars("hexLower", 32, `${label}-aud`),
      jti: randomChars("hexLower", 80, `${label}-jti`),
      iat: 1717171717,
      nbf: 1717171717,
      exp: 2032704000,
      sub: "271828",
      scopes: [],
    }),
  );
  return `${header}.${payload}.${randomChars("base64url", 342, `${label}-sig`)}`;
};

const jwtPayload: Validator = (secret) => {
  const [, payload] = secret.split(".");
  try {
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")) as unknown;
    return typeof claims === "object" && claims !== null ? true : "payload is not a JSON object";
  } catch {
    return "payload is not base64url JSON";
  }
};

export const detectors: Detector[] = [
  {
    id: "lemonsqueezy-api-key",
    name: "Lemon Squeezy API key",
    vendor: "Lemon Squeezy",
    family: "API Key",
    severity: "critical",
    confidence: "high",
    description:
      "Lemon Squeezy is a merchant of record for selling software, subscriptions and digital products. Its API keys are long RS256-signed JWTs that give full access to the stores of the account in live or test mode.",
    security: [
      "An attacker can read customers, orders, subscriptions and license keys of every store on the account.",
      "Subscriptions can be cancelled or changed, discounts created and license keys activated or disabled.",
      "Webhooks can be added that forward order events to the attacker.",
    ],
    mitigation: {
      revoke:
        "Sign in to Lemon Squeezy, go to Settings > API, find the key by its name and delete it (trash icon); create a new key for your integration.",
      revokeUrl: "https://app.lemonsqueezy.com/settings/api",
      audit:
        "Review Orders, Subscriptions, License keys, Discounts and Settings > Webhooks for changes you did not make during the exposure window.",
      bestPractices: [
        "create one key per integration and name it after its use so that it can be revoked alone",
        "use test-mode keys outside production",
        "keep keys on the server; checkout links and overlays do not need them",
      ],
    },
    window: { after: 2048 },
    keywords: ["lemonsqueezy", "lemon_squeezy", "lemon-squeezy", "lmsqueezy", "LS_API_KEY"],
    pattern: new RegExp(
      `${VENDOR}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?:Bearer[ \\t])?(?<secret>eyJ[A-Za-z0-9_-]{10,100}\\.eyJ[A-Za-z0-9_-]{100,1500}\\.[A-Za-z0-9_-]{200,700})(?![A-Za-z0-9_.-])`,
    ),
    validate: jwtPayload,
    // Reads the key owner's own user record: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://api.lemonsqueezy.com/v1/users/me",
      headers: { Authorization: "Bearer {secret}", Accept: "application/vnd.api+json" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data.id" },
    },
    examples: [
      () => `LEMONSQUEEZY_API_KEY=${lemonKey("ls-1")}`,
      () => `const lemonSqueezyApiKey = "${lemonKey("ls-2")}";`,
      () => `LEMON_SQUEEZY_API_KEY: "${lemonKey("ls-3")}"`,
    ],
    negatives: [
      "LEMONSQUEEZY_API_KEY=your-api-key",
      "LEMONSQUEEZY_API_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9...",
      // A JWT whose middle part is not JSON.
      () =>
        `LEMONSQUEEZY_API_KEY=eyJ${randomChars("base64url", 40, "ls-bad")}.eyJ${randomChars("alnum", 300, "ls-bad")}.${randomChars("base64url", 342, "ls-bad")}`,
    ],
    references: [
      "https://docs.lemonsqueezy.com/api/getting-started/requests#authentication",
      "https://docs.lemonsqueezy.com/api/users/retrieve-the-authenticated-user",
    ],
  },
];
