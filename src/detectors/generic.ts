import {
  DEFAULT_ACCOUNTS,
  DOTTED_PASSPHRASE,
  dataShapeReason,
  type GenericValueOptions,
  genericValueReason,
  notAPasswordReason,
  passwordPlaceholderReason,
  placeholderValueReason,
  RANDOM_MIN_TOKENS_PER_CHAR,
  randomnessReason,
  referenceReason,
  tokenFormatReason,
  tokensPerChar,
  vendorPrefixReason,
} from "../catalog/language.js";
import { ALNUM_START, commonCases } from "../catalog/patterns.js";
import { proseReason } from "../catalog/prose.js";
import { isPublicDevelopmentKey } from "../catalog/public-samples.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, MatchContext, Validator } from "../catalog/types.js";
import { placeholderWordReason } from "../engine/filters.js";
import { MANAGED_DATABASE_HOST_IN_TEXT } from "./uris.js";

/*
 * Generic credentials: a value assigned to a name that says "password", "secret", "API key" or
 * "token", in any of the syntaxes configuration and code use. Names are common words, so these
 * detectors trade recall for precision: the value must look generated (see
 * src/catalog/language.ts: not a word, identifier, reference, placeholder, path, URL or hash),
 * and every detector is `confidence: "low"` so that a vendor-specific detector matching the
 * same text always wins (the engine keeps the more confident finding on the same text). A value
 * with a vendor-style prefix (xoxb-, sk_live_, CCIPAT_) is left to its vendor's detector even
 * when that detector declines it, because the vendor detector knows which of its keys are public
 * and which lengths are real. A name that merely mentions a vendor (GITHUB_SECRET, NPM_TOKEN,
 * DD_API_KEY) is no reason to stay silent: vendors issue unprefixed secrets too.
 *
 * Under a name that can only mean a password (password, passwd, pwd, DB_PASS), a human-chosen
 * value is the credential, so the language scorer is not applied there: only placeholders,
 * references, labels and data shapes are skipped. Secret, token and key names keep it, because
 * their values are generated.
 */

const owasp = "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html";

const genericPractices = [
  "keep credentials out of source files: read them from the environment or a secret manager (Vault, AWS Secrets Manager, GCP Secret Manager, Azure Key Vault, 1Password, Doppler)",
  "commit a template (.env.example) with empty values and ignore the real .env file in .gitignore",
  "install a pre-commit hook (keyhound hook install) so that a credential is stopped before it is committed",
  "give every service its own credential so that one leak can be revoked without breaking the others",
];

const rotateSteps =
  "Identify the system the value belongs to from its name and file (database, internal service, third-party API), then change it there: for a database run ALTER USER / ALTER ROLE ... PASSWORD with a new value, for a service account reset its password in the identity provider, for an API credential delete it in the issuing console and create a new one. Deploy the new value through your secret store, then remove the old one from the file; purging it from git history (git filter-repo) does not replace rotation, because clones and forks keep it.";

const auditSteps =
  "Review the authentication logs of the system the credential opens (database connection logs, the identity provider's sign-in log, the API provider's usage or audit page) for logins from unknown addresses during the time the value was exposed.";

/** Rotate where the value was issued, with the generic practices and any of the detector's own. */
const rotateMitigation = (...practices: string[]) => ({
  revoke: rotateSteps,
  revokeUrl: owasp,
  audit: auditSteps,
  bestPractices: [...genericPractices, ...practices],
});

// ---------------------------------------------------------------------------------------------
// Pattern pieces. Names are matched case by case (lower, Capitalized, UPPER) rather than with
// the `i` flag, which keeps the regex cheap and camelCase boundaries visible. The word before
// the name ("confirm" in confirmPassword, "csrf" in csrf_token) is checked by the validator,
// not by a lookbehind: a lookbehind with a long word list at every name costs too much on
// hostile input.

/** Characters of an unquoted or quoted value: no whitespace, quotes, brackets or separators. */
const VALUE_CHAR = String.raw`[^\s"'\x60\\<>(){}\[\],;]`;
/**
 * VALUE_CHAR with the backtick, for values in single or double quotes: a generated password
 * may hold one (`'\x60123QWERasdf'`). A value wrapped in backticks, a shell command's output,
 * is rejected by the validators.
 */
const QUOTED_VALUE_CHAR = String.raw`[^\s"'\\<>(){}\[\],;]`;
/**
 * For passwords in quotes: anything but whitespace, quotes and backslashes. Password managers
 * put `<>(){}[],;` in what they generate, and a quoted value is bounded by its closing quote;
 * code in quotes (templates, references, placeholders) is the validator's to reject.
 */
const QUOTED_PASSWORD_CHAR = String.raw`[^\s"'\\]`;
/**
 * A string literal's prefix before its quote: Python's b"..." and r"...", C#'s and
 * Objective-C's @"...", C++'s L"..." and Unreal's and MFC's TEXT("...") and _T("..."), and
 * webpack DefinePlugin's JSON.stringify("...") (a value compiled into a front-end bundle), and
 * Rust's String::from("...") in a struct literal.
 */
// T-SQL's N'...' (nvarchar) too: CREATE LOGIN ... WITH PASSWORD = N'...', @rmtpassword=N'...'.
const STRING_PREFIX = String.raw`(?:(?:[bBrRuULN]{1,2}|@|JSON\.stringify\(|TEXT\(|_T\(|String::from\()(?=\\?["']))?`;
/** VALUE_CHAR without `&`, for unquoted values (see `value`). */
const BARE_VALUE_CHAR = String.raw`[^\s"'\x60\\<>(){}\[\],;&]`;

/**
 * The value after a name: quoted (`"..."`, `'...'`, backticks) or bare up to whitespace or a
 * separator. `q` holds the quote, so that validators can tell the two apart; a quote may be
 * escaped (`\"`), as in code stored inside JSON strings (Jupyter notebooks). The value is
 * captured in a lookahead and consumed by a back-reference: an atomic group, so that a value
 * that does not end properly fails at once instead of being retried at every shorter length.
 */
// A whole value that is a dotted identifier (`this.config.token`, `meta.tag.xml`) is rejected
// by referenceReason anyway, and a dotted name of lower-case words with hyphens (an editor
// grammar's scope, `string.attribute-value.xml`) by the later filters; excluding both in the
// pattern spares the candidate's cost, which on the benchmark corpus (the grammars of an editor
// package: "token": "string.attribute-value.xml") was most of the generic rules' match time.
// Only lower case with hyphens: base64url tokens in dotted parts (Discord's bot tokens) mix
// cases, and must stay candidates.
const SCOPE_WORDS = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*";
const DOTTED_IDENTIFIER = String.raw`(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){1,6}|${SCOPE_WORDS}(?:\.${SCOPE_WORDS}){1,6})(?!${VALUE_CHAR})`;
/**
 * The dotted identifiers of DOTTED_IDENTIFIER with bounded parts, for the keyword gates, which
 * are case-insensitive: a gate must reject no more than the pattern does, so scope names pass
 * the gate and are left to the pattern. Bounded, so that the work per keyword hit stays small
 * on hostile input.
 */
const BOUNDED_DOTTED_IDENTIFIER = String.raw`[A-Za-z_$][\w$]{0,100}(?:\.[A-Za-z_$][\w$]{0,100}){1,6}(?!${VALUE_CHAR})`;
/** SCOPE_WORDS' dotted names with bounded parts, for the case-sensitive gates. */
const BOUNDED_SCOPE_WORDS = "[a-z][a-z0-9]{0,100}(?:-[a-z0-9]{1,100}){0,20}";
const BOUNDED_SCOPE_NAME = String.raw`${BOUNDED_SCOPE_WORDS}(?:\.${BOUNDED_SCOPE_WORDS}){1,6}(?!${VALUE_CHAR})`;
/**
 * A name part as code writes it: lower, camelCase, PascalCase (each capital followed by lower
 * case, digits only at a word's end: s3Client, utf8Decoder) or UPPER_SNAKE. A generated
 * password with a dot (mqVbbINd9L._G9lUUPc, XZ.SePwhzb2Fai8f) mixes cases and digits in ways
 * none of these do.
 */
const CODE_NAME_PART =
  "(?:[a-z_$][a-z_$]*[0-9]*(?:[A-Z][a-z_$]+[0-9]*)*|[A-Z][a-z_$]+[0-9]*(?:[A-Z][a-z_$]+[0-9]*)*|[A-Z][A-Z0-9_$]*)";
/**
 * For passwords, which people generate with dots in them, the pattern leaves out only dotted
 * names made of code-like parts (self.password, settings.DB_PASSWORD); the rest are judged by
 * the validator, which knows a dotted name by its words.
 */
const CODE_DOTTED_IDENTIFIER = String.raw`(?:${CODE_NAME_PART}(?:\.${CODE_NAME_PART}){1,6}|${SCOPE_WORDS}(?:\.${SCOPE_WORDS}){1,6})(?!${VALUE_CHAR})`;
/** CODE_NAME_PART without digits. */
const WORD_NAME_PART = "(?:[a-z_$][a-z_$]*(?:[A-Z][a-z_$]+)*|[A-Z][a-z_$]+(?:[A-Z][a-z_$]+)*|[A-Z][A-Z_$]*)";
/**
 * What the password rules leave out: CODE_DOTTED_IDENTIFIER, but inside quotes only when no
 * capitalised part holds digits. A quoted string is a literal, and `"Summer2020.Nimbus"` is how
 * people write a chosen password; a quoted property path (`"Settings.DbPassword"`) has none.
 * Unquoted after a .env or shell assignment starting its line (`DB_PASSWORD=Lantern.Arcade68`)
 * it is a literal too: those have no property access.
 */
const PASSWORD_DOTTED_IDENTIFIER = String.raw`(?!${DOTTED_PASSPHRASE.source.slice(1, -1)}(?!${VALUE_CHAR}))(?:(?<=["'])(?:${WORD_NAME_PART}(?:\.${WORD_NAME_PART}){1,6}|${SCOPE_WORDS}(?:\.${SCOPE_WORDS}){1,6})(?!${VALUE_CHAR})|(?<!["'])(?<!(?:^|[\n\r])[ \t]{0,8}(?:export[ \t]{1,4})?[A-Z][A-Z0-9_]{0,80}=)${CODE_DOTTED_IDENTIFIER})`;
/**
 * An unquoted value also ends at `&`: in a query string (`?token=...&state=...`) the rest is
 * the next parameter, not more of the value. A quoted value keeps its `&` (a password may hold
 * one); the character before the value, a quote exactly when `q` holds one, tells the two apart.
 * An unquoted password may also end at a quote that closes an outer string (`sh "mysql -pX"`,
 * `OPTS="-Dx.password=X"`); for tokens that would take a URL's query parameter in a string.
 * A token does when it follows a header's ": " (`-H "X-API-Key: X"`, `"Authorization: Token X"`)
 * or a NAME= that the same string opens (`"Env": ["AZURE_API_KEY=X", ...]` in docker inspect),
 * or when it is a URL's last query parameter and an API key's (`"https://mcp.exa.ai/mcp?exaApiKey=X"`);
 * a `?token=` there is more often a one-time link's (a console, a password reset).
 */
const value = (minLength: number, dotted = DOTTED_IDENTIFIER, generated = false) =>
  String.raw`${STRING_PREFIX}(?<q>"""|(?:\\?["'\x60])?)(?!${dotted})(?=(?<secret>(?<=["'])${generated ? QUOTED_PASSWORD_CHAR : QUOTED_VALUE_CHAR}{${minLength},200}|(?<=\x60)${VALUE_CHAR}{${minLength},200}|${generated ? BARE_PASSWORD_TO_LINE_END(minLength) : ""}${BARE_VALUE_CHAR}{${minLength},200}))\k<secret>\k<q>(?:(?<=["'\x60])|(?=[\s,;)}\]&${generated ? `"'\x60` : ""}]|$)${generated ? "" : String.raw`|(?<=:[ \t]{1,3}${BARE_VALUE_CHAR}{${minLength},200}|["'][A-Za-z_][A-Za-z0-9_]{0,80}=${BARE_VALUE_CHAR}{${minLength},200}|[?&][A-Za-z_][\w.-]{0,40}(?:key|Key|KEY)=${BARE_VALUE_CHAR}{${minLength},200})(?=["'])`})`;

/**
 * For passwords, an unquoted value that runs to the end of its line (`password = a>b{c` in an
 * INI or .properties file, where values are not quoted) is taken whole, punctuation and all. It
 * does not end with `;`, `,`, `)`, `]` or `}`, as a statement, an argument or an index in code
 * does (`o["password"] = split[4]`); what else code puts there is the validator's to reject.
 */
const BARE_PASSWORD_TO_LINE_END = (minLength: number) =>
  String.raw`(?<!["'\x60])[^\s"'\x60\\&]{${minLength - 1},199}[^\s"'\x60\\&;,)\]}](?=[ \t]*(?:\r?\n|$))|`;

/** A string type annotation between a name and its default: `token: str = "..."`, `KEY: &str = "..."`. */
const TYPE_ANNOTATION = String.raw`(?::[ \t]{0,2}(?:str|string|String|SecretStr|Optional\[str\]|&(?:'static )?str)[ \t]{0,2}(?==))?`;

/**
 * After a name: an optional closing quote or bracket (`"password":`, `ENV['PASSWORD'] =`), then
 * `=`, `:=`, `:`, `=>`, `||=`, `?=`, a comma (`define('DB_PASSWORD', '...')`) or whitespace
 * (SQL `PASSWORD '...'`, Groovy `storePassword "..."`, Dockerfile `ENV PASSWORD ...`).
 */
const ASSIGNMENT_MARK = String.raw`:=|=>|\|\|=|\?\?=|\?=|=(?!=)|:|,`;
/** C's and Arduino's character arrays: `char pass[] = "..."`, `char password[64] = "..."`. */
const C_ARRAY = String.raw`(?:\[\d{0,4}\](?=[ \t]{0,4}=))?`;
const SEPARATOR = String.raw`${C_ARRAY}(?<nq>(?:\\?["'\]]){0,2})(?:[ \t]{0,20}${TYPE_ANNOTATION}(?<sep>${ASSIGNMENT_MARK})[ \t]{0,3}|(?<ws>[ \t]{1,16}))`;

const END_OF_NAME = `(?![A-Za-z0-9_])`;

/**
 * The keyword gate of the assignment rules: after the keyword, the rest of the name (`rest`,
 * as `word` after `pass`), its end, then a separator of SEPARATOR (or SQL's `IDENTIFIED BY`)
 * and the first `minLength` characters of a value, or the start of a type annotation. A superset of what the pattern
 * accepts there, tried at every hit of words as common in code as `token` and `pass`: on the
 * benchmark corpus most hits are `token)`, `token.kind`, `token: SyntaxKind` or `password;`,
 * which it rejects without opening a window, and TextMate grammars' `token: "keyword.operator"`
 * (dotted identifiers, which the pattern rejects: three windows in four that passed the gate).
 * Without `rest`, the gate's only letters are value prefixes and type names, which the patterns
 * take in these cases alone: the gate is then case-sensitive, and so can also turn away the
 * lower-case scope names with hyphens the pattern rejects (`token: "string.attribute-value.xml"`),
 * which a case-insensitive class cannot tell from a mixed-case token's dotted parts.
 */
function assignmentGate(
  minLength: number,
  rest?: string,
  passDotted = false,
  quotedChar = QUOTED_VALUE_CHAR,
): RegExp {
  const caseless = rest !== undefined;
  const identifiers = caseless
    ? BOUNDED_DOTTED_IDENTIFIER
    : `${BOUNDED_DOTTED_IDENTIFIER}|${BOUNDED_SCOPE_NAME}`;
  const dotted = passDotted ? "" : `(?!${identifiers})`;
  // A value's characters up to a `(` are a call (`token = getToken(...)`), which the pattern
  // rejects; a password's characters include `(`, so the password gate cannot tell.
  const call = quotedChar === QUOTED_VALUE_CHAR ? `(?!${quotedChar}{0,${200 - minLength}}\\()` : "";
  // String prefixes (STRING_PREFIX) as the pattern takes them, but without its lookahead: the
  // gate runs at every hit of `token` and `pass`, and a superset is all it must be.
  // Minified code assigns functions to credential-named properties (`e.password0=function(`):
  // a function is never the literal, and each such hit opened a window over a long line.
  const valueStart = String.raw`(?:[bBrRuULN]{1,2}|@|JSON\.stringify\(|TEXT\(|_T\(|String::from\()?(?:"""|\\?["'\x60])?(?!function\b)${dotted}${quotedChar}{${minLength}}${call}`;
  return new RegExp(
    String.raw`${rest ? `(?:${rest})?` : ""}${END_OF_NAME}${C_ARRAY}(?:\\?["'\]]){0,2}(?:[ \t]{0,20}${TYPE_ANNOTATION}(?:${ASSIGNMENT_MARK})[ \t]{0,3}${valueStart}|[ \t]{1,16}(?:${caseless ? "by" : "by|By|BY"}[ \t]{1,3})?${valueStart})`,
    caseless ? "i" : "",
  );
}

/**
 * The characters that can follow the keyword where `assignmentGate` without `rest` matches: a
 * C array's `[`, a closing quote or bracket, whitespace or a separator's first character.
 */
