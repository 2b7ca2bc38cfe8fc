/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

// HTML-escaped markers count too: generated docs write <secret> as &lt;secret&gt;.
// Long words rarely occur in random tokens by chance; short ones count only at the start of
// the body or standing alone between separators ("sk-your-key-here", "ghp_YOURTOKEN").
const PLACEHOLDER_WORDS =
  /x{5,}|\*{3,}|\.{3}|…|<[^>]*>|&lt;|&gt;|&#x?[0-9a-f]+;|\$\{|\{\{|%[a-z_]+%|example|sample|dummy|placeholder|changeme|change_me|redacted|replace|fixme|insert/i;
const PLACEHOLDER_SHORT_WORDS =
  /(?:^|[^a-z0-9])(?:your|fake|mock|todo|test|demo|here|xxxx)(?=[^a-z0-9]|$)|^(?:your|fake|xxxx)/i;
const SEQUENTIAL = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "9876543210", "qwertyuiop", "asdfghjkl"];

/**
 * Why `body` (a secret without its fixed prefix) looks like a documentation placeholder rather
 * than a credential, or `undefined` if it does not. The checks are chosen so that a random
 * token trips them with a probability below one in a hundred thousand.
 */
export function placeholderReason(body: string): string | undefined {
  const word = PLACEHOLDER_WORDS.exec(body) ?? PLACEHOLDER_SHORT_WORDS.exec(body);
  if (word) return `placeholder text "${word[0]}"`;
  // Long tokens that encode binary structure (STS session tokens, macaroons) carry runs of `A`
  // or `/` from zero bytes; a long all-placeholder body is caught by the entropy floor instead.
  if (body.length < 64 && /(.)\1{5,}/.test(body)) return "a character repeated six or more times";
  const lower = body.toLowerCase();
  for (const run of SEQUENTIAL) {
    for (let i = 0; i + 6 <= run.length; i++) {
      if (lower.includes(run.slice(i, i + 6))) return "a keyboard or alphabet sequence";
    }
  }
  if (/^[0-9]+$/.test(body) && body.length < 24) return "digits only";
  return undefined;
}

/** Default entropy floor for a secret body, by length: short bodies cannot reach high values. */
export function defaultMinEntropy(length: number): number {
  if (length < 12) return 0;
  if (length < 20) return 2.5;
  return 3.0;
}
