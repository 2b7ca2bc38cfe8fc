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
