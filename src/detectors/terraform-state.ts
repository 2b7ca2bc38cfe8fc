import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Mitigation, Validator } from "../catalog/types.js";

/*
 * Terraform keeps every attribute of every resource in its state in clear, `sensitive` or not:
 * a committed terraform.tfstate (or its .backup, or `terraform output -json`) holds generated
 * passwords, access keys and private keys. Vendor-formatted values in it are their detectors';
 * these find what only the state's structure names: a sensitive output's value, a
 * random_password's result, and any attribute the provider's schema marks sensitive.
 */

const mitigation: Mitigation = {
  revoke:
    "Treat every secret in the state as exposed: rotate each one (taint or replace the random_password and the resources that use it, rotate keys at their providers), move the state to a remote backend with encryption and access control (S3 with KMS, Terraform Cloud, GCS), and purge the state files from the repository's history.",
  revokeUrl: "https://developer.hashicorp.com/terraform/language/state/sensitive-data",
  audit:
    "List what the state holds (`terraform state list`, the outputs) and review each system's access logs for use of those credentials since the file was committed.",
  bestPractices: [
    "never commit *.tfstate, *.tfstate.backup or output -json dumps: add them to .gitignore",
    "use a remote backend with encryption at rest and least-privilege access",
    "prefer write-only or ephemeral attributes and secret managers, so that secrets stay out of state",
  ],
};

const security = [
  "The state holds the value in clear whatever `sensitive` says: anyone with the file has the database password, key or token.",
  "State files are copied into CI artifacts, backups and laptops; a committed one is in every clone.",
];

/** How far after an attribute its instance's sensitive_attributes list may start. */
const INSTANCE_REACH = 8192;

/**
 * Whether the attribute just matched is one its instance lists in `sensitive_attributes`, the
 * paths the provider's schema marks sensitive (`[[{"type": "get_attr", "value": "primary_key"}]]`):
 * the list follows the instance's `attributes`, before any other instance's.
 */
