import { ASSIGN, ASSIGN_ESCAPED, ASSIGN_LOOSE, commonCases } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const DIGITS = "0123456789";

/** An access key id: a four-character kind prefix + 16 base32 characters (20 in all). */
const keyId = (label: string, prefix = "AKIA") => `${prefix}${randomChars(BASE32, 16, label)}`;
/** A secret access key: 40 characters of standard base64 (letters, digits, `+`, `/`). */
const secretKey = (label: string) => randomChars("base64", 40, label);
/** An STS session token: a fixed protobuf-like header in base64, then a long base64 body. */
const sessionToken = (label: string, head = "IQoJb3JpZ2luX2Vj") =>
  `${head}EJr//////////wEa${randomChars("base64", 600, label)}`;
const b64 = (text: string) => Buffer.from(text).toString("base64");
/** A long-term Bedrock API key: `ABSK` + base64("BedrockAPIKey-<4>-at-<account>:<base64 secret>"). */
const bedrockKey = (label: string) =>
  `ABSK${b64(
    `BedrockAPIKey-${randomChars("lowerAlnum", 4, `${label}-id`)}-at-${randomChars(DIGITS, 12, `${label}-acct`)}:${b64(randomChars("alnum", 32, label))}`,
  )}`;
/** A short-term Bedrock API key: a presigned SigV4 query string, base64-encoded. */
const bedrockShortTermKey = (label: string) =>
  `bedrock-api-key-${b64(
    `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${keyId(`${label}-asia`, "ASIA")}%2F20250801%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250801T101500Z&X-Amz-Expires=43200&X-Amz-Security-Token=${encodeURIComponent(sessionToken(`${label}-sts`).slice(0, 400))}&X-Amz-Signature=${randomChars("hexLower", 64, label)}&X-Amz-SignedHeaders=host&Version=1`,
  )}`;

const SECRET_NAMES = [
  "aws_secret_access_key",
  "AWS_SECRET_ACCESS_KEY",
  "aws-secret-access-key",
  "aws_secret_key",
  "AWS_SECRET_KEY",
  "awsSecretAccessKey",
  "AwsSecretAccessKey",
  "secretAccessKey",
  "SecretAccessKey",
  "secret_access_key",
  "SECRET_ACCESS_KEY",
];
/**
 * Names built as aws + secret + (access) + key in any common spelling: awsSecretKey,
 * aws.secretkey, AWS_SECRET_ACCESS_KEY, aws-secret-key.
 */
const SECRET_NAME_FAMILY = `(?:aws|Aws|AWS)[._-]?(?:secret|Secret|SECRET)[._-]?(?:(?:access|Access|ACCESS)[._-]?)?(?:key|Key|KEY)`;
const SESSION_NAMES = [
  "aws_session_token",
  "AWS_SESSION_TOKEN",
  "aws-session-token",
  "awsSessionToken",
  "sessionToken",
  "SessionToken",
  "aws_security_token",
  "AWS_SECURITY_TOKEN",
  "X-Amz-Security-Token",
  "x-amz-security-token",
];
const SESSION_PREFIXES = ["IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdzE", "FQoGZXIvYXdzE", "AQoDYXdzE"];

const iamBestPractices = [
  "prefer IAM roles, IAM Identity Center or OIDC federation (for example GitHub Actions' aws-actions/configure-aws-credentials with role-to-assume) over long-term access keys",
  "keep ~/.aws/credentials out of repositories, container images and backups; use aws-vault or a credential_process instead",
  "grant the least privilege the workload needs and add conditions such as aws:SourceIp or aws:SourceVpce",
  "rotate access keys regularly and remove unused ones (IAM credential report, Access Advisor)",
  "enable GuardDuty and CloudTrail in every region so that leaked-key use raises findings",
];
const revokeAccessKey =
  "Find the owner with `aws sts get-access-key-info --access-key-id <id>` (account) and `aws iam get-access-key-last-used --access-key-id <id>`; then in the AWS Management Console open IAM > Users > the user > Security credentials > Access keys, choose Actions > Deactivate, and Delete the key once nothing legitimate depends on it (CLI: `aws iam update-access-key --status Inactive` then `aws iam delete-access-key`). Keys of the root user are under the account menu > Security credentials. Also review and delete any IAM users, access keys, roles or policies the attacker may have created.";
const auditAccessKey =
  "In CloudTrail > Event history, filter on 'AWS access key' = the key id in every region (or query the trail in Athena/CloudTrail Lake for userIdentity.accessKeyId); check IAM 'Access key last used', the IAM credential report, Cost Explorer for unexpected spend (EC2, Lambda, Bedrock) and GuardDuty findings such as UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.";

