import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Apifonica's account SIDs and auth tokens share one shape: 11-4-4-4-12 lower-case letters and digits. */
const SHAPE = "[0-9a-z]{11}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}";

const apifonicaValue = (label: string) => {
  const chars = randomChars("lowerAlnum", 35, label);
  return `${chars.slice(0, 11)}-${chars.slice(11, 15)}-${chars.slice(15, 19)}-${chars.slice(19, 23)}-${chars.slice(23)}`;
};

export const detectors: Detector[] = [
  {
    id: "apifonica-auth-token",
    name: "Apifonica auth token",
    vendor: "Apifonica",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Apifonica is a cloud communications platform (SMS, voice, chat apps). Its REST API takes HTTP Basic authentication with the account SID as user and the auth token, the account's password, as password; both are 11-4-4-4-12 groups of lower-case letters and digits. The token has no prefix, so it is recognised only in a name that mentions Apifonica.",
    security: [
      "Messages and calls can be sent at the account's expense, from its numbers.",
      "Message and call history, numbers and subaccounts can be read or changed.",
    ],
    mitigation: {
      revoke:
        "In the Apifonica dashboard, change the account's (or subaccount's) auth token, which ends the old one, and update every integration that used it.",
      revokeUrl: "https://www.apifonica.com/",
      audit:
        "Review message and call logs and the account's numbers and subaccounts for activity you did not start.",
      bestPractices: ["give each integration its own subaccount so that its token can be changed alone"],
    },
    keywords: ["apifonica"],
    pattern: new RegExp(
      `${vendorName(["apifonica"], ["token", "secret", "password", "key"])}${ASSIGN_LOOSE}(?<secret>${SHAPE})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    companions: [
      {
        name: "account SID",
        pattern: new RegExp(
          `(?:account_?sid|ACCOUNT_?SID|accountSid|accountSID|AccountSid)["']?[ \\t]{0,3}[:=][ \\t]{0,3}["']?(?<value>${SHAPE})${TOKEN_END}`,
        ),
        within: 512,
      },
    ],
    // Reads the account's own details, Apifonica's documented account GET: changes nothing.
    verify: {
      method: "GET",
      url: "https://api.apifonica.com/v2/accounts/{companion:account SID}",
      basicAuth: { user: "{companion:account SID}", password: "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "account_sid" },
    },
    examples: [
      () =>
        `APIFONICA_ACCOUNT_SID=${apifonicaValue("apifonica-sid-1")}\nAPIFONICA_AUTH_TOKEN=${apifonicaValue("apifonica-1")}`,
      () => `apifonica_token: "${apifonicaValue("apifonica-2")}"`,
      () => `const apifonicaSecret = '${apifonicaValue("apifonica-3")}';`,
    ],
    negatives: [
      "APIFONICA_AUTH_TOKEN=<auth token>",
      () => `APIFONICA_ACCOUNT_SID=${apifonicaValue("apifonica-sid-only")}`,
      () => `APIFONICA_AUTH_TOKEN=${apifonicaValue("apifonica-upper").toUpperCase()}`,
    ],
    references: [
      "https://www.apifonica.com/it/docs/api/rest/get-account-info/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/apifonica",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/apifonica.yml",
    ],
  },
];
