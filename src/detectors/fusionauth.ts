import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 64) => randomChars("base64url", length, label);

export const detectors: Detector[] = [
  {
    id: "fusionauth-api-key",
    name: "FusionAuth API key",
    vendor: "FusionAuth",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "FusionAuth is a customer identity and access management server (self-hosted or FusionAuth Cloud). API keys, sent in the Authorization header, call its management APIs, either with every permission or limited to chosen endpoints and one tenant; they are found in FUSIONAUTH_API_KEY and similar names.",
    security: [
      "A key with broad permissions lets an attacker create, change and delete users, reset passwords and issue tokens for any user.",
      "Applications, tenants, signing keys and identity providers can be reconfigured, taking over login for every application that trusts FusionAuth.",
    ],
    mitigation: {
      revoke:
        "In the FusionAuth admin UI open Settings > API Keys, delete the leaked key and add a new one limited to the endpoints and tenant it needs; update the applications that used it.",
      revokeUrl: "https://fusionauth.io/docs/apis/authentication#managing-api-keys",
      audit:
        "Review System > Audit Log and the user and application event logs for changes made through the API during the exposure window.",
      bestPractices: [
        "limit each key to the endpoints and HTTP methods it needs and to one tenant",
        "never reuse the kickstart key outside local development",
      ],
    },
    keywords: ["fusionauth"],
    pattern:
      /(?:FUSIONAUTH_API_KEY|FUSIONAUTH_APIKEY|FUSIONAUTH_ADMIN_API_KEY|fusionauth_api_key|fusionauthApiKey|fusionAuthApiKey|FusionAuthApiKey)["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=]|[ \t])[ \t]{0,3}["'`]?(?<secret>[A-Za-z0-9_-]{32,72})(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    examples: [
      () => `FUSIONAUTH_API_KEY=${key("fa-1")}`,
      () =>
        `const client = new FusionAuthClient(fusionAuthApiKey, url);\nconst fusionAuthApiKey = "${key("fa-2", 48)}";`,
    ],
    negatives: [
      "FUSIONAUTH_API_KEY=this_really_should_be_a_long_random_alphanumeric_value_but_this_still_works",
      "FUSIONAUTH_API_KEY=${FUSIONAUTH_API_KEY}",
      () => `FUSIONAUTH_API_KEY=${key("fa-short", 16)}`,
    ],
    references: ["https://fusionauth.io/docs/apis/authentication"],
  },
];
