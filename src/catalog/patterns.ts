/**
 * The vocabulary detectors write their patterns with: how a name is joined to its value, names
 * in the cases code writes them, token boundaries, and the usual live check. Detector files
 * compose these into regex sources (`new RegExp(\`...${ASSIGN}...\`)`); a pattern written as a
 * regex literal spells its boundaries out.
 */
// Between a name and its value. A detector takes the narrowest variant its formats need: each
// extra separator is one more way for unrelated text to read as an assignment.

/**
 * After a complete name (`CLOUDINARY_API_SECRET`): up to two closing quotes or a bracket
 * (`"KEY":`, `ENV['KEY'] =`), then `=`, `:`, `=>`, `:=` or a blank, up to 3 blanks either side,
 * and an optional opening quote or backtick.
 */
export const ASSIGN = String.raw`["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=]|[ \t])[ \t]{0,3}["'\x60]?`;

/** ASSIGN that also accepts the escaped quotes of JSON written inside a string (`\"key\":\"value\"`). */
export const ASSIGN_ESCAPED = String.raw`\\?["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=]|[ \t])[ \t]{0,3}\\?["'\x60]?`;

/** ASSIGN_ESCAPED that also accepts XML element text (`<client_secret>value`). */
export const ASSIGN_ESCAPED_XML = String.raw`\\?["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=>]|[ \t])[ \t]{0,3}\\?["'\x60]?`;

/**
 * The widest, for names built from a vendor and a kind (see `vendorName`), which are found by
 * their names alone: ASSIGN_ESCAPED_XML plus Makefile and shell operators (`?=`, `+=`, `::=`).
 */
export const ASSIGN_LOOSE = String.raw`\\?["'\]]{0,2}[ \t]{0,3}(?:=>|[:?+]{0,3}=|[:>]|[ \t])[ \t]{0,3}\\?["'\x60]?`;

/**
 * After a name in .env, YAML, JSON, code and headers: an optional closing quote or backtick,
 * `=`, `:`, `:=`, `=>` or a blank with up to 4 blanks either side and an optional opening
 * quote; or the `(` of a call, as in `client("value")`.
 */
export const ASSIGN_OR_CALL = String.raw`(?:["'\x60]?[ \t]{0,4}(?:=>|:=|[:=]|[ \t])[ \t]{0,4}["'\x60]?|\(["'\x60]?)`;

/**
 * After a vendor word that starts a name (`ASANA`, `[Cc]ohere`): the rest of the name (up to 30
 * word characters, dots and hyphens), then `=`, `:`, `=>`, `:=` or a call's `(` with an optional
 * option key (`Client({ apiKey: "..."`), blanks and line breaks between, and an optional quote.
 */
export const NAME_TAIL_ASSIGN_OR_CALL = String.raw`[\w.-]{0,30}["']?\s{0,3}(?:=>|:=|[:=]|\(\s{0,3}\{?\s{0,3}(?:[A-Za-z_]{1,20}["']?\s{0,2}[=:])?)\s{0,3}["'\x60]?`;
