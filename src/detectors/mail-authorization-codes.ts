import { mentionedNear } from "../catalog/nearby.js";
import { ASSIGN } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** The mail services whose client passwords are 16-letter authorization codes, and SMTP code. */
const MAIL_SERVICE =
  /(?:qq|163|126|yeah|foxmail|sina|aliyun)\.com|exmail|smtplib|smtp|imap|MailKit|PHPMailer/i;

export const detectors: Detector[] = [
  {
    id: "mail-smtp-authorization-code",
    name: "QQ Mail or NetEase Mail authorization code (client password)",
    vendor: "Tencent QQ Mail / NetEase Mail",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "QQ Mail, Foxmail and NetEase's 163, 126 and yeah.net mailboxes do not accept the account password over SMTP, IMAP or POP3: the user generates an authorization code (授权码) in the mailbox's settings, 16 letters, and scripts log in with it. Code names it authorization_code, auth_code or 授权码 rather than password; it is recognised under those names when a mail service, SMTP or IMAP is mentioned nearby.",
    security: [
      "The code signs in to the mailbox over SMTP, IMAP and POP3: an attacker can read, delete and send mail as the account, and reset the passwords of services registered with the address.",
      "Mail sent from a real personal or company mailbox passes filters that would stop a spoofed one, which makes it worth stealing for phishing.",
    ],
    mitigation: {
      revoke:
        "QQ Mail: open Account > self-service > device management (账号 > 自助查询 > 设备管理) and click Invalidate (失效) on the leaked code; changing the QQ password invalidates every code at once. NetEase 163/126/yeah.net: in the mailbox's settings under POP3/SMTP/IMAP, delete the authorization code and create a new one. Then update the scripts with a code read from the environment.",
      revokeUrl: "https://mail.qq.com/",
      audit:
        "Review the mailbox's sent items, forwarding and filter rules and the login history (QQ Mail's security center, NetEase's login records) for activity during the exposure window.",
      bestPractices: [
        "read the code from the environment or a secret store, never from the script",
        "send notification mail through a transactional mail service with its own API key rather than a personal mailbox",
      ],
    },
    keywords: ["authorization_code", "authorizationcode", "auth_code", "authcode", "授权码"],
    keywordGate:
      /[A-Za-z0-9_]{0,12}["'\]]{0,2}[ \t]{0,12}(?:=>|:=|[:=])[ \t]{0,4}["'`]?(?:[a-z]{16}|[A-Z]{16})["'`]/,
    window: { before: 1500, after: 1500, multiline: true },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?:(?:smtp|mail|email|qq|163)[_.-]?)?(?:authorization[_-]?code|authorizationCode|AuthorizationCode|AUTHORIZATION_CODE|auth[_-]?code|authCode|AUTH_CODE|authcode|授权码)[A-Za-z0-9_]{0,12}${ASSIGN}(?<secret>[a-z]{16}|[A-Z]{16})(?=["'\x60])`,
    ),
    validate: (_secret, context) =>
      mentionedNear(context, MAIL_SERVICE, 1500)
        ? true
        : "no mail service or SMTP around it (an OAuth code?)",
    minEntropy: 3,
    examples: [
      () =>
        `account = input('QQ number: ')\n# 授权码\nauthorization_code = '${randomChars("lower", 16, "qq-auth-1")}'\nsmtpObj = smtplib.SMTP_SSL('smtp.qq.com', 465)\nsmtpObj.login(account + '@qq.com', authorization_code)`,
      () =>
        `const transporter = nodemailer.createTransport({ host: "smtp.163.com", port: 465 });\nconst MAIL_AUTH_CODE = "${randomChars("upper", 16, "qq-auth-2")}";`,
    ],
    negatives: [
      "data = {'grant_type': 'authorization_code', 'code': code}",
      "authorization_code = 'xxxxxxxxxxxxxxxx'  # smtp.qq.com",
      // An OAuth authorization code in a test, no mail in sight.
      () =>
        `authorization_code = '${randomChars("lower", 16, "qq-auth-oauth")}'\nresp = client.exchange(authorization_code)`,
    ],
    references: ["https://mail.qq.com/", "https://mail.163.com/"],
  },
];
