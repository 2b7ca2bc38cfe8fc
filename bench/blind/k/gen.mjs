#!/usr/bin/env node
// gen.mjs — blind labelled corpus for a secret scanner: data-science / ML / AI-application repos.
// Covers Jupyter notebooks (secrets in source arrays and in outputs/tracebacks), Python, R/.Renviron, SQL,
// dbt profiles.yml, Airflow connections, Databricks, Snowflake, GCP service-account JSON, MLflow, Kaggle,
// W&B, Hugging Face, LLM vendor keys, vector DBs, speech APIs, AWS/Azure storage, Mongo/Postgres/
// Redshift/ClickHouse URIs — plus hard negatives (run IDs, checksums, cell IDs, placeholders, env lookups,
// base64 images, documentation sample keys) and a few debatable "neutrals".
//
// Usage: node gen.mjs [seed]      (default seed "blind4k"); writes ./files, ./labels.json, ./neutrals.json
//
// Formats used (prefix | length | alphabet | checksum):
//   github_pat/github_oauth : ghp_/gho_ + 30 base62 + 6-char base62(CRC32(body30)) left-padded with 0 | checksum: yes
//   openai_api_key          : sk-proj- + 74 [A-Za-z0-9_-] + "T3BlbkFJ" + 74 [A-Za-z0-9_-] | no checksum
//   openai_service_account  : sk-svcacct- + 74 + "T3BlbkFJ" + 74 (same alphabet)
//   openai_admin_key        : sk-admin- + 58 + "T3BlbkFJ" + 58 (same alphabet)
//   anthropic_api_key       : sk-ant-api03- + 93 [A-Za-z0-9_-] + "AA";  admin: sk-ant-admin01- + 93 + "AA"
//   google_ai_api_key       : AIza + 35 [A-Za-z0-9_-]
//   cohere_api_key          : 40 [A-Za-z0-9] (context only)
//   mistral_api_key         : 32 [A-Za-z0-9] (context only)
//   groq_api_key            : gsk_ + 52 [A-Za-z0-9]
//   replicate_api_token     : r8_ + 37 [A-Za-z0-9]
//   together_api_key        : 64 hex (context only; older Together format)
//   perplexity_api_key      : pplx- + 48 [A-Za-z0-9]   (length/alphabet not verified)
//   deepseek_api_key        : sk- + 32 hex (context only)
//   xai_api_key             : xai- + 80 [A-Za-z0-9]
//   pinecone_api_key        : pcsk_ + 5-6 [A-Za-z0-9] + _ + 63 [A-Za-z0-9]; legacy: UUIDv4 (context only)
//   weaviate_api_key        : 40 [A-Za-z0-9] (context only; format not verified)
//   qdrant_api_key          : 56 [A-Za-z0-9_-] (context only; format not verified)
//   langsmith_api_key       : lsv2_pt_/lsv2_sk_ + 32 hex + _ + 10 hex
//   assemblyai_api_key      : 32 hex (context only)
//   elevenlabs_api_key      : sk_ + 48 hex
//   deepgram_api_key        : 40 hex (context only)
//   huggingface_token       : hf_ + 34 [A-Za-z]
//   wandb_api_key           : 40 hex (context: wandb login / WANDB_API_KEY / .netrc api.wandb.ai)
//   kaggle_api_key          : 32 hex in kaggle.json "key"
//   databricks_token        : dapi + 32 hex (optionally "-2" suffix)
//   aws_access_key_id       : AKIA + 16 [A-Z2-7];  aws_secret_access_key: 40 [A-Za-z0-9+/]
//   azure_storage_account_key: base64 of 64 random bytes (88 chars, ends "==")
//   azure_sas_signature     : base64 of 32 random bytes, URL-encoded in sig=
//   azure_client_secret     : 3 [A-Za-z0-9_~.] + digit + "Q~" + 34 [A-Za-z0-9_~.-]
//   gcp/private keys        : real 2048-bit RSA (deterministic primes from the seed stream), PKCS#8 PEM via node:crypto
//   airflow_fernet_key      : urlsafe base64 of 32 bytes (44 chars)
//   slack_webhook_url       : https://hooks.slack.com/services/T + 10 [A-Z0-9] / B + 10 [A-Z0-9] / 24 [A-Za-z0-9]
//   passwords / misc secrets: random, context only (connection strings, password=, secret_key=)
//   sendgrid_api_key        : SG. + 22 [A-Za-z0-9_-] + . + 43 [A-Za-z0-9_-] (used as SMTP password)
//   census_api_secret       : "secret-token:" + 40 alnum (Census format not verified; context: dbt var)
//   posit_connect_api_key   : 32 [A-Za-z0-9] (context only);  jupyter_token: 48 hex;  flask_secret_key: hex or base64
//   secrets encoded in files: k8s Secret data = base64 (label has `decoded`); URI-embedded AWS secret / SAS sig = percent-encoded
//   sentry_dsn (neutral)    : https:// + 32 hex + @o<digits>.ingest.sentry.io/<digits>

import { createHmac, createPrivateKey, createPublicKey } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] ?? "blind4k";
const OUT = join(HERE, "files");

// ---------------------------------------------------------------- deterministic randomness
let ctr = 0;
let pool = Buffer.alloc(0);
function rbytes(n) {
  while (pool.length < n) {
    const blk = createHmac("sha256", SEED).update(`stream:${ctr++}`).digest();
    pool = Buffer.concat([pool, blk]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
function rint(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = rbytes(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const pick = (arr) => arr[rint(arr.length)];
const DIG = "0123456789";
const HEX = "0123456789abcdef";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const ALNUM = DIG + UP + LO;
const B62 = DIG + UP + LO; // GitHub base62 order 0-9A-Za-z
const URLSAFE = `${ALNUM}-_`;
const B64 = `${UP + LO + DIG}+/`;
const B32 = `${UP}234567`;
const rstr = (alpha, len) => {
  let s = "";
  for (let i = 0; i < len; i++) s += alpha[rint(alpha.length)];
  return s;
};
const hex = (n) => rstr(HEX, n);
const uuid4 = () => {
  const h = hex(32).split("");
  h[12] = "4";
  h[16] = pick("89ab");
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};
// password generators: "url" variant is safe inside URIs and unquoted .env values
function pw(len = 20, kind = "sym") {
  const extra = kind === "url" ? "-_.~" : kind === "alnum" ? "" : "!%^*-_+=";
  for (;;) {
    const s = rstr(ALNUM + extra, len);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s) && /^[A-Za-z]/.test(s)) return s;
  }
}

// ---------------------------------------------------------------- checksums
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
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
function base62(n, width) {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, "0");
}

// ---------------------------------------------------------------- credential generators
const G = {
  github(prefix = "ghp_") {
    const body = rstr(B62, 30);
    return prefix + body + base62(crc32(Buffer.from(body)), 6);
  },
  githubBadChecksum() {
    const body = rstr(B62, 30);
    const good = base62(crc32(Buffer.from(body)), 6);
    let bad;
    do {
      bad = rstr(B62, 6);
    } while (bad === good);
    return `ghp_${body}${bad}`;
  },
  openai: (kind = "proj") => {
    const n = kind === "admin" ? 58 : 74;
    return `sk-${kind}-${rstr(URLSAFE, n)}T3BlbkFJ${rstr(URLSAFE, n)}`;
  },
  anthropic: (admin = false) => `${(admin ? "sk-ant-admin01-" : "sk-ant-api03-") + rstr(URLSAFE, 93)}AA`,
  googleAI: () => `AIza${rstr(URLSAFE, 35)}`,
  cohere: () => rstr(ALNUM, 40),
  mistral: () => rstr(ALNUM, 32),
  groq: () => `gsk_${rstr(ALNUM, 52)}`,
  replicate: () => `r8_${rstr(ALNUM, 37)}`,
  together: () => hex(64),
  pplx: () => `pplx-${rstr(ALNUM, 48)}`,
  deepseek: () => `sk-${hex(32)}`,
  xai: () => `xai-${rstr(ALNUM, 80)}`,
  pinecone: () => `pcsk_${rstr(ALNUM, 5 + rint(2))}_${rstr(ALNUM, 63)}`,
  weaviate: () => rstr(ALNUM, 40),
  qdrant: () => rstr(URLSAFE, 56),
  langsmith: (kind = "pt") => `lsv2_${kind}_${hex(32)}_${hex(10)}`,
  assemblyai: () => hex(32),
  elevenlabs: () => `sk_${hex(48)}`,
  deepgram: () => hex(40),
  hf: () => `hf_${rstr(UP + LO, 34)}`,
  wandb: () => hex(40),
  kaggle: () => hex(32),
  dapi: (suffix = "") => `dapi${hex(32)}${suffix}`,
  akia: () => `AKIA${rstr(B32, 16)}`,
  awsSecret: (needSlash = false) => {
    for (;;) {
      const s = rstr(B64, 40);
      if (!needSlash || /[/+]/.test(s)) return s;
    }
  },
  azureKey: () => rbytes(64).toString("base64"),
  azureClientSecret: () => `${rstr(`${ALNUM}_~.`, 3) + rstr(DIG, 1)}Q~${rstr(`${ALNUM}_~.-`, 34)}`,
  fernet: () => `${rbytes(32).toString("base64url")}=`,
  slackWebhook: () =>
    `https://hooks.slack.com/services/T${rstr(UP + DIG, 10)}/B${rstr(UP + DIG, 10)}/${rstr(ALNUM, 24)}`,
  sentryDsn: () => `https://${hex(32)}@o${rstr(DIG, 6)}.ingest.sentry.io/${rstr(DIG, 7)}`,
};

// ---------------------------------------------------------------- deterministic RSA (node:crypto only does the encoding)
function modPow(b, e, m) {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}
function modInv(a, m) {
  let [oldR, r] = [a % m, m],
    [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
const SMALL_PRIMES = (() => {
  const ps = [];
  for (let i = 3; i < 3000; i += 2) if (ps.every((p) => p * p > i || i % p)) ps.push(i);
  return ps.map(BigInt);
})();
function randBig(bits) {
  const b = rbytes(bits / 8);
  b[0] |= 0xc0;
  b[b.length - 1] |= 1;
  return BigInt(`0x${b.toString("hex")}`);
}
function isProbablePrime(n, bits) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return n === p;
  let d = n - 1n,
    s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  for (let i = 0; i < 16; i++) {
    const a = (randBig(bits) % (n - 4n)) + 2n;
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let ok = false;
    for (let j = 1; j < s; j++) {
      x = (x * x) % n;
      if (x === n - 1n) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return true;
}
function genPrime(bits) {
  let c = randBig(bits);
  for (;;) {
    if ((c - 1n) % 65537n !== 0n && isProbablePrime(c, bits)) return c;
    c += 2n;
  }
}
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = [];
  while (n > 0) {
    b.unshift(n & 255);
    n >>= 8;
  }
  return Buffer.from([0x80 | b.length, ...b]);
}
function derInt(x) {
  let h = x.toString(16);
  if (h.length % 2) h = `0${h}`;
  let b = Buffer.from(h, "hex");
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return Buffer.concat([Buffer.from([2]), derLen(b.length), b]);
}
function derSeq(parts) {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([0x30]), derLen(body.length), body]);
}
function rsaKey(bits = 2048) {
  const e = 65537n;
  const p = genPrime(bits / 2),
    q = genPrime(bits / 2);
  const n = p * q,
    d = modInv(e, (p - 1n) * (q - 1n));
  const der = derSeq([
    derInt(0n),
    derInt(n),
    derInt(e),
    derInt(d),
    derInt(p),
    derInt(q),
    derInt(d % (p - 1n)),
    derInt(d % (q - 1n)),
    derInt(modInv(q, p)),
  ]);
  const key = createPrivateKey({ key: der, format: "der", type: "pkcs1" });
  return {
    pkcs8: key.export({ type: "pkcs8", format: "pem" }).trimEnd(),
    spki: createPublicKey(key).export({ type: "spki", format: "pem" }).trimEnd(),
  };
}
const pemEscaped = (pem) => `${pem.split("\n").join("\\n")}\\n`;
const pemBody = (pem) =>
  pem
    .split("\n")
    .filter((l) => !l.startsWith("-----"))
    .join("");

// ---------------------------------------------------------------- file / label bookkeeping
const written = []; // { path, content }
const labels = [];
const neutrals = [];
function F(path, opts = {}) {
  const pend = [];
  const add =
    (kind) =>
    (type, secret, note, extra = {}) => {
      pend.push({ kind, type, secret, note, ...extra });
      return secret;
    };
  return {
    P: add("pos"),
    N: add("neg"),
    U: add("neu"),
    done(content) {
      if (opts.crlf) content = content.replace(/\r?\n/g, "\r\n");
      for (const l of pend) {
        const start = l.after ? content.indexOf(l.after) : 0;
        if (start < 0) throw new Error(`${path}: anchor not found: ${l.after}`);
        const idx = content.indexOf(l.secret, start);
        if (idx < 0) throw new Error(`${path}: value not found for ${l.type}: ${l.secret.slice(0, 60)}`);
        const line = content.slice(0, idx).split("\n").length;
        const rec = { file: path, line, type: l.type, secret: l.secret };
        if (l.kind !== "neu") rec.positive = l.kind === "pos";
        if (l.note) rec.note = l.note;
        if (l.decoded) rec.decoded = l.decoded;
        (l.kind === "neu" ? neutrals : labels).push(rec);
      }
      written.push({ path, content });
    },
  };
}

// ---------------------------------------------------------------- notebook helpers (nbformat 4.5, indent 1, sorted keys)
const lines = (s) => {
  const a = s.split("\n");
  return a.map((l, i) => (i < a.length - 1 ? `${l}\n` : l)).filter((l) => l !== "");
};
const cellId = () => hex(8);
const md = (src, id = cellId()) => ({ cell_type: "markdown", id, metadata: {}, source: lines(src) });
const code = (src, outputs = [], n = null, id = cellId()) => ({
  cell_type: "code",
  execution_count: n,
  id,
  metadata: {},
  outputs,
  source: lines(src),
});
const stream = (text, name = "stdout") => ({ name, output_type: "stream", text: lines(text) });
const result = (text, n) => ({
  data: { "text/plain": lines(text) },
  execution_count: n,
  metadata: {},
  output_type: "execute_result",
});
const errorOut = (ename, evalue, tb) => ({ ename, evalue, output_type: "error", traceback: tb });
const pngB64 = () => {
  const sig = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 0x80, 0, 0,
    1, 0xe0, 8, 6, 0, 0, 0,
  ]);
  return Buffer.concat([sig, rbytes(420)]).toString("base64");
};
const image = (b64) => ({
  data: { "image/png": b64, "text/plain": ["<Figure size 1000x600 with 1 Axes>"] },
  metadata: {},
  output_type: "display_data",
});
function notebook(cells, { colab = false } = {}) {
  const metadata = colab
    ? {
        accelerator: "GPU",
        colab: { gpuType: "T4", provenance: [] },
        kernelspec: { display_name: "Python 3", name: "python3" },
        language_info: { name: "python" },
      }
    : {
        kernelspec: { display_name: "Python 3 (ipykernel)", language: "python", name: "python3" },
        language_info: {
          codemirror_mode: { name: "ipython", version: 3 },
          file_extension: ".py",
          mimetype: "text/x-python",
          name: "python",
          nbconvert_exporter: "python",
          pygments_lexer: "ipython3",
          version: "3.11.9",
        },
      };
  return `${JSON.stringify({ cells, metadata, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`;
}

