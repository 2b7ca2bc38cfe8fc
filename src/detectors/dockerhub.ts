import { passwordPlaceholderReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about = "Docker Hub is Docker's public and private container image registry.";

const b64 = (text: string) => Buffer.from(text).toString("base64");
/** A docker config "auth" value is base64("username:password") with both parts present. */
const userPassCheck: Validator = (secret) => {
  const decoded = Buffer.from(secret, "base64").toString("utf8");
  const printable = [...decoded].every((c) => c >= " " && c !== "\u007f" && c !== "\ufffd");
  if (decoded.length === 0 || !printable) return "does not decode to printable text";
  const colon = decoded.indexOf(":");
  if (colon < 1 || colon === decoded.length - 1) return "does not decode to username:password";
  const user = decoded.slice(0, colon);
  // The all-zero GUID user goes with an identity token (reported on its own), whatever follows.
  if (user === "00000000-0000-0000-0000-000000000000") return "an identity-token login";
  return passwordPlaceholderReason(decoded.slice(colon + 1), user) ?? true;
};

const hubAudit =
  "Check the token's Last used date on the Personal access tokens page, the repositories' tags for pushes you did not make, and (Docker Business/Team) Admin Console > Activity logs for the exposure window.";
const hubPractices = [
  "create read-only tokens for pulls and separate read-write tokens only for publishing jobs",
  "give tokens an expiration date and one purpose each",
  "use `docker login --password-stdin` and a credential helper instead of plain config.json entries",
];

export const detectors: Detector[] = [
  {
    id: "dockerhub-personal-access-token",
    name: "Docker Hub personal access token",
    vendor: "Docker",
    family: "Access Token",
    severity: "critical",
    description: `${about} Personal access tokens (dckr_pat_) replace the account password for \`docker login\`, the Hub API and Docker Desktop, with Read, Read & Write, or Read, Write & Delete permissions.`,
    security: [
      "With write access an attacker can push malicious images over tags that deployments pull, such as latest.",
      "Private images, which often contain source code and embedded secrets, can be pulled.",
      "With delete permission repositories and tags can be removed.",
    ],
    mitigation: {
      revoke:
        "Sign in to Docker Hub as the owner, open Account settings > Personal access tokens, select the token and choose Deactivate and then Delete. Rebuild and re-push any image tag that may have been overwritten.",
      revokeUrl: "https://app.docker.com/settings/personal-access-tokens",
      audit: hubAudit,
      bestPractices: hubPractices,
    },
    keywords: ["dckr_pat_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/,
    examples: [
      () => `DOCKERHUB_TOKEN=dckr_pat_${randomChars("base64url", 27, "dh-pat-1")}`,
      () =>
        `echo "dckr_pat_${randomChars("base64url", 27, "dh-pat-2")}" | docker login -u acme --password-stdin`,
      () =>
        `        with:\n          username: acme\n          password: dckr_pat_${randomChars("alnum", 27, "dh-pat-3")}`,
    ],
    negatives: ["DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx", "DOCKERHUB_TOKEN=dckr_pat_<token>"],
    references: ["https://docs.docker.com/security/for-developers/access-tokens/"],
  },
  {
    id: "dockerhub-organization-access-token",
    name: "Docker Hub organization access token",
    vendor: "Docker",
    family: "Access Token",
    severity: "critical",
    description: `${about} Organization access tokens (dckr_oat_) belong to a Docker Team or Business organization rather than a user and are used with the organization name as the username, with per-repository pull and push permissions.`,
    security: [
      "Images in every repository the token can push to can be replaced with malicious ones.",
      "Private organization images can be pulled.",
    ],
    mitigation: {
      revoke:
        "An organization owner opens the Admin Console > Access tokens (organization access tokens), selects the token and deletes it (or deactivates it first); create a replacement with the minimal repositories and permissions.",
      revokeUrl: "https://docs.docker.com/security/for-admins/access-tokens/",
      audit: hubAudit,
      bestPractices: hubPractices,
    },
    keywords: ["dckr_oat_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>dckr_oat_[A-Za-z0-9_-]{27,32})(?![A-Za-z0-9_-])/,
    examples: [
      () => `DOCKER_ORG_TOKEN=dckr_oat_${randomChars("base64url", 32, "dh-oat-1")}`,
      () => `docker login -u acme-org -p dckr_oat_${randomChars("alnum", 32, "dh-oat-2")}`,
    ],
    negatives: [
      "DOCKER_ORG_TOKEN=dckr_oat_...",
      () => `DOCKER_ORG_TOKEN=dckr_oat_${randomChars("alnum", 16, "dh-oat-short")}`,
    ],
    references: ["https://docs.docker.com/security/for-admins/access-tokens/"],
  },
  {
    id: "docker-config-auth",
    name: "Registry credentials in Docker config.json",
    vendor: "Docker",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      'Docker\'s CLI and Engine pull and push container images from registries. `docker login` without a credential helper stores registry credentials in ~/.docker/config.json (and Kubernetes .dockerconfigjson secrets) as an "auth" field: base64 of username:password, for Docker Hub or any registry such as GHCR, ECR, GCR, ACR, Quay or a private one.',
    security: [
      "The decoded username and password (or token) log in to the registry: private images can be pulled and, with write access, replaced.",
      "For cloud registries the password may be a cloud access token or key that reaches more than the registry.",
    ],
    mitigation: {
      revoke:
        "Decode the value to see the account, then revoke that credential at the registry shown as the key above it: delete the access token (Docker Hub, GHCR personal access token, Quay robot token) or change the account password; run `docker logout <registry>` on the machine and configure a credential helper (credsStore) so that secrets are not written to the file.",
      revokeUrl: "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
      audit:
        "Check the registry's audit or activity log for pulls and pushes by the account during the exposure window.",
      bestPractices: [
        "use docker-credential-helpers (osxkeychain, wincred, pass, secretservice) or a cloud credential helper",
        "never bake ~/.docker/config.json into images or commit it",
        "in Kubernetes, keep image pull secrets out of Git (use sealed or external secrets)",
      ],
    },
    keywords: ['"auth"'],
    // A long token runs past the default reach of 512 bytes, and would be dropped as cut off.
    window: { after: 2100 },
    pattern: /"auth"\s{0,3}:\s{0,3}"(?<secret>[A-Za-z0-9+/]{8,2000}={0,2})"/,
    validate: userPassCheck,
    examples: [
      () =>
        `{"auths": {"https://index.docker.io/v1/": {"auth": "${b64(`acme:dckr_pat_${randomChars("base64url", 27, "dcfg-1")}`)}"}}}`,
      () =>
        `    "registry.acme.io": {\n      "auth": "${b64(`deploy:${randomChars("alnum", 24, "dcfg-2")}`)}"\n    }`,
    ],
    negatives: [
      '{"auths": {"ghcr.io": {"auth": ""}}}',
      // Documentation's placeholder pair, base64-encoded.
      () => `{"auths": {"registry.example.com": {"auth": "${b64("username:password")}"}}}`,
      // Base64 that does not decode to user:password.
      () => `{"auth": "${b64(randomChars("alnum", 24, "dcfg-nocolon"))}"}`,
    ],
    references: ["https://docs.docker.com/reference/cli/docker/login/"],
  },
];
