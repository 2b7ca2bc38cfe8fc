import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "vonage-api-secret",
    name: "Vonage (Nexmo) API secret",
    vendor: "Vonage",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Vonage, formerly Nexmo, provides communication APIs for SMS, voice, video and verification. An account's API key (8 characters) and API secret (16 alphanumeric characters) authenticate its REST APIs.",
    security: [
      "An attacker can send SMS and start calls billed to the account, including toll fraud to premium numbers.",
      "Numbers can be bought or released, and message and call records read.",
      "Applications and their webhooks can be changed to intercept inbound calls and messages.",
    ],
    mitigation: {
      revoke:
        'In the Vonage API Dashboard go to Settings (API Settings), under the account\'s API secrets click "Add new secret", deploy it, then delete the leaked secret with its trash icon (an account holds at most two secrets).',
      revokeUrl: "https://dashboard.nexmo.com/settings",
      audit:
        "Review Logs > SMS and Voice records, Numbers and Applications in the Vonage API Dashboard, and the billing usage, for activity during the exposure window.",
      bestPractices: [
        "authenticate applications with a Vonage application's private key and JWTs instead of the account secret where the API allows",
        "keep SMS and voice destinations limited to the countries you serve",
      ],
    },
    keywords: ["vonage", "nexmo"],
    pattern: new RegExp(
      `(?:${anyCase("vonage")}|${anyCase("nexmo")})[A-Za-z0-9_.-]{0,24}${anyCase("secret")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{16})${TOKEN_END}`,
    ),
    companions: [
      {
        name: "API key",
        pattern:
          /(?:vonage|nexmo)[A-Za-z0-9_.-]{0,16}key["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<value>[0-9a-f]{8})(?![A-Za-z0-9])/i,
      },
    ],
    // Reads the account balance (key and secret as query parameters, as Vonage documents): a GET
    // that sends no message and spends no credit.
    verify: {
      method: "GET",
      url: "https://rest.nexmo.com/account/get-balance?api_key={companion:API key}&api_secret={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "value" },
    },
    examples: [
      () =>
        `VONAGE_API_KEY=${randomChars("hexLower", 8, "vonage-1")}\nVONAGE_API_SECRET=${randomChars("alnum", 16, "vonage-1")}`,
      () => `nexmo:\n  nexmo_secret: "${randomChars("alnum", 16, "vonage-2")}"`,
      () => `const vonageApiSecret = '${randomChars("alnum", 16, "vonage-3")}';`,
    ],
    negatives: [
      "VONAGE_API_SECRET=your-api-secret",
      () => `VONAGE_API_KEY=${randomChars("hexLower", 8, "vonage-key")}`,
      () => `VONAGE_API_SECRET=${randomChars("alnum", 10, "vonage-short")}`,
    ],
    references: [
      "https://developer.vonage.com/en/getting-started/concepts/authentication",
      "https://developer.vonage.com/en/api/account#getAccountBalance",
    ],
  },
];
