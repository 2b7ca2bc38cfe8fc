import { NAME_TAIL_ASSIGN_OR_CALL } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A Send Mail token: 144 base64 characters (106 bytes, so `==` padding). */
const token = (label: string) => `${randomChars("base64", 142, label)}==`;

export const detectors: Detector[] = [
  {
    id: "zeptomail-send-mail-token",
    name: "ZeptoMail Send Mail token",
    vendor: "Zoho ZeptoMail",
    family: "API Key",
    severity: "high",
    description:
      'ZeptoMail is Zoho\'s transactional e-mail service. A Send Mail token belongs to one Mail Agent and authorizes its API and SMTP sending; it is a long base64 string sent as "Authorization: Zoho-enczapikey <token>" (also used as the SMTP password).',
    security: [
      "The attacker can send e-mail from the Mail Agent's verified domains, for phishing that passes SPF and DKIM.",
      "Sending spends the account's purchased credits and can get the domain blocked for abuse.",
    ],
    mitigation: {
      revoke:
        "In ZeptoMail open Mail Agents > the agent > SMTP/API (Send Mail tokens), delete the leaked token and generate a new one; update ZEPTOMAIL_TOKEN and any SMTP password that used it.",
      revokeUrl: "https://www.zoho.com/zeptomail/help/mail-agents.html",
      audit:
        "Review the Mail Agent's Processed e-mails and Reports for messages you did not send during the exposure window, and the account's credit usage.",
      bestPractices: [
        "create one Mail Agent per application so a token can be revoked without affecting others",
        "enable IP restrictions on the Mail Agent where your senders have fixed addresses",
      ],
    },
    keywords: ["zoho-enczapikey", "zeptomail", "zepto_mail"],
    pattern: new RegExp(
      `(?:[Zz]oho-enczapikey[ \\t]{1,3}|(?:ZEPTOMAIL|ZEPTO_MAIL|[Zz]epto_?[Mm]ail)${NAME_TAIL_ASSIGN_OR_CALL}(?:[Zz]oho-enczapikey[ \\t]{1,3})?)(?<secret>[A-Za-z0-9+/]{120,200}={0,2})(?![A-Za-z0-9+/=])`,
    ),
    minEntropy: 4,
    examples: [
      () => `$token = "Zoho-enczapikey ${token("zepto-1")}";`,
      () => `ZEPTOMAIL_TOKEN=${token("zepto-2")}`,
      () => `headers: { Authorization: "Zoho-enczapikey ${token("zepto-3")}" }`,
    ],
    negatives: [
      "Authorization: `Zoho-enczapikey ${apiKey}`",
      "'Authorization' => 'Zoho-enczapikey '.$apiKey,",
      () => `ZEPTOMAIL_TOKEN=${randomChars("base64", 60, "zepto-short")}`,
    ],
    references: [
      "https://www.zoho.com/zeptomail/help/api/email-sending.html",
      "https://www.zoho.com/zeptomail/help/smtp-api-key.html",
    ],
  },
];
