import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * Passwords written out in sentences of READMEs, setup notes, comments and echo lines: "the
 * default password is 'x'", "the password for user 'postgres' is 'y'". The quotes and the fixed
 * wording anchor the value; a first character that starts a template or a variable ($, {, <, %)
 * is not a literal password.
 */

const QUOTED_VALUE = `["'](?<secret>[^\\s"'\\x60#$|{<+()\\\\%][^\\s"'\\x60]{2,59})["']`;

const password = (label: string) => randomChars("alnum", 12, label);

export const detectors: Detector[] = [
  {
    id: "prose-password",
    name: "Password stated in prose",
    vendor: "Generic",
    family: "Password",
    severity: "medium",
    confidence: "low",
    description:
      "A password given in a sentence, as setup notes, READMEs and scripts tell their readers: \"the default password is '…'\" or \"the password for user '…' is '…'\". Default passwords of appliances and images are also tried first by attackers.",
    security: [
      "Anyone who reads the repository learns a password of the system the text describes, and default passwords are often never changed.",
      "The same password is frequently reused for other accounts of its owner.",
    ],
    mitigation: {
      revoke:
        "Change the password on every system that uses it (and force a change on first login where it is a shipped default), then remove it from the text and from the repository's history.",
      audit:
        "Review the sign-in logs of the accounts that used the password for logins you cannot account for.",
      bestPractices: [
        "tell readers where to find or how to set the password (an environment variable, a secret store, a first-run prompt) instead of writing it down",
        "generate a random initial password per installation rather than shipping a default",
      ],
    },
    keywords: ["password is", "password for"],
    window: { before: 32, after: 160 },
    pattern: new RegExp(
      `\\bthe (?:default )?password (?:for (?:the )?user(?:name)? ["'][^"'\\n]{2,24}["'] )?is ${QUOTED_VALUE}`,
      "i",
    ),
    examples: [
      () => `echo "The password is '${password("prose-1")}'"`,
      () => `The default password for the user "admin" is "${password("prose-2")}".`,
      () => `2. Make sure the password for user 'postgres' is '${password("prose-3")}' or edit .env`,
    ],
    negatives: [
      "The password is '$DB_PASSWORD'",
      'The default password is "<your password>"',
      "the password is 'the one you chose'",
    ],
    references: [
      "https://cwe.mitre.org/data/definitions/798.html",
      "https://cwe.mitre.org/data/definitions/1392.html",
    ],
  },
];
