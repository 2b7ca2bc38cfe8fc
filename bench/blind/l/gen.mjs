#!/usr/bin/env node
// gen.mjs - blind labelled corpus for a secret scanner.
//
// Set "l": servers, operations and legacy systems, precision-heavy. The tree looks like an ops
// repository of a fictional logistics company (Kestrel Logistics): shell/backup scripts and
// crontabs, systemd units, nginx/Apache/HAProxy configs, .htpasswd and shadow excerpts,
// docker-compose, DB URIs in many dialects, LDAP, SMTP relays, SNMP, Wi-Fi, OpenVPN, WireGuard,
// IPsec, keepalived, Redis, Samba/CIFS, .netrc, PowerShell, unattend.xml, Tomcat, WildFly,
// Grafana/Prometheus/Alertmanager, Zabbix, Nagios, Ansible, pgbouncer, RabbitMQ, Jenkins, ASP.NET.
// Hard negatives sit in the same contexts: Ansible Vault blocks, env/template references, upstream
// defaults (foobared, guest, minioadmin, 1111, scott/tiger, calvin, SW2Y... Grafana default key),
// commented distribution examples, sha256sum output, SSH fingerprints/public keys, GPG IDs,
// WireGuard public keys, fstab UUIDs, machine-id, LoadCredential=, encrypted Jenkins secrets,
// masked/redacted log values, test-fixture hashes, a ghp_ token with a failing checksum.
//
// Usage: node gen.mjs [seed]   (default seed "blind4l"). Rewrites ./files, ./labels.json,
// ./neutrals.json next to this script. Randomness: HMAC-SHA256(seed, "ctr:<n>") stream only.
//
// Formats used (all values generated at run time):
//   github_pat         ghp_ + 30 base62 [0-9A-Za-z] + 6-char base62 (0-9A-Z a-z order) CRC32 of the 30, left-padded '0'
//   gitlab_pat         glpat- + 20 [A-Za-z0-9_-] (no checksum)
//   aws_access_key_id  AKIA + 16 [A-Z2-7];  aws_secret_access_key 40 [A-Za-z0-9/+]
//   ses_smtp_password  'B' + 43 [A-Za-z0-9/+] (44 chars; no checksum claimed)
//   slack_webhook_url  https://hooks.slack.com/services/T + 8 [A-Z0-9] /B + 10 [A-Z0-9] / 24 [A-Za-z0-9]
//   sendgrid_api_key   SG. + 22 [A-Za-z0-9_-] . 43 [A-Za-z0-9_-]
//   google_oauth_client_secret  GOCSPX- + 28 [A-Za-z0-9_-]
//   datadog_api_key    32 lowercase hex;  pagerduty_integration_key 32 lowercase hex
//   heroku_api_key     UUID v4 (lowercase hex, 8-4-4-4-12)
//   kubernetes_sa_token JWT: base64url(header).base64url(payload).base64url(256 random bytes)
//   wireguard keys     base64 of 32 bytes (44 chars, '='), private key clamped; public derived via X25519
//   openvpn_static_key -----BEGIN OpenVPN Static key V1----- + 16 lines x 32 hex + END line
//   htpasswd           $2y$NN$ + 22+31 bcrypt-base64; $apr1$ + 8 salt $ 22; {SHA} + base64(SHA1(pw))
//   shadow_hash        $6$ + 16 salt $ 86 [./0-9A-Za-z];  $y$j9T$ + 22 salt $ 43
//   ldap_rootpw_hash   {SSHA} + base64(20-byte digest + 4-byte salt)
//   pgbouncer          "md5" + 32 hex;  SCRAM-SHA-256$4096:<b64 16>$<b64 32>:<b64 32>
//   wildfly_mgmt_hash  32 hex = MD5(user:ManagementRealm:password)
//   aspnet_machine_key validationKey 128 upper hex, decryptionKey 64 upper hex
//   zabbix_psk         64 lowercase hex;  wifi raw psk = hex(PBKDF2-SHA1(passphrase, ssid, 4096, 32))
//   rabbitmq_erlang_cookie 20 [A-Z]
//   keepalived_auth_pass 8 alnum (keepalived truncates to 8)
//   windows unattend   <PlainText>false</PlainText> value = base64(UTF-16LE(password + element name))
//   everything else    context-only passwords: random [A-Za-z0-9] plus a context-safe symbol set,
//                      or "human" passwords (two words + digits + symbol)
// Negatives/neutrals: ssh-ed25519 public keys built from real Ed25519 public keys, SHA256 fingerprints
// computed from them; Ansible Vault = $ANSIBLE_VAULT;1.1;AES256 + 80-char hex lines; Jenkins
// secrets = {base64(0x01 ...)}; DPAPI SecureString export = 01000000d08c9ddf0115d1118c7a00c04fc297eb + hex.

import { createHash, createHmac, createPrivateKey, createPublicKey, pbkdf2Sync } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Markers around a label number inside generated text (control characters no file holds).
const MARK_OPEN = String.fromCharCode(1);
const MARK_CLOSE = String.fromCharCode(2);

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] ?? "blind4l";
const OUT = path.join(HERE, "files");