// ---------------------------------------------------------------- shared identities
const ORG = "nwanalytics";
const AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"; // AWS documentation example
const AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"; // AWS documentation example
// Azurite / storage-emulator well-known development key (published by Microsoft)
const AZURITE_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

// =================================================================================================
// churn-prediction: notebooks, package config, MLflow run dir, DVC
// =================================================================================================
{
  const f = F("churn-prediction/notebooks/01_extract_snowflake.ipynb");
  const sfPw = f.P(
    "snowflake_password",
    pw(18),
    "password= in snowflake.connector.connect inside a code cell",
  );
  const akid = f.P("aws_access_key_id", G.akia(), "storage_options key for s3fs");
  const asec = f.P("aws_secret_access_key", G.awsSecret(), "storage_options secret for s3fs");
  const acct = f.U(
    "snowflake_account",
    "xy12345.eu-west-1",
    "account locator is an identifier, not a secret",
  );
  const cid = cellId();
  f.N("notebook_cell_id", cid, "nbformat cell id");
  const cells = [
    md(
      "# Churn model — raw extract\n\nPulls 18 months of subscription events from Snowflake (`ANALYTICS.CORE`) and lands them as parquet in the ML datasets bucket.\n\n_Owner: data-science@nwanalytics.io_",
      cid,
    ),
    code(
      "import os\nimport pandas as pd\nimport snowflake.connector\nfrom getpass import getpass\n\npd.set_option('display.max_columns', 50)",
      [],
      1,
    ),
    code(
      `# TODO(mira): move to secrets manager before sharing this notebook\nconn = snowflake.connector.connect(\n    user='SVC_CHURN_ML',\n    password='${sfPw}',\n    account='${acct}',\n    warehouse='ML_WH',\n    database='ANALYTICS',\n    schema='CORE',\n    role='DATA_SCIENTIST',\n)`,
      [],
      2,
    ),
    code(
      `# interactive fallback when running outside the scheduled job\n# conn_pw = ${f.N("env_var_reference", "getpass('Snowflake password: ')", "interactive prompt, no literal value")}`,
      [],
      null,
    ),
    code(
      "QUERY = '''\nSELECT customer_id, event_date, plan, mrr_eur, churned\nFROM CORE.SUBSCRIPTION_EVENTS\nWHERE event_date >= DATEADD(month, -18, CURRENT_DATE)\n'''\ndf = pd.read_sql(QUERY, conn)\ndf.columns = df.columns.str.lower()\ndf.head()",
      [
        result(
          "  customer_id  event_date plan  mrr_eur  churned\n0    C-104233  2023-06-01  pro    49.00        0\n1    C-104233  2023-07-01  pro    49.00        0\n2    C-219871  2023-06-01  team  199.00        1\n3    C-300112  2023-06-02  free    0.00        0\n4    C-300112  2023-07-02  pro    49.00        0",
          3,
        ),
      ],
      3,
    ),
    code(
      `df.to_parquet(\n    's3://nw-ml-datasets/churn/raw/events.parquet',\n    index=False,\n    storage_options={'key': '${akid}', 'secret': '${asec}'},\n)\nprint(f'wrote {len(df):,} rows')`,
      [stream("wrote 1,284,113 rows\n")],
      4,
    ),
  ];
  f.done(notebook(cells));
}

{
  const f = F("churn-prediction/notebooks/02_train_xgboost.ipynb");
  const mlPw = f.P("mlflow_password", pw(22, "url"), "basic-auth password embedded in MLFLOW_TRACKING_URI");
  const wb = f.P("wandb_api_key", G.wandb(), "wandb.login(key=...)");
  const runId = f.N("mlflow_run_id", hex(32), "MLflow run id printed in output");
  const runId2 = f.N("mlflow_run_id", hex(32), "runs:/ model URI");
  const img = f.N("base64_image", pngB64(), "matplotlib PNG output");
  const wbRun = rstr(LO + DIG, 8);
  const cells = [
    md(
      "## 02 · Train gradient-boosted churn classifier\nTracks params/metrics to MLflow and W&B. Features come from `01_extract_snowflake`.",
    ),
    code(
      "import os\nimport mlflow\nimport wandb\nimport xgboost as xgb\nfrom sklearn.metrics import roc_auc_score\nimport matplotlib.pyplot as plt",
      [],
      1,
    ),
    code(
      `os.environ['MLFLOW_TRACKING_URI'] = 'https://ds-team:${mlPw}@mlflow.${ORG}.io'\nmlflow.set_experiment('churn-xgb')\nwandb.login(key='${wb}')`,
      [
        stream("wandb: Appending key for api.wandb.ai to your netrc file: /home/jovyan/.netrc\n", "stderr"),
        result("True", 2),
      ],
      2,
    ),
    code(
      "params = dict(max_depth=6, eta=0.05, subsample=0.8, colsample_bytree=0.7, eval_metric='auc')\nwith mlflow.start_run() as run:\n    booster = xgb.train(params, dtrain, num_boost_round=600, evals=[(dvalid, 'valid')], early_stopping_rounds=50, verbose_eval=100)\n    auc = roc_auc_score(y_valid, booster.predict(dvalid))\n    mlflow.log_params(params); mlflow.log_metric('valid_auc', auc)\n    print('Run ID:', run.info.run_id)",
      [
        stream(
          `[0]\tvalid-auc:0.71234\n[100]\tvalid-auc:0.80417\n[200]\tvalid-auc:0.81522\n[300]\tvalid-auc:0.81609\nRun ID: ${runId}\n🏃 View run brawny-hen-417 at: https://mlflow.${ORG}.io/#/experiments/12/runs/${runId}\n`,
        ),
      ],
      3,
    ),
    code(
      "fig, ax = plt.subplots(figsize=(10, 6))\nxgb.plot_importance(booster, ax=ax, max_num_features=20)\nplt.tight_layout()",
      [image(img)],
      4,
    ),
    code(
      `run = wandb.init(project='churn', entity='nw-ds', config=params)\nrun.log({'valid_auc': auc})\nmodel_uri = 'runs:/${runId2}/model'\nmlflow.register_model(model_uri, 'churn-xgb')`,
      [
        stream(
          `wandb: Tracking run with wandb version 0.17.4\nwandb: 🚀 View run at https://wandb.ai/nw-ds/churn/runs/${wbRun}\n`,
          "stderr",
        ),
      ],
      5,
    ),
  ];
  f.done(notebook(cells));
}

{
  const f = F("churn-prediction/notebooks/03_debug_feature_store.ipynb");
  const pgPw = f.P(
    "postgres_password",
    pw(16, "url"),
    "password inside create_engine URL (appears in traceback output and source)",
  );
  const masked = f.N(
    "masked_value",
    "postgresql://feast:***@feast-db.internal:5432/feast",
    "SQLAlchemy masks the password in its repr",
  );
  const E = "\u001b";
  const cells = [
    md("Scratch: why does the online store lookup time out?"),
    code(
      `from sqlalchemy import create_engine, text\nengine = create_engine('postgresql://feast:${pgPw}@feast-db.internal:5432/feast', pool_pre_ping=True)\nwith engine.connect() as c:\n    c.execute(text('select count(*) from feature_view_customer'))`,
      [
        errorOut(
          "OperationalError",
          '(psycopg2.OperationalError) connection to server at "feast-db.internal" (10.4.2.17), port 5432 failed: timeout expired',
          [
            `${E}[0;31m---------------------------------------------------------------------------${E}[0m`,
            `${E}[0;31mOperationalError${E}[0m                          Traceback (most recent call last)`,
            `Cell ${E}[0;32mIn[7], line 2${E}[0m\n${E}[1;32m      1${E}[0m ${E}[38;5;28;01mfrom${E}[39;00m ${E}[38;5;21;01msqlalchemy${E}[39;00m ${E}[38;5;28;01mimport${E}[39;00m create_engine, text\n${E}[0;32m----> 2${E}[0m engine ${E}[38;5;241m=${E}[39m create_engine(${E}[38;5;124m'postgresql://feast:${pgPw}@feast-db.internal:5432/feast'${E}[39m, pool_pre_ping${E}[38;5;241m=${E}[39m${E}[38;5;28;01mTrue${E}[39;00m)`,
            `${E}[0;31mOperationalError${E}[0m: (psycopg2.OperationalError) connection to server at "feast-db.internal" (10.4.2.17), port 5432 failed: timeout expired`,
          ],
        ),
      ],
      7,
    ),
    code("engine.url", [result(masked, 8)], 8),
  ];
  f.done(notebook(cells));
}

