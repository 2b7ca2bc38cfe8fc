/** One scale for every detector, most severe first. */
export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How sure a detector is that a match is a real credential. */
export type Confidence = "high" | "medium" | "low";

/** Context handed to a validator: the secret plus what surrounds it. */
export interface MatchContext {
  /** The text the pattern ran over (a window around the keyword hit). */
  readonly window: string;
  /** Offset of the whole regex match inside `window`. */
  readonly index: number;
  /** Named groups of the match (`secret` plus any the pattern declares). */
  readonly groups: Readonly<Record<string, string | undefined>>;
  /** Path of the scanned file, when there is one. */
  readonly path?: string;
  /**
   * The line above the match's line (its last 256 characters at most), read only when called:
   * most validators never need it. "" at the start of the scanned text, or when the match's
   * line is too long to look past.
   */
  readonly lineAbove?: () => string;
}

/**
 * A validator returns `true` to keep the candidate, or a short reason for rejecting it.
 * The reason is for whoever debugs a detector; a scan only drops the candidate.
 */
export type Validator = (secret: string, context: MatchContext) => true | string;

/** An example is built at test time so that no live-looking literal sits in the repository. */
export type ExampleSource = string | (() => string);

/** Short labelled facts about a secret, in the order they are shown. */
export type SecretDetails = Readonly<Record<string, string>>;

/** A live check that has no side effects and spends no quota: data, run by the verify module. */

export interface VerifySpec {
  readonly method: "GET" | "POST";
  /**
   * URL on the vendor's own documented API. Placeholders `{secret}` and
   * `{companion:NAME}` are filled in, here and in headers and body.
   */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** HTTP Basic credentials (templates, as above), for APIs that take key id + secret. */
  readonly basicAuth?: { readonly user: string; readonly password: string };
  /** Form-encoded or JSON body, with the same placeholders. */
  readonly body?: string;
  /** HTTP statuses meaning the credential is live. */
  readonly live: readonly number[];
  /** HTTP statuses meaning the credential is revoked or invalid. */
  readonly dead: readonly number[];
  /**
   * What a `live` status must also carry for the answer to count as live, as the vendor's docs
   * describe the success response (a JSON field, a header). Without it a proxy or portal that
   * answers 200 to anything would make every key look live; a live status without the property
   * is reported as an unexpected response.
   */
  readonly liveRequires?: ResponseProperty;
  /**
   * For vendors that answer a live status to invalid keys too (Slack: HTTP 200 with
   * `ok: false`): the property that marks such an answer as dead.
   */
  readonly deadIf?: ResponseProperty;
  /**
   * What a live answer says about the credential (`--analyze`): who it is and what it reaches,
   * read from the same answer, and where that answer lacks it, from one more read-only GET.
   */
  readonly analyze?: AnalyzeSpec;
}

/**
 * The facts `--analyze` reports about a live credential: the user or bot it acts as, the
 * account, team, workspace or organization it belongs to, its role, its scopes or permissions,
 * live or test mode, when it expires, and the token's own name or id.
 */
export const ANALYSIS_FACTS = ["identity", "account", "role", "scopes", "mode", "expires", "token"] as const;
export type AnalysisFact = (typeof ANALYSIS_FACTS)[number];

/**
 * Where a fact is in an answer: a JSON field (dot path, where `key[]` steps into every element
 * of an array: `orgs[].name`) or a response header. `map` renames values (`true` -> `live`);
 * a value it does not list is kept as it is.
 */
export type FactSource =
  | { readonly field: string; readonly map?: Readonly<Record<string, string>> }
  | { readonly header: string; readonly map?: Readonly<Record<string, string>> };

/** Each fact, from the first of its sources that the answer holds. */
export type FactSources = Readonly<Partial<Record<AnalysisFact, FactSource | readonly FactSource[]>>>;

export interface AnalyzeSpec {
  readonly facts: FactSources;
  /**
   * A second documented, side-effect-free GET, sent with the check's own headers and credentials,
   * for vendors whose check answer lacks the identity (GitHub's `/rate_limit` names no user).
   * Its facts fill only those the first answer left out; its failure only leaves them out.
   */
  readonly also?: { readonly url: string; readonly facts: FactSources };
}

export type JsonScalar = string | number | boolean | null;

/**
 * A property of a vendor's answer: a JSON field (dot path into the body, `data.viewer.id`)
 * that must exist or equal one of the given values, or a response header that must be present.
 */
export type ResponseProperty =
  | { readonly field: string; readonly equals?: JsonScalar | readonly JsonScalar[] }
  | { readonly header: string };

/**
 * A second value a credential is used with (an AWS key id beside its secret key, a Twilio
 * account SID beside its auth token). Found near the secret, it is reported with it as one
 * finding; a `required` companion turns an otherwise ambiguous shape into a credential.
 */
