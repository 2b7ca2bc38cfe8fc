/**
 * The redacted form of a secret shown in every human-readable output: the format's fixed
 * prefix (public knowledge), then at most 3 leading and 2 trailing characters of a long random
 * body, which is enough to tell keys apart in a vendor console and too little to use.
 */
export function redact(secret: string, prefixLength = 0): string {
  const prefix = secret.slice(0, Math.min(prefixLength, secret.length));
  const body = secret.slice(prefix.length);
  if (body.length >= 24) return `${prefix}${body.slice(0, 3)}…${body.slice(-2)}`;
  if (body.length >= 12) return `${prefix}${body.slice(0, 2)}…`;
  return `${prefix}${"*".repeat(Math.min(body.length, 8))}`;
}
