import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * Apache Pulsar's token authentication signs role tokens (JWTs, which the jwt detectors
 * report) with a secret key, or verifies them with a public key. The broker reads the key from
 * `tokenSecretKey`, either as a file or inline as a data URL: the inline form puts the signing
 * key itself in broker.conf, standalone.conf or a Helm chart's values.
 */

const secretKey = (label: string) =>
  Buffer.from(randomChars("hexLower", 64, label), "hex").toString("base64");

export const detectors: Detector[] = [
  {
    id: "pulsar-token-secret-key",
    name: "Apache Pulsar token signing key",
    vendor: "Apache Pulsar",
    family: "Signing Key",
    severity: "critical",
    description:
      "The HMAC secret key an Apache Pulsar cluster signs and verifies its role tokens with, written inline as `tokenSecretKey=data:;base64,...` in broker.conf, proxy.conf, standalone.conf or a chart's values. `pulsar tokens create-secret-key` generates it (32 random bytes by default).",
    security: [
      "With the key anyone can mint a token for any role, superuser roles included, and so produce, consume and administer every tenant and namespace of the cluster.",
    ],
    mitigation: {
      revoke:
        "Generate a new key (`bin/pulsar tokens create-secret-key --output my-secret.key --base64`), point tokenSecretKey at it as a file (`file:///path/my-secret.key`) on every broker and proxy, restart them, and issue new tokens to every client: all tokens signed with the old key stop working.",
      revokeUrl: "https://pulsar.apache.org/docs/next/security-jwt/",
      audit:
        "Review the brokers' logs for connections and admin operations by roles you did not issue tokens to, and superuser actions, during the exposure.",
      bestPractices: [
        "give tokenSecretKey as a file:// path to a key outside the repository, or use an asymmetric key pair so that brokers hold only the public key",
      ],
    },
    keywords: ["tokensecretkey"],
    pattern:
      /tokenSecretKey["']?[ \t]{0,3}[=:][ \t]{0,3}["']?data:;base64,(?<secret>[A-Za-z0-9+/]{22,342}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) =>
      Buffer.from(secret, "base64").length >= 16 ? true : "shorter than a 128-bit key when decoded",
    examples: [
      () =>
        `authenticationEnabled=true\nauthenticationProviders=org.apache.pulsar.broker.authentication.AuthenticationProviderToken\ntokenSecretKey=data:;base64,${secretKey("pulsar-1")}`,
      () => `broker:\n  configData:\n    tokenSecretKey: "data:;base64,${secretKey("pulsar-2")}"`,
    ],
    negatives: [
      "tokenSecretKey=file:///pulsar/keys/token/secret.key",
      "tokenSecretKey=data:;base64,${PULSAR_TOKEN_SECRET}",
    ],
    references: ["https://pulsar.apache.org/docs/next/security-jwt/"],
  },
];
