/**
 * Catalog coverage against the peers' published rule examples: for each example string a peer
 * ships with its rules, whether keyhound finds a credential in it, rightly rejects it (one of
 * its patterns matches, and a check says why the value is no credential: a checksum, a
 * structure, a placeholder), or misses it. Examples of identifiers (bucket names, client IDs,
 * domains), which keyhound does not report by design, are counted apart (NOT_SECRETS below).
 * Also how many of the peers' negative examples it reports. A finding anywhere in an example counts: examples are short snippets around one
 * credential.
 *
 * The rule files are the peers' own, read from bench/.peers/<peer>/ (git-excluded, like the
 * corpora): Nosey Parker's and Kingfisher's YAML rules share one shape (`rules:` with
 * `examples` and `negative_examples`). When a peer's folder is missing it is cloned there
 * (shallow) if the network allows; without network, copy the rule files in by hand.
 *
 *   node bench/coverage.mjs [peer ...]     (after npm run build)
 *
 * Writes bench/.coverage/<peer>.json (every miss and rejection, by rule) and prints a table.
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { catalog } from "../dist/catalog/index.js";
import { compileDetectors } from "../dist/engine/compile.js";
import { rejectionReason } from "../dist/engine/filters.js";
import { scanText } from "../dist/scan/text.js";

const here = dirname(fileURLToPath(import.meta.url));
const PEERS = {
  noseyparker: {
    repository: "https://github.com/praetorian-inc/noseyparker",
    rules: "crates/noseyparker/data/default/builtin/rules",
  },
  kingfisher: { repository: "https://github.com/mongodb/kingfisher", rules: "data/rules" },
};

function rulesFolder(peer) {
  const root = join(here, ".peers", peer);
  const { repository, rules } = PEERS[peer];
  for (const candidate of [join(root, rules), root]) {
    if (existsSync(candidate) && readdirSync(candidate).some((f) => f.endsWith(".yml"))) return candidate;
  }
  // A folder that exists is someone's copy in progress (or a shared one): never clone over it.
  let cloned = false;
  if (!existsSync(root)) {
    mkdirSync(dirname(root), { recursive: true });
    const clone = spawnSync("git", ["clone", "--quiet", "--depth", "1", repository, root], {
      stdio: "inherit",
    });
    cloned = clone.status === 0;
  }
  if (!cloned || !existsSync(join(root, rules))) {
    throw new Error(
      `no rule files for ${peer}: clone ${repository} into ${root} or copy its ${rules}/*.yml there`,
    );
  }
  return join(root, rules);
}

function rulesOf(folder) {
  const rules = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"))
    .sort()) {
    const document = parse(readFileSync(join(folder, file), "utf8"));
    for (const rule of document?.rules ?? []) rules.push({ file, ...rule });
  }
  return rules;
}

/**
 * Peer rules whose examples are not credentials: names and identifiers that a peer reports for
 * reconnaissance. keyhound reports secrets only, so these examples are counted apart from the
 * misses (and out of "recall of the rest"), each with the reason it is out of scope.
 */
const NOT_SECRETS = {
  noseyparker: {
    "np.age.1": "an age recipient, a public key",
    "np.aws.3": "an AWS account ID",
    "np.s3.1": "an S3 bucket name",
    "np.s3.2": "an S3 bucket name",
    "np.arn.1": "an Amazon Resource Name",
    "np.gcs.1": "a Cloud Storage bucket name",
    "np.gcs.2": "a Cloud Storage bucket name",
    "np.google.1": "an OAuth client ID, public by design",
    "np.github.5": "an OAuth client ID, public by design",
    "np.linkedin.1": "a client ID, public by design",
    "np.twitter.1": "a client ID, public by design",
    "np.mapbox.1": "a Mapbox public (pk.) token, meant for browsers",
    "np.shopify.1": "a shop's domain name",
    "np.reactapp.1": "a user name",
  },
  kingfisher: {
    "kingfisher.confluent.1": "a Confluent API key ID, the public half of a key and secret pair",
    "kingfisher.databricks.3": "a Databricks workspace domain name",
    "kingfisher.eagleeyenetworks.2": "an account's email address",
    "kingfisher.facebook.1": "a Facebook app ID, public",
    "kingfisher.github.5": "an OAuth client ID, public by design",
    "kingfisher.google.1": "an OAuth client ID, public by design",
    "kingfisher.jira.1": "a Jira site's domain name",
    "kingfisher.kontent.1": "a Kontent.ai project ID, used in public Delivery API URLs",
    "kingfisher.mapbox.1": "a Mapbox public (pk.) token, meant for browsers",
    "kingfisher.mongodb.2": "an Atlas API public key ID",
    "kingfisher.paypal.1": "an OAuth client ID, public by design",
    "kingfisher.planetscale.2": "a user name",
    "kingfisher.pubnub.2": "a PubNub subscribe key, shipped in client apps",
    "kingfisher.reactapp.1": "a user name",
    "kingfisher.salesforce.2": "a Salesforce instance URL",
    "kingfisher.snowflake.1": "a Snowflake account identifier",
    "kingfisher.snowflake.2": "a user name",
    "kingfisher.sonarqube.2": "a SonarQube host URL",
    "kingfisher.spotify.2": "an OAuth client ID, public by design",
    "kingfisher.twitter.1": "an OAuth client ID, public by design",
    "kingfisher.youtube.1": "an already redacted value (***REMOVED***)",
    "kingfisher.discord.3": "a bot's user ID",
    "kingfisher.shopify.2": "a shop's domain name",
    "kingfisher.okta.2": "an Okta domain name",
    "kingfisher.algolia.2": "an Algolia application ID",
    "kingfisher.azure.devops.2": "an Azure DevOps organization name",
    "kingfisher.azurestorage.name.1": "a storage account name",
    "kingfisher.adobe.1": "an Adobe I/O client ID, sent as x-api-key",
    "kingfisher.adobe.2": "an Adobe product ID",
    "kingfisher.age.1": "an age recipient, a public key",
    "kingfisher.anypoint.2": "an Anypoint organization ID",
    "kingfisher.artifactory.2": "a JFrog host name",
    "kingfisher.asana.1": "an Asana OAuth client ID",
    "kingfisher.auth0.1": "an Auth0 client ID",
    "kingfisher.auth0.3": "an Auth0 tenant domain",
    "kingfisher.azureopenai.host.1": "an Azure OpenAI host name",
    "kingfisher.azuresearch.url.1": "an Azure AI Search service URL",
    "kingfisher.bitbucket.1": "a Bitbucket OAuth client ID",
    "kingfisher.checio.1": "a Chec (Commerce.js) public key (pk_)",
    "kingfisher.weak_password.1": "a bare common password with no credential name around it",
  },
};