// ---------------------------------------------------------------- deterministic randomness
let ctr = 0;
let pool = Buffer.alloc(0);
function rbytes(n) {
  const parts = [];
  let have = 0;
  while (have < n) {
    if (pool.length === 0) pool = createHmac("sha256", SEED).update(`ctr:${ctr++}`).digest();
    const take = Math.min(n - have, pool.length);
    parts.push(pool.subarray(0, take));
    pool = pool.subarray(take);
    have += take;
  }
  return Buffer.concat(parts);
}
function rint(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = rbytes(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const pick = (a) => a[rint(a.length)];
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DIG = "0123456789";
const ALNUM = UP + LO + DIG;
const B62 = DIG + UP + LO;
const HEXA = "0123456789abcdef";
const B64A = `${UP + LO + DIG}+/`;
const URLSAFE = `${ALNUM}-_`;
const CRYPT = `./0123456789${UP}${LO}`;
const chars = (alpha, n) => Array.from({ length: n }, () => alpha[rint(alpha.length)]).join("");
const hex = (n) => chars(HEXA, n);
const digits = (n) => chars("123456789", 1) + chars(DIG, n - 1);

// random password with every class present; sym = context-safe symbols
function pw(n = 18, sym = "!#%+-_.@") {
  for (;;) {
    const s = chars(ALNUM + sym, n);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s) && (!sym || [...s].some((c) => sym.includes(c))))
      return s;
  }
}
const WORDS = [
  "harbor",
  "falcon",
  "copper",
  "meadow",
  "granite",
  "tundra",
  "willow",
  "saturn",
  "orchid",
  "cobalt",
  "ember",
  "juniper",
  "lantern",
  "marble",
  "pepper",
  "quartz",
  "raven",
  "sierra",
  "thistle",
  "violet",
  "anchor",
  "beacon",
  "cinder",
  "fjord",
  "glacier",
  "hazel",
  "mosaic",
  "nectar",
  "pylon",
  "walnut",
];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
function human(sym = "!?*#") {
  const a = cap(pick(WORDS));
  let b = cap(pick(WORDS));
  while (b === a) b = cap(pick(WORDS));
  return (
    a + (sym ? pick(["", "-", ".", "_"]) : "") + b + digits(2 + rint(3)) + (sym ? sym[rint(sym.length)] : "")
  );
}
function uuid4() {
  const b = rbytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------- credential formats
const CRC_TABLE = (() => {
  const t = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n) {
  let s = "";
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(6, "0");
}
function ghToken(prefix = "ghp_") {
  const body = chars(ALNUM, 30);
  return prefix + body + base62(crc32(Buffer.from(body)));
}
function ghTokenBadChecksum() {
  const t = ghToken();
  const last = t[t.length - 1];
  let repl = pick([...B62]);
  while (repl === last) repl = pick([...B62]);
  return t.slice(0, -1) + repl;
}
const awsKeyId = () => `AKIA${chars(`${UP}234567`, 16)}`;
const awsSecret = () => chars(`${ALNUM}/+`, 40);
const slackWebhook = () =>
  `https://hooks.slack.com/services/T${chars(UP + DIG, 8)}/B${chars(UP + DIG, 10)}/${chars(ALNUM, 24)}`;
const sendgrid = () => `SG.${chars(URLSAFE, 22)}.${chars(URLSAFE, 43)}`;

const BCRYPT_A = `./${UP}${LO}${DIG}`;
function bcb64(buf) {
  let s = "";
  let i = 0;
  while (i < buf.length) {
    let c1 = buf[i++];
    s += BCRYPT_A[c1 >> 2];
    c1 = (c1 & 3) << 4;
    if (i >= buf.length) {
      s += BCRYPT_A[c1];
      break;
    }
    let c2 = buf[i++];
    c1 |= c2 >> 4;
    s += BCRYPT_A[c1];
    c1 = (c2 & 0x0f) << 2;
    if (i >= buf.length) {
      s += BCRYPT_A[c1];
      break;
    }
    c2 = buf[i++];
    c1 |= c2 >> 6;
    s += BCRYPT_A[c1];
    s += BCRYPT_A[c2 & 0x3f];
  }
  return s;
}
const bcrypt = (cost = 10) => `$2y$${String(cost).padStart(2, "0")}$${bcb64(rbytes(16))}${bcb64(rbytes(23))}`;
const apr1 = () => `$apr1$${chars(CRYPT, 8)}$${chars(CRYPT, 22)}`;
const sha512crypt = () => `$6$${chars(CRYPT, 16)}$${chars(CRYPT, 86)}`;
const yescrypt = () => `$y$j9T$${chars(CRYPT, 22)}$${chars(CRYPT, 43)}`;
const shaHtpasswd = (plain) => `{SHA}${createHash("sha1").update(plain).digest("base64")}`;
const ssha = () => `{SSHA}${rbytes(24).toString("base64")}`;
const md5hex = (s) => createHash("md5").update(s).digest("hex");

// X25519 / Ed25519 via PKCS#8 DER import (deterministic, no key generation randomness)
function wgPrivate() {
  const k = rbytes(32);
  k[0] &= 248;
  k[31] &= 127;
  k[31] |= 64;
  return k;
}
function rawPublic(priv, oidHex) {
  const der = Buffer.concat([Buffer.from(`302e020100300506032b${oidHex}04220420`, "hex"), priv]);
  const pub = createPublicKey(createPrivateKey({ key: der, format: "der", type: "pkcs8" }));
  return pub.export({ format: "der", type: "spki" }).subarray(-32);
}
const wgKeyPair = () => {
  const priv = wgPrivate();
  return { priv: priv.toString("base64"), pub: rawPublic(priv, "656e").toString("base64") };
};
function sshEd25519Pub() {
  const pub = rawPublic(rbytes(32), "6570");
  const str = (b) => {
    const l = Buffer.alloc(4);
    l.writeUInt32BE(b.length);
    return Buffer.concat([l, b]);
  };
  const blob = Buffer.concat([str(Buffer.from("ssh-ed25519")), str(pub)]);
  return {
    key: `ssh-ed25519 ${blob.toString("base64")}`,
    fp: `SHA256:${createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`,
  };
}
function openvpnStaticKey() {
  const lines = ["-----BEGIN OpenVPN Static key V1-----"];
  for (let i = 0; i < 16; i++) lines.push(hex(32));
  lines.push("-----END OpenVPN Static key V1-----");
  return lines.join("\n");
}
function fakeCert() {
  const body = Buffer.concat([
    Buffer.from("308203", "hex"),
    rbytes(1),
    Buffer.from("30820233a0030201020214", "hex"),
    rbytes(700),
  ]).toString("base64");
  const lines = ["-----BEGIN CERTIFICATE-----"];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  lines.push("-----END CERTIFICATE-----");
  return lines.join("\n");
}
function ansibleVault(indent = "") {
  const payload = Buffer.from(`${hex(64)}\n${hex(64)}\n${hex(96 + 32 * rint(4))}`).toString("hex");
  const lines = ["$ANSIBLE_VAULT;1.1;AES256"];
  for (let i = 0; i < payload.length; i += 80) lines.push(payload.slice(i, i + 80));
  return lines.join(`\n${indent}`);
}
const jenkinsSecret = () =>
  `{${Buffer.concat([Buffer.from([1, 0, 0, 0, 16, 0, 0, 0, 32]), rbytes(48)]).toString("base64")}}`;
function jwtSA(ns, sa) {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const head = enc({ alg: "RS256", kid: rbytes(32).toString("base64url") });
  const body = enc({
    iss: "kubernetes/serviceaccount",
    "kubernetes.io/serviceaccount/namespace": ns,
    "kubernetes.io/serviceaccount/secret.name": `${sa}-token-${chars(LO + DIG, 5)}`,
    "kubernetes.io/serviceaccount/service-account.name": sa,
    "kubernetes.io/serviceaccount/service-account.uid": uuid4(),
    sub: `system:serviceaccount:${ns}:${sa}`,
  });
  return `${head}.${body}.${rbytes(256).toString("base64url")}`;
}
const unattendB64 = (plain, element) => Buffer.from(plain + element, "utf16le").toString("base64");
const b64 = (s) => Buffer.from(s).toString("base64");
const sha256hex = () => hex(64);

// ---------------------------------------------------------------- labelling machinery
// Values are inserted through markers; emit() resolves them to exact line numbers.
const pending = new Map();
let markId = 0;
function mark(kind, type, value, note, decoded) {
  const id = markId++;
  pending.set(id, { kind, type, value, note, decoded });
  return `\u0001${id}\u0002`;
}
const posValues = new Set();
const P = (type, value, note, decoded) => {
  if (posValues.has(value)) throw new Error(`duplicate positive value generated: ${type}`);
  posValues.add(value);
  return mark("pos", type, value, note, decoded);
};
const N = (type, value, note) => mark("neg", type, value, note);
const U = (type, value, note) => mark("neu", type, value, note);

const outFiles = [];
const labels = [];
const neutrals = [];
const nl = (s) => (s.match(/\n/g) || []).length;
function emit(rel, text, { crlf = false } = {}) {
  let out = "";
  let line = 1;
  let last = 0;
  const re = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, "g");
  let m;
  for (m = re.exec(text); m !== null; m = re.exec(text)) {
    const seg = text.slice(last, m.index);
    out += seg;
    line += nl(seg);
    const id = Number(m[1]);
    const rec = pending.get(id);
    if (!rec) throw new Error(`marker ${id} used twice or unknown in ${rel}`);
    pending.delete(id);
    if (crlf && rec.value.includes("\n")) throw new Error(`multi-line value in CRLF file ${rel}`);
    if (rec.kind === "neu") {
      neutrals.push({ file: rel, line, type: rec.type, secret: rec.value, note: rec.note });
    } else {
      const l = { file: rel, line, type: rec.type, secret: rec.value, positive: rec.kind === "pos" };
      if (rec.note) l.note = rec.note;
      if (rec.decoded !== undefined) l.decoded = rec.decoded;
      labels.push(l);
    }
    out += rec.value;
    line += nl(rec.value);
    last = re.lastIndex;
  }
  out += text.slice(last);
  if (crlf) out = out.replace(/\r?\n/g, "\r\n");
  outFiles.push([rel, out]);
}

// ---------------------------------------------------------------- shared identities
const DOM = "kestrel-logistics.com";
const CORP = "corp.kestrel.internal";
const PROD = "prod.kestrel.internal";

// ================================================================ files
// ---- ops/scripts -------------------------------------------------------------------------
emit(
  "ops/scripts/backup-mysql.sh",
  `#!/usr/bin/env bash
# Nightly logical backup of the orders DB -> S3 (kestrel-db-backups)
# Owner: platform-ops (#ops-oncall). Runs from root crontab on bkp01.
set -euo pipefail

BACKUP_DIR=/var/backups/mysql
RETENTION_DAYS=14
DB_HOST=db01.${PROD}
DB_USER=backup
TS=$(date +%Y%m%d-%H%M)

# Old invocation from the wiki, kept for reference:
#   mysqldump -u root -p${N("mysql_password", "changeme", "commented wiki example, placeholder password")} --all-databases > all.sql
mkdir -p "$BACKUP_DIR"

mysqldump -h "$DB_HOST" -u "$DB_USER" -p'${P("mysql_password", pw(20, "!#%+-_.@="))}' \\
  --single-transaction --routines --triggers --set-gtid-purged=OFF orders \\
  | gzip -6 > "$BACKUP_DIR/orders-$TS.sql.gz"

# upload with the svc-db-backup IAM user (bucket policy: put-only)
export AWS_ACCESS_KEY_ID=${P("aws_access_key_id", awsKeyId())}
export AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", awsSecret())}
export AWS_DEFAULT_REGION=eu-west-1
# NB: the AWS docs pair ${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", "AWS documentation example key")} / ${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation example secret")} is what the old README showed

aws s3 cp "$BACKUP_DIR/orders-$TS.sql.gz" "s3://kestrel-db-backups/orders/" --only-show-errors
sha256sum "$BACKUP_DIR/orders-$TS.sql.gz" >> "$BACKUP_DIR/SHA256SUMS"
# last manual restore test (2024-02-18) used:
#   ${N("sha256_digest", sha256hex(), "sha256sum output of a dump file")}  orders-20240218-0215.sql.gz

find "$BACKUP_DIR" -name '*.sql.gz' -mtime +"$RETENTION_DAYS" -delete
`,
);

emit(
  "ops/scripts/pg_backup.sh",
  `#!/bin/sh
# pg_backup.sh - dump pg-main and ship it with restic (Wasabi bucket)
# New hosts get PG_BACKUP_PASSWORD from /etc/default/pg_backup (templated by ansible).
set -eu
[ -r /etc/default/pg_backup ] && . /etc/default/pg_backup

export PGPASSWORD="${N("postgres_password", "${PG_BACKUP_PASSWORD:-}", "shell parameter expansion, not a value")}"
if [ -z "$PGPASSWORD" ]; then
    # fallback for pg-old01 which predates the ansible role (INC-2291, remove after migration)
    PGPASSWORD='${P("postgres_password", pw(16, "!#%+-_."))}'
    export PGPASSWORD
fi

DUMP=/srv/dumps/pg-$(hostname -s)-$(date +%F).sql.zst
pg_dumpall -h 127.0.0.1 -U postgres --clean | zstd -q -T0 -o "$DUMP"

export RESTIC_REPOSITORY="s3:https://s3.eu-central-1.wasabisys.com/kestrel-restic/pg"
export RESTIC_PASSWORD="${P("restic_password", human("!?*"))}"
export RESTIC_CACHE_DIR=/var/cache/restic
restic backup /srv/dumps --tag pg --host "$(hostname -s)" --quiet
restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --prune --quiet
rm -f "$DUMP"
`,
);

emit(
  "ops/scripts/offsite-sync.sh",
  `#!/usr/bin/env bash
# offsite-sync.sh - push /srv/archive to the Hamburg NAS (rsync daemon) and to borgbase.
set -euo pipefail
LOG=/var/log/offsite-sync.log
exec >>"$LOG" 2>&1
echo "== $(date -Is) start"

# rsync daemon module "kestrel" on nas-hh01; user defined in /etc/rsyncd.secrets over there
export RSYNC_PASSWORD=${P("rsync_password", pw(22, "-_."))}
rsync -a --delete --partial --bwlimit=20000 /srv/archive/ rsync://kestrel@nas-hh01.${CORP}/kestrel/archive/

# borg: repo key is repokey-blake2, passphrase below
export BORG_REPO='ssh://x7h2k9@x7h2k9.repo.borgbase.com/./repo'
export BORG_PASSPHRASE='${P("borg_passphrase", [pick(WORDS), pick(WORDS), pick(WORDS), pick(WORDS), digits(3)].join("-"))}'
# what the borg quickstart shows:
#export BORG_PASSPHRASE='${N("borg_passphrase", "correct horse battery staple", "documentation example passphrase, commented")}'
# preferred once pass is rolled out on this box:
#export BORG_PASSCOMMAND="${N("borg_passphrase", "pass show infra/borg/offsite", "command that fetches the passphrase")}"
export BORG_RSH='ssh -i /root/.ssh/id_borg -o BatchMode=yes'

borg create --stats --compression zstd,6 ::'archive-{now:%Y-%m-%d}' /srv/archive
borg prune --keep-daily 7 --keep-weekly 8 --keep-monthly 12
echo "== $(date -Is) done"
`,
);

emit(
  "ops/cron/root.crontab",
  `# crontab for root on bkp01 - installed via "crontab ops/cron/root.crontab"
# m h  dom mon dow   command
MAILTO=ops-alerts@${DOM}
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
SLACK_WEBHOOK=${P("slack_webhook_url", slackWebhook())}

15 2 * * *   /opt/ops/scripts/backup-mysql.sh >> /var/log/backup-mysql.log 2>&1
45 2 * * *   /opt/ops/scripts/pg_backup.sh || curl -fsS -X POST -d '{"text":"pg_backup failed on bkp01"}' "$SLACK_WEBHOOK"
30 3 * * *   PGPASSWORD=${P("postgres_password", pw(18, "-_."))} /usr/bin/pg_dump -h pg-report01 -U reporting -Fc -f /srv/dumps/reporting.dump reporting
*/10 * * * * curl -fsS -u monitor:${P("http_basic_password", pw(16, "-_."))} https://status.${CORP}/api/heartbeat/bkp01 >/dev/null
# */5 * * * * curl -u user:${N("http_basic_password", "password", "commented template line, placeholder")} http://localhost:8080/health
0 5 * * 0    /opt/ops/scripts/offsite-sync.sh
0 4 * * *    /usr/sbin/logrotate /etc/logrotate.conf
`,
);

emit(
  "ops/scripts/mirror-repos.sh",
  `#!/usr/bin/env bash
# Mirror the legacy repos from the old on-prem GitLab to GitHub (nightly on jenkins-agent03).
set -euo pipefail

GITLAB_HOST=gitlab.${CORP}
GITLAB_TOKEN="${P("gitlab_pat", `glpat-${chars(URLSAFE, 20)}`)}"   # bot user mirror-bot, read_repository
GH_ORG=kestrel-logistics
GH_TOKEN=${P("github_pat", ghToken("ghp_"))}
# pinned tooling commit (git-filter-repo)
FILTER_REPO_REV=${N("git_commit_sha", hex(40), "git commit SHA used as a pin")}

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for repo in wms-legacy edi-gateway label-printer customs-web; do
  git clone --quiet --mirror "https://oauth2:${N("gitlab_pat", "$GITLAB_TOKEN", "shell variable in URL")}@$GITLAB_HOST/legacy/$repo.git" "$WORK/$repo.git"
  git -C "$WORK/$repo.git" push --quiet --mirror "https://x-access-token:${N("github_pat", "$GH_TOKEN", "shell variable in URL")}@github.com/$GH_ORG/$repo.git"
done
`,
);

emit(
  "tests/redaction/test_redact.bats",
  `#!/usr/bin/env bats
# Tests for ops/lib/redact.sh (masks tokens before log lines leave the host).
# The GitHub-looking token below deliberately FAILS the CRC32 checksum so it is not a real token;
# the redactor is regex-only and must still mask it.

setup() { load '../helpers/common'; }

@test "masks ghp_ style tokens" {
  run ./ops/lib/redact.sh <<< "push failed token=${N("github_pat", ghTokenBadChecksum(), "fails the GitHub CRC32 checksum; test string")} remote=origin"
  [ "$status" -eq 0 ]
  [[ "$output" == *"token=ghp_****"* ]]
}

@test "keeps commit ids" {
  run ./ops/lib/redact.sh <<< "deployed ${N("git_commit_sha", hex(40), "commit SHA, must not be masked")}"
  [[ "$output" != *"****"* ]]
}
`,
);

emit(
  "scripts/ldap-sync.sh",
  `#!/bin/bash
# Sync AD group membership into the legacy OpenLDAP (used by Nagios and Jenkins).
# Runs hourly from /etc/cron.d/ldap-sync on ldap01.
AD_URI=ldaps://dc01.${CORP}
AD_BASE="OU=Groups,DC=corp,DC=kestrel,DC=internal"
AD_BIND_DN="CN=svc_ldapsync,OU=Service Accounts,DC=corp,DC=kestrel,DC=internal"
AD_BIND_PW='${P("ldap_bind_password", pw(20, "!#%+-_.@"))}'
OL_BIND_PW_FILE=/etc/openldap/sync.pw

ldapsearch -LLL -o ldif-wrap=no -H "$AD_URI" -D "$AD_BIND_DN" -w "$AD_BIND_PW" \\
    -b "$AD_BASE" "(cn=ops-*)" member > /tmp/ad-groups.ldif || exit 1
/usr/local/bin/ad2ol < /tmp/ad-groups.ldif > /tmp/changes.ldif
ldapmodify -H ldapi:/// -D "cn=Manager,dc=kestrel,dc=internal" -y "$OL_BIND_PW_FILE" -f /tmp/changes.ldif

# one-off from the 2022 migration notes (openldap tutorial), kept for reference:
# ldapsearch -x -D "cn=admin,dc=example,dc=com" -w ${N("ldap_bind_password", "secret", "tutorial example in a comment")} -b dc=example,dc=com
rm -f /tmp/ad-groups.ldif /tmp/changes.ldif
`,
);

// ---- systemd ---------------------------------------------------------------------------
emit(
  "etc/systemd/system/billing-api.service",
  `[Unit]
Description=Kestrel billing API (gunicorn)
After=network-online.target
Wants=network-online.target

[Service]
Type=notify
User=billing
Group=billing
WorkingDirectory=/opt/billing/current
Environment="DATABASE_URL=postgres://billing_app:${P("postgres_password", pw(24, "-_.~"))}@pg-main.${PROD}:5432/billing?sslmode=require"
Environment=REDIS_PASSWORD=${P("redis_password", pw(32, ""))}
Environment=JWT_SECRET=${P("jwt_secret", hex(64))}
Environment="GUNICORN_CMD_ARGS=--workers 4 --bind 127.0.0.1:8081 --timeout 60"
# Stripe key moved to systemd credentials (OPS-412)
LoadCredential=${N("systemd_credential_ref", "stripe-key:/etc/credstore/billing-stripe-key", "LoadCredential= path reference")}
Environment=STRIPE_API_KEY_FILE=${N("systemd_credential_ref", "%d/stripe-key", "credentials directory specifier")}
ExecStart=/opt/billing/venv/bin/gunicorn billing.wsgi:application
ExecReload=/bin/kill -s HUP $MAINPID
Restart=on-failure
RestartSec=5
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=/var/lib/billing

[Install]
WantedBy=multi-user.target
`,
);

emit(
  "etc/systemd/system/postgres_exporter.service",
  `[Unit]
Description=Prometheus PostgreSQL exporter
Documentation=https://github.com/prometheus-community/postgres_exporter
After=network.target postgresql.service

[Service]
User=postgres_exporter
Environment=DATA_SOURCE_NAME=postgresql://postgres_exporter:${P("postgres_password", pw(20, "-_."))}@localhost:5432/postgres?sslmode=disable
Environment=PG_EXPORTER_EXTEND_QUERY_PATH=/etc/postgres_exporter/queries.yaml
ExecStart=/usr/local/bin/postgres_exporter --web.listen-address=:9187 --log.level=warn
Restart=always

[Install]
WantedBy=multi-user.target
`,
);

emit(
  "etc/systemd/system/grafana-server.service.d/override.conf",
  `# systemctl edit grafana-server
[Service]
# admin password encrypted with systemd-creds (TPM2 bound); decrypted into $CREDENTIALS_DIRECTORY
SetCredentialEncrypted=admin: \\
        ${N("systemd_encrypted_credential", `k6iUCUh0RJCQyvL8k8q1UyAAAAABAAAADAAAABAAAAC${rbytes(36).toString("base64")}`, "systemd-creds encrypted blob, TPM-bound")} \\
        ${N("systemd_encrypted_credential", rbytes(45).toString("base64"), "continuation of the encrypted blob")}
Environment=GF_SECURITY_ADMIN_PASSWORD__FILE=${N("systemd_credential_ref", "/run/credentials/grafana-server.service/admin", "file reference")}
`,
);

// ---- nginx / apache / haproxy ---------------------------------------------------------
const reportingBasic = `svc-reporting:${pw(18, "!#-_.")}`;
emit(
  "etc/nginx/sites-available/reports.conf",
  `upstream reporting_backend {
    server 10.20.4.11:8080;
    server 10.20.4.12:8080 backup;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name reports.${CORP};

    ssl_certificate     /etc/ssl/kestrel/reports.crt;
    ssl_certificate_key /etc/ssl/kestrel/reports.key;
    ssl_protocols TLSv1.2 TLSv1.3;

    access_log /var/log/nginx/reports.access.log main;

    location / {
        auth_basic           "Kestrel internal";
        auth_basic_user_file /etc/nginx/.htpasswd;

        proxy_pass http://reporting_backend;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        # backend wants its own service account, not the end user's credentials
        proxy_set_header Authorization "Basic ${P("basic_auth_header", b64(reportingBasic), "base64 user:password in proxy header", reportingBasic)}";
    }

    location /api/ledger/ {
        proxy_pass https://ledger.${CORP}/;
        proxy_set_header X-Api-Key "${P("api_key", hex(40))}";
        # proxy_set_header X-Api-Key "${N("api_key", "<ledger-api-key>", "placeholder")}";
    }

    location /sso/ {
        proxy_pass http://reporting_backend;
        proxy_set_header Authorization ${N("bearer_token", "$http_authorization", "nginx variable")};
    }
}
`,
);

emit(
  "etc/nginx/.htpasswd",
  `ops:${P("htpasswd_hash", apr1(), "apr1-md5 hash in production htpasswd (crackable offline)")}
jenkins:${P("htpasswd_hash", bcrypt(5), "bcrypt cost 5")}
grafana-proxy:${P("htpasswd_hash", shaHtpasswd(human("")), "unsalted {SHA}")}
reporting:${P("htpasswd_hash", bcrypt(10))}
`,
);

emit(
  "spec/fixtures/htpasswd",
  `# Fixture for spec/auth/basic_auth_spec.rb - NOT deployed anywhere.
# alice/alice, bob/bob, and "empty" has an empty password (checked to be rejected).
alice:${N("htpasswd_hash", bcrypt(5), 'test fixture hash of "alice" documented in the header')}
bob:${N("htpasswd_hash", shaHtpasswd("bob"), 'SHA1 of "bob", test fixture')}
empty:${N("htpasswd_hash", shaHtpasswd(""), "SHA1 of the empty string")}
`,
);

emit(
  "etc/apache2/sites-available/intranet.conf",
  `<VirtualHost *:443>
    ServerName intranet.${CORP}
    ServerAdmin it-helpdesk@${DOM}
    DocumentRoot /var/www/intranet

    SSLEngine on
    SSLCertificateFile    /etc/ssl/kestrel/intranet.crt
    SSLCertificateKeyFile /etc/ssl/kestrel/intranet.key

    SetEnv INTRANET_DB_DSN "mysql:host=db02.${CORP};dbname=intranet"
    SetEnv INTRANET_DB_USER intranet
    SetEnv INTRANET_DB_PASS "${P("mysql_password", pw(16, "!#%+-_.@"))}"
    # defined in /etc/apache2/envvars (Define APP_SECRET ...)
    SetEnv APP_SECRET ${N("app_secret", "${APP_SECRET}", "Apache Define variable reference")}

    <Location /wiki>
        AuthType Basic
        AuthName "Intranet Wiki"
        AuthUserFile /etc/apache2/.htpasswd-wiki
        Require valid-user
    </Location>

    # the timesheet app on the old NAS only understands URL credentials
    ProxyPass        /timesheets http://tsuser:${P("http_basic_password", pw(14, "-_."))}@nas01.${CORP}:8088/timesheets
    ProxyPassReverse /timesheets http://nas01.${CORP}:8088/timesheets

    <Location /admin>
        AuthType Basic
        AuthName "Intranet admin"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc01.${CORP}:636/OU=Staff,DC=corp,DC=kestrel,DC=internal?sAMAccountName?sub?(objectClass=user)"
        AuthLDAPBindDN "CN=svc_apache,OU=Service Accounts,DC=corp,DC=kestrel,DC=internal"
        AuthLDAPBindPassword "${P("ldap_bind_password", human("!?*#"))}"
        # 2.4.5+ can read it from a program instead:
        # AuthLDAPBindPassword "${N("ldap_bind_password", "exec:/usr/local/sbin/ldap-bind-pass", "exec: directive, not a value")}"
        Require ldap-group CN=IntranetAdmins,OU=Groups,DC=corp,DC=kestrel,DC=internal
    </Location>

    ErrorLog \${APACHE_LOG_DIR}/intranet_error.log
    CustomLog \${APACHE_LOG_DIR}/intranet_access.log combined
</VirtualHost>
`,
);

emit(
  "etc/haproxy/haproxy.cfg",
  `global
    log /dev/log local0
    log /dev/log local1 notice
    chroot /var/lib/haproxy
    stats socket /run/haproxy/admin.sock mode 660 level admin
    user haproxy
    group haproxy
    daemon
    maxconn 20000
    ssl-default-bind-options ssl-min-ver TLSv1.2

defaults
    log     global
    mode    http
    option  httplog
    timeout connect 5s
    timeout client  50s
    timeout server  50s

userlist ops_users
    user admin password ${P("haproxy_userlist_hash", sha512crypt(), "sha512-crypt hash in userlist")}
    user readonly insecure-password ${P("haproxy_userlist_password", pw(16, "-_.!"))}

listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats refresh 10s
    stats auth haproxy:${P("haproxy_stats_password", pw(18, "-_.!"))}
    # stats auth admin:${N("haproxy_stats_password", "admin", "commented default")}
    stats admin if { http_auth(ops_users) }

frontend fe_https
    bind :443 ssl crt /etc/haproxy/certs/
    http-request redirect scheme https unless { ssl_fc }
    use_backend be_legacy if { path_beg /legacy }
    default_backend be_api

backend be_api
    balance roundrobin
    http-request set-header X-Internal-Token ${P("internal_api_token", chars(URLSAFE, 40))}
    server api1 10.20.4.21:8080 check
    server api2 10.20.4.22:8080 check

backend be_legacy
    http-request set-header Authorization "Bearer ${N("bearer_token", "%[env(LEGACY_API_TOKEN)]", "HAProxy env fetch")}"
    server legacy1 10.20.9.5:80 check
`,
);

// ---- shadow / forensics -----------------------------------------------------------------
emit(
  "forensics/INC-2291/web02-shadow.txt",
  `# collected from web02 during INC-2291 (2024-03-11 09:40 UTC) - chain of custody: jdoe
# sha256 of original /etc/shadow: ${N("sha256_digest", sha256hex(), "evidence checksum")}
root:${P("shadow_hash", sha512crypt(), "sha512-crypt hash from /etc/shadow")}:19400:0:99999:7:::
daemon:*:19326:0:99999:7:::
bin:*:19326:0:99999:7:::
sys:*:19326:0:99999:7:::
www-data:*:19326:0:99999:7:::
sshd:*:19326:0:99999:7:::
postgres:!:19330::::::
nagios:!!:19331::::::
deploy:${P("shadow_hash", yescrypt(), "yescrypt hash from /etc/shadow")}:19410:0:99999:7:::
`,
);

// ---- docker compose -------------------------------------------------------------------
emit(
  "docker/tracking/docker-compose.yml",
  `# tracking stack on dock03 (prod). Started with: docker compose up -d
services:
  postgres:
    image: postgres:15.6
    restart: unless-stopped
    environment:
      POSTGRES_USER: tracking
      POSTGRES_PASSWORD: "${P("postgres_password", pw(22, "!#%+-_.@"))}"
      POSTGRES_DB: tracking
    volumes:
      - pgdata:/var/lib/postgresql/data

  mariadb:
    image: mariadb:10.11
    restart: unless-stopped
    environment:
      - MYSQL_ROOT_PASSWORD=${P("mysql_password", pw(24, "-_."))}
      - MYSQL_DATABASE=wms
      - MYSQL_USER=wms
      - MYSQL_PASSWORD=${P("mysql_password", pw(20, "-_."))}

  rabbitmq:
    image: rabbitmq:3.12-management
    hostname: mq-tracking
    environment:
      RABBITMQ_DEFAULT_USER: kestrel
      RABBITMQ_DEFAULT_PASS: ${P("rabbitmq_password", pw(20, "-_."))}
    ports:
      - "127.0.0.1:15672:15672"

  minio:
    image: quay.io/minio/minio:RELEASE.2024-02-26T09-33-48Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: minio-admin
      MINIO_ROOT_PASSWORD: '${P("minio_password", pw(28, "+-_."))}'
    volumes:
      - minio:/data

  api:
    image: registry.${CORP}/tracking/api@sha256:${N("sha256_digest", sha256hex(), "container image digest")}
    depends_on: [postgres, rabbitmq]
    environment:
      DATABASE_URL: postgres://tracking:${N("postgres_password", "${POSTGRES_PASSWORD}", "compose interpolation")}@postgres:5432/tracking
      AMQP_URL: amqp://kestrel:${N("amqp_password", "${RABBITMQ_PASS}", "compose interpolation")}@rabbitmq:5672/
      NODE_ENV: production

volumes:
  pgdata:
  minio:
`,
);

emit(
  "docker/tracking/docker-compose.dev.yml",
  `# Local development stack. Copy .env.example to .env first.
services:
  postgres:
    image: postgres:15.6
    environment:
      POSTGRES_USER: tracking
      POSTGRES_PASSWORD: ${N("postgres_password", "changeme", "development placeholder")}
      POSTGRES_DB: tracking
  postgres-secrets:
    image: postgres:15.6
    environment:
      POSTGRES_PASSWORD_FILE: ${N("postgres_password", "/run/secrets/postgres_password", "docker secret file path")}
    secrets: [postgres_password]
  mariadb:
    image: mariadb:10.11
    environment:
      - MYSQL_ROOT_PASSWORD=${N("mysql_password", "${MYSQL_ROOT_PASSWORD:?set it in .env}", "compose interpolation")}
  rabbitmq:
    image: rabbitmq:3.12-management
    environment:
      RABBITMQ_DEFAULT_USER: guest
      RABBITMQ_DEFAULT_PASS: ${N("rabbitmq_password", "guest", "RabbitMQ upstream default")}
  minio:
    image: quay.io/minio/minio
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: ${N("minio_password", "minioadmin", "MinIO upstream default")}
secrets:
  postgres_password:
    file: ./secrets/postgres_password.txt
`,
);

// ---- app configs ----------------------------------------------------------------------
emit(
  "portal/config/database.yml",
  `# Customer portal (Rails 5.2, legacy)
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  socket: /var/run/mysqld/mysqld.sock

development:
  <<: *default
  database: portal_development
  username: root
  password: ${N("mysql_password", "password", "dev default")}

test:
  <<: *default
  database: portal_test

production:
  <<: *default
  host: db03.${PROD}
  database: portal_production
  username: portal
  password: ${N("mysql_password", "<%= ENV['PORTAL_DATABASE_PASSWORD'] %>", "ERB env lookup")}

# read-only replica for the reporting jobs -- not moved to ENV yet (PORTAL-881)
reporting:
  <<: *default
  host: db03-replica.${PROD}
  database: portal_production
  username: portal_ro
  password: "${P("mysql_password", pw(18, "!#%+-_.@"))}"
`,
);

emit(
  "wms/src/main/resources/application.properties",
  `# WMS backend - production profile defaults
server.port=8443
server.ssl.key-store=/etc/wms/keystore.p12
server.ssl.key-store-type=PKCS12
server.ssl.key-store-password=${N("keystore_password", "${WMS_KEYSTORE_PASSWORD}", "Spring placeholder")}

spring.datasource.url=jdbc:sqlserver://sql01.${CORP}:1433;databaseName=WMS;encrypt=true;trustServerCertificate=true
spring.datasource.username=wms_app
spring.datasource.password=${N("mssql_password", "${WMS_DB_PASSWORD}", "Spring placeholder")}
spring.datasource.hikari.maximum-pool-size=20

# Oracle ERP link (read-only)
erp.datasource.url=jdbc:oracle:thin:erp_reader/${P("oracle_password", pw(16, "#_"))}@//erp-db.${CORP}:1521/ERPPROD
erp.datasource.driver-class-name=oracle.jdbc.OracleDriver

# archive DB on the old SQL box; credentials inline because the 6.x driver ignores the properties
archive.datasource.url=jdbc:sqlserver://sql-arch01.${CORP}:1433;databaseName=WMS_ARCHIVE;user=sa;password=${P("mssql_password", pw(18, "!#-_.@"))};encrypt=false

spring.ldap.urls=ldaps://dc01.${CORP}:636
spring.ldap.base=DC=corp,DC=kestrel,DC=internal
spring.ldap.username=CN=svc_wms,OU=Service Accounts,DC=corp,DC=kestrel,DC=internal
spring.ldap.password=${P("ldap_bind_password", pw(20, "!#%+-_.@"))}

management.endpoints.web.exposure.include=health,info,prometheus
logging.level.org.hibernate.SQL=warn
`,
);

emit(
  "wms/src/test/resources/application-test.properties",
  `# Integration tests run against the Oracle XE container (gvenzl/oracle-xe) with the demo schema.
erp.datasource.url=jdbc:oracle:thin:scott/${N("oracle_password", "tiger", "Oracle demo schema scott/tiger")}@localhost:1521:XE
spring.datasource.url=jdbc:h2:mem:wms;MODE=MSSQLServer
spring.datasource.username=sa
spring.datasource.password=
spring.ldap.embedded.base-dn=dc=test,dc=local
spring.ldap.password=${N("ldap_bind_password", "test", "embedded test LDAP")}
`,
);

const etlPlain = `${pw(10, "")}@${pw(8, "")}/`;
emit(
  "tracking/.env.production",
  `# Production env for tracking-api (EnvironmentFile=/opt/tracking/.env.production)
NODE_ENV=production
PORT=3000
MONGO_URL=mongodb+srv://tracking-svc:${P("mongodb_password", pw(24, "-_."))}@tracking-prod.x7kq2.mongodb.net/tracking?retryWrites=true&w=majority
REDIS_URL=rediss://default:${P("redis_password", pw(32, ""))}@redis-prod.${PROD}:6380/0
AMQP_URL=amqps://tracking:${P("amqp_password", pw(20, "-_.~"))}@mq.${PROD}:5671/tracking
ETL_DATABASE_URL=postgresql://etl_user:${P("postgres_password", encodeURIComponent(etlPlain), "percent-encoded in the URI", etlPlain)}@pg-main.${PROD}:5432/warehouse
SMTP_HOST=smtp.office365.com
SMTP_PORT=587
SMTP_USER=noreply@${DOM}
SMTP_PASSWORD=${P("smtp_password", human("!?*#"))}
SENTRY_DSN=${U("sentry_dsn", `https://${hex(32)}@o${digits(6)}.ingest.sentry.io/${digits(7)}`, "Sentry DSN: public by design for ingestion; debatable")}
LOG_LEVEL=info
`,
);

emit(
  "tracking/.env.example",
  `# Copy to .env and fill in. Never commit the real file.
NODE_ENV=development
PORT=3000
MONGO_URL=mongodb+srv://<user>:${N("mongodb_password", "<password>", "placeholder")}@cluster0.example.mongodb.net/tracking
REDIS_URL=redis://localhost:6379/0
AMQP_URL=amqp://guest:${N("amqp_password", "guest", "RabbitMQ default")}@localhost:5672/
ETL_DATABASE_URL=postgresql://etl_user:${N("postgres_password", "xxxxxxxx", "placeholder")}@localhost:5432/warehouse
SMTP_HOST=localhost
SMTP_PORT=1025
SMTP_USER=
SMTP_PASSWORD=${N("smtp_password", "your-smtp-password", "placeholder")}
SENTRY_DSN=
`,
);

// ---- LDAP -----------------------------------------------------------------------------
emit(
  "etc/openldap/slapd.conf",
  `#
# See slapd.conf(5) for details on configuration options.
# This file should NOT be world readable.
#
include		/etc/openldap/schema/core.schema
include		/etc/openldap/schema/cosine.schema
include		/etc/openldap/schema/inetorgperson.schema
include		/etc/openldap/schema/nis.schema

pidfile		/run/openldap/slapd.pid
argsfile	/run/openldap/slapd.args
TLSCertificateFile	/etc/openldap/certs/ldap01.crt
TLSCertificateKeyFile	/etc/openldap/certs/ldap01.key

#######################################################################
# MDB database definitions
#######################################################################
database	mdb
maxsize		1073741824
suffix		"dc=kestrel,dc=internal"
rootdn		"cn=Manager,dc=kestrel,dc=internal"
# Cleartext passwords, especially for the rootdn, should
# be avoided.  See slappasswd(8) and slapd.conf(5) for details.
# Use of strong authentication encouraged.
#rootpw		${N("ldap_bind_password", "secret", "upstream sample value, commented")}
rootpw		${P("ldap_rootpw_hash", ssha(), "salted SHA1 of rootdn password")}
directory	/var/lib/openldap/openldap-data
index	objectClass	eq
index	uid,memberUid	eq

# replica of ldap01 (consumer config, identical file deployed on ldap02)
syncrepl rid=001
  provider=ldaps://ldap01.${CORP}
  bindmethod=simple
  binddn="cn=replicator,dc=kestrel,dc=internal"
  credentials=${P("ldap_bind_password", pw(22, "#%+-_.@"))}
  searchbase="dc=kestrel,dc=internal"
  type=refreshAndPersist
  retry="60 +"
`,
);

emit(
  "etc/sssd/sssd.conf",
  `[sssd]
config_file_version = 2
services = nss, pam, sudo
domains = ${CORP}

[nss]
filter_users = root

[domain/${CORP}]
id_provider = ldap
auth_provider = ldap
sudo_provider = ldap
ldap_uri = ldaps://dc01.${CORP}, ldaps://dc02.${CORP}
ldap_search_base = dc=corp,dc=kestrel,dc=internal
ldap_schema = ad
ldap_id_mapping = True
ldap_default_bind_dn = cn=svc_sssd,ou=Service Accounts,dc=corp,dc=kestrel,dc=internal
ldap_default_authtok_type = password
ldap_default_authtok = ${P("ldap_bind_password", pw(24, "!#%+-_.@"))}
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/kestrel-root-ca.pem
cache_credentials = True
enumerate = False
`,
);

emit(
  "etc/ldap.secret",
  `${P("ldap_bind_password", human("!?*"), "pam_ldap rootbinddn secret file, whole file is the password")}
`,
);

// ---- mail -----------------------------------------------------------------------------
emit(
  "etc/postfix/sasl_passwd",
  `# Postfix SASL client credentials.
# After editing: postmap hash:/etc/postfix/sasl_passwd && systemctl reload postfix
[smtp.sendgrid.net]:587     apikey:${P("sendgrid_api_key", sendgrid())}
[smtp.office365.com]:587    relay@${DOM}:${P("smtp_password", pw(16, "!#%+-_."))}
#[smtp.gmail.com]:587       user@gmail.com:${N("smtp_password", "app-password", "commented example")}
`,
);

const sesUser = awsKeyId();
emit(
  "home/deploy/.msmtprc",
  `# msmtp config for cron mails from bkp01 / jump01
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

# Amazon SES (eu-west-1), IAM user ses-smtp-bkp01
account        ses
host           email-smtp.eu-west-1.amazonaws.com
port           587
from           alerts@${DOM}
user           ${P("aws_access_key_id", sesUser, "SES SMTP username is an IAM access key id")}
password       ${P("ses_smtp_password", `B${chars(B64A, 43)}`)}

account        backup
host           mail.${DOM}
port           465
tls_starttls   off
from           backup@${DOM}
user           backup@${DOM}
passwordeval   "${N("smtp_password", "gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.msmtp-backup.gpg", "passwordeval command")}"

account default : ses
`,
);

emit(
  "legacy/php/contact/send.php",
  `<?php
// Contact form mailer for www (old marketing site, PHP 7.2)
require __DIR__ . '/../vendor/autoload.php';

use PHPMailer\\PHPMailer\\PHPMailer;
use PHPMailer\\PHPMailer\\Exception;

function send_contact_mail(array $form): bool
{
    $mail = new PHPMailer(true);
    try {
        $mail->isSMTP();
        $mail->Host       = 'mail.${DOM}';
        $mail->SMTPAuth   = true;
        $mail->Username   = 'webform@${DOM}';
        $mail->Password   = '${P("smtp_password", pw(16, "!#%+-_.@"))}';
        // $mail->Password = '${N("smtp_password", "your-password-here", "commented example")}';
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
        $mail->Port       = 587;

        $mail->setFrom('webform@${DOM}', 'Kestrel Website');
        $mail->addAddress('sales@${DOM}');
        $mail->Subject = 'Contact form: ' . substr($form['subject'] ?? '', 0, 80);
        $mail->Body    = $form['message'] ?? '';
        return $mail->send();
    } catch (Exception $e) {
        error_log('contact mail failed: ' . $mail->ErrorInfo);
        return false;
    }
}
`,
);

// ---- SNMP / monitoring ----------------------------------------------------------------
emit(
  "etc/snmp/snmpd.conf",
  `###########################################################################
# snmpd.conf - managed by ansible (role: snmp). Local edits will be lost.
###########################################################################
sysLocation    DC1 Frankfurt, Rack 14
sysContact     ops@${DOM}
agentaddress   udp:161,udp6:[::1]:161

# Debian package defaults, intentionally disabled:
#rocommunity  ${N("snmp_community", "public", "default community, commented")}  default    -V systemonly
#rwcommunity  ${N("snmp_community", "private", "default community, commented")} localhost

# v2c for the old Cacti box only
rocommunity  ${P("snmp_community", chars(ALNUM, 14))} 10.20.0.5/32

# SNMPv3 users (zabbix + netbox)
createUser zbxmon SHA-256 "${P("snmpv3_auth_passphrase", pw(20, "!#%+-_.@"))}" AES "${P("snmpv3_priv_passphrase", pw(20, "!#%+-_.@"))}"
createUser netbox SHA "${P("snmpv3_auth_passphrase", human("!?*"))}" AES "${P("snmpv3_priv_passphrase", human("!?*"))}"
rouser zbxmon priv
rouser netbox priv

includeDir /etc/snmp/snmpd.conf.d
`,
);

emit(
  "etc/zabbix/zabbix_server.conf",
  `############ GENERAL PARAMETERS #################
ListenPort=10051
LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=0
PidFile=/run/zabbix/zabbix_server.pid
SocketDir=/run/zabbix

### Option: DBHost
DBHost=pg-main.${PROD}
DBName=zabbix
DBUser=zabbix

### Option: DBPassword
#	Database password.
#	Comment this line if no password is used.
#
# Mandatory: no
# Default:
# DBPassword=
DBPassword=${P("zabbix_db_password", pw(24, "!#%+-_.@"))}

StartPollers=20
StartPingers=5
CacheSize=256M
Timeout=10
AlertScriptsPath=/usr/lib/zabbix/alertscripts
ExternalScripts=/usr/lib/zabbix/externalscripts
`,
);

emit(
  "etc/zabbix/zabbix_agentd.conf",
  `PidFile=/run/zabbix/zabbix_agentd.pid
LogFile=/var/log/zabbix/zabbix_agentd.log
Server=zbx01.${CORP}
ServerActive=zbx01.${CORP}
Hostname=web02
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=${U("zabbix_psk_identity", "PSK 001 web02", "PSK identity, sent in clear during the handshake")}
TLSPSKFile=/etc/zabbix/zabbix_agentd.psk
Include=/etc/zabbix/zabbix_agentd.d/*.conf
`,
);

emit(
  "etc/zabbix/zabbix_agentd.psk",
  `${P("zabbix_psk", hex(64), "whole file is the PSK")}
`,
);

emit(
  "monitoring/nagios/etc/resource.cfg",
  `###########################################################################
#
# RESOURCE.CFG - Sample Resource File for Nagios 4.4.x
#
# You can define $USERx$ macros in this file, which can in turn be used
# in command definitions in your host config file(s).  $USERx$ macros are
# useful for storing sensitive information such as usernames, passwords,
# etc.  They are also handy for specifying the path to plugins and
# event handlers - if you decide to move the plugins or event handlers to
# a different directory in the future, you can just update one or two
# $USERx$ macros, instead of modifying a lot of command definitions.
#
###########################################################################

# Sets $USER1$ to be the path to the plugins
$USER1$=/usr/local/nagios/libexec

# Sets $USER2$ to be the path to event handlers
#$USER2$=/usr/local/nagios/libexec/eventhandlers

# Store some usernames and passwords (hidden from the CGIs)
#$USER3$=someuser
#$USER4$=${N("nagios_password", "somepassword", "upstream sample")}

# MySQL replication check user
$USER5$=nagios_mon
$USER6$=${P("nagios_password", pw(18, "!#%+-_.@"))}
# SNMP community for the switch checks
$USER7$=${P("snmp_community", chars(ALNUM, 12))}
`,
);

emit(
  "monitoring/nagios/etc/objects/commands.cfg",
  `###############################################################################
# COMMANDS.CFG - site-specific command definitions
###############################################################################

define command {
    command_name    check_mysql_repl
    command_line    $USER1$/check_mysql -H $HOSTADDRESS$ -u $USER5$ -p ${N("nagios_password", "$USER6$", "Nagios macro reference")} -S
}

define command {
    command_name    check_snmp_ifstatus
    command_line    $USER1$/check_snmp -H $HOSTADDRESS$ -C $USER7$ -o ifOperStatus.$ARG1$ -r 1
}

define command {
    command_name    check_erp_status
    command_line    $USER1$/check_http -H erp.${CORP} -S -u /status -a erpmon:${P("http_basic_password", pw(14, "-_."))} -s '"ok"'
}

define command {
    command_name    notify-service-by-email
    command_line    /usr/bin/printf "%b" "***** Nagios *****\\n\\nService: $SERVICEDESC$\\nHost: $HOSTALIAS$\\nState: $SERVICESTATE$\\n" | /usr/bin/mail -s "** $NOTIFICATIONTYPE$ $HOSTALIAS$/$SERVICEDESC$ is $SERVICESTATE$ **" $CONTACTEMAIL$
}
`,
);

emit(
  "monitoring/grafana/grafana.ini",
  `##################### Grafana Configuration #####################
[paths]
data = /var/lib/grafana
logs = /var/log/grafana

[server]
protocol = http
http_addr = 127.0.0.1
http_port = 3000
domain = grafana.${CORP}
root_url = https://%(domain)s/

[database]
type = postgres
host = pg-main.${PROD}:5432
name = grafana
user = grafana
# If the password contains # or ; you have to wrap it with triple quotes. Ex """#password;"""
password = """${P("grafana_db_password", pw(20, "#;!%+-_."))}"""
ssl_mode = require

[security]
# default admin user, created on startup
admin_user = admin
# default admin password, can be changed before first start of grafana,  or in profile settings
;admin_password = ${N("grafana_admin_password", "admin", "upstream default, commented")}
admin_password = ${P("grafana_admin_password", human("!?*"))}
# used for signing
;secret_key = ${N("grafana_secret_key", "SW2YcwTIb9zpOOhoPsMm", "Grafana upstream default secret_key (public)")}
secret_key = ${P("grafana_secret_key", chars(ALNUM, 32))}
disable_gravatar = true
cookie_secure = true

[auth.google]
enabled = true
client_id = ${U("google_oauth_client_id", `${digits(12)}-${chars(LO + DIG, 32)}.apps.googleusercontent.com`, "OAuth client id, public")}
client_secret = ${P("google_oauth_client_secret", `GOCSPX-${chars(URLSAFE, 28)}`)}
scopes = openid email profile
allowed_domains = ${DOM}
allow_sign_up = true

[smtp]
enabled = true
host = smtp.office365.com:587
user = grafana@${DOM}
password = ${N("smtp_password", "$__env{GF_SMTP_PASSWORD}", "Grafana env expansion")}
from_address = grafana@${DOM}
`,
);

emit(
  "monitoring/prometheus/prometheus.yml",
  `global:
  scrape_interval: 30s
  evaluation_interval: 30s
  external_labels:
    site: dc1

rule_files:
  - /etc/prometheus/rules/*.yml

alerting:
  alertmanagers:
    - static_configs:
        - targets: ['alertmanager:9093']

scrape_configs:
  - job_name: node
    file_sd_configs:
      - files: ['/etc/prometheus/targets/node/*.yml']

  - job_name: federate-legacy
    honor_labels: true
    metrics_path: /federate
    params:
      'match[]': ['{job=~"legacy.*"}']
    scheme: https
    basic_auth:
      username: federation
      password: ${P("prometheus_basic_auth_password", pw(24, "-_."))}
    static_configs:
      - targets: ['prom-legacy.${CORP}:9090']

  - job_name: rabbitmq
    basic_auth:
      username: monitoring
      password_file: /etc/prometheus/secrets/rabbitmq
    static_configs:
      - targets: ['mq.${PROD}:15692']

  - job_name: k8s-apiserver
    scheme: https
    tls_config:
      insecure_skip_verify: true
    bearer_token: ${P("kubernetes_sa_token", jwtSA("monitoring", "prometheus"))}
    static_configs:
      - targets: ['k8s-api.${PROD}:6443']

remote_write:
  - url: https://prometheus-prod-01-eu-west-0.grafana.net/api/prom/push
    basic_auth:
      username: ${digits(6)}
      password: ${N("prometheus_basic_auth_password", "<grafana-cloud-api-key>", "placeholder")}
`,
);

emit(
  "monitoring/alertmanager/alertmanager.yml",
  `global:
  resolve_timeout: 5m
  smtp_smarthost: 'smtp.office365.com:587'
  smtp_from: 'alertmanager@${DOM}'
  smtp_auth_username: 'alertmanager@${DOM}'
  smtp_auth_password: '${P("smtp_password", pw(18, "!#%+-_.@"))}'
  slack_api_url: '${P("slack_webhook_url", slackWebhook())}'

route:
  receiver: slack-ops
  group_by: [alertname, cluster]
  routes:
    - matchers: [severity="critical"]
      receiver: pagerduty-critical
    - matchers: [team="legacy"]
      receiver: webhook-legacy

receivers:
  - name: slack-ops
    slack_configs:
      - channel: '#ops-alerts'
        send_resolved: true
  - name: pagerduty-critical
    pagerduty_configs:
      - routing_key: ${P("pagerduty_integration_key", hex(32))}
  - name: opsgenie
    opsgenie_configs:
      - api_key: ${N("opsgenie_api_key", "<opsgenie-api-key>", "placeholder")}
  - name: webhook-legacy
    webhook_configs:
      - url: 'http://alert-bridge:9095/alerts'
        http_config:
          authorization:
            credentials_file: /etc/alertmanager/bridge.token
`,
);

emit(
  "monitoring/exporters/test/web-config.yml",
  `# Fixture for the e2e tests of --web.config.file.
# The hash is bcrypt("test") exactly as published in tests/README.md; it protects nothing.
basic_auth_users:
  test: ${N("htpasswd_hash", bcrypt(10), 'public test fixture hash of "test"')}
`,
);

emit(
  "etc/datadog-agent/datadog.yaml",
  `#########################
## Basic Configuration ##
#########################

## @param api_key - string - required
## @env DD_API_KEY - string - required
## The Datadog API key used by your Agent to submit metrics and events to Datadog.
## Create a new API key here: https://app.datadoghq.com/organization-settings/api-keys .
#
# api_key: ${N("datadog_api_key", "<DATADOG_API_KEY>", "commented sample placeholder")}
api_key: ${P("datadog_api_key", hex(32))}

## @param site - string - optional - default: datadoghq.com
site: datadoghq.eu

hostname: web02.${PROD}
tags:
  - env:prod
  - team:platform
logs_enabled: true
process_config:
  process_collection:
    enabled: false
`,
);

// ---- wireless / VPN -------------------------------------------------------------------
const officePsk = pw(20, "!#%+-_.@");
emit(
  "etc/wpa_supplicant/wpa_supplicant-wlan0.conf",
  `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=DE

# Warehouse handheld network (scanner gateways)
network={
	ssid="KST-WH-Scanners"
	psk="${P("wifi_psk", human("!?*#"))}"
	key_mgmt=WPA-PSK
	priority=10
}

# Office network, generated with: wpa_passphrase KST-Office
network={
	ssid="KST-Office"
	#psk="${P("wifi_psk", officePsk, "plaintext left by wpa_passphrase as a comment")}"
	psk=${P("wifi_psk", pbkdf2Sync(officePsk, "KST-Office", 4096, 32, "sha1").toString("hex"), "raw PSK = PBKDF2-SHA1(passphrase, ssid, 4096, 32)")}
}

# Enterprise SSID for the kiosk terminals
network={
	ssid="KST-Corp"
	key_mgmt=WPA-EAP
	eap=PEAP
	identity="svc-kiosk@${CORP}"
	password="${P("eap_password", pw(18, "!#%+-_.@"))}"
	ca_cert="/etc/ssl/certs/kestrel-root-ca.pem"
	phase2="auth=MSCHAPV2"
}

# Example from wpa_supplicant.conf(5), left for reference
#network={
#	ssid="example"
#	psk="${N("wifi_psk", "very secret passphrase", "upstream example config")}"
#	priority=5
#}
`,
);

emit(
  "etc/openvpn/server/ta.key",
  `#
# 2048 bit OpenVPN static key
#
${P("openvpn_static_key", openvpnStaticKey(), "tls-auth key file")}
`,
);

emit(
  "etc/openvpn/client/kestrel-dc1.ovpn",
  `client
dev tun
proto udp
remote vpn.${DOM} 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
auth-user-pass /etc/openvpn/client/auth.txt
cipher AES-256-GCM
verb 3
key-direction 1
<ca>
${N("public_certificate", fakeCert(), "CA certificate (public)")}
</ca>
<tls-auth>
#
# 2048 bit OpenVPN static key
#
${P("openvpn_static_key", openvpnStaticKey(), "inline tls-auth key")}
</tls-auth>
`,
);

emit(
  "etc/openvpn/client/auth.txt",
  `svc-vpn-monitor
${P("openvpn_password", pw(20, "!#%+-_.@"), "line 2 of auth-user-pass file")}
`,
);

const wgSelf = wgKeyPair();
const wgOffice = wgKeyPair();
const wgLaptop = wgKeyPair();
emit(
  "etc/wireguard/wg0.conf",
  `# wg0 - site-to-site DC1 <-> Hamburg office + admin laptops
# public key of this host (give to peers): ${N("wireguard_public_key", wgSelf.pub, "public key")}
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = ${P("wireguard_private_key", wgSelf.priv)}
PostUp = iptables -A FORWARD -i %i -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
PostDown = iptables -D FORWARD -i %i -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE

[Peer]
# office-gw (Hamburg)
PublicKey = ${N("wireguard_public_key", wgOffice.pub, "peer public key")}
PresharedKey = ${P("wireguard_preshared_key", rbytes(32).toString("base64"))}
AllowedIPs = 10.99.0.2/32, 192.168.50.0/24
Endpoint = office-hh.${DOM}:51820
PersistentKeepalive = 25

[Peer]
# laptop-jdoe
PublicKey = ${N("wireguard_public_key", wgLaptop.pub, "peer public key")}
AllowedIPs = 10.99.0.10/32
`,
);

emit(
  "ansible/roles/wireguard/templates/client.conf.j2",
  `# {{ ansible_managed }}
[Interface]
PrivateKey = ${N("wireguard_private_key", "{{ wg_client_private_key }}", "Jinja template variable")}
Address = {{ wg_client_address }}/32
DNS = 10.99.0.1

[Peer]
PublicKey = ${N("wireguard_public_key", wgSelf.pub, "server public key")}
Endpoint = vpn.${DOM}:51820
AllowedIPs = 10.0.0.0/8, 10.99.0.0/24
PersistentKeepalive = 25
`,
);

emit(
  "etc/ipsec.secrets",
  `# /etc/ipsec.secrets - strongSwan IPsec secrets file
#
# This file holds shared secrets or RSA private keys for authentication.

# RSA private key for this host, authenticating it to any other host
# which knows the public part.
: RSA vpn-gw01.key

# Frankfurt DC <-> Azure West Europe
203.0.113.10 198.51.100.24 : PSK "${P("ipsec_psk", pw(32, "!#%+-_.@"))}"

# Hamburg branch (IKEv1, old FortiGate) - strongSwan 0s = base64
203.0.113.10 %any : PSK 0s${P("ipsec_psk", rbytes(33).toString("base64"), "base64-encoded PSK (0s prefix)")}

# template for new branches:
# <local-ip> <remote-ip> : PSK "${N("ipsec_psk", "<pre-shared-key>", "placeholder")}"
`,
);

emit(
  "etc/keepalived/keepalived.conf",
  `! Configuration File for keepalived - lb01 (MASTER)
global_defs {
   notification_email {
     ops-alerts@${DOM}
   }
   router_id LB01
   enable_script_security
   script_user keepalived_script
}

vrrp_script chk_haproxy {
    script "/usr/bin/killall -0 haproxy"
    interval 2
    weight 2
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 101
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass ${P("keepalived_auth_pass", chars(ALNUM, 8))}
    }
    virtual_ipaddress {
        10.20.0.100/24 dev eth0
    }
    track_script {
        chk_haproxy
    }
}

! package sample instance, kept disabled for reference:
!vrrp_instance VI_SAMPLE {
!    state BACKUP
!    interface eth1
!    virtual_router_id 52
!    authentication {
!        auth_type PASS
!        auth_pass ${N("keepalived_auth_pass", "1111", "upstream sample value, commented")}
!    }
!    virtual_ipaddress {
!        192.168.200.16
!    }
!}
`,
);

// ---- Redis / RabbitMQ / Postgres / MySQL ---------------------------------------------
emit(
  "etc/redis/redis.conf",
  `# Redis configuration file - redis-cache01 (managed by ansible)
bind 127.0.0.1 10.20.3.15
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
logfile /var/log/redis/redis-server.log
databases 16

################################# REPLICATION #################################
replicaof 10.20.3.14 6379
# masterauth ${N("redis_password", "<master-password>", "upstream comment placeholder")}
masterauth ${P("redis_password", pw(32, ""))}

################################## SECURITY ###################################
# Warning: since Redis is pretty fast, an outside user can try up to
# 1 million passwords per second against a modern box. This means that you
# should use very strong passwords, otherwise they will be very easy to break.
#
# requirepass ${N("redis_password", "foobared", "upstream redis.conf example, commented")}
requirepass ${P("redis_password", pw(40, ""))}

# ACL users (Redis 6+)
user default off
user app on >${P("redis_acl_password", pw(28, "-_."))} ~app:* &* +@all -@dangerous
user sentinel on #${U("redis_acl_password_hash", sha256hex(), "SHA-256 of an ACL password, not directly usable")} +client +subscribe +publish +ping +info +multi +slaveof +config +exec

maxmemory 4gb
maxmemory-policy allkeys-lru
appendonly no
`,
);

emit(
  "etc/rabbitmq/rabbitmq.conf",
  `## RabbitMQ 3.12 - mq01
listeners.tcp.default = 5672
listeners.ssl.default = 5671
ssl_options.cacertfile = /etc/rabbitmq/tls/ca.pem
ssl_options.certfile   = /etc/rabbitmq/tls/mq01.pem
ssl_options.keyfile    = /etc/rabbitmq/tls/mq01.key
management.tcp.port = 15672

## Default user created on first boot (package default is guest/guest)
# default_user = guest
# default_pass = ${N("rabbitmq_password", "guest", "upstream default, commented")}
default_user = kestrel_admin
default_pass = ${P("rabbitmq_password", pw(22, "!#%+-_.@"))}
loopback_users.guest = true
vm_memory_high_watermark.relative = 0.6
`,
);

emit(
  "var/lib/rabbitmq/.erlang.cookie",
  P("rabbitmq_erlang_cookie", chars(UP, 20), "Erlang distribution cookie, no trailing newline"),
);

emit(
  "etc/pgbouncer/userlist.txt",
  `"billing_app" "${P("pgbouncer_md5_hash", `md5${hex(32)}`, "md5(password+username): usable directly for md5 auth")}"
"reporting" "${P("pgbouncer_scram_verifier", `SCRAM-SHA-256$4096:${rbytes(16).toString("base64")}$${rbytes(32).toString("base64")}:${rbytes(32).toString("base64")}`)}"
"pgbouncer_stats" "${P("pgbouncer_password", pw(20, "!#%+-_.@"))}"
`,
);

emit(
  "home/postgres/.pgpass",
  `# hostname:port:database:username:password
pg-main.${PROD}:5432:replication:replicator:${P("pgpass_password", pw(24, "!#%+-_.@"))}
pg-report01.${PROD}:5432:reporting:reporting_ro:${P("pgpass_password", pw(16, "!#%+-_.@"))}
`,
);

emit(
  "etc/mysql/debian.cnf",
  `# Automatically generated for Debian scripts. DO NOT TOUCH!
[client]
host     = localhost
user     = debian-sys-maint
password = ${P("mysql_password", chars(ALNUM, 16))}
socket   = /var/run/mysqld/mysqld.sock
`,
);

// ---- file shares / netrc --------------------------------------------------------------
emit(
  "root/.smbcredentials",
  `username=svc_backup
password=${P("smb_password", pw(18, "!#%+-_.@"))}
domain=CORP
`,
);

emit(
  "etc/fstab",
  `# /etc/fstab: static file system information.
#
# <file system> <mount point>   <type>  <options>       <dump>  <pass>
UUID=${N("disk_uuid", uuid4(), "filesystem UUID")} /               ext4    errors=remount-ro 0       1
UUID=${N("disk_uuid", `${hex(4).toUpperCase()}-${hex(4).toUpperCase()}`, "vfat volume serial")}  /boot/efi       vfat    umask=0077      0       1
/dev/mapper/vg0-srv                       /srv            xfs     defaults,noatime 0      2
/swap.img	none	swap	sw	0	0
//fs01.${CORP}/backup  /mnt/backup  cifs  credentials=/root/.smbcredentials,vers=3.0,uid=0,gid=0,_netdev  0  0
//nas01.${CORP}/scans  /mnt/scans   cifs  username=scanner,password=${P("smb_password", pw(14, ""))},vers=2.1,_netdev  0  0
`,
);

emit(
  "home/deploy/.netrc",
  `machine ftp.partner-edi.de
  login kestrel_edi
  password ${P("ftp_password", pw(14, "!#%+-_.@"))}
machine api.heroku.com
  login ops@${DOM}
  password ${P("heroku_api_key", uuid4(), "Heroku API key (UUID format)")}
default login anonymous password ${N("ftp_password", "anonymous@", "anonymous FTP convention")}
`,
);

emit(
  "etc/apt/auth.conf.d/printvendor.conf",
  `# Credentials for the printer-driver vendor repo - see apt_auth.conf(5)
machine repo.printvendor.de/debian
login kestrel-logistics
password ${P("apt_repo_password", pw(20, ""))}
`,
);

const regAuth = `ci-pusher:${pw(22, "-_.")}`;
emit(
  "root/.docker/config.json",
  `{
	"auths": {
		"registry.${CORP}": {
			"auth": "${P("docker_registry_auth", b64(regAuth), "base64 user:password", regAuth)}"
		},
		"https://index.docker.io/v1/": {}
	},
	"credHelpers": {
		"${digits(12)}.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
	}
}
`,
);

// ---- Windows --------------------------------------------------------------------------
emit(
  "scripts/windows/Deploy-LabelPrint.ps1",
  `<#
.SYNOPSIS
    Deploys the KestrelLabelPrint Windows service to the print servers.
.EXAMPLE
    PS> .\\Deploy-LabelPrint.ps1 -ComputerName prn01 -Credential (Get-Credential)
.EXAMPLE
    PS> $pw = ConvertTo-SecureString "${N("windows_service_password", "<password>", "help example placeholder")}" -AsPlainText -Force
#>
[CmdletBinding()]
param(
    [string[]]$ComputerName = @('prn01', 'prn02'),
    [string]$ServiceUser = 'CORP\\svc_labelprint',
    [string]$Package = '\\\\fs01.${CORP}\\builds\\labelprint\\latest.zip'
)
$ErrorActionPreference = 'Stop'

# TODO(OPS-377): move to SecretManagement vault
$svcPassword = ConvertTo-SecureString '${P("windows_service_password", pw(18, "!#%+-_.@"))}' -AsPlainText -Force
$svcCred = New-Object System.Management.Automation.PSCredential($ServiceUser, $svcPassword)

# read-only share credential for the build drop
$dropCred = [pscredential]::new('CORP\\svc_builddrop', (ConvertTo-SecureString -String "${P("windows_password", human("!?*#"))}" -AsPlainText -Force))

# SQL password exported with ConvertFrom-SecureString on the build agent (DPAPI, machine bound)
$sqlSecure = '${U("dpapi_securestring", `01000000d08c9ddf0115d1118c7a00c04fc297eb01000000${hex(232)}`, "DPAPI blob, only decryptable by the original user/machine")}' | ConvertTo-SecureString
$fallback = ${N("windows_password", "$env:LABELPRINT_SVC_PASSWORD", "environment variable reference")}

foreach ($c in $ComputerName) {
    Write-Verbose "Deploying to $c"
    New-PSDrive -Name Drop -PSProvider FileSystem -Root (Split-Path $Package) -Credential $dropCred | Out-Null
    Copy-Item $Package "\\\\$c\\c$\\Temp\\labelprint.zip" -Force
    Invoke-Command -ComputerName $c -ScriptBlock {
        param($cred)
        Expand-Archive C:\\Temp\\labelprint.zip -DestinationPath 'C:\\Program Files\\KestrelLabelPrint' -Force
        if (-not (Get-Service KestrelLabelPrint -ErrorAction SilentlyContinue)) {
            New-Service -Name KestrelLabelPrint -BinaryPathName 'C:\\Program Files\\KestrelLabelPrint\\LabelPrint.exe' -Credential $cred -StartupType Automatic
        }
        Restart-Service KestrelLabelPrint
    } -ArgumentList $svcCred
    Remove-PSDrive Drop
}
`,
  { crlf: true },
);

const unattendAdmin = pw(16, "!#%+-_.@");
emit(
  "deploy/windows/autounattend.xml",
  `<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="specialize">
    <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64" publicKeyToken="${N("public_key_token", "31bf3856ad364e35", "Microsoft assembly public key token")}" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <Identification>
        <Credentials>
          <Domain>CORP</Domain>
          <Password>${P("domain_join_password", pw(18, "!#%+-_.@"))}</Password>
          <Username>svc_domainjoin</Username>
        </Credentials>
        <JoinDomain>${CORP}</JoinDomain>
        <MachineObjectOU>OU=Warehouse PCs,DC=corp,DC=kestrel,DC=internal</MachineObjectOU>
      </Identification>
    </component>
  </settings>
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="${N("public_key_token", "31bf3856ad364e35", "Microsoft assembly public key token")}" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <UserAccounts>
        <AdministratorPassword>
          <Value>${P("windows_admin_password", unattendB64(unattendAdmin, "AdministratorPassword"), 'unattend encoding: base64(UTF-16LE(password + "AdministratorPassword"))', unattendAdmin)}</Value>
          <PlainText>false</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Password>
              <Value>${P("windows_password", human("!?*#"))}</Value>
              <PlainText>true</PlainText>
            </Password>
            <Description>Local support account</Description>
            <DisplayName>kstadmin</DisplayName>
            <Group>Administrators</Group>
            <Name>kstadmin</Name>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Password>
          <Value>${N("windows_password", "*SENSITIVE*DATA*DELETED*", "value scrubbed by Windows Setup")}</Value>
          <PlainText>true</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <LogonCount>1</LogonCount>
        <Username>kstadmin</Username>
      </AutoLogon>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <TimeZone>W. Europe Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
`,
  { crlf: true },
);

emit(
  "scripts/windows/map-drives.bat",
  `@echo off
REM map-drives.bat - logon script for warehouse PCs (GPO: WH-Logon)
REM Maintainer: it-helpdesk@${DOM}
net use Z: /delete /y >nul 2>&1
net use Z: \\\\fs01.${CORP}\\warehouse ${P("smb_password", pw(14, "#-_."))} /user:CORP\\svc_whmap /persistent:no
net use Y: \\\\fs01.${CORP}\\scans /persistent:no
REM label printer
rundll32 printui.dll,PrintUIEntry /in /n "\\\\prn01\\WH-Zebra-01"
REM old NAS - the kiosk image sets NAS_ARCHIVE_PASS in the machine environment
net use X: \\\\nas01\\archive ${N("smb_password", "%NAS_ARCHIVE_PASS%", "batch env var reference")} /user:nas01\\archive /persistent:no
exit /b 0
`,
  { crlf: true },
);

emit(
  "legacy/customs-web/Web.config",
  `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="CustomsDb" connectionString="Server=tcp:sql01.${CORP},1433;Database=Customs;User Id=customs_web;Password=${P("mssql_password", pw(18, "!#%+-_.@"))};Encrypt=True;" providerName="System.Data.SqlClient" />
    <add name="CustomsDbLocal" connectionString="Server=(localdb)\\MSSQLLocalDB;Database=Customs;Integrated Security=true;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ExportApiUrl" value="https://customs-export.${CORP}/api" />
    <add key="ExportApiKey" value="${N("api_key", "REPLACE_ME", "placeholder")}" />
    <add key="ZollSmtpUser" value="zoll@${DOM}" />
    <add key="ZollSmtpPassword" value="${P("smtp_password", pw(16, "!#%+-_.@"))}" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <machineKey validationKey="${P("aspnet_machine_key", hex(128).toUpperCase(), "validationKey")}" decryptionKey="${P("aspnet_machine_key", hex(64).toUpperCase(), "decryptionKey")}" validation="HMACSHA256" decryption="AES" />
    <authentication mode="Forms">
      <forms loginUrl="~/Account/Login" timeout="2880" requireSSL="true" />
    </authentication>
  </system.web>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="${N("public_key_token", "30ad4fe6b2a6aeed", "assembly public key token")}" culture="neutral" />
        <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
`,
  { crlf: true },
);

// ---- Java app servers -----------------------------------------------------------------
emit(
  "tomcat/conf/tomcat-users.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Licensed to the Apache Software Foundation (ASF) under one or more
  contributor license agreements.  See the NOTICE file distributed with
  this work for additional information regarding copyright ownership.
-->
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
<!--
  By default, no user is included in the "manager-gui" role required
  to operate the "/manager/html" web application.  If you wish to use this app,
  you must define such a user - the username and password are arbitrary.

  Built-in Tomcat manager roles:
    - manager-gui    - allows access to the HTML GUI and the status pages
    - manager-script - allows access to the HTTP API and the status pages
-->
<!--
  <user username="admin" password="${N("tomcat_password", "<must-be-changed>", "upstream sample placeholder")}" roles="manager-gui"/>
  <user username="robot" password="${N("tomcat_password", "<must-be-changed>", "upstream sample placeholder")}" roles="manager-script"/>
-->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="ops-admin" password="${P("tomcat_password", pw(18, "!#%+-_.@"))}" roles="manager-gui,admin-gui"/>
  <user username="jenkins-deploy" password="${P("tomcat_password", pw(24, "-_."))}" roles="manager-script"/>
</tomcat-users>
`,
);

emit(
  "tomcat/conf/context.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <WatchedResource>WEB-INF/tomcat-web.xml</WatchedResource>

    <Resource name="jdbc/LegacyDB" auth="Container" type="javax.sql.DataSource"
              maxTotal="50" maxIdle="10" maxWaitMillis="10000"
              username="legacy_app" password="${P("datasource_password", pw(16, "!#%+-_.@"))}"
              driverClassName="com.mysql.cj.jdbc.Driver"
              url="jdbc:mysql://db02.${CORP}:3306/legacy?useSSL=true&amp;serverTimezone=UTC"/>

    <Resource name="jdbc/Reports" auth="Container" type="javax.sql.DataSource"
              maxTotal="10" driverClassName="com.mysql.cj.jdbc.Driver"
              url="jdbc:mysql://db02.${CORP}:3306/reports?user=reports&amp;password=${P("mysql_password", pw(16, ""))}&amp;useSSL=true"/>
</Context>
`,
);

emit(
  "wildfly/standalone/configuration/mgmt-users.properties",
  `#
# Properties declaration of users for the realm 'ManagementRealm' which is the default realm
# for new installations. Further authentication mechanism can be configured
# as part of the <management /> in standalone.xml.
#
# Users can be added to this properties file at any time, updates after the server has started
# will be automatically detected.
#
# By default the properties realm expects the entries to be in the format: -
# username=HEX( MD5( username ':' realm ':' password))
#
# A utility script is provided which can be executed from the bin folder to add the users: -
# - Linux
#  bin/add-user.sh
#
# - Windows
#  bin\\add-user.bat
#
#$REALM_NAME=ManagementRealm$ This line is used by the add-user utility to identify the realm name already used in this file.
#
# On start-up the server will also automatically add a user $local - this user is specifically
# for local tools running against this AS installation.
#
# The following illustrates how an admin user could be defined, this
# is for illustration only and does not correspond to a usable password.
#
#admin=${N("wildfly_mgmt_hash", md5hex("admin:ManagementRealm:admin"), "commented illustration line")}
ops=${P("wildfly_mgmt_hash", md5hex(`ops:ManagementRealm:${pw(16)}`), "HA1 digest, password-equivalent for DIGEST auth")}
`,
);

emit(
  "wildfly/standalone/configuration/standalone-datasources.xml",
  `<!-- excerpt of standalone.xml: datasources subsystem (claims app) -->
<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:jboss/datasources/ExampleDS" pool-name="ExampleDS" enabled="true" use-java-context="true">
            <connection-url>jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE</connection-url>
            <driver>h2</driver>
            <security>
                <user-name>sa</user-name>
                <password>${N("datasource_password", "sa", "WildFly ExampleDS default")}</password>
            </security>
        </datasource>
        <datasource jndi-name="java:jboss/datasources/ClaimsDS" pool-name="ClaimsDS" enabled="true">
            <connection-url>jdbc:postgresql://pg-claims.${CORP}:5432/claims</connection-url>
            <driver>postgresql</driver>
            <pool><min-pool-size>5</min-pool-size><max-pool-size>40</max-pool-size></pool>
            <security>
                <user-name>claims_app</user-name>
                <password>${P("datasource_password", pw(20, "!#%+-_.@"))}</password>
            </security>
        </datasource>
        <datasource jndi-name="java:jboss/datasources/AuditDS" pool-name="AuditDS" enabled="true">
            <connection-url>jdbc:postgresql://pg-claims.${CORP}:5432/audit</connection-url>
            <driver>postgresql</driver>
            <security>
                <user-name>audit</user-name>
                <password>${N("datasource_password", "${VAULT::audit_ds::password::1}", "WildFly vault reference")}</password>
            </security>
        </datasource>
        <datasource jndi-name="java:jboss/datasources/EdiDS" pool-name="EdiDS" enabled="true">
            <connection-url>jdbc:postgresql://pg-claims.${CORP}:5432/edi</connection-url>
            <driver>postgresql</driver>
            <security>
                <user-name>edi</user-name>
                <password>${N("datasource_password", "${env.EDI_DB_PASSWORD}", "expression reference")}</password>
            </security>
        </datasource>
    </datasources>
</subsystem>
`,
);

emit(
  "jenkins/credentials.xml",
  `<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>tomcat-deploy</id>
          <description>Tomcat manager-script user</description>
          <username>jenkins-deploy</username>
          <password>${N("jenkins_encrypted_secret", jenkinsSecret(), "encrypted with the controller master key")}</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-webhook</id>
          <description>#ci-builds webhook</description>
          <secret>${N("jenkins_encrypted_secret", jenkinsSecret(), "encrypted with the controller master key")}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
`,
);

// ---- legacy scripts -------------------------------------------------------------------
emit(
  "legacy/cgi-bin/lib/Config.pm",
  `# Config.pm -- shared settings for the legacy CGI order tracker (perl 5.16)
package Tracker::Config;
use strict;
use warnings;

our %DB = (
    dsn  => 'DBI:mysql:database=orders;host=db02.${CORP};port=3306',
    user => 'cgi_orders',
    pass => '${P("mysql_password", pw(14, "!#%+-_.@"))}',
);

our $SMTP_HOST   = 'localhost';
our $ADMIN_EMAIL = 'it-helpdesk@${DOM}';
our $TMP_DIR     = '/var/tmp/tracker';

sub dbh {
    require DBI;
    return DBI->connect($DB{dsn}, $DB{user}, $DB{pass}, { RaiseError => 1, AutoCommit => 1 });
}

1;
`,
);

emit(
  "legacy/php/intranet/includes/db.inc.php",
  `<?php
// db.inc.php - included by every page of the old intranet (PHP 5.6)
define('DB_HOST', 'db02.${CORP}');
define('DB_USER', 'intranet');
define('DB_PASSWORD', ${N("mysql_password", "getenv('INTRANET_DB_PASSWORD')", "environment lookup")});
define('DB_NAME', 'intranet');

$link = @mysql_connect(DB_HOST, DB_USER, DB_PASSWORD);
if (!$link) {
    // fall back to the read-only mirror; this password was never rotated
    $link = mysql_connect('db02-ro.${CORP}', 'intranet_ro', '${P("mysql_password", pw(12, "!#%+-_.@"))}');
}
mysql_select_db(DB_NAME, $link) or die('DB unavailable');
mysql_set_charset('utf8', $link);
`,
);

emit(
  "home/deploy/.bash_history",
  `cd /opt/wms
sudo systemctl status wms
journalctl -u wms --since "1 hour ago" | tail -50
mysql -h db02.${CORP} -u root -p${P("mysql_password", pw(16, "_."))} wms -e 'show processlist'
sudo htpasswd -b /etc/nginx/.htpasswd reporting ${P("http_basic_password", pw(14, "_."))}
sshpass -p '${P("ssh_password", pw(14, "!#%+-_.@"))}' ssh -o StrictHostKeyChecking=no admin@sw-core01.${CORP} 'show run'
export VAULT_ADDR=https://vault.${CORP}:8200
vault login -method=ldap username=deploy
df -h /srv
history | grep -i pass
`,
);

// ---- ansible --------------------------------------------------------------------------
emit(
  "ansible/group_vars/prod/vault.yml",
  `${N("ansible_vault", ansibleVault(""), "Ansible Vault encrypted file")}
`,
);

emit(
  "ansible/group_vars/prod/main.yml",
  `---
postgres_version: 15
postgres_listen: "10.20.3.10"
db_password: "${N("postgres_password", "{{ vault_db_password }}", "Jinja reference to vaulted var")}"
mysql_replication_user: repl
mysql_replication_password: ${P("mysql_password", pw(20, "-_."))}
grafana_admin_password: !vault |
          ${N("ansible_vault", ansibleVault("          "), "inline vaulted value")}
ntp_servers:
  - ptbtime1.ptb.de
  - ptbtime2.ptb.de
`,
);

emit(
  "ansible/inventory/legacy.ini",
  `# hosts that still need password auth (no cloud-init, no keys) - see OPS-101
[legacy_web]
web-old01.${CORP} ansible_user=root ansible_ssh_pass=${P("ssh_password", pw(14, "#%+-_.@"))}
web-old02.${CORP} ansible_user=admin ansible_ssh_pass=${P("ssh_password", pw(14, "#%+-_.@"))} ansible_become_pass=${P("sudo_password", pw(14, "#%+-_.@"))}

[legacy_web:vars]
ansible_python_interpreter=/usr/bin/python2

[switches]
sw-core01 ansible_host=10.0.0.2 ansible_network_os=ios ansible_user=netops ansible_password="${N("ssh_password", "{{ lookup('env', 'NETOPS_PASSWORD') }}", "env lookup")}"
`,
);

// ---- kubernetes -----------------------------------------------------------------------
const k8sDbPass = pw(20, "!#%+-_.@");
emit(
  "deploy/k8s/wms/legacy-db-secret.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: wms-legacy-db
  namespace: wms
  labels:
    app.kubernetes.io/part-of: wms
type: Opaque
data:
  username: ${N("k8s_secret_username", b64("wms_app"), "base64 of the username, not a secret")}
  password: ${P("k8s_secret_password", b64(k8sDbPass), "base64 in Secret.data", k8sDbPass)}
---
# rendered by envsubst in the deploy job
apiVersion: v1
kind: Secret
metadata:
  name: wms-smtp
  namespace: wms
type: Opaque
stringData:
  username: noreply@${DOM}
  password: ${N("smtp_password", "${WMS_SMTP_PASSWORD}", "envsubst placeholder")}
`,
);

// ---- docs / hashes / ids ----------------------------------------------------------------
const bast1 = sshEd25519Pub();
const bast2 = sshEd25519Pub();
const deployKey = sshEd25519Pub();
const gpgFpr = hex(40).toUpperCase();
emit(
  "docs/runbooks/server-access.md",
  `# Server access runbook

## Bastion host keys

Verify these on first connect (\`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\` on the box):

| host      | type    | fingerprint |
|-----------|---------|-------------|
| bastion01 | ED25519 | \`${N("ssh_host_key_fingerprint", bast1.fp, "public host key fingerprint")}\` |
| bastion02 | ED25519 | \`${N("ssh_host_key_fingerprint", bast2.fp, "public host key fingerprint")}\` |

## Deploy key

Public half, goes into \`~deploy/.ssh/authorized_keys\` on new hosts:

\`\`\`
${N("ssh_public_key", `${deployKey.key} deploy@kestrel`, "public key")}
\`\`\`

## Package signing

The internal apt repo is signed with key \`${N("gpg_key_id", gpgFpr.slice(-16), "GPG key id")}\`, fingerprint
\`${N("gpg_fingerprint", gpgFpr.match(/.{4}/g).join(" "), "GPG fingerprint")}\`.

## Out-of-band management (iDRAC)

iDRAC on db01-db03: user \`root\`, password \`${P("idrac_password", human("!?*#"))}\` (vendor support still needs it, rotate after RMA).
New servers arrive with the Dell factory default \`${N("idrac_password", "calvin", "Dell factory default")}\`; change it before racking.

## Break-glass

Break-glass credentials are in the safe in DC1 and in Vault under \`secret/ops/breakglass\`. Output of
\`vault kv get\` is masked in screenshots like this: \`password: ${N("masked_value", "********", "masked")}\`.
`,
);

emit(
  "etc/ssh/ssh_known_hosts",
  `# managed by ansible (role: ssh_known_hosts)
bastion01.${CORP},10.20.0.11 ${N("ssh_public_key", bast1.key, "host public key")}
bastion02.${CORP},10.20.0.12 ${N("ssh_public_key", bast2.key, "host public key")}
gitlab.${CORP} ${N("ssh_public_key", sshEd25519Pub().key, "host public key")}
`,
);

emit(
  "support/sosreport-web02/etc/machine-id",
  `${N("machine_id", hex(32), "systemd machine-id")}
`,
);

emit(
  "releases/labelprint/SHA256SUMS",
  `${N("sha256_digest", sha256hex(), "release checksum")}  KestrelLabelPrint-4.2.1-x64.msi
${N("sha256_digest", sha256hex(), "release checksum")}  KestrelLabelPrint-4.2.1-x64.zip
`,
);

emit(
  "var/log/deploy/wms-2024-03-11.log",
  `2024-03-11T02:00:01Z INFO  deploy start release=wms-4.18.2 sha=${N("git_commit_sha", hex(40), "commit SHA in a log")}
2024-03-11T02:00:02Z INFO  config loaded from /etc/wms/application.properties
2024-03-11T02:00:03Z INFO  db connect url=jdbc:mysql://wms_app:${N("masked_value", "****", "masked in log")}@db02.${CORP}:3306/wms
2024-03-11T02:00:04Z DEBUG env SMTP_PASSWORD=${N("masked_value", "[REDACTED]", "redacted in log")} SMTP_USER=noreply@${DOM}
2024-03-11T02:00:07Z INFO  pulled registry.${CORP}/wms/app@sha256:${N("sha256_digest", sha256hex(), "image digest")}
2024-03-11T02:00:19Z INFO  healthcheck ok (3/3) request_id=${uuid4()}
2024-03-11T02:00:19Z INFO  deploy finished in 18.2s
`,
);

// ================================================================ write + self-check
if (pending.size) throw new Error(`unused markers: ${[...pending.keys()].join(",")}`);

fs.rmSync(OUT, { recursive: true, force: true });
for (const [rel, content] of outFiles) {
  const abs = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
}
fs.writeFileSync(path.join(HERE, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(path.join(HERE, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);

const errors = [];
function checkAt(list, what) {
  for (const l of list) {
    const text = fs.readFileSync(path.join(OUT, l.file), "utf8").replace(/\r\n/g, "\n");
    const lines = text.split("\n");
    const first = l.secret.split("\n")[0];
    if (!l.secret) errors.push(`${what} empty secret ${l.file}:${l.line}`);
    if (!(lines[l.line - 1] ?? "").includes(first))
      errors.push(`${what} not on line: ${l.file}:${l.line} ${l.type}`);
    const offset = lines.slice(0, l.line - 1).reduce((a, s) => a + s.length + 1, 0);
    const lineText = lines[l.line - 1] ?? "";
    let ok = false;
    for (let i = lineText.indexOf(first); i >= 0 && !ok; i = lineText.indexOf(first, i + 1))
      ok = text.startsWith(l.secret, offset + i);
    if (!ok) errors.push(`${what} full value missing: ${l.file}:${l.line}`);
  }
}
checkAt(labels, "label");
checkAt(neutrals, "neutral");
for (const [rel] of outFiles) {
  if (rel.endsWith(".json")) {
    try {
      JSON.parse(fs.readFileSync(path.join(OUT, rel), "utf8"));
    } catch (e) {
      errors.push(`bad JSON ${rel}: ${e.message}`);
    }
  }
}
const pos = labels.filter((l) => l.positive);
const neg = labels.filter((l) => !l.positive);
const posSet = new Set();
for (const l of pos) {
  if (posSet.has(l.secret)) errors.push(`duplicate positive ${l.file}:${l.line}`);
  posSet.add(l.secret);
}
for (const l of neg) if (posSet.has(l.secret)) errors.push(`negative equals a positive ${l.file}:${l.line}`);
for (const n of neutrals)
  if (posSet.has(n.secret)) errors.push(`neutral equals a positive ${n.file}:${n.line}`);
if (outFiles.some((f) => f[1].includes(MARK_OPEN) || f[1].includes(MARK_CLOSE)))
  errors.push("stray marker in output");

console.log(
  `seed=${SEED} files=${outFiles.length} labels=${labels.length} positives=${pos.length} negatives=${neg.length} neutrals=${neutrals.length}`,
);
if (errors.length) {
  for (const e of errors) console.error(`CHECK FAILED: ${e}`);
  process.exit(1);
}
