import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector, Validator, VerifySpec } from "../catalog/types.js";

/** Mapbox tokens: sk. or pk., base64url JSON {"u": user, "a": token id}, a dot and a signature. */
const mapboxToken = (prefix: string, label: string) =>
  `${prefix}.${base64url(JSON.stringify({ u: "acme-maps", a: randomChars("lowerAlnum", 25, label) }))}.${randomChars("base64url", 22, `${label}-sig`)}`;
const userPayload: Validator = (secret) => {
  try {
    const claims = JSON.parse(Buffer.from(secret.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      u?: unknown;
    };
    return typeof claims.u === "string" ? true : "payload names no Mapbox user";
  } catch {
    return "payload is not base64url JSON";
  }
};

/** Mapbox's token lookup: it only reads the token's own metadata, for secret and temporary tokens alike. */
const tokenLookup: VerifySpec = {
  method: "GET",
  url: "https://api.mapbox.com/tokens/v2?access_token={secret}",
  live: [200],
  dead: [401],
  liveRequires: { field: "code", equals: "TokenValid" },
};

export const detectors: Detector[] = [
  {
    id: "mapbox-secret-token",
    name: "Mapbox secret access token",
    vendor: "Mapbox",
    family: "Access Token",
    severity: "high",
    description:
      "Mapbox provides maps, geocoding, navigation and map data APIs. Secret tokens (sk.eyJ...) carry secret scopes such as uploads, styles, datasets and token management that public tokens (pk.) cannot have.",
    security: [
      "With token scopes an attacker can create further tokens, upload or delete tilesets, and change or delete map styles and datasets.",
      "API usage, such as geocoding and map loads, is billed to your account.",
    ],
    mitigation: {
      revoke:
        'Sign in to Mapbox, open Account > Tokens (Access tokens), find the token by name or its first characters, and click "Delete" (or "Rotate"); create a new secret token with only the scopes needed.',
      revokeUrl: "https://account.mapbox.com/access-tokens/",
      audit:
        "Review the account's Statistics (usage per token) and Studio for styles, tilesets and datasets changed during the exposure window.",
      bestPractices: [
        "use public tokens (pk.) with URL restrictions in apps, and secret tokens only on servers and build machines",
        "keep the DOWNLOADS:READ token for the iOS/Android SDKs in ~/.netrc or gradle.properties outside the repository",
      ],
    },
    keywords: ["sk.eyJ"],
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_.-])/,
    validate: userPayload,
    verify: tokenLookup,
    examples: [
      () => `MAPBOX_SECRET_TOKEN=${mapboxToken("sk", "mapbox-1")}`,
      () => `MAPBOX_DOWNLOADS_TOKEN=${mapboxToken("sk", "mapbox-2")}`,
      () => `machine api.mapbox.com\n  login mapbox\n  password ${mapboxToken("sk", "mapbox-3")}`,
    ],
    negatives: [
      // Public tokens are meant for browsers and apps.
      () => `MAPBOX_ACCESS_TOKEN=${mapboxToken("pk", "mapbox-pub")}`,
      "MAPBOX_SECRET_TOKEN=sk.eyJ1IjoiYOUR_USERNAME...",
      () =>
        `MAPBOX_SECRET_TOKEN=sk.eyJ${randomChars("alnum", 60, "mapbox-bad")}.${randomChars("base64url", 22, "mapbox-bad")}`,
    ],
    references: ["https://docs.mapbox.com/accounts/guides/tokens/"],
  },
  {
    id: "mapbox-temporary-token",
    name: "Mapbox temporary access token",
    vendor: "Mapbox",
    family: "Access Token",
    severity: "medium",
    description:
      "Mapbox provides maps, geocoding, navigation and map data APIs. Temporary tokens (tk.eyJ...) are created from a secret token with a subset of its scopes, secret scopes included, and expire within an hour of creation.",
    security: [
      "Until it expires, the token can do whatever its scopes allow: upload or delete tilesets, change styles and datasets.",
      "A leaked temporary token often means the secret token that minted it sits nearby in the same code or logs.",
    ],
    mitigation: {
      revoke:
        "A temporary token cannot be deleted; it expires by itself within an hour. Rotate or delete the secret token that created it in Account > Tokens, and stop logging or committing minted tokens.",
      revokeUrl: "https://account.mapbox.com/access-tokens/",
      audit: "Review the account's Statistics and Studio for changes made while the token was valid.",
    },
    keywords: ["tk.eyJ"],
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>tk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_.-])/,
    validate: userPayload,
    verify: tokenLookup,
    examples: [
      () => `MAPBOX_TEMP_TOKEN=${mapboxToken("tk", "mapbox-tk-1")}`,
      () => `{"token": "${mapboxToken("tk", "mapbox-tk-2")}", "expires": "2025-06-01T12:00:00.000Z"}`,
    ],
    negatives: [
      "MAPBOX_TEMP_TOKEN=tk.eyJ1IjoiYOUR_USERNAME...",
      () =>
        `MAPBOX_TEMP_TOKEN=tk.eyJ${randomChars("alnum", 60, "mapbox-tk-bad")}.${randomChars("base64url", 22, "mapbox-tk-bad")}`,
    ],
    references: ["https://docs.mapbox.com/api/accounts/tokens/#create-a-temporary-token"],
  },
];
