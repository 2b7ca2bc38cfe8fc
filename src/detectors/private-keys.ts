import {
  ageKey,
  b64url,
  dsaDer,
  ecDer,
  ed25519Pkcs8Der,
  encryptedPkcs8Der,
  indent,
  int,
  NULL,
  oid,
  opensshDer,
  pem,
  pgpArmor,
  pkcs8Der,
  ppk,
  randomBody,
  rnd,
  rsaDer,
  seq,
  ssh2Key,
  tlv,
} from "../catalog/examples/keys.js";
import { bech32ChecksumValid } from "../catalog/formats/bech32.js";
import {
  dsaStructure,
  ecStructure,
  encryptedPkcs8Structure,
  pkcs8Structure,
  rsaStructure,
  type Structure,
} from "../catalog/formats/der.js";
import { CONCAT, decodeBody, pemBody } from "../catalog/formats/pem.js";
import { pgpKey } from "../catalog/formats/pgp.js";
import { OPENSSH_MAGIC, opensshCipher, ppkCheck, ssh2Cipher } from "../catalog/formats/ssh.js";
import { dataShapeReason, passwordPlaceholderReason, tokensPerChar } from "../catalog/language.js";
import { mentionedNear } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, MatchContext, Validator } from "../catalog/types.js";

/*
 * Private keys in their text encodings. A PEM block is only reported when its body decodes to
 * the structure the label promises (a DER SEQUENCE with the right first fields, an OpenSSH or
 * SSH2 magic, an OpenPGP secret-key packet with a valid CRC-24): a certificate, a public key, a
 * truncated or made-up body ("MIIE...", "XXXX") is not a private key.
 *
 * Blocks are found with their lines separated by real newlines (with YAML indentation), by
 * escaped newlines inside a JSON or .env string ("\n"), by string concatenation across lines,
 * or by single spaces (a key pasted into one line).
 */

// ---------------------------------------------------------------------------------------------
// Pattern pieces.

/**
 * Between two lines of a block: newline (+ indentation), escaped newline, concatenation across
 * lines (`+` in JS, Java and Python, `.` in PHP, `<>` in Elixir, `..` in Lua, `&` in VB, at
 * either end of the line; C's adjacent literals, with or without a `\` continuing the macro or
 * line; a JS array of lines, `,`), a string continued by a backslash at the end of the line
 * (JS, C), space. `CONCAT` is shared with `pemBody`, which undoes the same separators.
 */
const NL = String.raw`(?:\\n["'](?:[ \t]{0,4}${CONCAT})?[ \t]{0,4}\r?\n[ \t]{0,32}(?:${CONCAT}[ \t]{0,4})?["']|["'][ \t]{0,4}${CONCAT}[ \t]{0,4}\r?\n[ \t]{0,32}["']|(?:\\n)?\\\r?\n[ \t]{0,32}|\r?\n[ \t]{0,32}|\\r\\n|\\n|[ \t]{1,2})`;
/** A line of base64 body. */
const LINE = `[A-Za-z0-9+/]{1,4096}={0,2}`;

/** BEGIN line, 1 to 600 base64 lines, matching END line. */
function pemBlock(label: string): RegExp {
  return new RegExp(`(?<secret>-----BEGIN ${label}-----${NL}(?:${LINE}${NL}){1,600}-----END ${label}-----)`);
}

const PEM_WINDOW = { before: 64, after: 16384, multiline: true } as const;

// ---------------------------------------------------------------------------------------------
// Structure checks (the parsers are in src/catalog/formats/).

function pemValidator(structure: Structure, minBytes: number): Validator {
  return (secret) => {
    const bytes = decodeBody(pemBody(secret), minBytes);
    if (typeof bytes === "string") return bytes;
    const verdict = structure(bytes);
    // An OpenSSH key pasted under an older PEM label (people relabel keys by hand to please
    // tools that want "RSA PRIVATE KEY") is as usable as under its own label.
    if (verdict !== true && bytes.toString("latin1", 0, OPENSSH_MAGIC.length) === OPENSSH_MAGIC) {
      const key = opensshCipher(secret);
      if (typeof key === "string") return key;
      return key.cipher === "none" ? true : `an OpenSSH key encrypted with ${key.cipher}`;
    }
    return verdict;
  };
}

/** Structure checks of the PEM labels that hold a bare DER private key, with their least size. */
const DER_LABELS: Record<string, readonly [Structure, number]> = {
  "RSA PRIVATE KEY": [rsaStructure, 100],
  "EC PRIVATE KEY": [ecStructure, 48],
  "DSA PRIVATE KEY": [dsaStructure, 100],
  "PRIVATE KEY": [pkcs8Structure, 40],
  "ENCRYPTED PRIVATE KEY": [encryptedPkcs8Structure, 64],
};

/**
 * A PEM private key that was base64-encoded as a whole (Kubernetes Secret `data:`, CI
 * variables, `PRIVATE_KEY_B64=`): decoded, then held to the same structure checks as the
 * plain block.
 */
const base64PemValidator: Validator = (secret) => {
  if (secret.length % 4 !== 0) return "not padded base64";
  const text = Buffer.from(secret, "base64").toString("latin1");
  const label = /^-----BEGIN ([A-Z0-9 ]{1,40})-----/.exec(text)?.[1];
  if (label === undefined) return "does not decode to a PEM block";
  if (!label.endsWith("PRIVATE KEY")) return `decodes to a ${label}, not a private key`;
  const end = text.indexOf(`-----END ${label}-----`);
  if (end < 0) return "the decoded PEM block is not closed";
  const block = text.slice(0, end + label.length + 14);
  if (label === "OPENSSH PRIVATE KEY") {
    const key = opensshCipher(block);
    return typeof key === "string" ? key : true;
  }
  if (/Proc-Type:[ \t]*4,ENCRYPTED/.test(block)) {
    const bytes = decodeBody(pemBody(block, true), 64);
    return typeof bytes === "string" ? bytes : true;
  }
  const structure = DER_LABELS[label];
  if (structure === undefined) return `no structure check for ${label}`;
  const bytes = decodeBody(pemBody(block), structure[1]);
  return typeof bytes === "string" ? bytes : structure[0](bytes);
};

// ---------------------------------------------------------------------------------------------
// PuTTY and SSH2 (ssh.com) patterns.

/** Line end of a multi-line text format, with the indentation of a YAML block after it. */
const EOL = String.raw`(?:\r?\n[ \t]{0,32}|(?:\\r)?\\n)`;
const PPK = new RegExp(
  String.raw`(?<secret>PuTTY-User-Key-File-[23]: (?<alg>[a-z0-9@.-]{3,40})${EOL}Encryption: (?<enc>[a-z0-9-]{3,20})${EOL}Comment: [^\r\n\\]{0,200}${EOL}Public-Lines: \d{1,3}${EOL}(?<pub>(?:[A-Za-z0-9+/=]{1,64}${EOL}){1,64})(?:[A-Z][A-Za-z0-9-]{2,30}: [^\r\n\\]{1,200}${EOL}){0,6}Private-Lines: (?<count>\d{1,3})${EOL}(?<priv>(?:[A-Za-z0-9+/=]{1,64}${EOL}){1,200})Private-MAC: [0-9a-f]{40,64})`,
);

const SSH2 = new RegExp(
  String.raw`(?<secret>---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----${EOL}(?:[A-Za-z][A-Za-z0-9-]{0,63}: [^\r\n\\]{0,400}${EOL}){0,6}(?:${LINE}${EOL}){2,600}---- END SSH2 ENCRYPTED PRIVATE KEY ----)`,
);

// ---------------------------------------------------------------------------------------------
// age.

const ageChecksum: Validator = (secret) =>
  bech32ChecksumValid(secret) ? true : "bech32 checksum does not match";

// ---------------------------------------------------------------------------------------------
// JSON Web Keys.

/** The JSON object around the match (JWKs are flat: no nested objects). */
function enclosingObject(context: MatchContext): string {
  const open = context.window.lastIndexOf("{", context.index);
  // A large key set can end past the window: the object then runs to the window's end.
  const close = context.window.indexOf("}", context.index);
  return open === -1 ? "" : context.window.slice(open, close === -1 ? undefined : close + 1);
}