{
  const f = F("churn-prediction/src/churn/config.py");
  f.done(`"""Runtime configuration for the churn pipeline.

Values are read from the environment first; the defaults below are what the
nightly job on the shared runner uses.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class WarehouseConfig:
    account: str = os.getenv("SNOWFLAKE_ACCOUNT", "xy12345.eu-west-1")
    user: str = os.getenv("SNOWFLAKE_USER", "SVC_CHURN_ML")
    password: str = field(default_factory=lambda: ${f.N("env_var_reference", 'os.environ["SNOWFLAKE_PASSWORD"]', "env lookup, no literal")})
    private_key_path: str = os.getenv("SNOWFLAKE_PK_PATH", "/secrets/rsa_key.p8")
    private_key_passphrase: str = os.getenv("SNOWFLAKE_PK_PASSPHRASE", "${f.P("snowflake_private_key_passphrase", pw(24), "hard-coded default for the encrypted PKCS#8 key passphrase")}")
    warehouse: str = "ML_WH"
    role: str = "DATA_SCIENTIST"


@dataclass(frozen=True)
class FeatureStoreConfig:
    # Feast registry + online store (Postgres)
    registry_path: str = "s3://nw-ml-datasets/feast/registry.db"
    online_store_url: str = os.getenv(
        "FEAST_ONLINE_STORE_URL",
        "postgresql+psycopg2://feast:${f.P("postgres_password", pw(20, "url"), "password in default SQLAlchemy URL")}@feast-db.internal:5432/feast",
    )
    ttl_days: int = 30


S3_BUCKET = "nw-ml-datasets"
MODEL_NAME = "churn-xgb"
# sha256 of the reference training parquet, used to detect silent data drift
REFERENCE_DATA_SHA256 = "${f.N("sha256_checksum", hex(64), "data checksum constant")}"
`);
}

{
  const runId = hex(32);
  const f = F(`churn-prediction/mlruns/12/${runId}/meta.yaml`);
  f.N("mlflow_run_id", runId, "run_id in MLflow meta.yaml");
  f.done(`artifact_uri: s3://nw-ml-artifacts/mlflow/12/${runId}/artifacts
end_time: 1718031147532
entry_point_name: ''
experiment_id: '12'
lifecycle_stage: active
run_id: ${runId}
run_name: brawny-hen-417
run_uuid: ${runId}
source_name: ''
source_type: 4
source_version: ''
start_time: 1718030761049
status: 3
tags: []
user_id: mira.dobrev
`);
  const g = F(`churn-prediction/mlruns/12/${runId}/tags/mlflow.source.git.commit`);
  g.done(`${g.N("git_commit_sha", hex(40), "git commit recorded by MLflow")}\n`);
}

{
  const f = F("churn-prediction/data/SHA256SUMS");
  const rows = [
    "raw/events.parquet",
    "raw/customers.parquet",
    "features/train.parquet",
    "features/valid.parquet",
    "features/test.parquet",
  ];
  const body = rows
    .map((r, i) => `${i < 2 ? f.N("sha256_checksum", hex(64), "dataset checksum") : hex(64)}  ${r}`)
    .join("\n");
  f.done(`${body}\n`);
}

{
  const f = F("churn-prediction/.dvc/config.local");
  f.done(`# local overrides — this file is git-ignored by default (check .dvc/.gitignore!)
['remote "s3data"']
    access_key_id = ${f.P("aws_access_key_id", G.akia(), "DVC remote credentials")}
    secret_access_key = ${f.P("aws_secret_access_key", G.awsSecret(), "DVC remote credentials")}
    region = eu-west-1
`);
  const g = F("churn-prediction/dvc.lock");
  g.done(`schema: '2.0'
stages:
  featurize:
    cmd: python -m churn.features data/raw data/features
    deps:
    - path: data/raw
      hash: md5
      md5: ${g.N("md5_checksum", `${hex(32)}.dir`, "DVC directory hash")}
      size: 88213761
      nfiles: 2
    - path: src/churn/features.py
      hash: md5
      md5: ${hex(32)}
      size: 6121
    outs:
    - path: data/features
      hash: md5
      md5: ${hex(32)}.dir
      size: 41329871
      nfiles: 3
  train:
    cmd: python -m churn.train --config params.yaml
    deps:
    - path: data/features
      hash: md5
      md5: ${hex(32)}.dir
    outs:
    - path: models/churn.ubj
      hash: md5
      md5: ${g.N("md5_checksum", hex(32), "DVC output hash (32 hex, same shape as many API keys)")}
      size: 2210381
`);
}

// =================================================================================================
// llm-support-bot: RAG application
// =================================================================================================
{
  const f = F("llm-support-bot/.env");
  f.done(`# --- LLM providers ---
OPENAI_API_KEY=${f.P("openai_api_key", G.openai("proj"), ".env")}
OPENAI_ORG_ID=${f.U("openai_org_id", `org-${rstr(ALNUM, 24)}`, "organization id is an identifier")}
ANTHROPIC_API_KEY="${f.P("anthropic_api_key", G.anthropic(), ".env quoted")}"
COHERE_API_KEY=${f.P("cohere_api_key", G.cohere(), "prefix-less, context only")}
GROQ_API_KEY=${f.P("groq_api_key", G.groq(), ".env")}

# --- retrieval ---
PINECONE_API_KEY=${f.P("pinecone_api_key", G.pinecone(), ".env")}
PINECONE_INDEX=support-docs-v3
MONGODB_URI=mongodb+srv://supportbot:${f.P("mongodb_password", pw(16, "url"), "password in Atlas SRV URI")}@cluster0.x7kq2.mongodb.net/support?retryWrites=true&w=majority

# --- observability ---
LANGCHAIN_TRACING_V2=true
LANGCHAIN_API_KEY=${f.P("langsmith_api_key", G.langsmith("pt"), "LangSmith personal token")}
LANGCHAIN_PROJECT=support-bot-prod
SENTRY_DSN=${f.U("sentry_dsn", G.sentryDsn(), "Sentry DSN is public-by-design (ingest only)")}
HF_TOKEN=${f.P("huggingface_token", G.hf(), ".env")}
`);
}

{
  const f = F("llm-support-bot/.env.example");
  f.done(`# Copy to .env and fill in. Never commit the real .env.
OPENAI_API_KEY=${f.N("placeholder", "sk-...", "ellipsis placeholder")}
OPENAI_ORG_ID=
ANTHROPIC_API_KEY=${f.N("placeholder", "sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "x-filled placeholder, wrong length")}
COHERE_API_KEY=${f.N("placeholder", "<your-cohere-key>", "angle-bracket placeholder")}
GROQ_API_KEY=${f.N("placeholder", "gsk_your_key_here", "placeholder")}
PINECONE_API_KEY=${f.N("placeholder", "YOUR_API_KEY", "placeholder")}
PINECONE_INDEX=support-docs-v3
MONGODB_URI=mongodb+srv://<user>:${f.N("placeholder", "<password>", "URI template placeholder")}@cluster0.example.mongodb.net/support
LANGCHAIN_API_KEY=${f.N("placeholder", "lsv2_pt_...", "placeholder")}
HF_TOKEN=${f.N("placeholder", "hf_xxx", "placeholder")}
`);
}

{
  const f = F("llm-support-bot/app/settings.py");
  f.done(`from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    openai_api_key: SecretStr = Field(..., alias="OPENAI_API_KEY")
    # service account used by the batch summariser; falls back to this if the env var is missing
    openai_batch_key: SecretStr = SecretStr("${f.P("openai_service_account_key", G.openai("svcacct"), "SecretStr default in settings")}")
    anthropic_api_key: SecretStr | None = None
    admin_password: SecretStr = SecretStr("${f.N("placeholder", "changeme", "placeholder default")}")
    chat_model: str = "gpt-4o-mini-2024-07-18"
    embed_model: str = "text-embedding-3-large"
    rerank_model: str = "rerank-english-v3.0"
    max_context_tokens: int = 12_000


@lru_cache
def get_settings() -> Settings:
    return Settings()
`);
}

{
  const f = F("llm-support-bot/app/retrieval.py");
  f.done(`"""Vector retrieval + reranking.

We are mid-migration from Pinecone (legacy project) to Qdrant; Weaviate is the
fallback for the EU tenant.
"""
import weaviate
from weaviate.classes.init import Auth
from pinecone import Pinecone
from qdrant_client import QdrantClient
import cohere

# legacy pod-based project, key is the old UUID style
_pc = Pinecone(api_key="${f.P("pinecone_api_key", uuid4(), "legacy Pinecone key is a UUID; identified by context only")}")
_index = _pc.Index("support-docs-v2")

_qdrant = QdrantClient(
    url="https://7f3c1a2e-94b0-4c1d-8e57-1b2a3c4d5e6f.eu-central-1-0.aws.cloud.qdrant.io:6333",
    api_key="${f.P("qdrant_api_key", G.qdrant(), "context only")}",
    timeout=20,
)

_weaviate = weaviate.connect_to_weaviate_cloud(
    cluster_url="https://support-eu-q1w2e3r4.c0.europe-west3.gcp.weaviate.cloud",
    auth_credentials=Auth.api_key("${f.P("weaviate_api_key", G.weaviate(), "context only")}"),
)

co = cohere.ClientV2("${f.P("cohere_api_key", G.cohere(), "positional arg to cohere client")}")

# request id returned by the Qdrant health endpoint during the migration test
LAST_HEALTHCHECK_ID = "${f.N("uuid", uuid4(), "request id, not a key")}"


def search(query_vec, top_k=20, tenant="us"):
    if tenant == "eu":
        coll = _weaviate.collections.get("SupportDoc")
        res = coll.query.near_vector(query_vec, limit=top_k)
        return [o.properties for o in res.objects]
    hits = _qdrant.query_points("support_docs", query=query_vec, limit=top_k).points
    return [h.payload for h in hits]


def rerank(query, docs, top_n=5):
    out = co.rerank(model="rerank-english-v3.0", query=query, documents=[d["text"] for d in docs], top_n=top_n)
    return [docs[r.index] for r in out.results]
`);
}

{
  const f = F("llm-support-bot/notebooks/rag_eval.ipynb");
  const hf = f.P("huggingface_token", G.hf(), "huggingface-cli login --token in a shell cell");
  const ls = f.P("langsmith_api_key", G.langsmith("sk"), "LangSmith service key set via os.environ");
  const oa = f.P("openai_api_key", G.openai("proj"), "OpenAI(api_key=...) in code cell");
  const an = f.P("anthropic_api_key", G.anthropic(), "key only present in a printed cell output");
  const maskedOa = `sk-proj-${"*".repeat(12)}${oa.slice(-4)}`;
  f.N("masked_value", maskedOa, "masked key in OpenAI error message");
  f.N("env_var_reference", "userdata.get('OPENAI_API_KEY')", "Colab secrets lookup");
  const cells = [
    md(
      "# RAG eval (Colab)\nRuns the 120-question golden set against the retriever + generator and logs to LangSmith.",
    ),
    code("!pip -q install langchain langchain-openai langsmith ragas datasets", [], 1),
    code(
      "import os\nfrom google.colab import userdata\nos.environ['OPENAI_API_KEY'] = userdata.get('OPENAI_API_KEY')",
      [],
      2,
    ),
    code(
      `!huggingface-cli login --token ${hf}`,
      [
        stream(
          "Token is valid (permission: write).\nYour token has been saved to /root/.cache/huggingface/token\nLogin successful\n",
        ),
      ],
      3,
    ),
    code(
      `os.environ['LANGCHAIN_TRACING_V2'] = 'true'\nos.environ['LANGCHAIN_API_KEY'] = '${ls}'\nos.environ['LANGCHAIN_PROJECT'] = 'rag-eval-colab'`,
      [],
      4,
    ),
    code("print(os.environ.get('ANTHROPIC_API_KEY'))", [stream(`${an}\n`)], 5),
    code(
      `from openai import OpenAI\nclient = OpenAI(api_key='${oa}')\nclient.models.list()`,
      [
        errorOut(
          "AuthenticationError",
          `Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${maskedOa}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}`,
          [
            "---------------------------------------------------------------------------",
            "AuthenticationError                       Traceback (most recent call last)",
            `AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${maskedOa}.'}}`,
          ],
        ),
      ],
      6,
    ),
    code(
      "from datasets import load_dataset\nds = load_dataset('nw-analytics/support-golden', revision='" +
        f.N("git_commit_sha", hex(40), "dataset revision pin") +
        "', split='test')\nlen(ds)",
      [result("120", 7)],
      7,
    ),
  ];
  f.done(notebook(cells, { colab: true }));
}

