import type { MatchContext, Validator } from "./types.js";

/**
 * The window's text from `before` characters before the match's start to `after` characters
 * past it, clipped to the window. Validators look here for the word that says whose value a
 * match is (a vendor's name, an account id beside a key, an admin API's host) when the value's
 * shape alone does not.
 */
export function textNear(context: MatchContext, before: number, after = before): string {
  return context.window.slice(Math.max(0, context.index - before), context.index + after);
}

/** Whether `pattern` (no `g` or `y` flag) occurs in `textNear(context, before, after)`. */
export function mentionedNear(
  context: MatchContext,
  pattern: RegExp,
  before: number,
  after = before,
): boolean {
  return pattern.test(textNear(context, before, after));
}

/**
 * A validator that keeps a match only where `pattern` occurs near it: up to `before` characters
 * before the match and `after` characters past the end of its secret. `reason` is given otherwise.
 * For values whose shape another vendor shares, or that only a vendor's name makes credentials.
 */
export function mentionRequired(pattern: RegExp, before: number, after: number, reason: string): Validator {
  return (secret, context) =>
    mentionedNear(context, pattern, before, secret.length + after) ? true : reason;
}

/**
 * A key under a name that says no vendor (`key`, `api_key`, `access_key`, `token`) as a YAML,
 * TOML or INI entry: the block it sits in says whose it is (`underSection`).
 */
export const NESTED_KEY_NAME = String.raw`(?<nested>(?<![\w-])(?:api[_-]?key|apikey|access[_-]?key|accesskey|api[_-]?token|key|token)["']?[ \t]{0,4}(?:[:=][ \t]{0,4})["']?)`;

/** A line that opens a block: `tomtom:` (YAML) or `[messagebird]` (TOML, INI). */
const BLOCK_OPENER = /^([ \t]*)(?:\[[^\]\n]{1,80}\]|[\w.-]{1,80}:)[ \t]*(?:#.*)?$/;

/**
 * Whether the match sits in a block that `vendor` names: the `[section]` above it, or one of
 * the YAML mappings it is nested in (each less indented than the last), within eight lines.
 * Closer than a mention anywhere above, which another vendor's block could hold.
 */
export function underSection(context: MatchContext, vendor: RegExp): boolean {
  const lines = context.window.slice(0, context.index).split("\n");
  let indent = (/^[ \t]*/.exec(lines.pop() ?? "")?.[0] ?? "").length;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 8); i--) {
    const line = lines[i] as string;
    const opener = BLOCK_OPENER.exec(line);
    if (opener === null) continue;
    const depth = (opener[1] ?? "").length;
    if (line.trimStart().startsWith("[")) return vendor.test(line);
    if (depth >= indent) continue;
    if (vendor.test(line)) return true;
    if (depth === 0) return false;
    indent = depth;
  }
  return false;
}

/** A validator for NESTED_KEY_NAME: a nested key counts only in a block `vendor` names. */
export function nestedUnder(vendor: RegExp, reason: string): Validator {
  return (_secret, context) => context.groups.nested === undefined || underSection(context, vendor) || reason;
}
