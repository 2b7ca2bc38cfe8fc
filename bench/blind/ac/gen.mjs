#!/usr/bin/env node
/*
 * Blind labelled corpus generator - theme: university research computing group & labs.
 * Usage: node gen.mjs <seed>   -> writes ./files/**, ./labels.json, ./neutrals.json
 * All randomness comes from HMAC-SHA256(seed, counter). No clock, no Math.random.
 * No credential literal lives in this file: every value is built at run time from its format.
 *
 * Credential formats used (prefix / length / alphabet / checksum ; source):
 *  aws_access_key_id        AKIA|ASIA + 16 [A-Z2-7]                          ; AWS IAM docs
 *  aws_secret_access_key    40 [A-Za-z0-9/+]                                 ; AWS IAM docs
 *  aws_session_token        "IQoJb3JpZ2luX2Vj" + ~420 base64                 ; observed shape
 *  github_pat               ghp_ + 30 base62 + 6 base62(CRC32(30 chars))     ; GitHub token-format blog post
 *  npm_token                npm_ + 30 base62 + 6 base62(CRC32)               ; npm / GitHub token format
 *  gitlab_pat / deploy      glpat- / gldt- + 20 [A-Za-z0-9_-]                ; GitLab docs (token prefixes)
 *  pypi_token               pypi-AgEIcHlwaS5vcmc + base64url macaroon body   ; PyPI docs (pypi- prefix), body observed
 *  slack_bot_token          xoxb-<10-12 digits>-<13 digits>-<24 alnum>       ; Slack docs (token types)
 *  slack_user_token         xoxp-<d>-<d>-<d>-<32 hex>                        ; Slack docs
 *  slack_app_token          xapp-1-A<10>-<13 digits>-<64 hex>                ; Slack docs
 *  slack_signing_secret     32 hex                                           ; Slack docs
 *  slack_webhook_url        hooks.slack.com/services/T../B../<24 alnum>     ; Slack docs
 *  huggingface_token        hf_ + 34 [A-Za-z]                                ; HF docs (User access tokens), length observed
 *  wandb_api_key            40 hex                                           ; W&B docs
 *  comet_api_key            25 [A-Za-z0-9]                                   ; observed shape
 *  neptune_api_token        base64(JSON{api_address,api_url,api_key:uuid})   ; observed shape
 *  openai_api_key           sk-proj- + 74 + "T3BlbkFJ" + 74 [A-Za-z0-9_-]    ; observed shape
 *  anthropic_api_key        sk-ant-api03- + 93 [A-Za-z0-9_-] + "AA"          ; observed shape
 *  google_api_key           AIza + 35 [A-Za-z0-9_-]                          ; Google API key docs (neutral here: Firebase web)
 *  gcp_service_account_key  JSON with PKCS#8 RSA PEM (random body)           ; GCP docs (key file layout)
 *  gcs_hmac_key             GOOG1E + 55 [A-Z0-9] / secret 40 base64          ; GCS HMAC docs, lengths observed
 *  google_oauth_client_secret GOCSPX- + 28 [A-Za-z0-9_-]                     ; observed shape
 *  azure_storage_account_key 88 base64 (64 bytes)                            ; Azure Storage docs
 *  azure_storage_connection_string DefaultEndpointsProtocol=...;AccountKey=  ; Azure Storage docs
 *  azure_sas_token          sv=...&sig=<urlenc base64 of 32 bytes>           ; Azure SAS docs
 *  azure_ad_client_secret   3 chars + digit + "Q~" + 34 [A-Za-z0-9_~.-]      ; observed shape (40 chars)
 *  mapbox_secret_token      sk.eyJ1Ijoi... base64url(JSON{u,a}).22 chars      ; Mapbox docs (pk./sk. prefixes)
 *  arcgis_api_key           AAPK + 32 hex + 68 [A-Za-z0-9_-]                  ; observed shape
 *  redcap_api_token         32 hex, upper-case                               ; REDCap / REDCapR docs
 *  qualtrics_api_token      40 [A-Za-z0-9]                                   ; observed shape
 *  ncbi_api_key             36 hex lower                                     ; NCBI E-utilities docs
 *  census_api_key           40 hex                                           ; observed shape
 *  zenodo_token             60 [A-Za-z0-9]                                   ; observed shape
 *  figshare_token           128 hex                                          ; observed shape
 *  orcid_client_secret / orcid_access_token  UUID v4                         ; ORCID API docs
 *  canvas_api_token         <1-5 digits>~<64 [A-Za-z0-9]>                    ; observed shape
 *  moodle_ws_token          32 hex                                           ; Moodle docs (web service tokens)
 *  zoom_client_secret       32 [A-Za-z0-9]; webhook secret 22 [A-Za-z0-9_-]  ; observed shape
 *  globus_client_secret     44 base64 (32 bytes)                             ; observed shape
 *  globus_refresh_token     "Ag" + 70 [A-Za-z0-9]                            ; observed shape
 *  jupyterhub cookie secret / proxy auth token / crypt key  64 hex          ; JupyterHub docs (openssl rand -hex 32)
 *  jupyterhub_api_token     32 hex                                           ; JupyterHub docs
 *  jupyter_server_token     48 hex                                           ; Jupyter docs (log URL ?token=)
 *  cilogon_client_secret    64 [A-Za-z0-9_-]                                 ; observed shape
 *  keycloak_client_secret   32 [A-Za-z0-9]                                   ; Keycloak default generator, observed
 *  github_oauth_client_secret 40 hex ; client id Ov23li + 14 base62 (neutral); observed shape
 *  munge_key                base64 of 1024 random bytes                      ; MUNGE docs (create-munge-key)
 *  kerberos_keytab          base64 of MIT keytab v0x0502 (aes256/aes128)     ; MIT krb5 keytab file format
 *  slurm_jwt                HS256 JWT with {exp,iat,sun}                      ; Slurm JWT docs
 *  rails_secret_key_base    128 hex                                          ; Rails docs (Open OnDemand dashboard)
 *  django_secret_key        50 chars printable                               ; Django docs
 *  sendgrid_api_key         SG. + 22 + . + 43 [A-Za-z0-9_-]                   ; SendGrid docs
 *  datadog_api_key / app_key 32 hex / 40 hex; client token pub+32 hex (neutral); Datadog docs
 *  anaconda_token           2 letters + "-" + UUID                           ; observed shape
 *  seqera_tower_token       base64(JSON{tid,secret})                         ; observed shape
 *  minio keys (k8s secret)  20 [A-Z0-9] / 40 [A-Za-z0-9/+]                    ; MinIO docs
 *  openssh_private_key      real Ed25519 key derived from seed (OpenSSH v1)  ; OpenSSH PROTOCOL.key
 *  passwords                word lists + digits + symbols (human), or openssl-rand-like strings
 * Only literal sample values (all labelled negative): AWS docs' AKIAIOSFODNN7EXAMPLE pair, the jwt.io sample token,
 * REDCapR docs' sample token, Slack docs' T00000000/B00000000/XXXX webhook, and obvious x/0 fillers.
 * Structural constants (DER/PKCS#8 prefixes, base64 of '!\n\torigin_ec', 'pypi.org' macaroon prefix) are not secrets.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SEED = process.argv[2] ?? "default";
let ctr = 0;
let pool = Buffer.alloc(0);
function rbytes(n) {
  while (pool.length < n) {
    const h = crypto.createHmac("sha256", SEED).update(`ctr:${ctr++}`).digest();
    pool = Buffer.concat([pool, h]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
const rint = (n) => rbytes(4).readUInt32BE(0) % n;
const pick = (a) => a[rint(a.length)];
const DIG = "0123456789";
const HEX = "0123456789abcdef";
const UHEX = "0123456789ABCDEF";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIG + UP + LO;
const B64 = `${UP + LO + DIG}+/`;
const B64U = `${UP + LO + DIG}-_`;
const B32 = `${UP}234567`;
const rs = (alpha, n) => {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[rint(alpha.length)];
  return s;
};
const hex = (n) => rs(HEX, n);
const b64 = (buf) => buf.toString("base64");
const b64u = (buf) => buf.toString("base64url");
function uuid() {
  const b = rbytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const CRC_T = (() => {
  const t = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();
function crc32(str) {
  let c = 0xffffffff;
  for (const ch of Buffer.from(str)) c = CRC_T[(c ^ ch) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(num, len) {
  let s = "";
  while (num > 0) {
    s = B62[num % 62] + s;
    num = Math.floor(num / 62);
  }
  return s.padStart(len, "0");
}
function ghStyle(prefix) {
  const body = rs(B62, 30);
  return prefix + body + base62(crc32(body), 6);
}
function brokenChecksum(tok) {
  const last = tok[tok.length - 1];
  let c = pick(B62);
  while (c === last) c = pick(B62);
  return tok.slice(0, -1) + c;
}

// ---------- credential makers ----------
const mk = {
  akia: () => `AKIA${rs(B32, 16)}`,
  asia: () => `ASIA${rs(B32, 16)}`,
  awsSecret: () => rs(`${UP + LO + DIG}/+`, 40),
  awsSession: () => `IQoJb3JpZ2luX2Vj${rs(B64, 420)}==`,
  ghp: () => ghStyle("ghp_"),
  npm: () => ghStyle("npm_"),
  glpat: () => `glpat-${rs(B64U, 20)}`,
  gldt: () => `gldt-${rs(B64U, 20)}`,
  pypi: () => `pypi-AgEIcHlwaS5vcmc${rs(B64U, 160)}`,
  xoxb: () => `xoxb-${rs(DIG, 1 + rint(2)) + rs(DIG, 10)}-${rs(DIG, 13)}-${rs(B62, 24)}`,
  xoxp: () => `xoxp-${rs(DIG, 11)}-${rs(DIG, 12)}-${rs(DIG, 13)}-${hex(32)}`,
  xapp: () => `xapp-1-A${rs(UP + DIG, 10)}-${rs(DIG, 13)}-${hex(64)}`,
  slackHook: () => `https://hooks.slack.com/services/T${rs(UP + DIG, 8)}/B${rs(UP + DIG, 10)}/${rs(B62, 24)}`,
  hf: () => `hf_${rs(UP + LO, 34)}`,
  wandb: () => hex(40),
  comet: () => rs(B62, 25),
  neptune: () => {
    const j = JSON.stringify({
      api_address: "https://app.neptune.ai",
      api_url: "https://app.neptune.ai",
      api_key: uuid(),
    });
    return { enc: b64(Buffer.from(j)), dec: j };
  },
  openai: () => `sk-proj-${rs(B64U, 74)}T3BlbkFJ${rs(B64U, 74)}`,
  anthropic: () => `sk-ant-api03-${rs(B64U, 93)}AA`,
  gApiKey: () => `AIza${rs(B64U, 35)}`,
  gocspx: () => `GOCSPX-${rs(B64U, 28)}`,
  googHmacId: () => `GOOG1E${rs(UP + DIG, 55)}`,
  googHmacSecret: () => rs(`${UP + LO + DIG}/+`, 40),
  azKey: () => b64(rbytes(64)),
  azAdSecret: () => `${rs(B62, 3) + pick(DIG)}Q~${rs(`${B62}_~.-`, 34)}`,
  mapbox: (kind, user) =>
    `${kind}.${b64u(Buffer.from(JSON.stringify({ u: user, a: rs(LO + DIG, 25) })))}.${rs(B64U, 22)}`,
  arcgis: () => `AAPK${hex(32)}${rs(B64U, 68)}`,
  redcap: () => rs(UHEX, 32),
  qualtrics: () => rs(B62, 40),
  ncbi: () => hex(36),
  census: () => hex(40),
  zenodo: () => rs(B62, 60),
  figshare: () => hex(128),
  canvas: () => `${1 + rint(20000)}~${rs(B62, 64)}`,
  moodle: () => hex(32),
  zoomSecret: () => rs(B62, 32),
  zoomId: () => rs(B62, 22),
  zoomWebhook: () => rs(B64U, 22),
  globusSecret: () => b64(rbytes(32)),
  globusToken: () => `Ag${rs(B62, 70)}`,
  hex64: () => hex(64),
  hex32: () => hex(32),
  cilogon: () => rs(B64U, 64),
  keycloak: () => rs(B62, 32),
  ghOauthSecret: () => hex(40),
  ghOauthId: () => `Ov23li${rs(B62, 14)}`,
  sendgrid: () => `SG.${rs(B64U, 22)}.${rs(B64U, 43)}`,
  djangoKey: () => rs(`${LO + DIG}!@%^&*(-_=+)`, 50),
  ddApi: () => hex(32),
  ddApp: () => hex(40),
  anaconda: () => `${rs(LO, 2)}-${uuid()}`,
  gUser: () => `${rs(DIG, 12)}-${rs(LO + DIG, 32)}.apps.googleusercontent.com`,
};
const WORDS = [
  "harbor",
  "lantern",
  "otter",
  "winter",
  "maple",
  "quartz",
  "falcon",
  "cedar",
  "meadow",
  "copper",
  "glacier",
  "pepper",
  "violet",
  "thunder",
  "saffron",
  "juniper",
  "pixel",
  "nebula",
  "walrus",
  "orchid",
  "tundra",
  "ember",
  "willow",
  "bison",
  "cobalt",
  "marble",
  "heron",
  "puffin",
  "biscuit",
  "granite",
  "mango",
  "aurora",
  "sparrow",
  "kelp",
  "basil",
  "comet",
];
const SYM = "!*?.%+";
const cap = (w) => w[0].toUpperCase() + w.slice(1);
function pw(safe = false) {
  const w1 = pick(WORDS),
    w2 = pick(WORDS),
    s = safe ? "" : pick(SYM);
  switch (rint(6)) {
    case 0:
      return cap(w1) + (safe ? "" : s) + cap(w2) + rs(DIG, 2);
    case 1:
      return `${w1}-${cap(w2)}-${rs(DIG, 4)}`;
    case 2:
      return cap(w1) + cap(w2) + (2015 + rint(10)) + s;
    case 3:
      return `${cap(w1)}_${w2}${rs(DIG, 3)}`;
    case 4:
      return cap(w1) + rs(DIG, 2) + s + cap(w2);
    default:
      return `${w1}.${cap(w2)}${rs(DIG, 2)}${s}`;
  }
}
const svcpw = () => rs(B62, 16 + rint(9));
const rand64pw = () => b64(rbytes(18));

// ---------- structured makers ----------
function jwtHS256(payload) {
  const h = b64u(Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })));
  const p = b64u(Buffer.from(JSON.stringify(payload)));
  const sig = b64u(crypto.createHmac("sha256", rbytes(32)).update(`${h}.${p}`).digest());
  return `${h}.${p}.${sig}`;
}
const wrap = (s, n) => s.match(new RegExp(`.{1,${n}}`, "g")).join("\n");
function fakeRsaPem() {
  const body = `MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ${rs(B64, 1570)}==`;
  return `-----BEGIN PRIVATE KEY-----\n${wrap(body, 64)}\n-----END PRIVATE KEY-----\n`;
}
function fakeCertPem() {
  const body = `MIIDrzCCApegAwIBAgIU${rs(B64, 1240)}`;
  return `-----BEGIN CERTIFICATE-----\n${wrap(body, 64)}\n-----END CERTIFICATE-----`;
}
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const u16 = (n) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const sshStr = (buf) => Buffer.concat([u32(buf.length), buf]);
function ed25519Pair(comment) {
  const seed = rbytes(32);
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
  const key = crypto.createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  const pub = Buffer.from(crypto.createPublicKey(key).export({ format: "jwk" }).x, "base64url");
  const kt = Buffer.from("ssh-ed25519");
  const pubBlob = Buffer.concat([sshStr(kt), sshStr(pub)]);
  const chk = rbytes(4);
  let priv = Buffer.concat([
    chk,
    chk,
    sshStr(kt),
    sshStr(pub),
    sshStr(Buffer.concat([seed, pub])),
    sshStr(Buffer.from(comment)),
  ]);
  for (let p = 1; priv.length % 8; p++) priv = Buffer.concat([priv, Buffer.from([p])]);
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshStr(Buffer.from("none")),
    sshStr(Buffer.from("none")),
    sshStr(Buffer.alloc(0)),
    u32(1),
    sshStr(pubBlob),
    sshStr(priv),
  ]);
  return {
    priv: `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(blob), 70)}\n-----END OPENSSH PRIVATE KEY-----`,
    pub: `ssh-ed25519 ${b64(pubBlob)} ${comment}`,
  };
}
function keytab(principal, realm) {
  const comps = principal.split("/");
  const s16 = (s) => Buffer.concat([u16(Buffer.byteLength(s)), Buffer.from(s)]);
  const parts = [Buffer.from([5, 2])];
  const ts = 1706745600 + rint(5000000);
  for (const [et, kl] of [
    [18, 32],
    [17, 16],
  ]) {
    const e = Buffer.concat([
      u16(comps.length),
      s16(realm),
      ...comps.map(s16),
      u32(1),
      u32(ts),
      Buffer.from([3]),
      u16(et),
      u16(kl),
      rbytes(kl),
    ]);
    parts.push(u32(e.length), e);
  }
  return b64(Buffer.concat(parts));
}
function vaultBlob() {
  const lines = [];
  for (let i = 0; i < 14; i++) lines.push(hex(80));
  lines.push(hex(2 * (10 + rint(30))));
  return `$ANSIBLE_VAULT;1.1;AES256\n${lines.join("\n")}`;
}
const sopsEnc = (n) =>
  `ENC[AES256_GCM,data:${b64(rbytes(n))},iv:${b64(rbytes(32))},tag:${b64(rbytes(16))},type:str]`;
const sha256 = () => hex(64);
const gitsha = () => hex(40);
const integrity = () => `sha512-${b64(rbytes(64))}`;
const urlenc = (s) => encodeURIComponent(s);
const FENCE = "```";

// ---------- marker machinery ----------
const pending = new Map();
let mid = 0;
function mark(kind, type, value, o = {}) {
  const id = mid++;
  pending.set(id, { kind, type, value, ...o });
  return `\u0001${id}\u0002`;
}
const P = (type, value, o) => mark("pos", type, value, o);
const N = (type, value, o) => mark("neg", type, value, o);
const U = (type, value, o) => mark("neu", type, value, o);
const outFiles = [];
const labels = [];
const neutrals = [];
function file(rel, text) {
  let out = "";
  let last = 0;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the sentinels are control characters no file holds
  const re = /\u0001(\d+)\u0002/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out += text.slice(last, m.index);
    const e = pending.get(+m[1]);
    pending.delete(+m[1]);
    const line = out.split("\n").length;
    const rec = { file: rel, line, type: e.type, secret: e.value };
    if (e.kind !== "neu") rec.positive = e.kind === "pos";
    if (e.decoded !== undefined) rec.decoded = e.decoded;
    if (e.note) rec.note = e.note;
    (e.kind === "neu" ? neutrals : labels).push(rec);
    out += e.value;
    last = re.lastIndex;
  }
  out += text.slice(last);
  outFiles.push([rel, out]);
}

// ======================= corpus =======================
const D = "wexley.edu";
const HPC = `hpc.${D}`;
const REALM = "HPC.WEXLEY.EDU";

// ---------------- HPC: ansible, slurm, ldap, kerberos ----------------
file(
  "hpc-ansible/inventory/hosts.ini",
  `# Talon cluster inventory - managed by research computing
[login]
login01.${HPC}
login02.${HPC}

[slurmctld]
head01.${HPC} ansible_host=10.40.0.10

[compute]
c[001:096].${HPC}

[dtn]
dtn01.${HPC}

[labstorage]
# old Synology in the Kim lab closet, no keys on it yet
nas-kimlab.${D} ansible_user=admin ansible_ssh_pass=${P("password", pw(), { note: "ansible ssh password in inventory" })}

[all:vars]
ansible_user=rcadmin
ansible_become_pass=${P("password", pw(), { note: "ansible become password" })}
`,
);

const slurmdbdPass = svcpw();
const mungeKey = b64(rbytes(1024));
file(
  "hpc-ansible/group_vars/all/main.yml",
  `---
cluster_name: talon
slurm_version: "23.11.6"
slurm_controller: head01.${HPC}
slurm_jwt_key_path: /etc/slurm/jwt_hs256.key

# generated with: dd if=/dev/urandom bs=1 count=1024 | base64 -w0
munge_key_b64: "${P("munge_key", mungeKey, { note: "base64 of binary munge.key" })}"
munge_key_sha256: "${N("munge_key", sha256(), { note: "checksum of key file, not the key" })}"

slurmdbd_storage_host: mariadb01.${HPC}
slurmdbd_storage_user: slurm
slurmdbd_storage_pass: "${P("database_password", slurmdbdPass)}"

ldap_uri: ldaps://ldap.${D}
ldap_search_base: "dc=wexley,dc=edu"
ldap_bind_dn: "uid=hpc-bind,ou=services,dc=wexley,dc=edu"
ldap_bind_password: "${N("ldap_bind_password", "{{ vault_ldap_bind_password }}", { note: "ansible var reference" })}"

globus_endpoint_display_name: "Wexley Talon DTN"
globus_client_id: "${U("globus_client_id", uuid())}"
globus_client_secret: "${N("globus_client_secret", "{{ vault_globus_client_secret }}", { note: "ansible var reference" })}"
`,
);

file(
  "hpc-ansible/group_vars/all/vault.yml",
  `${N("ansible_vault", vaultBlob(), { note: "ansible-vault encrypted" })}
`,
);

file(
  "etc/slurm/slurmdbd.conf",
  `#
# slurmdbd.conf - rendered by ansible, do not edit by hand
#
AuthType=auth/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=/etc/slurm/jwt_hs256.key
DbdHost=head01
DbdPort=6819
SlurmUser=slurm
DebugLevel=info
LogFile=/var/log/slurm/slurmdbd.log
PidFile=/run/slurmdbd.pid
StorageType=accounting_storage/mysql
StorageHost=mariadb01.${HPC}
StoragePort=3306
StorageUser=slurm
StoragePass=${P("database_password", slurmdbdPass)}
StorageLoc=slurm_acct_db
PurgeEventAfter=12month
PurgeJobAfter=24month
`,
);

const bindPw = pw();
file(
  "etc/sssd/sssd.conf",
  `[sssd]
services = nss, pam, ssh
config_file_version = 2
domains = WEXLEY

[domain/WEXLEY]
id_provider = ldap
auth_provider = krb5
ldap_uri = ldaps://ldap.${D}
ldap_search_base = dc=wexley,dc=edu
ldap_default_bind_dn = uid=hpc-bind,ou=services,dc=wexley,dc=edu
ldap_default_authtok_type = password
ldap_default_authtok = ${P("ldap_bind_password", bindPw)}
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/wexley-ca.pem
krb5_server = kdc01.${D}
krb5_realm = ${REALM}
cache_credentials = true
enumerate = false
`,
);

file(
  "etc/ldap.secret",
  `${P("ldap_bind_password", bindPw, { note: "pam_ldap secret file" })}
`,
);

file(
  "hpc-ansible/roles/kerberos/files/svc-globus.keytab.b64",
  `${P("kerberos_keytab", wrap(keytab(`host/dtn01.${HPC}`, REALM), 76), { note: "base64 keytab with aes keys" })}
`,
);

file(
  "hpc-ansible/roles/kerberos/tasks/main.yml",
  `---
- name: Install krb5 client packages
  ansible.builtin.dnf:
    name: [krb5-workstation, krb5-libs]
    state: present

- name: Create host principal
  ansible.builtin.command: >
    kadmin -p rcadmin/admin@${REALM} -w "${N("kerberos_password", "{{ kadmin_password }}", { note: "ansible var reference" })}"
    -q "addprinc -randkey host/{{ inventory_hostname }}"
  no_log: true
  changed_when: false

# - name: (bootstrap) list principals - remove once vault lookup works
#   ansible.builtin.command: kadmin -p rcadmin/admin -w '${P("kerberos_password", pw(), { note: "commented-out kadmin password" })}' -q listprincs

- name: Deploy keytab
  ansible.builtin.copy:
    src: svc-globus.keytab.b64
    dest: /etc/krb5.keytab
    mode: "0600"
`,
);

const jwtTok = jwtHS256({ exp: 1712345678, iat: 1712259278, sun: "svc-rcportal" });
file(
  "hpc-scripts/slurmrest_submit.sh",
  `#!/bin/bash
# submit a job through slurmrestd from the portal VM
# token generated with: scontrol token username=svc-rcportal lifespan=86400
export SLURM_JWT=${P("slurm_jwt", jwtTok)}
SLURMRESTD=https://head01.${HPC}:6820

curl -s -X POST "$SLURMRESTD/slurm/v0.0.40/job/submit" \\
  -H "X-SLURM-USER-NAME: svc-rcportal" \\
  -H "X-SLURM-USER-TOKEN: $SLURM_JWT" \\
  -H "Content-Type: application/json" \\
  -d @job.json | jq .
`,
);

// ---------------- Globus ----------------
const gcsId = uuid();
file(
  "globus/gcs-setup.md",
  `# Globus Connect Server v5 on dtn01

Collections:

| collection | id |
|---|---|
| Talon scratch (mapped) | ${N("uuid_identifier", uuid(), { note: "Globus collection id" })} |
| Lab archive (guest)    | ${N("uuid_identifier", uuid(), { note: "Globus collection id" })} |

## Node setup

The registration template from the Globus docs:

${FENCE}bash
export GCS_CLI_CLIENT_ID="<CLIENT_ID>"
export GCS_CLI_CLIENT_SECRET="${N("globus_client_secret", "<CLIENT_SECRET>", { note: "doc placeholder" })}"
${FENCE}

What we actually ran on dtn01 (Feb 2024, rchen):

${FENCE}bash
export GCS_CLI_CLIENT_ID=${U("globus_client_id", gcsId)}
export GCS_CLI_CLIENT_SECRET=${P("globus_client_secret", mk.globusSecret())}
export GCS_CLI_ENDPOINT_ID=${N("uuid_identifier", uuid(), { note: "endpoint id" })}
sudo -E globus-connect-server node setup --ip-address 10.40.5.20
${FENCE}
`,
);

file(
  "globus/transfer_sync.py",
  `"""Nightly sync of instrument data from the core facility to Talon scratch."""
import os
import globus_sdk

CLIENT_ID = "${U("globus_client_id", uuid())}"
CLIENT_SECRET = ${N("globus_client_secret", 'os.environ["GLOBUS_CLIENT_SECRET"]', { note: "env lookup" })}

SRC = "${N("uuid_identifier", uuid(), { note: "Globus collection id" })}"
DST = "${N("uuid_identifier", uuid(), { note: "Globus collection id" })}"

# refresh token from the one-time native app login (rchen), stored here for cron
TRANSFER_RT = "${P("globus_refresh_token", mk.globusToken())}"
# TRANSFER_AT = "${P("globus_access_token", mk.globusToken(), { note: "commented-out access token" })}"  # expires after 48h


def client():
    auth = globus_sdk.NativeAppAuthClient(CLIENT_ID)
    authorizer = globus_sdk.RefreshTokenAuthorizer(TRANSFER_RT, auth)
    return globus_sdk.TransferClient(authorizer=authorizer)


if __name__ == "__main__":
    tc = client()
    tdata = globus_sdk.TransferData(tc, SRC, DST, label="cryoem nightly", sync_level="checksum")
    tdata.add_item("/instruments/krios/", "/scratch/cryoem/incoming/", recursive=True)
    print(tc.submit_transfer(tdata)["task_id"])
`,
);

// ---------------- JupyterHub ----------------
const proxyTok = mk.hex64();
file(
  "jupyterhub-deploy/jupyterhub_config.py",
  `# JupyterHub on jhub.${HPC} (batchspawner -> Slurm)
import os

c = get_config()  # noqa

c.JupyterHub.bind_url = "http://:8000"
c.JupyterHub.authenticator_class = "cilogon"
c.CILogonOAuthenticator.oauth_callback_url = "https://jhub.${HPC}/hub/oauth_callback"
c.CILogonOAuthenticator.client_id = "${U("oauth_client_id", `cilogon:/client_id/${hex(32)}`)}"
c.CILogonOAuthenticator.client_secret = "${P("cilogon_client_secret", mk.cilogon())}"
# c.CILogonOAuthenticator.client_secret = "${P("cilogon_client_secret", mk.cilogon(), { note: "old secret left in comment" })}"
# c.CILogonOAuthenticator.client_secret = ${N("cilogon_client_secret", 'os.environ["CILOGON_CLIENT_SECRET"]', { note: "env lookup" })}
c.CILogonOAuthenticator.allowed_idps = {"https://idp.${D}/idp/shibboleth": {"username_derivation": {"username_claim": "eppn", "action": "strip_idp_domain", "domain": "${D}"}}}

c.JupyterHub.cookie_secret = bytes.fromhex("${P("jupyterhub_cookie_secret", mk.hex64())}")
c.ConfigurableHTTPProxy.auth_token = "${P("jupyterhub_proxy_auth_token", proxyTok)}"

c.JupyterHub.spawner_class = "batchspawner.SlurmSpawner"
c.SlurmSpawner.req_partition = "interactive"

c.JupyterHub.services = [
    {"name": "idle-culler", "api_token": "${P("jupyterhub_api_token", mk.hex32())}"},
    {"name": "grafana-exporter", "api_token": ${N("jupyterhub_api_token", 'os.environ["JHUB_EXPORTER_TOKEN"]', { note: "env lookup" })}},
]
`,
);

file(
  "jupyterhub-deploy/helm/config.yaml",
  `# zero-to-jupyterhub values for the teaching hub (k8s)
proxy:
  secretToken: "${P("jupyterhub_proxy_auth_token", mk.hex64())}"
  https:
    enabled: true
    hosts: [teach-hub.${D}]

hub:
  cookieSecret: "${P("jupyterhub_cookie_secret", mk.hex64())}"
  db:
    type: postgres
    url: postgresql+psycopg2://jhub:${P("database_password", pw(true))}@pg-teach.${D}:5432/jupyterhub
  extraEnv:
    JUPYTERHUB_CRYPT_KEY: "${P("jupyterhub_crypt_key", mk.hex64())}"
  config:
    JupyterHub:
      authenticator_class: github
    GitHubOAuthenticator:
      client_id: "${U("github_oauth_client_id", mk.ghOauthId())}"
      client_secret: "${P("github_oauth_client_secret", mk.ghOauthSecret())}"
      oauth_callback_url: https://teach-hub.${D}/hub/oauth_callback
      allowed_organizations: [wexley-stat-courses]

singleuser:
  image:
    name: ghcr.io/wexley-rc/teach-notebook
    tag: "2024.02@sha256:${N("sha256_hash", sha256(), { note: "image digest" })}"
  extraEnv:
    NLTK_DATA: /srv/data/nltk
`,
);

file(
  "jupyterhub-deploy/.env.example",
  `# copy to .env and fill in
CILOGON_CLIENT_ID=cilogon:/client_id/
CILOGON_CLIENT_SECRET=${N("cilogon_client_secret", "changeme", { note: "placeholder" })}
CONFIGPROXY_AUTH_TOKEN=${N("jupyterhub_proxy_auth_token", "<generate with: openssl rand -hex 32>", { note: "placeholder" })}
JUPYTERHUB_CRYPT_KEY=${N("jupyterhub_crypt_key", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", { note: "placeholder" })}
POSTGRES_PASSWORD=
`,
);

file(
  "jupyterhub-deploy/.github/workflows/deploy.yml",
  `name: deploy-teach-hub
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${N("git_sha", gitsha(), { note: "pinned action commit" })} # v4.1.1
      - name: kubeconfig
        run: echo "${N("kubeconfig", "${{ secrets.KUBECONFIG_B64 }}", { note: "GitHub Actions secret reference" })}" | base64 -d > $HOME/.kube/config
      - name: helm upgrade
        env:
          CILOGON_CLIENT_SECRET: ${N("cilogon_client_secret", "${{ secrets.CILOGON_CLIENT_SECRET }}", { note: "GitHub Actions secret reference" })}
        run: |
          helm upgrade --install teach jupyterhub/jupyterhub --version 3.3.7 \\
            -f helm/config.yaml --set hub.config.CILogonOAuthenticator.client_secret=$CILOGON_CLIENT_SECRET
`,
);

const srvTok1 = hex(48),
  srvTok2 = hex(48);
file(
  "var/log/jupyterhub/jupyterhub.log",
  `[I 2024-03-04 09:12:31.877 JupyterHub app:3286] Running JupyterHub version 4.1.5
[I 2024-03-04 09:12:31.880 JupyterHub app:1845] Using Authenticator: oauthenticator.cilogon.CILogonOAuthenticator-16.2.1
[I 2024-03-04 09:12:33.201 JupyterHub log:191] 302 GET /hub/api/oauth2/authorize?client_id=jupyterhub-user-aokafor&redirect_uri=%2Fuser%2Faokafor%2Foauth_callback&response_type=code&state=${N("oauth_state", "[secret]", { note: "redacted by JupyterHub" })} -> /user/aokafor/oauth_callback?code=[secret]&state=[secret] (aokafor@10.40.2.15) 14.22ms
[I 2024-03-04 09:12:40.552 SingleUserLabApp serverapp:2992] Jupyter Server 2.12.5 is running at:
[I 2024-03-04 09:12:40.552 SingleUserLabApp serverapp:2992] http://c041:50231/user/aokafor/lab?token=${P("jupyter_server_token", srvTok1)}
[I 2024-03-04 09:12:40.553 SingleUserLabApp serverapp:2992]     http://127.0.0.1:50231/user/aokafor/lab?token=${P("jupyter_server_token", srvTok1)}
[D 2024-03-04 09:14:02.118 JupyterHub base:411] Request headers: {'Host': 'jhub.${HPC}', 'Authorization': 'token ${P("jupyterhub_api_token", mk.hex32())}', 'User-Agent': 'python-requests/2.31.0'}
[I 2024-03-04 10:02:17.440 SingleUserLabApp serverapp:2992] http://c012:43117/user/tnguyen/lab?token=${P("jupyter_server_token", srvTok2)}
[W 2024-03-04 10:05:51.009 JupyterHub base:432] Invalid or expired token for tnguyen: token ${N("jupyterhub_api_token", "a3f1...", { note: "truncated in log" })}
`,
);

// ---------------- Open OnDemand ----------------
file(
  "etc/ood/config/ood_portal.yml",
  `---
servername: ondemand.${HPC}
ssl:
  - 'SSLCertificateFile "/etc/pki/tls/certs/ondemand.crt"'
  - 'SSLCertificateKeyFile "/etc/pki/tls/private/ondemand.key"'
auth:
  - 'AuthType openid-connect'
  - 'Require valid-user'
oidc_uri: /oidc
oidc_provider_metadata_url: https://sso.${D}/realms/research/.well-known/openid-configuration
oidc_client_id: ondemand-talon
oidc_client_secret: ${P("keycloak_client_secret", mk.keycloak())}
oidc_remote_user_claim: preferred_username
oidc_scope: "openid profile email"
oidc_settings:
  OIDCPassIDTokenAs: serialized
  OIDCPassRefreshToken: "On"
  OIDCCryptoPassphrase: ${P("oidc_crypto_passphrase", rand64pw())}
dex:
  connectors:
    - type: ldap
      id: ldap
      name: Wexley NetID
      config:
        host: ldap.${D}:636
        bindDN: uid=ood-bind,ou=services,dc=wexley,dc=edu
        bindPW: ${P("ldap_bind_password", pw())}
  static_clients:
    - id: grafana
      secret: ${P("oauth_client_secret", svcpw())}
`,
);

file(
  "etc/ood/config/apps/dashboard/env",
  `OOD_DASHBOARD_TITLE="Talon OnDemand"
OOD_BRAND_BG_COLOR="#00274c"
OOD_ALLOWLIST_PATH="/home:/scratch:/project"
SECRET_KEY_BASE=${P("rails_secret_key_base", hex(128))}
OOD_XDMOD_HOST=https://xdmod.${HPC}
`,
);

// ---------------- Research data: AWS / Azure / GCP ----------------
file(
  "lab-genomics/scripts/sync_to_s3.sh",
  `#!/usr/bin/env bash
# push finished runs from the NovaSeq share to the lab bucket
set -euo pipefail
export AWS_ACCESS_KEY_ID=${P("aws_access_key_id", mk.akia())}
export AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", mk.awsSecret())}
export AWS_DEFAULT_REGION=us-east-2

RUN_DIR=\${1:?usage: sync_to_s3.sh <run_dir>}
aws s3 sync "$RUN_DIR" "s3://wexley-genomics-raw/$(basename "$RUN_DIR")/" \\
  --exclude "*.tmp" --storage-class INTELLIGENT_TIERING
`,
);

file(
  "home/rchen/.aws/credentials",
  `[default]
aws_access_key_id = ${P("aws_access_key_id", mk.akia())}
aws_secret_access_key = ${P("aws_secret_access_key", mk.awsSecret())}

[lab-archive]
aws_access_key_id = ${P("aws_access_key_id", mk.asia(), { note: "temporary STS key" })}
aws_secret_access_key = ${P("aws_secret_access_key", mk.awsSecret())}
aws_session_token = ${P("aws_session_token", mk.awsSession())}
`,
);

const acct = rs(DIG, 12);
file(
  "lab-genomics/docs/aws-setup.md",
  `# AWS access for the genomics lab

Our account is \`${N("aws_account_id", acct, { note: "account id, not a secret" })}\`; the bucket policy only allows the
\`arn:aws:iam::${N("aws_account_id", acct, { note: "account id in ARN" })}:role/GenomicsLabWriter\` role.

Configure the CLI like the AWS docs do:

${FENCE}
$ aws configure
AWS Access Key ID [None]: ${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", { note: "AWS documentation sample" })}
AWS Secret Access Key [None]: ${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", { note: "AWS documentation sample" })}
Default region name [None]: us-east-2
${FENCE}

After that \`aws configure list\` should show something like

${FENCE}
      Name                    Value             Type    Location
access_key     ${N("aws_access_key_id", "****************QZ4T", { note: "masked by aws cli" })} shared-credentials-file
secret_key     ${N("aws_secret_access_key", "****************9dLk", { note: "masked by aws cli" })} shared-credentials-file
${FENCE}

SSO users: \`sso_account_id = ${N("aws_account_id", acct, { note: "account id" })}\`, role \`GenomicsLabWriter\`.
`,
);

const azName = `wexleyimaging${rs(LO + DIG, 4)}`;
const azKey1 = mk.azKey(),
  azKey2 = mk.azKey();
const azConn = (k) =>
  `DefaultEndpointsProtocol=https;AccountName=${azName};AccountKey=${k};EndpointSuffix=core.windows.net`;
const sasSig = b64(rbytes(32));
file(
  "lab-imaging/azure/upload_blobs.py",
  `"""Upload confocal stacks to Azure Blob (lab-imaging)."""
from pathlib import Path
from azure.storage.blob import BlobServiceClient, ContainerClient

CONN_STR = "${P("azure_storage_connection_string", azConn(azKey1))}"

# read-only SAS for the collaborators at the med school (expires end of semester)
COLLAB_URL = ("https://${azName}.blob.core.windows.net/confocal-shared?"
              "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2024-12-20T05:00:00Z&st=2024-01-08T05:00:00Z&spr=https"
              "&sig=${P("azure_sas_token", urlenc(sasSig), { decoded: sasSig, note: "SAS signature, URL-encoded" })}")


def upload(folder: str, container: str = "confocal-raw") -> None:
    svc = BlobServiceClient.from_connection_string(CONN_STR)
    cc = svc.get_container_client(container)
    for p in Path(folder).rglob("*.czi"):
        with open(p, "rb") as fh:
            cc.upload_blob(name=str(p.relative_to(folder)), data=fh, overwrite=True)


def list_shared():
    return [b.name for b in ContainerClient.from_container_url(COLLAB_URL).list_blobs()]
`,
);

const subId = uuid(),
  tenantId = uuid();
const adSecret = mk.azAdSecret();
file(
  "lab-imaging/infra/terraform.tfstate",
  `{
  "version": 4,
  "terraform_version": "1.7.4",
  "serial": 23,
  "lineage": "${N("uuid_identifier", uuid(), { note: "terraform lineage" })}",
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "azurerm_storage_account",
      "name": "imaging",
      "provider": "provider[\\"registry.terraform.io/hashicorp/azurerm\\"]",
      "instances": [
        {
          "schema_version": 3,
          "attributes": {
            "account_replication_type": "GRS",
            "id": "/subscriptions/${N("azure_subscription_id", subId, { note: "subscription id" })}/resourceGroups/rg-lab-imaging/providers/Microsoft.Storage/storageAccounts/${azName}",
            "location": "eastus2",
            "name": "${azName}",
            "primary_access_key": "${P("azure_storage_account_key", azKey1)}",
            "primary_blob_endpoint": "https://${azName}.blob.core.windows.net/",
            "primary_connection_string": "${P("azure_storage_connection_string", azConn(azKey1))}",
            "secondary_access_key": "${P("azure_storage_account_key", azKey2)}",
            "tags": {"lab": "imaging", "pi": "kim"}
          },
          "sensitive_attributes": []
        }
      ]
    },
    {
      "mode": "managed",
      "type": "azuread_application_password",
      "name": "pipeline",
      "provider": "provider[\\"registry.terraform.io/hashicorp/azuread\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "application_object_id": "${N("uuid_identifier", uuid(), { note: "object id" })}",
            "display_name": "imaging-pipeline",
            "end_date": "2025-03-01T00:00:00Z",
            "key_id": "${N("uuid_identifier", uuid(), { note: "key id" })}",
            "value": "${P("azure_ad_client_secret", adSecret)}"
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "value"}]]
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "genomics_sync",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "id": "${P("aws_access_key_id", mk.akia())}",
            "secret": "${P("aws_secret_access_key", mk.awsSecret())}",
            "status": "Active",
            "user": "genomics-sync"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "random_password",
      "name": "pg_admin",
      "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
      "instances": [
        {
          "schema_version": 3,
          "attributes": {
            "id": "none",
            "length": 24,
            "result": "${P("database_password", rs(B62, 24))}",
            "special": false
          }
        }
      ]
    }
  ]
}
`,
);

file(
  "lab-imaging/azure/.env",
  `AZURE_TENANT_ID=${N("azure_tenant_id", tenantId, { note: "tenant id" })}
AZURE_CLIENT_ID=${U("azure_client_id", uuid())}
AZURE_CLIENT_SECRET=${P("azure_ad_client_secret", adSecret)}
AZURE_STORAGE_ACCOUNT=${azName}
`,
);

const gcpProject = `wexley-eco-${rs(LO + DIG, 6)}`;
const saPem = fakeRsaPem();
file(
  "gcp/keys/ee-pipeline-sa.json",
  `{
  "type": "service_account",
  "project_id": "${N("gcp_project_id", gcpProject, { note: "project id" })}",
  "private_key_id": "${U("gcp_private_key_id", hex(40))}",
  "private_key": "${P("gcp_service_account_private_key", saPem.replace(/\n/g, "\\n"))}",
  "client_email": "ee-pipeline@${gcpProject}.iam.gserviceaccount.com",
  "client_id": "${U("gcp_client_id", rs(DIG, 21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ee-pipeline%40${gcpProject}.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
);

file(
  "gcp/gcs_hmac_sync.py",
  `# rclone-free sync of drone imagery to GCS via the S3-compatible XML API
import boto3

s3 = boto3.client(
    "s3",
    endpoint_url="https://storage.googleapis.com",
    aws_access_key_id="${P("gcs_hmac_access_id", mk.googHmacId())}",
    aws_secret_access_key="${P("gcs_hmac_secret", mk.googHmacSecret())}",
)

for obj in s3.list_objects_v2(Bucket="${gcpProject}-drone")["Contents"]:
    print(obj["Key"], obj["Size"])
`,
);

const mbUser = "wexley-ecolab";
file(
  "lab-ecology/earthengine/ndvi_export.py",
  `import ee
import requests

SERVICE_ACCOUNT = "ee-pipeline@${gcpProject}.iam.gserviceaccount.com"
ee.Initialize(ee.ServiceAccountCredentials(SERVICE_ACCOUNT, "../../gcp/keys/ee-pipeline-sa.json"))

# secret token with uploads:write so we can push the tilesets
MAPBOX_TOKEN = "${P("mapbox_secret_token", mk.mapbox("sk", mbUser))}"
# public style token used by the web map: ${U("mapbox_public_token", mk.mapbox("pk", mbUser))}

ARCGIS_KEY = "${P("arcgis_api_key", mk.arcgis())}"


def ndvi(img):
    return img.normalizedDifference(["B8", "B4"]).rename("NDVI")


def upload_tileset(path):
    creds = requests.post(f"https://api.mapbox.com/uploads/v1/${mbUser}/credentials?access_token={MAPBOX_TOKEN}").json()
    return creds["bucket"], creds["key"]


def geocode(site):
    r = requests.get("https://geocode-api.arcgis.com/arcgis/rest/services/World/GeocodeServer/findAddressCandidates",
                     params={"singleLine": site, "f": "json", "token": ARCGIS_KEY})
    return r.json()["candidates"][0]["location"]
`,
);

file(
  "lab-ecology/webmap/index.html",
  `<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Wexley Ecology Field Sites</title>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.css" rel="stylesheet">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.js"></script>
  <script src="https://www.datadoghq-browser-agent.com/us1/v5/datadog-rum.js"></script>
</head>
<body>
<div id="map" style="height:100vh"></div>
<script type="module">
  import { initializeApp } from "https://www.gstatic.com/firebasejs/10.8.0/firebase-app.js";
  const firebaseConfig = {
    apiKey: "${U("google_api_key", mk.gApiKey(), { note: "Firebase web config key, public by design" })}",
    authDomain: "${gcpProject}.firebaseapp.com",
    projectId: "${gcpProject}",
    appId: "1:${rs(DIG, 12)}:web:${hex(22)}"
  };
  initializeApp(firebaseConfig);

  window.DD_RUM && window.DD_RUM.init({
    clientToken: "${U("datadog_client_token", `pub${hex(32)}`)}",
    applicationId: "${uuid()}",
    site: "datadoghq.com",
    service: "ecology-webmap"
  });

  mapboxgl.accessToken = "${U("mapbox_public_token", mk.mapbox("pk", mbUser))}";
  // dev builds: mapboxgl.accessToken = ${N("mapbox_public_token", "process.env.MAPBOX_TOKEN", { note: "env reference" })};
  const map = new mapboxgl.Map({ container: "map", style: "mapbox://styles/${mbUser}/clt${rs(LO + DIG, 22)}", center: [-89.4, 43.07], zoom: 9 });
  const esriKey = "${U("arcgis_api_key", mk.arcgis(), { note: "referrer-restricted browser key" })}";
</script>
</body>
</html>
`,
);

// ---------------- Lab pipelines: REDCap, Qualtrics, NCBI, R ----------------
const redcapMain = mk.redcap();
file(
  "home/mlopez/.Renviron",
  `R_LIBS_USER=~/R/talon/%v
GITHUB_PAT=${P("github_pat", mk.ghp())}
ENTREZ_KEY=${P("ncbi_api_key", mk.ncbi())}
CENSUS_API_KEY=${P("census_api_key", mk.census())}
REDCAP_API_URL=https://redcap.${D}/api/
REDCAP_API_TOKEN=${P("redcap_api_token", redcapMain)}
QUALTRICS_BASE_URL=wexley.ca1.qualtrics.com
QUALTRICS_API_KEY=${P("qualtrics_api_token", mk.qualtrics())}
OPENAI_API_KEY=${P("openai_api_key", mk.openai())}
ZENODO_TOKEN=${P("zenodo_token", mk.zenodo())}
# MAPBOX_SECRET_TOKEN=${N("mapbox_secret_token", "sk.your_token_here", { note: "placeholder" })}
`,
);

file(
  "lab-psych/redcap/pull_redcap.R",
  `# Pull the longitudinal sleep study from REDCap and write a tidy parquet
library(REDCapR)
library(dplyr)

uri   <- "https://redcap.${D}/api/"
# token <- ${N("redcap_api_token", 'Sys.getenv("REDCAP_API_TOKEN")', { note: "env lookup" })}
token <- "${P("redcap_api_token", mk.redcap())}"  # TODO move back to .Renviron before sharing!!

ds <- redcap_read(redcap_uri = uri, token = token, batch_size = 500)$data
ds |>
  filter(!is.na(record_id)) |>
  arrow::write_parquet("data/sleep_study_raw.parquet")
`,
);

file(
  "lab-psych/redcap/export_records.py",
  `"""Export REDCap records for the two arms of the study.

Example (from the REDCap API playground):

    curl -X POST https://redcap.${D}/api/ \\
        -d token=${N("redcap_api_token", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", { note: "placeholder" })} -d content=record -d format=json
"""
import os
import requests

API = "https://redcap.${D}/api/"
DEFAULT_TOKEN = ${N("redcap_api_token", 'os.environ.get("REDCAP_TOKEN")', { note: "env lookup" })}

ARM_TOKENS = {
    "baseline": "${P("redcap_api_token", mk.redcap())}",
    "followup": "${P("redcap_api_token", mk.redcap())}",
}


def export(arm: str):
    r = requests.post(API, data={"token": ARM_TOKENS.get(arm, DEFAULT_TOKEN), "content": "record",
                                 "format": "json", "type": "flat"})
    r.raise_for_status()
    return r.json()
`,
);

file(
  "lab-psych/qualtrics/download_survey.py",
  `import io
import time
import zipfile
import requests

DATACENTER = "ca1"
API_TOKEN = "${P("qualtrics_api_token", mk.qualtrics())}"
SURVEY_ID = "${N("identifier", `SV_${rs(B62, 15)}`, { note: "Qualtrics survey id" })}"
BASE = f"https://{DATACENTER}.qualtrics.com/API/v3/surveys/{SURVEY_ID}/export-responses"
HEADERS = {"X-API-TOKEN": API_TOKEN, "Content-Type": "application/json"}


def download(fmt="csv"):
    pid = requests.post(BASE, json={"format": fmt}, headers=HEADERS).json()["result"]["progressId"]
    while True:
        st = requests.get(f"{BASE}/{pid}", headers=HEADERS).json()["result"]
        if st["status"] == "complete":
            break
        time.sleep(2)
    z = requests.get(f"{BASE}/{st['fileId']}/file", headers=HEADERS)
    zipfile.ZipFile(io.BytesIO(z.content)).extractall("raw/")
`,
);

file(
  "lab-psych/README.md",
  `# Sleep & Cognition Lab - data pipeline

1. Get a REDCap API token for project 4471 (ask Maria) and put it in \`~/.Renviron\` as \`REDCAP_API_TOKEN=${N("redcap_api_token", "<YOUR_TOKEN>", { note: "placeholder" })}\`.
2. Run \`Rscript redcap/pull_redcap.R\`.

Quick check that your token works:

${FENCE}
curl -X POST https://redcap.${D}/api/ -d token=${P("redcap_api_token", mk.redcap(), { note: "real token pasted in README curl" })} -d content=version
${FENCE}

Qualtrics exports use the lab service account's token (ends in \`${N("qualtrics_api_token", "...a9Fq", { note: "redacted suffix" })}\`, in 1Password).
`,
);

file(
  "lab-psych/analysis/.Rhistory",
  `library(qualtRics)
qualtrics_api_credentials(api_key = "${P("qualtrics_api_token", mk.qualtrics())}", base_url = "wexley.ca1.qualtrics.com", install = TRUE)
surveys <- all_surveys()
d <- fetch_survey(surveyID = surveys$id[3], verbose = TRUE)
Sys.setenv(REDCAP_API_TOKEN = "${P("redcap_api_token", mk.redcap())}")
token <- ${N("redcap_api_token", 'Sys.getenv("REDCAP_API_TOKEN")', { note: "env lookup" })}
rc <- REDCapR::redcap_read(redcap_uri = "https://redcap.${D}/api/", token = token)$data
summary(rc$psqi_total)
set_entrez_key("${P("ncbi_api_key", mk.ncbi())}")
q()
`,
);

file(
  "lab-bioinfo/entrez_fetch.py",
  `#!/usr/bin/env python3
"""Fetch GenBank records for the isolate panel."""
import sys
from Bio import Entrez, SeqIO

Entrez.email = "hsingh@${D}"
Entrez.api_key = "${P("ncbi_api_key", mk.ncbi())}"  # 10 req/s instead of 3

ids = [l.strip() for l in open(sys.argv[1]) if l.strip()]
with Entrez.efetch(db="nucleotide", id=",".join(ids), rettype="gb", retmode="text") as h:
    SeqIO.write(SeqIO.parse(h, "genbank"), "panel.gb", "genbank")
`,
);

file(
  "lab-bioinfo/config/config.yaml",
  `# snakemake config - isolate assembly
ncbi_api_key: "${N("ncbi_api_key", "${NCBI_API_KEY}", { note: "env interpolation" })}"
threads: 16
reference:
  fasta: refs/GCF_000005845.2_ASM584v2_genomic.fna.gz
  sha256: ${N("sha256_hash", sha256(), { note: "artifact checksum" })}
  md5: ${N("md5_hash", hex(32), { note: "artifact checksum" })}
kraken_db:
  url: https://genome-idx.s3.amazonaws.com/kraken/k2_standard_20240112.tar.gz
  sha256: ${N("sha256_hash", sha256(), { note: "artifact checksum" })}
containers:
  fastp: docker://quay.io/biocontainers/fastp@sha256:${N("sha256_hash", sha256(), { note: "image digest" })}
  spades: docker://quay.io/biocontainers/spades@sha256:${N("sha256_hash", sha256(), { note: "image digest" })}
pipeline_commit: ${N("git_sha", gitsha(), { note: "git commit" })}
`,
);

file(
  "home/rchen/.condarc",
  `channels:
  - conda-forge
  - bioconda
  - https://conda.anaconda.org/t/${P("anaconda_token", mk.anaconda())}/wexley-rc
  # template for lab members:
  # - https://conda.anaconda.org/t/${N("anaconda_token", "<TOKEN>", { note: "placeholder" })}/wexley-rc
channel_priority: strict
pkgs_dirs:
  - /scratch/rchen/conda/pkgs
envs_dirs:
  - /project/rc/conda/envs
`,
);

const nexusPw = cap(pick(WORDS)) + pick("@#&/:") + cap(pick(WORDS)) + rs(DIG, 2);
file(
  "home/rchen/.config/pip/pip.conf",
  `[global]
timeout = 60
index-url = https://rchen:${P("password", urlenc(nexusPw), { decoded: nexusPw, note: "URL-encoded password in index URL" })}@nexus.${HPC}/repository/pypi-all/simple
extra-index-url = https://gitlab+deploy-token-118:${P("gitlab_deploy_token", mk.gldt())}@gitlab.${D}/api/v4/projects/412/packages/pypi/simple
trusted-host = nexus.${HPC}
`,
);

file(
  "home/rchen/.pypirc",
  `[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = ${P("pypi_token", mk.pypi())}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${N("pypi_token", "<your-token>", { note: "placeholder" })}
`,
);

// ---------------- ML experiments ----------------
file(
  "lab-ml/sweeps/wandb_sweep.py",
  `import wandb
import yaml

wandb.login(key="${P("wandb_api_key", mk.wandb())}")

with open("sweeps/lr_bs.yaml") as f:
    sweep_cfg = yaml.safe_load(f)

sweep_id = wandb.sweep(sweep_cfg, project="protein-lm", entity="wexley-ml")
wandb.agent(sweep_id, function=lambda: __import__("train").main(), count=40)
`,
);

file(
  "home/jpark/.netrc",
  `machine api.wandb.ai
  login user
  password ${P("wandb_api_key", mk.wandb())}
machine urs.earthdata.nasa.gov
  login jpark_wexley
  password ${P("password", pw())}
machine github.com
  login jpark-wx
  password ${P("github_pat", mk.ghp())}
`,
);

const hfTok = mk.hf();
const nep = mk.neptune();
const nbCell = (type, src, outputs) => {
  const lines = src.split("\n");
  const s = lines
    .map(
      (l, i) =>
        `    ${JSON.stringify(l + (i < lines.length - 1 ? "\n" : ""))
          .replace(/\\u0001/g, "\u0001")
          .replace(/\\u0002/g, "\u0002")}`,
    )
    .join(",\n");
  if (type === "markdown")
    return `  {\n   "cell_type": "markdown",\n   "id": "${hex(8)}",\n   "metadata": {},\n   "source": [\n${s}\n   ]\n  }`;
  return `  {\n   "cell_type": "code",\n   "execution_count": ${1 + rint(40)},\n   "id": "${hex(8)}",\n   "metadata": {},\n   "outputs": [${outputs || ""}],\n   "source": [\n${s}\n   ]\n  }`;
};
const streamOut = (name, text) => {
  const lines = text.split("\n");
  const s = lines
    .map(
      (l, i) =>
        `       ${JSON.stringify(l + (i < lines.length - 1 ? "\n" : ""))
          .replace(/\\u0001/g, "\u0001")
          .replace(/\\u0002/g, "\u0002")}`,
    )
    .join(",\n");
  return `\n    {\n     "name": "${name}",\n     "output_type": "stream",\n     "text": [\n${s}\n     ]\n    }\n   `;
};
file(
  "lab-ml/notebooks/finetune_llama.ipynb",
  `{
 "cells": [
${[
  nbCell(
    "markdown",
    "# LoRA fine-tune on the lab abstracts corpus\nRuns on a single A100 (talon `gpu` partition).",
  ),
  nbCell(
    "code",
    `import os\nfrom huggingface_hub import login\nHF_TOKEN = "${P("huggingface_token", hfTok)}"\nlogin(token=HF_TOKEN)`,
    streamOut(
      "stderr",
      "Token is valid (permission: write).\nYour token has been saved to /home/jpark/.cache/huggingface/token\nLogin successful",
    ),
  ),
  nbCell(
    "code",
    `!wandb login --relogin ${P("wandb_api_key", mk.wandb(), { note: "key in notebook shell command" })}`,
    streamOut("stderr", "wandb: Appending key for api.wandb.ai to your netrc file: /home/jpark/.netrc"),
  ),
  nbCell(
    "code",
    `import neptune\nrun = neptune.init_run(project="wexley-ml/abstracts-lora",\n                       api_token="${P("neptune_api_token", nep.enc, { decoded: nep.dec })}")`,
  ),
  nbCell(
    "code",
    `{k: v for k, v in os.environ.items() if "KEY" in k or "TOKEN" in k}`,
    streamOut(
      "stdout",
      `{'COMET_API_KEY': '${P("comet_api_key", mk.comet())}', 'HF_TOKEN': '${N("huggingface_token", "hf_****", { note: "masked" })}', 'SLURM_JOB_ID': '4418812'}`,
    ),
  ),
  nbCell(
    "code",
    `import anthropic\nclient = anthropic.Anthropic(api_key="${P("anthropic_api_key", mk.anthropic())}")\nsummary = client.messages.create(model="claude-3-haiku-20240307", max_tokens=256, messages=[{"role": "user", "content": abstracts[0]}])`,
  ),
  nbCell(
    "code",
    `from transformers import AutoModelForCausalLM\nmodel = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-2-7b-hf", revision="${N("git_sha", gitsha(), { note: "model revision sha" })}", token=HF_TOKEN)`,
  ),
].join(",\n")}
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3 (ml-2024)", "language": "python", "name": "ml-2024"},
  "language_info": {"name": "python", "version": "3.11.7"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
);

file(
  "lab-ml/configs/.comet.config",
  `[comet]
api_key = ${P("comet_api_key", mk.comet())}
workspace = wexley-ml
project_name = protein-lm
`,
);

file(
  "lab-ml/train.sh",
  `#!/bin/bash
#SBATCH --job-name=plm-train
#SBATCH --partition=gpu
#SBATCH --gres=gpu:a100:4
#SBATCH --time=47:00:00
#SBATCH --output=logs/%x-%j.out

module load cuda/12.2 miniforge
conda activate /project/ml/envs/plm

export HF_TOKEN=${N("huggingface_token", "$(cat ~/.cache/huggingface/token)", { note: "shell substitution" })}
export WANDB_API_KEY=${N("wandb_api_key", "${WANDB_API_KEY:?set WANDB_API_KEY}", { note: "env reference" })}
# export OPENAI_API_KEY=${P("openai_api_key", mk.openai(), { note: "commented-out key" })}

srun torchrun --nproc_per_node=4 train.py --config configs/plm_650m.yaml
`,
);

file("home/jpark/.cache/huggingface/token", `${P("huggingface_token", hfTok)}`);

file(
  "lab-ml/tests/test_hub_upload.py",
  `import pytest

FAKE_HF = "hf_" + "x" * 34
FAKE_WANDB = "${N("wandb_api_key", "0".repeat(40), { note: "obvious test fixture" })}"


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "${N("huggingface_token", "hf_dummy_token_for_tests", { note: "obvious test fixture" })}")
    monkeypatch.setenv("WANDB_API_KEY", FAKE_WANDB)
    monkeypatch.setenv("GITHUB_TOKEN", "${N("github_pat", brokenChecksum(mk.ghp()), { note: "right shape, CRC32 checksum does not match" })}")


def test_upload_refuses_without_token(env, monkeypatch):
    monkeypatch.delenv("HF_TOKEN")
    with pytest.raises(RuntimeError):
        __import__("hub_upload").push("model.safetensors")
`,
);

// ---------------- LMS ----------------
file(
  "lms-integrations/canvas/grades_sync.py",
  `"""Push autograder scores from the JupyterHub teaching cluster into Canvas."""
import csv
from canvasapi import Canvas

API_URL = "https://canvas.${D}"
CANVAS_TOKEN = "${P("canvas_api_token", mk.canvas())}"
COURSE_ID = ${N("identifier", String(100000 + rint(800000)), { note: "Canvas course id" })}

canvas = Canvas(API_URL, CANVAS_TOKEN)
course = canvas.get_course(COURSE_ID)
assignment = course.get_assignment(int(open("assignment_id.txt").read()))

with open("grades.csv") as fh:
    for row in csv.DictReader(fh):
        sub = assignment.get_submission(int(row["canvas_user_id"]))
        sub.edit(submission={"posted_grade": row["score"]})
`,
);

file(
  "lms-integrations/moodle/sync_enrolments.php",
  `<?php
// Nightly: enrol HPC workshop registrants into the Moodle course.
$domain  = 'https://moodle.${D}';
$wstoken = '${P("moodle_ws_token", mk.moodle())}';
$fn      = 'enrol_manual_enrol_users';

$rows = array_map('str_getcsv', file('/srv/workshops/registrants.csv'));
$params = ['enrolments' => []];
foreach ($rows as $r) {
    $params['enrolments'][] = ['roleid' => 5, 'userid' => (int)$r[0], 'courseid' => 2231];
}
$url = "$domain/webservice/rest/server.php?wstoken=$wstoken&wsfunction=$fn&moodlewsrestformat=json";
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($params));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
echo curl_exec($ch), PHP_EOL;
`,
);

file(
  "moodle/config.php",
  `<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'pg-moodle.${D}';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = '${P("database_password", pw())}';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array('dbpersist' => 0, 'dbport' => 5432);

$CFG->wwwroot   = 'https://moodle.${D}';
$CFG->dataroot  = '/srv/moodledata';
$CFG->admin     = 'admin';
$CFG->passwordsaltmain = '${P("moodle_password_salt", rs(`${B62}#%&*-_`, 32))}';
$CFG->smtphosts = 'smtp.${D}:587';
$CFG->smtpuser  = 'moodle-noreply';
$CFG->smtppass  = '${P("password", pw())}';

require_once(__DIR__ . '/lib/setup.php');
`,
);

const ltiN = b64u(rbytes(256));
file(
  "lms-integrations/lti/tool_config.json",
  `{
  "title": "Talon JupyterHub (LTI 1.3)",
  "description": "Launch course notebooks on the teaching hub",
  "oidc_initiation_url": "https://teach-hub.${D}/hub/lti13/oauth_login",
  "target_link_uri": "https://teach-hub.${D}/hub/lti13/launch",
  "client_id": "${U("lti_client_id", `1000000000${rs(DIG, 5)}`)}",
  "deployment_id": "${N("identifier", `${rs(DIG, 3)}:${hex(40)}`, { note: "LTI deployment id" })}",
  "public_jwk": ${N("public_key", `{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": "${hex(16)}", "e": "AQAB", "n": "${ltiN}"}`, { note: "public JWK" })},
  "scopes": ["https://purl.imsglobal.org/spec/lti-ags/scope/score"]
}
`,
);

// ---------------- Zoom & Slack bots ----------------
file(
  "bots/zoom-recorder/.env",
  `# Server-to-Server OAuth app "RC Office Hours Recorder"
ZOOM_ACCOUNT_ID=${N("identifier", mk.zoomId(), { note: "Zoom account id" })}
ZOOM_CLIENT_ID=${U("zoom_client_id", mk.zoomId())}
ZOOM_CLIENT_SECRET=${P("zoom_client_secret", mk.zoomSecret())}
ZOOM_WEBHOOK_SECRET_TOKEN=${P("zoom_webhook_secret_token", mk.zoomWebhook())}
# legacy JWT app (deprecated June 2023, keep until migration is verified)
# ZOOM_JWT_API_KEY=${U("zoom_jwt_api_key", mk.zoomId())}
# ZOOM_JWT_API_SECRET=${P("zoom_jwt_api_secret", rs(B62, 36), { note: "commented-out legacy secret" })}
BOX_FOLDER_ID=248817730112
`,
);

file(
  "bots/slack-hpc-status/app.py",
  `"""#hpc-status bot: posts queue depth and answers /talon commands."""
import os
import subprocess
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(
    token=os.environ.get("SLACK_BOT_TOKEN", "${P("slack_bot_token", mk.xoxb())}"),
    signing_secret="${P("slack_signing_secret", hex(32))}",
)


@app.command("/talon")
def talon(ack, respond, command):
    ack()
    out = subprocess.run(["sinfo", "-s"], capture_output=True, text=True).stdout
    respond(f"\`\`\`{out}\`\`\`")


if __name__ == "__main__":
    SocketModeHandler(app, "${P("slack_app_token", mk.xapp())}").start()
`,
);

file(
  "bots/slack-hpc-status/README.md",
  `# hpc-status Slack bot

Create the app from \`manifest.yml\`, then export:

${FENCE}bash
export SLACK_BOT_TOKEN=${N("slack_bot_token", "xoxb-your-bot-token", { note: "placeholder" })}
export SLACK_SIGNING_SECRET=${N("slack_signing_secret", "<signing-secret-from-basic-information>", { note: "placeholder" })}
export SLACK_APP_TOKEN=${N("slack_app_token", "xapp-1-...", { note: "placeholder" })}
${FENCE}

For the cron notifications we use an incoming webhook, e.g.
\`${N("slack_webhook_url", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", { note: "Slack documentation sample" })}\`.
`,
);

file(
  "hpc-scripts/notify_job_done.sh",
  `#!/bin/bash
# add to the end of sbatch scripts: notify_job_done.sh "$SLURM_JOB_ID"
HOOK="${P("slack_webhook_url", mk.slackHook())}"
JOB=\${1:-$SLURM_JOB_ID}
STATE=$(sacct -j "$JOB" -n -X -o State | tr -d ' ')
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Job $JOB on talon finished: $STATE\\"}" "$HOOK" >/dev/null
`,
);

const chatUser = () => `U0${rs(UP + DIG, 9)}`;
const slackTeam = `T0${rs(UP + DIG, 8)}`;
const u1 = chatUser(),
  u2 = chatUser(),
  u3 = chatUser();
const slackMsg = (user, text, ts) => `  {
    "client_msg_id": "${uuid()}",
    "type": "message",
    "text": "${text}",
    "user": "${user}",
    "ts": "${ts}.${rs(DIG, 6)}",
    "team": "${slackTeam}"
  }`;
file(
  "chat-export/slack/rc-help/2024-03-14.json",
  `[
${[
  slackMsg(
    u1,
    `hi! my globus transfer keeps failing with 'permission denied' on /project/kimlab, my netid is eroth and the password I use is ${P("password", pw(), { note: "password pasted in chat" })} if that helps`,
    "1710425112",
  ),
  slackMsg(
    u2,
    `<@${u1}> please never post your password here, go reset it at https://netid.${D} now. I'll check the ACLs`,
    "1710425390",
  ),
  slackMsg(
    u3,
    `unrelated, the conda channel is private now, use this token in your condarc: ${P("github_pat", mk.ghp(), { note: "PAT pasted in chat" })} (it's my PAT, don't abuse it lol)`,
    "1710427001",
  ),
  slackMsg(
    u2,
    `<@${u3}> revoked that one, the new one is in the vault: ${N("github_pat", "ghp_****************************", { note: "masked" })}`,
    "1710427250",
  ),
  slackMsg(
    u1,
    `also for the canvas sync script: CANVAS_TOKEN=${P("canvas_api_token", mk.canvas(), { note: "token pasted in chat" })}`,
    "1710429011",
  ),
  slackMsg(
    u2,
    `for the record the old genomics sync key was AWS_ACCESS_KEY_ID=${P("aws_access_key_id", mk.akia(), { note: "key pasted in chat" })} AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", mk.awsSecret(), { note: "key pasted in chat" })} - it's deactivated, don't bother`,
    "1710430102",
  ),
  slackMsg(
    u3,
    `ok here is the user token for the export bot ${P("slack_user_token", mk.xoxp())}`,
    "1710431770",
  ),
].join(",\n")}
]
`,
);

// ---------------- instruments & databases ----------------
file(
  "lab-chem/instrument/hplc_export.py",
  `"""Export Empower HPLC results from the instrument SQL Server to CSV."""
import pymssql
import pandas as pd

conn = pymssql.connect(server="chem-hplc01.${D}", user="empower_ro",
                       password="${P("database_password", pw())}", database="EmpowerProjects")
df = pd.read_sql("SELECT SampleName, PeakName, Area, RetentionTime FROM vw_Results WHERE ResultDate > DATEADD(day,-1,GETDATE())", conn)
df.to_csv("/project/chemlab/hplc/daily.csv", index=False)
`,
);

file(
  "lab-chem/instrument/config.ini",
  `[instrument]
name = Agilent 7890B GC-MS
serial = US1${rs(DIG, 7)}

[database]
host = chem-lims.${D}
port = 5432
user = lims_writer
password = ${P("database_password", pw())}

[ftp]
host = 10.40.9.31
user = instrument
password = ${N("password", "changeme", { note: "placeholder" })}
`,
);

const neuroPg = pw();
file(
  "lab-neuro/db/docker-compose.yml",
  `services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: neuro
      POSTGRES_PASSWORD: ${P("database_password", neuroPg)}
      POSTGRES_DB: ephys
    volumes:
      - /srv/neuro/pgdata:/var/lib/postgresql/data
  mariadb:
    image: mariadb:11
    environment:
      MYSQL_ROOT_PASSWORD: ${N("database_password", "${MYSQL_ROOT_PASSWORD}", { note: "env interpolation" })}
      MYSQL_DATABASE: datajoint
`,
);

file(
  "lab-neuro/db/alembic.ini",
  `[alembic]
script_location = migrations
sqlalchemy.url = postgresql://neuro:${P("database_password", neuroPg)}@neuro-db.${D}:5432/ephys

[loggers]
keys = root,sqlalchemy,alembic
`,
);

const cid = hex(64);
file(
  "ops/docker-inspect-labdb.json",
  `[
    {
        "Id": "${N("container_id", cid, { note: "container id" })}",
        "Created": "2024-02-27T15:02:11.483920117Z",
        "Path": "docker-entrypoint.sh",
        "Args": ["postgres"],
        "State": {"Status": "running", "Running": true, "Pid": 2288},
        "Image": "sha256:${N("sha256_hash", sha256(), { note: "image id" })}",
        "Name": "/db-postgres-1",
        "Config": {
            "Hostname": "${cid.slice(0, 12)}",
            "Env": [
                "POSTGRES_USER=neuro",
                "POSTGRES_PASSWORD=${P("database_password", neuroPg)}",
                "POSTGRES_DB=ephys",
                "REDCAP_TOKEN=${P("redcap_api_token", mk.redcap())}",
                "AWS_ACCESS_KEY_ID=${P("aws_access_key_id", mk.akia())}",
                "AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", mk.awsSecret())}",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/16/bin",
                "PG_VERSION=16.2-1.pgdg120+2"
            ],
            "Image": "postgres:16"
        }
    }
]
`,
);

// ---------------- kubernetes ----------------
const minioAk = rs(UP + DIG, 20),
  minioSk = rs(`${UP + LO + DIG}/+`, 40);
file(
  "k8s/lab-storage/minio-creds.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: minio-creds
  namespace: lab-storage
type: Opaque
data:
  accesskey: ${P("minio_access_key", b64(Buffer.from(minioAk)), { decoded: minioAk })}
  secretkey: ${P("minio_secret_key", b64(Buffer.from(minioSk)), { decoded: minioSk })}
`,
);

file(
  "k8s/lab-storage/sealed-redcap-token.yaml",
  `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: redcap-token
  namespace: lab-psych
spec:
  encryptedData:
    token: ${N("sealed_secret", `AgB${b64(rbytes(380)).replace(/=+$/, "")}`, { note: "sealed-secrets ciphertext" })}
  template:
    metadata:
      name: redcap-token
`,
);

file(
  "k8s/lab-storage/secrets.enc.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: globus-app
  namespace: lab-storage
stringData:
  client_id: ${N("sops_encrypted", sopsEnc(36), { note: "SOPS encrypted" })}
  client_secret: ${N("sops_encrypted", sopsEnc(32), { note: "SOPS encrypted" })}
  refresh_token: ${N("sops_encrypted", sopsEnc(52), { note: "SOPS encrypted" })}
sops:
  age:
    - recipient: ${N("public_key", `age1${rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}`, { note: "age public recipient" })}
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        ${b64(rbytes(48))}
        ${b64(rbytes(48))}
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-03-02T18:21:44Z"
  mac: ${N("sops_encrypted", sopsEnc(32), { note: "SOPS MAC" })}
  version: 3.8.1
`,
);

const ghcrAuth = `rchen-wx:${mk.ghp()}`;
const regPw = pw();
const regAuth = `rchen:${regPw}`;
file(
  "home/rchen/.docker/config.json",
  `{
	"auths": {
		"ghcr.io": {
			"auth": "${P("docker_registry_auth", b64(Buffer.from(ghcrAuth)), { decoded: ghcrAuth, note: "base64 user:PAT" })}"
		},
		"registry.${HPC}": {
			"auth": "${P("docker_registry_auth", b64(Buffer.from(regAuth)), { decoded: regAuth, note: "base64 user:password" })}"
		}
	},
	"credsStore": ""
}
`,
);

// ---------------- archives: Zenodo, Figshare, ORCID ----------------
file(
  "lab-archive/deposit.py",
  `"""Deposit a dataset release on Zenodo and mirror it to Figshare."""
import json
import requests

ZENODO = "https://zenodo.org/api"
ACCESS_TOKEN = "${P("zenodo_token", mk.zenodo())}"
# sandbox: ${P("zenodo_token", mk.zenodo(), { note: "sandbox token in comment" })}

FIGSHARE = "https://api.figshare.com/v2"
FIGSHARE_TOKEN = "${P("figshare_token", mk.figshare())}"


def zenodo_new(meta):
    r = requests.post(f"{ZENODO}/deposit/depositions", params={"access_token": ACCESS_TOKEN}, json={"metadata": meta})
    r.raise_for_status()
    return r.json()


def figshare_new(meta):
    h = {"Authorization": f"token {FIGSHARE_TOKEN}"}
    return requests.post(f"{FIGSHARE}/account/articles", headers=h, data=json.dumps(meta)).json()
`,
);

file(
  "lab-archive/orcid_sync.py",
  `"""Pull works for lab members from ORCID to build the publications page."""
import requests

ORCID_CLIENT_ID = "${U("orcid_client_id", `APP-${rs(UP + DIG, 16)}`)}"
ORCID_CLIENT_SECRET = "${P("orcid_client_secret", uuid())}"
# /read-public token obtained 2024-01-10, valid 20 years
ORCID_TOKEN = "${P("orcid_access_token", uuid())}"

MEMBERS = {
    "Kim, S.": "${N("orcid_id", `0000-000${rint(4)}-${rs(DIG, 4)}-${rs(DIG, 4)}-${rs(DIG, 3)}${pick(`${DIG}X`)}`, { note: "public ORCID iD" })}",
    "Okafor, A.": "${N("orcid_id", `0000-000${rint(4)}-${rs(DIG, 4)}-${rs(DIG, 4)}-${rs(DIG, 3)}${pick(`${DIG}X`)}`, { note: "public ORCID iD" })}",
}


def works(orcid):
    h = {"Accept": "application/json", "Authorization": f"Bearer {ORCID_TOKEN}"}
    return requests.get(f"https://pub.orcid.org/v3.0/{orcid}/works", headers=h).json()
`,
);

// ---------------- ssh keys & certificates ----------------
const kp = ed25519Pair("rchen@login01");
file(
  "home/rchen/.ssh/id_ed25519",
  `${P("ssh_private_key", kp.priv)}
`,
);
file(
  "home/rchen/.ssh/id_ed25519.pub",
  `${N("public_key", kp.pub, { note: "SSH public key" })}
`,
);
file(
  "hpc-ansible/roles/ondemand/files/ondemand.crt",
  `${N("certificate", fakeCertPem(), { note: "public certificate" })}
`,
);

// ---------------- lockfile ----------------
const lockPkg = (name, ver) => `    "node_modules/${name}": {
      "version": "${ver}",
      "resolved": "https://registry.npmjs.org/${name}/-/${name.split("/").pop()}-${ver}.tgz",
      "integrity": "${N("lockfile_integrity", integrity(), { note: "npm lockfile integrity hash" })}"
    }`;
file(
  "lab-ecology/webmap/package-lock.json",
  `{
  "name": "ecology-webmap",
  "version": "0.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {"name": "ecology-webmap", "version": "0.3.0", "dependencies": {"mapbox-gl": "^3.2.0", "@turf/turf": "^6.5.0"}},
${[lockPkg("mapbox-gl", "3.2.0"), lockPkg("@turf/turf", "6.5.0"), lockPkg("earcut", "2.2.4"), lockPkg("pbf", "3.2.1"), lockPkg("kdbush", "4.0.2")].join(",\n")}
  }
}
`,
);

// ---------------- fixtures ----------------
file(
  "lab-pipelines/tests/fixtures/fake_credentials.py",
  `"""Obviously fake credentials used by the redaction unit tests. DO NOT put real values here."""

AWS_KEY_ID = "${N("aws_access_key_id", "AKIAXXXXXXXXXXXXXXXX", { note: "fake fixture" })}"
AWS_SECRET = "${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", { note: "AWS documentation sample" })}"
NPM_TOKEN = "${N("npm_token", brokenChecksum(mk.npm()), { note: "right shape, CRC32 checksum does not match" })}"
SLACK_BOT = "${N("slack_bot_token", "xoxb-000000000000-0000000000000-aaaaaaaaaaaaaaaaaaaaaaaa", { note: "fake fixture" })}"
OPENAI = "${N("openai_api_key", "sk-...abcd", { note: "redacted" })}"
JWT_SAMPLE = "${N("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", { note: "jwt.io sample token" })}"
PRIVATE_KEY = """${N("private_key", "-----BEGIN PRIVATE KEY-----\n...redacted...\n-----END PRIVATE KEY-----", { note: "truncated placeholder" })}"""
REDCAP = "${N("redcap_api_token", "12345678901234567890123456ABCDEF", { note: "REDCapR documentation sample" })}"
`,
);

// ---------------- package managers / dotfiles ----------------
file(
  "home/jpark/.npmrc",
  `registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${P("npm_token", mk.npm())}
@wexley-rc:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${N("github_token", "${GITHUB_TOKEN}", { note: "env interpolation" })}
`,
);

file(
  "home/jpark/.git-credentials",
  `https://jpark-wx:${P("github_pat", mk.ghp())}@github.com
https://oauth2:${P("gitlab_pat", mk.glpat())}@gitlab.${D}
`,
);

file(
  "lab-ml/.git/config",
  `[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
	logallrefupdates = true
[remote "origin"]
	url = https://oauth2:${P("gitlab_pat", mk.glpat())}@gitlab.${D}/ml-lab/protein-lm.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[remote "github"]
	url = https://x-access-token:${N("github_token", "${GITHUB_TOKEN}", { note: "env reference" })}@github.com/wexley-ml/protein-lm.git
	fetch = +refs/heads/*:refs/remotes/github/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
`,
);

file(
  "ops/datadog/datadog.yaml",
  `## Datadog agent on Talon login and head nodes
## previously: api_key: ${N("datadog_api_key", "${DD_API_KEY}", { note: "env reference" })}
api_key: ${P("datadog_api_key", mk.ddApi())}
site: datadoghq.com
hostname_fqdn: true
tags:
  - cluster:talon
  - team:research-computing
logs_enabled: true
process_config:
  process_collection:
    enabled: true
`,
);

file(
  "bots/mailer/settings.py",
  `"""Django settings for the RC allocations request portal."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "django-insecure-${P("django_secret_key", mk.djangoKey(), { note: "value after django-insecure- prefix" })}"
DEBUG = False
ALLOWED_HOSTS = ["allocations.${HPC}"]

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": "${P("sendgrid_api_key", mk.sendgrid())}"}
DEFAULT_FROM_EMAIL = "rc-help@${D}"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "allocations",
        "USER": "alloc",
        "PASSWORD": ${N("database_password", 'os.environ["ALLOC_DB_PASSWORD"]', { note: "env lookup" })},
        "HOST": "pg01.${HPC}",
    }
}
`,
);

const towerJson = JSON.stringify({ tid: 1 + rint(9000), secret: hex(40) });
file(
  "lab-genomics/nextflow.config",
  `// nf-core runs on Talon, work dir on S3
process.executor = 'slurm'
process.queue = 'standard'
workDir = 's3://wexley-genomics-work/nf'

aws {
    region = 'us-east-2'
    accessKey = '${P("aws_access_key_id", mk.akia())}'
    secretKey = '${P("aws_secret_access_key", mk.awsSecret())}'
}

tower {
    enabled = true
    accessToken = '${P("seqera_tower_token", b64(Buffer.from(towerJson)).replace(/=+$/, ""), { decoded: towerJson, note: "base64 JSON token" })}'
    workspaceId = '${N("identifier", rs(DIG, 15), { note: "Seqera workspace id" })}'
}

singularity {
    enabled = true
    cacheDir = '/project/genomics/singularity'
}
`,
);

const histPg = pw();
file(
  "home/aokafor/.bash_history",
  `cd /project/kimlab
ls -la
module load python/3.11
export WANDB_API_KEY=${P("wandb_api_key", mk.wandb())}
python train.py --epochs 20
mysql -h mariadb01.${HPC} -u kimlab -p${P("database_password", histPg, { note: "password in mysql -p flag" })} kimlab_samples
sha256sum raw/run_0412.tar
curl -H "Authorization: token ${P("figshare_token", mk.figshare())}" https://api.figshare.com/v2/account/articles
export HF_TOKEN=${N("huggingface_token", "hf_xxx", { note: "placeholder typed in shell" })}
git clone https://aokafor:${P("github_pat", mk.ghp())}@github.com/wexley-kimlab/segmentation.git
sshpass -p '${P("password", pw(), { note: "sshpass password" })}' scp results.zip aokafor@nas-kimlab.${D}:/volume1/share/
export DD_APP_KEY=${P("datadog_app_key", mk.ddApp())}
export DD_API_KEY=${P("datadog_api_key", mk.ddApi())}
sbatch jobs/segment.sbatch
squeue -u aokafor
`,
);

file(
  "docs/onboarding.md",
  `# Research Computing onboarding

Welcome! Log in to Talon with your NetID:

${FENCE}
ssh <netid>@login.${HPC}
Password: ${N("password", "<your NetID password>", { note: "placeholder" })}
${FENCE}

## Data publishing

Zenodo and Figshare tokens belong in your environment, never in code:

${FENCE}bash
export ZENODO_TOKEN=${N("zenodo_token", "your_token_here", { note: "placeholder" })}
export FIGSHARE_TOKEN=${N("figshare_token", "{{ figshare_token }}", { note: "template placeholder" })}
${FENCE}

## Python packages

The lab Nexus mirror works with \`pip config set global.index-url https://<netid>:${N("password", "********", { note: "masked" })}@nexus.${HPC}/repository/pypi-all/simple\`.

## slurmrestd

Tokens look like the jwt.io example (do **not** use it, it will be rejected):
\`${N("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", { note: "jwt.io sample token" })}\`

This page was last updated in commit \`${N("git_sha", gitsha(), { note: "git commit" })}\`.
Your allocation request id looks like \`${N("uuid_identifier", uuid(), { note: "request id" })}\`.
`,
);

// ======================= write out =======================
fs.rmSync("files", { recursive: true, force: true });
for (const [rel, text] of outFiles) {
  const p = path.join("files", rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}
if (pending.size) throw new Error(`unresolved markers: ${pending.size}`);
fs.writeFileSync("labels.json", `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync("neutrals.json", `${JSON.stringify(neutrals, null, 2)}\n`);
const pos = labels.filter((l) => l.positive).length;
console.log(
  `files=${outFiles.length} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);