{
  const f = F("llm-support-bot/notebooks/model_bakeoff.ipynb");
  const k = {
    groq: f.P("groq_api_key", G.groq(), "Groq(api_key=...)"),
    mistral: f.P("mistral_api_key", G.mistral(), "prefix-less; Mistral(api_key=...)"),
    together: f.P("together_api_key", G.together(), "prefix-less 64 hex; Together(api_key=...)"),
    pplx: f.P("perplexity_api_key", G.pplx(), "OpenAI-compatible client pointed at api.perplexity.ai"),
    deepseek: f.P("deepseek_api_key", G.deepseek(), "sk- + 32 hex; base_url api.deepseek.com"),
    xai: f.P("xai_api_key", G.xai(), "xai- key"),
    gemini: f.P("google_ai_api_key", G.googleAI(), "genai.configure(api_key=...)"),
    rep: f.P("replicate_api_token", G.replicate(), "REPLICATE_API_TOKEN env"),
  };
  const ver = f.N(
    "model_version_hash",
    hex(64),
    "Replicate model version id (64 hex, same shape as Together key)",
  );
  const cells = [
    md(
      "# Model bake-off\nSame 40 prompts, every provider we have a trial key for. Latency = p50 over 3 runs.",
    ),
    code(
      "import os, time\nimport pandas as pd\nfrom openai import OpenAI\nfrom groq import Groq\nfrom mistralai import Mistral\nfrom together import Together\nimport google.generativeai as genai\nimport replicate",
      [],
      1,
    ),
    code(
      `groq_client = Groq(api_key='${k.groq}')\nmistral_client = Mistral(api_key='${k.mistral}')\ntogether_client = Together(api_key='${k.together}')`,
      [],
      2,
    ),
    code(
      `pplx = OpenAI(api_key='${k.pplx}', base_url='https://api.perplexity.ai')\ndeepseek = OpenAI(api_key='${k.deepseek}', base_url='https://api.deepseek.com')\ngrok = OpenAI(api_key='${k.xai}', base_url='https://api.x.ai/v1')`,
      [],
      3,
    ),
    code(`genai.configure(api_key='${k.gemini}')\ngemini = genai.GenerativeModel('gemini-1.5-flash')`, [], 4),
    code(`os.environ['REPLICATE_API_TOKEN'] = '${k.rep}'\nLLAMA = 'meta/llama-2-70b-chat:${ver}'`, [], 5),
    code(
      "results = run_bakeoff(PROMPTS, clients)\nresults.pivot_table(index='provider', values=['latency_s', 'judge_score'], aggfunc='median').round(2)",
      [
        result(
          "            judge_score  latency_s\nprovider                          \ndeepseek           7.85       3.12\ngemini             7.60       0.94\ngroq               7.10       0.41\nmistral            7.45       1.38\nperplexity         7.20       2.05\nreplicate          6.90       4.77\ntogether           7.05       1.21\nxai                7.70       1.66",
          6,
        ),
      ],
      6,
    ),
  ];
  f.done(notebook(cells));
}

{
  const f = F("llm-support-bot/README.md");
  f.done(`# support-bot

Retrieval-augmented assistant for the customer-support knowledge base.

## Setup

\`\`\`bash
python -m venv .venv && source .venv/bin/activate
pip install -r requirements.txt
cp .env.example .env        # then fill in real keys
export OPENAI_API_KEY=${f.N("placeholder", "sk-proj-XXXXXXXXXXXXXXXX", "docs placeholder")}
\`\`\`

Quick smoke test against Groq:

\`\`\`bash
curl https://api.groq.com/openai/v1/models -H "Authorization: Bearer ${f.N("env_var_reference", "$GROQ_API_KEY", "shell variable")}"
\`\`\`

The Anthropic client reads \`ANTHROPIC_API_KEY\`; in code you can also pass
\`api_key="${f.N("placeholder", "your-api-key-here", "docs placeholder")}"\` explicitly.

## Evaluation

See \`notebooks/rag_eval.ipynb\`. Results are traced to LangSmith project \`support-bot-prod\`.
The golden set lives on the Hub at \`nw-analytics/support-golden\`.
`);
}

{
  const f = F("llm-support-bot/.github/workflows/nightly-eval.yml");
  f.done(`name: nightly-eval

on:
  schedule:
    - cron: "17 2 * * *"
  workflow_dispatch:

jobs:
  eval:
    runs-on: ubuntu-latest
    timeout-minutes: 60
    env:
      OPENAI_API_KEY: ${f.N("ci_secret_reference", "${{ secrets.OPENAI_API_KEY }}", "GitHub Actions secret reference")}
      WANDB_API_KEY: \${{ secrets.WANDB_API_KEY }}
      # TODO: the HF secret is not visible to scheduled runs on forks, hard-coding for now
      HF_TOKEN: ${f.P("huggingface_token", G.hf(), "hard-coded in workflow env")}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
          cache: pip
      - run: pip install -r requirements.txt
      - run: python -m evals.run --suite golden --report out/report.json
      - uses: actions/upload-artifact@v4
        with:
          name: eval-report
          path: out/report.json
`);
}

{
  const f = F("llm-support-bot/.streamlit/secrets.toml");
  f.done(`# Streamlit Community Cloud secrets (pasted into the app settings as well)
[openai]
api_key = "${f.P("openai_api_key", G.openai("proj"), "streamlit secrets.toml")}"
model = "gpt-4o-mini"

[connections.snowflake]
account = "xy12345.eu-west-1"
user = "STREAMLIT_APP"
password = "${f.P("snowflake_password", pw(20), "st.connection snowflake block")}"
warehouse = "APP_WH"
role = "REPORTING"

[mongo]
uri = "mongodb+srv://streamlit:${f.P("mongodb_password", pw(18, "url"), "Atlas URI")}@cluster0.x7kq2.mongodb.net/?retryWrites=true&w=majority&appName=support-ui"
`);
}

{
  const f = F("llm-support-bot/tests/test_llm_clients.py");
  f.done(`import pytest

from app.llm import build_client, redact

FAKE_OPENAI = "${f.N("test_fixture", "sk-test-not-a-real-key", "obvious fake in tests")}"
SHORT_PINECONE = "${f.N("test_fixture", `pcsk_abc12_${"x".repeat(8)}`, "too short for the format")}"
# checksum deliberately broken so the validator rejects it
BAD_GH = "${f.N("invalid_checksum", G.githubBadChecksum(), "ghp_ token whose CRC32 suffix does not match")}"


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI)
    monkeypatch.setenv("HF_TOKEN", "${f.N("test_fixture", "hf_test", "too short, test value")}")


def test_build_client_uses_env():
    client = build_client("openai")
    assert client.api_key == FAKE_OPENAI


def test_redact_masks_all_but_last_four():
    assert redact("sk-proj-abcdefgh12345678") == "${f.N("masked_value", "sk-proj-****************5678", "masked")}"


def test_completion_id_is_logged(caplog, respx_mock):
    respx_mock.post("https://api.openai.com/v1/chat/completions").respond(json={"id": "${f.N("openai_object_id", `chatcmpl-${rstr(ALNUM, 29)}`, "completion id")}", "choices": []})
    build_client("openai").chat("ping")
    assert "chatcmpl-" in caplog.text
`);
}

{
  const f = F("llm-support-bot/notebooks/openai_finetune.ipynb");
  const svc = f.P("openai_service_account_key", G.openai("svcacct"), "OpenAI(api_key=...)");
  const adm = f.P("openai_admin_key", G.openai("admin"), "Bearer header for the usage/costs admin API");
  const job = f.N("openai_object_id", `ftjob-${rstr(ALNUM, 24)}`, "fine-tuning job id");
  const file = f.N("openai_object_id", `file-${rstr(ALNUM, 22)}`, "training file id");
  const ft = `ft:gpt-4o-mini-2024-07-18:${ORG}::${rstr(ALNUM, 8)}`;
  f.N("openai_object_id", ft, "fine-tuned model name");
  const org = `org-${rstr(ALNUM, 24)}`;
  const cells = [
    md("## Fine-tune gpt-4o-mini on triaged tickets"),
    code(`from openai import OpenAI\nimport requests\nclient = OpenAI(api_key='${svc}')`, [], 1),
    code(
      "up = client.files.create(file=open('data/tickets_train.jsonl', 'rb'), purpose='fine-tune')\njob = client.fine_tuning.jobs.create(training_file=up.id, model='gpt-4o-mini-2024-07-18', suffix=None)\njob",
      [
        result(
          `FineTuningJob(id='${job}', created_at=1721312401, error=Error(code=None, message=None, param=None), fine_tuned_model=None, finished_at=None, hyperparameters=Hyperparameters(n_epochs='auto', batch_size='auto', learning_rate_multiplier='auto'), model='gpt-4o-mini-2024-07-18', object='fine_tuning.job', organization_id='${org}', result_files=[], seed=1375207617, status='validating_files', trained_tokens=None, training_file='${file}', validation_file=None)`,
          2,
        ),
      ],
      2,
    ),
    code("client.fine_tuning.jobs.retrieve(job.id).fine_tuned_model", [result(`'${ft}'`, 3)], 3),
    code(
      `# monthly spend check (admin key, org owner only)\nr = requests.get('https://api.openai.com/v1/organization/costs', params={'start_time': 1719792000},\n                 headers={'Authorization': 'Bearer ${adm}'})\nr.json()['data'][0]['results']`,
      [
        result(
          "[{'object': 'organization.costs.result', 'amount': {'value': 412.8731, 'currency': 'usd'}, 'line_item': None, 'project_id': None}]",
          4,
        ),
      ],
      4,
    ),
  ];
  f.done(notebook(cells));
}

// =================================================================================================
// voice-transcriber (Windows developer: CRLF)
// =================================================================================================
{
  const f = F("voice-transcriber/transcribe.py", { crlf: true });
  f.done(`"""Transcribe support calls, then synthesise a short spoken summary.

Usage: python transcribe.py calls/2024-06-*.wav
"""
import sys
from pathlib import Path

import assemblyai as aai
from deepgram import DeepgramClient, PrerecordedOptions
from elevenlabs.client import ElevenLabs

aai.settings.api_key = "${f.P("assemblyai_api_key", G.assemblyai(), "prefix-less 32 hex, context only")}"
dg = DeepgramClient("${f.P("deepgram_api_key", G.deepgram(), "prefix-less 40 hex, context only")}")
tts = ElevenLabs(api_key="${f.P("elevenlabs_api_key", G.elevenlabs(), "sk_ + 48 hex")}")

VOICE_ID = "${f.N("public_identifier", rstr(ALNUM, 20), "ElevenLabs voice id (public identifier)")}"


def transcribe(path: Path, engine: str = "assemblyai") -> str:
    if engine == "deepgram":
        with path.open("rb") as fh:
            resp = dg.listen.rest.v("1").transcribe_file({"buffer": fh.read()}, PrerecordedOptions(model="nova-2", smart_format=True))
        return resp.results.channels[0].alternatives[0].transcript
    return aai.Transcriber().transcribe(str(path)).text


def speak(text: str, out: Path) -> None:
    audio = tts.text_to_speech.convert(voice_id=VOICE_ID, model_id="eleven_multilingual_v2", text=text)
    out.write_bytes(b"".join(audio))


if __name__ == "__main__":
    for p in map(Path, sys.argv[1:]):
        txt = transcribe(p)
        speak(txt[:400], p.with_suffix(".summary.mp3"))
        print(p.name, len(txt))
`);
}

{
  const f = F("voice-transcriber/config.yaml");
  f.done(`engines:
  deepgram:
    api_key: ${f.N("env_var_reference", "${DEEPGRAM_API_KEY}", "interpolated env var")}
    model: nova-2
  assemblyai:
    # webhook signing header we expect on callbacks
    webhook_auth_header_name: X-Callback-Secret
    webhook_auth_header_value: ${f.P("webhook_secret", pw(32, "alnum"), "shared secret for webhook auth header")}
    speaker_labels: true
output:
  bucket: s3://nw-voice-transcripts
  retention_days: 90
`);
}

