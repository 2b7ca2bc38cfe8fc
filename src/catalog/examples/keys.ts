import { bech32Encode } from "../formats/bech32.js";
import { crc24 } from "../formats/pgp.js";
import { OPENSSH_MAGIC, SSH2_MAGIC } from "../formats/ssh.js";
import { randomChars } from "../synth.js";

/**
 * Example private keys for the catalog's examples and negatives, in every format the
 * private-key detectors read: DER structures, OpenSSH, OpenPGP, PuTTY and SSH2 containers and
 * age identities, built from deterministic random bytes (so examples are the same on every run)
 * and wrapped as PEM text where the format is.
 */

/** `bytes` deterministic random bytes, the same for the same label. */
export const rnd = (bytes: number, label: string) =>
  Buffer.from(randomChars("hexLower", bytes * 2, `pk-${label}`), "hex");

/** DER tag-length-value. */
export function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const length =
    n < 0x80
      ? [n]
      : n < 0x100
        ? [0x81, n]
        : n < 0x10000
          ? [0x82, n >> 8, n & 0xff]
          : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), content]);
}
export const seq = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts));
export const int = (value: Buffer | number) => {
  const bytes = typeof value === "number" ? Buffer.from([value]) : value;
  return tlv(0x02, (bytes[0] as number) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
};
const octets = (content: Buffer) => tlv(0x04, content);
export const oid = (hex: string) =>
  Buffer.from(`06${(hex.length / 2).toString(16).padStart(2, "0")}${hex}`, "hex");
export const NULL = Buffer.from("0500", "hex");

export const rsaDer = (label: string) =>
  seq(
    int(0),
    int(rnd(256, `${label}-n`)),
    int(Buffer.from("010001", "hex")),
    int(rnd(256, `${label}-d`)),
    ...["p", "q", "dp", "dq", "qi"].map((part) => int(rnd(128, `${label}-${part}`))),
  );
export const ecDer = (label: string) =>
  seq(
    int(1),
    octets(rnd(32, `${label}-k`)),
    tlv(0xa0, oid("2a8648ce3d030107")),
    tlv(0xa1, tlv(0x03, Buffer.concat([Buffer.from([0, 4]), rnd(64, `${label}-pub`)]))),
  );
export const dsaDer = (label: string) =>
  seq(
    int(0),
    int(rnd(128, `${label}-p`)),
    int(rnd(20, `${label}-q`)),
    int(rnd(128, `${label}-g`)),
    int(rnd(128, `${label}-y`)),
    int(rnd(20, `${label}-x`)),
  );
export const pkcs8Der = (label: string) =>
  seq(int(0), seq(oid("2a864886f70d010101"), NULL), octets(rsaDer(label)));
export const ed25519Pkcs8Der = (label: string) =>
  seq(int(0), seq(oid("2b6570")), octets(octets(rnd(32, label))));
export const encryptedPkcs8Der = (label: string) =>
  seq(
    seq(
      oid("2a864886f70d01050d"),
      seq(
        seq(
          oid("2a864886f70d01050c"),
          seq(
            octets(rnd(16, `${label}-salt`)),
            int(Buffer.from("0800", "hex")),
            seq(oid("2a864886f70d0209"), NULL),
          ),
        ),
        seq(oid("60864801650304012a"), octets(rnd(16, `${label}-iv`))),
      ),
    ),
    octets(rnd(1232, `${label}-ct`)),
  );

/** PEM text with `lineLength`-character lines joined by `eol`. */
export function pem(label: string, der: Buffer, eol = "\n", lineLength = 64, headers: string[] = []): string {
  const lines = der.toString("base64").match(new RegExp(`.{1,${lineLength}}`, "g")) ?? [];
  return [`-----BEGIN ${label}-----`, ...headers, ...lines, `-----END ${label}-----`].join(eol);
}

/** Indents every line but the first, as a YAML block scalar or heredoc does. */
export const indent = (text: string, spaces: number) => text.split("\n").join(`\n${" ".repeat(spaces)}`);

const sshStr = (value: Buffer | string) => {
  const bytes = typeof value === "string" ? Buffer.from(value, "latin1") : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

export function opensshDer(label: string, encrypted: boolean): Buffer {
  const pub = rnd(32, `${label}-pub`);
  const publicBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]);
  const check = rnd(4, `${label}-check`);
  const plain = Buffer.concat([
    check,
    check,
    sshStr("ssh-ed25519"),
    sshStr(pub),
    sshStr(Buffer.concat([rnd(32, `${label}-seed`), pub])),
    sshStr("deploy@ci"),
    Buffer.from([1, 2, 3, 4, 5]),
  ]);
  return Buffer.concat([
    Buffer.from(OPENSSH_MAGIC, "latin1"),
    sshStr(encrypted ? "aes256-ctr" : "none"),
    sshStr(encrypted ? "bcrypt" : "none"),
    sshStr(encrypted ? Buffer.concat([sshStr(rnd(16, `${label}-salt`)), u32(16)]) : Buffer.alloc(0)),
    u32(1),
    sshStr(publicBlob),
    sshStr(encrypted ? rnd(160, `${label}-ct`) : plain),
  ]);
}

