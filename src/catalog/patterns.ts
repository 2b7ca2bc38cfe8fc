/**
 * The vocabulary detectors write their patterns with: how a name is joined to its value, names
 * in the cases code writes them, token boundaries, and the usual live check. Detector files
 * compose these into regex sources (`new RegExp(\`...${ASSIGN}...\`)`); a pattern written as a
 * regex literal spells its boundaries out.
 */
import type { VerifySpec } from "./types.js";

// Between a name and its value. A detector takes the narrowest variant its formats need: each
// extra separator is one more way for unrelated text to read as an assignment.

/**
 * After a complete name (`CLOUDINARY_API_SECRET`): up to two closing quotes or a bracket
 * (`"KEY":`, `ENV['KEY'] =`), then `=`, `:`, `=>` or `:=` after up to 12 blanks (names aligned
 * in a column, `$SharedKey    = '...'`) or 1 to 4 blanks alone, up to 3 blanks after, and an
 * optional opening quote or backtick.
 */
export const ASSIGN = String.raw`["'\]]{0,2}(?:[ \t]{0,12}(?:=>|:=|[:=])|[ \t]{1,4})[ \t]{0,3}["'\x60]?`;

/** ASSIGN that also accepts the escaped quotes of JSON written inside a string (`\"key\":\"value\"`). */
export const ASSIGN_ESCAPED = String.raw`\\?["'\]]{0,2}(?:[ \t]{0,12}(?:=>|:=|[:=])|[ \t]{1,4})[ \t]{0,3}\\?["'\x60]?`;

/** ASSIGN_ESCAPED that also accepts XML element text (`<client_secret>value`). */
export const ASSIGN_ESCAPED_XML = String.raw`\\?["'\]]{0,2}(?:[ \t]{0,12}(?:=>|:=|[:=>])|[ \t]{1,4})[ \t]{0,3}\\?["'\x60]?`;

/**
 * The widest, for names built from a vendor and a kind (see `vendorName`), which are found by
 * their names alone: ASSIGN_ESCAPED_XML plus Makefile and shell operators (`?=`, `+=`, `::=`).
 */
export const ASSIGN_LOOSE = String.raw`\\?["'\]]{0,2}(?:[ \t]{0,12}(?:=>|[:?+]{0,3}=|[:>])|[ \t]{1,4})[ \t]{0,3}\\?["'\x60]?`;

/**
 * After a name in .env, YAML, JSON, code and headers: an optional closing quote or backtick,
 * `=`, `:`, `:=` or `=>` after up to 12 blanks or 1 to 5 blanks alone, up to 4 blanks after,
 * and an optional opening quote; the `(` of a call, as in `client("value")`; or a comma between
 * two strings, as a lookup's default follows the variable's name (`os.getenv("MOLLIE_API_KEY", "live_...")`,
 * Laravel's `env('KEY', '...')`).
 */
export const ASSIGN_OR_CALL = String.raw`(?:["'\x60]?(?:[ \t]{0,12}(?:=>|:=|[:=])|[ \t]{1,5})[ \t]{0,4}["'\x60]?|\(["'\x60]?|["'\x60][ \t]{0,4},[ \t]{0,4}["'\x60])`;

/**
 * After a vendor word that starts a name (`ASANA`, `[Cc]ohere`): the rest of the name (up to 30
 * word characters, dots and hyphens), then `=`, `:`, `=>`, `:=` or a call's `(` with an optional
 * option key (`Client({ apiKey: "..."`), blanks and line breaks between, and an optional quote.
 */
export const NAME_TAIL_ASSIGN_OR_CALL = String.raw`[\w.-]{0,30}["']?\s{0,3}(?:=>|:=|[:=]|\(\s{0,3}\{?\s{0,3}(?:[A-Za-z_]{1,20}["']?\s{0,2}[=:])?)\s{0,3}["'\x60]?`;

// Names in the cases code writes them, without the `i` flag: it would apply to the whole
// pattern, and the secret's own alphabet is usually case-sensitive.

/** A word in any letter case, letter by letter: `anyCase("api")` is `[Aa][Pp][Ii]`. */
export const anyCase = (word: string) =>
  word.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);

/**
 * Each word lower-case, Capitalized and UPPER-case, as alternatives (`token|Token|TOKEN`):
 * the cases names are written in, without the mixed ones (`tOKEN`) that `anyCase` accepts.
 */
export const commonCases = (...words: string[]) =>
  words.flatMap((w) => [w, `${w.charAt(0).toUpperCase()}${w.slice(1)}`, w.toUpperCase()]).join("|");

/**
 * A name that starts with one of `vendors` and ends in one of `kinds` (each in its common
 * cases), at most 24 name characters apart: `HEROKU_API_KEY`, `herokuToken`, `heroku.secret`.
 */
export const vendorName = (vendors: string[], kinds: string[]) =>
  `(?:${commonCases(...vendors)})[A-Za-z0-9_.-]{0,24}?(?:${commonCases(...kinds)})`;

