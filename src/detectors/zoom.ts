import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Zoom is a video meetings, webinars and phone platform; apps built on the Zoom App Marketplace call its REST API.";
const marketplace = "https://marketplace.zoom.us/user/build";

export const detectors: Detector[] = [
  {
    id: "zoom-client-secret",
    name: "Zoom app client secret",
    vendor: "Zoom",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${about} Server-to-Server OAuth and OAuth apps have a client ID and a client secret (32 alphanumeric characters); with the account ID, a server-to-server app exchanges them for access tokens without any user interaction.`,
    security: [
      "For a Server-to-Server OAuth app an attacker can obtain access tokens with the app's scopes: list and join meetings, read recordings and transcripts, manage users.",
      "For user-level OAuth apps the secret lets the attacker redeem intercepted authorization codes and refresh tokens.",
    ],
    mitigation: {
      revoke:
        'In the Zoom App Marketplace go to Manage (Develop > Build App), open the app, and on the App Credentials page click "Regenerate" next to Client Secret; update the servers that request tokens.',
      revokeUrl: marketplace,
      audit:
        "Review the account's Admin > Account management > Operation logs and the Reports (usage, meetings, recordings) for activity during the exposure window.",
      bestPractices: [
        "grant Server-to-Server apps only the scopes they call",
        "keep the client secret on the server and rotate it when team members with access leave",
      ],
    },
    keywords: ["zoom"],
    pattern: new RegExp(
      `${anyCase("zoom")}[A-Za-z0-9_.-]{0,24}${anyCase("secret")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `ZOOM_CLIENT_SECRET=${randomChars("alnum", 32, "zoom-1")}`,
      () =>
        `zoom:\n  account_id: ${randomChars("base64url", 22, "zoom-acct-2")}\n  zoom_client_secret: "${randomChars("alnum", 32, "zoom-2")}"`,
      () => `const zoomClientSecret = '${randomChars("alnum", 32, "zoom-3")}';`,
    ],
    negatives: [
      "ZOOM_CLIENT_SECRET=your_client_secret",
      () => `ZOOM_CLIENT_SECRET=${randomChars("alnum", 22, "zoom-short")}`,
    ],
    references: ["https://developers.zoom.us/docs/internal-apps/s2s-oauth/"],
  },
  {
    id: "zoom-webhook-secret-token",
    name: "Zoom webhook secret token",
    vendor: "Zoom",
    family: "Webhook Secret",
    severity: "medium",
    confidence: "medium",
    description: `${about} An app's event subscription has a secret token (22 URL-safe characters) with which Zoom signs webhook requests (x-zm-signature) and answers the endpoint validation challenge.`,
    security: [
      "An attacker can forge webhook events (meeting started, recording completed, participant joined) that your endpoint accepts as genuine.",
      "Forged events can trigger downstream automation such as downloads, notifications or billing.",
    ],
    mitigation: {
      revoke:
        'In the Zoom App Marketplace open the app, go to Features > Access (Event Subscriptions) and click "Regenerate" next to Secret Token; deploy the new token to the webhook endpoint.',
      revokeUrl: marketplace,
      audit:
        "Compare events your endpoint processed with the app's event logs in the Marketplace for the exposure window.",
      bestPractices: [
        "verify the x-zm-signature header and timestamp of every webhook request",
        "keep the secret token on the webhook server only",
      ],
    },
    keywords: ["zoom"],
    pattern: new RegExp(
      `${anyCase("zoom")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("webhook")}|${anyCase("secret_token")}|${anyCase("secrettoken")}|${anyCase("verification")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9_-]{22})${TOKEN_END}`,
    ),
    examples: [
      () => `ZOOM_WEBHOOK_SECRET_TOKEN=${randomChars("base64url", 22, "zoom-wh-1")}`,
      () => `{"zoomSecretToken": "${randomChars("base64url", 22, "zoom-wh-2")}"}`,
    ],
    negatives: [
      "ZOOM_WEBHOOK_SECRET_TOKEN=<secret token>",
      () => `ZOOM_WEBHOOK_SECRET_TOKEN=${randomChars("base64url", 12, "zoom-wh-short")}`,
    ],
    references: ["https://developers.zoom.us/docs/api/webhooks/"],
  },
];
