/**
 * The environment variable a secret moves to: the vendor (the detector id's first word) and the
 * kind of credential (its family), e.g. GITHUB_TOKEN, STRIPE_SECRET_KEY, POSTGRES_URL. A name is
 * a suggestion the plan shows; the few credentials whose tools already read a standard name get
 * that name, so that the code change is all that is needed.
 */
const STANDARD_NAMES: Readonly<Record<string, string>> = {
  "aws-access-key": "AWS_ACCESS_KEY_ID",
  "aws-secret-access-key": "AWS_SECRET_ACCESS_KEY",
  "aws-session-token": "AWS_SESSION_TOKEN",
};

/** Family to name suffix; families not listed are spelled out ("Webhook Secret" -> WEBHOOK_SECRET). */
const FAMILY_SUFFIXES: Readonly<Record<string, string>> = {
  "API Key": "API_KEY",
  "Access Token": "TOKEN",
  "OAuth Token": "TOKEN",
  "API Token": "TOKEN",
  "Connector Token": "TOKEN",
  "Private Key": "PRIVATE_KEY",
  Password: "PASSWORD",
  "Client Secret": "CLIENT_SECRET",
  "OAuth Client Secret": "CLIENT_SECRET",
  "Connection String": "URL",
  Webhook: "WEBHOOK_URL",
};

export function envVarName(detector: { id: string; name: string; family?: string }): string {
  const standard = STANDARD_NAMES[detector.id];
  if (standard) return standard;
  const first = detector.id.split(/[^A-Za-z0-9]+/).find((word) => word !== "") ?? "";
  // Generic detectors name no vendor: the secret belongs to the application.
  const vendor = first === "generic" || first === "" ? "APP" : first;
  return snake(`${vendor}_${suffix(detector)}`);
}

function suffix({ id, name, family }: { id: string; name: string; family?: string }): string {
  if (/refresh/i.test(id)) return "REFRESH_TOKEN";
  if (/\bsecret key\b/i.test(name)) return "SECRET_KEY";
  if (family === "Access Key") return /secret/i.test(name) ? "SECRET_ACCESS_KEY" : "ACCESS_KEY_ID";
  if (family === undefined) return "SECRET";
  return FAMILY_SUFFIXES[family] ?? family;
}

function snake(text: string): string {
  const name = text
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  // A variable name cannot start with a digit (a vendor such as "1password").
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
