import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Tokens generated since Jenkins 2.129: version "11" + 32 hex; older ones are 32 hex. */
const apiToken = (label: string) => `11${randomChars("hexLower", 32, label)}`;

export const detectors: Detector[] = [
  {
    id: "jenkins-api-token",
    name: "Jenkins API token",
    vendor: "Jenkins",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Jenkins is the open-source automation server that runs many organizations' builds and deployments. A user's API token (34 hex characters starting with 11, or 32 hex for legacy tokens) replaces the password for the REST API and the CLI; it is found next to a Jenkins name (in URLs with credentials it is reported by the generic URI-credential detector). The CSRF crumb is not a secret and is not reported.",
    security: [
      "Jobs can be built with chosen parameters, and job configurations changed to run arbitrary commands on agents and the controller.",
      "Credentials stored in Jenkins can be used in builds and exfiltrated; an administrator's token also reaches the script console, which means code execution on the controller.",
      "Build logs and artifacts, which often contain further secrets, can be downloaded.",
    ],
    mitigation: {
      revoke:
        "Sign in as the token's owner, open the user menu (top right) > Security (Configure on older versions) > API Token and select Revoke next to the token; administrators can do the same from Manage Jenkins > Users > (user) > Security.",
      revokeUrl: "https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/",
      audit:
        "Jenkins has no built-in audit log: check the token's 'last used' date on the API Token page, job configuration history (Job Config History plugin) and the Audit Trail plugin's log if installed, and review builds started during the exposure window.",
      bestPractices: [
        "create one token per client so that each can be revoked on its own",
        "give automation a dedicated low-privilege user, never an administrator",
        "disable legacy API tokens (Manage Jenkins > Security > API Token)",
      ],
    },
    keywords: ["jenkins"],
    pattern:
      /jenkins[\w.-]{0,20}(?:token|password|pass|secret|api_?key)[\w-]{0,8}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>(?:11)?[a-f0-9]{32})(?![A-Za-z0-9])/i,
    examples: [
      () => `JENKINS_API_TOKEN=${apiToken("jenkins-1")}`,
      () => `def jenkinsApiToken = '${apiToken("jenkins-2")}'`,
      () =>
        `jenkins:\n  url: https://ci.acme.internal\n  jenkins_token: "${randomChars("hexLower", 32, "jenkins-3")}"`,
    ],
    negatives: [
      "JENKINS_API_TOKEN=${JENKINS_API_TOKEN}",
      "JENKINS_API_TOKEN=11xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // The crumb protects against CSRF; it is not a credential.
      () => `Jenkins-Crumb: ${randomChars("hexLower", 64, "jenkins-crumb")}`,
    ],
    references: ["https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/"],
  },
  {
    id: "jenkins-casc-ldap-manager-password",
    name: "Jenkins LDAP manager password in Configuration as Code",
    vendor: "Jenkins",
    family: "Password",
    severity: "high",
    description:
      "Jenkins Configuration as Code (jenkins.yaml) configures the LDAP security realm with the manager DN Jenkins binds as and its password, `managerPasswordSecret`. Written as a literal rather than a `${...}` reference to a secret source, it is the directory service account's password.",
    security: [
      "The account reads the directory Jenkins authenticates against: users, groups and often more; service accounts like it are rarely rotated.",
      "Whoever has it can also sign in to other services that trust the same directory account.",
    ],
    mitigation: {
      revoke:
        'Change the manager account\'s password in the directory, then reference it from a secret source in jenkins.yaml (`managerPasswordSecret: "${LDAP_MANAGER_PASSWORD}"`) and reload the configuration.',
      revokeUrl:
        "https://github.com/jenkinsci/configuration-as-code-plugin/blob/master/docs/features/secrets.adoc",
      audit:
        "Review the directory's bind logs for the manager DN from addresses other than the Jenkins controller.",
      bestPractices: [
        "keep every secret in jenkins.yaml a ${...} reference resolved from Kubernetes secrets, Vault or the environment",
      ],
    },
    keywords: ["managerpasswordsecret"],
    pattern:
      /managerPasswordSecret["']?[ \t]{0,3}:[ \t]{0,3}(?<q>["']?)(?<secret>[^\s"'#]{6,128})\k<q>[ \t]*(?:#|\r?$)/m,
    validate: chosenPassword,
    examples: [
      () =>
        `  securityRealm:\n    ldap:\n      configurations:\n        - server: "ldaps://ldap.corp.example:636"\n          managerDN: "CN=svc-jenkins,OU=Service,DC=corp,DC=example"\n          managerPasswordSecret: "${randomChars("alnum", 16, "jenkins-casc-1")}.z2"\n`,
    ],
    negatives: [
      '          managerPasswordSecret: "${LDAP_MANAGER_PASSWORD}"\n',
      "          managerPasswordSecret: ${readFile:/run/secrets/ldap}\n",
    ],
    references: [
      "https://github.com/jenkinsci/configuration-as-code-plugin/blob/master/demos/ldap/README.md",
    ],
  },
  {
    id: "jenkins-job-parameter-default",
    name: "Credential as the default of a Jenkins job parameter",
    vendor: "Jenkins",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "A freestyle or pipeline job's string parameter (hudson.model.StringParameterDefinition in the job's config.xml, string(name: ..., defaultValue: ...) in a Jenkinsfile) whose name says password, secret, token or key, with a literal default value. Unlike a password parameter (stored encrypted, {AQAAAB...}), a string parameter's default sits in clear in config.xml, in the job's page and in every build's parameters.",
    security: [
      "Anyone who can read the job's configuration (and anyone with the repository or a backup of JENKINS_HOME) has the credential; each build also records it among its parameters.",
    ],
    mitigation: {
      revoke:
        "Rotate the credential, then remove the default: store the value in the Jenkins credentials store and bind it in the job (withCredentials, or a Credentials parameter) instead of a string parameter.",
      revokeUrl: "https://www.jenkins.io/doc/book/using/using-credentials/",
      audit:
        "Review the builds that ran with the parameter and who could read the job's configuration, then the credential's own access logs.",
      bestPractices: [
        "never give secrets as job parameters' defaults; use the credentials store and the Credentials Binding plugin",
      ],
    },
    keywords: ["<defaultvalue>", "defaultvalue:"],
    window: { before: 512, after: 256, multiline: true },
    pattern:
      /(?:<name>(?<xname>[A-Za-z0-9_.-]{1,80})<\/name>\s{0,40}(?:<description>[^<]{0,400}<\/description>\s{0,40})?<defaultValue>|string\([ \t]{0,3}name:[ \t]{0,3}["'](?<gname>[A-Za-z0-9_.-]{1,80})["'][ \t]{0,3},[ \t]{0,3}defaultValue:[ \t]{0,3}["'])(?<secret>[^<\s"'$]{6,200})(?:<\/defaultValue>|["'])/,
    validate: (secret, context) => {
      const name = context.groups.xname ?? context.groups.gname ?? "";
      if (!/pass|pwd|secret|token|api_?key|private_?key/i.test(name))
        return `"${name}" is not a credential's name`;
      if (/^\{AQAAAB[A-Za-z0-9+/=]{10,}\}$/.test(secret)) return "encrypted by Jenkins";
      return chosenPassword(secret, context);
    },
    examples: [
      () =>
        `        <hudson.model.StringParameterDefinition>\n          <name>PGPASSWORD</name>\n          <description>backup role password</description>\n          <defaultValue>${randomChars("alnum", 18, "jenkins-param-1")}</defaultValue>\n          <trim>true</trim>\n        </hudson.model.StringParameterDefinition>`,
      () =>
        `    parameters {\n        string(name: 'DEPLOY_TOKEN', defaultValue: '${randomChars("alnum", 32, "jenkins-param-2")}', description: 'deploy API token')\n    }`,
    ],
    negatives: [
      `        <hudson.model.PasswordParameterDefinition>\n          <name>S3_SECRET</name>\n          <defaultValue>{AQAAABAAAAAQ9sbdPWjWHwPNxXQYrKwgFZDOlQqYWArtK/5A4l8vog8=}</defaultValue>\n        </hudson.model.PasswordParameterDefinition>`,
      "          <name>BRANCH</name>\n          <defaultValue>release/2024.05</defaultValue>",
      "        string(name: 'API_TOKEN', defaultValue: '', description: 'optional')",
    ],
    references: ["https://www.jenkins.io/doc/book/pipeline/syntax/#parameters"],
  },
];
