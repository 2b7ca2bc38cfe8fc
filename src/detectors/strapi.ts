import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** 16 random bytes in base64, as `strapi new` writes each secret. */
const key16 = (label: string) => Buffer.from(randomChars("hexLower", 32, label), "hex").toString("base64");

export const detectors: Detector[] = [
  {
    id: "strapi-api-token",
    name: "Strapi API token",
    vendor: "Strapi",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Strapi is a self-hosted headless CMS. Its API tokens (256 hexadecimal characters, sent as a Bearer token) are read-only, full-access or custom; a full-access token reads and writes every content type.",
    security: [
      "Content, including drafts and private collection types, can be read.",
      "With a full-access token, content can be changed or deleted and uploads added.",
    ],
    mitigation: {
      revoke:
        "In the Strapi admin panel open Settings > API Tokens, delete (or regenerate) the token and create a new one with the narrowest type.",
      revokeUrl: "https://docs.strapi.io/cms/features/api-tokens",
      audit: "Review the audit logs (Enterprise) and content history for changes during the exposure window.",
      bestPractices: ["prefer read-only tokens with an expiry for front ends"],
    },
    keywords: ["strapi"],
    // 256 hex characters near a mention of Strapi: the variable's name, or the CMS's URL set
    // lines above the token in a script.
    window: { before: 400, after: 400, multiline: true },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{256})(?![A-Za-z0-9_-])/,
    examples: [
      () => `STRAPI_API_TOKEN=${randomChars("hexLower", 256, "strapi-api-token-1")}`,
      () => `strapi_api_token: "${randomChars("hexLower", 256, "strapi-api-token-2")}"`,
      () => `const strapiApiToken = "${randomChars("hexLower", 256, "strapi-api-token-3")}";`,
      () =>
        `const STRAPI_URL = process.env.STRAPI_URL || 'https://cms.parcelpine.com';\n// full-access token for the seed script\nconst TOKEN = '${randomChars("hexLower", 256, "strapi-api-token-4")}';`,
    ],
    negatives: [
      "STRAPI_API_TOKEN=your_strapi_api_token_here",
      () => `STRAPI_API_TOKEN=${randomChars("hexLower", 253, "strapi-api-token-short")}`,
      // Without Strapi around, 256 hex characters are anyone's.
      () => `TOKEN=${randomChars("hexLower", 256, "strapi-api-token-noname")}`,
    ],
    references: ["https://docs.strapi.io/cms/features/api-tokens"],
  },
  {
    id: "strapi-app-secret",
    name: "Strapi application secrets (APP_KEYS, JWT secret, salts)",
    vendor: "Strapi",
    family: "Signing Key",
    severity: "high",
    confidence: "medium",
    description:
      "A Strapi project's .env holds the secrets `strapi new` generated for it, each 16 random bytes in base64: APP_KEYS (a comma-separated list that signs session cookies), ADMIN_JWT_SECRET (signs admin panel logins), API_TOKEN_SALT and TRANSFER_TOKEN_SALT (hash the API and transfer tokens kept in the database), ENCRYPTION_KEY (encrypts tokens that can be shown again).",
    security: [
      "ADMIN_JWT_SECRET forges an admin panel login as any administrator, super admin included: every content type, user and setting is theirs.",
      "APP_KEYS forge session cookies; with the salts and a copy of the database, API tokens can be checked offline.",
    ],
    mitigation: {
      revoke:
        "Generate new values (`node -e \"console.log(require('crypto').randomBytes(16).toString('base64'))\"` per key) in the deployment's environment and restart Strapi: admins sign in again; regenerate the API and transfer tokens after changing their salts.",
      revokeUrl: "https://docs.strapi.io/cms/configurations/environment",
      audit:
        "Review the admin users, roles and the audit logs (Enterprise) for changes during the exposure window.",
      bestPractices: [
        "keep the .env out of the repository; set the values in the host's environment or secret store",
      ],
    },
    keywords: ["app_keys", "admin_jwt_secret", "api_token_salt", "transfer_token_salt"],
    pattern:
      /(?<![A-Za-z0-9_])(?:APP_KEYS|ADMIN_JWT_SECRET|API_TOKEN_SALT|TRANSFER_TOKEN_SALT)[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[A-Za-z0-9+/]{21}[AQgw]==(?:,[A-Za-z0-9+/]{21}[AQgw]==){0,7})(?![A-Za-z0-9+/=])/,
    examples: [
      () => `APP_KEYS=${[1, 2, 3, 4].map((n) => key16(`strapi-app-${n}`)).join(",")}`,
      () => `API_TOKEN_SALT=${key16("strapi-salt")}`,
      () => `TRANSFER_TOKEN_SALT=${key16("strapi-transfer")}`,
      () => `ADMIN_JWT_SECRET=${key16("strapi-admin-jwt")}`,
    ],
    negatives: [
      "APP_KEYS=toBeModified1,toBeModified2",
      "API_TOKEN_SALT=tobemodified",
      "ADMIN_JWT_SECRET=${ADMIN_JWT_SECRET}",
    ],
    references: ["https://docs.strapi.io/cms/configurations/environment"],
  },
];
