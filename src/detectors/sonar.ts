import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "SonarQube (self-managed Server and SonarQube Cloud, formerly SonarCloud) is Sonar's code quality and security analysis platform.";
const hex = (label: string) => randomChars("hexLower", 40, label);

const audit =
  "Check the token's Last use date under My Account > Security (or Administration > Security > Users > Tokens), review analyses submitted and project or quality-gate settings changed during the exposure window; SonarQube Enterprise and SonarQube Cloud Enterprise also keep an audit log.";
const practices = [
  "in CI use project analysis tokens (sqp_) instead of user tokens",
  "give tokens an expiry date and keep them in masked CI secrets (SONAR_TOKEN)",
  "never pass tokens with -Dsonar.token on command lines that are logged",
];

export const detectors: Detector[] = [
  {
    id: "sonarqube-user-token",
    name: "SonarQube user token",
    vendor: "Sonar",
    family: "Access Token",
    severity: "high",
    description: `${about} User tokens (squ_) act as the user on the Web API and for analysis, with all of the user's permissions.`,
    security: [
      "Source code of every project the user can browse is readable through the Web API, along with its vulnerabilities and security hotspots.",
      "An administrator's token can change permissions, quality gates and global settings.",
      "Forged analyses can hide real issues from quality gates.",
    ],
    mitigation: {
      revoke:
        "Sign in as the owner, open My Account > Security and select Revoke next to the token; administrators can revoke it under Administration > Security > Users > (user) > Tokens.",
      revokeUrl: "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/",
      audit,
      bestPractices: practices,
    },
    keywords: ["squ_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>squ_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SONAR_TOKEN=squ_${hex("sq-user-1")}`,
      () => `sonar.token=squ_${hex("sq-user-2")}`,
      () => `mvn sonar:sonar -Dsonar.login=squ_${hex("sq-user-3")}`,
    ],
    negatives: [
      "SONAR_TOKEN=squ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `SONAR_TOKEN=squ_${randomChars("hexLower", 32, "sq-user-short")}`,
    ],
    references: ["https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"],
  },
  {
    id: "sonarqube-project-token",
    name: "SonarQube project analysis token",
    vendor: "Sonar",
    family: "Access Token",
    severity: "medium",
    description: `${about} Project analysis tokens (sqp_) may only run analyses of one project, with the permissions of the user who created them.`,
    security: [
      "An attacker can submit forged analyses of the project, passing or failing its quality gate at will.",
      "Analysis results of the project, including found vulnerabilities, may be exposed.",
    ],
    mitigation: {
      revoke:
        "Sign in as the token's creator, open My Account > Security and revoke the project analysis token; create a new one and update the CI secret.",
      revokeUrl: "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/",
      audit,
      bestPractices: practices,
    },
    keywords: ["sqp_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sqp_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SONAR_TOKEN: sqp_${hex("sq-proj-1")}`,
      () => `sonar-scanner -Dsonar.projectKey=api -Dsonar.token=sqp_${hex("sq-proj-2")}`,
    ],
    negatives: [
      "SONAR_TOKEN: sqp_<token>",
      () => `SONAR_TOKEN: sqp_${randomChars("hexLower", 39, "sq-proj-short")}`,
    ],
    references: ["https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"],
  },
  {
    id: "sonarqube-global-token",
    name: "SonarQube global analysis token",
    vendor: "Sonar",
    family: "Access Token",
    severity: "medium",
    description: `${about} Global analysis tokens (sqa_) may run analyses of every project their creator can analyze, and create new projects.`,
    security: [
      "Forged analyses can be pushed for any project, hiding or inventing issues.",
      "New projects can be created on the instance.",
    ],
    mitigation: {
      revoke:
        "Sign in as the token's creator, open My Account > Security and revoke the global analysis token; administrators can also revoke it from Administration > Security > Users.",
      revokeUrl: "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/",
      audit,
      bestPractices: practices,
    },
    keywords: ["sqa_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sqa_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    examples: [
      () => `SONAR_TOKEN="sqa_${hex("sq-glob-1")}"`,
      () => `{"sonarToken": "sqa_${hex("sq-glob-2")}"}`,
    ],
    negatives: [
      "SONAR_TOKEN=sqa_...",
      () => `SONAR_TOKEN=sqa_${randomChars("hexLower", 20, "sq-glob-short")}`,
    ],
    references: ["https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"],
  },
  {
    id: "sonar-token",
    name: "SonarQube Cloud / legacy SonarQube token",
    vendor: "Sonar",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} SonarQube Cloud tokens and SonarQube Server tokens created before version 9.5 are 40 hex characters without a prefix; they are found next to SONAR_TOKEN, sonar.token or sonar.login (also as a Gradle property('sonar.login', ...) call or a $sonarLogin variable).`,
    security: [
      "The token acts as its owner: private projects' source code and findings can be read.",
      "Analyses can be forged, and an organization administrator's token can change members and settings.",
    ],
    mitigation: {
      revoke:
        "In SonarQube Cloud open My Account > Security and revoke the token (organization-scoped tokens: Administration > Scoped organization tokens); on SonarQube Server use My Account > Security. Update the CI secret with a new token.",
      revokeUrl: "https://sonarcloud.io/account/security",
      audit,
      bestPractices: practices,
    },
    keywords: ["sonar"],
    pattern:
      /sonar[\w-]{0,12}[._-]?(?:token|login)[\w-]{0,8}["']?\s{0,3}(?:=|:|=>|,)\s{0,3}["']?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9])/i,
    examples: [
      () => `SONAR_TOKEN=${hex("sonar-legacy-1")}`,
      () => `sonar.login=${hex("sonar-legacy-2")}`,
      () => `        env:\n          SONAR_TOKEN: ${hex("sonar-legacy-3")}`,
      () => `    property('sonar.login', '${hex("sonar-legacy-4")}')`,
      () => `$sonarLogin = "${hex("sonar-legacy-5")}"`,
    ],
    negatives: ["SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}", "sonar.login=admin"],
    references: ["https://docs.sonarsource.com/sonarqube-cloud/managing-your-account/managing-tokens/"],
  },
];
