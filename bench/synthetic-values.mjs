/**
 * Credential values for the synthetic corpus (bench/synthetic.mjs), one builder per type, each
 * written from the vendor's documented format (prefix, length, alphabet, checksum: see
 * /work/shared/FORMATS.md and the vendors' pages), never from keyhound's patterns. A builder
 * takes a label and returns the secret, or an object whose `secret` is the credential and whose
 * other fields are the values it is used with (a key id, an account SID): same label, same
 * values, on every run.
 */

import { crc32 } from "node:zlib";
import { base64url, checksummedToken, randomChars } from "../dist/catalog/synth.js";
import {
  ageIdentity,
  ecPem,
  ed25519Pkcs8Pem,
  natsUserNkey,
  opensshEd25519,
  pgpSecretKey,
  rsaPem,
  seededBytes,
} from "./synthetic-keys.mjs";

export const r = (alphabet, length, label) => randomChars(alphabet, length, `synthetic-${label}`);
const hex = (length, label) => r("hexLower", length, label);
const b64 = (text) => Buffer.from(text).toString("base64");
const crcHex = (text) => crc32(text).toString(16).toUpperCase().padStart(8, "0");
/** Characters a user picks for a password that need no escaping in URLs, YAML or shells. */
const password = (label) =>
  `${r("alnum", 10, `pw1-${label}`)}${r("-_.!~", 2, `pw2-${label}`)}${r("alnum", 7, `pw3-${label}`)}`;
const jwt = (header, payload, label) =>
  `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${r("base64url", 43, `jwt-${label}`)}`;

