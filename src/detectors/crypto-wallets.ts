import { createHash } from "node:crypto";
import { isPublicDevelopmentKey } from "../catalog/public-samples.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/*
 * Cryptocurrency wallet secrets. Bitcoin WIF keys and BIP-32 extended keys carry a
 * base58check checksum (the first 4 bytes of a double SHA-256): the validators decode and
 * check it, so a look-alike passes with a probability of 2^-32. Hex Ethereum keys and BIP-39
 * mnemonics carry no checksum that can be checked without more data, so they are only found
 * behind a name that says what they are.
 */

const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

function sha256d(bytes: Buffer): Buffer {
  return createHash("sha256").update(createHash("sha256").update(bytes).digest()).digest();
}

/** Base58 (Bitcoin alphabet) to bytes; leading "1"s are leading zero bytes. */
function base58Decode(text: string): Buffer | undefined {
  let value = 0n;
  for (const char of text) {
    const digit = BASE58.indexOf(char);
    if (digit < 0) return undefined;
    value = value * 58n + BigInt(digit);
  }
  const hex = value === 0n ? "" : value.toString(16);
  const body = Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex");
  const zeros = /^1*/.exec(text)?.[0].length ?? 0;
  return Buffer.concat([Buffer.alloc(zeros), body]);
}

