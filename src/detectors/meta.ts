import { ALNUM_START, ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/** Graph API access tokens: EAA, then letters naming the app, then a long alphanumeric body. */
const GRAPH_TOKEN = /(?<![A-Za-z0-9+/_-])(?<secret>EAA[A-Za-z0-9]{90,400})(?![A-Za-z0-9+/=_-])/;

/**
 * Meta and WhatsApp tokens have one shape; the validators tell them apart. `eaa` is everywhere
 * in base64 and minified code, so the keyword is matched as written and must be followed by
 * the 90 letters a token has at least.
 */
const graphTokenShape = {
  keywords: ["EAA"],
  caseSensitiveKeywords: true,
  keywordPrecededBy: /[^A-Za-z0-9+/_-]/,
  keywordGate: /[A-Za-z0-9]{90}/,
  window: { before: 256, after: 768, multiline: true },
  pattern: GRAPH_TOKEN,
} as const;

const about =
  "Meta's Graph API gives apps access to Facebook, Instagram, Messenger and WhatsApp Business data on behalf of users, Pages and businesses.";
const graphToken = (label: string, letter = "G") => `EAA${letter}${randomChars("alnum", 180, label)}`;
/** Text around the match, lower-cased, to tell WhatsApp tokens from other Graph API tokens. */
const around = (secret: string, window: string, index: number) =>
  window.slice(Math.max(0, index - 200), index + secret.length + 200).toLowerCase();
const GRAPH_CONTEXT =
  /facebook|\bfb[_.-]|graph|meta|instagram|messenger|page[_-]?token|access[_-]?token|accesstoken/;
const notWhatsApp: Validator = (secret, context) => {
  const text = around(secret, context.window, context.index);
  if (text.includes("whatsapp")) return "a WhatsApp Cloud API token";
  return GRAPH_CONTEXT.test(text) ? true : "no Meta or access-token context near the token";
};
const whatsApp: Validator = (secret, context) =>
  around(secret, context.window, context.index).includes("whatsapp")
    ? true
    : "no mention of WhatsApp near the token";
const businessSettings = "https://business.facebook.com/settings/system-users";
const practices = [
  "use System User tokens from Business Settings for servers, with only the assets and permissions they need",
  "prefer tokens that expire over never-expiring ones, and refresh them server-side",
  "require appsecret_proof on Graph API calls (App Dashboard > App settings > Advanced) so that a token alone is not enough",
];

export const detectors: Detector[] = [
  {
    id: "meta-access-token",
    name: "Meta (Facebook) Graph API access token",
    vendor: "Meta",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} User, Page and System User access tokens start with EAA followed by a long alphanumeric body and are sent as access_token to graph.facebook.com.`,
    security: [
      "An attacker can act with the token's permissions: read the user's or Page's data, post as a Page or manage ads.",
      "Page and System User tokens often never expire and reach business assets such as ad accounts and catalogs.",
      "Ads can be run on the business's ad accounts at its expense.",
    ],
    mitigation: {
      revoke:
        "For a System User token: Business Settings > Users > System users > the user > Revoke tokens. For a user or Page token: the user removes the app under Facebook Settings > Security and login > Business integrations (or Apps and websites), or changes their password; app admins can also reset the app secret, which invalidates tokens issued for the app.",
      revokeUrl: businessSettings,
      audit:
        "Check the token in the Access Token Debugger (developers.facebook.com/tools/debug/accesstoken) for its app, user and scopes, and review the Page's activity log and the ad accounts' Activity history for the exposure window.",
      bestPractices: practices,
    },
    ...graphTokenShape,
    validate: notWhatsApp,
    // Reads the id of the user, page or system user the token acts as: a Graph API GET with no
    // side effect; an invalid or expired token is refused with an OAuthException (400 or 401).
    verify: {
      method: "GET",
      url: "https://graph.facebook.com/me?fields=id",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [400, 401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `FACEBOOK_ACCESS_TOKEN=${graphToken("meta-1")}`,
      () => `graph = facebook.GraphAPI(access_token="${graphToken("meta-2", "B")}")`,
      () => `curl "https://graph.facebook.com/v19.0/me?access_token=${graphToken("meta-3", "J")}"`,
    ],
    negatives: [
      "FACEBOOK_ACCESS_TOKEN=EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // A WhatsApp token belongs to the WhatsApp detector.
      () => `WHATSAPP_TOKEN=${graphToken("meta-wa")}`,
      // Square tokens also start with EAAA but are 64 characters.
      () => `SQUARE_ACCESS_TOKEN=EAAA${randomChars("alnum", 60, "meta-square")}`,
    ],
    references: [
      "https://developers.facebook.com/docs/facebook-login/guides/access-tokens",
      "https://developers.facebook.com/docs/graph-api/overview#me",
    ],
  },
  {
    id: "whatsapp-cloud-api-token",
    name: "WhatsApp Cloud API access token",
    vendor: "Meta",
    family: "Access Token",
    severity: "high",
    confidence: "high",
    description: `${about} The WhatsApp Business Platform's Cloud API uses Graph API access tokens (EAA...), usually a System User token with whatsapp_business_messaging permission, to send messages from a business phone number.`,
    security: [
      "An attacker can send WhatsApp messages from the business's verified number, billed to the business and damaging its quality rating.",
      "Message templates, phone numbers and the webhook configuration of the WhatsApp Business Account can be read or changed.",
      "Media that customers sent can be downloaded.",
    ],
    mitigation: {
      revoke:
        'In Meta Business Settings go to Users > System users, select the system user that owns the token and click "Revoke tokens" (or remove the WhatsApp asset from it); generate a new token with only whatsapp_business_messaging and whatsapp_business_management. Temporary tokens from the App Dashboard expire after 24 hours.',
      revokeUrl: businessSettings,
      audit:
        "Review WhatsApp Manager > Insights and message history, message templates and the app's webhook configuration for the exposure window.",
      bestPractices: practices,
    },
    ...graphTokenShape,
    validate: whatsApp,
    // Reads the id of the system user or user the token acts as: a Graph API GET that sends no
    // message and so costs no conversation.
    verify: {
      method: "GET",
      url: "https://graph.facebook.com/me?fields=id",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [400, 401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `WHATSAPP_TOKEN=${graphToken("wa-1")}`,
      () => `whatsapp:\n  access_token: "${graphToken("wa-2", "L")}"`,
      () => `const whatsappClient = new WhatsApp({ token: "${graphToken("wa-3", "N")}" });`,
    ],
    negatives: ["WHATSAPP_TOKEN=EAAG...", () => `FACEBOOK_PAGE_TOKEN=${graphToken("wa-fb")}`],
    references: [
      "https://developers.facebook.com/docs/whatsapp/business-management-api/get-started",
      "https://developers.facebook.com/docs/graph-api/overview#me",
    ],
  },
  {
    id: "facebook-app-secret",
    name: "Meta (Facebook) app secret",
    vendor: "Meta",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${about} Every Meta app has an app secret (32 hexadecimal characters) used to obtain app access tokens, sign appsecret_proof and verify webhook payloads. Older Facebook libraries and configs also keep it under names such as facebook.key or fbApiKey; the client token, which mobile apps embed by design, is not reported.`,
    security: [
      "With the app ID an attacker can create app access tokens and change the app's settings reachable through the API, such as webhooks and test users.",
      "Webhook signatures can be forged, and appsecret_proof no longer protects leaked user tokens.",
    ],
    mitigation: {
      revoke:
        'In the Meta App Dashboard open the app, go to App settings > Basic, click "Reset" next to App secret and confirm with your password; update every server that uses it (this also invalidates tokens that depend on it).',
      revokeUrl: "https://developers.facebook.com/apps/",
      audit:
        "Review the app's Activity log and Roles (developers, testers) in the App Dashboard for changes during the exposure window.",
      bestPractices: practices,
    },
    keywords: ["facebook", "fb_app", "fb-app", "fbapikey", "fb_api_key", "fb-api-key", "fbappkey", "fb_key"],
    pattern: new RegExp(
      `(?:(?:${anyCase("facebook")}|${anyCase("fb")}[_-]${anyCase("app")})[A-Za-z0-9_.-]{0,24}${anyCase("secret")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}|${ALNUM_START}(?:${anyCase("facebook")}|${anyCase("fb")})[._-]?(?:${anyCase("api")}[_-]?|${anyCase("app")}[_-]?)?${anyCase("key")}["'\x60]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,24}["'\x60]?)(?<secret>[0-9a-f]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `FACEBOOK_APP_SECRET=${randomChars("hexLower", 32, "fb-secret-1")}`,
      () =>
        `facebook:\n  app_id: "123456789012345"\n  facebook_client_secret: '${randomChars("hexLower", 32, "fb-secret-2")}'`,
      () => `FB_APP_SECRET = "${randomChars("hexLower", 32, "fb-secret-3")}"`,
      () => `  config.facebook.key = "${randomChars("hexLower", 32, "fb-secret-4")}"`,
      () => `var fbApiKey = '${randomChars("hexLower", 32, "fb-secret-5")}';`,
    ],
    negatives: [
      "FACEBOOK_APP_SECRET=your-app-secret",
      () => `FACEBOOK_APP_ID=${randomChars("digits", 15, "fb-appid")}`,
      // The client token is embedded in mobile apps by design.
      () => `FACEBOOK_CLIENT_TOKEN=${randomChars("hexLower", 32, "fb-client-token")}`,
      () =>
        `<string name="facebook_client_token">${randomChars("hexLower", 32, "fb-client-token-2")}</string>`,
    ],
    references: ["https://developers.facebook.com/docs/facebook-login/security#appsecret"],
  },
];