export interface Companion {
  /** What the companion is, as shown in reports: "access key id", "account SID". */
  readonly name: string;
  /** Its shape; a named group `value` marks it inside the match, else the whole match. */
  readonly pattern: RegExp;
  /** Bytes before and after the secret to search (default 1024). */
  readonly within?: number;
  /** When true, a secret without its companion nearby is not reported. */
  readonly required?: boolean;
}

export interface Mitigation {
  /** Where and how to revoke, in the vendor's own words and places. */
  readonly revoke: string;
  /** Direct link to the vendor's revocation page or documentation. */
  readonly revokeUrl?: string;
  /** Where to look for use of the leaked credential. */
  readonly audit?: string;
  /** Vendor-specific advice for handling this credential safely. */
  readonly bestPractices?: readonly string[];
}

/** A detector as written in `src/detectors/*.ts`: data, plus a validator only where needed. */
export interface Detector {
  /** Stable id: appears in reports, baselines, ignore comments and doc URLs. */
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly family: string;
  readonly severity: Severity;
  readonly confidence?: Confidence;
  readonly description: string;
  /** What a leak lets an attacker do, one consequence per entry. */
  readonly security: readonly string[];
  readonly mitigation: Mitigation;
  /** Literals (matched case-insensitively) that must occur before the pattern runs. */
  readonly keywords: readonly string[];
  /**
   * Keywords match only as written, not in any case: for formats whose prefix has a fixed case
   * (`EAA`, `ATTA`), so that the same letters inside words and base64 open no window.
   */
  readonly caseSensitiveKeywords?: boolean;
  /**
   * The characters a keyword hit may follow, as a one-character class such as
   * `/[^A-Za-z0-9_-]/`: a hit right after any other character opens no window (one byte looked
   * at, before the keyword gate). For prefixes that the pattern wants at the start of a token
   * but that also end common words (`pat` in compat, spatial); a hit at the start of the input
   * always counts. It must accept every character the pattern's own lookbehind accepts.
   */
  readonly keywordPrecededBy?: RegExp;
  /**
   * The characters a keyword hit may be followed by, as a one-character class: a hit followed
   * by any other character opens no window (one byte looked at, before the keyword gate; a hit
   * at the end of the input always counts). For keywords as common in code as `token`, where
   * `token)`, `token.` and `tokens` far outnumber assignments. It must accept every character
   * the pattern, and the gate, accept right after the keyword.
   */
  readonly keywordFollowedBy?: RegExp;
  /**
   * A cheap test at each keyword hit before the pattern runs: tried anchored at the keyword's
   * end (a lookbehind may see the keyword itself, no further back), and a hit where it fails
   * opens no window. For keywords that are common words in code (`token`, `pass`, `http`),
   * where most hits are not followed by anything like a credential. It must accept every hit
   * where the pattern can match, look at most 600 bytes ahead, and be safe on hostile input.
   */
  readonly keywordGate?: RegExp;
  /**
   * For files whose whole content is the credential, with no name or prefix to anchor a keyword
   * (Rails' `config/master.key`): the pattern runs on the start of every file whose path
   * (forward slashes) matches `path`, keywords or not. Examples and negatives are scanned as the
   * content of a file at `examplePath`.
   */
  readonly file?: { readonly path: RegExp; readonly examplePath: string };
  /**
   * The credential's shape. A named group `secret` marks the credential inside the match;
   * without it the whole match is the secret. Flags other than `i`, `m`, `s` are ignored.
   */
  readonly pattern: RegExp;
  /**
   * How far before / after a keyword hit the pattern may look (bytes). Windows stay on the
   * keyword's line unless `multiline` is set (PEM blocks, JSON documents).
   */
  readonly window?: { readonly before?: number; readonly after?: number; readonly multiline?: boolean };
  /** Minimum Shannon entropy (bits per character) of the secret. */
  readonly minEntropy?: number;
  /** Placeholder rejection is on by default; formats that are all structure turn it off. */
  readonly skipPlaceholderCheck?: boolean;
  readonly validate?: Validator;
  /**
   * Public facts read from the secret's own structure (a JWT's issuer and expiry), shown with
   * the finding so that a reader knows whose credential it is and whether it still works.
   * Never secret material: reports print these even when they redact the secret.
   */
  readonly describe?: (secret: string) => SecretDetails | undefined;
  /** Values reported together with the secret when found near it. */
  readonly companions?: readonly Companion[];
  readonly verify?: VerifySpec;
  /** Strings that must produce exactly this detector's finding. */
  readonly examples: readonly ExampleSource[];
  /** Strings that must produce no finding from this detector. */
  readonly negatives: readonly ExampleSource[];
  /** Where the format is documented by the vendor. */
  readonly references?: readonly string[];
}
