import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "jotform-api-key",
    name: "Jotform API key",
    vendor: "Jotform",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Jotform is an online form builder. API keys are 32 hexadecimal characters passed as the APIKEY header or apiKey parameter, with Read Access or Full Access to the account; without a prefix they are recognised by the Jotform name next to them.",
    security: [
      "Every submission of every form can be read, often personal data, payments details and uploaded files.",
      "With Full Access the attacker can change or delete forms and submissions, and add webhooks that copy new submissions out.",
    ],
    mitigation: {
      revoke:
        "Sign in to Jotform, open My Account > API, and delete the leaked key; create a new key with Read Access where possible and update JOTFORM_API_KEY.",
      revokeUrl: "https://www.jotform.com/myaccount/api",
      audit:
        "Review the account's forms, submissions and webhooks (Settings > Integrations) for changes during the exposure window.",
      bestPractices: [
        "create Read Access keys for reporting tools",
        "use one key per integration so one can be deleted alone",
      ],
    },
    keywords: ["jotform"],
    pattern: new RegExp(
      `(?:JOTFORM|[Jj]ot[Ff]orm)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reading the key owner's user record changes nothing.
    verify: {
      method: "GET",
      url: "https://api.jotform.com/user",
      headers: { APIKEY: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `JOTFORM_API_KEY=${key("jotform-1")}`,
      () => `jotformAPIClient = JotformAPIClient("${key("jotform-2")}")`,
      () => `jotform_api_key: '${key("jotform-3")}'`,
    ],
    negatives: [
      "JOTFORM_API_KEY=YOUR_API_KEY",
      () => `JOTFORM_FORM_ID=${randomChars("digits", 15, "jotform-form")}`,
    ],
    references: ["https://api.jotform.com/docs/#authentication"],
  },
];