/** A JWK member in JSON (`"kty": "EC"`, escaped inside a string too) or a JS object literal (`kty: 'EC'`). */
const KTY = /(?:\\?"kty\\?"|(?<![\w$.])kty)[ \t]{0,4}:[ \t]{0,4}(?:\\?"|')(?<kty>[A-Za-z]{2,3})(?:\\?"|')/;

/** Private-part lengths (base64url characters) by key type. */
const b64x = (bytes: Buffer) => bytes.toString("base64");

const jwkPrivate: Validator = (secret, context) => {
  const kty = KTY.exec(enclosingObject(context))?.groups?.kty;
  if (kty === undefined) return 'no "kty" in the same JSON object';
  if (kty === "RSA") return secret.length >= 170 ? true : "too short for an RSA private exponent";
  if (kty === "EC" || kty === "OKP")
    return secret.length >= 42 && secret.length <= 90 ? true : "wrong length for a curve scalar";
  return `"kty": "${kty}" has no private "d"`;
};

const jwkSymmetric: Validator = (_secret, context) => {
  const kty = KTY.exec(enclosingObject(context))?.groups?.kty;
  return kty === "oct" ? true : 'no "kty": "oct" in the same JSON object';
};

// ---------------------------------------------------------------------------------------------
// Keystore passwords.

const KEYSTORE_VALUE = String.raw`(?:[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}|(?<ws>[ \t]{1,3})(?=["']))(?<q>["']?)(?=(?<secret>[^\s"'\x60\\<>(){}\[\],;$]{4,128}))\k<secret>\k<q>(?:(?<=["'])|(?=[\s,;]|$))`;

/** keyStorePassword, key-store-password, storePassword, keyPassword, pfx_password, cert_pass ... */
const KEYSTORE_NAME = new RegExp(
  `(?:key[-_.]?store|store|key|pfx|p12|pkcs12|cert(?:ificate)?)[-_.]?(?:password|passphrase|passwd|pass|pwd)(?![A-Za-z0-9_])["']?${KEYSTORE_VALUE}`,
  "i",
);
/** The same names, plus a bare "password" (Kestrel: "Path": "x.pfx", "Password": "...") for PKCS#12. */
const PKCS12_NAME = new RegExp(
  `(?:(?:key[-_.]?store|store|key|pfx|p12|pkcs12|cert(?:ificate)?)[-_.]?(?:password|passphrase|passwd|pass|pwd)|password|passphrase)(?![A-Za-z0-9_])["']?${KEYSTORE_VALUE}`,
  "i",
);

const PKCS12_FILE = /[\w.-]\.(?:p12|pfx)(?![A-Za-z0-9])|\bPKCS12\b|\bpkcs12\b/g;
const JKS_CONTEXT =
  /[\w.-]\.(?:jks|keystore|jceks|bks)(?![A-Za-z0-9])|\b(?:JKS|JCEKS|storeFile|keystore|keyStore|key-store|key_store|KEYSTORE|signingConfigs)\b/;
const KNOWN_DEFAULTS = new Set([
  "changeit",
  "changeme",
  "android",
  "password",
  "secret",
  "keystore",
  "storepass",
]);

/** Nearest distance between the match and a PKCS#12 mention in the window, or Infinity. */
function pkcs12Distance(context: MatchContext): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const m of context.window.matchAll(PKCS12_FILE))
    nearest = Math.min(nearest, Math.abs(m.index - context.index));
  return nearest;
}

function keystorePasswordReason(secret: string, context: MatchContext): string | undefined {
  const before = context.window[context.index - 1] ?? "";
  if (/[A-Za-z0-9]/.test(before)) {
    const word = /[A-Za-z]{0,12}$/.exec(context.window.slice(0, context.index))?.[0].toLowerCase() ?? "";
    if (word.endsWith("trust")) return "a truststore password protects only public certificates";
    if (!/(?:^|[_.-])$/.test(word)) return "part of a longer name";
  }
  if (mentionedNear(context, /trust[-_.]?store/i, 20))
    return "a truststore password protects only public certificates";
  if (KNOWN_DEFAULTS.has(secret.toLowerCase())) return `the well-known default "${secret}"`;
  if (!context.groups.q) {
    const end = context.window.indexOf(secret, context.index) + secret.length;
    // `storePassword: Validator = ...`: a type annotation in code.
    if (/^[ \t]*=(?!=)/.test(context.window.slice(end, end + 4))) return "a type annotation";
    if (/^[A-Za-z_]+$/.test(secret) && (secret.length < 12 || tokensPerChar(secret) < 0.65))
      return "a bare word (a variable, constant or type)";
  }
  return dataShapeReason(secret) ?? passwordPlaceholderReason(secret);
}

const pkcs12Password: Validator = (secret, context) => {
  const bare = /^(?:password|passphrase)/i.test(context.window.slice(context.index, context.index + 12));
  const distance = pkcs12Distance(context);
  if (distance > (bare ? 300 : 1024)) return "no .p12/.pfx file mentioned nearby";
  return keystorePasswordReason(secret, context) ?? true;
};

const javaKeystorePassword: Validator = (secret, context) => {
  if (pkcs12Distance(context) <= 1024) return "a PKCS#12 store (reported by pkcs12-keystore-password)";
  if (!JKS_CONTEXT.test(context.window)) return "no keystore mentioned nearby";
  return keystorePasswordReason(secret, context) ?? true;
};

// ---------------------------------------------------------------------------------------------
// Shared texts.

const pemRevoke = (what: string) =>
  `Treat the key as compromised: generate a new key pair, install the new public key or certificate wherever the old one was trusted (${what}), then remove the old public key from those places and revoke its certificate with the issuing CA if one was issued. Deleting the file from the repository does not help: every clone and the git history keep it.`;

const keyPractices = [
  "never commit private keys: keep them in a secret manager, an HSM/KMS, or the CI system's encrypted secrets",
  "protect keys that must live on disk with a passphrase and file permissions 600",
  "add *.pem, *.key, id_* and *.p12 patterns to .gitignore",
  "rotate keys on a schedule so that an unnoticed leak has a bounded lifetime",
];

const keyAudit =
  "Review where the matching public key is trusted (authorized_keys files, TLS endpoints, JWT verifiers, code-signing trust stores) and their logs for use of the key during the exposure window; search Certificate Transparency logs (crt.sh) for certificates issued for your domains.";

