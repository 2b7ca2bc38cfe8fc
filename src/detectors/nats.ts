import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/*
 * NATS NKEY seeds. An nkey is an Ed25519 key pair; its seed is the private half, written as
 * base32 (RFC 4648, no padding) of: two prefix bytes (18 << 3 for "seed", merged with the key
 * type's byte), the 32-byte raw seed, and a CRC-16/XMODEM of those 34 bytes, little-endian.
 * That makes 58 characters starting with S, the type letter (O operator, A account, U user,
 * N server, C cluster, X curve) and A. The checksum is verified, so random base32 never matches.
 */

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const PREFIX_BYTE_SEED = 18 << 3;
/** Key types by prefix byte: operator, server, cluster, account, user, curve. */
const KEY_TYPES = new Set([14 << 3, 13 << 3, 2 << 3, 0, 20 << 3, 23 << 3]);

function base32Decode(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = BASE32.indexOf(char);
    if (value < 0) return undefined;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** CRC-16/XMODEM (polynomial 0x1021, initial value 0), as nkeys computes it. */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const seedValidator: Validator = (secret) => {
  const bytes = base32Decode(secret);
  if (bytes === undefined || bytes.length !== 36) return "not 36 bytes of base32";
  const first = bytes[0] ?? 0;
  const second = bytes[1] ?? 0;
  if (first >> 3 !== PREFIX_BYTE_SEED >> 3) return "not a seed prefix";
  if (!KEY_TYPES.has(((first & 7) << 5) | (second >> 3))) return "not a known key type";
  const checksum = (bytes[34] ?? 0) | ((bytes[35] ?? 0) << 8);
  if (crc16(bytes.subarray(0, 34)) !== checksum) return "CRC-16 checksum does not match";
  if (new Set(bytes.subarray(2, 34)).size < 8) return "a raw seed of repeated bytes";
  return true;
};

/** A seed of the given key type with a valid checksum, built at test time. */
function seed(type: number, label: string): string {
  const raw = Buffer.from(randomChars("hexLower", 64, `nats-${label}`), "hex");
  const body = Buffer.concat([Buffer.from([PREFIX_BYTE_SEED | (type >> 5), (type & 31) << 3]), raw]);
  const crc = crc16(body);
  const bytes = Buffer.concat([body, Buffer.from([crc & 0xff, crc >> 8])]);
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

const creds = (label: string) =>
  `-----BEGIN NATS USER JWT-----\neyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.e30.c2ln\n------END NATS USER JWT------\n\n************************* IMPORTANT *************************\nNKEY Seed printed below can be used to sign and prove identity.\nNKEYs are sensitive and should be treated as secrets.\n\n-----BEGIN USER NKEY SEED-----\n${seed(20 << 3, label)}\n------END USER NKEY SEED------\n`;

export const detectors: Detector[] = [
  {
    id: "nats-nkey-seed",
    name: "NATS NKEY seed",
    vendor: "NATS",
    family: "Private Key",
    severity: "critical",
    description:
      "The seed (private key) of a NATS nkey: 58 base32 characters starting SU (user), SA (account), SO (operator), SN (server), SC (cluster) or SX (curve), with a CRC-16 checksum. User seeds sit in .creds files (between -----BEGIN USER NKEY SEED----- lines, next to the user JWT) and in nats-server configurations; account and operator seeds sign the JWTs of everything below them.",
    security: [
      "A user seed (with its .creds JWT) connects to NATS as that user: publish and subscribe on every subject the user is allowed, JetStream streams included.",
      "An account or operator seed signs new user or account JWTs, which grants the attacker any permission in that account or the whole operator's system.",
      "Server and cluster seeds let an attacker impersonate a server joining the cluster.",
    ],
    mitigation: {
      revoke:
        "For a user: revoke it in its account (`nsc revocations add-user --account <account> --name <user>`) and push the account (`nsc push`), then issue new credentials (`nsc generate creds`). For an account or operator signing key: remove the key from the account or operator (`nsc edit account --rm-sk <key>`), add a new one and re-issue what it signed. For nkey users in a server config, replace the public key in the configuration and reload.",
      revokeUrl: "https://docs.nats.io/using-nats/nats-tools/nsc/revocation",
      audit:
        "Review the server's connect events ($SYS.ACCOUNT.*.CONNECT advisories) and logs for connections with the user's public key from unknown addresses, and the account's streams and subjects for unexpected messages.",
      bestPractices: [
        "keep .creds and seed files out of repositories (nsc keeps them in ~/.local/share/nats/nsc/keys)",
        "sign users with account signing keys kept offline, never with the account's identity key",
        "give each application its own user with the narrowest publish/subscribe permissions",
      ],
    },
    keywords: ["SUA", "SAA", "SOA", "SNA", "SCA", "SXA"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9]/,
    pattern: /(?<![A-Za-z0-9])(?<secret>S[UAONCX]A[A-Z2-7]{55})(?![A-Za-z0-9])/,
    validate: seedValidator,
    skipPlaceholderCheck: true,
    examples: [
      () => creds("creds-1"),
      () =>
        `authorization {\n  users: [\n    { nkey: UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4 }\n  ]\n}\n# seed: ${seed(20 << 3, "conf-2")}`,
      () => `NATS_ACCOUNT_SEED=${seed(0, "env-3")}`,
      () => `operator_seed: "${seed(14 << 3, "yaml-4")}"`,
    ],
    negatives: [
      // The right shape, with a checksum that does not match.
      () => {
        const good = seed(20 << 3, "bad-crc");
        return `NATS_SEED=${good.slice(0, 20)}${good[20] === "A" ? "B" : "A"}${good.slice(21)}`;
      },
      "SUAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      // A public user key, not a seed.
      "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4",
    ],
    references: [
      "https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth",
      "https://github.com/nats-io/nkeys",
    ],
  },
];
