import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `00D` + org id, `!`, and the session part, as Salesforce writes session ids and OAuth access tokens. */
const token = (label: string) =>
  `00D${randomChars("alnum", 12, `${label}-org`)}!${randomChars("alnum", 2, `${label}-x`)}${randomChars(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._",
    94,
    label,
  )}`;

export const detectors: Detector[] = [
  {
    id: "salesforce-access-token",
    name: "Salesforce access token (session id)",
    vendor: "Salesforce",
    family: "Access Token",
    severity: "high",
    description:
      "Salesforce is a cloud CRM platform (Sales Cloud, Service Cloud, Experience Cloud, Platform) holding customer accounts, contacts, opportunities and cases. OAuth access tokens and session ids start with the 15- or 18-character organization id (00D…), an exclamation mark and a long session string; they act as the user until the session expires or is revoked.",
    security: [
      "Every record the user can see can be queried and exported through the REST, SOAP or Bulk API.",
      "Records and metadata (Apex, flows, permission sets) can be changed within the user's permissions, and an admin session can create users or connected apps for persistence.",
      "The session remains valid until its timeout or explicit revocation, even if the user's password changes.",
    ],
    mitigation: {
      revoke:
        "An admin opens Setup > Session Management, selects the user's sessions and clicks Remove; or revokes the connected app's tokens in Setup > Connected Apps OAuth Usage (or the user under Personal Settings > Connections). The token can also be revoked by POSTing it to https://login.salesforce.com/services/oauth2/revoke.",
      revokeUrl: "https://help.salesforce.com/s/articleView?id=sf.security_user_sessions.htm",
      audit:
        "Review Setup > Login History and, with Shield or Event Monitoring, the API and report-export events for the user; check Setup Audit Trail for configuration changes during the exposure window.",
      bestPractices: [
        "lock sessions to the originating IP address and set short session timeouts",
        "use the OAuth JWT bearer flow with integration users that have minimum permissions",
        "never log or persist session ids; treat them like passwords",
      ],
    },
    keywords: ["00d"],
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{80,200})(?![A-Za-z0-9._])/,
    examples: [
      () => `SF_ACCESS_TOKEN=${token("salesforce-1")}`,
      () =>
        `curl https://acme.my.salesforce.com/services/data/v61.0/sobjects -H "Authorization: Bearer ${token("salesforce-2")}"`,
      () =>
        `sf = Salesforce(instance_url="https://acme.my.salesforce.com", session_id="${token("salesforce-3")}")`,
    ],
    negatives: [
      "SF_ACCESS_TOKEN=00DXXXXXXXXXXXX!XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      "SF_ACCESS_TOKEN=00D...!...",
      // An org id on its own is not a credential.
      () => `SF_ORG_ID=00D${randomChars("alnum", 12, "salesforce-orgid")}`,
    ],
    references: ["https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm"],
  },
];
