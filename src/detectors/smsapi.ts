import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "smsapi-oauth-token",
    name: "SMSAPI OAuth token",
    vendor: "SMSAPI",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "SMSAPI sends SMS, MMS and voice messages. Its OAuth tokens (40 letters and digits, sent as a Bearer token) send messages and read the account's contacts and reports.",
    security: [
      "SMS can be sent from the account's sender names, billed to the owner and usable for phishing.",
      "Contacts and message reports, with phone numbers, can be read.",
    ],
    mitigation: {
      revoke:
        "In the SMSAPI customer portal open API Tokens (OAuth), delete the token and create a new one with only the permissions needed.",
      revokeUrl: "https://ssl.smsapi.com/react/oauth/manage",
      audit: "Review outgoing message reports and account balance for messages you did not send.",
      bestPractices: ["restrict tokens to the SMS permission and to known IP addresses"],
    },
    keywords: ["smsapi", "sms_api"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["smsapi", "sms_api", "smsApi"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `SMSAPI_TOKEN=${randomChars("alnum", 40, "smsapi-oauth-token-1")}`,
      () => `smsapi_token: "${randomChars("alnum", 40, "smsapi-oauth-token-2")}"`,
      () => `const smsapiToken = "${randomChars("alnum", 40, "smsapi-oauth-token-3")}";`,
    ],
    negatives: [
      "SMSAPI_TOKEN=your_smsapi_token_here",
      () => `SMSAPI_TOKEN=${randomChars("alnum", 37, "smsapi-oauth-token-short")}`,
      () => `SMSAPI_URL=${randomChars("alnum", 40, "smsapi-oauth-token-noname")}`,
    ],
    references: [
      "https://www.smsapi.com/docs/#authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/smsapi/smsapi.go",
    ],
  },
];