// =================================================================================================
// analytics-dbt
// =================================================================================================
const sfKey = rsaKey(2048);
{
  const f = F("analytics-dbt/profiles.yml");
  f.done(`analytics:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: xy12345.eu-west-1
      user: "{{ env_var('DBT_USER') }}"
      password: ${f.N("env_var_reference", "\"{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}\"", "dbt env_var lookup")}
      role: TRANSFORMER
      database: ANALYTICS_DEV
      warehouse: TRANSFORM_WH
      schema: "dbt_{{ env_var('DBT_USER') | lower }}"
      threads: 8
    prod:
      type: snowflake
      account: xy12345.eu-west-1
      user: SVC_DBT_PROD
      password: "${f.P("snowflake_password", pw(22), "dbt prod target")}"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORM_WH
      schema: core
      threads: 16
    prod_keypair:
      type: snowflake
      account: xy12345.eu-west-1
      user: SVC_DBT_PROD
      private_key_path: /opt/dbt/keys/rsa_key.p8
      private_key_passphrase: ${f.P("snowflake_private_key_passphrase", pw(20, "url"), "unquoted YAML value")}
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORM_WH
      schema: core

legacy_redshift:
  target: prod
  outputs:
    prod:
      type: redshift
      host: nw-dw.c8xkq2mzf1ab.eu-west-1.redshift.amazonaws.com
      port: 5439
      user: dbt_loader
      pass: '${f.P("redshift_password", pw(18), 'dbt-redshift uses "pass"')}'
      dbname: warehouse
      schema: analytics
      threads: 4
      sslmode: require

lakehouse:
  target: prod
  outputs:
    prod:
      type: databricks
      catalog: main
      schema: analytics
      host: adb-4815162342108765.12.azuredatabricks.net
      http_path: /sql/1.0/warehouses/9f1c2d3e4b5a6978
      token: ${f.P("databricks_token", G.dapi(), "dbt-databricks token")}
`);
}

{
  const f = F("analytics-dbt/macros/provision_service_users.sql");
  const pub = pemBody(sfKey.spki);
  f.done(`{% macro provision_service_users() %}
{# Run once per environment by an ACCOUNTADMIN: dbt run-operation provision_service_users #}
{% set sql %}
CREATE USER IF NOT EXISTS SVC_DBT_CI
  PASSWORD = '${f.P("snowflake_password", pw(20), "CREATE USER ... PASSWORD in SQL")}'
  DEFAULT_ROLE = TRANSFORMER
  DEFAULT_WAREHOUSE = TRANSFORM_WH
  MUST_CHANGE_PASSWORD = FALSE;

CREATE USER IF NOT EXISTS SVC_LOOKER
  PASSWORD = '${f.N("placeholder", '{{ var("looker_password") }}', "dbt var reference")}'
  DEFAULT_ROLE = REPORTING;

-- key-pair auth for the ML service user (public half only)
ALTER USER SVC_CHURN_ML SET RSA_PUBLIC_KEY = '${f.N("public_key", pub, "RSA public key body")}';
{% endset %}
{% do run_query(sql) %}
{% endmacro %}
`);
}

{
  const f = F("analytics-dbt/analyses/backfill_events_from_s3.sql");
  f.done(`-- One-off backfill of 2022 events from the old export bucket.
-- Run manually in a worksheet; the storage integration did not exist yet.
COPY INTO raw.events_2022
  FROM 's3://nw-legacy-exports/events/2022/'
  CREDENTIALS = (
    AWS_KEY_ID = '${f.P("aws_access_key_id", G.akia(), "Snowflake COPY INTO credentials")}'
    AWS_SECRET_KEY = '${f.P("aws_secret_access_key", G.awsSecret(), "Snowflake COPY INTO credentials")}'
  )
  FILE_FORMAT = (TYPE = PARQUET)
  MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE
  ON_ERROR = 'CONTINUE';

-- the 2023 files go through the integration (no inline keys)
COPY INTO raw.events_2023
  FROM @raw.s3_exports/events/2023/
  FILE_FORMAT = (TYPE = PARQUET);
`);
}

{
  const f = F("sql/redshift/unload_features.sql");
  const id = G.akia(),
    sec = G.awsSecret();
  f.P("aws_access_key_id", id, "inside Redshift CREDENTIALS string");
  f.P("aws_secret_access_key", sec, 'inside Redshift CREDENTIALS string, after ";"');
  f.done(`/* Nightly feature export for the churn model.
   Owner: data-eng. Scheduled via airflow-pipelines/dags/feature_refresh.py */

UNLOAD ('SELECT customer_id, tenure_days, seats, mrr_eur, tickets_90d, nps_last FROM analytics.customer_features')
TO 's3://nw-ml-datasets/churn/features/dt=' || TO_CHAR(GETDATE(), 'YYYY-MM-DD') || '/'
CREDENTIALS 'aws_access_key_id=${id};aws_secret_access_key=${sec}'
FORMAT AS PARQUET
ALLOWOVERWRITE;

-- newer jobs should use a role instead:
-- UNLOAD (...) TO 's3://...' IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftUnload' FORMAT AS PARQUET;

CREATE USER looker_ro PASSWORD '${f.U("password_hash", `md5${hex(32)}`, "Redshift md5 password hash (md5(password||user)); hash, not plaintext")}';
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO looker_ro;
`);
}

// =================================================================================================
// airflow-pipelines
// =================================================================================================
{
  const f = F("airflow-pipelines/dags/feature_refresh.py");
  f.done(`from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Connection, Variable
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
from airflow.providers.slack.notifications.slack_webhook import send_slack_webhook_notification
from airflow.operators.python import PythonOperator
from airflow.operators.bash import BashOperator

# Ad-hoc connection for the feature DB so the DAG works on a fresh local stack
FEATURE_DB = Connection(
    conn_id="feature_db",
    conn_type="postgres",
    host="feature-db.internal",
    schema="features",
    login="airflow_etl",
    password="${f.P("postgres_password", pw(18), "Connection(password=...) in DAG file")}",
    port=5432,
)

OPENAI_KEY = ${f.N("env_var_reference", 'Variable.get("openai_api_key")', "Airflow Variable lookup")}

notify_fail = send_slack_webhook_notification(
    slack_webhook_conn_id="slack_ds_alerts",
    text=":red_circle: feature_refresh failed — {{ ti.task_id }}",
)

default_args = {"owner": "data-eng", "retries": 2, "retry_delay": timedelta(minutes=10)}

with DAG(
    dag_id="feature_refresh",
    start_date=datetime(2024, 1, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args=default_args,
    on_failure_callback=[notify_fail],
    tags=["ml", "churn"],
) as dag:
    unload = SQLExecuteQueryOperator(task_id="unload_features", conn_id="redshift_default", sql="sql/redshift/unload_features.sql")
    embed = PythonOperator(task_id="embed_tickets", python_callable=lambda: __import__("jobs.embed").embed.run(OPENAI_KEY))
    sync = BashOperator(
        task_id="sync_to_bi_bucket",
        bash_command="aws s3 sync s3://nw-ml-datasets/churn/features/ s3://nw-bi-exchange/churn/",
        env={"AWS_ACCESS_KEY_ID": "{{ conn.aws_ml.login }}", "AWS_SECRET_ACCESS_KEY": "${f.N("template_reference", "{{ conn.aws_ml.password }}", "Airflow Jinja connection template")}"},
    )
    unload >> embed >> sync
`);
}

{
  const f = F("airflow-pipelines/config/connections.json");
  const slack = G.slackWebhook();
  const slackTok = slack.split("/services/")[1];
  const obj = {
    feature_db: {
      conn_type: "postgres",
      host: "feature-db.internal",
      login: "airflow_etl",
      password: f.P("postgres_password", pw(20), "airflow connections import JSON"),
      schema: "features",
      port: 5432,
      extra: "",
    },
    aws_ml: {
      conn_type: "aws",
      login: null,
      password: null,
      extra: JSON.stringify({
        aws_access_key_id: f.P("aws_access_key_id", G.akia(), "inside JSON-encoded extra string"),
        aws_secret_access_key: f.P(
          "aws_secret_access_key",
          G.awsSecret(false),
          "inside JSON-encoded extra string",
        ),
        region_name: "eu-west-1",
      }),
    },
    databricks_default: {
      conn_type: "databricks",
      host: "https://adb-4815162342108765.12.azuredatabricks.net",
      extra: {
        token: f.P("databricks_token", G.dapi(), "extra as JSON object"),
        http_path: "/sql/1.0/warehouses/9f1c2d3e4b5a6978",
      },
    },
    slack_ds_alerts: {
      conn_type: "slackwebhook",
      host: "hooks.slack.com/services",
      password: f.P("slack_webhook_token", slackTok, "webhook path token stored as connection password"),
      extra: "",
    },
    snowflake_ml: {
      conn_type: "snowflake",
      login: "SVC_CHURN_ML",
      password: f.N("placeholder", "********", "masked in export"),
      schema: "CORE",
      extra: { account: "xy12345", warehouse: "ML_WH", database: "ANALYTICS", role: "DATA_SCIENTIST" },
    },
  };
  f.done(`${JSON.stringify(obj, null, 2)}\n`);
}

{
  const f = F("airflow-pipelines/.env");
  const awsSec = G.awsSecret(true);
  const awsEnc = encodeURIComponent(awsSec);
  f.done(`AIRFLOW_UID=50000
AIRFLOW__CORE__FERNET_KEY=${f.P("airflow_fernet_key", G.fernet(), "Fernet key encrypting connection passwords")}
AIRFLOW__WEBSERVER__SECRET_KEY=${f.P("flask_secret_key", hex(32), "webserver session signing key")}
AIRFLOW_CONN_MLFLOW_DB='postgresql://mlflow:${f.P("postgres_password", pw(16, "url"), "password in AIRFLOW_CONN_ URI")}@mlflow-db:5432/mlflow'
AIRFLOW_CONN_REDSHIFT_DEFAULT='redshift://dbt_loader:${f.P("redshift_password", pw(18, "url"), "password in URI")}@nw-dw.c8xkq2mzf1ab.eu-west-1.redshift.amazonaws.com:5439/warehouse'
AIRFLOW_CONN_AWS_DEFAULT='aws://${f.P("aws_access_key_id", G.akia(), "login part of aws:// conn URI")}:${f.P("aws_secret_access_key", awsEnc, "URL-encoded secret in aws:// conn URI", awsEnc !== awsSec ? { decoded: awsSec } : {})}@/?region_name=eu-west-1'
AIRFLOW_CONN_SLACK_DS_ALERTS=${f.N("env_var_reference", "${SLACK_WEBHOOK_CONN}", "interpolated")}
_PIP_ADDITIONAL_REQUIREMENTS=apache-airflow-providers-databricks==6.7.0 apache-airflow-providers-snowflake==5.6.0
`);
}

{
  const f = F("airflow-pipelines/docker-compose.yaml");
  f.done(`x-airflow-common:
  &airflow-common
  image: \${AIRFLOW_IMAGE_NAME:-apache/airflow:2.9.3}
  env_file: .env
  environment:
    &airflow-common-env
    AIRFLOW__CORE__EXECUTOR: CeleryExecutor
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:${f.N("default_password", "airflow", "upstream docker-compose default credential", { after: "psycopg2://airflow:" })}@postgres/airflow
    AIRFLOW__CELERY__BROKER_URL: redis://:@redis:6379/0
    AIRFLOW__CORE__LOAD_EXAMPLES: 'false'
  volumes:
    - ./dags:/opt/airflow/dags
    - ./config:/opt/airflow/config

services:
  postgres:
    image: postgres:13
    environment:
      POSTGRES_USER: airflow
      POSTGRES_PASSWORD: airflow
      POSTGRES_DB: airflow
  redis:
    image: redis:7.2-bookworm
  airflow-init:
    <<: *airflow-common
    command: version
    environment:
      <<: *airflow-common-env
      _AIRFLOW_DB_MIGRATE: 'true'
      _AIRFLOW_WWW_USER_CREATE: 'true'
      _AIRFLOW_WWW_USER_USERNAME: \${_AIRFLOW_WWW_USER_USERNAME:-airflow}
      _AIRFLOW_WWW_USER_PASSWORD: ${f.N("env_var_reference", "${_AIRFLOW_WWW_USER_PASSWORD:-airflow}", "env interpolation with default")}
  airflow-webserver:
    <<: *airflow-common
    command: webserver
    ports:
      - "8080:8080"
`);
}

