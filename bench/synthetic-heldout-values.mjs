/**
 * Credential values for the held-out synthetic corpus (bench/synthetic.mjs --set heldout). It
 * reuses the first set's builders for the common types (new labels, so new values) and adds
 * types the first set does not have, each written from the vendor's documented format (prefix,
 * length, alphabet, checksum), never from keyhound's patterns:
 *   Dynatrace: docs.dynatrace.com "Token format" (dt0c01.<24>.<64>, base32 upper case);
 *   CircleCI: CCIPAT_<22 alnum>_<40 hex>; Pinecone: pcsk_<6>_<63>; Tailscale:
 *   tskey-auth-k<11>CNTRL-<33>; Sentry org tokens: sntrys_<base64 JSON with iat, url,
 *   region_url, org>_<43 base64>; Grafana Cloud: glc_<base64 JSON {o, n, k, m}>; PlanetScale:
 *   pscale_pw_<43>; Square OAuth secret: sq0csp-<43>; Google OAuth refresh tokens:
 *   1//0<...>CgYIARAAGA<.>SNwF-L9Ir<...> (as Google's token endpoint returns them; public samples
 *   checked for each). The rest: /work/shared/FORMATS.md and the vendors' pages.
 */

import { createHmac } from "node:crypto";
import { base64url, checksummedToken } from "../dist/catalog/synth.js";
import { opensshEd25519, seededBytes } from "./synthetic-keys.mjs";
import { r, TYPES } from "./synthetic-values.mjs";

