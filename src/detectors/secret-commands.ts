import { passwordPlaceholderReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/*
 * A secret given on the command line of the very command that stores it in a secret store or
 * a platform's configuration: `gh secret set`, `kubectl create secret --from-literal`, `aws
 * secretsmanager --secret-string`, `fly secrets set`, `heroku config:set`. The command is meant
 * to keep the value out of the repository, but a script, README or shell history that runs it
 * holds the value in clear.
 */

/** The rest of a command line, up to the next argument of interest: no pipe or command separator. */
const ARGS = String.raw`[^\n|;&]{0,300}?`;

/** Commands whose NAME=VALUE pairs are configuration: only a credential's name makes one a secret. */
const NAMED_PAIR = String.raw`(?:(?:fly(?:ctl)?|supabase|doppler)[ \t]{1,4}secrets[ \t]{1,4}set|heroku[ \t]{1,4}config:set|railway[ \t]{1,4}variables[ \t]{1,4}(?:--set|set)|vault[ \t]{1,4}kv[ \t]{1,4}put|firebase[ \t]{1,4}functions:config:set)${ARGS}[ \t](?<name>[A-Za-z_][\w.-]{0,60})=`;

/** Commands whose value is a secret by the command itself. */
const SECRET_VALUE = String.raw`(?:gh[ \t]{1,4}secret[ \t]{1,4}set${ARGS}[ \t](?:--body|-b)[ \t=]|kubectl[ \t]{1,4}create[ \t]{1,4}secret${ARGS}[ \t]--from-literal=[\w.-]{1,100}=|aws[ \t]{1,4}secretsmanager[ \t]{1,4}(?:create-secret|put-secret-value|update-secret)${ARGS}[ \t]--secret-string[ \t=]|az[ \t]{1,4}keyvault[ \t]{1,4}secret[ \t]{1,4}set${ARGS}[ \t]--value[ \t=]|eas(?:-cli)?[ \t]{1,4}(?:secret:create|env:create)${ARGS}[ \t]--value[ \t=]|netlify[ \t]{1,4}env:set[ \t]{1,4}[\w.-]{1,100}[ \t]{1,4}|dotnet[ \t]{1,4}user-secrets[ \t]{1,4}set[ \t]{1,4}["']?[\w:.-]{1,100}["']?[ \t]{1,4})`;

/**
 * The value echoed into a store command that reads it from standard input: `echo "..." | npx
 * wrangler secret put NAME`, `| gh secret set NAME`, `| vercel env add NAME production`, `|
 * docker secret create NAME -`. The pipe is the safe way to pass a secret; the echo undoes it.
 */
const PIPED_INTO_STORE = String.raw`(?:npx|bunx|pnpm(?:[ \t]{1,4}dlx)?|yarn)?[ \t]{0,4}(?:wrangler[ \t]{1,4}(?:pages[ \t]{1,4})?secret[ \t]{1,4}put|gh[ \t]{1,4}secret[ \t]{1,4}set|vercel[ \t]{1,4}env[ \t]{1,4}add|docker[ \t]{1,4}secret[ \t]{1,4}create)`;
const ECHOED = String.raw`(?<![\w-])(?:echo(?:[ \t]{1,4}-[neE]{1,3})?|printf(?:[ \t]{1,4}(?:'%s'|"%s"))?)[ \t]{1,4}(?=(?<eq>["']?)[^\s"'$\x60]{8,200}\k<eq>[ \t]{0,4}\|[ \t]{0,4}${PIPED_INTO_STORE})`;

const CREDENTIAL_NAME = /key|secret|token|pass|pwd|auth|cred|private|api|dsn|webhook|salt/i;

const storedValue: Validator = (secret, context) => {
  const name = context.groups.name;
  if (name !== undefined && !CREDENTIAL_NAME.test(name)) return `"${name}" names a setting, not a credential`;
  if (/^[{[]/.test(secret)) return "a JSON document (judged by the detectors of what it holds)";
  if (/^fileb?:\/\//.test(secret)) return "a file the command reads the value from";
  return passwordPlaceholderReason(secret) ?? true;
};

const token = (label: string) => randomChars("alnum", 32, `secret-command-${label}`);

export const detectors: Detector[] = [
  {
    id: "secret-store-command-value",
    name: "Secret passed on the command line of a secret store",
    vendor: "Generic",
    family: "Secret",
    severity: "high",
    // A generic rule: a vendor's own detector wins the same value.
    confidence: "low",
    description:
      "A secret written as an argument of the command that stores it: `gh secret set NAME --body VALUE`, `kubectl create secret generic --from-literal=key=VALUE`, `aws secretsmanager create-secret --secret-string VALUE`, `az keyvault secret set --value`, `eas secret:create --value`, `netlify env:set`, `dotnet user-secrets set`, a value echoed into `wrangler secret put`, `gh secret set`, `vercel env add` or `docker secret create`, and NAME=VALUE pairs with a credential's name for `fly secrets set`, `heroku config:set`, `doppler`/`supabase secrets set`, `railway variables`, `vault kv put` and `firebase functions:config:set`.",
    security: [
      "The value is whatever the store protects: an API token, a database password, a signing key, in clear in the script, README or shell history that ran the command.",
      "Shell histories and CI logs that keep such commands are copied to backups and support tickets.",
    ],
    mitigation: {
      revoke:
        "Rotate the credential at its source (the vendor's console, the database), store the new value with the same command reading it from standard input or a file (`gh secret set NAME < file`, `--from-file`, `--secret-string file://...`), and remove the command from the script or history.",
      revokeUrl: "https://cli.github.com/manual/gh_secret_set",
      audit: "Review the credential's use at its source since the script or history was shared.",
      bestPractices: [
        "pass secrets to these commands on standard input or from a file, never as an argument",
        "set HISTCONTROL=ignorespace and start such commands with a space, or clear them from the history",
      ],
    },
    keywords: [
      "secret put",
      "env add",
      "secret create",
      "secret set",
      "secrets set",
      "config:set",
      "railway",
      "kv put",
      "create secret",
      "secretsmanager",
      "secret:create",
      "env:create",
      "env:set",
      "user-secrets",
    ],
    // Far enough back for an echoed value (up to 200 characters) before its pipe.
    window: { before: 260, after: 400 },
    pattern: new RegExp(
      String.raw`(?:${NAMED_PAIR}|${SECRET_VALUE}|${ECHOED})(?<q>["']?)(?<secret>[^\s"'$\x60]{8,200})\k<q>(?=[\s;&|)]|$)`,
    ),
    validate: storedValue,
    examples: [
      () => `gh secret set NPM_TOKEN --body "${token("gh")}" --repo acme/site`,
      () => `kubectl create secret generic api --from-literal=token=${token("kubectl")} -n prod`,
      () => `aws secretsmanager create-secret --name prod/db --secret-string '${token("aws")}'`,
      () =>
        `run: npx eas-cli secret:create --scope project --name WEBHOOK_AUTH --value ${token("eas")} --force`,
      () => `fly secrets set DATABASE_URL_PASSWORD=${token("fly")} SENTRY_ENV=prod`,
      () => `heroku config:set STRIPE_API_KEY=${token("heroku")} -a acme-web`,
      () => `dotnet user-secrets set "Smtp:Password" "${token("dotnet")}"`,
      // A generated deploy script piping each value into Cloudflare's store.
      () =>
        `echo "${randomChars("hexLower", 64, "secret-command-wrangler")}" | npx wrangler secret put AUTH_JWT_SECRET --env development`,
      () => `printf '%s' '${token("gh-pipe")}' | gh secret set SENTRY_AUTH_TOKEN`,
    ],
    negatives: [
      'gh secret set NPM_TOKEN --body "$NPM_TOKEN"',
      "heroku config:set NODE_ENV=production WEB_CONCURRENCY=2",
      "kubectl create secret generic db --from-literal=password=changeme",
      "gh secret set DEPLOY_KEY < deploy_key",
      'echo "$JWT_SECRET" | npx wrangler secret put JWT_SECRET',
      "openssl rand -hex 32 | npx wrangler secret put SESSION_SECRET",
      // Echoed, but into another command.
      () => `echo "${token("not-piped")}" | tee build/version.txt`,
      "aws secretsmanager create-secret --name x --secret-string file://secret.json",
    ],
    references: [
      "https://cli.github.com/manual/gh_secret_set",
      "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/",
      "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/create-secret.html",
    ],
  },
];
