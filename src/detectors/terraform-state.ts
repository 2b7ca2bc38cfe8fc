import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Mitigation } from "../catalog/types.js";

/*
 * Terraform keeps every attribute of every resource in its state in clear, `sensitive` or not:
 * a committed terraform.tfstate (or its .backup, or `terraform output -json`) holds generated
 * passwords, access keys and private keys. Vendor-formatted values in it are their detectors';
 * these two find what only the state's structure names: a sensitive output's value and a
 * random_password's result.
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
];
