import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about = "PyPI (the Python Package Index) hosts Python packages installed with pip.";

/** A macaroon: version 2, location field, identifier (a UUID), then opaque caveats and signature. */
const macaroon = (location: string, label: string) => {
  const hex = randomChars("hexLower", 32, label);
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const body = Buffer.concat([
    Buffer.from([0x02, 0x01, location.length]),
    Buffer.from(location),
    Buffer.from([0x02, id.length]),
    Buffer.from(id),
    Buffer.from([0x00, 0x02]),
    Buffer.from(randomChars("hexLower", 180, `${label}-rest`), "hex"),
  ]);
  return `pypi-${body.toString("base64url")}`;
};

const audit =
  "Open the project's Settings > Security history and your Account settings > Security history for uploads and token events during the exposure window, and compare released files against your own builds.";
const practices = [
  "scope API tokens to a single project instead of the whole account",
  "publish from CI with Trusted Publishing (OIDC), which needs no stored token",
  "keep tokens out of .pypirc files that are committed or baked into images",
];

export const detectors: Detector[] = [
  {
    id: "pypi-upload-token",
    name: "PyPI API token",
    vendor: "PyPI",
    family: "API Key",
    severity: "critical",
    description: `${about} API tokens are macaroons written as pypi- followed by base64url data that always begins with the encoded location pypi.org (AgEIcHlwaS5vcmc); they upload releases for one project or for every project of the account.`,
    security: [
      "An attacker can upload malicious releases of the account's packages, which pip then installs for every user.",
      "Account-wide tokens reach every project the user maintains, and new projects can be created.",
    ],
    mitigation: {
      revoke:
        "Sign in to pypi.org as the owner, open Account settings > API tokens, choose Options > Remove token next to the leaked one and confirm with your password. Yank or delete any release you did not make.",
      revokeUrl: "https://pypi.org/manage/account/#api-tokens",
      audit,
      bestPractices: practices,
    },
    keywords: ["pypi-AgEIcHlwaS5vcmc"],
    // A long token runs past the default reach of 512 bytes, and would be dropped as cut off.
    window: { after: 1100 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
    examples: [
      () => `TWINE_PASSWORD=${macaroon("pypi.org", "pypi-1")}`,
      () => `[pypi]\nusername = __token__\npassword = ${macaroon("pypi.org", "pypi-2")}`,
      () => `      - run: uv publish --token ${macaroon("pypi.org", "pypi-3")}`,
    ],
    negatives: [
      "password = pypi-AgEIcHlwaS5vcmc...",
      "password = pypi-AgEIcHlwaS5vcmcXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ],
    references: ["https://pypi.org/help/#apitoken"],
  },
  {
    id: "pypi-test-upload-token",
    name: "TestPyPI API token",
    vendor: "PyPI",
    family: "API Key",
    severity: "low",
    description: `${about} TestPyPI (test.pypi.org) is a separate instance for trying out packaging; its API tokens begin with the encoded location test.pypi.org (AgENdGVzdC5weXBpLm9yZw).`,
    security: [
      "An attacker can upload releases to TestPyPI under the account's projects; only users installing from the test index are affected.",
      "A leaked test token often sits next to the real PyPI token in the same configuration.",
    ],
    mitigation: {
      revoke:
        "Sign in to test.pypi.org, open Account settings > API tokens and remove the token; check the same file for a pypi.org token and revoke that too.",
      revokeUrl: "https://test.pypi.org/manage/account/#api-tokens",
      audit,
      bestPractices: practices,
    },
    keywords: ["pypi-AgENdGVzdC5weXBpLm9yZw"],
    // A long token runs past the default reach of 512 bytes, and would be dropped as cut off.
    window: { after: 1100 },
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `[testpypi]\nrepository = https://test.pypi.org/legacy/\npassword = ${macaroon("test.pypi.org", "testpypi-1")}`,
      () => `TEST_PYPI_TOKEN="${macaroon("test.pypi.org", "testpypi-2")}"`,
    ],
    negatives: ["password = pypi-AgENdGVzdC5weXBpLm9yZw<token>", "password = pypi-AgENdGVzdC5weXBpLm9yZwabc"],
    references: ["https://packaging.python.org/en/latest/guides/using-testpypi/"],
  },
];