export const TYPES = {
  "aws-access-key": (l) => ({
    secret: r("base64", 40, `aws-s-${l}`),
    id: `AKIA${r("base32", 16, `aws-id-${l}`)}`,
  }),
  "aws-session-token": (l) => ({
    secret: `IQoJb3JpZ2luX2VjE${r("base64", 580, `aws-st-${l}`)}`,
    id: `ASIA${r("base32", 16, `aws-sid-${l}`)}`,
    key: r("base64", 40, `aws-ss-${l}`),
  }),
  "gcp-service-account": (l) => {
    const project = `acme-${r("lower", 6, `gcp-p-${l}`)}-${r("digits", 6, `gcp-pn-${l}`)}`;
    return JSON.stringify(
      {
        type: "service_account",
        project_id: project,
        private_key_id: hex(40, `gcp-kid-${l}`),
        private_key: `${rsaPem("pkcs8")}\n`,
        client_email: `deployer@${project}.iam.gserviceaccount.com`,
        client_id: r("digits", 21, `gcp-cid-${l}`),
        auth_uri: "https://accounts.google.com/o/oauth2/auth",
        token_uri: "https://oauth2.googleapis.com/token",
        auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
        universe_domain: "googleapis.com",
      },
      null,
      2,
    );
  },
  "google-api-key": (l) => `AIza${r("base64url", 35, `gapi-${l}`)}`,
  "gcp-oauth-client-secret": (l) => ({
    secret: `GOCSPX-${r("base64url", 28, `gocspx-${l}`)}`,
    id: `${r("digits", 12, `gcid1-${l}`)}-${r("lowerAlnum", 32, `gcid2-${l}`)}.apps.googleusercontent.com`,
  }),
  "azure-storage-connection-string": (l) =>
    `DefaultEndpointsProtocol=https;AccountName=acme${r("lower", 8, `azn-${l}`)};AccountKey=${seededBytes(64, `az-${l}`).toString("base64")};EndpointSuffix=core.windows.net`,
  "azure-entra-client-secret": (l) =>
    `${r("alnum", 3, `ent1-${l}`)}${r("digits", 1, `ent2-${l}`)}Q~${r("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-", 34, `ent3-${l}`)}`,
  "github-pat-classic": (l) => checksummedToken("ghp_", 30, `synthetic-ghp-${l}`),
  "github-pat-fine-grained": (l) =>
    `github_pat_11${r("upperAlnum", 20, `ghf1-${l}`)}_${r("alnum", 59, `ghf2-${l}`)}`,
  "github-oauth-token": (l) => checksummedToken("gho_", 30, `synthetic-gho-${l}`),
  "github-app-installation-token": (l) => checksummedToken("ghs_", 30, `synthetic-ghs-${l}`),
  "gitlab-pat": (l) => `glpat-${r("base64url", 20, `glpat-${l}`)}`,
  "gitlab-runner-token": (l) => `glrt-${r("base64url", 20, `glrt-${l}`)}`,
  "gitlab-deploy-token": (l) => ({
    secret: `gldt-${r("base64url", 20, `gldt-${l}`)}`,
    user: `gitlab+deploy-token-${r("digits", 6, `gldu-${l}`)}`,
  }),
  "bitbucket-app-password": (l) => {
    const head = `ATBB${r("alnum", 24, `atbb-${l}`)}`;
    return `${head}${crcHex(head)}`;
  },
  "atlassian-api-token": (l) => {
    const head = `ATATT3xFfGF0${r("base64url", 171, `atatt-${l}`)}=`;
    return `${head}${crcHex(head)}`;
  },
  "slack-bot-token": (l) =>
    `xoxb-${r("digits", 12, `sb1-${l}`)}-${r("digits", 13, `sb2-${l}`)}-${r("alnum", 24, `sb3-${l}`)}`,
  "slack-user-token": (l) =>
    `xoxp-${r("digits", 12, `su1-${l}`)}-${r("digits", 12, `su2-${l}`)}-${r("digits", 13, `su3-${l}`)}-${hex(32, `su4-${l}`)}`,
  "slack-webhook-url": (l) =>
    `https://hooks.slack.com/services/T${r("upperAlnum", 10, `sw1-${l}`)}/B${r("upperAlnum", 10, `sw2-${l}`)}/${r("alnum", 24, `sw3-${l}`)}`,
  "discord-bot-token": (l) =>
    `${b64(`1${r("digits", 18, `dc1-${l}`)}`).replace(/=+$/, "")}.${r("base64url", 6, `dc2-${l}`)}.${r("base64url", 38, `dc3-${l}`)}`,
  "discord-webhook-url": (l) =>
    `https://discord.com/api/webhooks/1${r("digits", 18, `dw1-${l}`)}/${r("base64url", 68, `dw2-${l}`)}`,
  "telegram-bot-token": (l) =>
    `${r("123456789", 1, `tg0-${l}`)}${r("digits", 9, `tg1-${l}`)}:AA${r("base64url", 33, `tg2-${l}`)}`,
  "twilio-auth-token": (l) => ({ secret: hex(32, `twt-${l}`), sid: `AC${hex(32, `twsid-${l}`)}` }),
  "twilio-api-key": (l) => ({ secret: r("alnum", 32, `twks-${l}`), sid: `SK${hex(32, `twk-${l}`)}` }),
  "sendgrid-api-key": (l) => `SG.${r("base64url", 22, `sg1-${l}`)}.${r("base64url", 43, `sg2-${l}`)}`,
  "mailgun-api-key": (l) => `${hex(32, `mg1-${l}`)}-${hex(8, `mg2-${l}`)}-${hex(8, `mg3-${l}`)}`,
  "mailchimp-api-key": (l) =>
    `${hex(32, `mc-${l}`)}-us${r("123456789", 1, `mcdc-${l}`)}${r("digits", 1, `mcdc2-${l}`)}`,
  "stripe-secret-key": (l) => `sk_live_51${r("alnum", 97, `sk-${l}`)}`,
  "stripe-restricted-key": (l) => `rk_live_51${r("alnum", 97, `rk-${l}`)}`,
  "stripe-webhook-secret": (l) => `whsec_${r("alnum", 32, `whsec-${l}`)}`,
  "square-access-token": (l) => `EAAA${r("base64url", 60, `sq-${l}`)}`,
  "shopify-access-token": (l) => `shpat_${hex(32, `shp-${l}`)}`,
  "braintree-access-token": (l) =>
    `access_token$production$${r("lowerAlnum", 16, `bt1-${l}`)}$${hex(32, `bt2-${l}`)}`,
  "openai-api-key": (l) =>
    `sk-proj-${r("base64url", 74, `oa1-${l}`)}T3BlbkFJ${r("base64url", 74, `oa2-${l}`)}`,
  "anthropic-api-key": (l) => `sk-ant-api03-${r("base64url", 93, `ant-${l}`)}AA`,
  "huggingface-token": (l) => `hf_${r("alpha", 34, `hf-${l}`)}`,
  "cohere-api-key": (l) => r("alnum", 40, `co-${l}`),
  "groq-api-key": (l) => `gsk_${r("alnum", 52, `groq-${l}`)}`,
  "replicate-api-token": (l) => `r8_${r("alnum", 37, `r8-${l}`)}`,
  "npm-access-token": (l) => checksummedToken("npm_", 30, `synthetic-npm-${l}`),
  "pypi-upload-token": (l) => `pypi-AgEIcHlwaS5vcmc${r("base64url", 160, `pypi-${l}`)}`,
  "dockerhub-pat": (l) => `dckr_pat_${r("base64url", 27, `dckr-${l}`)}`,
  // NuGetGallery's ApiKeyV4: base32 of "v4" + 10 bytes, then of 16 bytes; each part's last
  // character holds its padding bits.
  "nuget-api-key": (l) =>
    `oy2${r("abcdefghijklmnopqrstuvwxyz234567", 16, `nuget-${l}-id`)}${r("aq", 1, `nuget-${l}-a`)}${r("abcdefghijklmnopqrstuvwxyz234567", 25, `nuget-${l}-pw`)}${r("aeimquy4", 1, `nuget-${l}-b`)}`,
  "rubygems-api-key": (l) => `rubygems_${hex(48, `gem-${l}`)}`,
  "heroku-api-key": (l) => `HRKU-AA${r("base64url", 58, `hrku-${l}`)}`,
  "digitalocean-token": (l) => `dop_v1_${hex(64, `do-${l}`)}`,
  "datadog-api-key": (l) => hex(32, `dd-${l}`),
  "datadog-app-key": (l) => hex(40, `ddapp-${l}`),
  "newrelic-user-api-key": (l) => `NRAK-${r("upperAlnum", 27, `nrak-${l}`)}`,
  "sentry-user-auth-token": (l) => `sntryu_${hex(64, `sntryu-${l}`)}`,
  "okta-api-token": (l) => `00${r("base64url", 40, `okta-${l}`)}`,
  "auth0-client-secret": (l) => ({ secret: r("base64url", 64, `a0s-${l}`), id: r("alnum", 32, `a0id-${l}`) }),
  "vault-token": (l) => `hvs.CAESI${r("base64url", 86, `hvs-${l}`)}`,
  "terraform-cloud-token": (l) => `${r("alnum", 14, `tfc1-${l}`)}.atlasv1.${r("alnum", 67, `tfc2-${l}`)}`,
  "databricks-token": (l) => `dapi${hex(32, `dapi-${l}`)}`,
  "linear-api-key": (l) => `lin_api_${r("alnum", 40, `lin-${l}`)}`,
  "notion-token": (l) => `ntn_${r("digits", 11, `ntn1-${l}`)}${r("alnum", 35, `ntn2-${l}`)}`,
  "airtable-pat": (l) => `pat${r("alnum", 14, `at1-${l}`)}.${hex(64, `at2-${l}`)}`,
  "figma-pat": (l) => `figd_${r("base64url", 40, `figd-${l}`)}`,
  "postman-api-key": (l) => `PMAK-${hex(24, `pm1-${l}`)}-${hex(34, `pm2-${l}`)}`,
  "cloudflare-api-token": (l) => r("base64url", 40, `cf-${l}`),
  "mapbox-secret-token": (l) =>
    `sk.${base64url(JSON.stringify({ u: `acme-${r("lower", 5, `mbu-${l}`)}`, a: r("lowerAlnum", 25, `mba-${l}`) }))}.${r("base64url", 22, `mbs-${l}`)}`,
  "algolia-admin-key": (l) => ({ secret: hex(32, `alg-${l}`), appId: r("upperAlnum", 10, `algid-${l}`) }),
  "age-secret-key": (l) => ageIdentity(l).identity,
  "pulumi-access-token": (l) => `pul-${hex(40, `pul-${l}`)}`,
  "doppler-service-token": (l) => `dp.st.prd.${r("alnum", 40, `dp-${l}`)}`,
  "grafana-service-account-token": (l) => {
    // Grafana's satokengen: CRC32 of glsa_<secret>, its 4 bytes little-endian, in hex.
    const head = `glsa_${r("alnum", 32, `glsa-${l}`)}`;
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32LE(crc32(head));
    return `${head}_${checksum.toString("hex")}`;
  },
  "supabase-service-role-jwt": (l) =>
    jwt(
      { alg: "HS256", typ: "JWT" },
      {
        iss: "supabase",
        ref: r("lower", 20, `sbref-${l}`),
        role: "service_role",
        iat: 1735689600,
        exp: 2051265600,
      },
      `sb-${l}`,
    ),
  jwt: (l) =>
    jwt(
      { alg: "HS256", typ: "JWT" },
      {
        iss: "https://auth.acme-corp.io/",
        sub: `svc-${r("lowerAlnum", 8, `jwts-${l}`)}`,
        scope: "orders:write",
        iat: 1735689600,
      },
      `jwt-${l}`,
    ),
  "rsa-private-key": () => rsaPem("pkcs1"),
  "ec-private-key": (l) => ecPem(l).privatePem,
  "pkcs8-private-key": (l) => ed25519Pkcs8Pem(l),
  "openssh-private-key": (l) => opensshEd25519(l, `deploy@${l}`).privateKey,
  "pgp-private-key": (l) => pgpSecretKey(l, `Acme Release Signing <release-${l}@acme-corp.example>`),
  "postgres-uri": (l) =>
    `postgres://app_${r("lower", 4, `pgu-${l}`)}:${password(`pg-${l}`)}@db-${r("lower", 5, `pgh-${l}`)}.c9akciq32.eu-west-1.rds.amazonaws.com:5432/orders`,
  "mysql-uri": (l) => `mysql://shop:${password(`my-${l}`)}@mysql-primary.prod.acme-corp.net:3306/shop`,
  "mongodb-uri": (l) =>
    `mongodb+srv://svc-api:${password(`mongo-${l}`)}@cluster0.${r("lowerAlnum", 5, `mgh-${l}`)}.mongodb.net/prod?retryWrites=true&w=majority`,
  "redis-uri": (l) =>
    `rediss://default:${r("alnum", 32, `redis-${l}`)}@redis-1${r("digits", 4, `rdp-${l}`)}.c2.eu-west-1-3.ec2.redns.redis-cloud.com:1${r("digits", 4, `rdport-${l}`)}`,
  "amqp-uri": (l) =>
    `amqps://orders:${password(`amqp-${l}`)}@b-${r("lowerAlnum", 8, `mqh-${l}`)}.mq.eu-west-1.amazonaws.com:5671/prod`,
  "jdbc-password": (l) =>
    `jdbc:postgresql://pg-reporting.internal.acme-corp.net:5432/reporting?user=report_ro&password=${password(`jdbc-${l}`)}&ssl=true`,
  "generic-password": (l) => password(`gen-${l}`),
  "basic-auth-header": (l) => b64(`svc-billing:${password(`basic-${l}`)}`),
  "bearer-token": (l) => r("base64url", 48, `bearer-${l}`),
  "nats-nkey-seed": (l) => {
    const nkey = natsUserNkey(l);
    // The user JWT a .creds file holds beside the seed: signed by the account (Ed25519, 64 bytes).
    const userJwt = `${base64url(JSON.stringify({ typ: "JWT", alg: "ed25519-nkey" }))}.${base64url(
      JSON.stringify({
        jti: r("base32", 52, `nj-${l}`),
        iat: 1735689600,
        iss: `A${r("base32", 55, `na-${l}`)}`,
        name: "orders",
        sub: nkey.publicKey,
        nats: { pub: {}, sub: {}, subs: -1, data: -1, payload: -1, type: "user", version: 2 },
      }),
    )}.${r("base64url", 86, `ns-${l}`)}`;
    return { secret: nkey.seed, publicKey: nkey.publicKey, jwt: userJwt };
  },
  "bcrypt-hash": (l) =>
    `$2b$12$${r("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53, `bcrypt-${l}`)}`,
  "sha512-crypt-hash": (l) =>
    `$6$${r("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 16, `shs-${l}`)}$${r("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 86, `shh-${l}`)}`,
  "django-secret-key": (l) => r("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50, `django-${l}`),
  "rails-master-key": (l) => hex(32, `rails-${l}`),
  "laravel-app-key": (l) => `base64:${seededBytes(32, `laravel-${l}`).toString("base64")}`,
  "kubeconfig-client-key": (l) => b64(`${ecPem(`kube-${l}`).privatePem}\n`),
  "kubernetes-secret-data": (l) => b64(r("alnum", 24, `k8s-${l}`)),
  "docker-config-auth": (l) => b64(`acmeci:${password(`docker-${l}`)}`),
  "netrc-password": (l) => password(`netrc-${l}`),
  "git-credentials": (l) => ["https://deploy-bot:", password(`gitcred-${l}`), "@git.acme-corp.net"].join(""),
  "wordpress-auth-key": (l) =>
    r(
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|",
      64,
      `wp-${l}`,
    ),
};
