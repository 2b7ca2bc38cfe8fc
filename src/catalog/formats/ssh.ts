import type { MatchContext } from "../types.js";
import { decodeBody, pemBody } from "./pem.js";

/**
 * SSH private key containers: OpenSSH's openssh-key-v1, PuTTY's .ppk and ssh.com's SSH2
 * format, read far enough to tell a real key from a look-alike and whether it is encrypted.
 */

/** SSH wire format: a uint32 length, then that many bytes. */
function sshString(bytes: Buffer, offset: number): { value: Buffer; next: number } | undefined {
  if (offset + 4 > bytes.length) return undefined;
  const length = bytes.readUInt32BE(offset);
  const end = offset + 4 + length;
  return end <= bytes.length ? { value: bytes.subarray(offset + 4, end), next: end } : undefined;
}

export const OPENSSH_MAGIC = "openssh-key-v1\0";

/** The cipher an OpenSSH key is stored with ("none" when unencrypted), or a rejection reason. */
export function opensshCipher(secret: string): { cipher: string } | string {
  const bytes = decodeBody(pemBody(secret), 40);
  if (typeof bytes === "string") return bytes;
  if (bytes.toString("latin1", 0, OPENSSH_MAGIC.length) !== OPENSSH_MAGIC) return "no openssh-key-v1 magic";
  const cipher = sshString(bytes, OPENSSH_MAGIC.length);
  const kdf = cipher && sshString(bytes, cipher.next);
  const options = kdf && sshString(bytes, kdf.next);
  if (!cipher || !kdf || !options || options.next + 4 > bytes.length) return "truncated OpenSSH key";
  if (bytes.readUInt32BE(options.next) < 1) return "an OpenSSH container without keys";
  return { cipher: cipher.value.toString("latin1") };
}

/**
 * A PuTTY .ppk match checked against itself (Private-Lines counts the lines that follow, the
 * public blob holds the header's key type), and whether it is encrypted; or a rejection reason.
 */
export function ppkCheck(context: MatchContext): { encrypted: boolean } | string {
  const { alg, enc, pub, priv, count } = context.groups;
  const lines = (text = "") =>
    text
      .split(/\r?\n|(?:\\r)?\\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
  if (lines(priv).length !== Number(count)) return "Private-Lines does not match the lines that follow";
  const blob = Buffer.from(lines(pub).join(""), "base64");
  const keyType = sshString(blob, 0)?.value.toString("latin1");
  if (keyType !== alg) return "the public blob does not hold the header's key type";
  return { encrypted: enc !== "none" };
}

export const SSH2_MAGIC = 0x3f6ff9eb;

/** The cipher an SSH2 (ssh.com) key is stored with ("none" when unencrypted), or a rejection reason. */
export function ssh2Cipher(secret: string): { cipher: string } | string {
  const body = secret
    .replace(/^---- BEGIN[^\n\\]*(?:\\n|\n)/, "")
    .replace(/---- END[\s\S]*$/, "")
    .split(/\r?\n|(?:\\r)?\\n/)
    .map((line) => line.trim())
    .filter((line) => !/^[A-Za-z][A-Za-z0-9-]*: /.test(line))
    .join("");
  const bytes = decodeBody(body.replace(/\s+/g, ""), 32);
  if (typeof bytes === "string") return bytes;
  if (bytes.readUInt32BE(0) !== SSH2_MAGIC) return "no SSH2 private key magic";
  const keyType = sshString(bytes, 8);
  const cipher = keyType && sshString(bytes, keyType.next);
  if (!cipher) return "truncated SSH2 key";
  return { cipher: cipher.value.toString("latin1") };
}