const ASSIGNMENT_FOLLOWER = /[[\\"'\] \t:=|?,]/;

/** Words that, before a credential name, make it a form field, a test value or a hash. */
const FORM_WORDS = [
  "hash",
  "hashed",
  "encrypted",
  "crypted",
  "forgot",
  "reset",
  "confirm",
  "confirmation",
  "verify",
  "repeat",
  "retype",
  "new",
  "old",
  "current",
  "min",
  "max",
  "show",
  "hide",
  "toggle",
  "validate",
  "check",
  "invalid",
  "wrong",
  "bad",
  "good",
  "weak",
  "strong",
  "valid",
  "fake",
  "dummy",
  "mock",
  "test",
  "example",
  "sample",
  "placeholder",
  "empty",
  "input",
  "label",
  "field",
  "prompt",
  "remember",
  "change",
  "update",
  "generate",
  "random",
  "default",
];

const RUN_TOGETHER_PASSWORD_OWNERS =
  "db|user|root|admin|mysql|sql|pg|mongo|redis|rabbit|amqp|smtp|mail|imap|ftp|sftp|ssh|ldap|bind|proxy|wifi|app|join|domain|svc|smb|vpn|keystore|store|key";

const PASSWORD_NAME = [
  // SQL: CREATE USER ... IDENTIFIED BY '...'
  String.raw`(?:IDENTIFIED|identified)[ \t]{1,3}(?:BY|by)`,
  // A digit may number them: rclone's password2, a second account's PASSWORD2.
  // Written in two words too: a shell script's PASS_WORD.
  `(?:${commonCases("password", "passwd", "passphrase")}|PassWord|PASS_WORD|pass_word|Pass_Word)\\d?`,
  // Other languages' words, as German, Dutch, Portuguese, Spanish and French configuration
  // and code name the setting.
  commonCases("passwort", "kennwort", "wachtwoord", "senha", "contrasena", "motdepasse", "mot_de_passe"),
  // Each branch below starts at its keyword and looks behind it for what must come before:
  // with branches that start at a lookbehind or at an owner's name (`db`, `user`), the regex
  // engine could rule out no position by its first characters and tried all of these at every
  // byte of a window, seven times slower.
  `(?:pass|Pass|PASS|pwd|Pwd|PWD)(?<=${ALNUM_START}(?:pass|Pass|PASS|pwd|Pwd|PWD))`,
  // The end of a camelCase name (dbPass, smtpPwd) or a run-together one of a service that
  // takes a password (dbpass, ROOTPWD): PHP and Go configuration write them so.
  "(?:Pass|Pwd)(?<=[a-z](?:Pass|Pwd))",
  `(?:pass|pwd)(?<=${ALNUM_START}(?:${RUN_TOGETHER_PASSWORD_OWNERS})(?:pass|pwd))`,
  `(?:PASS|PWD)(?<=${ALNUM_START}(?:${RUN_TOGETHER_PASSWORD_OWNERS.toUpperCase()})(?:PASS|PWD))`,
  // The last part of a snake_case name: LDAP_BIND_PW, db_pw.
  "(?:PW|pw)(?<=[A-Za-z0-9]_(?:PW|pw))",
].join("|");

/**
 * What may follow a password's name and still name the password in use: a copy kept aside
 * (wowza_admin_password_tmp, DB_PASSWORD_BAK) or the environment's (SMTP_PASSWORD_PROD).
 */
const PASSWORD_NAME_SUFFIX =
  "(?:[_.-](?:tmp|TMP|temp|TEMP|bak|BAK|backup|BACKUP|plain|PLAIN|plaintext|PLAINTEXT|prod|PROD|production|PRODUCTION|live|LIVE|staging|STAGING|dev|DEV|local|LOCAL))?";

const SECRET_NAME = [
  `(?:secret|Secret)(?:[_.-]?(?:key|Key)(?:[_.-]?(?:base|Base))?|[_.-]?(?:access|Access)[_.-]?(?:key|Key))?`,
  `SECRET(?:[_.-]?KEY(?:[_.-]?BASE)?|[_.-]?ACCESS[_.-]?KEY)?`,
  ...[
    "private",
    "signing",
    "encryption",
    "master",
    "aes",
    "hmac",
    "crypt",
    "crypto",
    "cipher",
    "jwt",
    // LiteLLM's LITELLM_SALT_KEY encrypts the provider keys it stores; a "salt key" is a key.
    "salt",
  ].flatMap((w) => [
    `${w}[_.-]?(?:key|Key)`,
    `${w[0]?.toUpperCase()}${w.slice(1)}[_.-]?Key`,
    `${w.toUpperCase()}[_.-]?KEY`,
  ]),
].join("|");

const API_KEY_NAME = `(?:api|Api|API)[_.-]?(?:key|Key|KEY)|apikey|APIKEY`;

const TOKEN_NAME = commonCases("token");

const SECRET_EXCLUDED = [
  ...FORM_WORDS,
  "kubernetes",
  "k8s",
  "sealed",
  "external",
  "is",
  "has",
  "use",
  "create",
  "delete",
  "get",
  "set",
  "top",
  "no",
];
const API_KEY_EXCLUDED = [
  ...FORM_WORDS,
  "public",
  "publishable",
  "site",
  "browser",
  "client_side",
  "search",
  "only",
];
const TOKEN_EXCLUDED = [
  ...FORM_WORDS,
  "csrf",
  "xsrf",
  "authenticity",
  "nonce",
  "next",
  "page",
  "continuation",
  "skip",
  "sync",
  "cancel",
  "cancellation",
  "request",
  "id",
  "push",
  "device",
  "fcm",
  "apns",
  "registration",
  "verification",
  "invite",
  "invitation",
  "idempotency",
  "resume",
  "lexer",
  "parser",
  "last",
  "first",
  "end",
  "start",
  "sort",
  "pagination",
  "cursor",
  "notification",
  "captcha",
  "recaptcha",
  "turnstile",
  "card",
  "payment",
  "magic",
  "upload",
  "share",
];

/**
 * The minimum length is in the pattern as well as in the validator: on real code most
 * `token: "..."` values are short identifiers, and rejecting them in the regex instead of as
 * candidates halved generic-token's time on the benchmark corpus.
 */
function assignment(name: string, minLength = 8, dotted = DOTTED_IDENTIFIER, generated = false): RegExp {
  return new RegExp(`(?:${name})${END_OF_NAME}${SEPARATOR}${value(minLength, dotted, generated)}`);
}

// ---------------------------------------------------------------------------------------------
// Validators.

/**
 * The generic precision gate, after the text written for people: labels, prompts, translations.
 * A run of four hyphens or underscores is filler in a sample (`RANDOMCHARS-----lGyjPcRtvP`):
 * a random base64url token of 40 characters holds one with a chance of about 1 in 200,000.
 */
function valueReason(value: string, options?: GenericValueOptions): string | undefined {
  if (/([-_])\1{3}/.test(value)) return "a run of separators: filler in a sample value";
  return proseReason(value) ?? genericValueReason(value, options);
}

/**
 * `token 8f3Kq...` as the last thing on its line: a value no person types (mixed case and
 * digits, random by the tokenizer and entropy checks, 20 characters or more) after a name and
 * a space is a `name value` configuration line or a note that pasted the key, not prose.
 */
function generatedAtLineEnd(secret: string, context: MatchContext): boolean {
  return (
    secret.length >= 20 &&
    /[a-z]/.test(secret) &&
    /[A-Z]/.test(secret) &&
    /[0-9]/.test(secret) &&
    randomnessReason(secret) === undefined &&
    /^[ \t]*(?:\r?\n|$)/.test(lineAfter(secret, context))
  );
}

/** Files of programming languages, where `name=value` is code rather than configuration. */
const SOURCE_CODE_PATH =
  /\.(?:rb|py|[cm]?[jt]sx?|java|kt|kts|go|php|cs|swift|scala|groovy|rs|c|cc|cpp|h|hpp|m|pl|lua|dart)$/i;

/** Text of the window's line after the secret. */
function lineAfter(secret: string, context: MatchContext): string {
  const end = context.window.indexOf(secret, context.index) + secret.length;
  const newline = context.window.indexOf("\n", end);
  return context.window.slice(end, newline === -1 ? undefined : newline + 1);
}

/** Text of the window's line up to the start of the match. */
function lineBefore(context: MatchContext): string {
  const start = context.window.lastIndexOf("\n", context.index - 1) + 1;
  return context.window.slice(start, context.index);
}

/**
 * A value that is base64 of printable text (Kubernetes Secret `data:`, Docker auth) is judged
 * by what it encodes: `cGFzc3dvcmQ=` is the placeholder "password", encoded.
 */
function decodedReason(value: string, password = false): string | undefined {
  if (!/^[A-Za-z0-9+/]{6,}={0,2}$/.test(value) || value.length % 4 !== 0) return undefined;
  const text = Buffer.from(value, "base64").toString("latin1");
  if (text.length < 4 || !/^[\x20-\x7e]+$/.test(text)) return undefined;
  if (/^\s*[{[]/.test(text)) return "base64 of JSON: a structured vendor format, not a bare secret";
  // Under a password's name, what it encodes is judged as a password: one people choose
  // (MyV3ryS3cure...) reads like words and is still the password.
  const reason = password ? humanPasswordReason(text, 6) : genericValueReason(text, { minLength: 6 });
  return reason === undefined ? undefined : `base64 of a value that is ${reason}`;
}

/** The words of a name, lower case: "userConfirmPassword" -> user, confirm, password. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/** The name characters that end `line`, at most 60. */
function nameBefore(line: string): string {
  // Found walking back: an end-anchored regex tries every start position (it showed in
  // profiles of the generic rules).
  let start = line.length;
  while (start > 0 && line.length - start < 60 && isNameChar(line.charCodeAt(start - 1))) start--;
  return line.slice(start);
}

/** The words of the name before the credential word: ["user", "confirm"] in userConfirmPassword. */
function wordsBeforeName(context: MatchContext): string[] {
  return nameWords(nameBefore(lineBefore(context)));
}

/** The whole name the match is in: `opSetSMBGuestPassword`, not only its `Password`. */
function wholeName(context: MatchContext): string {
  const { window, index } = context;
  let end = index;
  while (end < window.length && end - index < 60 && isNameChar(window.charCodeAt(end))) end++;
  return nameBefore(lineBefore(context)) + window.slice(index, end);
}

/**
 * `ClientAuthenticationTypeSmartCardOrPassword = "SmartCardOrPassword"`, `opSetSMBGuestPassword
 * = "SetSMBGuestPassword"`: a value that spells the last words of its own name is an enum value
 * or an operation's name, as generated API clients declare by the thousand.
 */
function spellsOwnName(value: string, name: string): boolean {
  const letters = value.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  if (letters.length < 8) return false;
  return name
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase()
    .endsWith(letters);
}

/**
 * A doctest or REPL session in documentation: the match is on a `>>>` or `...` input line, or
 * on the output line right after one. Its values are samples typed for the reader.
 */
function inDoctest(before: string, context: MatchContext): boolean {
  const prompt = /^[ \t]*(?:>>>|\.\.\.)(?: |$)/;
  if (prompt.test(before)) return true;
  const above = context.lineAbove?.();
  return above !== undefined && prompt.test(above);
}

/** [A-Za-z0-9_.-] */
function isNameChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    code === 0x2e ||
    code === 0x2d
  );
}

/**
 * The checks shared by every assignment-shaped generic detector. `minLength`: passwords are
 * often 8 to 16 characters, generated tokens and keys rarely shorter than 16; shorter values
 * under a token name are mostly hand-typed documentation samples.
 */
/**
 * Names of keys that vendors make to be shipped in web pages and apps, which only send data in
 * or read what is public: Mixpanel project tokens, Amplitude API keys (the secret key is
 * another), Rollbar post_client_item tokens, Datadog client tokens (browser logs and RUM). The
 * vendor detectors report the secret halves; a public key is no leak.
 */
const PUBLIC_BY_DESIGN_NAME =
  /mixpanel[_.-]?(?:project[_.-]?)?token|amplitude[_.-]?(?:api[_.-]?)?key|rollbar[_.-]?(?:post[_.-]?)?client[\w.-]{0,12}token|post[_.-]?client[_.-]?item|(?:^|[^a-z])(?:dd|datadog)[_.-]?(?:(?:rum|browser|logs)[_.-]?)?client[_.-]?token/i;

/** RevenueCat's public SDK keys, per store: goog_ (Play), appl_ (App Store), amzn_, rcb_ (web). */
const PUBLIC_BY_DESIGN_VALUE = /^(?:goog|appl|amzn|rcb)_[A-Za-z0-9]{20,40}$/;

/** Environment variables of container images that set the service's password. */
// Winlogon's DefaultPassword (a .reg file's "DefaultPassword"="..."): the automatic logon's password.
// EMQX's EMQX_DASHBOARD__DEFAULT_PASSWORD: the dashboard's admin password.
const SERVICE_DEFAULT_PASSWORD =
  /^(?:(?:RABBITMQ|PGADMIN)_DEFAULT_PASS(?:WORD)?|EMQX_DASHBOARD__DEFAULT_PASSWORD|DefaultPassword)$/;

/** A name that says "default" but sets the service's own password: those above, rabbitmq.conf's default_pass. */
function servicePassword(name: string, path = ""): boolean {
  return (
    SERVICE_DEFAULT_PASSWORD.test(name) || (name === "default_pass" && /rabbitmq[^/]*\.conf$/.test(path))
  );
}

function assignmentValidator(excluded: readonly string[], minLength = 8, password = false): Validator {
  const excludedWords = new Set(excluded);
  return (secret, context) => {
    if (secret.length < minLength) return `shorter than ${minLength} characters`;
    const { sep, ws, q, nq } = context.groups;
    const before = lineBefore(context);
    const words = wordsBeforeName(context);
    const word = words[words.length - 1] ?? "";
    // `database.default.password` (CodeIgniter, Laravel): "default" names the connection group.
    const connectionGroup = word === "default" && /\w\.default\.$/i.test(nameBefore(before));
    // RabbitMQ's and pgAdmin's images name the password they set up "default".
    if (excludedWords.has(word) && !connectionGroup && !servicePassword(wholeName(context), context.path))
      return `"${word}" before the name marks a form field, test value or hash`;
    const name = wholeName(context);
    const publicKey = PUBLIC_BY_DESIGN_NAME.exec(name);
    if (publicKey)
      return `"${publicKey[0]}" names a key that is public by design: browsers and apps carry it`;
    if (PUBLIC_BY_DESIGN_VALUE.test(secret)) return "a RevenueCat public SDK key: apps carry it by design";
    if (spellsOwnName(secret, name)) return "the value spells its own name (an enum value or constant)";
    if (inDoctest(before, context)) return "a doctest or REPL session: a sample typed for the reader";
    if (/^\x60.*\x60$/.test(secret)) return "a command's output (`...` in a shell string)";
    if (words.includes("trust") && words[words.length - 1] === "store")
      return "a truststore password protects only public certificates";
    if (/(?:^|[;"'\s])Endpoint\s*=\s*[^;\s]+;/i.test(before))
      return "part of a vendor connection string (Endpoint=...;), left to its detector";
    // `${DB_PASSWORD:-...}`: the name is the variable's, the default is
    // generic-env-default-secret's.
    if (/\$\{[A-Za-z0-9_]*$/.test(before)) return "a shell parameter expansion (${NAME:-default})";
    if (ws !== undefined) {
      // `wpa_passphrase <ssid> <passphrase>`: the network's name comes first (wifi-psk reports
      // the passphrase).
      if (/wpa_$/i.test(before)) return "the network name that wpa_passphrase takes first";
      const dockerEnv = /^[ \t]*(?:ENV|ARG)[ \t]+[A-Za-z0-9_]*$/.test(before);
      // `name value` is the syntax of fluentd's, keepalived's and many daemons' .conf files.
      const keyValueConfig = /\.(?:conf|cfg)$/i.test(context.path ?? "") && /^[ \t]*[\w.-]*$/.test(before);
      // Oracle takes `IDENTIFIED BY` passwords unquoted; one with digits or symbols is no prose.
      const sqlPassword =
        /^identified[ \t]/i.test(context.window.slice(context.index, context.index + 11)) &&
        /[0-9#$!@%^&*]/.test(secret) &&
        /[A-Za-z]/.test(secret);
      if (!q && !dockerEnv && !keyValueConfig && !sqlPassword && !generatedAtLineEnd(secret, context))
        return "a bare word after a space is prose, not an assignment";
    }
    // define('DB_PASSWORD', '...'), headers.Add("X-Api-Key", "..."), os.Setenv("TOKEN", "..."):
    // the name is the first argument of a call; a list of strings is not a pair. Ruby's
    // `set :password, "..."` (Capistrano, Sinatra, Mina) names a setting by a symbol.
    const rubySetting = q !== undefined && /(?:^|[\s;(])set[ \t(]{1,3}:$/.test(before);
    if (sep === "," && !rubySetting && (!q || !nq || !/[A-Za-z_]\w*\s*\(\s*["'][\w.-]*$/.test(before)))
      return "a comma-separated pair only counts as the first two arguments of a call";
    // words("passwort", "kennwort"): a list of names, not a name and its value.
    if (sep === "," && /^[a-z]+$/.test(secret)) return "a lower-case word in an argument list";
    // Unquoted letters only: in code, a variable, constant or type name (NumericLiteral). In a
    // configuration file (.env line, YAML, .properties) an unquoted value is a string, also on
    // a line commented out (`# REACT_APP_PASS=...`), which still holds the value.
    const configLine =
      /\.(?:env|ya?ml|properties|ini|conf|cfg|toml)$|(?:^|\/)\.env[\w.-]*$/i.test(context.path ?? "") ||
      (sep === "=" && /^[ \t]*(?:#[ \t]*)?(?:(?:export|ENV|ARG)[ \t]+)?[A-Z0-9_]*$/.test(before)) ||
      // An environment variable set on a command line: `docker run -e DB_PASSWORD=...`.
      (sep === "=" && /(?:^|[ \t])(?:-e|--env)[ \t]+[A-Za-z_][A-Za-z0-9_]*$/.test(before)) ||
      // Ansible's connection variables on an inventory's host line: `web1 ansible_ssh_pass=...`.
      (sep === "=" && /(?:^|[ \t])ansible_(?:ssh_|become_)?$/.test(before)) ||
      // `storePassword=...` alone on its line, as .properties files are quoted in docs and
      // scripts; in source code the same line is an assignment of an expression.
      (sep === "=" &&
        !SOURCE_CODE_PATH.test(context.path ?? "") &&
        /^[ \t]*[a-z][A-Za-z0-9_-]*$/.test(before) &&
        /^[ \t]*(?:\r?\n|$)/.test(lineAfter(secret, context)));
    const bareWordOk = password && configLine && secret.length >= 8;
    if (
      !q &&
      !bareWordOk &&
      /^[A-Za-z_]+$/.test(secret) &&
      (secret.length < 12 || tokensPerChar(secret) < 0.65)
    )
      return "a bare word (a variable, constant or type)";
    if (/(?:^|\s)(?::param|@param|:type|@arg)\s+[\w.]*$/.test(before)) return "a docstring parameter";
    if (!q && /^:[A-Za-z_]/.test(secret)) return "a symbol or a class constant (:name, Class::NAME)";
    // <assemblyIdentity publicKeyToken="...">, PublicKeyToken=b77a5c561934e089: the hash of an
    // assembly's public key, printed in every .NET reference to it.
    if (word === "key" && words[words.length - 2] === "public") return "a .NET public key token";
    if (!q && !configLine) {
      const expression = codeExpressionReason(secret, before);
      if (expression !== undefined) return expression;
      // Unquoted in code, `a.b.c1` is a property path however much it reads like a passphrase.
      if (DOTTED_PASSPHRASE.test(secret) && SOURCE_CODE_PATH.test(context.path ?? ""))
        return "a property path in code";
    }
    if (/(?:^|[\s"'=])--?[A-Za-z0-9-]*$/.test(before))
      return "a command-line flag (reported by generic-cli-password)";
    // A password name says what the value is: a human-chosen password counts, when the name is
    // an assignment target (not a word in a sentence: `the password "..."`).
    const prose =
      sep === ":" &&
      /(?:^|\s)(?:a|an|the|your|my|our|their|its|this|that|no|with|and|or|is|as|by|for|of|to)[ \t]+$/i.test(
        before,
      );
    if (
      password &&
      !prose &&
      (ws === undefined ||
        // A C or C++ header's `#define WIFI_PASSWORD "..."` too.
        /^[ \t]*(?:#[ \t]*define[ \t]+)?[\w.$-]*$/.test(before) ||
        // SQL's CREATE/ALTER USER x, GRANT ... TO x IDENTIFIED BY; `mysqladmin ... password 'new'`.
        /(?:WITH|with|(?:USER|user|TO|to)[ \t]+\S+)[ \t]+$/.test(before) ||
        /(?:^|[\s/])mysqladmin[ \t][^\n]*[ \t]$/.test(before))
    )
      return humanPasswordReason(secret) ?? decodedReason(secret, true) ?? true;
    // A signing secret's name takes what people type too: a passphrase with digits and symbols
    // (`AcmeJwtKey2024Secure!!`) signs real sessions and tokens.
    if (
      secret.length >= 16 &&
      /[0-9]/.test(secret) &&
      /[!@#$%^&*?~+=]/.test(secret) &&
      SIGNING_SECRET_NAME.test(wholeName(context))
    )
      return humanPasswordReason(secret) ?? true;
    return valueReason(secret) ?? decodedReason(secret) ?? true;
  };
}

/** Names of the secrets that sign sessions and tokens: JWT_SECRET, jwt.secret, SESSION_SECRET_KEY. */
const SIGNING_SECRET_NAME =
  /(?:jwt|session|cookie|signing|token)[_.-]?secret(?:[_.-]?key)?$|^(?:app[_.-]?)?secret[_.-]?key$/i;

/**
 * Why an unquoted value in code is an expression rather than a literal: what minified bundles
 * and type declarations put after `password:` (`!!e.password`, `t.password`, `0x0002000`,
 * `XmlStringMaxLen256;`, `Buffer|string`). Found on the benchmark corpus (pdf.js, monaco,
 * aws-sdk typings), where each of these was reported before.
 */
function codeExpressionReason(value: string, before: string): string | undefined {
  if (/^[=!&|?~+*/%^<>-]/.test(value)) return "an expression in code";
  // Ruby: `params[:password] = @management_console_password`.
  if (/^@@?[A-Za-z_]\w*$/.test(value)) return "an instance or class variable (@name)";
  if (/^(?:0x[0-9a-f]+|0b[01]+|\d[\d_.]*(?:e\d+)?n?)$/i.test(value)) return "a number";
  // `t.password`, `e?.token`, and with a fallback: `t.password??null`, `opts.token||""`.
  if (/^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+(?:(?:\?\?|\|\||&&).*)?$/.test(value))
    return "a property access in code";
  if (/^[A-Za-z_$][\w$]*(?:<[\w$,<> ]*>)?(?:\|[A-Za-z_$][\w$<>]*)+$/.test(value)) return "a union type";
  if (/^[A-Z][A-Za-z0-9]*$/.test(value) && tokensPerChar(value) < RANDOM_MIN_TOKENS_PER_CHAR)
    return "a type or class name";
  if (/^\s*(?:export\s+)?(?:declare\s+)?type\s+\w*$/.test(before)) return "a type alias";
  return undefined;
}

/**
 * Why a value under a password name is not a password: a reference, placeholder, data shape,
 * vendor token, or a label (`"password": "Passwort"` in a translation file). Unlike
 * `genericValueReason`, values that read like words (`thisismypassword`) are kept.
 */
/** A line of another command with -u user:password, kept apart from `curl` in this file. */
const SSH_WITH_USER = "ssh -u admin:aB3dE5gH7jK9 host";

/** Prefixes of token formats whose detectors check a checksum or structure. */
const STRUCTURED_PREFIX =
  /^(?:pypi-AgE|gh[pousr]_|github_pat_|glpat-|glrt-|npm_|xox[abposr]-|[sr]k_(?:live|test)_|AKIA|ASIA|SG\.|hf_|sk-(?:proj|ant|svcacct)-|dop_v1_|PMAK-|AIza)/;

const WINDOWS_SETUP_VALUE =
  /^(?:windowsPE|offlineServicing|generalize|specialize|auditSystem|auditUser|oobeSystem|\*SENSITIVE\*DATA\*DELETED\*)$/;

/**
 * Four or more words joined by hyphens, or three and a number (Bitwarden's default), as
 * passphrase generators write them: not an identifier.
 */
const PASSPHRASE =
  /^(?:[A-Za-z][a-z]{2,11}(?:-[A-Za-z][a-z]{2,11}){3,7}(?:-\d{1,4})?|[A-Za-z][a-z]{2,11}(?:-[A-Za-z][a-z]{2,11}){2}-\d{1,4})$|^[a-z]{3,12}(?:\.[a-z]{3,12}){2,6}\d{1,4}$/;

function humanPasswordReason(value: string, minLength = 8): string | undefined {
  if (value.length < minLength) return `shorter than ${minLength} characters`;
  const passphrase = PASSPHRASE.test(value);
  const reason =
    referenceReason(value) ??
    (passphrase ? undefined : dataShapeReason(value)) ??
    placeholderValueReason(value) ??
    // A token under a password name is the password whatever its prefix looks like: a generated
    // one (zj6-OlG..., XZ.SePw...) has the shape of a prefix by chance. Only the prefixes of
    // formats whose detectors check their structure are left to them, so that a made-up or
    // cut-short one (pypi-AgENdGVz...abc) is not reported here instead.
    tokenFormatReason(value) ??
    (STRUCTURED_PREFIX.test(value) ? "a vendor-prefixed token, left to its vendor's detector" : undefined) ??
    proseReason(value);
  if (reason !== undefined) return reason;
  // Labels and translations ("Mot de passe", "Contraseña") hold no digit; a generated password
  // from a Windows-1252 or Latin-1 file may hold a non-ASCII character beside its digits.
  if (/[^\x20-\x7e]/.test(value) && !/[0-9]/.test(value)) return "non-ASCII text (a label or translation)";
  if (/^[A-Z][a-z]+$/.test(value)) return "a capitalized word (a label or translation)";
  if (/^(?:anonymous|guest|ftp)@/i.test(value)) return "an anonymous login's e-mail address, by convention";
  // Windows answer files: the configuration pass a setting belongs to (<settings pass="...">),
  // and what Windows Setup writes over the passwords it has used.
  if (WINDOWS_SETUP_VALUE.test(value)) return "a Windows Setup pass name or scrubbed value";
  if (/^[A-Za-z]+$/.test(value) && tokensPerChar(value) * value.length <= 1)
    return "a single dictionary word";
  if (/^[A-Za-z_$][\w$]*\(.*\)/.test(value)) return "a function call";
  // Brackets come into quoted passwords with generated ones (QUOTED_PASSWORD_CHAR); with words
  // around them they are code or a key path: `database.connections.[driver].password`.
  if (/[()[\]{}<>]/.test(value) && tokensPerChar(value) < RANDOM_MIN_TOKENS_PER_CHAR)
    return "words and brackets: code or a key path";
  // Dotted names (self.password) are referenceReason's, which tells them from a generated
  // password holding a dot by their words.
  if (/^!+[A-Za-z_$(]|\?\.|&&|\|\|/.test(value)) return "an expression";
  if (/^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\)[^<>|"*?!#=^~]*$/.test(value))
    return "a path (PWD is the working directory)";
  if (value.includes("://")) return "a URL or connection string (left to the URI detectors)";
  if (/^[a-z_]+(?::[^|\s]*)?(?:\|[a-z_]+(?::[^|\s]*)?)+$/.test(value))
    return "a validation rule list (required|min:8)";
  const digits = value.replace(/[^0-9]/g, "");
  if (
    digits.length >= 6 &&
    value.length - digits.length <= 3 &&
    ("01234567890".includes(digits) || "09876543210".includes(digits))
  )
    return "a digit sequence with a letter or two";
  return undefined;
}

const NAME_WORDS =
  /(?:pass(?:word|wd|phrase)?|pwd|secret(?:[_.-]?key(?:[_.-]?base)?|[_.-]?access[_.-]?key)?|(?:private|signing|encryption|master)[_.-]?key|api[_.-]?key|token|bind[_.-]?credentials?)$/i;
const NAME_EXCLUDED = new RegExp(
  `(?:^|[_.:-])(?:${[...FORM_WORDS, "csrf", "xsrf", "public", "next", "page"].join("|")})[_.-]?[a-z]*$`,
  "i",
);

/** XML elements and key/value attributes: the name is in a tag or attribute, not in the pattern. */
const xmlValidator: Validator = (secret, context) => {
  const name = context.groups.tag ?? context.groups.attr ?? context.groups.list ?? context.groups.pkey ?? "";
  const words = name.replace(/([a-z])([A-Z])/g, "$1_$2");
  // .NET appSettings name keys freely (PaymentGatewayKey, StorageKey): a name ending in "Key"
  // counts when the value is as long as generated keys are, and not a GUID (Application
  // Insights' InstrumentationKey, licence and tenant ids).
  if (!NAME_WORDS.test(name)) {
    if (!/key$/i.test(name) || secret.length < 32) return `"${name}" is not a credential name`;
    // reCAPTCHA's and Turnstile's site keys, Stripe's publishable keys: sent to every browser.
    if (/(?:site|public|publishable|client|web)[_.:-]?key$/i.test(name))
      return `"${name}" names a key public by design`;
    if (/^\{?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}\}?$/i.test(secret)) return `a GUID under "${name}"`;
  }
  // Form fields that carry per-session anti-forgery values: Rails authenticity_token, Laravel
  // _token, csrf/xsrf fields, nonces.
  if (/authenticity|csrf|xsrf|nonce|^_token$/i.test(name)) return `"${name}" is an anti-forgery form field`;
  if (/<input\b[^>]*$/i.test(lineBefore(context))) return "a form input's value";
  if (NAME_EXCLUDED.test(words.replace(NAME_WORDS, ""))) return `"${name}" names a form field or test value`;
  const tag = context.groups.tag;
  if (tag !== undefined) {
    const end = context.window.indexOf(secret, context.index) + secret.length;
    if (!context.window.startsWith(`</${tag}>`, end)) return "the element is not closed after the value";
  }
  // Under a password's own name the value is one a person chose (Sparrow*Falcon799 in a
  // Keycloak realm's credentials), judged as generic-password judges it.
  if (XML_PASSWORD_NAME.test(name)) return humanPasswordReason(secret) ?? decodedReason(secret, true) ?? true;
  return valueReason(secret) ?? decodedReason(secret) ?? true;
};

/** The words whose names the XML and JSON name/value rules look for, as keywords. */
const STRUCTURED_CREDENTIAL_WORDS = [
  "password",
  "passwd",
  "pwd",
  "secret",
  "token",
  "apikey",
  "api_key",
  "api-key",
];

const XML_PASSWORD_NAME = /(?:password|passwd|pwd|passphrase)$/i;

/**
 * Cookies that carry a signed-in session, by their frameworks' default names: Django, Express,
 * Java servlets, PHP, Laravel, Rails, ASP.NET.
 */
const SESSION_COOKIE_NAMES = String.raw`sessionid|session_id|session|sid|connect\.sid|jsessionid|phpsessid|laravel_session|_[\w-]{1,40}_session|asp\.net_sessionid|user_session|__(?:Host|Secure)-(?:session|sid)`;
const SESSION_COOKIE = new RegExp(`^(?:${SESSION_COOKIE_NAMES})$`, "i");

/** A `{"key": name, "value": ...}` pair: the name must say credential, or session cookie. */
/**
 * Up to four scalar fields between a pair's name and its value, as Terraform state and the
 * Vercel and Netlify APIs write an environment variable: `"key": "DB_PASSWORD", "sensitive":
 * true, "target": ["production"], "value": "..."`.
 */
const PAIR_FIELDS_BETWEEN = String.raw`(?:"[\w-]{1,40}"[ \t]*:[ \t]*(?:true|false|null|-?\d{1,12}|"[^"\\\n]{0,80}"|\[[^[\]\n]{0,120}\])[ \t]*,\s{0,40}){0,4}`;

const jsonPairValidator: Validator = (secret, context) => {
  const name = context.groups.attr ?? context.groups.list ?? "";
  if (SESSION_COOKIE.test(name)) return valueReason(secret) ?? true;
  return xmlValidator(secret, context);
};

/** Short flags mean a password only for some commands: -p for mysql (glued), sshpass, docker login; -a for redis-cli; -pw for kadmin and PuTTY. */
const SHORT_FLAG_COMMANDS: Record<string, RegExp> = {
  // A quote before the command: a CI step's `sh 'mysql ...'`; a slash: its path (`/usr/bin/mysqldump`).
  glued:
    /(?:^|[\s;|&(`'"/\\])(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)[ \t][^|;&]*$/,
  "-p": /(?:^|[\s;|&(`'"/\\])(?:sshpass|docker[ \t]+login)[ \t][^|;&]*$|(?:^|[\s;|&(`'"/\\])sshpass[ \t]*$/,
  "-a": /(?:^|[\s;|&(`'"/\\])redis-cli[ \t][^|;&]*$/,
  // Mosquitto's clients, SQL Server's and Sybase's shells (sqlcmd, osql, bcp, mssql-cli, sqsh,
  // isql), ipmitool (a BMC's password) and kdb5_util (the Kerberos master password) take the
  // password as -P, InfluxDB's CLI its token as -t, the OpenLDAP tools and kadmin -w.
  "-P": /(?:^|[\s;|&(`'"/\\])(?:mosquitto_(?:pub|sub|rr)|kdb5_util|sqlcmd|osql|bcp|mssql-cli|sqsh|isql|ipmitool)(?:\.exe)?[ \t][^|;&]*$/,
  "-w": /(?:^|[\s;|&(`'"/\\])(?:ldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn)|kadmin)[ \t][^|;&]*$/,
  "-t": /(?:^|[\s;|&(`'"/\\])influx[ \t][^|;&]*$/,
  // kadmin's principal commands, PuTTY's plink, pscp and psftp.
  "-pw":
    /(?:^|[\s;|&(`'"/\\])(?:addprinc|add_principal|ank|cpw|change_password|change_pw|plink|pscp|psftp)(?:\.exe)?[ \t](?:[^|;&]*[ \t])?$/,
};

const cliValidator: Validator = (secret, context) => {
  const { short, gap } = context.groups;
  if (short !== undefined) {
    const before = lineBefore(context);
    const glued = short === "-p" && gap === "" && SHORT_FLAG_COMMANDS.glued?.test(before);
    const spaced = gap !== "" && SHORT_FLAG_COMMANDS[short]?.test(before);
    if (!glued && !spaced) return `${short} is not a password flag of this command`;
  }
  if (context.groups.pwFlag !== undefined && !SHORT_FLAG_COMMANDS["-pw"]?.test(lineBefore(context)))
    return "-pw is not a password flag of this command";
  if (isPublicDevelopmentKey(secret)) return "a public development key (Hardhat/Anvil default account)";
  // A password flag takes what people choose (Hooli_Summer21#); token and key flags take
  // generated values.
  const passwordFlag =
    context.groups.pwFlag !== undefined ||
    short === "-p" ||
    short === "-P" ||
    // redis-cli's -a and the LDAP tools' and kadmin's -w take passwords too.
    short === "-a" ||
    short === "-w" ||
    /^-{1,2}(?:[a-z0-9]{1,20}-){0,3}[a-z]{0,12}pass/i.test(context.window.slice(context.index));
  return (
    (passwordFlag ? (humanPasswordReason(secret) ?? decodedReason(secret, true)) : valueReason(secret)) ??
    true
  );
};

const bearerValidator: Validator = (secret) => valueReason(secret) ?? true;

/** The command the match is an argument of: its line joined with the lines it continues (`\` at their end). */
function commandBefore(context: MatchContext): string {
  let start = context.window.lastIndexOf("\n", context.index - 1) + 1;
  while (start > 0) {
    const previous = context.window.lastIndexOf("\n", start - 2) + 1;
    const line = context.window.slice(previous, start - 1).replace(/\r$/, "");
    if (!/\\[ \t]*$/.test(line)) break;
    start = previous;
  }
  return context.window.slice(start, context.index).replace(/\\[ \t]*\r?\n/g, " ");
}

const basicPairValidator: Validator = (secret, context) => {
  if (!/(?:^|[\s;|&(`'"])curl[ \t][^|;&]*$/.test(commandBefore(context))) return "not an argument of curl";
  const user = context.groups.user ?? "";
  // A vendor token as the user is its detector's (the password is then filler, x-oauth-basic);
  // as the password it is the password, and its vendor's detector wins the overlap if it has one.
  if (vendorPrefixReason(user) !== undefined || tokenFormatReason(secret) !== undefined)
    return "a vendor key pair, left to its vendor's detector";
  if (secret.length < 6) return "shorter than 6 characters";
  return passwordPlaceholderReason(secret, context.groups.user) ?? true;
};

/** `Authorization: Basic <base64 of user:password>`: decoded and judged like a URI password. */
const basicHeaderValidator: Validator = (secret, context) => {
  if (secret.length % 4 !== 0) return "not padded base64";
  const end = context.window.indexOf(secret, context.index) + secret.length;
  if (context.window[end] === ".") return "a JSON Web Token, not base64 of user:password";
  const text = Buffer.from(secret, "base64").toString("utf8");
  if (!/^[\x20-\x7e\u00a0-\uffff]+$/.test(text)) return "does not decode to text";
  const colon = text.indexOf(":");
  if (colon < 0) return "does not decode to user:password";
  if (!/^[^\s"{}[\]:]{0,128}$/.test(text.slice(0, colon))) return "does not decode to user:password";
  const password = text.slice(colon + 1);
  if (password.length < 6) return "password shorter than 6 characters";
  // An empty user name with a token as the password: Azure DevOps PATs in git's extraheader.
  if (colon === 0 && password.length < 20) return "no user name, and the password is no token";
  return referenceReason(password) ?? passwordPlaceholderReason(password, text.slice(0, colon)) ?? true;
};

// ---------------------------------------------------------------------------------------------
// ~/.netrc and Kubernetes Secrets.

const netrcValidator: Validator = (secret, context) => {
  if (secret.length < 6) return "shorter than 6 characters";
  // Anonymous FTP: the password is by convention an e-mail address, not a secret (RFC 1635).
  if (/^(?:anonymous|ftp)$/i.test(context.groups.user ?? "")) return "an anonymous FTP login";
  // GitHub's convention for a token as the login: the password is this word (the token is
  // found by its own detector).
  if (secret === "x-oauth-basic") return "GitHub's x-oauth-basic filler password";
  return passwordPlaceholderReason(secret, context.groups.user) ?? true;
};

/** Keys of a Secret's data that name something other than a credential. */
const K8S_NOT_SECRET_KEY =
  /(?:^|[._-])(?:user(?:name)?|login|email|host(?:name)?|server|url|uri|endpoint|port|database|db|dbname|schema|region|bucket|account|namespace|project|tenant|id|crt|cert|certificate|ca|pub|public|config|conf|domain|path|mode|type|version|name)$/i;

/** The line of the mapping that holds the match: `data:` or `stringData:` decides the encoding. */
function k8sBlock(context: MatchContext, indent: number): string | undefined {
  const lines = context.window.slice(0, context.index).split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? "";
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    const lead = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (lead >= indent) continue;
    return /^[ \t]*([A-Za-z]+):[ \t]*(?:#.*)?$/.exec(line)?.[1];
  }
  return undefined;
}

/** The YAML document around the match (between `---` lines) declares `kind: Secret`. */
function inSecretDocument(context: MatchContext): boolean {
  const before = context.window.slice(0, context.index);
  const after = context.window.slice(context.index);
  const start = before.lastIndexOf("\n---");
  const endAt = after.search(/\n---/);
  const doc = before.slice(Math.max(start, 0)) + (endAt < 0 ? after : after.slice(0, endAt));
  return /(?:^|\n)kind:[ \t]*["']?Secret["']?[ \t]*(?:\r?\n|$)/.test(doc);
}

/** A docker config (`.dockerconfigjson`, `.dockercfg`): the password or `auth` inside it. */
function dockerConfigReason(json: string): string | undefined {
  const values = [...json.matchAll(/"(?:auth|password|identitytoken)"\s*:\s*"([^"]{1,4096})"/g)].map(
    (m) => m[1] ?? "",
  );
  if (values.length === 0) return "a docker config without credentials";
  for (const value of values) {
    let password = value;
    const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? Buffer.from(value, "base64").toString("utf8") : "";
    if (/^[\x20-\x7e]+:[\x20-\x7e]+$/.test(decoded)) password = decoded.slice(decoded.indexOf(":") + 1);
    if (passwordPlaceholderReason(password) === undefined && password.length >= 6) return undefined;
  }
  return "a docker config with placeholder credentials";
}

const k8sSecretValidator: Validator = (secret, context) => {
  const key = context.groups.key ?? "";
  const block = k8sBlock(context, context.groups.indent?.length ?? 0);
  if (block !== "data" && block !== "stringData") return "not in the data or stringData of a Secret";
  if (!inSecretDocument(context)) return "not in a document of kind Secret";
  let value = secret;
  if (block === "data") {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 !== 0) return "not base64";
    value = Buffer.from(secret, "base64").toString("utf8");
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value))
      return "a PEM private key (reported by its detector)";
    if (!/^[\x20-\x7e\t\r\n]+$/.test(value)) return "decodes to binary data";
  }
  if (/docker/i.test(key)) return dockerConfigReason(value) ?? true;
  if (/-----BEGIN|^\s*[{[]/.test(value)) return "a certificate, key or document (left to format detectors)";
  if (K8S_NOT_SECRET_KEY.test(key) && !/pass|secret|token|key|auth|cred/i.test(key))
    return `"${key}" names a setting, not a credential`;
  value = value.replace(/\r?\n$/, "");
  if (/pass|pwd/i.test(key)) return humanPasswordReason(value) ?? true;
  return valueReason(value) ?? true;
};

// ---------------------------------------------------------------------------------------------
// Passwords passed positionally to a client: no name says "password", the call's signature does.

/**
 * A positional argument before the password: a string literal (escapes and all, as a Windows
 * account's `"DOMAIN\\user"`), or an expression without commas or calls.
 */
const CALL_ARG = String.raw`(?:"(?:[^"\\\n]|\\.){0,200}"|'(?:[^'\\\n]|\\.){0,200}'|[^,()"'\n]{1,100})`;
/** Between a client call's arguments: blanks, or a line break and the next line's indent. */
const ARG_GAP = String.raw`[ \t]{0,3}(?:\r?\n[ \t]{0,40})?`;
/** Calls whose fourth argument is the password: MySQL's C API (handle, host, user, password). */
const PASSWORD_FOURTH = "mysql_real_connect";
/**
 * Calls whose third argument is the password: (host or DSN, user, password), and PHP's LDAP and
 * FTP calls and Go's smtp.PlainAuth, whose first argument is a handle or an identity.
 */
const PASSWORD_THIRD = String.raw`(?:mysqli?_p?connect|new[ \t]+(?:mysqli|PDO)|PDO->__construct|(?:MySQLdb|pymysql)\.connect|DriverManager\.getConnection|new[ \t]+(?:Sequelize|Sql2o)|ldap_bind|ftp_login|PlainAuth)`;
/** Setters and builder methods whose one argument is the password: setPassword("..."), .password("..."). */
/** A quoted CSS, test-id or label selector that names a password field: `'#password'`, `"input[name='pwd']"`. */
const PASSWORD_SELECTOR = String.raw`(?:'[^'\n]{0,60}?(?:[Pp]ass|PASS|[Pp]wd|PWD)[^'\n]{0,60}'|"[^"\n]{0,60}?(?:[Pp]ass|PASS|[Pp]wd|PWD)[^"\n]{0,60}")`;
const PASSWORD_ONLY = String.raw`(?:\.set[A-Z]?\w{0,20}Password|\.password)`;
/** Calls and tuples whose second argument is the password: (user, password). */
const PASSWORD_SECOND = String.raw`(?:\.login|\.Authenticate|WiFi\.begin|(?:wlan|sta_if|sta|station|wifi|nic)\.connect|\.username_pw_set|PlainCredentials|Credentials\.basic|\.basic_auth|HTTP(?:Basic|Digest)Auth|(?:set|with)?[Bb]asicAuth|\.auth\(\)(?:\.preemptive\(\))?\.basic|PasswordAuthentication|UsernamePasswordCredentials|\.(?:simple_)?bind_s|cx_Oracle\.connect|oci_p?connect|(?<![\w.])(?:http_|basic_)?auth[ \t]{0,2}=[ \t]{0,2})`;

/**
 * Faraday's basic authentication middleware, written without parentheses:
 * `f.request :authorization, :basic, user, password` (Faraday 2) or `request :basic_auth, ...`.
 */
const FARADAY_BASIC = String.raw`(?<![\w:])request[ \t]{1,4}:(?:authorization[ \t]{0,4},[ \t]{0,4}:basic|basic_auth)[ \t]{0,4},[ \t]{0,4}`;

/** The call's user argument, unquoted, when it is a literal. */
function literalUser(argument: string | undefined): string | undefined {
  const literal = /^(["'])(.*)\1$/.exec(argument?.trim() ?? "");
  return literal ? literal[2] : undefined;
}

const clientCallValidator: Validator = (secret, context) => {
  // Spring Security's password-encoder prefix ({noop}, {bcrypt}) is not part of the password.
  const value = secret.replace(/^\{[a-z0-9]{2,10}\}/, "");
  const user = literalUser(context.groups.user);
  const call = context.window.slice(context.index, context.window.indexOf(secret, context.index));
  const managed = MANAGED_DATABASE_HOST_IN_TEXT.test(call);
  // On such a host a weak password is a real one (see uris.ts): only what is none at all is left out.
  if (managed) return placeholderWordReason(value) ?? notAPasswordReason(value, user) ?? true;
  if (user !== undefined && user.toLowerCase() === value.toLowerCase())
    return "the password equals the user name (a default or a placeholder)";
  if (DEFAULT_ACCOUNTS.has(value.toLowerCase())) return "a default account's name";
  return humanPasswordReason(value, 6) ?? true;
};

// ---------------------------------------------------------------------------------------------
// Defaults of environment lookups: the variable's name says what the literal after it is.

/** An environment variable named for a credential, in the UPPER_SNAKE case such names take. */
const ENV_CREDENTIAL_NAME =
  "[A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|AUTH_?KEY|ACCESS_?KEY)[A-Z0-9_]{0,40}";
/** ENV_CREDENTIAL_NAME, and the keys a vendor names by role (ALGOLIA_ADMIN_KEY). */
const K8S_ENV_CREDENTIAL_NAME =
  "[A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|AUTH_?KEY|ADMIN_?KEY|ACCESS_?KEY)[A-Z0-9_]{0,40}";
/**
 * A credential variable set from a command-line argument, with a literal for when the argument
 * is missing: `pw = sys.argv[1] if len(sys.argv) > 1 else '...'`, `const KEY = process.argv[2]
 * ?? '...'`. The name is the assignment's.
 */
const ARGV_DEFAULT = String.raw`(?<![\w$.])(?<target>[A-Za-z_$][\w$]{0,40}(?:PASSWORD|Password|password|PASSWD|passwd|PASS|Pass|pass|PWD|Pwd|pwd|SECRET|Secret|secret|TOKEN|Token|token|API_?KEY|Api_?Key|api_?[kK]ey|apiKey)[A-Za-z0-9_]{0,20})[ \t]{0,3}=[ \t]{0,3}(?:sys\.argv|process\.argv|\$argv|ARGV|args)\[[ \t]{0,2}\d[ \t]{0,2}\][^\n"'\x60]{0,80}?(?:\?\?|\|\||\bor\b|\belse\b)`;

/**
 * Go's struct tags for envconfig and caarlos0/env: the field's variable, then its default,
 * `env:"DB_PASS" envDefault:"..."` or `envconfig:"DB_PASS" default:"..."`.
 */
const GO_TAG_DEFAULT = String.raw`(?:env|envconfig)[ \t]{0,2}:[ \t]{0,2}"(?<tag>${ENV_CREDENTIAL_NAME})(?:,[^"\n]{0,40})?"[^\x60\n]{0,80}?(?:default|envDefault)[ \t]{0,2}:`;

/**
 * A lookup of such a variable with a literal fallback: a default argument (os.getenv("X", "..."),
 * Laravel's env('X', '...'), ENV.fetch), or an `or`, `||`, `??` or `?:` after the lookup
 * (os.environ.get('X') or '...', process.env.X || '...', System.getenv("X") ?: "...").
 */
const ENV_DEFAULT = String.raw`(?:(?:os\.environ\.get|os\.getenv|getenv|env|Deno\.env\.get|ENV\.fetch|System\.getenv|System\.get_env|Environment\.GetEnvironmentVariable)\([ \t]{0,3}(?<nq>["'])(?<name>${ENV_CREDENTIAL_NAME})\k<nq>[ \t]{0,3}(?:,|\)[ \t]{0,3}(?:or|\|\||\?\?|\?:))|(?:(?<![\w$])(?:[A-Za-z_$][\w$]{0,30}\.){0,2}env\.|ENV\[["'])(?<bare>${ENV_CREDENTIAL_NAME})(?:["']\])?[ \t]{0,3}(?:\|\||\?\?|or)|${ARGV_DEFAULT}|${GO_TAG_DEFAULT})[ \t]{0,3}(?:\r?\n[ \t]{0,40})?(?<q>["'\x60])(?<secret>[^"'\x60\\\n]{6,200})\k<q>`;

/** A shell or Compose parameter expansion with a default: `${DB_PASSWORD:-...}`. */
const SHELL_DEFAULT = String.raw`\$\{(?<shell>${ENV_CREDENTIAL_NAME}):-(?<secret>[^}\s"'\x60\\$]{6,200})\}`;

const envDefaultValidator: Validator = (secret, context) => {
  const name =
    context.groups.name ??
    context.groups.bare ??
    context.groups.shell ??
    context.groups.target ??
    context.groups.tag ??
    "";
  // `${AIRFLOW_PASSWORD:-airflow}`: an upstream compose file's sample default.
  if (
    name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .includes(secret.toLowerCase())
  )
    return "the default is a word of its own variable's name (a sample default)";
  // A vendor token after `:-` is the default's: the vendor detectors' token boundary excludes a
  // token right after `-`, so it is reported here (a vendor detector that does see it wins).
  return (
    (/PASS|PWD/i.test(name)
      ? humanPasswordReason(secret, 6)
      : valueReason(secret, { keepVendorPrefixed: true })) ?? true
  );
};

const b64text = (text: string) => Buffer.from(text).toString("base64");

// ---------------------------------------------------------------------------------------------
// Example builders: every value is generated at test time.

const pw = (label: string, length = 20) => randomChars("alnum", length, `generic-${label}`);
const b64 = (label: string, length = 40) => randomChars("base64", length, `generic-${label}`);
const hex = (label: string, length = 32) => randomChars("hexLower", length, `generic-${label}`);

// ---------------------------------------------------------------------------------------------
// Labels of Markdown documents: `**Consumer Secret**: \`...\``, `- \`Password\`: ...`.

/** The last words of a label that names a credential. */
const LABEL_CREDENTIAL = String.raw`(?:api[ _-]?key|(?:access|secret|consumer|client|app|private|master|pass)[ _-]?key|secret|(?:access|auth|api|bearer|bot|refresh)[ _-]?token|token|password|passwd|pwd|passphrase)`;
/**
 * A label in bold or code (`**API Key**:`, `**Password:**`, `` `Password`: ``), at most two words
 * before the credential's, then the value, bare or in backticks. Emphasis is what makes the words
 * a label here: the same words in running text are prose.
 */
const MARKDOWN_LABEL = new RegExp(
  String.raw`(?:\*\*|__|\x60)(?<name>(?:[A-Za-z][A-Za-z0-9]{0,20}[ _-]){0,2}${LABEL_CREDENTIAL})[ \t]{0,2}(?::(?:\*\*|__|\x60)|(?:\*\*|__|\x60)[ \t]{0,2}:)[ \t]{0,4}\x60?(?<secret>[^\s\x60|*<>"']{8,200})\x60?(?![^\s\x60|*<>"'])`,
  "i",
);
const labelKeywords = ["key", "secret", "token", "password", "passwd", "pwd", "passphrase"].flatMap(
  (word) => [`${word}**`, `${word}:**`, `${word}\x60`, `${word}__`],
);

const markdownLabelValidator: Validator = (secret, context) => {
  const name = context.groups.name ?? "";
  if (/public|publishable|site[ _-]?key|client[ _-]?id/i.test(name))
    return `"${name}" names a value that is public by design`;
  if (/pass|pwd/i.test(name))
    return humanPasswordReason(secret, 8) ?? passwordPlaceholderReason(secret) ?? true;
  return genericValueReason(secret, { minLength: 16 }) ?? true;
};

const common = {
  vendor: "Generic",
  confidence: "low",
  severity: "medium",
} as const;

export const detectors: Detector[] = [
  {
    ...common,
    id: "generic-password",
    name: "Password assigned in code or configuration",
    family: "Password",
    description:
      "A value assigned to a name such as password, passwd, pwd, DB_PASS or MYSQL_ROOT_PASSWORD in source code, a .env file, YAML, JSON, TOML, .properties/.ini, a Dockerfile or docker-compose file. A human-chosen password is reported too, because the name leaves no doubt about what it is; references to environment variables or secret stores, placeholders, well-known defaults (changeme, password123), labels and test fixtures are not.",
    security: [
      "Whoever reads the repository can sign in to the database, service or account the password protects.",
      "Passwords are often reused across environments, so a development value may also open staging or production.",
      "The password stays in git history and in every clone and fork even after the line is deleted.",
    ],
    mitigation: rotateMitigation(),
    keywords: [
      "pass",
      "pwd",
      "_pw",
      "identified",
      "kennwort",
      "wachtwoord",
      "senha",
      "contrasena",
      "motdepasse",
      "mot_de_passe",
    ],
    // The gate is case-insensitive and cannot tell code's dotted names from a password's: it
    // lets them all through to the pattern.
    keywordGate: assignmentGate(
      8,
      `(?:(?:_?word|wd|phrase|wort)\\d?)?${PASSWORD_NAME_SUFFIX}`,
      true,
      QUOTED_PASSWORD_CHAR,
    ),
    pattern: assignment(`(?:${PASSWORD_NAME})${PASSWORD_NAME_SUFFIX}`, 8, PASSWORD_DOTTED_IDENTIFIER, true),
    validate: assignmentValidator(FORM_WORDS, 8, true),
    examples: [
      () => `DB_PASSWORD=${pw("p1")}`,
      () => `wowza_admin_password_tmp: "${pw("p-tmp", 15)}"`,
      () => `PassWord=${pw("p-camel", 12)}`,
      () => `PASS_WORD="${pw("p-two-words", 14)}"`,
      // Terraform's kubernetes_secret, the password someone chose given base64-encoded.
      () =>
        `  data {\n    password = "${Buffer.from(["My", "V3ry", "S3cure", "Pas", "SwD"].join("")).toString("base64")}"\n  }`,
      // An ESP32 sketch's secrets header, the password someone chose.
      () =>
        `#define WIFI_PASSWORD  "${["Otter", "jasper"].join("_")}${randomChars("digits", 2, "generic-p-define")}!"`,
      () => `      EMQX_DASHBOARD__DEFAULT_PASSWORD: ${pw("p-emqx", 16)}`,
      () => `GRANT ALL PRIVILEGES ON app.* TO app@'%' IDENTIFIED BY '${pw("p-grant", 12)}';`,
      () => `/usr/local/mysql/bin/mysqladmin -u root password '${pw("p-mysqladmin", 12)}'`,
      () => `CREATE LOGIN [app_reader] WITH PASSWORD = N'${pw("p-tsql", 14)}', CHECK_POLICY = OFF;`,
      () =>
        `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n"AutoAdminLogon"="1"\n"DefaultPassword"="${pw("p-winlogon", 12)}"`,
      () => `char ssid[] = "Tundra-Guest";\nchar pass[] = "${pw("p-carray", 16)}";`,
      () => `# signing key password\nTAURI_SIGNING_PRIVATE_KEY_PASSWORD=Lantern.${pw("p-dotted", 10)}`,
      () => `database.default.username = crm_web\ndatabase.default.password = ${pw("p-ci4", 12)}`,
      () => `set JOINUSER=CORP\\svc-domainjoin\nset JOINPASS=${pw("p-join", 16)}`,
      () => `[vault]\ntype = crypt\npassword = ${pw("p-rclone-1", 54)}\npassword2 = ${pw("p-rclone-2", 54)}`,
      () => `  password: "${pw("p2", 24)}"`,
      // An Ansible inventory's host line (INI), values unquoted.
      () =>
        `[web]\nweb1 ansible_host=10.0.4.11 ansible_user=deploy ansible_ssh_pass=${randomChars("lower", 6, "p-ans")}${randomChars("alpha", 6, "p-ans2")}`,
      // Capistrano's and Sinatra's settings, named by a symbol.
      () => `set :user, "deploy"\nset :password, "${pw("p-cap", 14)}"`,
      // Generated with a dot after two capitals: not a property path, nor a vendor's prefix.
      () => `export RSYNC_PASSWORD=${randomChars("upper", 2, "generic-p-rsync")}.${pw("p-rsync", 19)}`,
      () => `AD_BIND_PW='${pw("p-bind-pw", 20)}'`,
      () => `      RABBITMQ_DEFAULT_PASS: ${pw("p-rabbit", 20)}`,
      // Grafana's ini files wrap a value holding # or ; in triple quotes.
      () => `[database]\nuser = grafana\npassword = """${pw("p-grafana", 14)};#${pw("p-grafana2", 4)}"""`,
      // msmtp and other `key value` files align their values with spaces.
      () => `account default\nuser relay@mail.internal\npassword       ${b64("p-msmtp", 44)}`,
      // A season, a year and a word, quoted: a literal, however much it looks like Settings.Name.
      () => `    password: "${["Summer", "2020"].join("")}.${["Nim", "bus"].join("")}"`,
      () => `{"adminPassword": "${pw("p3", 18)}", "user": "ops"}`,
      () => `conn = connect(host="db.internal", user="app", password='${pw("p4", 16)}')`,
      () => `ENV MYSQL_ROOT_PASSWORD ${pw("p5", 22)}`,
      () => `spring.datasource.password = ${pw("p6", 20)}`,
      () => `define('DB_PASSWORD', '${pw("p7", 20)}');`,
      // Run-together and camelCase names, as PHP and Go configuration write them.
      () => `$dbpass = "${pw("p8", 12)}";`,
      // keytool's names for a keystore's passwords, as containers' environments carry them.
      () => `"MIRTH_KEYSTORE_STOREPASS=${pw("p-storepass", 10)}",`,
      () => `const smtpPwd = "${pw("p9", 14)}"`,
      () => `MYSQLPASS=${pw("p10", 16)}`,
      // Letters only, but set on a command line: a literal, not a variable's name.
      () => `docker run -d -e POSTGRES_PASSWORD=${randomChars("lower", 14, "generic-p13")} postgres:16`,
      // Letters only, in a Dockerfile's ENV: a literal the image carries.
      () => `ENV SPRING_DATASOURCE_PASSWORD=${randomChars("lower", 15, "generic-p-dockerenv")}`,
      // Oracle's unquoted IDENTIFIED BY.
      () =>
        `CREATE DATABASE LINK stratis CONNECT TO STRATIS IDENTIFIED BY webacct#${pw("p-ora", 8)}# USING 'STRATISPDB';`,
    ],
    negatives: [
      // The placeholder "password", base64-encoded.
      `  data {\n    password = "${Buffer.from("password").toString("base64")}"\n  }`,
      "DB_PASSWORD=settings.database.password",
      // A symbol and a string as other arguments than a setting's.
      () => `validates :password, "${pw("p-cap-neg", 14)}"`,
      "password: ${DB_PASSWORD}",
      'password: "password"',
      "DB_PASSWORD=changeme",
      // A token that a deploy script's sed replaces.
      "define( 'DB_PASSWORD', '_WP_PASS' );",
      'password = os.environ["DB_PASSWORD"]',
      "password: string;",
      "confirmPassword: 'aB3dE5gH7jK9'",
      'hashed_password = "$2b$12$abcdefghijklmnopqrstuu"',
      "PASSWORD=SuperSecretPassword123",
      // A program that prints the password, and a Windows answer file's configuration pass.
      'AuthLDAPBindPassword "exec:/usr/local/sbin/ldap-bind-pass"',
      '<settings pass="specialize">',
      // A form's default, and a password of a Windows variable.
      () => `defaultPassword = "${pw("p-default", 16)}"`,
      "DB_PASSWORD=%DB_PASSWORD%",
      // Mirth Connect's encrypted property.
      "odsDbPassword={enc}R5rUg05FYs50XuTbrRx5ebkUTRFphtuig6SO4fWa8930u7cM7nC4a9oJiy0a5zzQ",
      // A property path, quoted or not, names where the password is kept.
      'password: "Settings.DbPassword"',
      "password = AppConfig.Database.Password",
      "Each user is identified by username and the account is unlocked.",
      // Words that end in "pass" are not password names.
      () => `bypass = "${pw("p11", 16)}"`,
      () => `const compass = "${pw("p12", 16)}";`,
    ],
    references: [owasp],
  },
  {
    ...common,
    id: "generic-secret",
    name: "Secret or private key assigned in code or configuration",
    family: "Secret",
    description:
      "A value assigned to a name such as secret, client_secret, JWT_SECRET, secret_key, SECRET_KEY_BASE, private_key, signing_key, encryption_key, AES_KEY, HMAC_KEY or JWT_KEY. Application secrets sign sessions and tokens or encrypt data; OAuth client secrets authenticate an application to an identity provider.",
    security: [
      "A signing secret (JWT_SECRET, SECRET_KEY, SECRET_KEY_BASE) lets an attacker forge sessions and tokens and sign in as any user.",
      "An OAuth client secret lets an attacker impersonate the application to the identity provider and exchange stolen authorization codes.",
      "An encryption key decrypts the data it protects, including backups already taken.",
    ],
    mitigation: {
      revoke: `For an OAuth client secret, generate a new secret for the application in the identity provider's console (Google Cloud Console > APIs & Services > Credentials, Microsoft Entra > App registrations > Certificates & secrets, GitHub > Developer settings > OAuth Apps) and delete the old one. For a signing secret, deploy a new random value (for example \`openssl rand -base64 48\`), which invalidates every session signed with the old one. For an encryption key, re-encrypt the data under a new key. ${rotateSteps}`,
      revokeUrl: owasp,
      audit: auditSteps,
      bestPractices: genericPractices,
    },
    keywords: [
      "secret",
      "private_key",
      "privatekey",
      "private-key",
      "signing_key",
      "signingkey",
      "encryption_key",
      "encryptionkey",
      "master_key",
      "masterkey",
      ...["aes", "hmac", "crypt", "crypto", "cipher", "jwt", "salt"].flatMap((w) => [`${w}_key`, `${w}key`]),
    ],
    keywordGate: assignmentGate(12, "[_.-]?key(?:[_.-]?base)?|[_.-]?access[_.-]?key"),
    pattern: assignment(SECRET_NAME, 12),
    validate: assignmentValidator(SECRET_EXCLUDED, 12),
    // An OAuth 1.0a consumer secret (Twitter bots, M-Pesa, Yelp) sits under its consumer key,
    // which names the application whose secret is to be rotated.
    companions: [
      {
        name: "consumer key",
        pattern:
          /consumer[_-]?key["']?[ \t]{0,12}(?:=>|[:=])[ \t]{0,4}["']?(?<value>(?=[A-Za-z_-]{0,63}[0-9])(?=[0-9_-]{0,63}[A-Za-z])[A-Za-z0-9_-]{16,64})(?![A-Za-z0-9_-])/i,
        within: 400,
      },
    ],
    examples: [
      // Unreal's TEXT() macro around a C++ string literal.
      () => `static const TCHAR* GA_SECRET_KEY = TEXT("${hex("s-unreal", 40)}");`,
      // webpack's DefinePlugin compiles the value into the browser bundle.
      () => `      'process.env.PUSHER_SECRET': JSON.stringify('${hex("s-define", 20)}'),`,
      () => `JWT_SECRET=${b64("s1", 44)}`,
      () => `client_secret: "${pw("s2", 32)}"`,
      () => `app.config["SECRET_KEY"] = "${hex("s3", 48)}"`,
      () => `  "clientSecret": "${pw("s4", 40)}",`,
      () => `secret_key_base = '${hex("s5", 64)}'`,
      () => `signingKey := "${pw("s6", 28)}"`,
      // A passphrase someone typed for the signing secret of a Spring app's command line.
      () =>
        `  --jwt.secret=${["Hire", "Flow", "Super", "Jwt", "Key"].join("")}${randomChars("digits", 4, "generic-s7")}Secure!!`,
    ],
    negatives: [
      "client_secret: <your-client-secret>",
      "SECRET_KEY=django-insecure-change-me",
      "secret: true",
      "kubernetesSecret: my-app-secrets",
      "JWT_SECRET=process.env.JWT_SECRET",
      "secret_key = get_secret('app')",
      "JWT_SECRET=ChangeThisSecretKey123!",
      "jwt.secret=YourSecretKeyHere2024!",
    ],
    references: [owasp],
  },
  {
    ...common,
    id: "generic-api-key",
    name: "API key assigned in code or configuration",
    family: "API Key",
    description:
      "A value assigned to a name such as api_key, apiKey, API_KEY or X-API-Key for a service that keyhound has no specific detector for. API keys authenticate calls to a third-party or internal HTTP API.",
    security: [
      "Calls made with the key are billed to, rate-limited against and attributed to its owner.",
      "The key reads or changes whatever data the API exposes to its owner.",
      "Keys rarely expire, so a leaked key keeps working until someone deletes it.",
    ],
    mitigation: {
      revoke: `Find the provider from the variable name, the URL the key is sent to, or the SDK that reads it; in that provider's dashboard open the API keys (or credentials) page, delete or roll the key, and create a new one scoped to what the application needs. ${rotateSteps}`,
      revokeUrl: owasp,
      audit:
        "Check the provider's usage, billing and request logs for calls made with the key during the exposure window.",
      bestPractices: genericPractices,
    },
    keywords: ["api_key", "apikey", "api-key", "api.key"],
    keywordFollowedBy: ASSIGNMENT_FOLLOWER,
    keywordGate: assignmentGate(16),
    pattern: assignment(API_KEY_NAME, 16),
    validate: assignmentValidator(API_KEY_EXCLUDED, 16),
    examples: [
      () => `WEATHER_API_KEY=${hex("a1", 32)}`,
      () => `const client = new Client({ apiKey: "${pw("a2", 36)}" });`,
      () => `headers = {"X-API-Key": "${pw("a3", 40)}"}`,
      () => `api_key = "${b64("a4", 32)}"`,
      () => `        api_key: String::from("${hex("a5", 32)}"),`,
      () =>
        `            "Env": [\n                "AZURE_API_KEY=${hex("a7", 32)}",\n                "PATH=/usr/local/bin"`,
      () => `      "url": "https://mcp.search.example-vendor.io/mcp?exaApiKey=${hex("a8", 32)}"`,
      () =>
        `curl -X POST https://checkout-live.adyen.com/v71/payments \\\n    -H "X-API-Key: ${b64("a6", 120)}=" \\`,
    ],
    negatives: [
      () => `        const val API_KEY = "goog_${randomChars("alnum", 27, "generic-revenuecat")}"`,
      "api_key: YOUR_API_KEY",
      'apiKey: "<api-key>"',
      "API_KEY=${API_KEY}",
      "api_key = settings.API_KEY",
      "publicApiKey: 'pk_9f8e7d6c5b4a3f2e1d0c'",
      // Public by design: the Amplitude browser SDK's key.
      () => `NEXT_PUBLIC_AMPLITUDE_API_KEY=${hex("a5", 32)}`,
    ],
    references: [owasp],
  },
  {
    ...common,
    id: "generic-token",
    name: "Access token assigned in code or configuration",
    family: "Access Token",
    description:
      "A value assigned to a name such as token, access_token, auth_token, refresh_token, BOT_TOKEN or SERVICE_TOKEN for a service that keyhound has no specific detector for. Bearer tokens authenticate API calls on behalf of a user or a service. Form and protocol tokens (CSRF, pagination, device push tokens) are not reported.",
    security: [
      "Anyone holding a bearer token can call the API as the user or service it was issued to.",
      "Refresh tokens mint new access tokens, so access outlives the current one.",
      "Tokens of service accounts often carry broad permissions and long lifetimes.",
    ],
    mitigation: {
      revoke: `Revoke the token where it was issued: the service's token or session settings, the OAuth provider's revocation endpoint, or the admin console that created the service token; then issue a new one. ${rotateSteps}`,
      revokeUrl: owasp,
      audit: auditSteps,
      bestPractices: [
        ...genericPractices,
        "prefer short-lived tokens obtained at run time (OAuth client credentials, workload identity, OIDC) to long-lived stored ones",
      ],
    },
    keywords: ["token"],
    keywordFollowedBy: ASSIGNMENT_FOLLOWER,
    keywordGate: assignmentGate(16),
    pattern: assignment(TOKEN_NAME, 16),
    validate: assignmentValidator(TOKEN_EXCLUDED, 16),
    examples: [
      () => `ACCESS_TOKEN=${pw("t1", 40)}`,
      () => `  auth_token: ${b64("t2", 48)}`,
      () => `refreshToken = "${pw("t3", 64)}"`,
      () => `{"bot_token": "${hex("t4", 40)}"}`,
      // Dotted like a grammar's scope name, but mixed case: a token (Discord's bot tokens).
      () => `AUTH_TOKEN = "MT${pw("t5a", 22)}.G${pw("t5b", 5)}.x${pw("t5c", 12)}-${pw("t5d", 13)}"`,
    ],
    negatives: [
      'csrf_token = "aB3dE5gH7jK9mN1pQ3rS5tU7"',
      "nextToken: eyJwYWdlIjoyfQ",
      "token: ${{ secrets.GITHUB_TOKEN }}",
      "max_tokens: 4096",
      'token_type: "Bearer"',
      "access_token = request.args.get('token')",
      '{token: "string.attribute-value.xml", regex: "\\s+"}',
      // Public by design: they ship in web pages.
      () => `MIXPANEL_TOKEN=${hex("t6", 32)}`,
      () => `const rollbarClientToken = "${hex("t7", 32)}";`,
      () => `DD_CLIENT_TOKEN=pub${hex("t8", 32)}`,
    ],
    references: [owasp],
  },
  {
    ...common,
    id: "generic-xml-credential",
    name: "Password or secret in an XML element or key/value attribute",
    family: "Password",
    description:
      'A credential written as an XML element (<password>...</password> in Maven settings.xml, <db.password> in a POM, <ConnectionPassword> in a .config file) or as a key/value attribute pair (.NET <add key="DbPassword" value="..."/>, Spring <property name="password" value="..."/>), or as the <name> and <value> elements of a property (Hadoop core-site.xml and hive-site.xml, Wowza Server.xml). In .NET appSettings a name ending in Key (PaymentGatewayKey) counts when its value is 32 characters or more, as generated keys are.',
    security: [
      "Whoever reads the file can sign in to the repository manager, database or service the credential opens.",
      "Build files are copied into artifacts and CI caches, spreading the credential further.",
    ],
    mitigation: {
      revoke: `${rotateSteps} For Maven, encrypt server passwords with \`mvn --encrypt-password\` (settings-security.xml) or read them from environment variables (\${env.REPO_PASSWORD}); for .NET, move the value to user secrets or a key vault reference.`,
      revokeUrl: owasp,
      audit: auditSteps,
      bestPractices: genericPractices,
    },
    keywords: [...STRUCTURED_CREDENTIAL_WORDS, '<add key="', "<add key='"],
    // The validator wants the tag or attribute name to end with a credential word, so the
    // keyword is followed by the rest of that name, its closing `>` (or quote, then `value=` or
    // `>`) and the value's first characters. Only `name>` or `name"` left 73,000 windows open on
    // the benchmark corpus (JSON keys, import paths) for 9 matches.
    keywordFollowedBy: /[\w.:<>"'-]/,
    keywordGate:
      /[\w.:-]{0,79}(?:>|["'](?:[ \t]{1,10}value[ \t]{0,2}=[ \t]{0,2}["']|(?:[ \t]{1,10}[\w:-]{1,30}[ \t]{0,2}=[ \t]{0,2}["'][^"'<>\n]{0,40}["']){0,3}[ \t]{0,10}>)|<\/(?:key|name|Name)>\s{0,40}<(?:string|value|Value)>)[^<>"'\s]{8}/,
    // A plist's <key> and <string> are on lines of their own.
    window: { multiline: true },
    // An attribute pair may have other attributes before the `>` (Android's
    // <string name="..." translatable="false">); a plist names its value in the <key> before it,
    // a Hadoop or Wowza property in the <name> before its <value> (tried first: `<name>` would
    // otherwise pass for the element holding the value).
    pattern:
      /(?:<(?<ptag>key|name|Name)>(?<pkey>[A-Za-z][\w.:-]{0,79})<\/\k<ptag>>\s{0,40}<(?:string|value|Value)>|<(?!key>)(?<tag>[A-Za-z][\w.:-]{0,60})>|(?<![A-Za-z0-9])(?:key|name)[ \t]{0,2}=[ \t]{0,2}(?<aq>["'])(?<attr>[A-Za-z][\w.:-]{0,79})\k<aq>(?:[ \t]{1,10}value[ \t]{0,2}=[ \t]{0,2}["']|(?:[ \t]{1,10}[\w:-]{1,30}[ \t]{0,2}=[ \t]{0,2}["'][^"'<>\n]{0,40}["']){0,3}[ \t]{0,10}>))(?<secret>[^<>"'\s]{8,200})(?:<\/|["'])/,
    validate: xmlValidator,
    examples: [
      () => `<server><id>nexus</id><username>deploy</username><password>${pw("x1", 24)}</password></server>`,
      () => `  <add key="DbPassword" value="${pw("x2", 20)}" />`,
      () => `  <add key="PaymentGatewayKey" value="${b64("x7", 44)}" />`,
      () => `<property name="hibernate.connection.password">${pw("x3", 18)}</property>`,
      () => `<apiKey>${hex("x4", 32)}</apiKey>`,
      () => `    <string name="mixpanel_api_secret" translatable="false">${hex("x5", 32)}</string>`,
      () => `\t<key>ClientSecret</key>\n\t<string>${pw("x6", 48)}</string>`,
      () =>
        `  <property>\n    <name>fs.s3a.secret.key</name>\n    <value>${b64("x10", 40)}</value>\n  </property>`,
      () => `<name>javax.jdo.option.ConnectionPassword</name>\n<value>${pw("x11", 18)}</value>`,
      () => `\t\t\t<Name>restAdminPassword</Name>\n\t\t\t<Value>${pw("x12", 16)}</Value>`,
    ],
    negatives: [
      "<password>${env.NEXUS_PASSWORD}</password>",
      "<password>{COQLCE6DU6GtcS5P=}</password>",
      '<add key="PasswordPolicy" value="RequireDigitAndSymbol" />',
      "<password>password</password>",
      "<passwordHint>aB3dE5gH7jK9mN1p</passwordHint>",
      '<string name="password_hint" translatable="false">AtLeastEightChars</string>',
      "<key>CFBundleIdentifier</key>\n<string>com.example.secretapp</string>",
      '<add key="Smtp.Password" value="__SmtpPassword__" xdt:Transform="SetAttributes" />',
      '<add key="ApplicationInsightsInstrumentationKey" value="0f5c3a9e-6d2b-4b8e-9a71-3c2f8e1d4b6a" />',
      '<add key="CacheKeyPrefix" value="tenant-catalog-products-v2" />',
      () => `<add key="ReCaptcha:SiteKey" value="6Lc${randomChars("base64url", 37, "generic-x9")}" />`,
      () => `<add key="ShortKey" value="${pw("x8", 20)}" />`,
      "<name>ssl.server.keystore.password</name>\n<value>${env.KEYSTORE_PASSWORD}</value>",
      "<name>hadoop.security.credential.provider.path</name>\n<value>jceks://hdfs/user/hive/hive.jceks</value>",
      "<name>dfs.web.authentication.kerberos.keytab</name>\n<value>/etc/security/keytabs/spnego.keytab</value>",
    ],
    references: ["https://maven.apache.org/guides/mini/guide-encryption.html"],
  },
  {
    ...common,
    id: "generic-json-key-value-credential",
    name: "Password, token or session cookie in a JSON name/value pair",
    family: "Password",
    description:
      'A credential held as {"key": "password", "value": "..."} or {"name": "sessionid", "value": "..."}: the shape of Postman collections and environments (variables, auth settings, headers), Insomnia exports and HAR captures (headers and cookies); or as the first string of a list under the name of a credential ("secret": ["..."] in the key providers of a Keycloak realm export, "sta_pwd": ["..."] in a Tasmota backup). The name says what the value is, lines away from it.',
    security: [
      "Collections and environments are shared in workspaces, committed and exported with their current values: whoever gets the file holds the API credentials in it.",
      "A HAR capture holds the session cookies and Authorization headers of the browser that recorded it: replayed, they sign in as that user until the session ends (support-case HAR files were how Okta's 2023 breach spread).",
    ],
    mitigation: {
      revoke: `${rotateSteps} For a session cookie, end the session (sign out everywhere, or revoke it on the server) and have the user sign in again. Before sharing a HAR file, sanitize it (Chrome's and Firefox's export leave sensitive data out by default since 2024; Google's har-sanitizer and Cloudflare's HAR sanitizer remove the rest).`,
      revokeUrl: owasp,
      audit: auditSteps,
      bestPractices: [
        "keep secrets in Postman's vault or as environment current values (which are not synced or exported), not as initial values",
        ...genericPractices,
      ],
    },
    keywords: [...STRUCTURED_CREDENTIAL_WORDS, "session", "sid", "connect.sid", "jsessionid", "phpsessid"],
    // A name in quotes starts with the word or has it after `_` or `-` (`"twilio_auth_token"`):
    // one byte rules out the `.token`, `(token` and `accessToken` of code before the gate runs.
    keywordPrecededBy: /["_-]/,
    // The rest of the name, its closing quote, then `"value": "` and the value's first characters:
    // most hits of these words in JSON are keys of their own, which fail at the first step.
    // Or a list of strings under the name (Keycloak's component config, "secret": ["..."];
    // Tasmota's "sta_pwd": ["...", ""]): its first element.
    keywordGate: new RegExp(
      String.raw`[\w.:-]{0,79}"[ \t]*(?:,\s{0,40}${PAIR_FIELDS_BETWEEN}"value"[ \t]*:[ \t]*"|:[ \t]*\[\s{0,60}")[^"\\\s]{8}`,
    ),
    window: { before: 128, after: 512, multiline: true },
    pattern: new RegExp(
      String.raw`(?:"(?:key|name|type)"[ \t]*:[ \t]*"(?<attr>[A-Za-z_][\w.:-]{0,79})"[ \t]*,\s{0,40}${PAIR_FIELDS_BETWEEN}"value"[ \t]*:[ \t]*|"(?<list>[A-Za-z_][\w.:-]{0,79})"[ \t]*:[ \t]*\[\s{0,60})"(?<secret>[^"\\\s]{8,300})"(?=\s{0,60}[,\]}])`,
    ),
    validate: jsonPairValidator,
    examples: [
      () => `{\n  "key": "password",\n  "value": "${pw("j1", 20)}",\n  "type": "string"\n}`,
      () =>
        `\t\t{\n\t\t\t"key": "twilio_auth_token",\n\t\t\t"value": "${hex("j2", 32)}",\n\t\t\t"type": "secret"`,
      () => `{ "name": "sessionid", "value": "${pw("j3", 32).toLowerCase()}", "httpOnly": true }`,
      // An environment variable as the Vercel and Netlify APIs list it.
      () =>
        `{\n  "key": "DATABASE_PASSWORD",\n  "target": ["production", "preview"],\n  "type": "encrypted",\n  "value": "${pw("j12", 24)}"\n}`,
      () => `"cookies": [{"name": "connect.sid", "value": "s%3A${b64("j4", 32)}"}]`,
      // A Keycloak realm export's user credentials.
      () =>
        `"credentials": [\n  {\n    "type": "password",\n    "value": "${pw("j8", 17)}",\n    "temporary": false`,
      // A password a person chose: words, a symbol and digits.
      () =>
        `"credentials": [\n  {\n    "type": "password",\n    "value": "Sparrow*${randomChars("lower", 6, "j9").replace(/^./, (c) => c.toUpperCase())}${randomChars("digits", 3, "j9")}",`,
      () => `"cookies": [\n  {\n    "name": "__Host-sid",\n    "value": "${b64("j7", 43)}",\n    "path": "/"`,
      // A Keycloak realm export's HMAC key provider, and a Tasmota backup's Wi-Fi passwords.
      () =>
        `        "config": {\n          "secret": [\n            "${b64("j10", 86).replace(/[+/]/g, "_")}"\n          ],`,
      () => `  "sta_pwd": [\n    "${pw("j11", 14)}",\n    ""\n  ],`,
    ],
    negatives: [
      '{\n  "key": "password",\n  "value": "{{password}}",\n  "type": "string"\n}',
      '{ "key": "api_key", "value": "<your-api-key>" }',
      () => `{ "name": "csrftoken", "value": "${pw("j6", 32)}" }`,
      () => `{ "name": "_ga", "value": "GA1.1.${hex("j5", 10)}.1712345678" }`,
      '{ "key": "token_type", "value": "Bearer" }',
      '"password": ["required", "string", "min:8", "confirmed"],',
      '"secrets": ["db-password", "stripe-api-key"],',
    ],
    references: [
      "https://learning.postman.com/docs/sending-requests/variables/managing-environments/",
      "https://w3c.github.io/web-performance/specs/HAR/Overview.html",
    ],
  },
  {
    ...common,
    id: "cloudformation-parameter-secret",
    name: "Credential in a CloudFormation parameter or output",
    vendor: "AWS CloudFormation",
    family: "Password",
    confidence: "medium",
    description:
      'A CloudFormation parameter or stack output whose name says credential (DBPassword, MasterUserPassword, ApiKey), with its value: parameter files (`{"ParameterKey": "DBPassword", "ParameterValue": "..."}`), `--parameters ParameterKey=...,ParameterValue=...` on the command line, and `describe-stacks` output (`"OutputKey"`, `"OutputValue"`).',
    security: [
      "The value is the database's master password or the key the stack was given: whoever has the file signs in with it.",
      "Parameter files are committed beside the templates and passed to every deployment, so the same value reaches every environment that uses them.",
    ],
    mitigation: {
      revoke: `Change the credential (the database's master password, the API key) and redeploy the stack with it read from Secrets Manager or SSM Parameter Store (a dynamic reference, {{resolve:secretsmanager:...}}), or with NoEcho parameters supplied at deploy time. ${rotateSteps}`,
      revokeUrl: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html",
      audit: auditSteps,
      bestPractices: [
        "use dynamic references to Secrets Manager instead of password parameters",
        "mark any remaining secret parameter NoEcho, and never commit a filled-in parameter file",
      ],
    },
    keywords: ["parameterkey", "outputkey"],
    window: { before: 16, after: 400, multiline: true },
    pattern:
      /(?:"(?:ParameterKey|OutputKey)"[ \t]*:[ \t]*"|ParameterKey=)(?<attr>[A-Za-z][\w.:-]{0,79})(?:"[ \t]*,\s{0,40}"(?:ParameterValue|OutputValue)"[ \t]*:[ \t]*"|,ParameterValue=)(?<secret>[^"\\\s,]{8,300})/,
    validate: xmlValidator,
    examples: [
      () => `[\n  {\n    "ParameterKey": "DBPassword",\n    "ParameterValue": "${pw("cfn1", 20)}"\n  }\n]`,
      () =>
        `aws cloudformation deploy --stack-name app --parameter-overrides x --parameters ParameterKey=MasterUserPassword,ParameterValue=${pw("cfn2", 18)}`,
      () => `{"OutputKey": "ApiSecretKey", "OutputValue": "${pw("cfn3", 40)}", "Description": "key"}`,
    ],
    negatives: [
      '{"ParameterKey": "DBPassword", "ParameterValue": "{{resolve:secretsmanager:prod/db:SecretString:password}}"}',
      '{"ParameterKey": "InstanceType", "ParameterValue": "t3.medium"}',
      '{"OutputKey": "DBEndpoint", "OutputValue": "db.abc123.eu-west-1.rds.amazonaws.com"}',
    ],
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html",
    ],
  },
  {
    ...common,
    id: "session-cookie-header",
    name: "Session cookie in a Cookie header",
    family: "Session Cookie",
    description:
      "A signed-in session's cookie (Django sessionid, Express connect.sid, Java JSESSIONID, PHPSESSID, Laravel and Rails sessions, ASP.NET_SessionId) inside a Cookie header: in a HAR capture's request headers, a curl command (-H 'Cookie: ...'), a .http file or a pasted request in an issue or log.",
    security: [
      "Replayed, the cookie signs in as the user who recorded it, without password or second factor, until the session ends: support-case HAR files were how Okta's 2023 breach spread.",
      "Sessions of administrators reach every setting and user the application has.",
    ],
    mitigation: {
      revoke:
        "End the session on the server (sign the user out everywhere, or delete the session from the session store) and have the user sign in again. Before sharing a HAR file or a request, remove its cookies and Authorization headers (browsers' HAR export leaves sensitive data out since 2024; Google's har-sanitizer removes the rest).",
      revokeUrl: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html",
      audit:
        "Review the application's sessions and access logs for the session's use from other addresses since it was recorded.",
      bestPractices: [
        "sanitize HAR files and copied requests before attaching them to tickets",
        "keep sessions short and bind them to the client where the framework allows",
      ],
    },
    keywords: ["cookie"],
    // Where a Cookie header's value starts: `"name": "cookie", "value": "` or `Cookie: `.
    keywordGate: /"[ \t]*,\s{0,40}"value"[ \t]*:[ \t]*"|:[ \t]{0,3}[\w.-]{2,60}=/i,
    window: { before: 64, after: 1024, multiline: true },
    pattern: new RegExp(
      String.raw`(?:"cookie"[ \t]*,\s{0,40}"value"[ \t]*:[ \t]*"|[Cc]ookie:[ \t]{0,3})(?:[^"\n;]{1,200};[ \t]*){0,12}(?<name>${SESSION_COOKIE_NAMES})=(?<secret>[A-Za-z0-9%._~+/=-]{16,512})(?=[;"'\s]|$)`,
      "i",
    ),
    validate: (secret) => valueReason(secret) ?? true,
    examples: [
      () =>
        `            {\n              "name": "cookie",\n              "value": "sessionid=${pw("sc1", 32).toLowerCase()}; csrftoken=${pw("sc2", 32)}"\n            },`,
      () =>
        `curl -H 'Cookie: _ga=GA1.1.5192521835.1712230890; connect.sid=s%3A${b64("sc3", 32)}' https://app.example.net/api/me`,
      () => `GET /admin HTTP/1.1\nHost: shop.internal\nCookie: JSESSIONID=${hex("sc4", 32).toUpperCase()}`,
    ],
    negatives: [
      "Cookie: sessionid=<your-session-id>",
      '"name": "cookie", "value": "_ga=GA1.1.5192521835.1712230890; theme=dark"',
      "Set the cookie: session=abc for the demo",
      // RFC 6265's example, quoted in HTTP libraries' comments.
      "    # Cookie: SID=31d4d96e407aad42; lang=en-US",
    ],
    references: ["https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html"],
  },
  {
    ...common,
    id: "netscape-cookie-session",
    name: "Session cookie in a cookies.txt export",
    family: "Session Cookie",
    description:
      "A signed-in session's cookie in the Netscape cookies.txt format (domain, flags, path, secure, expiry, name, value, tab-separated) that curl, wget, yt-dlp and browser extensions export: the framework session names above, GitHub's user_session and __Host- session cookies.",
    security: [
      "Loaded into a browser or curl, the cookie signs in as the user who exported it, past the password and second factor, until the session expires.",
    ],
    mitigation: {
      revoke:
        "Sign the user out of every session at the site (for GitHub: Settings > Sessions > Revoke), which invalidates the exported cookies, then delete the file.",
      revokeUrl: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html",
      audit:
        "Review the site's active sessions and security log for sign-ins from unknown places since the export.",
      bestPractices: [
        "never commit cookie exports; tools that need them should read them from outside the repository",
      ],
    },
    keywords: ["\ttrue\t", "\tfalse\t"],
    pattern: new RegExp(
      String.raw`^(?:#HttpOnly_)?\.?[\w.-]{1,253}\t(?:TRUE|FALSE)\t[^\t\n]{1,200}\t(?:TRUE|FALSE)\t\d{1,12}\t(?<name>${SESSION_COOKIE_NAMES})\t(?<secret>[A-Za-z0-9%._~+/=-]{16,512})[ \t]*$`,
      "im",
    ),
    validate: (secret) => valueReason(secret) ?? true,
    examples: [
      () =>
        `# Netscape HTTP Cookie File\n#HttpOnly_github.com\tFALSE\t/\tTRUE\t1712620800\tuser_session\t${b64("nc1", 48).replace(/[+/]/g, "x")}`,
      () => `.app.acme-corp.net\tTRUE\t/\tTRUE\t1713000000\tsessionid\t${pw("nc2", 32).toLowerCase()}`,
    ],
    negatives: [
      ".example.com\tTRUE\t/\tFALSE\t1712620800\t_ga\tGA1.1.5192521835.1712230890",
      "#HttpOnly_github.com\tFALSE\t/\tTRUE\t1712620800\tuser_session\t<session>",
    ],
    references: ["https://curl.se/docs/http-cookies.html"],
  },
  {
    ...common,
    id: "generic-chpasswd-password",
    name: "Password set for a system account by chpasswd or passwd --stdin",
    family: "Password",
    description:
      "A system account's password written into a provisioning step: `echo 'user:password' | chpasswd` (Dockerfiles, cloud-init, Vagrant and Packer scripts) or `echo 'password' | passwd --stdin user`. Every machine or image built from the file has that account with that password.",
    security: [
      "The account, root often, can be logged into on every machine and container built from the file, over SSH where password login is enabled.",
      "Images built from a Dockerfile keep the password in their layers and in the build history.",
    ],
    mitigation: {
      revoke:
        "Change the account's password (or lock it with `passwd -l`) on every machine built from the file, and rebuild images without it. Provision accounts with SSH keys instead, or pass a password hash from a secret store to `chpasswd -e` or `useradd -p`.",
      revokeUrl: owasp,
      audit:
        "Review authentication logs (auth.log, journalctl -u ssh) of the machines for logins to the account.",
      bestPractices: [
        "give accounts SSH keys, not passwords, and disable password login",
        "never set passwords in Dockerfiles: images and their history are shared",
      ],
    },
    keywords: ["chpasswd", "--stdin"],
    pattern:
      /echo[ \t]{1,3}(?:-[en][ \t]{1,3})?(?<q>["']?)(?:(?<user>[a-z_][a-z0-9_.-]{0,31}):)?(?<secret>[^\s"'\x60\\:|]{6,128})\k<q>[ \t]{0,3}\|[ \t]{0,3}(?:sudo[ \t]{1,3})?(?<command>chpasswd(?![ \t]{1,3}-e)|passwd[ \t]{1,3}--stdin)/,
    validate: (secret, { groups }) => {
      if (groups.command === "chpasswd" && groups.user === undefined) return "chpasswd takes user:password";
      return humanPasswordReason(secret, 6) ?? true;
    },
    examples: [
      () => `RUN useradd -m deploy && echo 'deploy:${pw("p1", 14)}' | chpasswd`,
      () => `echo "root:${pw("p2", 16)}" | sudo chpasswd`,
      () => `echo '${pw("p3", 12)}' | passwd --stdin vagrant`,
    ],
    negatives: [
      "echo 'root:root' | chpasswd",
      'echo "$USER:$PASSWORD" | chpasswd',
      "echo 'deploy:$6$rounds=5000$saltsalt$hash' | chpasswd -e",
      "echo 'changeme' | passwd --stdin vagrant",
    ],
    references: ["https://man7.org/linux/man-pages/man8/chpasswd.8.html", owasp],
  },
  {
    ...common,
    id: "generic-cli-password",
    name: "Password or token passed on a command line",
    family: "Password",
    description:
      "A credential written into a command: --password=..., --passphrase ..., --token ..., --api-key ..., --master-key ..., --private-key ..., mysql -p..., sshpass -p ..., docker login -p ..., redis-cli -a ..., ipmitool -P ..., keytool -storepass ..., openssl -passin pass:..., kadmin's addprinc -pw ... and PuTTY's plink -pw ... in scripts, CI files, Makefiles and READMEs. Besides the file, such values end up in shell history and in the process list of the machine that runs them.",
    security: [
      "The credential opens the database, registry or service the command talks to.",
      "Command lines are visible to every user of the machine (ps, /proc) and are kept in shell history and CI logs.",
    ],
    mitigation: {
      revoke: `${rotateSteps} Pass the new value through the environment or a file instead: MYSQL_PWD or an option file for mysql, SSHPASS with sshpass -e, docker login --password-stdin, REDISCLI_AUTH for redis-cli, -passin env:VAR for openssl.`,
      revokeUrl: owasp,
      audit: auditSteps,
      bestPractices: [
        ...genericPractices,
        "in CI, read credentials from the CI system's secret store and never echo them",
      ],
    },
    // Long flags end in the credential word after a hyphen (--token, --db-password): keying on
    // the hyphen keeps the windows off the countless `token` and `secret` of ordinary code.
    keywords: [
      "-pass",
      "-token",
      "-api-key",
      "-apikey",
      "-secret",
      "-clientsecret",
      "-private-key",
      "-privatekey",
      "-master-key",
      "-masterkey",
      // keytool: -storepass, -keypass, -srcstorepass, -deststorepass, -destkeypass
      "storepass",
      "keypass",
      "mysql",
      "mariadb",
      "sshpass",
      "docker",
      "redis-cli",
      "mosquitto_",
      "influx",
      "kdb5_util",
      "sqlcmd",
      "osql",
      "mssql-cli",
      "sqsh",
      "isql",
      "ipmitool",
      "ldapsearch",
      "ldapmodify",
      "ldapadd",
      "ldapdelete",
      "ldappasswd",
      "ldapwhoami",
      "kadmin",
      "addprinc",
      "plink",
      "pscp",
      "psftp",
    ],
    pattern:
      /(?:--(?<![A-Za-z0-9_-]--)(?:[a-z0-9]{1,20}-){0,3}(?:password|passwd|pass|passphrase|token|api-?key|master-?key|secret|private-?key)(?![A-Za-z0-9_-])(?:=|[ \t]{1,3})|(?<short>-[paPtw])(?<=[ \t]-[paPtw])(?<gap>[ \t]{0,3})|(?<pwFlag>-pw)(?<=[ \t]-pw)[ \t]{1,3}|-pass(?<![A-Za-z0-9_-]-pass)(?:in|out)?[ \t]{1,3}pass:|-(?<![A-Za-z0-9_-]-)(?:src|dest)?(?:store|key)pass[ \t]{1,3}|-(?<![A-Za-z0-9_-]-)ClientSecret(?:=|[ \t]{1,3}))(?<q>["']?)(?=(?<secret>(?<=["'])[^\s"'\\]{8,200}|[^\s"'\x60\\<>(){}[\],;|&]{8,200}))\k<secret>\k<q>(?:(?<=["'])|(?=[\s;|&)]|$))/,
    validate: cliValidator,
    examples: [
      () => `mosquitto_pub -h broker.home.arpa -u admin -P ${pw("cli-mosq", 14)} -t cmd/test -m ping`,
      () => `influx write -b telegraf -o home -t ${b64("cli-influx", 86)}== 'cpu value=1'`,
      // A CI step quoting the command: sh 'mysql ... -p<password>'.
      () =>
        `        sh 'mysql -h db01.internal -u deployer -p${pw("cli-sh", 19)} app < migrations/latest.sql'`,
      () => `mysql -h db.internal -u app -p${pw("c1", 16)} appdb < dump.sql`,
      () => `/usr/bin/mysqldump -u root -p"${pw("c-dump", 12)};{x" shop | gzip > $FILENAME`,
      () => `ipmitool -I lanplus -H 10.28.200.10 -U root -P ${pw("c-ipmi", 10)} sdr list`,
      () =>
        `ldapsearch -H ldaps://dc01.corp.example -D "CN=svc-sssd,DC=corp,DC=example" -w '${pw("c-ldap", 16)}' -b "DC=corp,DC=example"`,
      () => `kdb5_util create -s -r STAGE.EXAMPLE.NET -P '${pw("c-kdb", 20)}'`,
      () => `kadmin.local -q "addprinc -pw ${pw("c-addprinc", 16)} svc-backup@STAGE.EXAMPLE.NET"`,
      () => `plink -ssh -batch -pw ${pw("c-plink", 16)} deploy@10.0.4.20 "systemctl restart app"`,
      () => `sqlcmd -S sql-dev.database.windows.net -U etl_admin -P "${pw("c-sqlcmd", 18)}" -Q "SELECT 1"`,
      () => `mssql-cli -S localhost,15789 -U sa -P ${pw("c-mssql-cli", 14)} -Q "SELECT @@VERSION"`,
      () => `sshpass -p '${pw("c2", 18)}' ssh deploy@10.0.0.5`,
      () => `  - run: ./deploy --api-key ${hex("c3", 32)} --env prod`,
      () => `docker login -u ci -p ${pw("c4", 24)} registry.internal`,
      () => `openssl pkcs12 -export -in cert.pem -passout pass:${pw("c5", 16)} -out cert.p12`,
      () => `psql-migrate --db-password="${pw("c6", 20)}"`,
      () => `gpg --batch --pinentry-mode loopback --passphrase '${pw("c-gpg", 16)}' --encrypt "$OUT"`,
      () => `./meilisearch --master-key="${b64("c-meili", 43).replace(/[+/]/g, "_")}" --env production`,
      () =>
        `keytool -importkeystore -srckeystore broker.p12 -destkeystore broker.jks -deststorepass ${pw("c7", 18)} -destkeypass ${pw("c8", 18)}`,
      () =>
        `forge script script/Deploy.s.sol --rpc-url "$RPC_URL" --private-key 0x${hex("c9", 64)} --broadcast`,
      // Epic's BuildPatchTool, and PowerShell-style parameters.
      () => `& $BPT -mode=UploadBinary -ClientId=xyz -ClientSecret=${b64("c10", 43)} -BuildRoot="Staged"`,
    ],
    negatives: [
      "mysql -u root -p mydb",
      "docker login -u ci --password-stdin",
      'deploy --token "$DEPLOY_TOKEN"',
      "sshpass -p password ssh root@host",
      "tool --password=<password>",
      "redis-cli -a $(cat /run/secrets/redis) ping",
      "keytool -list -keystore cacerts -storepass changeit",
      "keytool -genkeypair -storepass:env STORE_PASS -keystore app.jks",
      "& $BPT -mode=UploadBinary -ClientSecretEnvVar=BPT_CLIENT_SECRET",
      'kadmin.local -q "addprinc -randkey host/web01.stage.example.net"',
      () => `magick input.png -pw ${pw("c-not-kadmin", 12)} output.png`,
      // -P is rsync's progress flag and grep's Perl mode: a password only for the commands above.
      () => `rsync -av -P ${pw("c-not-sql", 12)} backup/`,
    ],
    references: [owasp],
  },
  {
    ...common,
    id: "generic-curl-basic-auth",
    name: "User and password passed to curl",
    family: "Password",
    description:
      "curl -u user:password (or --user) sends HTTP basic authentication; written into a script, README or CI file it exposes the account's password. Because the syntax leaves no doubt that the value is a password, human-chosen passwords are reported too, and only placeholders and references are skipped.",
    security: [
      "The password signs in to the HTTP service (API, registry, Elasticsearch, Jenkins...) as that user.",
      "The same password is often used for the account's interactive sign-in.",
    ],
    mitigation: {
      revoke: `Change the account's password (or delete the API token used as password) in the service the URL points to. ${rotateSteps} Use a .netrc file with restricted permissions or curl's --variable / -u "$USER:$PASS" from the environment instead.`,
      revokeUrl: owasp,
      audit: auditSteps,
      bestPractices: genericPractices,
    },
    keywords: ["curl"],
    window: { before: 128, after: 1024, multiline: true },
    pattern:
      /(?:-u|--user)(?<=[ \t](?:-u|--user))(?:[ \t]{0,3}|=)(?<q>["']?)(?<user>[^\s:"'$@\\]{1,64}):(?<secret>[^\s"'\x60\\]{1,128})\k<q>(?:(?<=["'])|(?=\s|$))/,
    validate: basicPairValidator,
    examples: [
      () => `curl -u admin:${pw("u1", 14)} https://jenkins.internal/api/json`,
      () => `curl --user "elastic:${pw("u2", 20)}" -X GET https://es.internal:9200/_cat/indices`,
      () =>
        `curl -X POST \\\n  -u 'deploy:${pw("u3", 16)}' \\\n  https://nexus.internal/service/rest/v1/components`,
    ],
    negatives: [
      "curl -u user:password https://api.example.com",
      'curl -u "$USER:$PASS" https://api.example.com',
      "curl -u admin:admin http://localhost:8080",
      "curl -u elastic:changeme http://localhost:9200",
      // Another command's -u on the next line.
      () => `curl https://api.internal/health\n${SSH_WITH_USER}`,
    ],
    references: ["https://curl.se/docs/manpage.html#-u"],
  },
  {
    ...common,
    id: "generic-basic-auth-header",
    name: "HTTP Basic authorization header",
    family: "Password",
    description:
      "An Authorization: Basic header carries base64(user:password). Written into code, a Postman or HTTP-client file, or a test (the header, or its value alone as a string: 'Basic ...'), it exposes the password to anyone who decodes it. The header is decoded and its password checked, so that placeholders (user:password) are not reported.",
    security: [
      "Anyone who decodes the header can sign in to the service as that user.",
      "Basic credentials are usually the account's real password or a long-lived API token.",
    ],
    mitigation: {
      revoke: `Change the password (or delete the API token used as password) of the account shown in the decoded header, in the service the request goes to. ${rotateSteps}`,
      revokeUrl: owasp,
      audit: auditSteps,
      bestPractices: genericPractices,
    },
    // Or a string that is the header's value alone (`channelMap.put('auth', 'Basic ...')`): a
    // quoted "Basic " and base64 that decodes to user:password is nothing else.
    keywords: ["authorization", "'basic ", '"basic '],
    pattern:
      /(?:(?:[Aa]uthorization|AUTHORIZATION)(?<![A-Za-z0-9_-](?:[Aa]uthorization|AUTHORIZATION))["']?(?:[ \t]{0,3}[:=,]|[ \t])[ \t]{0,3}["'\x60]?[ \t]{0,3}|(?<=["'\x60]))(?:Basic|basic|BASIC)[ \t]{1,3}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
    validate: basicHeaderValidator,
    examples: [
      () =>
        `curl -H "Authorization: Basic ${Buffer.from(`svc-backup:${pw("h1", 18)}`).toString("base64")}" https://api.internal/v1/export`,
      () => `headers = {"Authorization": "Basic ${Buffer.from(`ci:${pw("h2", 24)}`).toString("base64")}"}`,
      () =>
        `channelMap.put('ackAuth', 'Basic ${Buffer.from(`edi_4139:${pw("h-bare", 16)}`).toString("base64")}');`,
      // nginx separates a header's name from its value with a space.
      () =>
        `        proxy_set_header Authorization "Basic ${Buffer.from(`svc-reports:${pw("h3", 20)}`).toString("base64")}";`,
      // git's extraheader for Azure DevOps: an empty user name and a PAT.
      () =>
        `[http "https://dev.azure.com/acme/"]\n\textraheader = AUTHORIZATION: Basic ${Buffer.from(`:${randomChars("lowerAlnum", 52, "generic-h4")}`).toString("base64")}`,
    ],
    negatives: [
      () => `Authorization: Basic ${Buffer.from("user:password").toString("base64")}`,
      () => `Authorization: Basic ${Buffer.from(":short1").toString("base64")}`,
      () => `Authorization: Basic ${Buffer.from("admin:admin").toString("base64")}`,
      "Authorization: Basic <base64-credentials>",
    ],
    references: ["https://datatracker.ietf.org/doc/html/rfc7617"],
  },
  {
    ...common,
    id: "generic-bearer-token",
    name: "HTTP Bearer authorization header",
    family: "Access Token",
    description: `An Authorization: Bearer header written with a literal token, in code (.NET: new AuthenticationHeaderValue("Bearer", ...); Rust's reqwest: .bearer_auth(...)), a token setting that holds the whole "Bearer ..." value (Cargo's credentials.toml), an HTTP-client file or a README. Vendor tokens and JWTs are reported by their own detectors; this one covers the rest when the value looks generated.`,
    security: [
      "Anyone holding the token can call the API as the user or service it was issued to.",
      "Tokens pasted into examples and tests are often real ones copied from a working session.",
    ],
    mitigation: {
      revoke: `Revoke the token in the service that issued it (its tokens or sessions page, or the OAuth provider's revocation endpoint) and issue a new one. ${rotateSteps}`,
      revokeUrl: owasp,
      audit: auditSteps,
      bestPractices: genericPractices,
    },
    keywords: ["authorization", "authenticationheadervalue", "bearer_auth(", "bearer "],
    pattern:
      /(?:[Aa]uthorization(?<![A-Za-z0-9_-][Aa]uthorization)["']?(?:[ \t]{0,3}[:=,]|[ \t]{1,3}(?=["']Bearer[ \t]))[ \t]{0,3}[fF]?["'\x60]?[ \t]{0,3}Bearer[ \t]{1,3}|AuthenticationHeaderValue\([ \t]{0,3}"Bearer"[ \t]{0,3},[ \t]{0,3}"|\.bearer_auth\([ \t]{0,3}"|(?<![\w-])(?:token|Token|TOKEN)["']?[ \t]{0,3}[:=][ \t]{0,3}["']Bearer[ \t]{1,3})(?<secret>[A-Za-z0-9._~+/-]{16,400}={0,2})(?![A-Za-z0-9._~+/=-])/,
    validate: bearerValidator,
    examples: [
      () => `curl -H "Authorization: Bearer ${pw("b1", 40)}" https://api.internal/v1/jobs`,
      () => `fetch(url, { headers: { Authorization: "Bearer ${b64("b2", 44)}" } })`,
      () => `requests.get(url, headers={"Authorization": f"Bearer ${b64("b3", 44)}"})`,
      // FortiOS automation actions pass headers as separate strings.
      () => `        set http-headers "Authorization" "Bearer ${pw("b-forti", 32)}"`,
      () =>
        `client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${pw("b4", 32)}");`,
      () => `let res = client.get(url).bearer_auth("${b64("b5", 48)}").send()?;`,
      () => `[registries.internal]\ntoken = "Bearer ${pw("b6", 40)}"`,
    ],
    negatives: [
      'curl -H "Authorization: Bearer $TOKEN" https://api.example.com',
      "Authorization: Bearer <access-token>",
      "Authorization: Bearer YOUR_ACCESS_TOKEN_HERE",
    ],
    references: ["https://datatracker.ietf.org/doc/html/rfc6750"],
  },
  {
    ...common,
    id: "generic-client-call-password",
    name: "Password passed to a database, mail or HTTP client call",
    family: "Password",
    description:
      "A password written as a positional argument of a client call, where no name says \"password\" but the call's signature does: mysqli_connect / new mysqli / new PDO (and PDO->__construct in PHP stack traces) / MySQLdb.connect / DriverManager.getConnection / new Sequelize (host or DSN, user, password), mysql_real_connect, PHP's ldap_bind and ftp_login, Go's smtp.PlainAuth, and smtplib, ftplib and imaplib login(user, password), MailKit's Authenticate(user, password), a Wi-Fi network's WiFi.begin(ssid, password) (Arduino) and wlan.connect(ssid, password) (MicroPython), paho-mqtt's username_pw_set(user, password), requests' auth=(user, password), pika's PlainCredentials, OkHttp's Credentials.basic, HTTPBasicAuth, setBasicAuth, REST Assured's auth().basic, Apache HttpClient's UsernamePasswordCredentials, JavaMail's PasswordAuthentication, LDAP bind_s and cx_Oracle.connect (user, password), and setters and builders that take the password alone (setPassword(\"...\"), builders' .password(\"...\")); Spring Security's {noop} passwords have a detector of their own.",
    security: [
      "Whoever reads the code can sign in to the database, mail account, FTP server or API the call opens, as the user it names.",
      "Such calls sit in scripts and small applications that are copied and published as they are, with the password inside.",
    ],
    mitigation: rotateMitigation(
      "pass the password to the client from the environment (getenv, os.environ, System.getenv) or a secret store, never as a literal",
    ),
    keywords: [
      "mysql",
      "pdo",
      "getconnection",
      "sequelize",
      "sql2o",
      ".login",
      // MailKit's SmtpClient and ImapClient.
      ".authenticate(",
      // A Wi-Fi network's password: Arduino's WiFi.begin, MicroPython's network.WLAN.
      "wifi.begin(",
      "wlan.connect(",
      "sta_if.connect(",
      "sta.connect(",
      "station.connect(",
      "nic.connect(",
      "basicauth",
      "digestauth",
      "passwordauthentication",
      "usernamepasswordcredentials",
      ".basic(",
      "ldap_bind",
      "ftp_login",
      "password(",
      "plainauth",
      "bind_s",
      "oracle.connect",
      "oci_connect",
      "oci_pconnect",
      "auth=",
      "auth =",
      "username_pw_set",
      "basic_auth",
      "request :authorization",
      "plaincredentials",
      "credentials.basic(",
    ],
    // Where the keyword is a call's name: the rest of the name, then the call's parenthesis (or
    // the keyword's own) and the start of an argument.
    // The arguments may stand one per line (`new PDO(\n    'mysql:...',\n    'user',\n ...`).
    keywordGate:
      /(?:->__construct)?[\w.]{0,16}[ \t]{0,2}\(\s{0,40}["'$\w]|(?<=\()\s{0,40}["'$\w]|[ \t]{0,4},[ \t]{0,4}(?::basic[ \t]{0,4},[ \t]{0,4})?["']/,
    window: { before: 128, after: 640, multiline: true },
    pattern: new RegExp(
      String.raw`(?:(?:${PASSWORD_FOURTH}\(${ARG_GAP}${CALL_ARG}${ARG_GAP},${ARG_GAP}${CALL_ARG}${ARG_GAP},${ARG_GAP}|${PASSWORD_THIRD}\(${ARG_GAP}${CALL_ARG}${ARG_GAP},${ARG_GAP}|${PASSWORD_SECOND}\(${ARG_GAP}|${FARADAY_BASIC})(?<user>${CALL_ARG})${ARG_GAP},${ARG_GAP}|${PASSWORD_ONLY}\(${ARG_GAP})(?<q>["'])(?<secret>[^"'\\\n]{1,200})\k<q>(?:\.toCharArray\(\))?(?:${ARG_GAP}[,)]|(?<=${FARADAY_BASIC}[^\n]{1,400})(?=[ \t]*(?:#|\r?\n|$)))`,
    ),
    validate: clientCallValidator,
    examples: [
      () => `$conn = mysqli_connect("localhost", "shop", "${pw("c1", 14)}", "shop");`,
      () => `$pdo = new PDO('mysql:host=db;dbname=app', 'app', '${pw("c2", 16)}');`,
      () =>
        `        return new PDO(\n            'mysql:host=db1.internal;dbname=crm',\n            'crm_app',\n            '${pw("c2b", 18)}',\n            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]\n        );`,
      () =>
        `Connection c = DriverManager.getConnection("jdbc:postgresql://db:5432/app", "app", "${pw("c3", 12)}");`,
      () => `server.login("alerts@acme.example", "${pw("c4", 16)}")`,
      () => `  WiFi.begin("greenhouse-2G", "${pw("c-wifi-begin", 14)}");`,
      () =>
        `sta_if = network.WLAN(network.STA_IF)\nsta_if.active(True)\nsta_if.connect('RocketLab', '${pw("c-wlan", 12)}')`,
      // A QQ Mail SMTP authorization code, given to MailKit.
      () => `client.Authenticate("notify@foxmail.com", "${randomChars("lower", 16, "generic-c-mailkit")}");`,
      // elasticsearch-py's and opensearch-py's credentials tuple.
      () => `es = Elasticsearch("https://search.internal:9200", basic_auth=("elastic", "${pw("c-es", 20)}"))`,
      // On an RDS host, a password equal to its custom user name is the server's real one.
      () =>
        `$con = mysqli_connect("mytasks.c9akciq32.eu-west-1.rds.amazonaws.com", "it${randomChars("digits", 6, "generic-c-rds")}", "it${randomChars("digits", 6, "generic-c-rds")}", "tasks");`,
      () =>
        `Sql2o sql2o = new Sql2o(connectionString, "${randomChars("lower", 14, "generic-c-sql2o-user")}", "${hex("c-sql2o", 64)}");`,
      () => `$bind = ldap_bind($conn, "CORP\\\\svc-intranet", "${pw("c-ldap-bind", 12)}");`,
      () => `    client.username_pw_set("p1meter", "${pw("c-paho", 16)}")`,
      () =>
        `    Faraday.new(url: 'https://erp.example.net') do |f|\n      f.request :authorization, :basic, 'erp_sync', '${pw("c-faraday", 20)}'\n    end`,
      () => `conn.basic_auth("deploy", "${pw("c-basic-auth", 16)}")`,
      () => `r = requests.get(url, auth=('deploy', '${pw("c5", 20)}'))`,
      () => `const sequelize = new Sequelize('app', 'appuser', '${pw("c6", 12)}', { dialect: 'mysql' });`,
      () => `return new PasswordAuthentication("mailer", "${pw("c7", 12)}".toCharArray());`,
      () => `db = MySQLdb.connect(DB_HOST, "report", "${pw("c8", 10)}", "sales")`,
      () => `mysql_real_connect(conn, "db.internal", "etl", "${pw("c9", 12)}", "dw", 0, NULL, 0);`,
      () => `auth := smtp.PlainAuth("", "alerts@acme.example", "${pw("c10", 16)}", "smtp.acme.example")`,
      () => `new UsernamePasswordCredentials("svc", "${pw("c11", 14)}")`,
      () => `given().auth().basic("admin", "${pw("c12", 12)}").when().get("/api");`,
      () => `dataSource.setPassword("${pw("c13", 12)}");`,
      () => `credentials = pika.PlainCredentials('ingest', '${pw("c-pika", 14)}')`,
      () => `.header("Authorization", Credentials.basic(BuildConfig.TWILIO_SID, "${pw("c-okhttp", 16)}"))`,
      () =>
        `#0 /var/www/shop/src/Db.php(14): PDO->__construct('mysql:host=10.0...', 'shop', '${pw("c-pdo-trace", 18)}', Array)`,
    ],
    negatives: [
      '$conn = mysqli_connect("localhost", "root", "", "shop");',
      "$conn = mysqli_connect($host, $user, $password, $db);",
      "server.login(user, password)",
      "app.post('/login', passport.authenticate('local', { failureRedirect: '/login' }));",
      'server.login("me@gmail.com", "your-password")',
      "r = requests.get(url, auth=('user', 'pass'))",
      "auth = ('admin', 'admin')",
      'DriverManager.getConnection(url, "sa", "sa")',
      'client.login("admin", os.environ["ADMIN_PASSWORD"])',
      'dataSource.setPassword(config.getProperty("db.password"));',
      "f.request :authorization, :basic, ENV['ERP_USER'], ENV['ERP_PASSWORD']",
      'User.withUsername("user").password("{noop}password").roles("USER").build();',
    ],
    references: [owasp],
  },
  {
    ...common,
    id: "generic-ui-test-password",
    name: "Password typed into a login form by a browser test",
    family: "Password",
    description:
      "End-to-end tests sign in the way a person does: Cypress's `cy.get('#password').type('...')`, Playwright's `page.fill('#password', '...')` and `getByLabel('Password').fill('...')`, Selenium's `find_element(By.ID, 'password').send_keys('...')`. The field's selector says the value is a password; the account is often a real one on a staging or production site.",
    security: [
      "The password signs in to the site the test visits as that account, often an administrator or a QA user with broad rights on a staging system that shares data with production.",
    ],
    mitigation: rotateMitigation(
      "read test accounts' passwords from the CI system's secrets (Cypress.env, process.env) and keep them out of the spec files",
    ),
    keywords: [".type(", ".fill(", "send_keys(", "sendkeys(", "page.fill("],
    window: { before: 200, after: 200 },
    pattern: new RegExp(
      String.raw`(?:(?:cy\.get|locator|\$|find_element(?:_by_\w{1,20})?|findElement|getByLabel|getByPlaceholder|getByTestId)\([ \t]{0,3}(?:By\.\w{1,20}[ \t]{0,3},[ \t]{0,3})?${PASSWORD_SELECTOR}[ \t]{0,3}\)(?:\.(?:should|clear|click|focus)\([^()\n]{0,80}\))*\.(?:type|fill|send_keys|sendKeys)\(|page\.fill\([ \t]{0,3}${PASSWORD_SELECTOR}[ \t]{0,3},)[ \t]{0,3}(?<q>["'\x60])(?<secret>[^"'\x60\\\n{}$]{4,128})\k<q>`,
    ),
    // Sites that tests sign in to ask for more than one kind of character: a lower-case word
    // typed there is a stand-in (`type('credentials')`).
    validate: (secret) =>
      /^[a-z]+$/.test(secret) ? "a lower-case word" : (humanPasswordReason(secret, 6) ?? true),
    examples: [
      () => `cy.get('#password').type('${pw("ui-1", 12)}')`,
      () => `await page.fill('input[name="password"]', '${pw("ui-2", 14)}');`,
      () => `await page.getByLabel('Password').fill("${pw("ui-3", 12)}");`,
      () => `driver.find_element(By.ID, "password").send_keys("${pw("ui-4", 12)}")`,
      () => `cy.get('[data-cy=password]').clear().type('Harbor${randomChars("digits", 3, "generic-ui-5")}!')`,
    ],
    negatives: [
      "cy.get('#password').type(Cypress.env('ADMIN_PASSWORD'))",
      "cy.get('#password').type('password')",
      "await page.fill('#password', process.env.E2E_PASSWORD);",
      "cy.get('#username').type('admin@example.com')",
      "cy.get('#password').type('{enter}')",
      "cy.get('#password').type('credentials');",
    ],
    references: [owasp],
  },
  {
    ...common,
    id: "generic-env-default-secret",
    name: "Credential written as the fallback of an environment lookup",
    family: "Password",
    description:
      "A literal password, secret key or token given as the default of an environment variable lookup: os.getenv(\"DB_PASSWORD\", \"...\"), os.environ.get('SECRET_KEY') or '...', Laravel's env('DB_PASSWORD', '...'), ENV.fetch, process.env.API_TOKEN || '...', System.getenv(\"KEY_PASSWORD\") ?: \"...\"; or of a command-line argument read into a credential variable: pw = sys.argv[1] if len(sys.argv) > 1 else '...', const API_KEY = process.argv[2] ?? '...'. The code reads the variable, but runs with the committed value wherever it is unset, so the value is as live as the variable's.",
    security: [
      "Wherever the variable is not set (a new server, a CI job, a developer's machine) the application runs with the committed value: whoever reads the code holds it.",
      "Fallbacks copied from development often stay the production value because nobody sets the variable.",
    ],
    mitigation: rotateMitigation(
      "fail at start-up when a credential variable is missing instead of falling back to a literal",
    ),
    keywords: [
      "getenv(",
      "environ.get(",
      "env(",
      "env.fetch(",
      // process.env.X, Workers' and Hono's env.X and c.env.X, import.meta.env.X, Deno.env.get(.
      "env.",
      "env[",
      "environmentvariable(",
      "get_env(",
      "argv[",
      "args[",
      // Go struct tags' defaults (envDefault:" too).
      'default:"',
    ],
    // Only where the variable's name, right after the lookup, says credential; after a
    // command-line argument, a fallback on the same line; after a struct tag's default, a value.
    keywordGate: new RegExp(
      String.raw`(?:get\()?(?:[ \t]{0,3}["'])?${ENV_CREDENTIAL_NAME}|[ \t]{0,2}\d[ \t]{0,2}\][^\n"'\x60]{0,80}?(?:\?\?|\|\||\bor\b|\belse\b)[ \t]{0,3}["'\x60]|(?<=[Dd]efault:")[^"\n]{6}`,
    ),
    // Multi-line: Elixir writes the fallback on the line after `||`.
    window: { before: 128, after: 384, multiline: true },
    pattern: new RegExp(ENV_DEFAULT),
    validate: envDefaultValidator,
    examples: [
      // (A default argument, os.getenv("DB_PASSWORD", "..."), is already generic-password's.)
      () => `api_key = os.environ.get("WEATHER_API_KEY") or "${hex("e1", 32)}"`,
      () => `SECRET_KEY = os.environ.get('SECRET_KEY') or '${pw("e2", 32)}'`,
      () => `'password' => env('DB_PASSWORD', '${pw("e3", 14)}'),`,
      () => `const apiToken = process.env.API_TOKEN || "${b64("e4", 40)}";`,
      () => `  'browserstack.accessKey': process.env.BROWSERSTACK_ACCESS_KEY || '${pw("e-access", 20)}',`,
      () => `storePassword System.getenv("KEYSTORE_PASSWORD") ?: "${pw("e5", 12)}"`,
      () =>
        `PlayerSettings.Android.keystorePass = Environment.GetEnvironmentVariable("SF_KEYSTORE_PASS") ?? "${pw("e6", 22)}";`,
      () => `dsPassword = sys.argv[1] if len(sys.argv) > 1 else '${pw("e7", 14)}'`,
      () => `const ADMIN_API_KEY = process.argv[2] ?? '${hex("e8", 32)}';`,
      // A Worker's binding with a fallback, and Deno's lookup.
      () => `const token = env.CF_PURGE_TOKEN ?? '${pw("e-worker", 40)}';`,
      () => `const key = Deno.env.get("STRIPE_SECRET_KEY") ?? "${pw("e-deno", 32)}";`,
      // A Go config struct's tags.
      () => `\tDBPassword string \x60envconfig:"DB_PASS" default:"${pw("e-gotag", 12)}"\x60`,
      () => `\tToken string \x60env:"API_TOKEN,required" envDefault:"${hex("e-gotag2", 32)}"\x60`,
      // Elixir's runtime.exs, the fallback on the next line.
      () => `    secret_key_base: System.get_env("SECRET_KEY_BASE") ||\n      "${b64("e9", 64)}",`,
    ],
    negatives: [
      "DB_PASSWORD = os.getenv('DB_PASSWORD')",
      "'password' => env('DB_PASSWORD', ''),",
      "SECRET_KEY = os.environ.get('SECRET_KEY') or 'change-me'",
      "const token = process.env.API_TOKEN || 'your-token-here';",
      'HOST = os.getenv("DB_HOST", "db.internal.example")',
      "password = sys.argv[1] if len(sys.argv) > 1 else 'password'",
      "const outputToken = process.argv[3] ?? 'default-output';",
    ],
    references: [owasp],
  },
  {
    ...common,
    id: "generic-shell-default-secret",
    name: "Credential written as the default of a shell or Compose variable",
    family: "Password",
    description:
      "A literal password, secret or token given as the default of a shell parameter expansion, as shell scripts, Dockerfiles, Docker Compose files and CI configuration write it: ${DB_PASSWORD:-...}, ${API_TOKEN:-...}. The variable is read, but wherever it is unset the committed default is used.",
    security: [
      "Wherever the variable is not set (a fresh machine, a CI job, `docker compose up` without an .env file) the service runs with the committed value: whoever reads the file holds it.",
      "Compose defaults written for local development often reach shared and production hosts unchanged.",
    ],
    mitigation: rotateMitigation(
      "require the variable instead (`${DB_PASSWORD:?DB_PASSWORD must be set}` in shell and Compose)",
    ),
    // The credential word right before `:-`, as ENV_CREDENTIAL_NAME names end.
    keywords: ["password:-", "passwd:-", "pass:-", "pwd:-", "secret:-", "token:-", "key:-"],
    pattern: new RegExp(SHELL_DEFAULT),
    validate: envDefaultValidator,
    examples: [
      // A vendor's token as the default, which that vendor's detector does not see after `:-`.
      () => `API_KEY="\${POSTMAN_API_KEY:-PMAK-${hex("sd-pmak", 24)}-${hex("sd-pmak2", 34)}}"`,
      () => `      MYSQL_PASSWORD: \${MYSQL_PASSWORD:-${pw("s1", 16)}}`,
      () => `export API_TOKEN="\${API_TOKEN:-${b64("s2", 40)}}"`,
      () => `ENV STRIPE_SECRET=\${STRIPE_SECRET:-${hex("s3", 32)}}`,
    ],
    negatives: [
      "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: ${AIRFLOW_DB_PASSWORD:-airflow}",
      "      MYSQL_PASSWORD: ${MYSQL_PASSWORD:-password}",
      'PGPASSWORD="${DB_PASSWORD:-$(cat /run/secrets/db)}"',
      "image: ${REGISTRY:-ghcr.io}/app:${TAG:-latest}",
      "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme123}",
      "::-webkit-scrollbar { width: 8px }",
    ],
    references: [owasp],
  },
  {
    ...common,
    id: "generic-netrc-password",
    name: "Password in a .netrc file",
    family: "Password",
    description:
      "A ~/.netrc (or Windows _netrc) entry: machine <host> login <user> password <password>. curl, git, ftp, pip and many HTTP libraries read these files to sign in without prompting, so the password (often an API token) is stored in plain text; committed, it opens the account on that host.",
    security: [
      "The password or token signs in to the named host as the login user.",
      "Tokens stored for git or package hosts can usually push code or publish packages.",
    ],
    mitigation: {
      revoke: `Change the password, or delete the API token used as password, in the account settings of the host named by \`machine\`. ${rotateSteps}`,
      revokeUrl: "https://everything.curl.dev/usingcurl/netrc",
      audit: auditSteps,
      bestPractices: [
        ...genericPractices,
        "keep .netrc in the home directory only, with mode 600, and list it in .gitignore",
      ],
    },
    keywords: ["machine"],
    // "machine" is a common word in code: a window opens only where an entry's host and a
    // login, account or password field follow it.
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    keywordGate: /[ \t]{1,8}[^\s]{1,253}\s{1,40}(?:login|account|password)[ \t]/,
    window: { before: 16, after: 1024, multiline: true },
    pattern:
      /(?<![A-Za-z0-9_-])machine[ \t]{1,8}(?<host>[^\s]{1,253})\s{1,40}(?:login[ \t]{1,8}(?<user>[^\s]{1,128})\s{1,40})?(?:account[ \t]{1,8}[^\s]{1,128}\s{1,40})?password[ \t]{1,8}(?<secret>[^\s"'\x60<>\\]{1,200})(?=\s|$)/,
    validate: netrcValidator,
    examples: [
      () => `machine git.internal.example login ci password ${pw("n1", 24)}`,
      () => `machine api.internal.example\n  login deploy\n  password ${hex("n2", 40)}\n`,
    ],
    negatives: [
      "machine api.example.com login user password password",
      "machine example.com login $USER password $PASSWORD",
      "machine host login me password <token>",
      "machine ftp.example.org login anonymous password anonymous@",
      "return f'machine {hostname} login {self.username} password {self.password}'",
    ],
    references: ["https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"],
  },
  {
    ...common,
    id: "kubernetes-env-credential",
    name: "Credential in a container's env list (Kubernetes, ECS)",
    family: "Password",
    description:
      "A container's environment given as name/value pairs, one per line: Kubernetes Deployments, Pods, Jobs and Helm templates (`- name: DB_PASSWORD` then `value: \"...\"`), the same shape in ECS task definitions' YAML, and Render blueprints' envVars (`- key: JWT_SECRET`). The variable's name says credential; the literal value beside it, instead of a `valueFrom` reference to a Secret, is in every copy of the manifest.",
    security: [
      "Whoever reads the manifest (the repository, a Helm chart, `kubectl get deploy -o yaml`, CI logs) holds the credential; the Pod spec is readable by anyone with read access to the namespace, unlike a Secret.",
    ],
    mitigation: {
      revoke: `${rotateSteps} Move the value into a Secret (or an External Secrets / Sealed Secrets resource) and reference it with valueFrom.secretKeyRef.`,
      revokeUrl: "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/",
      audit: auditSteps,
      bestPractices: [
        "reference credentials with valueFrom.secretKeyRef, never as literal env values",
        ...genericPractices,
      ],
    },
    // Render blueprints' envVars write `- key:` for the name.
    keywords: ["- name:", "- key:"],
    // The variable's name, then `value:` on the next line: most `- name:` lines in YAML are
    // something else's.
    keywordGate: new RegExp(
      String.raw`[ \t]{1,4}["']?${K8S_ENV_CREDENTIAL_NAME}["']?[ \t]*\r?\n[ \t]{0,40}value:[ \t]{0,4}["']?[^\s"']`,
    ),
    window: { before: 16, after: 400, multiline: true },
    pattern: new RegExp(
      String.raw`-[ \t](?:name|key):[ \t]{1,4}(?<nq>["']?)(?<name>${K8S_ENV_CREDENTIAL_NAME})\k<nq>[ \t]*\r?\n[ \t]{0,40}value:[ \t]{0,4}(?<q>["']?)(?<secret>[^\s"']{8,200})\k<q>[ \t]*(?:#|\r?$)`,
      "m",
    ),
    validate: (secret, context) => {
      const name = context.groups.name ?? "";
      if (
        /(?:_ID|_FILE|_PATH|_URL|_URI|_NAME|_USER|_USERNAME|_HOST|_PORT|_REF|_ARN)$|PUBLIC|PUBLISHABLE/.test(
          name,
        )
      )
        return `"${name}" names no secret`;
      return (/PASS|PWD/.test(name) ? humanPasswordReason(secret, 8) : valueReason(secret)) ?? true;
    },
    examples: [
      () =>
        `      containers:\n        - name: storefront\n          env:\n            - name: ALGOLIA_ADMIN_KEY\n              value: "${hex("k8s-env-1")}"\n`,
      () => `          env:\n          - name: DB_PASSWORD\n            value: ${pw("k8s-env-2", 18)}\n`,
      () =>
        `services:\n  - type: web\n    name: api\n    envVars:\n      - key: JWT_SECRET\n        value: ${hex("render-env-1", 64)}\n`,
    ],
    negatives: [
      "            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: app, key: password }\n",
      "            - name: API_TOKEN\n              value: $(TOKEN_FROM_INIT)\n",
      () =>
        `            - name: AWS_ACCESS_KEY_ID\n              value: "AKIA${randomChars("upperAlnum", 16, "k8s-env-id")}"\n`,
      "            - name: DB_PASSWORD\n              value: changeme\n",
    ],
    references: [
      "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/",
    ],
  },
  {
    ...common,
    id: "generic-kubernetes-secret",
    name: "Credential in a Kubernetes Secret manifest",
    family: "Password",
    description:
      "A value under data: (base64) or stringData: (plain text) of a Kubernetes manifest of kind: Secret. Base64 in data: is an encoding, not encryption: the value is decoded and judged like a password or token, while user names, hosts, certificates and other settings are skipped.",
    security: [
      "Anyone who reads the manifest can decode the value and use it against the database or service it opens.",
      "Manifests are copied into Helm charts, GitOps repositories and CI logs, spreading the credential.",
    ],
    mitigation: {
      revoke: `${rotateSteps} Replace the committed manifest with a Sealed Secret, an External Secrets Operator reference or SOPS-encrypted file, and update the live Secret (kubectl create secret ... --dry-run=client -o yaml | kubectl apply -f -).`,
      revokeUrl: "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
      audit: auditSteps,
      bestPractices: [
        ...genericPractices,
        "never commit Secret manifests with values: use Sealed Secrets, External Secrets or SOPS",
      ],
    },
    keywords: ["kind: secret", "kind: 'secret'", 'kind: "secret"', "kind:secret"],
    window: { before: 4096, after: 4096, multiline: true },
    pattern:
      /^(?<indent>[ \t]{1,8})(?<kq>["']?)(?<key>[A-Za-z0-9_.-]{1,100})\k<kq>:[ \t]{1,3}(?:[|>][-+]?[ \t]*\r?\n[ \t]{1,16})?(?<q>["']?)(?<secret>[^\s"'#]{6,4096})\k<q>[ \t]*\r?$/m,
    validate: k8sSecretValidator,
    skipPlaceholderCheck: true,
    examples: [
      () =>
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: ${b64text("app")}\n  password: ${b64text(pw("k1", 18))}\n`,
      () =>
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  API_TOKEN: ${pw("k2", 40)}\n`,
    ],
    negatives: [
      () =>
        `apiVersion: v1\nkind: Secret\ndata:\n  password: ${b64text("changeme")}\n  username: ${b64text("admin")}\n`,
      () => `kind: Secret\ndata:\n  host: ${b64text("db.internal.example")}\n`,
      () => `kind: ConfigMap\ndata:\n  password: ${b64text(pw("k3", 18))}\n`,
      // A Secret encrypted with SOPS: each value is ciphertext.
      () =>
        `kind: Secret\nstringData:\n  API_KEY: ENC[AES256_GCM,data:${b64("k4", 44)},iv:${b64("k5", 44)},tag:${b64("k6", 24)},type:str]\n`,
    ],
    references: ["https://kubernetes.io/docs/concepts/configuration/secret/"],
  },
  {
    ...common,
    id: "markdown-label-credential",
    name: "Credential under a label in a Markdown document",
    family: "Generic",
    description:
      "A key, secret, token or password written after a label in bold or code in a Markdown document: a README's test credentials, a setup guide's `**Consumer Secret**:` or an inventory's `- \x60Password\x60: ...`. Documentation is read by everyone who can read the repository, and its values are as often the real ones as samples: the value must look generated (or, for a password, chosen) to be reported.",
    security: [
      "Whoever reads the document can use the credential with the service it names.",
      "Documents are copied into wikis, issues and chat, where the credential outlives its removal from the repository.",
    ],
    mitigation: {
      revoke: `Identify the service from the label and the section the document gives it, then delete or change the credential there and replace the value in the document with a placeholder (\x60<your-key>\x60). ${rotateSteps}`,
      revokeUrl: owasp,
      audit:
        "Check the service's access and usage logs for the credential during the time the document was published.",
      bestPractices: [
        "write placeholders in documentation and keep real values in a secret manager",
        ...genericPractices,
      ],
    },
    keywords: labelKeywords,
    pattern: MARKDOWN_LABEL,
    validate: markdownLabelValidator,
    examples: [
      () => `- **Consumer Key**: \x60${pw("md1", 48)}\x60`,
      () => `- **Passkey**: \x60${hex("md2", 64)}\x60`,
      () => `- \x60Password\x60: ${pw("md3", 20)}`,
      () => `**API Secret:** ${b64("md4", 40)}`,
    ],
    negatives: [
      "- **API Key**: \x60your-api-key-here\x60",
      "- **Password**: \x60<password>\x60",
      "**Token**: the access token returned by /oauth/token",
      () => `- **Publishable Key**: \x60${pw("md5", 40)}\x60`,
      "| `token` | string | The bearer token |",
    ],
    references: [owasp],
  },
];