export function pgpArmor(label: string, protect: boolean): string {
  const mpi = (bytes: Buffer) => {
    const head = Buffer.alloc(2);
    head.writeUInt16BE(bytes.length * 8 - Math.clz32(bytes[0] as number) + 24);
    return Buffer.concat([head, bytes]);
  };
  const nonZero = (bytes: Buffer) => {
    bytes[0] = (bytes[0] as number) | 0x80;
    return bytes;
  };
  const secretPart = protect
    ? Buffer.concat([
        Buffer.from([254, 9, 3, 8]),
        rnd(8, `${label}-salt`),
        Buffer.from([0xee]),
        rnd(16, `${label}-iv`),
        rnd(660, `${label}-ct`),
      ])
    : Buffer.concat([
        Buffer.from([0]),
        ...["d", "p", "q", "u"].map((p) => mpi(nonZero(rnd(p === "d" ? 256 : 128, `${label}-${p}`)))),
        rnd(2, `${label}-sum`),
      ]);
  const body = Buffer.concat([
    Buffer.from([4]),
    rnd(4, `${label}-time`),
    Buffer.from([1]),
    mpi(nonZero(rnd(256, `${label}-n`))),
    mpi(Buffer.from([1, 0, 1])),
    secretPart,
  ]);
  const n = body.length - 192;
  const packet = Buffer.concat([Buffer.from([0xc5, (n >> 8) + 192, n & 0xff]), body]);
  const crc = crc24(packet);
  const crcText = Buffer.from([crc >> 16, (crc >> 8) & 0xff, crc & 0xff]).toString("base64");
  const lines = packet.toString("base64").match(/.{1,64}/g) ?? [];
  return [
    "-----BEGIN PGP PRIVATE KEY BLOCK-----",
    "",
    ...lines,
    `=${crcText}`,
    "-----END PGP PRIVATE KEY BLOCK-----",
  ].join("\n");
}

export function ppk(label: string, encrypted: boolean, eol = "\n"): string {
  const pub = Buffer.concat([sshStr("ssh-ed25519"), sshStr(rnd(32, `${label}-pub`))]);
  const priv = encrypted ? rnd(48, `${label}-priv`) : sshStr(rnd(32, `${label}-priv`));
  const wrap = (b: Buffer) => b.toString("base64").match(/.{1,64}/g) ?? [];
  const pubLines = wrap(pub);
  const privLines = wrap(priv);
  return [
    "PuTTY-User-Key-File-3: ssh-ed25519",
    `Encryption: ${encrypted ? "aes256-cbc" : "none"}`,
    "Comment: eddsa-key-20240115",
    `Public-Lines: ${pubLines.length}`,
    ...pubLines,
    ...(encrypted
      ? [
          "Key-Derivation: Argon2id",
          "Argon2-Memory: 8192",
          "Argon2-Passes: 21",
          "Argon2-Parallelism: 1",
          `Argon2-Salt: ${rnd(16, `${label}-salt`).toString("hex")}`,
        ]
      : []),
    `Private-Lines: ${privLines.length}`,
    ...privLines,
    `Private-MAC: ${rnd(32, `${label}-mac`).toString("hex")}`,
  ].join(eol);
}

export function ssh2Key(label: string, cipher: string): string {
  const content = Buffer.concat([
    sshStr("if-modn{sign{rsa-pkcs1-sha1},encrypt{rsa-pkcs1v2-oaep}}"),
    sshStr(cipher),
    sshStr(rnd(cipher === "none" ? 600 : 616, `${label}-key`)),
  ]);
  const bytes = Buffer.concat([u32(SSH2_MAGIC), u32(content.length + 8), content]);
  const lines = bytes.toString("base64").match(/.{1,70}/g) ?? [];
  return [
    "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----",
    'Comment: "rsa-key-20240115"',
    ...lines,
    "---- END SSH2 ENCRYPTED PRIVATE KEY ----",
  ].join("\n");
}

export const b64url = (bytes: Buffer) => bytes.toString("base64url");

/** A random base64 body of the right size that is not DER: must not be reported. */
export const randomBody = (label: string, lines = 20) =>
  Array.from({ length: lines }, (_, i) => randomChars("base64", 64, `pk-random-${label}-${i}`)).join("\n");

/** An age identity from 32 deterministic random bytes, with a valid bech32 checksum. */
export function ageKey(label: string): string {
  return bech32Encode(
    "age-secret-key-",
    Buffer.from(randomChars("hexLower", 64, label), "hex"),
  ).toUpperCase();
}
