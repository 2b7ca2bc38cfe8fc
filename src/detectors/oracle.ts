import { ASSIGN } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Oracle Cloud Infrastructure";
const about = "Oracle Cloud Infrastructure (OCI) is Oracle's public cloud.";

/** A PEM private key as OCI writes it, with the OCI_API_KEY label line Oracle recommends. */
function ociPem(label: string, rsaHeader = false): string {
  const kind = rsaHeader ? "RSA PRIVATE KEY" : "PRIVATE KEY";
  const lines = `MIIEv${randomChars("base64", 1619, label)}`.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${kind}-----\n${lines.join("\n")}\n-----END ${kind}-----\nOCI_API_KEY`;
}
/** OCI auth tokens: 20 printable characters, punctuation included. */
const authToken = (label: string) =>
  `${randomChars("alnum", 6, `${label}-a`)}${randomChars("+:}>.;-(]_", 1, `${label}-b`)}${randomChars("alnum", 6, `${label}-c`)}${randomChars("{<#)[", 1, `${label}-d`)}${randomChars("alnum", 6, `${label}-e`)}`;

export const detectors: Detector[] = [
  {
    id: "oracle-oci-api-signing-key",
    name: "OCI API signing private key",
    vendor,
    family: "Private Key",
    severity: "critical",
    description: `${about} Requests to the OCI API, CLI, SDKs and Terraform provider are signed with an RSA API signing key whose public half is uploaded to an IAM user. Oracle recommends appending a line reading OCI_API_KEY after the PEM block so that leaked keys can be recognised, and keys downloaded from the Console carry it.`,
    security: [
      "With the user and tenancy OCIDs and the key fingerprint (all in ~/.oci/config), the key signs API calls as the user, with all of the user's IAM policies.",
      "Administrators' keys control every compartment: compute, networking, Object Storage, databases and IAM itself.",
      "API signing keys do not expire.",
    ],
    mitigation: {
      revoke:
        "In the OCI Console open Identity & Security > Domains > the domain > Users > the user (or Profile > My profile for your own) > API keys, find the key by its fingerprint and Delete it; CLI: `oci iam user api-key delete --user-id <user ocid> --fingerprint <fingerprint>`. Then generate a new key pair for the legitimate client.",
      revokeUrl: "https://cloud.oracle.com/identity/domains/my-profile/api-keys",
      audit:
        "In Governance & Administration > Audit, search events for the user's principal (and the key fingerprint in the credential ID) across compartments and regions; review Cloud Guard problems and cost analysis for unexpected resources.",
      bestPractices: [
        "use instance, resource or workload identity principals instead of user API keys for automation",
        "protect private keys with a passphrase and file permissions 600, outside repositories",
        "keep the OCI_API_KEY label line so that leaked keys are detected and reported by Oracle",
      ],
    },
    keywords: ["OCI_API_KEY"],
    window: { before: 3600, after: 16, multiline: true },
    pattern:
      /(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----\r?\n[A-Za-z0-9+/=\r\n]{500,4000}-----END (?:RSA )?PRIVATE KEY-----\r?\nOCI_API_KEY)(?![A-Za-z0-9_])/,
    examples: [() => ociPem("oci-key-1"), () => `# ~/.oci/oci_api_key.pem\n${ociPem("oci-key-2", true)}\n`],
    negatives: [
      "-----BEGIN PRIVATE KEY-----\nMIIEv...\n-----END PRIVATE KEY-----\nOCI_API_KEY",
      "export OCI_API_KEY=~/.oci/oci_api_key.pem",
    ],
    references: ["https://docs.oracle.com/en-us/iaas/Content/API/Concepts/apisigningkey.htm"],
  },
  {
    id: "oracle-oci-auth-token",
    name: "OCI auth token",
    vendor,
    family: "Password",
    severity: "high",
    confidence: "medium",
    description: `${about} Auth tokens are Oracle-generated 20-character passwords (letters, digits and punctuation) for APIs that do not support signature authentication: docker login to the Container Registry (OCIR), the Object Storage Swift API, Streaming's Kafka interface and Autonomous Database credentials. They are recognised by names such as oci_user_authtoken or OCI_AUTH_TOKEN.`,
    security: [
      "With the user name, the token pushes and pulls images in the tenancy's Container Registry, enabling supply-chain attacks.",
      "It reads and writes Object Storage through the Swift API and produces or consumes Streaming messages as the user.",
      "Auth tokens do not expire.",
    ],
    mitigation: {
      revoke:
        "In the OCI Console open Identity & Security > Domains > the domain > Users > the user (or Profile > My profile) > Auth tokens and Delete the leaked token; CLI: `oci iam auth-token delete --user-id <user ocid> --auth-token-id <token ocid>`. Generate a new token and update docker logins and clients.",
      revokeUrl: "https://cloud.oracle.com/identity/domains/my-profile/auth-tokens",
      audit:
        "Search the Audit service for the user's Container Registry pushes and pulls, Object Storage and Streaming operations during the exposure.",
      bestPractices: [
        "use OCIR with instance principals or OKE workload identity instead of user auth tokens",
        "store tokens in OCI Vault and give each integration its own user with minimal policies",
      ],
    },
    keywords: ["oci_auth", "oci_user_auth", "ocir_auth", "ocir_token", "oci_authtoken", "ociauthtoken"],
    window: { before: 48, after: 64 },
    pattern: new RegExp(
      `(?:OCI_AUTH_TOKEN|OCI_AUTHTOKEN|OCI_USER_AUTH_TOKEN|OCI_USER_AUTHTOKEN|OCIR_AUTH_TOKEN|OCIR_TOKEN|oci_auth_token|oci_authtoken|oci_user_auth_token|oci_user_authtoken|ocir_auth_token|ocir_token|ociAuthToken)${ASSIGN}(?<secret>[!#-&(-~]{20})(?![!#-&(-~])`,
    ),
    examples: [
      () => `oci_user_authtoken = "${authToken("oci-at-1")}"`,
      () => `OCIR_AUTH_TOKEN='${authToken("oci-at-2")}'`,
    ],
    negatives: ['oci_user_authtoken = "<auth_token>"', "OCIR_AUTH_TOKEN=${OCIR_AUTH_TOKEN}"],
    references: ["https://docs.oracle.com/en-us/iaas/Content/Registry/Tasks/registrygettingauthtoken.htm"],
  },
];
