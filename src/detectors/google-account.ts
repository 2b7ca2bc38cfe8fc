import { RANDOM_MIN_TOKENS_PER_CHAR, tokensPerChar } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";
import { placeholderReason } from "../engine/filters.js";

/** Google shows an app password as four groups of four lower-case letters. */
const appPassword = (label: string) =>
  [0, 1, 2, 3].map((i) => randomChars("abcdefghijklmnopqrstuvwxyz", 4, `${label}-${i}`)).join(" ");

/**
 * Judged without its spaces, which would break up the placeholder checks' runs (abcd efgh ...);
 * four short English words ("this will work fine") have the shape too, but read like words.
 */
const randomLetters: Validator = (secret) => {
  const letters = secret.replaceAll(" ", "");
  const placeholder = placeholderReason(letters);
  if (placeholder !== undefined) return placeholder;
  return tokensPerChar(letters) >= RANDOM_MIN_TOKENS_PER_CHAR ? true : "reads like words";
};

export const detectors: Detector[] = [
  {
    id: "google-app-password",
    name: "Google account app password",
    vendor: "Google Account",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "An app password of a Google account: 16 letters that Google shows in four groups of four (abcd efgh ijkl mnop), generated for an app that cannot sign in with OAuth. Scripts and web forms use them to send mail through smtp.gmail.com (PHPMailer's $mail->Password, Django's EMAIL_HOST_PASSWORD, smtplib's login) and to read mail over IMAP; they are usually pasted with the spaces, which is the shape found here.",
    security: [
      "The app password signs in to the account's Gmail over SMTP and IMAP without the second factor: an attacker can read the whole mailbox and send mail as the owner.",
      "Mail access opens password resets of every other service registered with that address.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Google account, open Security > 2-Step Verification > App passwords (myaccount.google.com/apppasswords) and delete the app password; changing the account password also revokes every app password. Then give the app a new one through the environment, or move it to OAuth (XOAUTH2) for SMTP.",
      revokeUrl: "https://myaccount.google.com/apppasswords",
      audit:
        'Review Security > Recent security activity and Your devices in the Google account, and Gmail\'s "Last account activity" details for IMAP or SMTP access from unknown addresses; check Sent mail and filters or forwarding rules you did not create.',
      bestPractices: [
        "send mail from applications through a transactional mail service or OAuth (XOAUTH2), not an account's app password",
        "keep SMTP credentials in the environment or a secret store (EMAIL_HOST_PASSWORD from os.environ), never in the code",
        "give each app its own app password, so that one can be deleted alone",
      ],
    },
    keywords: ["pass", "pwd", "smtp", "gmail", "login("],
    // The value follows its name or call: "pass" and "smtp" are common words, so a window opens
    // only where the rest of the name, an assignment or a call's first argument, and four
    // groups of four letters follow.
    window: { before: 0, after: 200 },
    keywordGate:
      /[\w.>-]{0,30}["'\]]{0,2}[ \t]{0,3}[=:,(]{0,2}[ \t]{0,3}(?:["'][^"'\n]{0,80}["'][ \t]{0,3},[ \t]{0,3})?["']?[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}(?![A-Za-z0-9])/,
    // After a quote or an assignment: the four groups as one value.
    pattern: /(?<=(?:["'=:,(]|[=:][ \t]{1,3}))(?<secret>[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})(?![A-Za-z0-9])/,
    validate: randomLetters,
    examples: [
      () => `$mail->Password = '${appPassword("gap-1")}'; // Gmail app password`,
      () => `EMAIL_HOST_PASSWORD = "${appPassword("gap-2")}"`,
      () => `server.login("alerts@gmail.com", "${appPassword("gap-3")}")`,
    ],
    negatives: [
      "$mail->Password = 'xxxx xxxx xxxx xxxx';",
      "$mail->Password = 'abcd efgh ijkl mnop';",
      'password_hint = "this will work fine"',
      "SMTP_PASSWORD='your app password here'",
    ],
    references: ["https://support.google.com/accounts/answer/185833"],
  },
];