const listedSensitive: Validator = (secret, context) => {
  const name = context.groups.attr ?? "";
  const from = context.index + name.length + secret.length;
  const rest = context.window.slice(from, from + INSTANCE_REACH);
  const list = /"sensitive_attributes"\s{0,3}:\s{0,3}\[/.exec(rest);
  if (list === null) return "no sensitive_attributes list after it";
  if (/"attributes"\s{0,3}:\s{0,3}\{/.test(rest.slice(0, list.index))) return "another instance's attributes";
  const end = rest.indexOf('"private"', list.index);
  const paths = rest.slice(list.index, end === -1 ? undefined : end);
  const listed = new RegExp(
    `"type"\\s{0,3}:\\s{0,3}"get_attr"\\s{0,3},\\s{0,40}"value"\\s{0,3}:\\s{0,3}"${name}"`,
  );
  if (!listed.test(paths)) return "an attribute the provider does not mark sensitive";
  return chosenPassword(secret, context);
};

const pw = (label: string, length = 24) => randomChars("alnum", length, `tfstate-${label}`);

export const detectors: Detector[] = [
  {
    id: "terraform-sensitive-output",
    name: "Sensitive output value in Terraform state or output JSON",
    vendor: "Terraform",
    family: "Secret",
    severity: "high",
    confidence: "medium",
    description:
      'A Terraform output marked `sensitive` as terraform.tfstate and `terraform output -json` write it: `{"sensitive": true, "type": "string", "value": "..."}`. The flag only hides the value from the CLI\'s plan output; the file holds it in clear.',
    security,
    mitigation,
    keywords: ['"sensitive"'],
    window: { before: 200, after: 400, multiline: true },
    // Output -json writes sensitive before value; the state file writes value, type, sensitive.
    pattern:
      /"value"\s{0,3}:\s{0,3}"(?:(?<="sensitive"\s{0,3}:\s{0,3}true\s{0,3},(?:\s{0,40}"type"\s{0,3}:\s{0,3}"string"\s{0,3},)?\s{0,40}"value"\s{0,3}:\s{0,3}")|(?=[^"\n\\]{8,500}"\s{0,3},(?:\s{0,40}"type"\s{0,3}:\s{0,3}"string"\s{0,3},)?\s{0,40}"sensitive"\s{0,3}:\s{0,3}true))(?<secret>[^"\n\\]{8,500})"/,
    validate: chosenPassword,
    examples: [
      () =>
        `"outputs": {\n    "db_password": {\n      "value": "${pw("out-2")}",\n      "type": "string",\n      "sensitive": true\n    }\n  },`,
      () =>
        `{\n  "db_admin_password": {\n    "sensitive": true,\n    "type": "string",\n    "value": "${pw("out-1")}"\n  }\n}`,
    ],
    negatives: [
      '{\n  "cdn_domain": {\n    "sensitive": false,\n    "type": "string",\n    "value": "d1a2b3c4d5e6f7.cloudfront.net"\n  }\n}',
      '{"api_key": {"sensitive": true, "type": "string", "value": "${var.api_key}"}}',
    ],
    references: ["https://developer.hashicorp.com/terraform/language/state/sensitive-data"],
  },
  {
    id: "terraform-random-password",
    name: "random_password result in Terraform state",
    vendor: "Terraform",
    family: "Password",
    severity: "high",
    description:
      "The `result` of a random_password resource in terraform.tfstate: the password Terraform generated for a database, a service account or an admin user, which every resource using it was given.",
    security,
    mitigation,
    keywords: ['"random_password"'],
    window: { before: 40, after: 2000, multiline: true },
    pattern:
      /"type"\s{0,3}:\s{0,3}"random_password"[\s\S]{0,1800}?"result"\s{0,3}:\s{0,3}"(?<secret>[^"\n]{6,500})"/,
    validate: chosenPassword,
    examples: [
      () =>
        `{\n  "mode": "managed",\n  "type": "random_password",\n  "name": "db",\n  "instances": [\n    {\n      "attributes": {\n        "length": 32,\n        "override_special": "!#$%",\n        "result": "${pw("rp-1", 32)}",\n        "special": true\n      }\n    }\n  ]\n}`,
    ],
    negatives: ['{"type": "random_password", "name": "db", "instances": []}'],
    references: ["https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password"],
  },
  {
    id: "terraform-state-sensitive-attribute",
    name: "Sensitive resource attribute in Terraform state",
    vendor: "Terraform",
    family: "Secret",
    severity: "high",
    confidence: "medium",
    description:
      "A resource attribute that the provider's schema marks sensitive, with its value, in terraform.tfstate: each instance lists those attributes in `sensitive_attributes` after its `attributes` (an IoT hub's or Service Bus rule's primary_key, a database's administrator password, an IAM access key's secret, a generated client secret). Terraform keeps them in clear; the list says which of the instance's values are secrets, whatever the provider or attribute.",
    security: [
      ...security,
      "Provider-generated secrets (shared access keys, access key secrets, client secrets) have no format of their own: the state is often the only place they are written down outside the provider.",
    ],
    mitigation,
    keywords: ['"sensitive_attributes"'],
    // An instance's attributes come before its sensitive_attributes list, a few KB up.
    window: { before: INSTANCE_REACH, after: 1024, multiline: true },
    pattern: /"(?<attr>[A-Za-z][A-Za-z0-9_]{0,63})"\s{0,3}:\s{0,3}"(?<secret>[^"\n\\]{8,4096})"/,
    validate: listedSensitive,
    examples: [
      () =>
        `{\n  "mode": "managed",\n  "type": "azurerm_iothub_shared_access_policy",\n  "name": "telemetry",\n  "instances": [\n    {\n      "schema_version": 0,\n      "attributes": {\n        "iothub_name": "fleet-hub",\n        "name": "telemetry-reader",\n        "primary_key": "${Buffer.from(pw("iothub-1", 32)).toString("base64")}",\n        "read": true\n      },\n      "sensitive_attributes": [\n        [\n          {\n            "type": "get_attr",\n            "value": "primary_key"\n          }\n        ]\n      ]\n    }\n  ]\n}`,
      () =>
        `"attributes": {"administrator_login": "pgadmin", "administrator_password": "${pw("pg-1", 20)}", "fqdn": "db1.postgres.database.azure.com"}, "sensitive_attributes": [[{"type": "get_attr", "value": "administrator_password"}]]`,
    ],
    negatives: [
      // Listed as sensitive is another attribute; this one is an identifier.
      () =>
        `"attributes": {"name": "telemetry-reader", "primary_key": "${pw("iothub-neg", 44)}"}, "sensitive_attributes": [[{"type": "get_attr", "value": "secondary_key"}]]`,
      '"attributes": {"result": "otIBxq9Lm2", "special": false}, "sensitive_attributes": []',
    ],
    references: ["https://developer.hashicorp.com/terraform/language/state/sensitive-data"],
  },
];