function base58Encode(bytes: Buffer): string {
  let value = BigInt(`0x${bytes.toString("hex") || "0"}`);
  let out = "";
  while (value > 0n) {
    out = BASE58[Number(value % 58n)] + out;
    value /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** Payload of a base58check string, or why it is not one. */
function base58Check(text: string): Buffer | string {
  const bytes = base58Decode(text);
  if (!bytes || bytes.length < 5) return "not base58";
  const payload = bytes.subarray(0, -4);
  return sha256d(payload).subarray(0, 4).equals(bytes.subarray(-4))
    ? payload
    : "base58check checksum does not match";
}

const withChecksum = (payload: Buffer) =>
  base58Encode(Buffer.concat([payload, sha256d(payload).subarray(0, 4)]));

/** Order of the secp256k1 group: valid private keys are 1 .. n-1. */
const SECP256K1_N = BigInt("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141");

function scalarReason(key: Buffer): string | undefined {
  const k = BigInt(`0x${key.toString("hex")}`);
  return k > 0n && k < SECP256K1_N ? undefined : "outside the secp256k1 key range";
}

const wifValidator: Validator = (secret) => {
  const payload = base58Check(secret);
  if (typeof payload === "string") return payload;
  if (payload[0] !== 0x80) return "not a mainnet WIF version byte";
  if (payload.length === 33) return scalarReason(payload.subarray(1)) ?? true;
  if (payload.length === 34 && payload[33] === 0x01) return scalarReason(payload.subarray(1, 33)) ?? true;
  return "not a WIF key layout";
};

/** BIP-32 serialization: version(4) depth(1) parent(4) child(4) chain code(32) 0x00 + key(32). */
const extendedPrivateValidator: Validator = (secret) => {
  const payload = base58Check(secret);
  if (typeof payload === "string") return payload;
  if (payload.length !== 78) return "not 78 bytes";
  if (payload[45] !== 0x00) return "not a private key (no 0x00 before the key)";
  if (payload[4] === 0 && payload.readUInt32BE(5) !== 0) return "a master key with a parent fingerprint";
  return scalarReason(payload.subarray(46)) ?? true;
};

const ethereumValidator: Validator = (secret) => {
  if (isPublicDevelopmentKey(secret)) return "a public development key (Hardhat/Anvil default account)";
  return scalarReason(Buffer.from(secret.replace(/^0x/i, ""), "hex")) ?? true;
};

/** SHA-256 prefixes of the default mnemonics of Ganache, Truffle, Hardhat and the BIP-39 test vectors. */
const PUBLIC_MNEMONICS = new Set([
  "b83e96417f61cb148d0dc8a89b839ee4",
  "9c5d0a6656e5d3f36601d0bf98762be0",
  "f79cd64f9cea237897b8133e4b905b36",
  "c557eec878dfd852ba3f88087c4f350f",
]);

/** Words that give a sentence about a mnemonic away (they are not what a random phrase is made of). */
const DESCRIPTION_WORDS = new Set(
  "word words your here seed phrase mnemonic twelve enter example replace secret recovery wallet test sample dummy fake".split(
    " ",
  ),
);

const mnemonicValidator: Validator = (secret) => {
  const words = secret.split(" ");
  if (![12, 15, 18, 21, 24].includes(words.length))
    return `${words.length} words (BIP-39 uses 12, 15, 18, 21 or 24)`;
  if (new Set(words).size < words.length - 1) return "words repeat";
  if (PUBLIC_MNEMONICS.has(createHash("sha256").update(secret).digest("hex").slice(0, 32)))
    return "a public development mnemonic";
  if (words.filter((w) => DESCRIPTION_WORDS.has(w)).length >= 2) return "a sentence describing a mnemonic";
  return true;
};

// ---------------------------------------------------------------------------------------------
// Example builders.

const key32 = (label: string) => Buffer.from(randomChars("hexLower", 64, `wallet-${label}`), "hex");
const wif = (label: string, compressed = true) =>
  withChecksum(Buffer.concat([Buffer.from([0x80]), key32(label), ...(compressed ? [Buffer.from([1])] : [])]));
const extended = (version: number, label: string) => {
  const head = Buffer.alloc(13);
  head.writeUInt32BE(version, 0);
  return withChecksum(Buffer.concat([head, key32(`${label}-chain`), Buffer.from([0]), key32(label)]));
};
const XPRV = 0x0488ade4;
const ZPRV = 0x04b2430c;
const TPRV = 0x04358394;

/** A phrase of random lower-case words of 3 to 8 letters: the shape, not the BIP-39 list. */
const phrase = (label: string, count = 12) =>
  Array.from({ length: count }, (_, i) => randomChars("lower", 3 + (i % 6), `mnemonic-${label}-${i}`)).join(
    " ",
  );

const walletPractices = [
  "keep wallet keys in a hardware wallet or a KMS/HSM-backed signer, never in source files",
  "fund development and test wallets with test-network coins only",
  "use a separate wallet per deployment and per environment",
];

const moveFunds =
  "There is no way to revoke a blockchain key: immediately move every asset controlled by it to a new wallet created on a clean device (including tokens, NFTs and assets on every chain and layer-2 that uses the same key), revoke token approvals granted by the old address (for example with revoke.cash or Etherscan's token approval checker), and replace the key wherever it is configured (contract owner or admin roles, multisig signer lists).";

export const detectors: Detector[] = [
  {
    id: "bitcoin-wif-private-key",
    name: "Bitcoin private key (WIF)",
    vendor: "Bitcoin",
    family: "Private Key",
    severity: "critical",
    description:
      "A Bitcoin private key in Wallet Import Format: base58check of 0x80 + the 32-byte key (+ 0x01 for a compressed key), 51 characters starting with 5 or 52 starting with K or L. It is what wallets export (dumpprivkey) and import (importprivkey, sweep). The checksum is verified.",
    security: [
      "Anyone holding the key can spend every coin sent to its addresses, on Bitcoin and on forks that share the key format.",
      "Transactions are irreversible: stolen funds cannot be recovered.",
    ],
    mitigation: {
      revoke: `${moveFunds} For Bitcoin, sweep the key's addresses into a new wallet (importing the key into a wallet and sending everything to a fresh address).`,
      revokeUrl: "https://developer.bitcoin.org/devguide/wallets.html#wallet-import-format-wif",
      audit:
        "Look up the key's addresses on a block explorer (mempool.space) for outgoing transactions you did not make.",
      bestPractices: walletPractices,
    },
    keywords: ["wif", "priv", "bitcoin", "btc", "secret", "wallet"],
    pattern:
      /(?<secret>5(?<![A-Za-z0-9]5)[HJK][1-9A-HJ-NP-Za-km-z]{49}|[KL](?<![A-Za-z0-9][KL])[1-9A-HJ-NP-Za-km-z]{51})(?![A-Za-z0-9])/,
    // Its keywords include words as common as "secret" and "priv": the key sits next to them.
    window: { before: 128, after: 160 },
    skipPlaceholderCheck: true,
    validate: wifValidator,
    examples: [
      () => `WIF=${wif("w1")}`,
      () => `bitcoin-cli importprivkey ${wif("w2")} "cold" false`,
      () =>
        `{"address": "bc1q${randomChars("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38, "wallet-addr")}", "privkey": "${wif("w3", false)}"}`,
    ],
    negatives: [
      // Right shape, wrong checksum.
      () => `WIF=${wif("w4").slice(0, -3)}${wif("w5").slice(-3)}`,
      // Testnet version byte (0xef): not a mainnet key.
      () =>
        `btc_testnet_wif: ${withChecksum(Buffer.concat([Buffer.from([0xef]), key32("w6"), Buffer.from([1])]))}`,
      "privkey: 5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyT...",
    ],
    references: ["https://en.bitcoin.it/wiki/Wallet_import_format"],
  },
  {
    id: "bitcoin-extended-private-key",
    name: "BIP-32 extended private key (xprv / yprv / zprv)",
    vendor: "Bitcoin",
    family: "Private Key",
    severity: "critical",
    description:
      "A BIP-32 extended private key for the main network (xprv, or yprv/zprv and Yprv/Zprv for SegWit wallets, SLIP-132): 111 base58check characters holding a private key and chain code. It derives every key of a wallet account or of a whole wallet. The checksum is verified.",
    security: [
      "Every address derived from the key, past and future, can be spent from: the whole wallet or account is lost.",
      "An extended key of a hot wallet or exchange integration often controls many customers' deposits.",
    ],
    mitigation: {
      revoke: `${moveFunds} Create a new wallet from a new seed, move funds from every derived address, and replace the matching xpub in watch-only systems, payment processors and multisig configurations.`,
      revokeUrl: "https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki",
      audit:
        "Derive the account's addresses from the matching xpub and check them on a block explorer for outgoing transactions you did not make.",
      bestPractices: [...walletPractices, "give servers an xpub (watch-only) and sign on separate hardware"],
    },
    keywords: ["xprv", "yprv", "zprv"],
    pattern: /(?<secret>[xyzYZ]prv(?<![A-Za-z0-9][xyzYZ]prv)[1-9A-HJ-NP-Za-km-z]{107})(?![A-Za-z0-9])/,
    skipPlaceholderCheck: true,
    validate: extendedPrivateValidator,
    examples: [() => `BTC_XPRV=${extended(XPRV, "x1")}`, () => `  "zprv": "${extended(ZPRV, "x2")}",`],
    negatives: [
      // The public counterpart: extended public keys are watch-only.
      () => `xpub=${`xpub${extended(XPRV, "x3").slice(4)}`}`,
      () => `BTC_XPRV=${extended(XPRV, "x4").slice(0, -2)}${extended(XPRV, "x5").slice(-2)}`,
      "xprv9s21ZrQH143K...",
    ],
    references: ["https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki#serialization-format"],
  },
  {
    id: "bitcoin-testnet-extended-private-key",
    name: "BIP-32 extended private key, test network (tprv / uprv / vprv)",
    vendor: "Bitcoin",
    family: "Private Key",
    severity: "low",
    description:
      "A BIP-32 extended private key for Bitcoin's test networks (tprv, uprv, vprv). Test coins have no value, but test wallets are often promoted to production or share a seed with one.",
    security: [
      "Test-network funds and the test environment's signing identity are exposed.",
      "If the same seed was used on the main network, its main-network keys are exposed too.",
    ],
    mitigation: {
      revoke:
        "Create a new test wallet from a new seed and update the environments that use it; make sure the seed was never used for main-network funds.",
      revokeUrl: "https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki",
      audit: "Check whether any main-network wallet was derived from the same seed.",
      bestPractices: walletPractices,
    },
    keywords: ["tprv", "uprv", "vprv"],
    pattern: /(?<secret>[tuvUV]prv(?<![A-Za-z0-9][tuvUV]prv)[1-9A-HJ-NP-Za-km-z]{107})(?![A-Za-z0-9])/,
    skipPlaceholderCheck: true,
    validate: extendedPrivateValidator,
    examples: [
      () => `TESTNET_XPRV=${extended(TPRV, "t1")}`,
      () => `wallet:\n  tprv: ${extended(TPRV, "t2")}`,
    ],
    negatives: [
      () => `tprv=${extended(TPRV, "t3").slice(0, -1)}${extended(TPRV, "t3").endsWith("1") ? "2" : "1"}`,
      "tprv8ZgxMBicQKsPd...",
    ],
  },
  {
    id: "ethereum-private-key",
    name: "Ethereum / EVM private key (hex)",
    vendor: "Ethereum",
    family: "Private Key",
    severity: "critical",
    confidence: "medium",
    description:
      "A 32-byte secp256k1 private key written as 64 hex characters (optionally 0x-prefixed) under a name such as PRIVATE_KEY, privateKey, DEPLOYER_PRIVATE_KEY or in a Hardhat/Truffle accounts list. It controls an externally owned account on Ethereum and every EVM chain (Polygon, BNB Chain, Arbitrum, Base...). A bare 64-hex value is not reported: hashes share that shape.",
    security: [
      "Anyone holding the key can transfer the account's coins and tokens on every EVM chain, irreversibly.",
      "If the account owns or administers contracts (owner, admin, minter roles), the attacker controls those contracts.",
      "Signatures made with the key (permits, off-chain orders) can drain approvals given to it.",
    ],
    mitigation: {
      revoke: `${moveFunds} Transfer contract ownership and roles (transferOwnership, grantRole/revokeRole) to a new account before anything else if the key administers contracts.`,
      revokeUrl: "https://revoke.cash/",
      audit:
        "Look up the account on the chain's explorer (Etherscan and its equivalents on every chain you use) for transactions, approvals and contract calls you did not make.",
      bestPractices: [
        ...walletPractices,
        "load deployer keys in Hardhat/Foundry from an encrypted keystore (cast wallet import) or a hardware wallet rather than from .env files",
      ],
    },
    keywords: ["priv", "signer", "wallet", "deployer", "accounts"],
    // `priv` starts private, privilege and privacy everywhere in code: the rest of a key name
    // (or the colon after `accounts`) rules out 23,000 of the benchmark corpus's windows.
    keywordGate:
      /(?:(?<=priv)(?:ate)?[_.-]?key|(?<=signer|wallet|deployer)[_.-]?(?:priv(?:ate)?[_.-]?)?key)(?![a-z0-9])|(?<=accounts)["']?[ \t]{0,3}:/i,
    pattern:
      /(?:(?:priv(?:ate)?[_.-]?key|privkey|(?:signer|wallet|deployer)[_.-]?(?:priv(?:ate)?[_.-]?)?key)(?![a-z0-9])["'\]]{0,2}[ \t]{0,3}(?::=|=>|[:=])[ \t]{0,3}["'\x60]?|accounts["']?[ \t]{0,3}:[ \t]{0,3}\[[ \t]{0,3}["'\x60](?=0x))(?<secret>(?:0x)?[0-9a-f]{64})(?![0-9a-z])/i,
    validate: ethereumValidator,
    examples: [
      () => `PRIVATE_KEY=0x${randomChars("hexLower", 64, "eth-1")}`,
      () => `DEPLOYER_PRIVATE_KEY="${randomChars("hexLower", 64, "eth-2")}"`,
      () => `    sepolia: { url: RPC_URL, accounts: ["0x${randomChars("hexLower", 64, "eth-3")}"] },`,
      () => `const wallet = new ethers.Wallet(privateKey = "0x${randomChars("hexLower", 64, "eth-4")}");`,
    ],
    negatives: [
      "PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000000",
      // A hash without a key name.
      () => `tx_hash = "0x${randomChars("hexLower", 64, "eth-5")}"`,
      "accounts: [process.env.PRIVATE_KEY]",
      // The order of the curve: not a valid key.
      "PRIVATE_KEY=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141",
    ],
    references: ["https://ethereum.org/en/developers/docs/accounts/#account-creation"],
  },
  {
    id: "bip39-mnemonic",
    name: "Wallet recovery phrase (BIP-39 mnemonic)",
    vendor: "BIP-39",
    family: "Private Key",
    severity: "critical",
    confidence: "medium",
    description:
      "A wallet seed phrase (BIP-39 mnemonic) of 12, 15, 18, 21 or 24 lower-case words assigned to a name such as MNEMONIC, seed_phrase or recoveryPhrase. The phrase regenerates every key of the wallet on every chain. keyhound does not ship the BIP-39 word list, so the phrase's checksum is not verified: the name, the word count and word shapes (3 to 8 letters) are the evidence, and public development phrases (Hardhat, Ganache, Truffle, the BIP-39 test vectors) are skipped.",
    security: [
      "Whoever has the phrase controls every account of the wallet, on every chain, now and in the future.",
      "Funds move irreversibly; there is no issuer that could freeze them.",
    ],
    mitigation: {
      revoke: `${moveFunds} Create the new wallet from a newly generated phrase on a clean device; never re-use the leaked phrase, even with a passphrase added.`,
      revokeUrl: "https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki",
      audit:
        "Check the wallet's accounts on the explorers of every chain it was used on for transactions you did not make.",
      bestPractices: [
        ...walletPractices,
        "in development, use the public test mnemonic of your framework with test networks only",
      ],
    },
    keywords: ["mnemonic", "phrase", "seed_words", "seedwords"],
    pattern:
      /(?:[Mm]nemonic|MNEMONIC|(?:[Ss]eed|SEED|[Rr]ecovery|RECOVERY|[Bb]ackup|BACKUP|[Ww]allet|WALLET)[_ .-]?(?:[Pp]hrase|PHRASE|[Ww]ords|WORDS))(?![A-Za-z0-9_])["'\]]{0,2}[ \t]{0,3}(?::=|=>|[:=])[ \t]{0,3}(?<q>["'\x60]?)(?<secret>[a-z]{3,8}(?: [a-z]{3,8}){11,23})(?! [a-z])\k<q>(?:(?<=["'\x60])|(?=[\s,;]|$))/,
    // The engine's placeholder words ("test", "example") are BIP-39 words: checked here instead.
    skipPlaceholderCheck: true,
    minEntropy: 3.2,
    validate: mnemonicValidator,
    examples: [
      () => `MNEMONIC="${phrase("m1")}"`,
      () => `  seed_phrase: ${phrase("m2", 24)}`,
      () => `const recoveryPhrase = '${phrase("m3", 12)}';`,
    ],
    negatives: [
      'MNEMONIC="test test test test test test test test test test test junk"',
      'mnemonic: "enter your twelve word seed phrase here when you set up the wallet"',
      () => `MNEMONIC="${phrase("m4", 11)}"`,
      () => `MNEMONIC="${phrase("m5", 13)}"`,
    ],
    references: ["https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki"],
  },
];
