import { basename, extname } from "node:path";

/** How to stop storing a secret in one file: what to write instead, in that file's language. */
export interface CodeReplacement {
  /** The file's language or format, as people call it. */
  readonly language: string;
  /** What reads the value instead of the literal, when the format can read one. */
  readonly code?: string;
  readonly advice: string;
}

interface Language {
  readonly language: string;
  readonly extensions: readonly string[];
  readonly replace: (name: string) => Omit<CodeReplacement, "language">;
}

const readEnvironment = (code: string, before = "") => ({
  code,
  advice: `${before}Read the value from the environment where the literal was; set it from your secret manager or CI secrets.`,
});

/** Extension (lower case, with its dot) to language; the first language claiming one wins. */
const LANGUAGES: readonly Language[] = [
  {
    language: "Python",
    extensions: [".py"],
    replace: (n) => readEnvironment(`os.environ["${n}"]`, "Import os. "),
  },
  {
    language: "JavaScript/TypeScript",
    extensions: [".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"],
    replace: (n) => readEnvironment(`process.env.${n}`),
  },
  { language: "Go", extensions: [".go"], replace: (n) => readEnvironment(`os.Getenv("${n}")`) },
  { language: "Ruby", extensions: [".rb"], replace: (n) => readEnvironment(`ENV.fetch("${n}")`) },
  {
    language: "Java/Kotlin",
    extensions: [".java", ".kt", ".kts", ".scala", ".groovy"],
    replace: (n) => readEnvironment(`System.getenv("${n}")`),
  },
  {
    language: "C#",
    extensions: [".cs"],
    replace: (n) => readEnvironment(`Environment.GetEnvironmentVariable("${n}")`),
  },
  { language: "PHP", extensions: [".php"], replace: (n) => readEnvironment(`getenv('${n}')`) },
  { language: "Rust", extensions: [".rs"], replace: (n) => readEnvironment(`std::env::var("${n}")`) },
  {
    language: "Shell",
    extensions: [".sh", ".bash", ".zsh", ".ksh"],
    replace: (n) => readEnvironment(`"\${${n}}"`),
  },
  {
    language: "dotenv",
    extensions: [".env"],
    replace: (n) => ({
      code: `${n}=`,
      advice: `Keep this file out of git (.gitignore) and commit a .env.example with ${n} left empty; in CI and production, set ${n} from the secret store.`,
    }),
  },
  {
    language: "YAML",
    extensions: [".yaml", ".yml"],
    replace: (n) => ({
      code: `\${{ secrets.${n} }}`,
      advice: `Have the platform inject the value instead of storing it: a GitHub Actions secret (\${{ secrets.${n} }}), a GitLab CI variable ($${n}), a Kubernetes Secret (valueFrom.secretKeyRef), or \${${n}} where the tool expands environment variables (Docker Compose).`,
    }),
  },
  {
    language: "JSON",
    extensions: [".json"],
    replace: (n) => ({
      advice: `JSON cannot refer to the environment: remove the value and have the program that reads this file take ${n} from the environment or a secret manager.`,
    }),
  },
  {
    language: "Terraform",
    extensions: [".tf", ".tfvars", ".hcl"],
    replace: (n) => ({
      code: `variable "${n.toLowerCase()}" { sensitive = true }`,
      advice: `Declare a sensitive variable, use var.${n.toLowerCase()} where the literal was, and set TF_VAR_${n.toLowerCase()} from CI secrets, or read it with your secret manager's data source (aws_secretsmanager_secret_version, vault_generic_secret).`,
    }),
  },
  {
    language: "properties",
    extensions: [".properties"],
    replace: (n) => ({
      code: `\${${n}}`,
      advice: `Write \${${n}} as the value: Spring and most loaders resolve it from the environment; set ${n} from the secret store.`,
    }),
  },
];

/** What to write instead of a secret in the file at `path`, reading it as the variable `name`. */
export function codeReplacement(path: string, name: string): CodeReplacement {
  const file = basename(path).toLowerCase();
  // ".env", ".env.production", "prod.env": extname sees no extension in the first two.
  const extension = file === ".env" || file.startsWith(".env.") ? ".env" : extname(file);
  const language = LANGUAGES.find((l) => l.extensions.includes(extension));
  if (language) return { language: language.language, ...language.replace(name) };
  return {
    language: "other",
    advice: `Read ${name} from the environment or your secret manager where this file is used, instead of storing the value in it.`,
  };
}
