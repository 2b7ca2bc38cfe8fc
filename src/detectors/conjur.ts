import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 54) => randomChars("lowerAlnum", length, label);

export const detectors: Detector[] = [
  {
    id: "conjur-api-key",
    name: "CyberArk Conjur API key",
    vendor: "CyberArk",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "CyberArk Conjur (open source, Conjur Enterprise and Conjur Cloud) is a secrets manager for machines. Users and hosts authenticate to it with an API key (about 54 lower-case letters and digits) that is exchanged for short-lived access tokens; it is found in CONJUR_AUTHN_API_KEY and similar names.",
    security: [
      "An attacker can fetch every secret the user or host is allowed to read: database passwords, cloud keys and certificates.",
      "An admin API key can load policy, creating identities and permitting itself to any secret.",
    ],
    mitigation: {
      revoke:
        "Rotate the key: `conjur user rotate-api-key` (own key), or `conjur host rotate-api-key -i <host id>` as a user with update privilege; Conjur invalidates the old key at once. Update the application's CONJUR_AUTHN_API_KEY, and rotate the secrets the identity could read.",
      revokeUrl: "https://docs.cyberark.com/conjur-open-source/latest/en/content/developer/cli/cli-user.htm",
      audit:
        "Review the Conjur audit log (syslog audit messages) for authenticate and fetch events by the identity during the exposure window.",
      bestPractices: [
        "prefer platform authenticators (Kubernetes, AWS IAM, JWT) that avoid long-lived API keys",
        "give each host access to only the variables it needs",
      ],
    },
    keywords: ["conjur"],
    pattern:
      /(?:CONJUR_AUTHN_API_KEY|CONJUR_API_KEY|CONJUR_ADMIN_API_KEY|conjur_authn_api_key|conjur_api_key|conjurApiKey|ConjurApiKey)["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=]|[ \t])[ \t]{0,3}["'`]?(?<secret>[a-z0-9]{48,60})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `export CONJUR_ACCOUNT="acme"\nexport CONJUR_AUTHN_API_KEY="${key("conjur-1")}"`,
      () => `conjur:\n  conjur_api_key: ${key("conjur-2")}`,
    ],
    negatives: [
      "CONJUR_AUTHN_API_KEY=secret",
      "CONJUR_AUTHN_API_KEY=myapikey",
      () => `CONJUR_AUTHN_API_KEY=${key("conjur-short", 22)}`,
    ],
    references: [
      "https://docs.cyberark.com/conjur-open-source/latest/en/content/developer/conjur_api_for_developers.htm",
    ],
  },
];