export const detectors: Detector[] = [
  {
    id: "rsa-private-key",
    name: "RSA private key (PKCS#1 PEM)",
    vendor: "RSA",
    family: "Private Key",
    severity: "critical",
    description:
      "An RSA private key in the traditional OpenSSL PEM encoding (-----BEGIN RSA PRIVATE KEY-----, PKCS#1 RSAPrivateKey). RSA keys sign TLS handshakes, SSH logins, JWTs (RS256) and code, and decrypt data encrypted to the public key.",
    security: [
      "An attacker can impersonate the server or client the key belongs to (TLS, SSH, mutual TLS).",
      "Tokens and signatures made with the key (JWT RS256, SAML, code signing) can be forged.",
      "Recorded traffic or data encrypted to the public key can be decrypted when no forward secrecy was used.",
    ],
    mitigation: {
      revoke: pemRevoke("server TLS configuration, ~/.ssh/authorized_keys, JWT verification keys, the CA"),
      revokeUrl: "https://www.openssl.org/docs/man3.0/man1/openssl-genrsa.html",
      audit: keyAudit,
      bestPractices: keyPractices,
    },
    keywords: ["BEGIN RSA PRIVATE KEY"],
    pattern: pemBlock("RSA PRIVATE KEY"),
    window: PEM_WINDOW,
    skipPlaceholderCheck: true,
    validate: pemValidator(rsaStructure, 100),
    examples: [
      () => pem("RSA PRIVATE KEY", rsaDer("rsa-1")),
      () => `{"key": "${pem("RSA PRIVATE KEY", rsaDer("rsa-2"), "\\n")}\\n"}`,
      () => `tls:\n  key: |\n    ${indent(pem("RSA PRIVATE KEY", rsaDer("rsa-3")), 4)}\n`,
      () => `PRIVATE_KEY="${pem("RSA PRIVATE KEY", rsaDer("rsa-4"), " ")}"`,
      () => pem("RSA PRIVATE KEY", opensshDer("rsa-relabelled", false), "\n", 70),
      () => `String key = "${pem("RSA PRIVATE KEY", rsaDer("rsa-5"), '" +\n    "')}";`,
      // A JS string continued by backslashes; PHP's concatenation with `.`.
      () => `const key = "${pem("RSA PRIVATE KEY", rsaDer("rsa-6"), "\\n\\\n")}";`,
      () => `return "${pem("RSA PRIVATE KEY", rsaDer("rsa-7"), '\\n".\n    "')}";`,
      // C: adjacent literals continued by a backslash (AWS IoT and ESP32 sketches); Elixir's
      // `<>`; a JS array of lines joined at run time.
      () => `const char* client_key = \\\n"${pem("RSA PRIVATE KEY", rsaDer("rsa-8"), '\\n" \\\n"')}\\n";`,
      () => `@priv_key "${pem("RSA PRIVATE KEY", rsaDer("rsa-9"), '\\n" <>\n    "')}"`,
      () => `const key = [\n  '${pem("RSA PRIVATE KEY", rsaDer("rsa-10"), "',\n  '")}',\n].join("\\n");`,
    ],
    negatives: [
      "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----",
      "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----",
      () => `-----BEGIN RSA PRIVATE KEY-----\n${randomBody("rsa")}\n-----END RSA PRIVATE KEY-----`,
      () => pem("RSA PUBLIC KEY", rsaDer("rsa-pub")),
      () => pem("RSA PRIVATE KEY", ecDer("rsa-wrong-structure")),
      () => pem("RSA PRIVATE KEY", opensshDer("rsa-relabelled-encrypted", true), "\n", 70),
    ],
    references: ["https://datatracker.ietf.org/doc/html/rfc8017#appendix-A.1.2"],
  },
  {
    id: "ec-private-key",
    name: "Elliptic-curve private key (SEC 1 PEM)",
    vendor: "Elliptic curve",
    family: "Private Key",
    severity: "critical",
    description:
      "An elliptic-curve private key in OpenSSL's PEM encoding (-----BEGIN EC PRIVATE KEY-----, SEC 1 ECPrivateKey), usually on P-256, P-384 or secp256k1. Such keys sign TLS handshakes, JWTs (ES256), Apple and Google API requests and blockchain transactions.",
    security: [
      "An attacker can sign as the key's owner: TLS server identity, ES256 JWTs, API request signatures.",
      "A secp256k1 key controls the funds of the addresses derived from it.",
    ],
    mitigation: {
      revoke: pemRevoke("TLS configuration, JWT verification keys (JWKS), API provider consoles, the CA"),
      revokeUrl: "https://www.openssl.org/docs/man3.0/man1/openssl-ecparam.html",
      audit: keyAudit,
      bestPractices: keyPractices,
    },
    keywords: ["BEGIN EC PRIVATE KEY"],
    pattern: pemBlock("EC PRIVATE KEY"),
    window: PEM_WINDOW,
    skipPlaceholderCheck: true,
    validate: pemValidator(ecStructure, 48),
    examples: [
      () => pem("EC PRIVATE KEY", ecDer("ec-1")),
      () => `SIGNING_KEY="${pem("EC PRIVATE KEY", ecDer("ec-2"), "\\n")}"`,
      () =>
        `resource "tls_locally_signed_cert" "x" {\n  ca_private_key_pem = <<EOT\n${pem("EC PRIVATE KEY", ecDer("ec-3"))}\nEOT\n}`,
    ],
    negatives: [
      "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI...\n-----END EC PRIVATE KEY-----",
      () => `-----BEGIN EC PRIVATE KEY-----\n${randomBody("ec", 3)}\n-----END EC PRIVATE KEY-----`,
      () => pem("EC PARAMETERS", oid("2a8648ce3d030107")),
    ],
    references: ["https://datatracker.ietf.org/doc/html/rfc5915"],
  },
  {
    id: "dsa-private-key",
    name: "DSA private key (PEM)",
    vendor: "DSA",
    family: "Private Key",
    severity: "critical",
    description:
      "A DSA private key in OpenSSL's PEM encoding (-----BEGIN DSA PRIVATE KEY-----). DSA is a legacy signature algorithm still found in old SSH host and user keys and code-signing setups.",
    security: [
      "An attacker can sign as the key's owner, for example log in over SSH where the public key is authorized.",
      "DSA keys are old: the systems trusting them are usually old and poorly monitored.",
    ],
    mitigation: {
      revoke: pemRevoke("~/.ssh/authorized_keys, known_hosts of clients, signing trust stores"),
      revokeUrl: "https://www.openssl.org/docs/man3.0/man1/openssl-gendsa.html",
      audit: keyAudit,
      bestPractices: [...keyPractices, "replace DSA with Ed25519 or ECDSA keys"],
    },
    keywords: ["BEGIN DSA PRIVATE KEY"],
    pattern: pemBlock("DSA PRIVATE KEY"),
    window: PEM_WINDOW,
    skipPlaceholderCheck: true,
    validate: pemValidator(dsaStructure, 100),
    examples: [
      () => pem("DSA PRIVATE KEY", dsaDer("dsa-1")),
      () => `  "host_key": "${pem("DSA PRIVATE KEY", dsaDer("dsa-2"), "\\n")}",`,
    ],
    negatives: [
      "-----BEGIN DSA PRIVATE KEY-----\n...\n-----END DSA PRIVATE KEY-----",
      () => `-----BEGIN DSA PRIVATE KEY-----\n${randomBody("dsa", 7)}\n-----END DSA PRIVATE KEY-----`,
    ],
  },
  {
    id: "pem-private-key-legacy-encrypted",
    name: "Passphrase-encrypted PEM private key (OpenSSL legacy encryption)",
    vendor: "OpenSSL",
    family: "Private Key",
    severity: "high",
    description:
      "An RSA, EC or DSA private key encrypted with OpenSSL's traditional PEM encryption (Proc-Type: 4,ENCRYPTED and a DEK-Info header). The key is protected by a passphrase, but the scheme uses a single MD5 round to derive the key, so weak passphrases fall quickly to offline guessing.",
    security: [
      "An attacker can guess the passphrase offline at high speed and then use the key as its owner.",
      "The passphrase is often stored next to the key (in the same repository, CI file or script).",
    ],
    mitigation: {
      revoke: pemRevoke("wherever the public key or certificate is trusted"),
      revokeUrl: "https://www.openssl.org/docs/man3.0/man1/openssl-pkcs8.html",
      audit: keyAudit,
      bestPractices: [
        ...keyPractices,
        "convert remaining legacy-encrypted keys to PKCS#8 with a strong KDF (openssl pkcs8 -topk8 -v2 aes-256-cbc)",
      ],
    },
    keywords: ["PRIVATE KEY-----"],
    pattern: new RegExp(
      String.raw`(?<secret>-----BEGIN (?<kind>RSA|EC|DSA) PRIVATE KEY-----${EOL}Proc-Type: 4,ENCRYPTED${EOL}DEK-Info: [A-Z0-9-]{3,30},[0-9A-Fa-f]{16,64}${EOL}${EOL}?(?:${LINE}${NL}){2,600}-----END \k<kind> PRIVATE KEY-----)`,
    ),
    window: PEM_WINDOW,
    skipPlaceholderCheck: true,
    validate: (secret) => {
      const body = pemBody(secret, true);
      const bytes = decodeBody(body, 64);
      if (typeof bytes === "string") return bytes;
      return bytes.length % 8 === 0 ? true : "ciphertext is not a whole number of cipher blocks";
    },
    examples: [
      () =>
        pem("RSA PRIVATE KEY", rnd(1200, "legacy-1"), "\n", 64, [
          "Proc-Type: 4,ENCRYPTED",
          `DEK-Info: AES-256-CBC,${rnd(16, "legacy-iv").toString("hex").toUpperCase()}`,
          "",
        ]),
      () =>
        `"${pem("EC PRIVATE KEY", rnd(128, "legacy-2"), "\\n", 64, ["Proc-Type: 4,ENCRYPTED", `DEK-Info: DES-EDE3-CBC,${rnd(8, "legacy-iv2").toString("hex").toUpperCase()}`, ""])}"`,
    ],
    negatives: [
      "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,<iv>\n\n...\n-----END RSA PRIVATE KEY-----",
      () =>
        pem("RSA PRIVATE KEY", rnd(1201, "legacy-odd"), "\n", 64, [
          "Proc-Type: 4,ENCRYPTED",
          "DEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF",
          "",
        ]),
    ],
    references: ["https://datatracker.ietf.org/doc/html/rfc1421"],
  },
  {
    id: "openssh-private-key",
    name: "OpenSSH private key (unencrypted)",
    vendor: "OpenSSH",
    family: "Private Key",
    severity: "critical",
    description:
      "A private key in OpenSSH's own format (-----BEGIN OPENSSH PRIVATE KEY-----, openssh-key-v1), written by ssh-keygen since OpenSSH 7.8 for Ed25519, ECDSA and RSA keys. This one is stored without a passphrase (cipher none), so it is usable as found.",
    security: [
      "An attacker can log in over SSH to every server and Git host where the matching public key is authorized.",
      "Deploy keys give push or pull access to the repositories they are registered on; host keys let an attacker impersonate the server.",
      "SSH certificates signed for the key remain valid until they expire.",
    ],
    mitigation: {
      revoke:
        "Generate a replacement with ssh-keygen -t ed25519, then remove the leaked public key everywhere it is authorized: ~/.ssh/authorized_keys on servers, GitHub (Settings > SSH and GPG keys, or the repository's Settings > Deploy keys), GitLab (Preferences > SSH Keys), Bitbucket, cloud instance metadata. If an SSH CA signed the key, add it to the CA's RevokedKeys list.",
      revokeUrl:
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/reviewing-your-ssh-keys",
      audit:
        "Review sshd logs (journalctl -u ssh, /var/log/auth.log) for 'Accepted publickey' lines with the key's fingerprint (ssh-keygen -lf), and the Git host's security log for pushes or clones with the key.",
      bestPractices: [
        ...keyPractices,
        "use ssh-agent or a hardware key (FIDO2 sk-ssh-ed25519) instead of key files in repositories",
      ],
    },
    keywords: ["BEGIN OPENSSH PRIVATE KEY"],
    pattern: pemBlock("OPENSSH PRIVATE KEY"),
    window: PEM_WINDOW,
    skipPlaceholderCheck: true,
    validate: (secret) => {
      const key = opensshCipher(secret);
      if (typeof key === "string") return key;
      return key.cipher === "none"
        ? true
        : "passphrase-protected (reported by openssh-private-key-encrypted)";
    },
    examples: [
      () => pem("OPENSSH PRIVATE KEY", opensshDer("ossh-1", false), "\n", 70),
      () => `DEPLOY_KEY="${pem("OPENSSH PRIVATE KEY", opensshDer("ossh-2", false), "\\n", 70)}"`,
      () => `ssh_key: |\n  ${indent(pem("OPENSSH PRIVATE KEY", opensshDer("ossh-3", false), "\n", 70), 2)}`,
    ],
    negatives: [
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ...\n-----END OPENSSH PRIVATE KEY-----",
      () =>
        `-----BEGIN OPENSSH PRIVATE KEY-----\n${randomBody("ossh", 6)}\n-----END OPENSSH PRIVATE KEY-----`,
      () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${randomChars("base64", 43, "ossh-pub")} deploy@ci`,
    ],
    references: ["https://cvsweb.openbsd.org/src/usr.bin/ssh/PROTOCOL.key?annotate=HEAD"],
  },
  {
    id: "openssh-private-key-encrypted",
    name: "OpenSSH private key (passphrase-protected)",
    vendor: "OpenSSH",
    family: "Private Key",
    severity: "high",
    description:
      "A private key in OpenSSH's format encrypted with a passphrase (bcrypt KDF, aes256-ctr by default). The passphrase protects it, but the key can be attacked offline and the passphrase is often stored close by.",
    security: [
      "An attacker can guess the passphrase offline and then log in wherever the public key is authorized.",
      "A weak or reused passphrase makes the protection short-lived.",
    ],
    mitigation: {
      revoke:
        "Generate a replacement key (ssh-keygen -t ed25519 with a new passphrase), then remove the old public key from ~/.ssh/authorized_keys on servers and from GitHub/GitLab/Bitbucket SSH and deploy key settings.",
      revokeUrl:
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/reviewing-your-ssh-keys",
      audit:
        "Review sshd and Git host logs for logins with the key's fingerprint (ssh-keygen -lf) during the exposure window.",
      bestPractices: keyPractices,
    },
    keywords: ["BEGIN OPENSSH PRIVATE KEY"],
    pattern: pemBlock("OPENSSH PRIVATE KEY"),
    window: PEM_WINDOW,
    skipPlaceholderCheck: true,
    validate: (secret) => {
      const key = opensshCipher(secret);
      if (typeof key === "string") return key;
      return key.cipher !== "none" ? true : "not encrypted (reported by openssh-private-key)";
    },
    examples: [
      () => pem("OPENSSH PRIVATE KEY", opensshDer("ossh-enc-1", true), "\n", 70),
      () => `{"ssh_key": "${pem("OPENSSH PRIVATE KEY", opensshDer("ossh-enc-2", true), "\\n", 70)}"}`,
    ],
    negatives: [
      "-----BEGIN OPENSSH PRIVATE KEY-----\n<your key here>\n-----END OPENSSH PRIVATE KEY-----",
      () =>
        pem(
          "OPENSSH PRIVATE KEY",
          Buffer.from(`openssh-key-v0\0${randomChars("alnum", 60, "ossh-v0")}`, "latin1"),
          "\n",
          70,
        ),
    ],
  },
  {
    id: "pkcs8-private-key",
    name: "PKCS#8 private key (PEM)",
    vendor: "PKCS#8",
    family: "Private Key",
    severity: "critical",
    description:
      "A private key in the algorithm-neutral PKCS#8 encoding (-----BEGIN PRIVATE KEY-----), the default output of modern OpenSSL and of most cloud consoles: RSA, EC, Ed25519 or X25519. Service-account files, TLS setups and API signing keys (Apple .p8, GitHub App keys) use it.",
    security: [
      "An attacker can sign or decrypt as the key's owner: TLS identity, JWT signing, API request signing.",
      "Keys issued by cloud consoles authenticate service accounts with whatever roles they hold.",
    ],
    mitigation: {
      revoke: pemRevoke(
        "TLS configuration, JWT verification keys, the provider console that issued the key (for example a cloud service account's Keys tab or an Apple Developer Keys page)",
      ),
      revokeUrl: "https://www.openssl.org/docs/man3.0/man1/openssl-pkcs8.html",
      audit: keyAudit,
      bestPractices: keyPractices,
    },
    keywords: ["BEGIN PRIVATE KEY"],
    pattern: pemBlock("PRIVATE KEY"),
    window: PEM_WINDOW,
    skipPlaceholderCheck: true,
    validate: pemValidator(pkcs8Structure, 40),
    examples: [
      () => pem("PRIVATE KEY", pkcs8Der("p8-1")),
      () => `APNS_KEY="${pem("PRIVATE KEY", ed25519Pkcs8Der("p8-2"), "\\n")}"`,
      () => `const key = "${pem("PRIVATE KEY", pkcs8Der("p8-3"), "\\n")}";`,
      () => `key = (\n    "${pem("PRIVATE KEY", pkcs8Der("p8-4"), '\\n"\n    "')}"\n)`,
    ],
    negatives: [
      "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----",
      () => pem("PUBLIC KEY", seq(seq(oid("2a864886f70d010101"), NULL), tlv(0x03, rnd(270, "p8-pub")))),
      () => pem("CERTIFICATE", seq(seq(int(2), rnd(600, "p8-cert")))),
      () => `-----BEGIN PRIVATE KEY-----\n${randomBody("p8")}\n-----END PRIVATE KEY-----`,
    ],
    references: [
      "https://datatracker.ietf.org/doc/html/rfc5208",
      "https://datatracker.ietf.org/doc/html/rfc7468#section-10",
    ],
  },
  {
    id: "pkcs8-encrypted-private-key",
    name: "Encrypted PKCS#8 private key (PEM)",
    vendor: "PKCS#8",
    family: "Private Key",
    severity: "high",
    description:
      "A passphrase-encrypted private key in PKCS#8 EncryptedPrivateKeyInfo form (-----BEGIN ENCRYPTED PRIVATE KEY-----), typically PBES2 with PBKDF2 and AES. The key is not usable without the passphrase, but can be attacked offline, and the passphrase often sits in the same repository.",
    security: [
      "An attacker can guess the passphrase offline; a weak passphrase gives full use of the key.",
      "If the passphrase is stored nearby (a config file, a CI variable dump) the key is as exposed as an unencrypted one.",
    ],
    mitigation: {
      revoke: pemRevoke("wherever the public key or certificate is trusted"),
      revokeUrl: "https://www.openssl.org/docs/man3.0/man1/openssl-pkcs8.html",
      audit: keyAudit,
      bestPractices: keyPractices,
    },
    keywords: ["BEGIN ENCRYPTED PRIVATE KEY"],
    pattern: pemBlock("ENCRYPTED PRIVATE KEY"),
    window: PEM_WINDOW,
    skipPlaceholderCheck: true,
    validate: pemValidator(encryptedPkcs8Structure, 64),
    examples: [
      () => pem("ENCRYPTED PRIVATE KEY", encryptedPkcs8Der("ep8-1")),
      () => `SNOWFLAKE_PRIVATE_KEY="${pem("ENCRYPTED PRIVATE KEY", encryptedPkcs8Der("ep8-2"), "\\n")}"`,
    ],
    negatives: [
      "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI...\n-----END ENCRYPTED PRIVATE KEY-----",
      () =>
        `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${randomBody("ep8")}\n-----END ENCRYPTED PRIVATE KEY-----`,
    ],
    references: ["https://datatracker.ietf.org/doc/html/rfc5958#section-3"],
  },
  {
    id: "pgp-private-key",
    name: "OpenPGP private key block (unprotected)",
    vendor: "OpenPGP",
    family: "Private Key",
    severity: "critical",
    description:
      "An ASCII-armored OpenPGP secret key (-----BEGIN PGP PRIVATE KEY BLOCK-----) as exported by gpg --export-secret-keys, stored without passphrase protection. OpenPGP keys sign commits, tags, releases and packages, and decrypt mail and files.",
    security: [
      "An attacker can sign commits, tags, release artifacts and package repositories as the key's owner.",
      "Messages and files encrypted to the key, including old ones, can be decrypted.",
      "Package managers that trust the key will install what the attacker signs.",
    ],
    mitigation: {
      revoke:
        "Publish a revocation certificate: gpg --gen-revoke <key-id> (or use the one generated at key creation), import it and send it to the keyservers you use (gpg --send-keys <key-id>, keys.openpgp.org); remove the key from GitHub (Settings > SSH and GPG keys) and from package repository trust lists, then create and distribute a new key.",
      revokeUrl: "https://www.gnupg.org/gph/en/manual/c14.html",
      audit:
        "Look for commits, tags, releases and packages signed with the key's fingerprint that you did not make, and for new keyserver uploads of the key.",
      bestPractices: [
        ...keyPractices,
        "keep the primary key offline and use subkeys (or a hardware token) for daily signing",
        "import signing keys into CI from its secret store, never from the repository",
      ],
    },
    keywords: ["BEGIN PGP PRIVATE KEY BLOCK"],
    pattern: new RegExp(
      String.raw`(?<secret>-----BEGIN PGP PRIVATE KEY BLOCK-----${NL}(?:[A-Za-z][A-Za-z0-9-]{0,40}:[ \t][^\r\n\\]{0,200}${NL}){0,8}(?:${NL})?(?:${LINE}${NL}){1,2000}(?:=[A-Za-z0-9+/]{4}${NL})?-----END PGP PRIVATE KEY BLOCK-----)`,
    ),
    window: { before: 64, after: 65536, multiline: true },
    skipPlaceholderCheck: true,
    validate: (secret) => {
      const key = pgpKey(secret);
      if (typeof key === "string") return key;
      return key.protected === true ? "passphrase-protected (reported by pgp-private-key-protected)" : true;
    },
    examples: [
      () => pgpArmor("pgp-1", false),
      () => `GPG_PRIVATE_KEY: |\n  ${indent(pgpArmor("pgp-2", false), 2)}`,
    ],
    negatives: [
      "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF...\n-----END PGP PRIVATE KEY BLOCK-----",
      () => pgpArmor("pgp-1", false).replace(/\n=(.{4})\n/, "\n=AAAA\n"),
      () =>
        `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${randomBody("pgp-pub", 10)}\n-----END PGP PUBLIC KEY BLOCK-----`,
    ],
    references: ["https://www.rfc-editor.org/rfc/rfc4880#section-5.5.3"],
  },
  {
    id: "pgp-private-key-protected",
    name: "OpenPGP private key block (passphrase-protected)",
    vendor: "OpenPGP",
    family: "Private Key",
    severity: "high",
    description:
      "An ASCII-armored OpenPGP secret key whose secret material is protected by a passphrase (S2K). It cannot be used without the passphrase, but offline guessing is possible and CI setups often store the passphrase next to it.",
    security: [
      "An attacker who guesses or finds the passphrase can sign releases and decrypt messages as the owner.",
      "The export also reveals the owner's identities and subkeys.",
    ],
    mitigation: {
      revoke:
        "Assume the passphrase can be recovered: publish a revocation certificate (gpg --gen-revoke <key-id>), send it to keyservers, remove the key from GitHub and package trust lists, and create a new key with a new passphrase.",
      revokeUrl: "https://www.gnupg.org/gph/en/manual/c14.html",
      audit: "Look for signatures made with the key's fingerprint that you did not make.",
      bestPractices: keyPractices,
    },
    keywords: ["BEGIN PGP PRIVATE KEY BLOCK"],
    pattern: new RegExp(
      String.raw`(?<secret>-----BEGIN PGP PRIVATE KEY BLOCK-----${NL}(?:[A-Za-z][A-Za-z0-9-]{0,40}:[ \t][^\r\n\\]{0,200}${NL}){0,8}(?:${NL})?(?:${LINE}${NL}){1,2000}(?:=[A-Za-z0-9+/]{4}${NL})?-----END PGP PRIVATE KEY BLOCK-----)`,
    ),
    window: { before: 64, after: 65536, multiline: true },
    skipPlaceholderCheck: true,
    validate: (secret) => {
      const key = pgpKey(secret);
      if (typeof key === "string") return key;
      return key.protected === true ? true : "not protected (reported by pgp-private-key)";
    },
    examples: [
      () => pgpArmor("pgp-3", true),
      () => `"signing_key": "${pgpArmor("pgp-4", true).replace(/\n/g, "\\n")}"`,
    ],
    negatives: [
      "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n<armored key>\n-----END PGP PRIVATE KEY BLOCK-----",
      () => pgpArmor("pgp-3", true).replace(/\n=(.{4})\n/, "\n=ZZZZ\n"),
    ],
  },
  {
    id: "putty-private-key",
    name: "PuTTY private key (.ppk, unencrypted)",
    vendor: "PuTTY",
    family: "Private Key",
    severity: "critical",
    description:
      "A PuTTY user key file (PuTTY-User-Key-File-2 or -3) as written by PuTTYgen, with Encryption: none. PuTTY, WinSCP, FileZilla and many Windows tools use .ppk files to log in over SSH.",
    security: [
      "An attacker can log in over SSH/SFTP to every server where the matching public key is authorized.",
      "The file converts to OpenSSH format with puttygen, so any SSH client can use it.",
    ],
    mitigation: {
      revoke:
        "Generate a new key in PuTTYgen (with a passphrase), then remove the leaked public key (shown in PuTTYgen as 'Public key for pasting into OpenSSH authorized_keys file') from ~/.ssh/authorized_keys on every server and from Git host SSH key settings.",
      revokeUrl: "https://the.earth.li/~sgtatham/putty/0.80/htmldoc/Chapter8.html",
      audit:
        "Review sshd logs (auth.log, journalctl -u ssh) for logins with the key's fingerprint during the exposure window.",
      bestPractices: [
        ...keyPractices,
        "use Pageant with a passphrase-protected key instead of an unencrypted .ppk",
      ],
    },
    keywords: ["PuTTY-User-Key-File-"],
    pattern: PPK,
    window: { before: 64, after: 16384, multiline: true },
    skipPlaceholderCheck: true,
    validate: (_secret, context) => {
      const check = ppkCheck(context);
      if (typeof check === "string") return check;
      return check.encrypted ? "encrypted (reported by putty-private-key-encrypted)" : true;
    },
    examples: [() => ppk("ppk-1", false), () => `"key": "${ppk("ppk-2", false, "\\n")}"`],
    negatives: [
      "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: key\nPublic-Lines: 2\n...\nPrivate-Lines: 1\n...\nPrivate-MAC: <mac>",
      () => ppk("ppk-1", false).replace("Private-Lines: 1", "Private-Lines: 3"),
    ],
    references: ["https://the.earth.li/~sgtatham/putty/0.80/htmldoc/AppendixC.html"],
  },
  {
    id: "putty-private-key-encrypted",
    name: "PuTTY private key (.ppk, passphrase-protected)",
    vendor: "PuTTY",
    family: "Private Key",
    severity: "high",
    description:
      "A PuTTY user key file encrypted with a passphrase (Encryption: aes256-cbc; Argon2 key derivation in version 3). Offline guessing of the passphrase is possible.",
    security: [
      "An attacker who guesses the passphrase can log in wherever the public key is authorized.",
      "Version 2 files derive the key with a single SHA-1 pass, which makes guessing fast.",
    ],
    mitigation: {
      revoke:
        "Generate a new key in PuTTYgen with a new passphrase and remove the old public key from ~/.ssh/authorized_keys on every server and from Git host SSH key settings.",
      revokeUrl: "https://the.earth.li/~sgtatham/putty/0.80/htmldoc/Chapter8.html",
      audit: "Review sshd logs for logins with the key's fingerprint during the exposure window.",
      bestPractices: keyPractices,
    },
    keywords: ["PuTTY-User-Key-File-"],
    pattern: PPK,
    window: { before: 64, after: 16384, multiline: true },
    skipPlaceholderCheck: true,
    validate: (_secret, context) => {
      const check = ppkCheck(context);
      if (typeof check === "string") return check;
      return check.encrypted ? true : "not encrypted (reported by putty-private-key)";
    },
    examples: [() => ppk("ppk-3", true), () => ppk("ppk-4", true, "\r\n")],
    negatives: [() => ppk("ppk-3", true).replace("ssh-ed25519\n", "ssh-rsa\n")],
  },
  {
    id: "ssh2-private-key",
    name: "SSH2 (ssh.com / Tectia) private key, unencrypted",
    vendor: "SSH Communications Security",
    family: "Private Key",
    severity: "critical",
    description:
      'A private key in the SSH Communications Security format (---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----), used by Tectia SSH and exported by PuTTYgen and others. Despite the label, this key is stored with cipher "none".',
    security: [
      "An attacker can log in over SSH wherever the matching public key is authorized.",
      "The key converts to OpenSSH format (ssh-keygen -i), so any client can use it.",
    ],
    mitigation: {
      revoke:
        "Generate a new key pair and remove the leaked public key from the authorized keys of every server (~/.ssh2/authorization with Tectia, ~/.ssh/authorized_keys with OpenSSH) and from Git host key settings.",
      revokeUrl: "https://datatracker.ietf.org/doc/html/rfc4716",
      audit:
        "Review the SSH servers' authentication logs for logins with the key during the exposure window.",
      bestPractices: keyPractices,
    },
    keywords: ["BEGIN SSH2 ENCRYPTED PRIVATE KEY"],
    pattern: SSH2,
    window: PEM_WINDOW,
    skipPlaceholderCheck: true,
    validate: (secret) => {
      const key = ssh2Cipher(secret);
      if (typeof key === "string") return key;
      return key.cipher === "none" ? true : "encrypted (reported by ssh2-private-key-encrypted)";
    },
    examples: [() => ssh2Key("ssh2-1", "none"), () => `key: |\n  ${indent(ssh2Key("ssh2-2", "none"), 2)}`],
    negatives: [
      '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "key"\nP2/56wAAA...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----',
      () =>
        `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n${randomBody("ssh2", 8)}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`,
    ],
  },
  {
    id: "ssh2-private-key-encrypted",
    name: "SSH2 (ssh.com / Tectia) private key, passphrase-protected",
    vendor: "SSH Communications Security",
    family: "Private Key",
    severity: "high",
    description:
      "A passphrase-encrypted private key in the SSH Communications Security format (---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----), usually with 3des-cbc. The passphrase protects it against casual use but not against offline guessing.",
    security: [
      "An attacker who guesses the passphrase can log in wherever the public key is authorized.",
      "The key derivation of this format is weak, so guessing is fast.",
    ],
    mitigation: {
      revoke:
        "Generate a new key pair with a new passphrase and remove the old public key from the authorized keys of every server and Git host.",
      revokeUrl: "https://datatracker.ietf.org/doc/html/rfc4716",
      audit:
        "Review the SSH servers' authentication logs for logins with the key during the exposure window.",
      bestPractices: keyPractices,
    },
    keywords: ["BEGIN SSH2 ENCRYPTED PRIVATE KEY"],
    pattern: SSH2,
    window: PEM_WINDOW,
    skipPlaceholderCheck: true,
    validate: (secret) => {
      const key = ssh2Cipher(secret);
      if (typeof key === "string") return key;
      return key.cipher !== "none" ? true : "not encrypted (reported by ssh2-private-key)";
    },
    examples: [
      () => ssh2Key("ssh2-3", "3des-cbc"),
      () => ssh2Key("ssh2-4", "3des-cbc").replace(/\n/g, "\r\n"),
    ],
    negatives: [
      "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n<key>\n---- END SSH2 ENCRYPTED PRIVATE KEY ----",
    ],
  },
  {
    id: "age-secret-key",
    name: "age secret key (X25519 identity)",
    vendor: "age",
    family: "Private Key",
    severity: "critical",
    description:
      "An identity of age, the file encryption tool (and of sops, chezmoi and other tools that use it): AGE-SECRET-KEY-1 followed by 58 bech32 characters encoding an X25519 private key and a checksum. Whoever holds it decrypts every file encrypted to its recipient (age1...).",
    security: [
      "Every file and secret encrypted to the matching age1... recipient can be decrypted, including sops-encrypted secrets committed to repositories.",
      "Encrypted backups made with the key are exposed retroactively.",
    ],
    mitigation: {
      revoke:
        "Generate a new identity with age-keygen, re-encrypt every file to the new recipient (for sops: update .sops.yaml and run sops updatekeys on each file), remove the old recipient, and rotate the secrets those files contain, since they must be assumed read.",
      revokeUrl: "https://github.com/FiloSottile/age#readme",
      audit:
        "List the files and sops documents encrypted to the old recipient: their contents are what leaked.",
      bestPractices: [
        "keep age identities out of repositories (keys.txt in ~/.config/sops/age/ or a secret store)",
        "use a separate identity per environment so that one leak exposes one environment",
      ],
    },
    keywords: ["AGE-SECRET-KEY-1"],
    pattern:
      /(?<secret>AGE-SECRET-KEY-1(?<![A-Za-z0-9_-]AGE-SECRET-KEY-1)[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
    skipPlaceholderCheck: true,
    validate: ageChecksum,
    examples: [
      () =>
        `# created: 2024-01-15T10:30:45Z\n# public key: age1${randomChars("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58, "age-pub")}\n${ageKey("age-1")}`,
      () => `SOPS_AGE_KEY=${ageKey("age-2")}`,
      () => `  age_key: "${ageKey("age-3")}"`,
    ],
    negatives: [
      "AGE-SECRET-KEY-1ABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890ABCDEFGHIJKLMNOPQRS",
      () => `SOPS_AGE_KEY=${ageKey("age-bad").slice(0, -1)}${ageKey("age-bad").endsWith("Q") ? "P" : "Q"}`,
      "SOPS_AGE_KEY=AGE-SECRET-KEY-1...",
    ],
    references: ["https://github.com/C2SP/C2SP/blob/main/age.md"],
  },
  {
    id: "dotnet-rsa-xml-private-key",
    name: ".NET RSA private key in XML (RSAKeyValue)",
    vendor: "Microsoft .NET",
    family: "Private Key",
    severity: "critical",
    description:
      "An RSA private key in the XML form of .NET's RSA.ToXmlString(true) and FromXmlString: <RSAKeyValue> with <Modulus>, <Exponent> and the private members <P>, <Q>, <DP>, <DQ>, <InverseQ> and <D>, base64-encoded. .NET applications keep license-signing, token-signing and encryption keys this way in App.config, appsettings and code, sometimes XML-escaped inside an attribute.",
    security: [
      "Whoever holds the key signs what the application trusts (licenses, tokens, updates) and decrypts what was encrypted to it.",
      "The public half, shipped to clients, cannot be replaced without a release: a leaked signing key stays usable until every client is updated.",
    ],
    mitigation: {
      revoke:
        "Generate a new key pair (RSA.Create(3072)), move the private key to a key store (Azure Key Vault, the Windows certificate store, DPAPI-protected storage), ship the new public key, and stop accepting what the old key signed; re-encrypt data encrypted to the old key.",
      revokeUrl: "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.rsa.toxmlstring",
      audit:
        "Look for licenses, tokens or signed files the application accepted that your issuer did not produce, from the exposure on.",
      bestPractices: [
        "export only the public key (ToXmlString(false)) into configuration and code",
        "sign through a key vault or HSM so that the private key never exists as a string",
      ],
    },
    keywords: ["<rsakeyvalue>", "&lt;rsakeyvalue&gt;"],
    window: { before: 64, after: 6000, multiline: true },
    pattern:
      /(?:<|&lt;)RSAKeyValue(?:>|&gt;)[\s\S]{0,4000}?(?:<|&lt;)D(?:>|&gt;)\s{0,4}(?<secret>[A-Za-z0-9+/]{80,1400}={0,2})\s{0,4}(?:<|&lt;)\/D(?:>|&gt;)/,
    skipPlaceholderCheck: true,
    minEntropy: 3.5,
    examples: [
      () =>
        `<RSAKeyValue><Modulus>${b64x(rnd(256, "xml-n"))}</Modulus><Exponent>AQAB</Exponent><P>${b64x(rnd(128, "xml-p"))}</P><Q>${b64x(rnd(128, "xml-q"))}</Q><DP>${b64x(rnd(128, "xml-dp"))}</DP><DQ>${b64x(rnd(128, "xml-dq"))}</DQ><InverseQ>${b64x(rnd(128, "xml-iq"))}</InverseQ><D>${b64x(rnd(256, "xml-d"))}</D></RSAKeyValue>`,
      () =>
        `<add key="LicenseSigningKey" value="&lt;RSAKeyValue&gt;&lt;Modulus&gt;${b64x(rnd(128, "xml-n2"))}&lt;/Modulus&gt;&lt;Exponent&gt;AQAB&lt;/Exponent&gt;&lt;D&gt;${b64x(rnd(128, "xml-d2"))}&lt;/D&gt;&lt;/RSAKeyValue&gt;" />`,
    ],
    negatives: [
      () =>
        `<RSAKeyValue><Modulus>${b64x(rnd(256, "xml-pub-n"))}</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>`,
      "<RSAKeyValue><Modulus>...</Modulus><Exponent>AQAB</Exponent><D>...</D></RSAKeyValue>",
    ],
    references: ["https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.rsa.toxmlstring"],
  },
  {
    id: "jwk-private-key",
    name: "JSON Web Key with private part",
    vendor: "JSON Web Key",
    family: "Private Key",
    severity: "critical",
    description:
      'A JSON Web Key (RFC 7517) holding private key material: an RSA, EC or OKP (Ed25519/X25519) key object with the private "d" member. JWKs configure OAuth/OIDC servers, JWT signing libraries and API request signing.',
    security: [
      "An attacker can sign JWTs, ID tokens and access tokens that every verifier trusting the key accepts.",
      "Data or tokens encrypted to the key (JWE) can be decrypted.",
    ],
    mitigation: {
      revoke:
        'Generate a new key with a new "kid", publish its public part in your JWKS endpoint, switch signing to it, then remove the leaked key\'s "kid" from the JWKS so that verifiers stop accepting tokens signed with it; invalidate sessions and refresh tokens issued during the exposure.',
      revokeUrl: "https://datatracker.ietf.org/doc/html/rfc7517",
      audit:
        "Look in your token issuer's and APIs' logs for tokens carrying the leaked key's kid that your issuer did not mint.",
      bestPractices: [
        "keep signing keys in a KMS or HSM and sign through it, so that the private part never exists as a file",
        "publish only public JWKs (without d, p, q, dp, dq, qi)",
      ],
    },
    keywords: ["kty"],
    pattern:
      /(?:\\?"d\\?"|(?<![\w$.])d)[ \t]{0,4}:[ \t]{0,4}(?:\\?"|')(?<secret>[A-Za-z0-9_-]{40,1400})(?:\\?"|')/,
    window: { before: 4096, after: 4096, multiline: true },
    skipPlaceholderCheck: true,
    minEntropy: 3.5,
    validate: jwkPrivate,
    examples: [
      () =>
        `{"kty": "EC", "crv": "P-256", "x": "${b64url(rnd(32, "jwk-x"))}", "y": "${b64url(rnd(32, "jwk-y"))}", "d": "${b64url(rnd(32, "jwk-d"))}", "kid": "signing-2024"}`,
      () =>
        `{\n  "d": "${b64url(rnd(256, "jwk-rsa-d"))}",\n  "e": "AQAB",\n  "kty": "RSA",\n  "n": "${b64url(rnd(256, "jwk-rsa-n"))}"\n}`,
      () =>
        `JWK="{\\"kty\\":\\"OKP\\",\\"crv\\":\\"Ed25519\\",\\"d\\":\\"${b64url(rnd(32, "jwk-okp-d"))}\\",\\"x\\":\\"${b64url(rnd(32, "jwk-okp-x"))}\\"}"`,
      () =>
        `const SIGNING_JWK = { kty: 'EC', crv: 'P-384', x: '${b64url(rnd(48, "jwk-js-x"))}', y: '${b64url(rnd(48, "jwk-js-y"))}', d: '${b64url(rnd(48, "jwk-js-d"))}' };`,
    ],
    negatives: [
      () =>
        `{"kty": "EC", "crv": "P-256", "x": "${b64url(rnd(32, "jwk-pub-x"))}", "y": "${b64url(rnd(32, "jwk-pub-y"))}"}`,
      () => `{"type": "point", "d": "${b64url(rnd(32, "jwk-not-a-key"))}"}`,
      '{"kty": "RSA", "d": "<private-exponent>", "e": "AQAB"}',
    ],
    references: [
      "https://datatracker.ietf.org/doc/html/rfc7517",
      "https://datatracker.ietf.org/doc/html/rfc7518#section-6",
    ],
  },
  {
    id: "jwk-symmetric-key",
    name: "JSON Web Key, symmetric (oct)",
    vendor: "JSON Web Key",
    family: "Secret",
    severity: "critical",
    description:
      'A JSON Web Key of type "oct" (RFC 7518): a shared symmetric key in its "k" member, used for HMAC-signed JWTs (HS256) or direct encryption (A256GCM).',
    security: [
      "An attacker can mint HS256 tokens that every service sharing the key accepts.",
      "Data encrypted directly with the key can be decrypted.",
    ],
    mitigation: {
      revoke:
        "Generate a new random key (32 bytes or more), deploy it to the issuer and every verifier, and remove the leaked key; sessions and tokens signed with it must be invalidated.",
      revokeUrl: "https://datatracker.ietf.org/doc/html/rfc7518#section-6.4",
      audit: "Look in your APIs' logs for tokens your issuer did not mint during the exposure window.",
      bestPractices: [
        "prefer asymmetric signing (ES256, EdDSA) so that verifiers never hold a key that can sign",
      ],
    },
    keywords: ["kty"],
    pattern: /\\?"k\\?"[ \t]{0,4}:[ \t]{0,4}\\?"(?<secret>[A-Za-z0-9_-]{22,700})\\?"/,
    window: { before: 2048, after: 2048, multiline: true },
    skipPlaceholderCheck: true,
    minEntropy: 3.5,
    validate: jwkSymmetric,
    examples: [
      () => `{"kty": "oct", "alg": "HS256", "k": "${b64url(rnd(32, "jwk-oct-1"))}"}`,
      () => `keys:\n  - {"k": "${b64url(rnd(64, "jwk-oct-2"))}", "kty": "oct", "kid": "hmac-1"}`,
    ],
    negatives: [
      () => `{"kty": "RSA", "k": "${b64url(rnd(32, "jwk-oct-neg"))}"}`,
      '{"kty": "oct", "k": "GawgguFyGrWKav7AX4VKUg..."}',
    ],
  },
  {
    id: "pkcs12-keystore-password",
    name: "PKCS#12 (.p12/.pfx) keystore password",
    vendor: "PKCS#12",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "The password of a PKCS#12 file (.p12 or .pfx: a private key with its certificate chain), written next to the file's path in configuration: Spring Boot server.ssl.key-store-password, Kestrel certificate settings, signing configurations. With the file, the password yields the private key.",
    security: [
      "Together with the .p12/.pfx file (often committed alongside), the password gives the private key: TLS server identity, client-certificate authentication, code or document signing.",
      "The same password is often used for other keystores of the same team.",
    ],
    mitigation: {
      revoke:
        "Replace the keystore: issue a new key and certificate, export it to a new .p12/.pfx with a new password, deploy both through your secret store, and revoke the old certificate with its CA (and remove it from client or signing trust lists).",
      revokeUrl: "https://docs.spring.io/spring-boot/reference/features/ssl.html",
      audit: keyAudit,
      bestPractices: [
        "keep keystores and their passwords in a secret store (Vault, Key Vault, Secrets Manager), mounted at run time",
        "never commit .p12/.pfx files; add them to .gitignore",
      ],
    },
    keywords: ["p12", "pfx", "pkcs12"],
    pattern: PKCS12_NAME,
    window: { before: 1024, after: 1024, multiline: true },
    validate: pkcs12Password,
    examples: [
      () =>
        `server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-password=${randomChars("alnum", 16, "p12-1")}\nserver.ssl.key-store-type=PKCS12`,
      () =>
        `"Certificates": {\n  "Default": {\n    "Path": "certs/api.pfx",\n    "Password": "${randomChars("alnum", 18, "p12-2")}"\n  }\n}`,
    ],
    negatives: [
      "server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-password=${KEYSTORE_PASSWORD}",
      "server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-password=changeit",
      // A truststore holds public CA certificates only.
      () =>
        `-Djavax.net.ssl.trustStore=/etc/pki/truststore.p12 -Djavax.net.ssl.trustStorePassword=${randomChars("alnum", 16, "p12-trust")}`,
    ],
    references: ["https://datatracker.ietf.org/doc/html/rfc7292"],
  },
  {
    id: "java-keystore-password",
    name: "Java keystore (JKS) password",
    vendor: "Java KeyStore",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "The password of a Java keystore (.jks, .keystore, JCEKS) written in configuration: javax.net.ssl.keyStorePassword, Spring server.ssl.key-store-password, Android signingConfigs storePassword/keyPassword, keystore.properties. With the keystore file, it yields the private keys inside (TLS, app signing).",
    security: [
      "Together with the keystore, the password gives its private keys: an Android app signing key lets an attacker publish updates under your name where Play App Signing is not used.",
      "TLS and client-certificate keys in the keystore let an attacker impersonate the service.",
    ],
    mitigation: {
      revoke:
        "Create a new keystore with a new password (keytool -genkeypair), move certificates to it, and revoke the old certificates. For an Android upload key, request an upload key reset in Google Play Console > Setup > App signing; a lost app signing key without Play App Signing cannot be replaced in place.",
      revokeUrl: "https://docs.oracle.com/en/java/javase/21/docs/specs/man/keytool.html",
      audit: keyAudit,
      bestPractices: [
        "read storePassword/keyPassword from environment variables or the CI secret store in Gradle (System.getenv)",
        "enroll Android apps in Play App Signing so that an upload key leak can be recovered",
      ],
    },
    keywords: [
      "storepass",
      "store-pass",
      "store_pass",
      "store.pass",
      "keypass",
      "key-pass",
      "key_pass",
      "key.pass",
    ],
    pattern: KEYSTORE_NAME,
    window: { before: 1024, after: 1024, multiline: true },
    validate: javaKeystorePassword,
    examples: [
      () =>
        `signingConfigs {\n    release {\n        storeFile file("release.jks")\n        storePassword "${randomChars("alnum", 16, "jks-1")}"\n        keyAlias "upload"\n    }\n}`,
      () =>
        `java -Djavax.net.ssl.keyStore=/etc/app/server.jks -Djavax.net.ssl.keyStorePassword=${randomChars("alnum", 14, "jks-2")} -jar app.jar`,
      () =>
        `storeFile=upload-keystore.jks\nstorePassword=${randomChars("alnum", 20, "jks-3")}\nkeyAlias=upload`,
    ],
    negatives: [
      "-Djavax.net.ssl.trustStore=/etc/ssl/cacerts.jks -Djavax.net.ssl.trustStorePassword=changeit",
      "// signingConfigs: storeFile\nconst keyPassword: Validator = (secret) => true;",
      "storeFile=release.jks\nstorePassword=System.getenv('STORE_PASSWORD')",
      "storeFile=release.jks\nstorePassword=android",
    ],
    references: ["https://developer.android.com/studio/publish/app-signing#secure-shared-keystore"],
  },
  {
    id: "java-keystore-password-in-code",
    name: "Keystore password passed to the Java KeyStore API in code",
    vendor: "Java KeyStore",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      'A keystore or key password written as a string literal in the Java call that opens the store or its keys: keyStore.load(in, "...".toCharArray()), getKey(alias, "...".toCharArray()), KeyManagerFactory.init(ks, "...".toCharArray()), new PasswordProtection("...".toCharArray()). With the keystore file, which usually ships beside the code, it yields the private keys inside.',
    security: [
      "Together with the keystore, the password gives its private keys: TLS and client-certificate keys let an attacker impersonate the service.",
      "The literal is in every build of the application, where a decompiler reads it.",
    ],
    mitigation: {
      revoke:
        "Create a new keystore with a new password (keytool -genkeypair), move the certificates to it and revoke the old ones; read the password from the environment or a secret store at start-up instead of the code.",
      revokeUrl: "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/security/KeyStore.html",
      audit: keyAudit,
      bestPractices: [
        "read keystore passwords from the environment or a secret store (Spring's server.ssl.key-store-password from a vault)",
        "keep keystores out of the repository and the build",
      ],
    },
    keywords: [".tochararray()"],
    window: { before: 256, after: 64 },
    pattern:
      /(?:\.(?:load|getKey|getEntry|setKeyEntry|store|init)\(|PasswordProtection\()[^;\n]{0,160}?"(?<secret>[^"\\\n]{4,128})"\.toCharArray\(\)/,
    validate: (secret) =>
      KNOWN_DEFAULTS.has(secret.toLowerCase())
        ? `the well-known default "${secret}"`
        : (passwordPlaceholderReason(secret) ?? true),
    examples: [
      () =>
        `        try (FileInputStream in = new FileInputStream("/etc/gateway/client.p12")) {\n            ks.load(in, "${randomChars("alnum", 16, "jks-code-1")}".toCharArray());\n        }`,
      () =>
        `Key key = keyStore.getKey("signing", "${randomChars("alnum", 14, "jks-code-2")}".toCharArray());`,
      () => `kmf.init(keyStore, "${randomChars("alnum", 18, "jks-code-3")}".toCharArray());`,
    ],
    negatives: [
      'trustStore.load(in, "changeit".toCharArray());',
      'ks.load(in, System.getenv("KEYSTORE_PASSWORD").toCharArray());',
      'for (char c : "abcdefgh".toCharArray()) count(c);',
    ],
    references: ["https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/security/KeyStore.html"],
  },
  {
    id: "der-private-key-base64",
    name: "Private key as bare base64 DER (no PEM armour)",
    vendor: "PEM",
    family: "Private Key",
    severity: "critical",
    description:
      "A private key (PKCS#1 RSA, SEC 1 EC or PKCS#8) written as the base64 of its DER bytes alone, without the BEGIN/END lines, under a private-key name, or under any name when it opens as the commonest RSA and P-256 keys do: the way SAML toolkits' settings (python3-saml and php-saml's sp.privateKey), Keycloak realm exports (a key provider's \"privateKey\": [\"MIIE...\"]) and payment SDKs' configurations (Alipay's and WeChat Pay's RSA_PRIVATE, APP_PRIVATE_KEY) hold keys. The decoded bytes are checked for the structure of a private key, so certificates and public keys under the same names are not reported.",
    security: [
      "The key signs as its owner: SAML assertions and requests, a Keycloak realm's tokens (every client of the realm trusts them), JWTs.",
      "Anyone who reads the file can impersonate the service provider or identity provider until the key is replaced everywhere it is trusted.",
    ],
    mitigation: {
      revoke: pemRevoke(
        "the identity provider's or service provider's metadata, a Keycloak realm's active keys (add a new key provider, make it active, then disable and delete the old one), JWT verifiers",
      ),
      revokeUrl: "https://www.keycloak.org/docs/latest/server_admin/#rotating-keys",
      audit: keyAudit,
      bestPractices: [
        ...keyPractices,
        "load SAML and signing keys from a file or secret store outside the repository, and export Keycloak realms without their key providers' private parts",
      ],
    },
    // The names, and the fixed base64 that opens the DER of the commonest keys under any name
    // (Alipay's and WeChat Pay's RSA_PRIVATE, APP_PRIVATE_KEY): PKCS#8 RSA, PKCS#1 RSA of 1024,
    // 2048 and 4096 bits, SEC 1 and PKCS#8 P-256.
    keywords: [
      "privatekey",
      "private_key",
      "private-key",
      "ADANBgkqhkiG9w0BAQEFAASC",
      "IBAAKBgQ",
      "IBAAKCAQEA",
      "IBAAKCAgEA",
      "MHcCAQEEI",
      "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0w",
    ],
    // A separator, then (Keycloak's component config) an opening bracket and its line break,
    // then a DER SEQUENCE's base64 ("M", its first byte 0x30); or more base64 after a DER opening.
    keywordGate:
      /["'\]]{0,2}[ \t]{0,3}(?::|=>|=|,)[ \t]{0,3}(?:\[\s{0,60})?["'\x60]?M[A-Za-z0-9+/]{20}|(?<=AAS[Cc]|[Kk][Bb][Gg][Qq]|[Aa][Qq][Ee][Aa]|[Aa][Gg][Ee][Aa]|[Ee][Ee][Ii]|[Bb][Gg]0[Ww])[A-Za-z0-9+/]{40}/i,
    window: { before: 64, after: 8192, multiline: true },
    pattern:
      /(?:(?:private[_-]?key|privateKey|PrivateKey|PRIVATE_KEY)["'\]]{0,2}[ \t]{0,3}(?::|=>|=|,)[ \t]{0,3}(?:\[\s{0,60})?["'\x60]?|(?<![A-Za-z0-9+/]))(?<secret>M[A-Za-z0-9+/]{60,6000}={0,2})(?![A-Za-z0-9+/=])/,
    skipPlaceholderCheck: true,
    validate: (secret) => {
      if (secret.length % 4 !== 0) return "not padded base64";
      const bytes = Buffer.from(secret, "base64");
      const verdicts = [rsaStructure, ecStructure, pkcs8Structure].map((structure) => structure(bytes));
      return verdicts.includes(true) ? true : `not the DER of a private key (${verdicts[0]})`;
    },
    examples: [
      () => `{
  "sp": {
    "entityId": "https://hr.acme.example/saml/metadata",
    "privateKey": "${pkcs8Der("der-1").toString("base64")}"
  }
}`,
      () =>
        `        "config": {
          "privateKey": [
            "${rsaDer("der-2").toString("base64")}"
          ],`,
      () => `    'privateKey' => '${ecDer("der-3").toString("base64")}',`,
      () => `SAML_SP_PRIVATE_KEY=${rsaDer("der-4").toString("base64")}`,
      // A payment SDK's merchant key under a name of its own, in a Java constant.
      () => `    public static final String RSA_PRIVATE = "${pkcs8Der("der-5").toString("base64")}";`,
      () => `alipay:\n  app-private-key: ${pkcs8Der("der-6").toString("base64")}`,
    ],
    negatives: [
      () => `"privateKey": "${pkcs8Der("der-cut").toString("base64").slice(0, 200)}"`,
      () =>
        `"privateKey": "${seq(seq(oid("2a864886f70d010101"), NULL), tlv(0x03, rnd(140, "der-pub"))).toString("base64")}"`,
      () => `"x509cert": "${seq(seq(int(2), rnd(600, "der-cert"))).toString("base64")}"`,
      // The public key beside it opens with the same algorithm identifier, not a private key's.
      () =>
        `ALIPAY_PUBLIC_KEY = "${seq(seq(oid("2a864886f70d010101"), NULL), tlv(0x03, rnd(270, "der-alipay-pub"))).toString("base64")}"`,
      '"privateKey": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC..."',
    ],
    references: [
      "https://github.com/SAML-Toolkits/python3-saml#settings",
      "https://datatracker.ietf.org/doc/html/rfc5208",
    ],
  },
  {
    id: "base64-pem-private-key",
    name: "Base64-encoded PEM private key",
    vendor: "PEM",
    family: "Private Key",
    severity: "critical",
    description:
      "A PEM private key (RSA, EC, DSA, PKCS#8 or OpenSSH) that was base64-encoded once more as a whole, the way Kubernetes Secret data:, CI/CD variables and .env files (PRIVATE_KEY_B64=LS0tLS1CRUdJTi...) store multi-line keys. The encoding hides the BEGIN line from a casual reader but not from anyone who decodes it; the decoded block is checked for the structure its label promises.",
    security: [
      "Decoded, the key impersonates the server, client or service account it belongs to (TLS, SSH, JWT signing).",
      "Keys stored this way are usually deployment keys with access to production.",
      "The encoded key stays in git history and CI logs after the line is removed.",
    ],
    mitigation: {
      revoke: pemRevoke(
        "the Kubernetes Secret or CI variable that held it, server TLS configuration, authorized_keys, JWT verifiers",
      ),
      revokeUrl: "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
      audit: keyAudit,
      bestPractices: [
        ...keyPractices,
        "base64 is not encryption: keep encoded keys out of manifests and use Sealed Secrets, SOPS or the CI's masked secret store",
      ],
    },
    keywords: ["LS0tLS1CRUdJTi"],
    pattern:
      /(?<secret>LS0tLS1CRUdJTi(?<![A-Za-z0-9+/]LS0tLS1CRUdJTi)[A-Za-z0-9+/]{80,24000}={0,2})(?![A-Za-z0-9+/=])/,
    window: { before: 16, after: 24576 },
    skipPlaceholderCheck: true,
    validate: base64PemValidator,
    examples: [
      () => `PRIVATE_KEY_B64=${Buffer.from(pem("RSA PRIVATE KEY", rsaDer("b64-1"))).toString("base64")}`,
      () =>
        `apiVersion: v1\nkind: Secret\ndata:\n  tls.key: ${Buffer.from(pem("PRIVATE KEY", pkcs8Der("b64-2"))).toString("base64")}\n`,
      () => `{"sshKey": "${Buffer.from(pem("EC PRIVATE KEY", ecDer("b64-3"))).toString("base64")}"}`,
    ],
    negatives: [
      () => `tls.crt: ${Buffer.from(pem("CERTIFICATE", rsaDer("b64-cert"))).toString("base64")}`,
      () =>
        `KEY_B64=${Buffer.from(`-----BEGIN RSA PRIVATE KEY-----\n${randomBody("b64")}\n-----END RSA PRIVATE KEY-----\n`).toString("base64")}`,
      () => `PUB_B64=${Buffer.from(pem("PUBLIC KEY", rsaDer("b64-pub"))).toString("base64")}`,
    ],
    references: ["https://datatracker.ietf.org/doc/html/rfc7468"],
  },
];
