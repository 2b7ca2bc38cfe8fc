import { passwordPlaceholderReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, MatchContext, Validator } from "../catalog/types.js";

/**
 * Passwords in a column of a CSV file: password managers' exports (Bitwarden's login_password,
 * LastPass's and Chrome's password), onboarding sheets with temporary passwords, user lists.
 * The pattern takes every field of the window's lines; the validator keeps the fields that sit
 * in a password column of the header above them, on a row with as many fields as the header.
 */

/** Column names that hold a password (lower case, quotes stripped). */
const PASSWORD_COLUMN = /^(?:[a-z]{1,20}[_ -])?(?:password|passwd|passphrase)$/;
/** A line that can be the header: it names a password column somewhere. */
const PASSWORD_WORD = /pass(?:word|wd|phrase)/i;
/** Quoted fields may hold commas: those rows are left alone rather than misread. */
const splitFields = (line: string) => line.split(",");

/** The header above `index` in `window`: the nearest line with a password column and 3+ fields. */
function headerAbove(
  context: MatchContext,
): { columns: number[]; width: number; lineStart: number } | undefined {
  const { window, index } = context;
  const lineStart = window.lastIndexOf("\n", index - 1) + 1;
  let end = lineStart - 1;
  while (end > 0) {
    const start = window.lastIndexOf("\n", end - 1) + 1;
    const line = window.slice(start, end);
    // Every field of every row comes here: rows are passed over with one test, not parsed.
    if (!PASSWORD_WORD.test(line)) {
      end = start - 1;
      continue;
    }
    const fields = splitFields(line.replace(/\r$/, ""));
    const names = fields.map((f) => f.trim().replace(/^"|"$/g, "").toLowerCase());
    const columns = names.flatMap((name, i) => (PASSWORD_COLUMN.test(name) ? [i] : []));
    if (columns.length > 0 && fields.length >= 3 && names.every((n) => /^[a-z][\w .-]{0,40}$/.test(n))) {
      return { columns, width: fields.length, lineStart };
    }
    end = start - 1;
  }
  return undefined;
}

const inPasswordColumn: Validator = (secret, context) => {
  const header = headerAbove(context);
  if (header === undefined) return "no header with a password column above";
  const { window, index } = context;
  const lineEnd = window.indexOf("\n", index);
  const row = window.slice(header.lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, "");
  if (splitFields(row).length !== header.width) return "a row whose fields do not line up with the header";
  const column = splitFields(window.slice(header.lineStart, index)).length - 1;
  if (!header.columns.includes(column)) return "not in the password column";
  return passwordPlaceholderReason(secret.replace(/^"|"$/g, "")) ?? true;
};

const pw = (label: string) =>
  `${randomChars("alpha", 6, label)}-${randomChars("alpha", 6, `${label}b`)}-${randomChars("digits", 4, `${label}c`)}`;

export const detectors: Detector[] = [
  {
    id: "csv-password-column",
    name: "Passwords in a CSV file's password column",
    vendor: "Various",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "A CSV file whose header names a password column, with passwords in its rows: a password manager's export (Bitwarden's login_password, LastPass's and Chrome's password), an onboarding sheet of temporary passwords, a user list for an import. Each row is a working login, often with its site and user name beside it.",
    security: [
      "Every row is an account: the export of a password manager holds all of its owner's logins at once.",
      "Temporary passwords of new accounts are often never changed, and the sheet names whose they are.",
    ],
    mitigation: {
      revoke:
        "Change every password in the file, starting with administrator and shared accounts (for an export, all of the vault's logins), then delete the file from the repository's history and from wherever it was shared.",
      revokeUrl: "https://bitwarden.com/help/export-your-data/",
      audit:
        "Review the sign-in logs of the systems the rows name for logins during the exposure window, and find where else the file was copied.",
      bestPractices: [
        "export a vault only to an encrypted file (Bitwarden's and 1Password's encrypted exports), and delete it after the import",
        "send new users a one-time set-password link instead of a sheet of temporary passwords",
      ],
    },
    keywords: ["password", "passwd", "passphrase"],
    // The rest of the column name, then nothing but more column names to the end of the header
    // line, and a row that starts at the margin with two commas or more: the "password" of code
    // (`password,` in an argument list, `"password"` ending a list) fails at once.
    keywordGate: /[\w -]{0,20}"?(?:,"?[\w .-]{1,40}"?){0,40}\r?\n(?![ \t])[^\r\n,]{0,200},[^\r\n,]{0,200},/,
    window: { before: 8192, after: 16384, multiline: true },
    pattern: /(?<=^|,)(?<secret>[^,\r\n"]{6,64}|"[^,\r\n"]{6,64}")(?=,|\r?$)/m,
    validate: inPasswordColumn,
    examples: [
      // A Bitwarden export's login rows.
      () =>
        `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\nInfrastructure,1,login,Grafana admin,,,0,https://grafana.example.net,admin,${pw("csv-1")},\n`,
      () =>
        `employee_id,first_name,last_name,email,temp_password\nE10482,Priya,Nair,p.nair@example.org,${pw("csv-2")}\nE10483,Tom,Berg,t.berg@example.org,${pw("csv-3")}\n`,
    ],
    negatives: [
      // Other columns of the same rows, and a row that does not line up.
      "name,url,username,password\nWiki,https://wiki.example.org,jdoe,changeme\n",
      () =>
        `id,username,password_hash,created\n1,jdoe,${randomChars("hexLower", 40, "csv-hash")},2024-01-02\n`,
      () => `user,password,role\njdoe,"${pw("csv-quoted")}, extra",admin\n`,
      // Code: an argument list is no header.
      () =>
        `function login(user, password, remember) {\n  return auth(user, "${pw("csv-code")}", remember);\n}`,
    ],
  },
];