{
  const f = F("airflow-pipelines/config/airflow.cfg");
  f.done(`[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
parallelism = 32
fernet_key =

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow_meta:${f.P("postgres_password", pw(20, "url"), "metadata DB URI in airflow.cfg")}@airflow-meta.internal:5432/airflow
sql_alchemy_pool_size = 10

[webserver]
base_url = https://airflow.${ORG}.io
secret_key = ${f.P("flask_secret_key", rbytes(16).toString("base64"), "webserver secret_key, base64")}

[smtp]
smtp_host = smtp.sendgrid.net
smtp_starttls = True
smtp_user = apikey
smtp_password = ${f.P("sendgrid_api_key", `SG.${rstr(URLSAFE, 22)}.${rstr(URLSAFE, 43)}`, "SendGrid key used as SMTP password")}
smtp_port = 587
smtp_mail_from = airflow@${ORG}.io

[celery]
result_backend = db+postgresql://airflow_meta:${f.N("placeholder", "REDACTED", "redacted")}@airflow-meta.internal:5432/airflow
`);
}

// =================================================================================================
// databricks-lakehouse
// =================================================================================================
{
  const f = F("databricks-lakehouse/.databrickscfg");
  f.done(`[DEFAULT]
host  = https://adb-4815162342108765.12.azuredatabricks.net
token = ${f.P("databricks_token", G.dapi(), ".databrickscfg DEFAULT profile")}

[staging]
host  = https://adb-2718281828459045.5.azuredatabricks.net
token = ${f.P("databricks_token", G.dapi("-2"), "token with -2 suffix")}
jobs-api-version = 2.1

[ci]
host  = https://adb-2718281828459045.5.azuredatabricks.net
token = ${f.N("placeholder", `dapi${"X".repeat(32)}`, "X-filled placeholder")}
`);
}

{
  const f = F("databricks-lakehouse/notebooks/bronze_ingest.py");
  const acctKey = G.azureKey();
  f.done(`# Databricks notebook source
# MAGIC %md
# MAGIC ## Bronze ingest — support tickets
# MAGIC Reads raw JSON drops from ADLS and appends to \`bronze.support_tickets\`.

# COMMAND ----------

storage_account = "nwlakeprod"
container = "raw"

# service principal creds live in the kv-lake scope
client_id = "${f.U("azure_client_id", uuid4(), "app registration client id (identifier)")}"
tenant_id = "${uuid4()}"
client_secret = ${f.N("secret_store_reference", 'dbutils.secrets.get(scope="kv-lake", key="sp-ingest-secret")', "secret-scope lookup")}

# COMMAND ----------

# quick fix while the secret scope ACL is broken on the new workspace
spark.conf.set(f"fs.azure.account.key.{storage_account}.dfs.core.windows.net", "${f.P("azure_storage_account_key", acctKey, "spark.conf.set account key")}")

# COMMAND ----------

# backup path via the old SP (secret rotated? check with platform team)
spark.conf.set("fs.azure.account.oauth2.client.secret.nwlakearchive.dfs.core.windows.net", "${f.P("azure_client_secret", G.azureClientSecret(), "Entra ID client secret")}")

# COMMAND ----------

df = (spark.read.format("json")
      .option("multiLine", "true")
      .load(f"abfss://{container}@{storage_account}.dfs.core.windows.net/tickets/2024/*/*.json"))
df.write.mode("append").saveAsTable("bronze.support_tickets")
`);
}

{
  const f = F("databricks-lakehouse/deploy/deploy_jobs.sh");
  f.done(`#!/usr/bin/env bash
# Deploys the asset bundle to staging. Run from repo root.
set -euo pipefail

export DATABRICKS_HOST="https://adb-2718281828459045.5.azuredatabricks.net"
export DATABRICKS_TOKEN="\${DATABRICKS_TOKEN:-${f.P("databricks_token", G.dapi(), "default in shell parameter expansion")}}"

databricks bundle validate -t staging
databricks bundle deploy -t staging
databricks bundle run -t staging bronze_ingest_job --no-wait
`);
}

// =================================================================================================
// GCP / BigQuery
// =================================================================================================
const gcpKey = rsaKey(2048);
{
  const f = F("gcp/bq-reader-sa.json");
  const pkEsc = pemEscaped(gcpKey.pkcs8);
  f.P("gcp_service_account_private_key", pkEsc, "private_key in service-account JSON (\\n-escaped PEM)", {
    decoded: `${gcpKey.pkcs8}\n`,
  });
  const pkid = f.U("gcp_private_key_id", hex(40), "key id is an identifier, not the key");
  const clientId = f.U("gcp_client_id", rstr("123456789", 1) + rstr(DIG, 20), "numeric OAuth client id");
  const sa = {
    type: "service_account",
    project_id: "nw-analytics-prod",
    private_key_id: pkid,
    private_key: `${gcpKey.pkcs8}\n`,
    client_email: "bq-reader@nw-analytics-prod.iam.gserviceaccount.com",
    client_id: clientId,
    auth_uri: "https://accounts.google.com/o/oauth2/auth",
    token_uri: "https://oauth2.googleapis.com/token",
    auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
    client_x509_cert_url:
      "https://www.googleapis.com/robot/v1/metadata/x509/bq-reader%40nw-analytics-prod.iam.gserviceaccount.com",
    universe_domain: "googleapis.com",
  };
  f.done(`${JSON.stringify(sa, null, 2)}\n`);
}

{
  const key2 = rsaKey(2048);
  const f = F("gcp/export_to_bigquery.py");
  const esc = pemEscaped(key2.pkcs8);
  f.done(`"""Push daily churn scores to BigQuery for the marketing team."""
import pandas as pd
from google.cloud import bigquery
from google.oauth2 import service_account

# inlined so the Cloud Function has no file dependency (TODO: Secret Manager)
_SA_INFO = {
    "type": "service_account",
    "project_id": "nw-marketing-dw",
    "private_key_id": "${hex(40)}",
    "private_key": "${f.P("gcp_service_account_private_key", esc, "inline dict private_key in Python", { decoded: `${key2.pkcs8}\n` })}",
    "client_email": "churn-writer@nw-marketing-dw.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}

credentials = service_account.Credentials.from_service_account_info(_SA_INFO)
client = bigquery.Client(credentials=credentials, project="nw-marketing-dw")


def push(scores: pd.DataFrame, table="marketing.churn_scores_daily"):
    job = client.load_table_from_dataframe(scores, table, job_config=bigquery.LoadJobConfig(write_disposition="WRITE_APPEND"))
    return job.result().output_rows
`);
}

{
  const f = F("keys/snowflake/rsa_key.p8");
  f.done(
    `${f.P("private_key", sfKey.pkcs8, "unencrypted PKCS#8 key for Snowflake key-pair auth (multi-line)")}\n`,
  );
  const g = F("keys/snowflake/rsa_key.pub");
  g.done(`${g.N("public_key", sfKey.spki, "public half, safe to share")}\n`);
}

// =================================================================================================
// kaggle / colab bootstrap / netrc
// =================================================================================================
{
  const f = F("kaggle/kaggle.json");
  f.done(
    JSON.stringify({ username: "mirela-dobrev", key: f.P("kaggle_api_key", G.kaggle(), "kaggle.json key") }) +
      "\n",
  );
}

{
  const f = F("scripts/colab_bootstrap.sh");
  const gh = G.github("ghp_");
  f.done(`#!/usr/bin/env bash
# Paste into the first Colab cell with %%bash. Sets up Kaggle, W&B, HF and our private repo.
set -e

mkdir -p ~/.kaggle
echo '{"username":"nw-ds-bot","key":"${f.P("kaggle_api_key", G.kaggle(), "kaggle.json written by echo")}"}' > ~/.kaggle/kaggle.json
chmod 600 ~/.kaggle/kaggle.json

pip -q install wandb kaggle huggingface_hub
wandb login ${f.P("wandb_api_key", G.wandb(), "wandb login <key>")}
huggingface-cli login --token ${f.N("env_var_reference", "$HF_TOKEN", "shell variable")}

git clone https://${f.P("github_pat", gh, "token in clone URL")}@github.com/nw-analytics/feature-lib.git
pip -q install -e feature-lib

kaggle competitions download -c playground-series-s4e6 -p data/
`);
}

{
  const f = F("ops/home/.netrc");
  f.done(`machine api.wandb.ai
  login user
  password ${f.P("wandb_api_key", G.wandb(), "W&B stores its key in ~/.netrc")}
machine nexus.${ORG}.io
  login ml-bot
  password ${f.P("nexus_password", pw(24, "alnum"), "private package index password")}
`);
}

// =================================================================================================
// r-forecasting
// =================================================================================================
{
  const f = F("r-forecasting/.Renviron");
  f.done(`# R session environment — loaded at startup
OPENAI_API_KEY=${f.P("openai_api_key", G.openai("proj"), ".Renviron for {ellmer}/{openai}")}
GITHUB_PAT=${f.P("github_pat", G.github("ghp_"), "used by remotes::install_github")}
AWS_ACCESS_KEY_ID=${f.P("aws_access_key_id", G.akia(), ".Renviron")}
AWS_SECRET_ACCESS_KEY=${f.P("aws_secret_access_key", G.awsSecret(), ".Renviron")}
AWS_DEFAULT_REGION=eu-west-1
CONNECT_SERVER=https://connect.${ORG}.io
CONNECT_API_KEY=${f.P("posit_connect_api_key", rstr(ALNUM, 32), "Posit Connect API key, context only")}
PG_PASSWORD=${f.P("postgres_password", pw(16), ".Renviron DB password")}
R_LIBS_USER=~/R/library
`);
}

{
  const f = F("r-forecasting/R/db.R");
  f.done(`# Connections used by the weekly demand forecast
library(DBI)
library(RPostgres)
library(odbc)

con_pg <- dbConnect(
  RPostgres::Postgres(),
  host     = "warehouse-replica.internal",
  dbname   = "analytics",
  user     = "forecast_ro",
  password = ${f.N("env_var_reference", 'Sys.getenv("PG_PASSWORD")', "R env lookup")},
  port     = 5432
)

# Snowflake via ODBC (the analyst laptops don't have the env var set up yet)
con_sf <- dbConnect(
  odbc::odbc(),
  Driver    = "SnowflakeDSIIDriver",
  Server    = "xy12345.eu-west-1.snowflakecomputing.com",
  UID       = "FORECAST_SVC",
  PWD       = "${f.P("snowflake_password", pw(18), "odbc PWD argument in R")}",
  Warehouse = "FORECAST_WH",
  Database  = "ANALYTICS"
)

con_click <- dbConnect(
  RClickhouse::clickhouse(),
  host = "ch.${ORG}.io", port = 9440L, user = "forecast",
  password = rstudioapi::askForPassword("ClickHouse password")
)
`);
}

{
  const f = F("r-forecasting/R/s3_sync.R", { crlf: true });
  f.done(`# Sync forecast outputs to S3 for the BI team
library(aws.s3)

Sys.setenv(
  "AWS_ACCESS_KEY_ID"     = "${f.P("aws_access_key_id", G.akia(), "Sys.setenv in R script")}",
  "AWS_SECRET_ACCESS_KEY" = "${f.P("aws_secret_access_key", G.awsSecret(), "Sys.setenv in R script")}",
  "AWS_DEFAULT_REGION"    = "eu-west-1"
)

out <- list.files("output", pattern = "\\\\.parquet$", full.names = TRUE)
for (f in out) {
  put_object(file = f, object = file.path("forecast", basename(f)), bucket = "nw-bi-exchange")
}
message("uploaded ", length(out), " files")
`);
}

{
  const f = F("r-forecasting/R/llm_summary.R");
  f.done(`# Turns the forecast table into a paragraph for the weekly email
library(ellmer)

chat <- chat_anthropic(
  model = "claude-3-5-sonnet-latest",
  api_key = "${f.P("anthropic_api_key", G.anthropic(), "api_key argument in R")}",
  system_prompt = "You are a concise demand-planning analyst."
)

gem <- chat_gemini(api_key = ${f.N("env_var_reference", 'Sys.getenv("GOOGLE_API_KEY")', "env lookup")})

summarise_forecast <- function(tbl) {
  chat$chat(paste("Summarise week-over-week changes:\\n", knitr::kable(tbl)))
}
`);
}