/**
 * `vendors` (each in its common cases) where it begins a word or a camelCase hump (`MY_ACME_KEY`,
 * `myAcmeKey`), not inside another word (`serper` in `USERPERMISSION_KEY`). The boundary is a
 * lookbehind after the word, so that the pattern still begins with a literal and scans fast.
 */
export const vendorWord = (...vendors: string[]) => {
  const words = commonCases(...vendors);
  return `(?:${words})(?<=(?:^|[^A-Za-z0-9]|[a-z0-9](?=[A-Z]))(?:${words}))`;
};

/**
 * A `keywordGate` for a vendor word that also occurs in ordinary code (`column`, `toggle`):
 * a hit opens a window only when the rest of a name and one of `kinds` follow it, as `vendorName`
 * requires. Lenient on the tail's length, since a keyword may stop short of the vendor word.
 */
export const vendorNameGate = (kinds: string[]) =>
  new RegExp(
    `[A-Za-z0-9_.-]{0,40}?(?:${kinds.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
    "i",
  );

/** vendorName whose vendor word begins a word (see `vendorWord`): for short or common vendor words. */
export const vendorNameAtWordStart = (vendors: string[], kinds: string[]) =>
  `${vendorWord(...vendors)}[A-Za-z0-9_.-]{0,24}?(?:${commonCases(...kinds)})`;

/** `signature_key`, `signatureKey`, `SIGNATURE-KEY`: the name webhook signing keys go by. */
export const SIGNATURE_KEY_NAME = `(?:${commonCases("signature")})[_.-]?(?:${commonCases("key")})`;

/**
 * vendorPhrase whose vendor word begins a word (see `vendorWord`): `ACME_KEY`, `acmeToken` and
 * `Acme access key`, not `acme` inside another word.
 */
export const vendorPhraseAtWordStart = (vendors: string[], kinds: string[]) =>
  `${vendorWord(...vendors)}(?:[A-Za-z0-9_.-]{0,24}?|[ \\t](?:[A-Za-z]{1,12}[ \\t])?)(?:${commonCases(...kinds)})`;

/**
 * vendorName, or the vendor and the kind as words of a phrase with at most one word between
 * (`NewsAPI key`, `Paydirt secret key`), as notes, READMEs and comments write them. Only for
 * vendor words that are not everyday words: for those the phrase is prose.
 */
export const vendorPhrase = (vendors: string[], kinds: string[]) =>
  `(?:${vendorName(vendors, kinds)}|(?:${commonCases(...vendors)})[ \\t](?:[A-Za-z]{1,12}[ \\t])?(?:${commonCases(...kinds)}))`;

/**
 * A credential found by the variable it is assigned to, from one list of `names` as written
 * (each spelling the pattern accepts): the detector's `keywords` (the names in lower case, each
 * once, in order) and `source`, the names as one group for the pattern.
 */
export function variableNames(names: readonly string[]): { keywords: string[]; source: string } {
  return {
    keywords: [...new Set(names.map((name) => name.toLowerCase()))],
    source: `(?:${names.join("|")})`,
  };
}

// Token boundaries: the characters that may not touch a token, so that a match is not a
// piece of a longer one.

/** Not preceded by a URL-safe token character (letter, digit, `_`, `-`). */
export const TOKEN_START = "(?<![A-Za-z0-9_-])";
/** Not followed by a URL-safe token character (letter, digit, `_`, `-`). */
export const TOKEN_END = "(?![A-Za-z0-9_-])";
/** Not preceded by a letter or digit: a name part may follow `_` or `-` (`MY_CF_TOKEN`). */
export const ALNUM_START = "(?<![A-Za-z0-9])";
/** Not followed by a letter or digit. */
export const ALNUM_END = "(?![A-Za-z0-9])";
/** Not followed by a base64 character, padding included. */
export const BASE64_END = "(?![A-Za-z0-9+/=])";
/**
 * 64 random bytes (a 512-bit key) in base64: 85 free characters, a last one holding 2 bits, `==`.
 * Azure's storage, Cosmos DB and Log Analytics keys, Bitwarden's CLI session key.
 */
export const KEY64 = "[A-Za-z0-9+/]{85}[AQgw]==";

/** UUID in lower-case hex, as most APIs print their ids and keys. */
export const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/**
 * The usual live check: a GET of `url` with `Authorization: Bearer {secret}` (then `headers`,
 * such as an API version), where `live` statuses mean the token works (if the answer also has
 * `liveRequires`, the success field the vendor documents) and `dead` ones that it is revoked
 * or invalid.
 */
export function bearerCheck(
  url: string,
  options: Pick<VerifySpec, "live" | "dead" | "headers" | "liveRequires" | "analyze">,
): VerifySpec {
  return {
    method: "GET",
    url,
    ...options,
    headers: { Authorization: "Bearer {secret}", ...options.headers },
  };
}
