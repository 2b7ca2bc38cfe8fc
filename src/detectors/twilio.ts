import { mentionedNear } from "../catalog/nearby.js";
import { ALNUM_END, ASSIGN_OR_CALL, anyCase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, MatchContext } from "../catalog/types.js";

const about =
  "Twilio is a cloud communications platform for SMS, voice, WhatsApp, e-mail (SendGrid) and verification.";
const ACCOUNT_SID = /(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])/;
const API_KEY_SID = /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/;
const accountSid = (label: string) => `AC${randomChars("hexLower", 32, label)}`;
const apiKeySid = (label: string) => `SK${randomChars("hexLower", 32, label)}`;

/** Whether `pattern` occurs within `within` bytes of the match (companions, until the engine reports them). */
const nearby = (context: MatchContext, pattern: RegExp, within = 1024) =>
  mentionedNear(context, pattern, within);

const consoleKeys = "https://console.twilio.com/us1/account/keys-credentials/api-keys";
const audit =
  "In the Twilio Console review Monitor > Logs (Messaging, Calls, Errors) and Monitor > Logs > Audit events (Event Streams / Audit Events) for API keys created, numbers bought and messages sent during the exposure window, and check the billing usage for spikes.";
const practices = [
  "use API keys (SK...) for applications instead of the account's Auth Token, one key per application",
  "prefer Restricted API keys with only the permissions the application needs",
  "enable the geographic permissions only for countries you send to, to limit toll fraud",
  "store credentials in a secret manager and rotate them on a schedule",
];

