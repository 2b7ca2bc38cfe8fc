/**
 * Values that vendors publish in their own documentation as samples or test credentials. Copied
 * into tutorials, READMEs and test suites everywhere, they guard nothing, so they are never
 * reported, whichever detector finds them: scan/build-findings.ts drops a candidate whose
 * secret's SHA-256 is listed here. It hashes every secret for the finding anyway, so the check
 * is one Map lookup per candidate, after overlap resolution (a sample dropped earlier, in the
 * engine, would let a generic detector report the same text).
 *
 * An entry holds the value itself only where it reads as a placeholder to any scanner (AWS's
 * EXAMPLE keys); otherwise its SHA-256 and a hint, so that the repository holds no live-looking
 * literal. Add an entry only with the vendor's page that publishes the value.
 *
 * Public values recognised by their structure rather than as one exact string stay with their
 * detectors: jwt.ts rejects any token with the jwt.io sample's claims, whatever key signed it;
 * crypto-wallets.ts the Hardhat/Anvil development keys in any case, with or without 0x.
 */
import { createHash } from "node:crypto";

export interface PublicSample {
  readonly vendor: string;
  /** What the value is, and why reporting it would help no one. */
  readonly why: string;
  /** The vendor's page that publishes it. */
  readonly url: string;
}

export type ListedSample = PublicSample &
  (
    | { readonly value: string }
    | {
        /** SHA-256 of the value, in lower-case hex. */
        readonly sha256: string;
        /** The value's first and last characters, so that a reader can tell which one it is. */
        readonly hint: string;
      }
  );