export const detectors: Detector[] = [
  {
    id: "aws-access-key",
    name: "AWS access key ID",
    vendor: "Amazon Web Services",
    family: "Access Key",
    severity: "medium",
    description:
      "Amazon Web Services (AWS) is Amazon's cloud computing platform. An access key ID (AKIA for long-term IAM user keys, ASIA for temporary STS credentials, plus the rarer ABIA, ACCA and A3T prefixes) names one IAM access key and is always used together with a 40-character secret access key. On its own the ID reveals the AWS account it belongs to; with its secret key nearby (reported as a companion) the pair signs API requests with every permission of the IAM user or role.",
    security: [
      "With the secret access key found next to it, the pair calls any AWS API the IAM identity may use: reading S3 data, launching instances, changing IAM.",
      "The ID alone discloses the AWS account ID (via sts:GetAccessKeyInfo) and helps an attacker target that account.",
      "Leaked key pairs are routinely used within minutes for crypto-mining on EC2 and for abusing SES, Lambda or Bedrock, billed to the account.",
      "An attacker with IAM permissions can create new users, keys and roles to keep access after the original key is revoked.",
    ],
    mitigation: {
      revoke: revokeAccessKey,
      revokeUrl: "https://console.aws.amazon.com/iam/home#/users",
      audit: auditAccessKey,
      bestPractices: iamBestPractices,
    },
    keywords: ["AKIA", "ASIA", "ABIA", "ACCA", "A3T"],
    window: { before: 8, after: 32 },
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9])/,
    companions: [
      {
        name: "secret access key",
        // 40 base64 characters holding at least one upper-case and one lower-case letter (which
        // rules out hex digests such as git SHA-1 hashes).
        pattern:
          /(?<![A-Za-z0-9/+])(?<value>(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}[a-z])[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/,
        within: 512,
      },
    ],
    examples: [
      () => `AWS_ACCESS_KEY_ID=${keyId("aws-akid-1")}\nAWS_DEFAULT_REGION=us-east-1`,
      () => `[default]\naws_access_key_id = ${keyId("aws-akid-2")}\nregion = eu-west-1`,
      () =>
        `provider "aws" {\n  region     = "eu-west-1"\n  access_key = "${keyId("aws-akid-3")}"\n  secret_key = "${secretKey("aws-sk-3")}"\n}`,
      () => `s3 = boto3.client("s3", aws_access_key_id="${keyId("aws-asia-4", "ASIA")}")`,
      () => `{"AccessKey": {"UserName": "ci", "AccessKeyId": "${keyId("aws-akid-5")}", "Status": "Active"}}`,
    ],
    negatives: [
      // The documentation example from AWS.
      "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
      "AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX",
      // Too short, and a base32-invalid character (0, 1, 8 and 9 are not in the alphabet).
      () => `key=${keyId("aws-short").slice(0, 18)}`,
      () => `key=AKIA${randomChars(BASE32, 15, "aws-bad")}1`,
      // Inside a longer identifier.
      () => `arn=XAKIA${randomChars(BASE32, 16, "aws-embedded")}`,
    ],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids",
    ],
  },
  {
    id: "aws-secret-access-key",
    name: "AWS secret access key",
    vendor: "Amazon Web Services",
    family: "Access Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Amazon Web Services (AWS) is Amazon's cloud computing platform. The secret access key is the 40-character private half of an IAM access key; it has no prefix, so it is recognised by the names AWS tools give it (aws_secret_access_key in ~/.aws/credentials, AWS_SECRET_ACCESS_KEY in the environment, SecretAccessKey in CLI and API output). Together with its access key ID it signs requests as the IAM user or role.",
    security: [
      "The key signs AWS API calls with every permission of its IAM identity, often administrator access to the whole account.",
      "Data in S3, DynamoDB, RDS snapshots and Secrets Manager can be read or deleted.",
      "Attackers launch compute for crypto-mining or abuse SES, Lambda and Bedrock at the account owner's expense.",
      "New IAM users, keys and roles can be created for persistent access.",
    ],
    mitigation: {
      revoke: `${revokeAccessKey} If the access key ID is not next to the secret, list the account's keys with \`aws iam list-access-keys\` per user and deactivate each one that could match.`,
      revokeUrl: "https://console.aws.amazon.com/iam/home#/users",
      audit: auditAccessKey,
      bestPractices: iamBestPractices,
    },
    keywords: ["aws_secret", "aws-secret", "aws.secret", "awssecret", "secretaccesskey", "secret_access_key"],
    window: { before: 32, after: 96 },
    pattern: new RegExp(
      `(?:${SECRET_NAMES.join("|")}|${SECRET_NAME_FAMILY})${ASSIGN_ESCAPED}(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    ),
    companions: [
      {
        name: "access key id",
        pattern: /(?<![A-Za-z0-9])(?<value>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    examples: [
      () => `export AWS_SECRET_ACCESS_KEY=${secretKey("aws-secret-1")}`,
      // With its key id after it, the secret is reported with the id as companion.
      () =>
        `[prod]\naws_secret_access_key = ${secretKey("aws-secret-2")}\naws_access_key_id = ${keyId("aws-secret-2k")}`,
      () =>
        `{"Credentials": {"SecretAccessKey": "${secretKey("aws-secret-3")}", "Expiration": "2025-08-01T12:00:00Z"}}`,
      () => `      aws-secret-access-key: ${secretKey("aws-secret-4")}`,
      () => `ENV AWS_SECRET_ACCESS_KEY ${secretKey("aws-secret-5")}`,
      () =>
        `const creds = { secretAccessKey: '${secretKey("aws-secret-6")}', accessKeyId: "${keyId("aws-secret-6k")}" };`,
      () => `os.environ["AWS_SECRET_ACCESS_KEY"] = "${secretKey("aws-secret-7")}"`,
      // Shorter spellings that SDK wrappers and properties files use.
      () => `{"awsSecretKey":"${secretKey("aws-secret-8")}","awsAccessKey":"${keyId("aws-secret-8k")}"}`,
      () => `backup.archive.aws.secretkey=${secretKey("aws-secret-9")}`,
      () => `String creds = "{\\"awsSecretKey\\":\\"${secretKey("aws-secret-10")}\\"}";`,
    ],
    negatives: [
      // The documentation example from AWS.
      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "AWS_SECRET_ACCESS_KEY=${{ secrets.AWS_SECRET_ACCESS_KEY }}",
      "AWS_SECRET_ACCESS_KEY=<your-secret-access-key>",
      // 41 characters: not a secret access key.
      () => `AWS_SECRET_ACCESS_KEY=${randomChars("base64", 41, "aws-secret-long")}`,
      // A bare 40-character value with no AWS context.
      () => `checksum = "${randomChars("base64", 40, "aws-secret-bare")}"`,
      // A secret name that is not an AWS key (the AWS name family needs "aws" and "key").
      () => `aws_secret_name = "${randomChars("base64", 40, "aws-secret-name")}"`,
    ],
    references: [
      "https://docs.aws.amazon.com/cli/v1/userguide/cli-configure-files.html",
      "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",
    ],
  },
  {
    id: "aws-ses-smtp-password",
    name: "Amazon SES SMTP password",
    vendor: "Amazon Web Services",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "Amazon Simple Email Service (SES) takes SMTP credentials made from an IAM access key: the user name is the access key ID, the password is derived from the secret key (an HMAC chain over the region, with a version byte) and written in base64, 44 characters starting with B. It sits in mail settings beside an email-smtp.<region>.amazonaws.com host (MAIL_PASSWORD in a Laravel .env, spring.mail.password, a Terraform output).",
    security: [
      "The credentials send mail through SES as any verified domain or address of the account: phishing and spam from the company's own domain, passing SPF and DKIM.",
      "Sending at volume can get the account's SES sending paused, stopping the application's own mail.",
    ],
    mitigation: {
      revoke:
        "SMTP credentials are an IAM user's access key: in the IAM console open the SMTP user (ses-smtp-user... by default), deactivate and delete the access key, then create new SMTP credentials in the SES console (SMTP settings > Create SMTP credentials) and deploy them.",
      revokeUrl: "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html",
      audit:
        "Review SES sending statistics and CloudTrail (the SMTP user's calls) for mail sent during the exposure window; check bounces and complaints for campaigns you did not send.",
      bestPractices: [
        "give the SMTP user an IAM policy limited to ses:SendRawEmail from the application's addresses",
        "keep SMTP credentials in a secret store, not in .env files in the repository",
      ],
    },
    keywords: ["email-smtp.", "ses_smtp_password", "smtp_password_v4"],
    // The host names the service; the password is a few lines above or below it.
    window: { before: 400, after: 400, multiline: true },
    pattern: new RegExp(
      `(?:${commonCases("password", "pass", "pwd", "secret")})[\\w.-]{0,30}?${ASSIGN_LOOSE}(?<secret>B[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])`,
    ),
    companions: [
      {
        name: "access key id (SMTP user name)",
        pattern: /(?<![A-Za-z0-9])(?<value>AKIA[A-Z2-7]{16})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    examples: [
      () =>
        `MAIL_MAILER=smtp\nMAIL_HOST=email-smtp.eu-west-1.amazonaws.com\nMAIL_PORT=587\nMAIL_USERNAME=${keyId("ses-1k")}\nMAIL_PASSWORD=B${randomChars("base64", 43, "ses-1")}`,
      () => `"ses_smtp_password_v4": "B${randomChars("base64", 43, "ses-2")}",`,
      () =>
        `spring.mail.host=email-smtp.us-east-1.amazonaws.com\nspring.mail.password=B${randomChars("base64", 43, "ses-3")}`,
    ],
    negatives: [
      "MAIL_HOST=email-smtp.eu-west-1.amazonaws.com\nMAIL_PASSWORD=${SES_SMTP_PASSWORD}",
      // Not the version byte's B.
      () =>
        `MAIL_HOST=email-smtp.eu-west-1.amazonaws.com\nMAIL_PASSWORD=Q${randomChars("base64", 43, "ses-not-b")}`,
      // No SES host around.
      () => `MAIL_PASSWORD=B${randomChars("base64", 43, "ses-noctx")}`,
    ],
    references: ["https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html"],
  },
  {
    id: "aws-session-token",
    name: "AWS STS session token",
    vendor: "Amazon Web Services",
    family: "Session Token",
    severity: "high",
    description:
      "Amazon Web Services (AWS) issues temporary credentials through the Security Token Service (STS): an ASIA access key ID, a secret access key and a session token that must accompany every signed request. Session tokens are long base64 strings whose first bytes are fixed (IQoJb3JpZ2luX2Vj for current tokens, FwoGZXIvYXdzE and AQoDYXdzE for older ones); they are also found by the names aws_session_token and X-Amz-Security-Token.",
    security: [
      "Together with the temporary key pair, the token acts as the assumed role or federated user until it expires (up to 12 hours, 36 hours for some sessions).",
      "Tokens copied from CI logs, crash dumps or browser sessions give the same access as the role that issued them, often broad deployment permissions.",
      "Temporary credentials cannot be deleted one by one, so a leak stays usable unless the role's sessions are revoked.",
    ],
    mitigation: {
      revoke:
        "In the IAM console open Roles > the role that issued the session > Revoke sessions > Revoke active sessions: this attaches the AWSRevokeOlderSessions policy, denying every token issued before now. For tokens from sts:GetSessionToken (an IAM user), deactivate that user's access key or attach a deny policy with an aws:TokenIssueTime condition. Then find how the token leaked (CI logs, debug output) and stop it.",
      revokeUrl: "https://console.aws.amazon.com/iam/home#/roles",
      audit:
        "Search CloudTrail for events whose userIdentity.accessKeyId is the temporary ASIA key id or whose sessionContext matches the role session; look for AssumeRole chains, IAM changes and resource creation during the token's lifetime.",
      bestPractices: [
        "keep role session durations as short as the workload allows",
        "never print credentials in CI logs; mask AWS_SESSION_TOKEN in pipeline settings",
        "restrict who may assume powerful roles with trust-policy conditions (sts:ExternalId, aws:SourceIdentity, OIDC subject claims)",
      ],
    },
    // Real tokens are protobuf in base64 and routinely hold runs such as "//////////" (0xFF
    // bytes), which the placeholder filter would mistake for filler: rely on entropy instead.
    skipPlaceholderCheck: true,
    minEntropy: 4.5,
    keywords: [
      ...SESSION_PREFIXES,
      "aws_session_token",
      "aws-session-token",
      "sessiontoken",
      "aws_security_token",
      "x-amz-security-token",
    ],
    window: { before: 32, after: 4200 },
    pattern: new RegExp(
      `(?:(?:${SESSION_NAMES.join("|")})${ASSIGN}|(?=${SESSION_PREFIXES.join("|")})(?<![A-Za-z0-9/+%]))(?<secret>[A-Za-z0-9/+]{100,4000}={0,2})(?![A-Za-z0-9/+=])`,
    ),
    examples: [
      () => `AWS_SESSION_TOKEN=${sessionToken("aws-sts-1")}`,
      () => `aws_session_token = ${sessionToken("aws-sts-2", "FwoGZXIvYXdzE")}`,
      () =>
        `{"Credentials": {"AccessKeyId": "${keyId("aws-sts-3k", "ASIA")}", "SessionToken": "${sessionToken("aws-sts-3")}", "Expiration": "2025-08-01T12:00:00Z"}}`,
      () => `  sessionToken: "${randomChars("base64", 356, "aws-sts-4")}"`,
    ],
    negatives: [
      "AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}",
      "aws_session_token = <session-token>",
      // Far too short for an STS token.
      () => `AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj${randomChars("base64", 40, "aws-sts-short")}`,
    ],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html"],
  },
  {
    id: "aws-bedrock-api-key",
    name: "Amazon Bedrock long-term API key",
    vendor: "Amazon Web Services",
    family: "API Key",
    severity: "high",
    description:
      "Amazon Bedrock is AWS's managed service for foundation models (Claude, Llama, Titan, Nova and others). Long-term Bedrock API keys are IAM service-specific credentials sent as a bearer token (AWS_BEARER_TOKEN_BEDROCK); they start with ABSK followed by the base64 encoding of 'BedrockAPIKey-<id>-at-<account id>:<secret>'.",
    security: [
      "The key invokes Bedrock models billed to the AWS account; attackers resell or abuse such access for large volumes of inference.",
      "Bedrock resources the IAM user may reach (knowledge bases, agents, custom models, logs) can be read or changed.",
      "The key names the AWS account ID it belongs to.",
    ],
    mitigation: {
      revoke:
        "In the IAM console open Users > the user named in the key (usually BedrockAPIKey-...) > Security credentials > API keys for Amazon Bedrock, then Deactivate and Delete the leaked key; or run `aws iam list-service-specific-credentials --service-name bedrock.amazonaws.com` and `aws iam delete-service-specific-credential --user-name <user> --service-specific-credential-id <id>`.",
      revokeUrl: "https://console.aws.amazon.com/iam/home#/users",
      audit:
        "Filter CloudTrail for Bedrock InvokeModel / Converse events by the IAM user behind the key, enable Bedrock model invocation logging, and check Cost Explorer for Bedrock spend in unexpected regions.",
      bestPractices: [
        "use long-term Bedrock API keys only for exploration; switch to short-term keys or IAM roles in applications",
        "set an expiry on every Bedrock API key and attach only the permissions it needs",
        "restrict model access with SCPs and service quotas per region",
      ],
    },
    keywords: ["ABSKQmVkcm9ja0FQSUtleS"],
    window: { before: 8, after: 320 },
    pattern:
      /(?<![A-Za-z0-9+/])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{60,300}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      const decoded = Buffer.from(secret.slice(4), "base64").toString("latin1");
      return /^BedrockAPIKey-[A-Za-z0-9]{2,12}-at-\d{12}:[A-Za-z0-9+/=]{16,}/.test(decoded)
        ? true
        : "decoded key lacks the BedrockAPIKey-<id>-at-<account>:<secret> structure";
    },
    examples: [
      () => `AWS_BEARER_TOKEN_BEDROCK=${bedrockKey("bedrock-1")}`,
      () => `client = BedrockClient(api_key="${bedrockKey("bedrock-2")}")`,
      () => `bedrock:\n  apiKey: ${bedrockKey("bedrock-3")}`,
    ],
    negatives: [
      "AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS0...",
      // Right prefix but the decoded text has no account part.
      () =>
        `AWS_BEARER_TOKEN_BEDROCK=ABSK${b64(`BedrockAPIKey-${randomChars("alnum", 70, "bedrock-noacct")}`)}`,
    ],
    references: ["https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html"],
  },
  {
    id: "aws-bedrock-short-term-api-key",
    name: "Amazon Bedrock short-term API key",
    vendor: "Amazon Web Services",
    family: "API Key",
    severity: "high",
    description:
      "Amazon Bedrock is AWS's managed service for foundation models. Short-term Bedrock API keys (bedrock-api-key- followed by base64) are presigned SigV4 requests made with the caller's own credentials; they stay valid for up to 12 hours or until the session that signed them ends.",
    security: [
      "Until it expires the key invokes Bedrock models as the IAM identity that generated it, billed to the account.",
      "The encoded query string includes the temporary access key id and session token of the signer.",
    ],
    mitigation: {
      revoke:
        "A short-term key cannot be deleted on its own: revoke the session that signed it. If an IAM role signed it, open IAM > Roles > the role > Revoke sessions > Revoke active sessions; if an IAM user's access key signed it, deactivate that access key in IAM > Users > Security credentials. Otherwise it expires at the end of its lifetime (12 hours at most).",
      revokeUrl: "https://console.aws.amazon.com/iam/home#/roles",
      audit:
        "Decode the key to read the X-Amz-Credential access key id, then search CloudTrail for Bedrock calls made with it and for other activity of the same session.",
      bestPractices: [
        "generate short-term keys just in time (aws-bedrock-token-generator) instead of storing them",
        "never paste keys into code samples, notebooks or chat logs",
      ],
    },
    keywords: ["bedrock-api-key-"],
    window: { before: 8, after: 6100 },
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{200,6000}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      const decoded = Buffer.from(secret.slice("bedrock-api-key-".length), "base64").toString("latin1");
      return decoded.startsWith("bedrock.amazonaws.com/") && decoded.includes("X-Amz-Credential=")
        ? true
        : "decoded key is not a presigned Bedrock request";
    },
    examples: [
      () => `AWS_BEARER_TOKEN_BEDROCK=${bedrockShortTermKey("bedrock-st-1")}`,
      () => `let apiKey = "${bedrockShortTermKey("bedrock-st-2")}"`,
    ],
    negatives: [
      'let myApiKey = "bedrock-api-key-YmVkcm9jay ... (redacted) ... b249MQ=="',
      () =>
        `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${b64(`bedrock.amazonaws.com/${randomChars("alnum", 300, "bedrock-st-nocred")}`)}`,
    ],
    references: ["https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-generate.html"],
  },
  {
    id: "aws-appsync-api-key",
    name: "AWS AppSync API key",
    vendor: "Amazon Web Services",
    family: "API Key",
    severity: "medium",
    description:
      "AWS AppSync hosts managed GraphQL APIs. An AppSync API key (da2- followed by 26 lower-case letters and digits) authorizes calls to one GraphQL API configured with the API_KEY authorization mode, typically from web and mobile clients.",
    security: [
      "Anyone with the key can run the queries, mutations and subscriptions that the API allows for API-key callers.",
      "Unprotected resolvers may expose or modify data in the DynamoDB tables, Lambda functions or HTTP sources behind the API.",
      "Heavy use of the key is billed to the account and can exhaust the API's throttling limits.",
    ],
    mitigation: {
      revoke:
        "In the AWS AppSync console open the API > Settings > API keys, delete the leaked key and create a new one (CLI: `aws appsync delete-api-key --api-id <api> --id <key>` and `aws appsync create-api-key --api-id <api> --expires <epoch>`).",
      revokeUrl: "https://console.aws.amazon.com/appsync/home",
      audit:
        "Enable AppSync field-level logging to CloudWatch Logs and review requests made with the key; check CloudWatch metrics (4XXError, Latency, request counts) for unusual traffic.",
      bestPractices: [
        "use Amazon Cognito user pools or IAM authorization for anything beyond public, read-only data",
        "give API keys the shortest expiry possible (at most 365 days)",
        "mark sensitive fields so that only authenticated modes may resolve them",
      ],
    },
    keywords: ["da2-"],
    window: { before: 8, after: 40 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>da2-[a-z0-9]{26})(?![A-Za-z0-9_-])/,
    examples: [
      () => `"aws_appsync_apiKey": "da2-${randomChars("lowerAlnum", 26, "appsync-1")}",`,
      () => `APPSYNC_API_KEY=da2-${randomChars("lowerAlnum", 26, "appsync-2")}`,
    ],
    negatives: [
      '"aws_appsync_apiKey": "da2-xxxxxxxxxxxxxxxxxxxxxxxxxx"',
      () => `key: da2-${randomChars("lowerAlnum", 20, "appsync-short")}`,
    ],
    references: [
      "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization",
    ],
  },
  {
    id: "aws-mws-auth-token",
    name: "Amazon MWS auth token",
    vendor: "Amazon",
    family: "Access Token",
    severity: "high",
    description:
      "Amazon Marketplace Web Service (MWS) was Amazon's API for sellers, now replaced by the Selling Partner API. An MWS auth token (amzn.mws. followed by a UUID) authorized a developer to call MWS on behalf of one seller account.",
    security: [
      "With the developer's access keys the token reads and changes the seller's orders, listings, inventory and reports.",
      "Order reports contain buyer names and shipping addresses.",
    ],
    mitigation: {
      revoke:
        "As the seller, open Seller Central > Settings > User Permissions > Third party developer and apps (Amazon MWS / Manage Your Apps) and revoke the authorization of the developer the token belongs to; migrate the integration to the Selling Partner API.",
      revokeUrl: "https://sellercentral.amazon.com/gp/account-manager/home.html",
      audit:
        "Review Seller Central for listing, price or order changes and report downloads you did not make.",
      bestPractices: [
        "migrate remaining MWS integrations to the Selling Partner API with Login with Amazon authorization",
        "authorize only developers you trust and review the authorized apps list regularly",
      ],
    },
    keywords: ["amzn.mws."],
    window: { before: 8, after: 56 },
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `MWS_AUTH_TOKEN=amzn.mws.${randomChars("hexLower", 8, "mws-1a")}-${randomChars("hexLower", 4, "mws-1b")}-${randomChars("hexLower", 4, "mws-1c")}-${randomChars("hexLower", 4, "mws-1d")}-${randomChars("hexLower", 12, "mws-1e")}`,
      () =>
        `{"MWSAuthToken": "amzn.mws.${randomChars("hexLower", 8, "mws-2a")}-${randomChars("hexLower", 4, "mws-2b")}-${randomChars("hexLower", 4, "mws-2c")}-${randomChars("hexLower", 4, "mws-2d")}-${randomChars("hexLower", 12, "mws-2e")}"}`,
    ],
    negatives: [
      "MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE",
      "MWS_AUTH_TOKEN=amzn.mws.<token>",
    ],
    references: ["https://docs.developer.amazonservices.com/en_US/dev_guide/DG_Registering.html"],
  },
  {
    id: "amazon-lwa-client-secret",
    name: "Login with Amazon client secret",
    vendor: "Amazon",
    family: "Client Secret",
    severity: "high",
    description:
      "Login with Amazon (LWA) is Amazon's OAuth 2.0 service, used by the Selling Partner API, Amazon Ads API and Alexa skills. An LWA client secret (amzn1.oa2-cs.v1. followed by 64 hex characters) authenticates an application's security profile when it exchanges authorization codes and refresh tokens.",
    security: [
      "With the client id, the secret exchanges leaked refresh tokens or codes for access tokens as the application.",
      "Access tokens let the holder act for every seller or advertiser that authorized the app.",
    ],
    mitigation: {
      revoke:
        "In Seller Central or Vendor Central open Apps and Services > Develop Apps > the app > View (LWA credentials) and rotate the client secret; for other LWA security profiles use developer.amazon.com > Login with Amazon > the security profile > Web Settings > generate a new client secret. Update the application with the new secret.",
      revokeUrl: "https://developer.amazon.com/loginwithamazon/console/site/lwa/overview.html",
      audit:
        "Review API activity of the application and the sellers that authorized it for calls you did not make.",
      bestPractices: [
        "store LWA credentials in a secret manager and rotate them before the 180-day rotation deadline",
        "keep one security profile per application and environment",
      ],
    },
    keywords: ["amzn1.oa2-cs.v1."],
    window: { before: 8, after: 96 },
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>amzn1\.oa2-cs\.v1\.[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    examples: [
      () => `LWA_CLIENT_SECRET=amzn1.oa2-cs.v1.${randomChars("hexLower", 64, "lwa-cs-1")}`,
      () => `{"clientSecret": "amzn1.oa2-cs.v1.${randomChars("hexLower", 64, "lwa-cs-2")}"}`,
    ],
    negatives: [
      "LWA_CLIENT_SECRET=amzn1.oa2-cs.v1.<secret>",
      () => `secret: amzn1.oa2-cs.v1.${randomChars("hexLower", 40, "lwa-cs-short")}`,
    ],
    references: ["https://developer-docs.amazon.com/sp-api/docs/connecting-to-the-selling-partner-api"],
  },
  {
    id: "amazon-lwa-refresh-token",
    name: "Login with Amazon refresh token",
    vendor: "Amazon",
    family: "OAuth Token",
    severity: "high",
    description:
      "Login with Amazon (LWA) is Amazon's OAuth 2.0 service behind the Selling Partner API and Amazon Ads API. LWA refresh tokens start with Atzr| and are issued when a seller, vendor or advertiser authorizes an application; they do not expire on their own.",
    security: [
      "With the app's client id and secret, the refresh token mints access tokens for the authorizing seller's or advertiser's account indefinitely.",
      "Selling Partner API access exposes orders (with buyer data), listings, inventory and finances.",
    ],
    mitigation: {
      revoke:
        "The authorizing seller removes the app: Seller Central > Settings > User Permissions > Manage your apps > Remove authorization (Amazon Ads: the advertiser revokes it under Manage Your Apps / Login with Amazon app permissions). Rotating the app's LWA client secret also stops the leaked token from being exchanged.",
      revokeUrl: "https://sellercentral.amazon.com/apps/manage",
      audit: "Review orders, listings, reports and ad campaigns for changes or downloads you did not make.",
      bestPractices: [
        "keep refresh tokens server side in a secret manager, never in front-end code or sample files",
        "request only the roles the integration needs when registering the app",
      ],
    },
    keywords: ["Atzr|"],
    window: { before: 8, after: 820 },
    pattern: /(?<![A-Za-z0-9])(?<secret>Atzr\|[A-Za-z0-9_+/=-]{80,800})(?![A-Za-z0-9_+/=-])/,
    examples: [
      () => `SP_API_REFRESH_TOKEN=Atzr|IwEB${randomChars("base64url", 320, "lwa-rt-1")}`,
      () => `credentials = {"refresh_token": "Atzr|IwEB${randomChars("base64url", 360, "lwa-rt-2")}"}`,
    ],
    negatives: ['"refresh_token": "Atzr|IwEB..."', "SP_API_REFRESH_TOKEN=Atzr|<your refresh token>"],
    references: [
      "https://developer-docs.amazon.com/sp-api/docs/authorizing-selling-partner-api-applications",
    ],
  },
  {
    id: "aws-sso-cached-token",
    name: "AWS IAM Identity Center (SSO) cached token",
    vendor: "Amazon Web Services",
    family: "Session Token",
    severity: "high",
    description:
      "Amazon Web Services (AWS) is Amazon's cloud computing platform. `aws sso login` (IAM Identity Center, formerly AWS SSO) caches its OIDC tokens as JSON in ~/.aws/sso/cache/<sha1>.json: an accessToken beside the session's startUrl, and with the newer `sso-session` configuration a refreshToken and the client registration's clientId and clientSecret. A copy of that file outside the user's home (a repository, a backup, a container image) leaks the session.",
    security: [
      "The access token gets short-term credentials for every account and permission set the user may reach (`sso:GetRoleCredentials`), for up to its session length (8 hours by default, up to 7 days).",
      "With the refresh token and the client registration beside it, new access tokens can be minted for as long as the Identity Center session allows (up to 90 days).",
    ],
    mitigation: {
      revoke:
        "On the machine the file came from, run `aws sso logout`: it revokes the cached access token with IAM Identity Center and deletes the cache. An Identity Center administrator can also end the user's active sessions (IAM Identity Center console > Users > the user > Active sessions > Delete session), which stops refresh tokens too. Then delete the copied file and purge it from history.",
      revokeUrl: "https://console.aws.amazon.com/singlesignon/home",
      audit:
        "In CloudTrail, look for GetRoleCredentials, ListAccounts and ListAccountRoles events of the user from unfamiliar source IPs over the exposure period, then follow the role sessions they returned into each account.",
      bestPractices: [
        "keep ~/.aws out of repositories, backups and container images (.gitignore, .dockerignore)",
        "shorten the Identity Center session duration for powerful permission sets",
        "never commit files copied from a home directory to reproduce a problem",
      ],
    },
    keywords: ["accesstoken", "refreshtoken"],
    // `accessToken` is common in code: only a quoted JSON key with a long value opens a window.
    keywordPrecededBy: /"/,
    keywordGate: /"\s{0,3}:\s{0,3}"[A-Za-z0-9+/=_:.-]{100}/,
    window: { before: 600, after: 4200, multiline: true },
    pattern: /"(?:accessToken|refreshToken)"\s{0,3}:\s{0,3}"(?<secret>[A-Za-z0-9+/=_:.-]{100,4096})"/,
    validate: (_secret, { window }) =>
      /"startUrl"\s{0,3}:\s{0,3}"https:\/\/[^"\s]{1,200}"/.test(window) ||
      /"clientSecret"\s{0,3}:/.test(window)
        ? true
        : "not an SSO token cache (no startUrl or client registration beside it)",
    examples: [
      () =>
        `{"startUrl": "https://d-90671e2a3b.awsapps.com/start", "region": "us-east-1", "accessToken": "aoa${randomChars("base64url", 380, "aws-sso-1")}", "expiresAt": "2026-12-01T18:00:00Z"}`,
      () =>
        `{\n  "startUrl": "https://my-company.awsapps.com/start",\n  "region": "eu-west-1",\n  "accessToken": "aoa${randomChars("base64", 300, "aws-sso-2")}",\n  "expiresAt": "2026-12-01T18:00:00Z",\n  "clientId": "${randomChars("base64url", 22, "aws-sso-2c")}",\n  "clientSecret": "${randomChars("base64url", 180, "aws-sso-2s")}",\n  "refreshToken": "aor${randomChars("base64", 400, "aws-sso-2r")}"\n}`,
    ],
    negatives: [
      // An OAuth response in an app's code or test: no Identity Center session beside it.
      () =>
        `{"accessToken": "${randomChars("base64url", 160, "aws-sso-app")}", "tokenType": "Bearer", "expiresIn": 3600}`,
      '{"startUrl": "https://d-90671e2a3b.awsapps.com/start", "accessToken": "<access-token>"}',
    ],
    references: [
      "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
      "https://docs.aws.amazon.com/cli/latest/reference/sso/logout.html",
    ],
  },
];