export const detectors: Detector[] = [
  {
    id: "twilio-auth-token",
    name: "Twilio Auth Token",
    vendor: "Twilio",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} Every account (and subaccount) has an Auth Token, 32 hexadecimal characters, which with the Account SID (AC...) authenticates the REST API with full access to the account.`,
    security: [
      "An attacker can send SMS and place calls at your expense, including premium-rate toll fraud.",
      "Message and call logs, recordings and phone numbers of the account can be read.",
      "The attacker can create API keys and subaccounts that survive rotation of the token.",
    ],
    mitigation: {
      revoke:
        'In the Twilio Console go to Account > API keys & tokens, under Auth Tokens click "Request a secondary token", deploy it, then "Promote to primary", which invalidates the leaked token; review and delete any API keys you did not create.',
      revokeUrl: consoleKeys,
      audit,
      bestPractices: practices,
    },
    keywords: ["twilio"],
    window: { before: 1024, after: 1024, multiline: true },
    pattern: new RegExp(
      `${anyCase("twilio")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("auth")}|${anyCase("token")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[0-9a-f]{32})${ALNUM_END}`,
    ),
    companions: [{ name: "account SID", pattern: ACCOUNT_SID, required: true }],
    // The engine does not yet look for companions, so the required account SID is checked here.
    validate: (_secret, context) => (nearby(context, ACCOUNT_SID) ? true : "no account SID (AC...) nearby"),
    // Fetches the account resource itself: a GET that sends nothing and costs nothing.
    verify: {
      method: "GET",
      url: "https://api.twilio.com/2010-04-01/Accounts/{companion:account SID}.json",
      basicAuth: { user: "{companion:account SID}", password: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "sid" },
    },
    examples: [
      () =>
        `TWILIO_ACCOUNT_SID=${accountSid("tw-1")}\nTWILIO_AUTH_TOKEN=${randomChars("hexLower", 32, "tw-tok-1")}`,
      () =>
        `twilio:\n  account_sid: "${accountSid("tw-2")}"\n  twilio_auth_token: "${randomChars("hexLower", 32, "tw-tok-2")}"`,
      () =>
        `const twilioAuthToken = "${randomChars("hexLower", 32, "tw-tok-3")}";\nconst client = twilio("${accountSid("tw-3")}", twilioAuthToken);`,
    ],
    negatives: [
      // Without the account SID nearby, 32 hex digits are too ambiguous.
      () => `TWILIO_AUTH_TOKEN=${randomChars("hexLower", 32, "tw-tok-alone")}`,
      () => `TWILIO_ACCOUNT_SID=${accountSid("tw-neg")}\nTWILIO_AUTH_TOKEN=your_auth_token`,
      () =>
        `TWILIO_ACCOUNT_SID=${accountSid("tw-neg2")}\nTWILIO_AUTH_TOKEN=${randomChars("hexLower", 24, "tw-tok-short")}`,
    ],
    references: [
      "https://www.twilio.com/docs/iam/api/authtoken",
      "https://www.twilio.com/docs/iam/api/account#fetch-an-account-resource",
    ],
  },
  {
    id: "twilio-api-key-secret",
    name: "Twilio API key secret",
    vendor: "Twilio",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} An API key is a key SID (SK followed by 32 hexadecimal characters) and a secret of 32 alphanumeric characters; the pair authenticates the REST API for one account, with Standard, Main or Restricted permissions.`,
    security: [
      "With the key SID (usually stored beside it) an attacker can send messages and place calls billed to the account.",
      "Main keys can also manage the account's API keys and subaccounts; Standard keys reach every other REST resource.",
    ],
    mitigation: {
      revoke:
        'In the Twilio Console go to Account > API keys & tokens, find the key by its SID or friendly name, open it and click "Delete this API key"; create a new key for the application.',
      revokeUrl: consoleKeys,
      audit,
      bestPractices: practices,
    },
    keywords: ["twilio"],
    window: { before: 512, after: 512, multiline: true },
    // Either a *secret* name, or (as some PHP and Node configs do) the secret stored under
    // TWILIO_API_KEY while the SK key SID sits under another name: then the SID must be nearby.
    pattern: new RegExp(
      `(?:${anyCase("twilio")}[A-Za-z0-9_.-]{0,24}${anyCase("secret")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}|${anyCase("twilio")}[_.-]?${anyCase("api")}[_.-]?${anyCase("key")}(?<keyname>)["'\x60]?[ \t]{0,4}(?:=>|:=|[:=,])[ \t]{0,4}["'\x60]?)(?<secret>[A-Za-z0-9]{32})${ALNUM_END}`,
    ),
    validate: (_secret, context) =>
      context.groups.keyname === undefined || nearby(context, API_KEY_SID, 512)
        ? true
        : "an API key name without an API key SID (SK...) nearby",
    companions: [{ name: "API key SID", pattern: API_KEY_SID }],
    // Lists the accounts the API key can reach: a GET that sends nothing and costs nothing.
    verify: {
      method: "GET",
      url: "https://api.twilio.com/2010-04-01/Accounts.json",
      basicAuth: { user: "{companion:API key SID}", password: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "accounts" },
    },
    examples: [
      () =>
        `TWILIO_API_KEY=${apiKeySid("tw-key-1")}\nTWILIO_API_SECRET=${randomChars("alnum", 32, "tw-secret-1")}`,
      () => `{"twilioApiSecret": "${randomChars("alnum", 32, "tw-secret-2")}"}`,
      () =>
        `'API' => env('TWILIO_API', '${apiKeySid("tw-key-3")}'),\n'API_KEY' => env('TWILIO_API_KEY', '${randomChars("alnum", 32, "tw-secret-3")}'),`,
    ],
    negatives: [
      // A 32-character value under an API key name, with no key SID anywhere near it.
      () => `TWILIO_API_KEY=${randomChars("alnum", 32, "tw-secret-nosid")}`,
      "TWILIO_API_SECRET=<api key secret>",
      () => `TWILIO_API_SECRET=${randomChars("alnum", 20, "tw-secret-short")}`,
    ],
    references: [
      "https://www.twilio.com/docs/iam/api-keys",
      "https://www.twilio.com/docs/iam/api/account#read-multiple-account-resources",
    ],
  },
  {
    id: "twilio-credential-pair",
    name: "Twilio SID and secret pair",
    vendor: "Twilio",
    family: "API Key",
    severity: "critical",
    description: `${about} Basic-authentication strings and URLs often carry a whole credential as <Account SID or API key SID>:<Auth Token or key secret>, for example in curl -u commands or https://AC...:token@api.twilio.com URLs, and code passes the two as the first arguments of a client: twilio("AC...", token), Client(sid, token), TwilioClient("SK...", secret, "AC...").`,
    security: [
      "The pair authenticates the REST API: messages and calls can be placed at your expense and logs read.",
      "If the pair is an Account SID with its Auth Token, the attacker also controls API keys and subaccounts.",
    ],
    mitigation: {
      revoke:
        'For an Auth Token: in the Twilio Console go to Account > API keys & tokens and "Request a secondary token", then "Promote to primary". For an API key (SK...): delete the key on the same page and create a new one.',
      revokeUrl: consoleKeys,
      audit,
      bestPractices: practices,
    },
    // A file that calls Client("AC...", "...") may import Twilio far above the call, or the
    // call be all that was pasted: an Account or API key SID as a client's first argument is
    // enough context on its own.
    keywords: ["twilio", "client("],
    keywordGate: /(?<=twilio)|(?<=client\()[ \t]{0,3}["'](?:AC|SK)[0-9a-f]{32}["']/i,
    window: { before: 512, after: 512, multiline: true },
    // SID:secret, or the SID and the secret as the first two string arguments of a client
    // (twilio("AC...", "..."), Client(...), TwilioClient("SK...", "...", "AC...")).
    pattern:
      /(?<![A-Za-z0-9])(?:AC|SK)[0-9a-f]{32}(?::|(?<q>["'])[ \t]{0,3},[ \t]{0,3}\k<q>)(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    examples: [
      () =>
        `curl -X GET "https://api.twilio.com/2010-04-01/Accounts.json" -u ${accountSid("tw-pair-1")}:${randomChars("hexLower", 32, "tw-pair-1")}`,
      () =>
        `TWILIO_URL=https://${apiKeySid("tw-pair-2")}:${randomChars("alnum", 32, "tw-pair-2")}@api.twilio.com/2010-04-01`,
      () =>
        `const twilio = require("twilio");\nconst client = twilio("${accountSid("tw-pair-3")}", "${randomChars("hexLower", 32, "tw-pair-3")}");`,
      () =>
        `var client = new TwilioClient("${apiKeySid("tw-pair-4")}", "${randomChars("alnum", 32, "tw-pair-4")}", "${accountSid("tw-pair-4b")}");`,
      () => `client = Client('${accountSid("tw-pair-5")}', '${randomChars("hexLower", 32, "tw-pair-5")}')`,
    ],
    negatives: [
      "curl https://api.twilio.com/2010-04-01/Accounts.json -u $TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN",
      () => `twilio -u ${accountSid("tw-pair-neg")}:your_auth_token_here_please`,
      "const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);",
      () => `client = Client('${accountSid("tw-pair-neg2")}', auth_token)`,
    ],
    references: ["https://www.twilio.com/docs/usage/requests-to-twilio"],
  },
];
