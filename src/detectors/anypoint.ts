import { ASSIGN_LOOSE, TOKEN_END, UUID, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "MuleSoft Anypoint";
const vendors = ["anypoint", "mulesoft", "AnyPoint", "MuleSoft"];

/** A random lower-case UUID, the shape of Anypoint's bearer tokens. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "anypoint-access-token",
    name: "MuleSoft Anypoint Platform access token",
    vendor,
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "MuleSoft Anypoint Platform designs, deploys and manages APIs and Mule integrations. Its APIs take a bearer access token, a lower-case UUID issued to a user login or a connected app. UUIDs are everywhere, so the token is recognised only in a name that mentions Anypoint or MuleSoft and a token or key.",
    security: [
      "Until it expires, the organization's APIs, policies, client applications and their credentials can be read.",
      "Mule applications, API policies and Exchange assets can be changed, deployed or deleted within the grantee's permissions.",
    ],
    mitigation: {
      revoke:
        "For a connected app, open Access Management > Connected Apps and revoke its access or regenerate its secret, which ends the tokens it issued; for a user's token, sign the user out of all sessions and change the password. Tokens also expire on their own, after an hour by default.",
      revokeUrl: "https://anypoint.mulesoft.com/accounts/connectedApps",
      audit: "Review Access Management > Audit Log for actions by the token's user or connected app.",
      bestPractices: [
        "use connected apps with the narrowest scopes instead of user credentials in CI",
        "never store tokens in Mule application properties committed with code",
      ],
    },
    keywords: ["anypoint", "mulesoft"],
    pattern: new RegExp(
      `${vendorName(vendors, ["token", "key", "bearer"])}${ASSIGN_LOOSE}(?:Bearer\\s{1,3})?(?<secret>${UUID})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the token's own profile, the call Access Management documents for a token: a GET
    // that changes nothing.
    verify: {
      method: "GET",
      url: "https://anypoint.mulesoft.com/accounts/api/profile",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `ANYPOINT_ACCESS_TOKEN=${uuid("anypoint-1")}`,
      () => `mulesoft_token: "${uuid("anypoint-2")}"`,
      () => `anypointBearerToken = 'Bearer ${uuid("anypoint-3")}'`,
    ],
    negatives: [
      () => `ANYPOINT_ORG_ID=${uuid("anypoint-org")}`,
      "ANYPOINT_ACCESS_TOKEN=<access token>",
      "ANYPOINT_ACCESS_TOKEN=00000000-0000-0000-0000-000000000000",
    ],
    references: [
      "https://anypoint.mulesoft.com/exchange/portals/anypoint-platform/f1e97bc6-315a-4490-82a7-23abe036327a.anypoint-platform/access-management-api/minor/1.0/pages/Authentication",
      "https://docs.mulesoft.com/access-management/connected-apps-overview",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/anypoint",
    ],
  },
  {
    id: "anypoint-client-secret",
    name: "MuleSoft Anypoint connected app client secret",
    vendor,
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description:
      "MuleSoft Anypoint Platform connected apps authenticate with a client ID and a client secret, each 32 hexadecimal characters, exchanged for bearer tokens with the client credentials grant. The secret has no prefix, so it is recognised only in a name that mentions Anypoint or MuleSoft and a client secret.",
    security: [
      "Access tokens can be minted with every scope granted to the connected app, across the business groups and environments it was given.",
      "With deployment scopes, Mule applications can be deployed, changed or stopped.",
    ],
    mitigation: {
      revoke:
        "In Access Management > Connected Apps, open the app, regenerate its client secret (which invalidates the old one) and update the pipelines that used it.",
      revokeUrl: "https://anypoint.mulesoft.com/accounts/connectedApps",
      audit: "Review Access Management > Audit Log for actions by the connected app.",
      bestPractices: ["give each pipeline its own connected app with only the scopes it needs"],
    },
    keywords: ["anypoint", "mulesoft"],
    pattern: new RegExp(
      `${vendorName(vendors, ["client_secret", "clientSecret", "ClientSecret", "client-secret"])}${ASSIGN_LOOSE}(?<secret>[a-fA-F0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // No verify: a client secret is checked only by a token request, a POST that issues a token.
    examples: [
      () => `ANYPOINT_CLIENT_SECRET=${randomChars("hexLower", 32, "anypoint-secret-1")}`,
      () => `mulesoft.client_secret: ${randomChars("hexUpper", 32, "anypoint-secret-2")}`,
      () => `"anypointClientSecret": "${randomChars("hexLower", 32, "anypoint-secret-3")}"`,
    ],
    negatives: [
      () => `ANYPOINT_CLIENT_ID=${randomChars("hexLower", 32, "anypoint-client-id")}`,
      "ANYPOINT_CLIENT_SECRET=${{ secrets.ANYPOINT_CLIENT_SECRET }}",
      () => `ANYPOINT_CLIENT_SECRET=${randomChars("hexLower", 20, "anypoint-secret-short")}`,
    ],
    references: [
      "https://docs.mulesoft.com/access-management/connected-app-bearer-token-example",
      "https://docs.mulesoft.com/access-management/connected-apps-overview",
    ],
  },
];