export const PUBLIC_SAMPLES: readonly ListedSample[] = [
  {
    vendor: "AWS",
    value: "AKIAIOSFODNN7EXAMPLE",
    why: "the access key id AWS uses in every example of its documentation",
    url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
  },
  {
    vendor: "AWS",
    value: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    why: "the secret access key documented with AKIAIOSFODNN7EXAMPLE",
    url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
  },
  {
    vendor: "Grafana",
    sha256: "f3c3964ca854e172366f81d8bdb327da487c2f8a15f954b116e28961dd6585c0",
    hint: "SW2Y…PsMm",
    why: "the secret_key of Grafana's own defaults.ini and sample.ini, shipped with every install (a server still using it should change it, but the value itself is public)",
    url: "https://github.com/grafana/grafana/blob/main/conf/defaults.ini",
  },
  {
    vendor: "Google Authenticator",
    sha256: "8be5d113c0871ce1a122d68a7dff940ab7b09ad8dfcfd9a85aa5c1acc026279e",
    hint: "JBSW…3PXP",
    why: "the TOTP secret of the otpauth:// URI example in Google Authenticator's Key Uri Format page, copied into every 2FA tutorial",
    url: "https://github.com/google/google-authenticator/wiki/Key-Uri-Format",
  },
  {
    vendor: "Discord",
    sha256: "02f7ce3c263f85c019eeeeea4b08f1b7f6ade2b7a2199c14f3efdac0eef382e1",
    hint: "MTk4…7kKWs",
    why: "the bot token of the Authorization header example in Discord's API reference, in bot tutorials and library tests",
    url: "https://discord.com/developers/docs/reference#authentication",
  },
  {
    vendor: "GameAnalytics",
    sha256: "c46a04c92b6ae080c4ca815fb8c0f15ce6de501ad680b16a6a1d09c42fcddccb",
    hint: "1681…ccbac",
    why: "the secret key of the sandbox game GameAnalytics publishes for trying its Collection API, built into SDK samples and tests",
    url: "https://docs.gameanalytics.com/integrations/api/setup",
  },
  {
    vendor: "Mailgun",
    sha256: "9c846fdf0fa8955c377d0301542ee20ecd4585c5f359aa0a4cf15d44424f573d",
    hint: "key-3ax6…eol0",
    why: "the API key of every curl, Python and Ruby example in Mailgun's API documentation (its reStructuredText sources too), copied into client libraries' READMEs and tests",
    url: "https://github.com/mailgun/documentation",
  },
  {
    vendor: "Svix",
    sha256: "96ad2ccd81462a766178ae09a71df55f548a3f66da11606f9cdf40b391e22dd0",
    hint: "whsec_MfKQ…LaSw",
    why: "the signing secret of Svix's webhook verification examples, repeated in the docs of the services that send through Svix",
    url: "https://docs.svix.com/receiving/verifying-payloads/how",
  },
  {
    vendor: "Wazuh",
    sha256: "8d454b4a783c0a4f915e7389ed34fc076cc92f44518783c59e9b7be4558748d5",
    hint: "c98b…9088",
    why: "the cluster key of every <cluster> example in Wazuh's documentation and of the wazuh-docker images' ossec.conf, copied into Ansible roles and compose files",
    url: "https://documentation.wazuh.com/current/user-manual/manager/wazuh-server-cluster.html",
  },
  {
    vendor: "Helicone",
    sha256: "37ab2f62ab867805407b47de841d947c13a5aeff92056b29c04cbd1266fd6d3b",
    hint: "sk-helicone-aizk…3aqa",
    why: "the API key of the test organization that Helicone's own repository seeds for local development and its test suites, copied into forks and examples",
    url: "https://github.com/Helicone/helicone",
  },
  {
    vendor: "jwt.io",
    sha256: "7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606",
    hint: "eyJhbGciOiJIUzI1…ssw5c",
    why: 'the HS256 sample token of the jwt.io debugger (sub "1234567890", name "John Doe"), in countless tutorials',
    url: "https://jwt.io/",
  },
  {
    vendor: "Stripe",
    sha256: "f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397",
    hint: "sk_test_BQok…olfQ2",
    why: "the sample test-mode key included in every example of Stripe's API reference",
    url: "https://docs.stripe.com/api/authentication",
  },
  {
    vendor: "Stripe",
    sha256: "2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326",
    hint: "sk_test_4eC3…p7dc",
    why: "the earlier sample test-mode key of Stripe's documentation and code samples",
    url: "https://stripe.com/jp/checkout",
  },
  {
    vendor: "Slack",
    sha256: "2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb",
    hint: "xoxb-176536…bqgy",
    why: "the bot token in the sample response of oauth.v2.access",
    url: "https://api.slack.com/methods/oauth.v2.access",
  },
  {
    vendor: "X (Twitter)",
    sha256: "b390e2e57c227c0722bf8a283a4d3cb4dcf067da300d776b0b17797025b95824",
    hint: "AAAAAAAAAAAAAAAAAAAAAMLhe…bJcE3F",
    why: "the invalidated bearer token shown in X's guide to bearer tokens",
    url: "https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens",
  },
  {
    vendor: "Google reCAPTCHA",
    sha256: "f5e95c9954635b65acab57e6d5ea663eb900f06dc8794a90358f5abb1c77d4e0",
    hint: "6LeIxAcTAAAAAGG…4WifJWe",
    why: "the v2 test secret key, with which every verification passes; it protects nothing",
    url: "https://developers.google.com/recaptcha/docs/faq#id-like-to-run-automated-tests-with-recaptcha.-what-should-i-do",
  },
  {
    vendor: "Microsoft Azure",
    sha256: "0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059",
    hint: "Eby8vdM02xNO…GMGw==",
    why: "the account key of devstoreaccount1 in Azurite and the Storage Emulator; it only works against the local emulator",
    url: "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#http-connection-strings",
  },
  {
    vendor: "Microsoft Azure",
    sha256: "aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615",
    hint: "C2y6yDjf5/R+…Iw/Jw==",
    why: "the fixed key of the Azure Cosmos DB emulator; it only works against the local emulator",
    url: "https://learn.microsoft.com/en-us/azure/cosmos-db/emulator#authentication",
  },
  {
    vendor: "Dynatrace",
    sha256: "9154e2e6fbfb1e50a3f18fe4deb606917d1438eec3788a5dbc2af765e83f29ac",
    hint: "dt0s01.ST2E…72RZM",
    why: "the example token of the token-format section of Dynatrace's access-token documentation, copied into integrations' docs and tests",
    url: "https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens",
  },
  {
    vendor: "MinIO",
    sha256: "df452eef23e8cf2c74af54c0c7419c05a5ec70ef4d5c2eb04082b02af8c55598",
    hint: "zuf+tfteSl…KYY3TG",
    why: "the secret key of MinIO's public playground server (play.min.io), open to anyone, in MinIO's SDK examples",
    url: "https://github.com/minio/minio-go#example---file-uploader",
  },
  {
    vendor: "AWS",
    sha256: "377c62d1a6b29fe6d44f8e6a7f1f37c047e134a3a93ba09895b5c4b1fd5b46c7",
    hint: "AQoDYXdzEPT/////…xBA==",
    why: "the session token in the example responses of STS AssumeRole and GetFederationToken, printed by every AWS SDK's documentation",
    url: "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html",
  },
  {
    vendor: "AWS",
    sha256: "e8c7f7fee2382b65a08b5107afd94686cd9cd7c8bcf5368caed2942da55d64a4",
    hint: "IQoJb3JpZ2luX2Vj…xBA==",
    why: "the session token in the example response of STS AssumeRoleWithSAML, printed by every AWS SDK's documentation",
    url: "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html",
  },
  {
    vendor: "AWS",
    sha256: "6c4bdd45bcf532df3a6b4dcd59d916d548a28b9a138b5a7e119828ab90eface7",
    hint: "AQoEXAMPLEH4aoAH…O7fAE",
    why: "the session token in the example response of STS GetSessionToken, printed by every AWS SDK's documentation",
    url: "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html",
  },
  {
    vendor: "AWS",
    sha256: "ce4c9cdcf4277d15792dfdb6671dd96f67d2b12b35ee3e79ced10e4ef4f318cc",
    hint: "Some…!@#",
    why: "the console password in the example request of IAM UpdateLoginProfile, printed by every AWS SDK's documentation",
    url: "https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateLoginProfile.html",
  },
  {
    vendor: "AWS",
    sha256: "d8ccc3c547c850170a24a46dceca05861438dca7b115589739d526d2df404b66",
    hint: "h]6E…J*m",
    why: "the console password in the example request of IAM CreateLoginProfile, printed by every AWS SDK's documentation",
    url: "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html",
  },
  {
    vendor: "AWS",
    sha256: "a9ecc465cf1159aefa21102d8d7a0a59ab51b5905888e33853c940fca66fb82c",
    hint: "BnQw…T29",
    why: "the database password in the example secrets of Secrets Manager's CreateSecret, GetSecretValue and PutSecretValue, printed by every AWS SDK's documentation",
    url: "https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html",
  },
  {
    vendor: "Supabase",
    sha256: "c85debb55f2f204d868cc1552c42faa143b4c675f61363ab040dd50b5b5304cd",
    hint: "sb_secret_N7UN…EMPvz",
    why: "the secret key every local stack started by the Supabase CLI gets (its defaultSecretKey), printed by `supabase status` and valid only against http://127.0.0.1:54321",
    url: "https://github.com/supabase/cli/blob/develop/pkg/config/apikeys.go",
  },
];

const sha256Hex = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * SHA-256 prefixes of the private keys of Hardhat/Anvil's default accounts, derived from the
 * public "test test ... junk" mnemonic: everyone has them, they guard nothing.
 */
const PUBLIC_DEV_KEYS = new Set([
  "bc1a50966c9e6486bc4ebf880b51611a",
  "8335c55334821eefd4334369ff9c04a8",
  "b26ab6529d20ebebb4192256f2029847",
]);

/**
 * Whether `value` (64 hex characters, with or without 0x, in any case) is one of those keys:
 * the wallet detectors and a `--private-key` flag both meet them.
 */
export function isPublicDevelopmentKey(value: string): boolean {
  const hex = value.replace(/^0x/i, "").toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) && PUBLIC_DEV_KEYS.has(sha256Hex(hex).slice(0, 32));
}

const bySha256: ReadonlyMap<string, PublicSample> = new Map(
  PUBLIC_SAMPLES.map((sample) => ["value" in sample ? sha256Hex(sample.value) : sample.sha256, sample]),
);

/** The published sample whose SHA-256 (lower-case hex) is `secretHash`, if it is one. */
export function publicSampleByHash(secretHash: string): PublicSample | undefined {
  return bySha256.get(secretHash);
}
