import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("hexLower", 64, label);

export const detectors: Detector[] = [
  {
    id: "dropbox-sign-api-key",
    name: "Dropbox Sign (HelloSign) API key",
    vendor: "Dropbox Sign",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Dropbox Sign (formerly HelloSign) is an e-signature service. API keys are 64 hexadecimal characters used as the HTTP Basic username (or a Bearer token) on api.hellosign.com and act as the account that owns them; without a prefix they are recognised by the Dropbox Sign or HelloSign name next to them.",
    security: [
      "Signature requests, signed documents and their audit trails can be listed and downloaded.",
      "New signature requests can be sent in the owner's name, which e-mails third parties.",
      "Templates, team members and the account's callback URL can be read or changed.",
    ],
    mitigation: {
      revoke:
        "Sign in to Dropbox Sign, open Settings > API, and delete the leaked key (or generate a new one and remove the old); update HELLOSIGN_API_KEY / DROPBOX_SIGN_API_KEY.",
      revokeUrl: "https://app.hellosign.com/home/myAccount#api",
      audit:
        "Review the account's documents and the API dashboard's request log for signature requests you did not send, and check the callback URL.",
      bestPractices: [
        "use test_mode=1 with a separate key during development",
        "keep keys server-side; never in front-end code",
      ],
    },
    keywords: ["hellosign", "dropbox_sign", "dropboxsign", "dropbox-sign"],
    pattern: new RegExp(
      `(?:HELLOSIGN|[Hh]ello[Ss]ign|DROPBOX_SIGN|[Dd]ropbox_?[Ss]ign|dropbox-sign)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reading the key owner's account changes nothing.
    verify: {
      method: "GET",
      url: "https://api.hellosign.com/v3/account",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `HELLOSIGN_API_KEY=${key("hellosign-1")}`,
      () => `DROPBOX_SIGN_API_KEY="${key("hellosign-2")}"`,
      () => `configuration = Configuration(username=key)\ndropboxSignApiKey: "${key("hellosign-3")}"`,
    ],
    negatives: [
      "HELLOSIGN_API_KEY=YOUR_API_KEY",
      () => `HELLOSIGN_CLIENT_ID=${randomChars("hexLower", 32, "hellosign-client")}`,
    ],
    references: ["https://developers.hellosign.com/api/reference/authentication/"],
  },
];