// Detectors that read whole files by name (.erlang.cookie, ldap.secret) never see an example:
// their patterns, run on any text, would explain nothing.
const compiled = compileDetectors(catalog).detectors.filter((c) => c.detector.file === undefined);

/**
 * Whether the scan would run `c`'s pattern on `text` at all: one of its keywords occurs, and
 * its keyword gate (if any) accepts the text after one of them. A pattern the scan never runs
 * explains nothing (csv-password-column's field pattern matches any text).
 */
function wouldRun(c, text) {
  const { keywords, keywordGate, caseSensitiveKeywords } = c.detector;
  if (keywords.length === 0) return true;
  const haystack = caseSensitiveKeywords ? text : text.toLowerCase();
  const gate = keywordGate && new RegExp(keywordGate.source, `${keywordGate.flags.replace(/[gy]/g, "")}y`);
  for (const keyword of keywords) {
    const needle = caseSensitiveKeywords ? keyword : keyword.toLowerCase();
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      if (!gate) return true;
      gate.lastIndex = at + needle.length;
      if (gate.test(text)) return true;
    }
  }
  return false;
}

/** Why keyhound reports nothing in `text` although one of its patterns matches there. */
function rejection(text) {
  for (const c of compiled) {
    if (!wouldRun(c, text)) continue;
    const regex = new RegExp(c.regex.source, c.regex.flags.replace("y", ""));
    for (const match of text.matchAll(regex)) {
      const secret = match.groups?.secret ?? match[0];
      const context = { window: text, index: match.index, groups: match.groups ?? {}, path: undefined };
      const reason = rejectionReason(c, secret, context);
      if (reason !== undefined) return `${c.detector.id}: ${reason}`;
    }
  }
  return undefined;
}

function measure(peer) {
  const result = {
    peer,
    rules: 0,
    examples: 0,
    found: 0,
    rejected: [],
    missed: [],
    notSecrets: [],
    negatives: 0,
    reported: [],
  };
  for (const rule of rulesOf(rulesFolder(peer))) {
    result.rules++;
    const outOfScope = NOT_SECRETS[peer]?.[rule.id];
    for (const example of rule.examples ?? []) {
      result.examples++;
      const findings = scanText(String(example), { path: "example.txt" });
      if (findings.length > 0) {
        result.found++;
        continue;
      }
      if (outOfScope) {
        result.notSecrets.push({ rule: rule.id, name: rule.name, reason: outOfScope, example });
        continue;
      }
      const reason = rejection(String(example));
      (reason ? result.rejected : result.missed).push({ rule: rule.id, name: rule.name, reason, example });
    }
    for (const negative of rule.negative_examples ?? []) {
      result.negatives++;
      const findings = scanText(String(negative), { path: "example.txt" });
      if (findings.length > 0) {
        result.reported.push({
          rule: rule.id,
          detectors: findings.map((f) => f.detectorId),
          example: negative,
        });
      }
    }
  }
  return result;
}

const asked = process.argv.slice(2);
const peers = asked.length > 0 ? asked : Object.keys(PEERS);
const out = join(here, ".coverage");
mkdirSync(out, { recursive: true });
const rows = [];
for (const peer of peers) {
  if (!PEERS[peer]) throw new Error(`unknown peer ${peer}; known: ${Object.keys(PEERS).join(", ")}`);
  const r = measure(peer);
  writeFileSync(join(out, `${peer}.json`), `${JSON.stringify(r, null, 2)}\n`);
  const pct = (n, d) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
  rows.push([
    peer,
    r.rules,
    r.examples,
    `${r.found} (${pct(r.found, r.examples)})`,
    r.rejected.length,
    r.missed.length,
    r.notSecrets.length,
    pct(r.found, r.examples - r.rejected.length - r.notSecrets.length),
    `${r.reported.length}/${r.negatives}`,
  ]);
}
const header = [
  "peer",
  "rules",
  "examples",
  "found",
  "rejected, with reason",
  "missed",
  "not secrets",
  "recall of the rest",
  "negatives reported",
];
console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log(`\nDetails (misses and rejections by rule): ${out}/<peer>.json`);