// =================================================================================================
// ml-platform: k8s, jupyter, requirements, sagemaker, mlflow server, clickhouse, mongo
// =================================================================================================
{
  const f = F("ml-platform/k8s/inference-secrets.yaml");
  const oa = G.openai("proj"),
    hf = G.hf(),
    dbPw = pw(18, "url");
  const b = (s) => Buffer.from(s).toString("base64");
  f.done(`apiVersion: v1
kind: Secret
metadata:
  name: inference-gateway
  namespace: ml-serving
type: Opaque
data:
  OPENAI_API_KEY: ${f.P("openai_api_key", b(oa), "base64 in k8s Secret data", { decoded: oa })}
  HF_TOKEN: ${f.P("huggingface_token", b(hf), "base64 in k8s Secret data", { decoded: hf })}
stringData:
  DATABASE_URL: postgresql://gateway:${f.P("postgres_password", dbPw, "stringData URI")}@pg-inference.ml-serving.svc:5432/gateway
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: inference-gateway-config
  namespace: ml-serving
data:
  MODEL_REPO: nw-analytics/support-router-v4
  MODEL_SHA256: ${f.N("sha256_checksum", hex(64), "model weights checksum")}
  MAX_BATCH_TOKENS: "32768"
`);
}

{
  const f = F("ml-platform/docker-compose.jupyter.yml");
  f.done(`services:
  jupyter:
    image: quay.io/jupyter/pytorch-notebook:cuda12-2024-06-17
    ports: ["8888:8888"]
    environment:
      JUPYTER_TOKEN: ${f.P("jupyter_token", hex(48), "Jupyter server token")}
      MLFLOW_TRACKING_URI: http://mlflow:5000
      MLFLOW_S3_ENDPOINT_URL: http://minio:9000
      AWS_ACCESS_KEY_ID: minio
      AWS_SECRET_ACCESS_KEY: ${f.N("default_password", "minio123", "MinIO tutorial default")}
    volumes:
      - ./work:/home/jovyan/work
  minio:
    image: minio/minio:RELEASE.2024-06-13T22-53-53Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: ml-admin
      MINIO_ROOT_PASSWORD: ${f.P("minio_root_password", pw(24, "alnum"), "MinIO root password")}
`);
}

{
  const f = F("ml-platform/jupyter_server_config.py");
  f.done(`# Configuration file for jupyter-server on the shared GPU box.
c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.open_browser = False
c.ServerApp.token = "${f.P("jupyter_token", hex(48), "ServerApp.token")}"
c.PasswordIdentityProvider.hashed_password = "${f.N("password_hash", `argon2:$argon2id$v=19$m=10240,t=10,p=8$${rbytes(16).toString("base64").replace(/=+$/, "")}$${rbytes(32).toString("base64").replace(/=+$/, "")}`, "argon2 hash of the login password")}"
c.ServerApp.allow_remote_access = True
c.FileContentsManager.delete_to_trash = False
`);
}

{
  const f = F("ml-platform/requirements.txt");
  const idxPw = pw(20, "url");
  const gh = G.github("ghp_");
  f.done(`--extra-index-url https://ml-bot:${f.P("pypi_index_password", idxPw, "credentials in extra-index-url")}@nexus.${ORG}.io/repository/pypi-internal/simple
torch==2.3.1 \\
    --hash=sha256:${f.N("sha256_checksum", hex(64), "pip hash-checking mode")}
transformers==4.42.3 \\
    --hash=sha256:${hex(64)}
accelerate==0.31.0
peft==0.11.1
mlflow==2.14.1
nw-feature-lib @ git+https://${f.P("github_pat", gh, "PAT in VCS requirement URL")}@github.com/nw-analytics/feature-lib.git@v0.9.2
nw-evals @ git+https://github.com/nw-analytics/evals.git@${f.N("git_commit_sha", hex(40), "pinned commit")}
`);
}

{
  const f = F("ml-platform/sagemaker/deploy_endpoint.py", { crlf: true });
  f.done(`import boto3
import sagemaker
from sagemaker.huggingface import HuggingFaceModel

session = boto3.Session(
    aws_access_key_id="${f.P("aws_access_key_id", G.akia(), "boto3.Session kwargs")}",
    aws_secret_access_key="${f.P("aws_secret_access_key", G.awsSecret(), "boto3.Session kwargs")}",
    region_name="eu-west-1",
)
sm = sagemaker.Session(boto_session=session)

model = HuggingFaceModel(
    image_uri="763104351884.dkr.ecr.eu-west-1.amazonaws.com/huggingface-pytorch-tgi-inference@sha256:${f.N("sha256_checksum", hex(64), "container image digest")}",
    env={
        "HF_MODEL_ID": "nw-analytics/support-router-v4",
        "HUGGING_FACE_HUB_TOKEN": "${f.P("huggingface_token", G.hf(), "token in SageMaker env dict")}",
        "SM_NUM_GPUS": "1",
    },
    role="arn:aws:iam::123456789012:role/SageMakerExecution",
    sagemaker_session=sm,
)
predictor = model.deploy(initial_instance_count=1, instance_type="ml.g5.xlarge", endpoint_name="support-router-v4")
print(predictor.endpoint_name)
`);
}

{
  const f = F("ml-platform/mlflow/server.env");
  f.done(`MLFLOW_BACKEND_STORE_URI=postgresql://mlflow:${f.P("postgres_password", pw(18, "url"), "MLflow backend store URI")}@mlflow-db.internal:5432/mlflow
MLFLOW_ARTIFACTS_DESTINATION=s3://nw-ml-artifacts/mlflow
MLFLOW_TRACKING_USERNAME=admin
MLFLOW_TRACKING_PASSWORD=${f.P("mlflow_password", pw(20, "url"), "MLflow basic auth admin password")}
MLFLOW_FLASK_SERVER_SECRET_KEY=${f.P("flask_secret_key", hex(40), "Flask secret key (40 hex)")}
MLFLOW_AUTH_CONFIG_PATH=/etc/mlflow/basic_auth.ini
`);
}

{
  const f = F("ml-platform/clickhouse/loader.py");
  f.done(`"""Stream inference logs into ClickHouse for the latency dashboard."""
import clickhouse_connect

CLICKHOUSE_URL = "clickhouse://ingest:${f.P("clickhouse_password", pw(18, "url"), "password in clickhouse:// URL")}@ch.${ORG}.io:9440/inference?secure=true"

client = clickhouse_connect.get_client(
    host="ch.${ORG}.io",
    port=8443,
    username="dashboard_rw",
    password='${f.P("clickhouse_password", pw(16), "get_client(password=...)")}',
    secure=True,
)


def insert_batch(rows):
    client.insert("inference.request_log", rows, column_names=["ts", "model", "latency_ms", "tokens_in", "tokens_out", "trace_id"])
`);
}

{
  const f = F("ml-platform/etl/mongo_export.py");
  f.done(`from pymongo import MongoClient
import pandas as pd

# MONGO_URI = "mongodb+srv://<username>:${f.N("placeholder", "<db_password>", "Atlas UI template")}@cluster0.x7kq2.mongodb.net/"
MONGO_URI = "mongodb+srv://analytics_ro:${f.P("mongodb_password", pw(20, "url"), "Atlas SRV URI")}@cluster0.x7kq2.mongodb.net/support?readPreference=secondary"

client = MongoClient(MONGO_URI, tz_aware=True)
tickets = client["support"]["tickets"]

df = pd.DataFrame(tickets.find({"created_at": {"$gte": pd.Timestamp("2024-01-01")}}, {"_id": 0, "body": 1, "tags": 1, "csat": 1}))
df.to_parquet("tickets_2024.parquet")
`);
}

// =================================================================================================
// azure notebook, training, logs, docs
// =================================================================================================
{
  const f = F("notebooks/azure_blob_features.ipynb");
  const key = G.azureKey();
  const sig = rbytes(32).toString("base64");
  const sigEnc = encodeURIComponent(sig);
  f.P("azure_storage_account_key", key, "AccountKey in connection string");
  f.P("azure_sas_signature", sigEnc, "sig= of a SAS URL (URL-encoded)", { decoded: sig });
  f.N("documentation_example", AZURITE_KEY, "well-known Azurite emulator key");
  const cells = [
    md("### Feature snapshots in Azure Blob\nProd uses the real account; local runs use Azurite."),
    code(
      `from azure.storage.blob import BlobServiceClient\nPROD_CONN = 'DefaultEndpointsProtocol=https;AccountName=nwfeaturestore;AccountKey=${key};EndpointSuffix=core.windows.net'\nLOCAL_CONN = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;'`,
      [],
      1,
    ),
    code(
      `SAS_URL = 'https://nwfeaturestore.blob.core.windows.net/snapshots?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-06-30T00:00:00Z&st=2024-06-01T00:00:00Z&spr=https&sig=${sigEnc}'\nimport pandas as pd\npd.read_parquet(SAS_URL.replace('snapshots?', 'snapshots/customer_v7.parquet?')).shape`,
      [result("(412877, 64)", 2)],
      2,
    ),
  ];
  f.done(notebook(cells));
}

{
  const f = F("training/train_llm.py");
  f.done(`"""LoRA fine-tune of the support router.

accelerate launch training/train_llm.py --base meta-llama/Meta-Llama-3-8B-Instruct
"""
import argparse
import os

import torch
from datasets import load_dataset
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="meta-llama/Meta-Llama-3-8B-Instruct")
    p.add_argument("--revision", default="${f.N("git_commit_sha", hex(40), "model revision pin on the Hub")}")
    p.add_argument("--hf_token", default="${f.P("huggingface_token", G.hf(), "argparse default")}")
    p.add_argument("--wandb_key", default=${f.N("env_var_reference", 'os.environ.get("WANDB_API_KEY")', "env lookup")})
    p.add_argument("--output_dir", default="checkpoints/router-lora")
    return p.parse_args()


def main():
    args = parse_args()
    tok = AutoTokenizer.from_pretrained(args.base, revision=args.revision, token=args.hf_token)
    model = AutoModelForCausalLM.from_pretrained(args.base, revision=args.revision, token=args.hf_token, torch_dtype=torch.bfloat16)
    model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"))
    ds = load_dataset("nw-analytics/support-routing", split="train", token=args.hf_token)
    trainer = Trainer(model=model, args=TrainingArguments(args.output_dir, per_device_train_batch_size=4, report_to="wandb"), train_dataset=ds)
    trainer.train()


if __name__ == "__main__":
    main()
`);
}

{
  const f = F("training/checkpoints/router-lora/config.json");
  const cfg = {
    _name_or_path: "meta-llama/Meta-Llama-3-8B-Instruct",
    architectures: ["LlamaForCausalLM"],
    attention_bias: false,
    bos_token_id: 128000,
    eos_token_id: 128009,
    hidden_act: "silu",
    hidden_size: 4096,
    max_position_embeddings: 8192,
    model_type: "llama",
    num_attention_heads: 32,
    num_hidden_layers: 32,
    num_key_value_heads: 8,
    rms_norm_eps: 1e-5,
    rope_theta: 500000.0,
    torch_dtype: "bfloat16",
    transformers_version: "4.42.3",
    use_auth_token: f.P("huggingface_token", G.hf(), "leaked into saved model config.json"),
    use_cache: true,
    vocab_size: 128256,
  };
  f.done(`${JSON.stringify(cfg, null, 2)}\n`);
}

{
  const f = F("logs/pipeline_run_2024-11-03.log");
  const pgPw = pw(16, "url");
  const tog = G.together();
  f.done(`2024-11-03 03:00:04,117 INFO  scheduler  starting run feature_refresh__2024-11-03T03:00:00
2024-11-03 03:00:04,902 DEBUG db         connecting to postgresql://etl:${f.P("postgres_password", pgPw, "password printed in a debug log line")}@warehouse-replica.internal:5432/analytics
2024-11-03 03:00:05,331 INFO  db         connected (server 15.6)
2024-11-03 03:07:41,003 INFO  embed      embedding 18,204 tickets with text-embedding-3-large
2024-11-03 03:07:41,004 DEBUG http       POST https://api.together.xyz/v1/embeddings headers={'Authorization': 'Bearer ${f.P("together_api_key", tog, "bearer token in debug HTTP log")}', 'Content-Type': 'application/json'}
2024-11-03 03:09:12,555 INFO  openai     using key ${f.N("masked_value", `sk-proj-...${rstr(ALNUM, 4)}`, "masked key in log")}
2024-11-03 03:15:58,871 INFO  mlflow     logged run ${f.N("mlflow_run_id", hex(32), "run id in log")}
2024-11-03 03:15:59,010 INFO  scheduler  run finished in 955.9s
`);
}

