import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const FIELD = "http://schemas.microsoft.com/cdo/configuration/sendpassword";

export const detectors: Detector[] = [
  {
    id: "cdo-smtp-password",
    name: "SMTP password in a CDO mail configuration",
    vendor: "Microsoft",
    family: "Password",
    severity: "high",
    confidence: "high",
    description:
      'Collaboration Data Objects (CDO), the COM mail library of VBScript, classic ASP, VBA, VB.NET and other Windows languages, takes its SMTP login as configuration fields: `.Fields("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "..."` beside sendusername and smtpserver. Scripts that send alerts and reports from servers and Office macros set the mailbox\'s password there.',
    security: [
      "The password signs in to the mailbox or SMTP relay (Gmail, Office 365, Amazon SES, an ISP's server): mail can be sent as that address, and for a mailbox account read too.",
      "Such scripts run unattended for years, so the password stays valid and is often the person's own.",
    ],
    mitigation: {
      revoke:
        "Change the mailbox's password (or revoke the app password or SES SMTP credentials used), then have the script read it from a protected store (Windows Credential Manager, an encrypted config) instead of its source.",
      revokeUrl:
        "https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms526940(v=exchg.10)",
      audit:
        "Review the mailbox's sign-in log and sent items, or the relay's logs, for mail you did not send.",
      bestPractices: [
        "use an app password or a relay account limited to sending, never a person's own password",
      ],
    },
    keywords: ["cdo/configuration/sendpassword"],
    pattern:
      /cdo\/configuration\/sendpassword["'][ \t]{0,4}\)(?:[ \t]{0,4}\.[ \t]{0,4}Value)?[ \t]{0,4}=[ \t]{0,4}"(?<secret>[^"\r\n]{1,128})"/i,
    skipPlaceholderCheck: true,
    validate: chosenPassword,
    examples: [
      () => `objConfig.Fields("${FIELD}") = "${randomChars("alnum", 12, "cdo-1")}"`,
      () =>
        `    .Item("${FIELD}") = "${randomChars("alnum", 14, "cdo-2")}" 'Enter the PASSWORD for your email address`,
      () => `CDOConfig.Fields("${FIELD}").Value = "$${randomChars("alnum", 10, "cdo-3")}#"`,
      () => `objFlds:Item("${FIELD}") = "${randomChars("alnum", 9, "cdo-4")}$12".`,
    ],
    negatives: [
      `.Item("${FIELD}") = strPassword`,
      `.Item("${FIELD}") = "your_password"`,
      `.Item("${FIELD}") = ""`,
    ],
    references: [
      "https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms526940(v=exchg.10)",
    ],
  },
];
