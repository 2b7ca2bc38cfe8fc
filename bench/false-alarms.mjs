/**
 * False alarms on real code: scans trees of real application and library code that hold (next
 * to) no live credentials, and counts findings per detector and per tree. Nearly every finding
 * here is a false alarm or a test fixture, so the counts are what a user of keyhound on ordinary
 * code has to read through; the generic and context rules (confidence below high) make most.
 *
 * Trees:
 * - npm: the benchmark corpus's packages (bench/.corpus/tree/packages, built by `npm run bench`
 *   through bench/corpus.mjs; BENCH_NPM_TREE names another copy), without the planted keys;
 * - python, ruby, go, php: the files of fixed lists of Debian packages that ship source, under
 *   /usr/lib/python3/dist-packages, /usr/share/rubygems-integration/all/gems, /usr/share/gocode and
 *   /usr/share/php. Missing packages are installed with apt-get when running as root; otherwise
 *   the tree is scanned with what is installed, and the summary says which were missing.
 *
 * Only the files each listed package installs are scanned (dpkg -L), so that other packages on
 * the machine do not change the numbers. Prints a table and writes bench/.false-alarms/<set>/
 * summary.json (counts) and findings.json (every finding of a rule below high confidence, with
 * its redacted line, for review).
 *
 * Two disjoint sets of trees: `--set tuned` (the default: npm and the first lists, which rules
 * were reviewed and tuned on) and `--set held-out` (other projects, never looked at while
 * tuning, to tell whether a rule generalises). `--dist DIR` scans with another build's dist/
 * (a copy of main's, to measure before and after side by side).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { log } from "./measure.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : process.argv[at + 1];
};
const setName = option("--set", "tuned");
const distDir = resolve(option("--dist", join(repo, "dist")));
const outDir = join(here, ".false-alarms", setName);

/**
 * Debian 12 packages, chosen for application code that handles credentials (auth, HTTP,
 * databases, cloud APIs) and for translated catalogs of sign-in forms (allauth, wtforms,
 * rails-i18n, Symfony's validator and form, go-playground's validator).
 */
const TUNED_TREES = {
  python: {
    roots: ["/usr/lib/python3/dist-packages"],
    packages: [
      "python3-django",
      "python3-requests",
      "python3-flask",
      "python3-sqlalchemy",
      "python3-jinja2",
      "python3-paramiko",
      "python3-urllib3",
      "python3-werkzeug",
      "python3-celery",
      "python3-oauthlib",
      "python3-django-allauth",
      "python3-wtforms",
    ],
  },
  ruby: {
    roots: ["/usr/share/rubygems-integration/all/gems"],
    packages: [
      "ruby-railties",
      "ruby-actionpack",
      "ruby-actionview",
      "ruby-activerecord",
      "ruby-activesupport",
      "ruby-rack",
      "ruby-faraday",
      "ruby-devise",
      "ruby-oauth2",
      "ruby-net-ssh",
      "ruby-omniauth",
      "ruby-sinatra",
      "ruby-aws-sdk-core",
      "ruby-rails-i18n",
    ],
  },
  go: {
    roots: ["/usr/share/gocode"],
    packages: [
      "golang-github-go-sql-driver-mysql-dev",
      "golang-github-lib-pq-dev",
      "golang-golang-x-oauth2-google-dev",
      "golang-github-gorilla-mux-dev",
      "golang-github-spf13-viper-dev",
      "golang-github-golang-jwt-jwt-dev",
      "golang-github-minio-minio-go-dev",
      "golang-github-gin-gonic-gin-dev",
      "golang-github-go-playground-validator-v10-dev",
      "golang-github-gophercloud-gophercloud-dev",
    ],
  },
  php: {
    roots: ["/usr/share/php"],
    packages: [
      "php-symfony-http-foundation",
      "php-symfony-security-core",
      "php-guzzlehttp-guzzle",
      "php-symfony-mailer",
      "php-monolog",
      "php-doctrine-dbal",
      "php-laravel-framework",
      "php-phpseclib3",
      "php-symfony-validator",
      "php-symfony-form",
      "php-symfony-security-http",
      "php-horde-auth",
    ],
  },
};

/**
 * The held-out set: other projects than TUNED_TREES' (no package of the same upstream), chosen
 * for code likely to hold credential-shaped test data: cloud SDKs (botocore, boto3, aws-sdk-go,
 * fog-aws, Azure's autorest), LDAP and IMAP clients, OAuth and JWT libraries, API clients of
 * GitHub and GitLab, mailers, Vault. Ruby libraries that Debian installs outside rubygems-
 * integration (net-ldap, mail, fog-aws) are under /usr/lib/ruby/vendor_ruby.
 */
const HELD_OUT_TREES = {
  python: {
    roots: ["/usr/lib/python3/dist-packages"],
    packages: [
      "python3-botocore",
      "python3-boto3",
      "python3-ldap3",
      "python3-kombu",
      "python3-social-auth-core",
      "python3-authlib",
      "python3-hvac",
      "python3-pymysql",
    ],
  },
  ruby: {
    roots: ["/usr/share/rubygems-integration/all/gems", "/usr/lib/ruby/vendor_ruby"],
    packages: ["ruby-net-ldap", "ruby-jwt", "ruby-octokit", "ruby-httparty", "ruby-mail", "ruby-fog-aws"],
  },
  go: {
    roots: ["/usr/share/gocode"],
    packages: [
      "golang-github-aws-aws-sdk-go-dev",
      "golang-github-go-ldap-ldap-dev",
      "golang-github-google-go-github-dev",
      "golang-github-coreos-go-oidc-dev",
      "golang-github-xanzy-go-gitlab-dev",
      "golang-github-azure-go-autorest-dev",
    ],
  },
  php: {
    roots: ["/usr/share/php"],
    packages: [
      "libphp-phpmailer",
      "php-predis",
      "php-swiftmailer",
      "php-sabre-dav",
      "php-horde-imap-client",
      "php-symfony-ldap",
    ],
  },
};

