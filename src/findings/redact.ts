/**
 * The line that opens a private key block: it names the key type and holds nothing secret.
 * Everything after it is key material, and the block's last characters are its end marker,
 * which tells one key from another no better than nothing.
 */
const KEY_BLOCK_HEADER =
  /^(?:-----BEGIN [A-Z0-9 ]{1,60}-----|---- BEGIN SSH2 [A-Z0-9 ]{1,60} ----|PuTTY-User-Key-File-\d{1,2}: [a-z0-9@.-]{1,60})/;

/**
 * The redacted form of a secret shown in every human-readable output: the format's fixed
 * prefix (public knowledge), then at most 3 leading and 2 trailing characters of a long random
 * body, which is enough to tell keys apart in a vendor console and too little to use. A
 * private key block shows its opening line only (`-----BEGIN RSA PRIVATE KEY-----…`).
 */
export function redact(secret: string, prefixLength = 0): string {
  const header = KEY_BLOCK_HEADER.exec(secret)?.[0];
  if (header !== undefined && header.length < secret.length) return `${header}…`;
  const prefix = secret.slice(0, Math.min(prefixLength, secret.length));
  const body = secret.slice(prefix.length);
  if (body.length >= 24) return `${prefix}${body.slice(0, 3)}…${body.slice(-2)}`;
  if (body.length >= 12) return `${prefix}${body.slice(0, 2)}…`;
  return `${prefix}${"*".repeat(Math.min(body.length, 8))}`;
}