{
  const f = F("docs/quickstart.md");
  f.done(`# ML platform quickstart

## 1. Credentials

Configure AWS the usual way (values below are the AWS documentation examples):

\`\`\`ini
[default]
aws_access_key_id = ${f.N("documentation_example", AWS_DOC_ID, "AWS docs example key id")}
aws_secret_access_key = ${f.N("documentation_example", AWS_DOC_SECRET, "AWS docs example secret")}
\`\`\`

For Databricks, create a PAT under *User Settings → Developer* and put it in \`~/.databrickscfg\`:

\`\`\`ini
[DEFAULT]
host  = https://adb-<workspace-id>.<n>.azuredatabricks.net
token = ${f.N("documentation_example", `dapi${"1234567890abcdef".repeat(2)}`, "sequential docs example")}
\`\`\`

Alerts go to Slack through an incoming webhook, e.g.
\`${f.N("documentation_example", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "Slack docs example webhook")}\`
(ask #data-platform for the real one; it lives in the \`slack_ds_alerts\` Airflow connection).

W&B: run \`wandb login\` and paste the key from https://wandb.ai/authorize — never put it in a notebook.
Hugging Face: \`huggingface-cli login\` (token looks like \`${f.N("placeholder", "hf_...", "prefix-only example")}\`).

## 2. Snowflake key-pair auth

\`\`\`bash
openssl genrsa 2048 | openssl pkcs8 -topk8 -v2 aes256 -inform PEM -out rsa_key.p8
openssl rsa -in rsa_key.p8 -pubout -out rsa_key.pub
\`\`\`
Set \`SNOWFLAKE_PK_PASSPHRASE\` to ${f.N("placeholder", "<passphrase used above>", "placeholder")}.
`);
}

// ------------------------------------------------------------------ a few more realistic spots
{
  const f = F("llm-support-bot/app/agents/tools.py");
  f.done(`"""Tools exposed to the support agent."""
from anthropic import Anthropic
from langchain_core.tools import tool
import httpx

# Admin key is only used by the nightly workspace-usage report below.
ANTHROPIC_ADMIN_KEY = "${f.P("anthropic_admin_key", G.anthropic(true), "Anthropic admin key constant")}"
client = Anthropic()  # reads ANTHROPIC_API_KEY

SERPER_KEY = ${f.N("env_var_reference", 'os.environ["SERPER_API_KEY"]', "env lookup")}


@tool
def web_search(q: str) -> str:
    """Search the public web for release notes."""
    r = httpx.post("https://google.serper.dev/search", json={"q": q}, headers={"X-API-KEY": SERPER_KEY})
    return r.text[:4000]


def usage_report(start: str):
    return httpx.get(
        "https://api.anthropic.com/v1/organizations/usage_report/messages",
        params={"starting_at": start},
        headers={"x-api-key": ANTHROPIC_ADMIN_KEY, "anthropic-version": "2023-06-01"},
    ).json()
`);
}

{
  const f = F("llm-support-bot/app/github_sync.py");
  f.done(`"""Mirror the public docs repo into the vector index every hour."""
import requests

GH_TOKEN = "${f.P("github_oauth", G.github("gho_"), "OAuth app token copied from gh auth token")}"
REPO = "nw-analytics/public-docs"
# last synced commit, updated by the job
LAST_SHA = "${f.N("git_commit_sha", hex(40), "commit sha in a token-like position")}"


def changed_files(since=LAST_SHA):
    r = requests.get(f"https://api.github.com/repos/{REPO}/compare/{since}...main", headers={"Authorization": f"Bearer {GH_TOKEN}"})
    r.raise_for_status()
    return [f["filename"] for f in r.json()["files"] if f["filename"].endswith(".md")]
`);
}

{
  const f = F("churn-prediction/notebooks/04_kaggle_baseline.ipynb");
  const kag = f.P("kaggle_api_key", G.kaggle(), "KAGGLE_KEY set via os.environ in a notebook");
  const wbk = f.P("wandb_api_key", G.wandb(), "WANDB_API_KEY env var in notebook");
  const fakeKaggleCellId = hex(32);
  f.N("notebook_cell_id", fakeKaggleCellId, "32-hex cell id (same shape as a Kaggle key)");
  const cells = [
    md("Baseline on the public Kaggle telco-churn data so we have a reference AUC.", fakeKaggleCellId),
    code(
      `import os\nos.environ['KAGGLE_USERNAME'] = 'mirela-dobrev'\nos.environ['KAGGLE_KEY'] = '${kag}'\nos.environ['WANDB_API_KEY'] = '${wbk}'\nprint(os.environ['KAGGLE_USERNAME'])`,
      [stream("mirela-dobrev\n")],
      1,
    ),
    code(
      "!kaggle datasets download -d blastchar/telco-customer-churn -p data --unzip",
      [
        stream(
          "Dataset URL: https://www.kaggle.com/datasets/blastchar/telco-customer-churn\nLicense(s): copyright-authors\nDownloading telco-customer-churn.zip to data\n100%|██████████| 172k/172k [00:00<00:00, 1.21MB/s]\n",
        ),
      ],
      2,
    ),
    code(
      "import pandas as pd\ndf = pd.read_csv('data/WA_Fn-UseC_-Telco-Customer-Churn.csv')\ndf.shape",
      [result("(7043, 21)", 3)],
      3,
    ),
  ];
  f.done(notebook(cells));
}

{
  const f = F("analytics-dbt/dbt_project.yml");
  f.done(`name: analytics
version: "1.8.0"
config-version: 2
profile: analytics

model-paths: ["models"]
macro-paths: ["macros"]
analysis-paths: ["analyses"]

vars:
  looker_password: ${f.N("env_var_reference", "\"{{ env_var('LOOKER_DB_PASSWORD') }}\"", "dbt env_var")}
  # used by the reverse-ETL hook to hit the Census API
  census_api_secret: ${f.P("census_api_secret", `secret-token:${rstr(ALNUM, 40)}`, "hard-coded var in dbt_project.yml")}

models:
  analytics:
    staging:
      +materialized: view
    marts:
      +materialized: table
      +post-hook: "{{ grant_select('REPORTING') }}"
`);
}

{
  const f = F("ml-platform/terraform.tfvars.json");
  f.done(
    `${JSON.stringify(
      {
        project: "nw-ml-platform",
        region: "eu-west-1",
        mlflow_db_password: f.P("postgres_password", pw(22), "tfvars JSON"),
        sentry_dsn: f.U("sentry_dsn", G.sentryDsn(), "public ingest DSN"),
        firebase_web_api_key: f.U(
          "firebase_web_api_key",
          G.googleAI(),
          "Firebase web config key is public-by-design",
        ),
        grafana_admin_password: f.N("placeholder", "CHANGE_ME", "placeholder"),
        gpu_node_count: 2,
      },
      null,
      2,
    )}\n`,
  );
}

{
  const f = F("r-forecasting/forecast_report.Rmd", { crlf: true });
  f.done(`---
title: "Weekly demand forecast"
output: html_document
params:
  snowflake_pwd: "${f.P("snowflake_password", pw(16), "R Markdown params default")}"
  run_date: !r Sys.Date()
---

\`\`\`{r setup, include=FALSE}
knitr::opts_chunk$set(echo = FALSE, message = FALSE)
source("R/db.R")
\`\`\`

## Forecast for week of \`r params$run_date\`

\`\`\`{r}
fc <- DBI::dbGetQuery(con_sf, "select * from forecast.weekly where run_date = current_date")
knitr::kable(head(fc, 20))
\`\`\`
`);
}

{
  const f = F("churn-prediction/notebooks/05_snowflake_keypair.ipynb");
  const pass = f.P(
    "snowflake_private_key_passphrase",
    pw(22, "url"),
    "bytes literal passed to load_pem_private_key",
  );
  const fp = f.N(
    "public_key_fingerprint",
    `SHA256:${rbytes(32).toString("base64")}`,
    "public key fingerprint (base64 of a hash)",
  );
  const sweep = f.N("wandb_sweep_id", rstr(LO + DIG, 8), "W&B sweep id");
  const cells = [
    md(
      "Key-pair auth for the scheduled run (password auth is being disabled for service users on 2024-09-30).",
    ),
    code(
      `from cryptography.hazmat.primitives import serialization\nimport snowflake.connector\n\nwith open('/secrets/rsa_key.p8', 'rb') as fh:\n    p_key = serialization.load_pem_private_key(fh.read(), password=b'${pass}')\npkb = p_key.private_bytes(encoding=serialization.Encoding.DER, format=serialization.PrivateFormat.PKCS8, encryption_algorithm=serialization.NoEncryption())`,
      [],
      1,
    ),
    code(
      "conn = snowflake.connector.connect(user='SVC_CHURN_ML', account='xy12345.eu-west-1', private_key=pkb, warehouse='ML_WH')\nconn.cursor().execute('DESC USER SVC_CHURN_ML').fetchall()[-3:]",
      [
        result(
          `[('RSA_PUBLIC_KEY_FP', '${fp}', 'null', 'RSA public key fingerprint'),\n ('RSA_PUBLIC_KEY_2', 'null', 'null', 'RSA public key 2'),\n ('PASSWORD', '********', 'null', 'Password of the user')]`,
          2,
        ),
      ],
      2,
    ),
    code(
      `import wandb\nwandb.agent('nw-ds/churn/${sweep}', function=train_one, count=20)`,
      [
        stream(
          `wandb: Starting wandb agent 🕵️\n2024-06-12 10:14:03,118 - wandb.wandb_agent - INFO - Running runs: []\n2024-06-12 10:14:03,482 - wandb.wandb_agent - INFO - Agent received command: run\n`,
          "stderr",
        ),
      ],
      3,
    ),
    md(
      `Groq trial key (revoked) ended in \`${f.N("masked_value", `gsk_...${rstr(ALNUM, 6)}`, "truncated key reference in markdown")}\` — do not reuse.`,
    ),
  ];
  f.done(notebook(cells));
}

// =================================================================================================
// write + self-check
// =================================================================================================
rmSync(OUT, { recursive: true, force: true });
for (const { path, content } of written) {
  const p = join(OUT, path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
}
writeFileSync(join(HERE, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
writeFileSync(join(HERE, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);

const errors = [];
function checkOnLine(rec) {
  const content = readFileSync(join(OUT, rec.file), "utf8");
  let idx = content.indexOf(rec.secret);
  while (idx >= 0) {
    if (content.slice(0, idx).split("\n").length === rec.line) return;
    idx = content.indexOf(rec.secret, idx + 1);
  }
  errors.push(`not on line: ${rec.file}:${rec.line} ${rec.type}`);
}
for (const r of [...labels, ...neutrals]) {
  if (!existsSync(join(OUT, r.file))) {
    errors.push(`missing file ${r.file}`);
    continue;
  }
  checkOnLine(r);
}
for (const { path } of written) {
  if (/\.(json|ipynb)$/.test(path)) {
    try {
      JSON.parse(readFileSync(join(OUT, path), "utf8"));
    } catch (e) {
      errors.push(`bad JSON ${path}: ${e.message}`);
    }
  }
}
const posVals = labels.filter((l) => l.positive).map((l) => l.secret);
const negVals = new Set(labels.filter((l) => !l.positive).map((l) => l.secret));
const seen = new Set();
for (const v of posVals) {
  if (negVals.has(v)) errors.push(`positive also negative: ${v.slice(0, 40)}`);
  if (seen.has(v)) errors.push(`duplicate positive: ${v.slice(0, 40)}`);
  seen.add(v);
}
// GitHub checksum sanity
for (const l of labels.filter((x) => /^gh[opsur]_/.test(x.secret))) {
  const body = l.secret.slice(4, 34),
    sum = l.secret.slice(34);
  const ok = base62(crc32(Buffer.from(body)), 6) === sum;
  if (ok !== l.positive) errors.push(`github checksum mismatch vs label: ${l.file}:${l.line}`);
}
const nPos = posVals.length,
  nNeg = labels.length - nPos;
console.log(
  `seed=${SEED} files=${written.length} labels=${labels.length} positives=${nPos} negatives=${nNeg}`,
);
if (errors.length) {
  console.error(errors.join("\n"));
  process.exit(1);
}