const SETS = {
  tuned: { npm: true, debian: TUNED_TREES },
  "held-out": { npm: false, debian: HELD_OUT_TREES },
};

function installed(pkg) {
  const result = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg], { encoding: "utf8" });
  return result.status === 0 && result.stdout.includes("install ok installed");
}

function ensureInstalled(packages) {
  const missing = packages.filter((pkg) => !installed(pkg));
  if (missing.length === 0 || process.getuid?.() !== 0) return missing;
  log(`installing ${missing.length} Debian packages: ${missing.join(" ")}`);
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return packages.filter((pkg) => !installed(pkg));
}

/** The regular files a package installs under one of `roots` (compiled bytecode left out). */
function packageFiles(pkg, roots) {
  const listed = execFileSync("dpkg", ["-L", pkg], { encoding: "utf8" }).split("\n");
  return listed.filter((path) => {
    if (!roots.some((root) => path.startsWith(`${root}/`)) || /\.py[co]$/.test(path)) return false;
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

function treesToScan(set) {
  const trees = [];
  const npmTree = process.env.BENCH_NPM_TREE ?? join(here, ".corpus", "tree", "packages");
  if (set.npm && existsSync(npmTree)) trees.push({ name: "npm", paths: [npmTree], missing: [] });
  else if (set.npm)
    log(`npm tree ${npmTree} is missing: run \`npm run bench\` once to build it, or set BENCH_NPM_TREE`);
  for (const [name, { roots, packages }] of Object.entries(set.debian)) {
    const missing = ensureInstalled(packages);
    if (missing.length > 0) log(`${name}: not installed (run as root to install): ${missing.join(" ")}`);
    const paths = packages.filter((pkg) => !missing.includes(pkg)).flatMap((pkg) => packageFiles(pkg, roots));
    if (paths.length > 0) trees.push({ name, paths, missing });
  }
  return trees;
}

const countBy = (items, key) => {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
};

async function main() {
  const set = SETS[setName];
  if (set === undefined) throw new Error(`--set ${setName}: expected one of ${Object.keys(SETS).join(", ")}`);
  const entry = join(distDir, "index.js");
  if (!existsSync(entry))
    throw new Error(`${entry} is missing: run \`npm run bench:false-alarms\` (it builds first)`);
  const { scan, catalog } = await import(pathToFileURL(entry).href);
  const contextRule = new Set(catalog.filter((d) => (d.confidence ?? "high") !== "high").map((d) => d.id));
  const summary = { date: new Date().toISOString().slice(0, 10), set: setName, dist: distDir, trees: {} };
  const reviewed = [];
  for (const tree of treesToScan(set)) {
    const started = performance.now();
    const { findings, stats } = await scan({ paths: tree.paths, gitignore: false });
    const seconds = (performance.now() - started) / 1000;
    const context = findings.filter((f) => contextRule.has(f.detectorId));
    summary.trees[tree.name] = {
      files: stats.files,
      megabytes: Number((stats.bytes / 1e6).toFixed(1)),
      seconds: Number(seconds.toFixed(1)),
      findings: findings.length,
      contextFindings: context.length,
      byConfidence: countBy(findings, (f) => f.confidence),
      byDetector: countBy(findings, (f) => f.detectorId),
      ...(tree.missing.length > 0 ? { missingPackages: tree.missing } : {}),
    };
    for (const f of context) {
      reviewed.push({
        tree: tree.name,
        detector: f.detectorId,
        confidence: f.confidence,
        path: f.path,
        line: f.line,
        snippet: f.snippet,
      });
    }
    log(`${tree.name}: ${stats.files} files, ${findings.length} findings in ${seconds.toFixed(1)} s`);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "summary.json"), `${JSON.stringify(summary, null, 1)}\n`);
  writeFileSync(join(outDir, "findings.json"), `${JSON.stringify(reviewed, null, 1)}\n`);
  printTable(summary, contextRule);
}

/** Findings per detector (rows) and tree (columns); rules below high confidence are marked `*`. */
function printTable(summary, contextRule) {
  const names = Object.keys(summary.trees);
  const detectors = new Set(names.flatMap((name) => Object.keys(summary.trees[name].byDetector)));
  const total = (id) => names.reduce((sum, name) => sum + (summary.trees[name].byDetector[id] ?? 0), 0);
  const rows = [...detectors].sort((a, b) => total(b) - total(a) || a.localeCompare(b));
  const width = Math.max(12, ...rows.map((id) => id.length + 2));
  const line = (label, cells) => `${label.padEnd(width)}${cells.map((c) => String(c).padStart(8)).join("")}`;
  console.log(line("detector", [...names, "total"]));
  for (const id of rows) {
    const cells = names.map((name) => summary.trees[name].byDetector[id] ?? 0);
    console.log(line(`${contextRule.has(id) ? "* " : "  "}${id}`, [...cells, total(id)]));
  }
  const sum = (field) => names.map((name) => summary.trees[name][field]);
  console.log(line("  all findings", [...sum("findings"), sum("findings").reduce((a, b) => a + b, 0)]));
  console.log(
    line("* below high", [...sum("contextFindings"), sum("contextFindings").reduce((a, b) => a + b, 0)]),
  );
  console.log(line("  files", sum("files")));
  console.log(`\n* confidence below high (generic and context rules). Details: ${outDir}/`);
}

await main();