const h = (length, label) => r("hexLower", length, `ho-${label}`);
const a = (alphabet, length, label) => r(alphabet, length, `ho-${label}`);
const b64json = (value) => Buffer.from(JSON.stringify(value)).toString("base64");
const uuid = (label) => {
  const x = h(32, `uuid-${label}`);
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-8${x.slice(17, 20)}-${x.slice(20)}`;
};
/** A password a person picks: words, digits and a symbol that needs no quoting in INI/YAML/SQL. */
const chosenPassword = (label) =>
  `${a("alpha", 6, `cp1-${label}`)}${a("digits", 3, `cp2-${label}`)}${a("#%+=@", 1, `cp3-${label}`)}${a("alnum", 8, `cp4-${label}`)}`;

/** A PuTTY v3 key file (PPK) for an Ed25519 key, unencrypted, with its HMAC-SHA-256 MAC. */
function puttyEd25519(label) {
  const comment = `eddsa-key-${label}`;
  const [, publicB64] = opensshEd25519(`ppk-${label}`, comment).publicKey.split(" ");
  const publicBlob = Buffer.from(publicB64, "base64");
  const seed = seededBytes(32, `ssh-ppk-${label}`);
  const str = (data) => {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  };
  const privateBlob = str(seed);
  const macInput = Buffer.concat([
    str("ssh-ed25519"),
    str("none"),
    str(comment),
    str(publicBlob),
    str(privateBlob),
  ]);
  const lines = (buffer) => buffer.toString("base64").match(/.{1,64}/g) ?? [];
  const publicLines = lines(publicBlob);
  const privateLines = lines(privateBlob);
  return [
    "PuTTY-User-Key-File-3: ssh-ed25519",
    "Encryption: none",
    `Comment: ${comment}`,
    `Public-Lines: ${publicLines.length}`,
    ...publicLines,
    `Private-Lines: ${privateLines.length}`,
    ...privateLines,
    `Private-MAC: ${createHmac("sha256", Buffer.alloc(0)).update(macInput).digest("hex")}`,
  ].join("\n");
}

const REUSED = [
  "aws-access-key",
  "aws-session-token",
  "gcp-service-account",
  "google-api-key",
  "gcp-oauth-client-secret",
  "azure-storage-connection-string",
  "azure-entra-client-secret",
  "github-pat-classic",
  "github-pat-fine-grained",
  "github-app-installation-token",
  "gitlab-pat",
  "gitlab-runner-token",
  "slack-bot-token",
  "slack-webhook-url",
  "discord-webhook-url",
  "telegram-bot-token",
  "twilio-auth-token",
  "sendgrid-api-key",
  "stripe-secret-key",
  "stripe-webhook-secret",
  "shopify-access-token",
  "openai-api-key",
  "anthropic-api-key",
  "huggingface-token",
  "npm-access-token",
  "pypi-upload-token",
  "dockerhub-pat",
  "datadog-api-key",
  "vault-token",
  "terraform-cloud-token",
  "jwt",
  "rsa-private-key",
  "ec-private-key",
  "openssh-private-key",
  "postgres-uri",
  "mysql-uri",
  "mongodb-uri",
  "redis-uri",
  "generic-password",
  "basic-auth-header",
  "bearer-token",
];

export const HELDOUT_TYPES = {
  ...Object.fromEntries(REUSED.map((type) => [type, (label) => TYPES[type](`heldout-${label}`)])),
  "github-user-to-server-token": (l) => checksummedToken("ghu_", 30, `synthetic-ho-ghu-${l}`),
  "github-refresh-token": (l) => checksummedToken("ghr_", 70, `synthetic-ho-ghr-${l}`),
  "gitlab-pipeline-trigger-token": (l) => `glptt-${h(40, `glptt-${l}`)}`,
  "anthropic-admin-key": (l) => `sk-ant-admin01-${a("base64url", 93, `antadm-${l}`)}AA`,
  "openai-service-account-key": (l) =>
    `sk-svcacct-${a("base64url", 74, `oasa1-${l}`)}T3BlbkFJ${a("base64url", 74, `oasa2-${l}`)}`,
  "xai-api-key": (l) => `xai-${a("alnum", 80, `xai-${l}`)}`,
  "perplexity-api-key": (l) => `pplx-${a("alnum", 48, `pplx-${l}`)}`,
  "openrouter-api-key": (l) => `sk-or-v1-${h(64, `or-${l}`)}`,
  "langsmith-api-key": (l) => `lsv2_pt_${h(32, `ls1-${l}`)}_${h(10, `ls2-${l}`)}`,
  "pinecone-api-key": (l) => `pcsk_${a("alnum", 6, `pc1-${l}`)}_${a("alnum", 63, `pc2-${l}`)}`,
  "azure-openai-key": (l) => h(32, `aoai-${l}`),
  "mistral-api-key": (l) => a("alnum", 32, `mistral-${l}`),
  "circleci-pat": (l) => `CCIPAT_${a("alnum", 22, `cci1-${l}`)}_${h(40, `cci2-${l}`)}`,
  "buildkite-token": (l) => `bkua_${h(40, `bk-${l}`)}`,
  "sonarqube-token": (l) => `squ_${h(40, `squ-${l}`)}`,
  "octopus-api-key": (l) => `API-${a("upperAlnum", 26, `octo-${l}`)}`,
  "artifactory-api-key": (l) => `AKCp8${a("alnum", 68, `akcp-${l}`)}`,
  "crates-io-token": (l) => `cio${a("alnum", 32, `cio-${l}`)}`,
  "newrelic-license-key": (l) => `${h(36, `nral-${l}`)}NRAL`,
  "dynatrace-token": (l) => `dt0c01.${a("base32", 24, `dt1-${l}`)}.${a("base32", 64, `dt2-${l}`)}`,
  "grafana-cloud-token": (l) =>
    `glc_${b64json({
      o: a("digits", 6, `glco-${l}`),
      n: `stack-${a("digits", 6, `glcs-${l}`)}-hm-write-acme`,
      k: a("alnum", 24, `glck-${l}`),
      m: { r: "prod-eu-west-2" },
    })}`,
  "sentry-org-token": (l) =>
    `sntrys_${b64json({
      iat: 1735689600.25,
      url: "https://sentry.io",
      region_url: "https://de.sentry.io",
      org: "acme-corp",
    })}_${a("base64", 43, `sntrys-${l}`)}`,
  "posthog-personal-api-key": (l) => `phx_${a("alnum", 43, `phx-${l}`)}`,
  "brevo-api-key": (l) => `xkeysib-${h(64, `brevo1-${l}`)}-${a("alnum", 16, `brevo2-${l}`)}`,
  "teams-webhook-url": (l) =>
    `https://acmecorp.webhook.office.com/webhookb2/${uuid(`tw1-${l}`)}@${uuid(`tw2-${l}`)}/IncomingWebhook/${h(32, `tw3-${l}`)}/${uuid(`tw4-${l}`)}`,
  "slack-app-token": (l) =>
    `xapp-1-A${a("upperAlnum", 10, `xapp1-${l}`)}-${a("digits", 13, `xapp2-${l}`)}-${h(64, `xapp3-${l}`)}`,
  "razorpay-key-secret": (l) => ({
    secret: a("alnum", 24, `rzp-${l}`),
    id: `rzp_live_${a("alnum", 14, `rzpid-${l}`)}`,
  }),
  "flutterwave-secret-key": (l) => `FLWSECK-${h(32, `flw-${l}`)}-X`,
  "square-oauth-secret": (l) => `sq0csp-${a("base64url", 43, `sq0csp-${l}`)}`,
  "tailscale-auth-key": (l) => `tskey-auth-k${a("alnum", 11, `ts1-${l}`)}CNTRL-${a("alnum", 33, `ts2-${l}`)}`,
  "alibaba-access-key": (l) => ({
    secret: a("alnum", 30, `ali-${l}`),
    id: `LTAI5t${a("alnum", 18, `aliid-${l}`)}`,
  }),
  "cloudflare-origin-ca-key": (l) => `v1.0-${h(24, `cfo1-${l}`)}-${h(146, `cfo2-${l}`)}`,
  "supabase-access-token": (l) => `sbp_${h(40, `sbp-${l}`)}`,
  "planetscale-password": (l) => ({
    secret: `pscale_pw_${a("alnum", 43, `pscale-${l}`)}`,
    user: a("lowerAlnum", 20, `pscaleu-${l}`),
  }),
  "contentful-pat": (l) => `CFPAT-${a("base64url", 43, `cfpat-${l}`)}`,
  "hubspot-private-app-token": (l) => `pat-na1-${uuid(`hs-${l}`)}`,
  "cloudinary-url": (l) =>
    `cloudinary://${a("digits", 15, `cld1-${l}`)}:${a("base64url", 27, `cld2-${l}`)}@acme-media`,
  "shippo-api-token": (l) => `shippo_live_${h(40, `shippo-${l}`)}`,
  "launchdarkly-sdk-key": (l) => `sdk-${uuid(`ld-${l}`)}`,
  "onepassword-service-account-token": (l) =>
    `ops_${b64json({
      signInAddress: "acme-corp.1password.com",
      userAuth: {
        method: "SRPg-4096",
        alg: "PBES2g-HS256",
        iterations: 650000,
        salt: a("base64url", 22, `ops-salt-${l}`),
      },
      email: `${a("lower", 12, `ops-mail-${l}`)}@1passwordserviceaccounts.com`,
      srpX: h(64, `ops-srp-${l}`),
      muk: {
        alg: "A256GCM",
        ext: true,
        k: a("base64url", 43, `ops-muk-${l}`),
        key_ops: ["encrypt", "decrypt"],
        kty: "oct",
        kid: "mp",
      },
      secretKey: `A3-${a("upperAlnum", 6, `ops-sk1-${l}`)}-${a("upperAlnum", 6, `ops-sk2-${l}`)}-${a("upperAlnum", 5, `ops-sk3-${l}`)}-${a("upperAlnum", 5, `ops-sk4-${l}`)}-${a("upperAlnum", 5, `ops-sk5-${l}`)}-${a("upperAlnum", 5, `ops-sk6-${l}`)}`,
      deviceUuid: a("lowerAlnum", 26, `ops-dev-${l}`),
    }).replace(/=+$/, "")}`,
  "google-oauth-refresh-token": (l) =>
    `1//0${a("lower", 1, `grt0-${l}`)}${a("base64url", 11, `grt1-${l}`)}CgYIARAAGA${a("upper", 1, `grt2-${l}`)}SNwF-L9Ir${a("base64url", 64, `grt3-${l}`)}`,
  "azure-service-bus-connection-string": (l) =>
    `Endpoint=sb://acme-${a("lower", 6, `sbns-${l}`)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${seededBytes(32, `ho-sb-${l}`).toString("base64")}`,
  "azure-cosmosdb-connection-string": (l) =>
    `AccountEndpoint=https://acme-${a("lower", 6, `cosmos-${l}`)}.documents.azure.com:443/;AccountKey=${seededBytes(64, `ho-cosmos-${l}`).toString("base64")};`,
  "azure-sas-url": (l) =>
    `https://acmeexports${a("lower", 4, `sas-${l}`)}.blob.core.windows.net/reports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(seededBytes(32, `ho-sas-${l}`).toString("base64"))}`,
  "mssql-connection-string": (l) =>
    `Server=tcp:acme-${a("lower", 5, `mssql-${l}`)}.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=orders_app;Password=${chosenPassword(`mssql-${l}`)};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;`,
  "sql-user-password": (l) => chosenPassword(`sql-${l}`),
  "putty-private-key": (l) => puttyEd25519(l),
  "azure-devops-pat": (l) => a("abcdefghijklmnopqrstuvwxyz234567", 52, `ado-${l}`),
  "jwt-service-account": (l) =>
    [
      base64url(JSON.stringify({ alg: "RS256", kid: a("base64url", 43, `k8skid-${l}`) })),
      base64url(
        JSON.stringify({
          iss: "kubernetes/serviceaccount",
          "kubernetes.io/serviceaccount/namespace": "ci",
          "kubernetes.io/serviceaccount/secret.name": "deployer-token-x7k2p",
          "kubernetes.io/serviceaccount/service-account.name": "deployer",
          "kubernetes.io/serviceaccount/service-account.uid": uuid(`k8suid-${l}`),
          sub: "system:serviceaccount:ci:deployer",
        }),
      ),
      a("base64url", 342, `k8ssig-${l}`),
    ].join("."),
};
