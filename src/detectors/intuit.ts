import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `{"enc":"A128CBC-HS256","alg":"dir"}`: the protected header every Intuit access token carries. */
const HEADER = "eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0";

const accessToken = (label: string) =>
  `${HEADER}..${randomChars("base64url", 22, `${label}-iv`)}.${randomChars("base64url", 640, label)}.${randomChars("base64url", 22, `${label}-tag`)}`;

export const detectors: Detector[] = [
  {
    id: "intuit-oauth-access-token",
    name: "Intuit (QuickBooks) OAuth 2.0 access token",
    vendor: "Intuit",
    family: "OAuth Token",
    severity: "medium",
    confidence: "high",
    description:
      'Intuit\'s OAuth 2.0 access tokens, for the QuickBooks Online, Payments and Payroll APIs, are encrypted JWTs (JWE) whose header is always the same, `{"enc":"A128CBC-HS256","alg":"dir"}`: they start with eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0 and a double dot. An access token lives one hour; it is pasted into scripts, SDK configs and API tests beside the refresh token that renews it.',
    security: [
      "Until it expires, the token reads and writes the connected company's books with the app's scopes: customers, invoices, bills, payments, bank and payroll data.",
      "A refresh token found beside it renews access for 100 days.",
    ],
    mitigation: {
      revoke:
        "Revoke the authorization with Intuit's revoke endpoint (POST https://developer.api.intuit.com/v2/oauth2/tokens/revoke with the refresh token), or have the company's admin disconnect the app in QuickBooks (Settings > Apps); reconnect to get new tokens, and rotate the app's client secret if it was exposed too.",
      revokeUrl:
        "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0",
      audit:
        "Review the company's audit log in QuickBooks (Settings > Audit log) for changes made through the app during the exposure window.",
      bestPractices: [
        "keep tokens in the server's token store, never in code or config files",
        "request only the scopes the app needs",
      ],
    },
    keywords: [HEADER.toLowerCase()],
    // Tokens run to about 900 characters after the header (a company's claims, encrypted).
    window: { after: 1700 },
    pattern: new RegExp(
      `(?<![A-Za-z0-9_-])(?<secret>${HEADER}\\.\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{100,1500}\\.[A-Za-z0-9_-]{22})(?![A-Za-z0-9_.-])`,
    ),
    examples: [
      () => `'accessTokenKey' => "${accessToken("intuit-1")}",`,
      () => `    "access_token": "${accessToken("intuit-2")}",\n    "expires_in": 3600,`,
      () =>
        `curl -H "Authorization: Bearer ${accessToken("intuit-3")}" https://quickbooks.api.intuit.com/v3/company/123/invoice/1`,
    ],
    negatives: [
      // A test's stand-in after the real header.
      `'Bearer ${HEADER}..rotated-access-token'`,
      "'accessTokenKey' => 'eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..xxxxxxxx'",
    ],
    references: [
      "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0",
    ],
  },
];
