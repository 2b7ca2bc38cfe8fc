import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
/** `os_v2_<kind>_` + 103 lower-case base-32 characters (the first 26 encode the app or organization id). */
const key = (kind: string, label: string) => `os_v2_${kind}_${randomChars(BASE32, 103, label)}`;

export const detectors: Detector[] = [
  {
    id: "onesignal-api-key",
    name: "OneSignal REST API key",
    vendor: "OneSignal",
    family: "API Key",
    severity: "high",
    description:
      "OneSignal sends push notifications, in-app messages, e-mail and SMS for apps and websites. Current REST API keys are os_v2_app_ (an app's key) or os_v2_org_ (an organization's key) followed by 103 lower-case base-32 characters, the first 26 of which encode the app or organization id; they are sent as \"Authorization: Key <key>\" (formerly Basic).",
    security: [
      "The attacker can send push notifications, e-mails and SMS to all of the app's subscribers, for phishing or spam in the app's name.",
      "Subscriber records (users, devices, tags, e-mail addresses and phone numbers) can be read or exported.",
      "An organization key can create apps and manage the keys of every app in the organization.",
    ],
    mitigation: {
      revoke:
        "In the OneSignal dashboard open the app's Settings > Keys & IDs (or Organization > Keys for an organization key), rotate or delete the leaked key, and create a new one with an IP allowlist where possible; update ONESIGNAL_REST_API_KEY.",
      revokeUrl: "https://documentation.onesignal.com/docs/keys-and-ids",
      audit:
        "Review Delivery > Sent Messages for notifications you did not send and the app's audience exports and integrations during the exposure window.",
      bestPractices: [
        "never ship REST API keys in mobile or web clients; the App ID is the only value they need",
        "restrict keys to your servers' IP addresses",
        "create separate keys per backend service",
      ],
    },
    keywords: ["os_v2_app_", "os_v2_org_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>os_v2_(?:app|org)_[a-z2-7]{100,110})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `ONESIGNAL_REST_API_KEY=${key("app", "onesignal-1")}`,
      () => `'Authorization: Key ${key("app", "onesignal-2")}'`,
      () => `ONESIGNAL_ORG_KEY="${key("org", "onesignal-3")}"`,
    ],
    negatives: [
      'placeholder="os_v2_app_..."',
      () => `os_v2_app_${randomChars(BASE32, 40, "onesignal-short")}`,
    ],
    references: [
      "https://documentation.onesignal.com/docs/keys-and-ids",
      "https://documentation.onesignal.com/reference/rest-api-overview",
    ],
  },
];
