import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { printable } from "../src/report/printable.js";
import { runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

const anthropicKey = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

describe("text output of untrusted content", () => {
  it("escapes control characters, C1 controls and bidi overrides, and leaves the rest alone", () => {
    expect(printable("\u001b[2J\u001b]0;title\u0007")).toBe("\\x1b[2J\\x1b]0;title\\x07");
    expect(printable("a\nb\rc\u007fd\u009be")).toBe("a\\nb\\rc\\x7fd\\u009be");
    expect(printable("if (admin\u202e } \u2066")).toBe("if (admin\\u202e } \\u2066");
    expect(printable("tab\there, ünïcödé, 日本, emoji 🔑")).toBe("tab\there, ünïcödé, 日本, emoji 🔑");
  });

  it("shows escape sequences from a file's name and content escaped in text, exact in JSON", () => {
    const key = anthropicKey("escapes");
    const name = "evil\u001b[31m\u202e.env";
    const content = `\u001b]0;pwned\u0007\u001b[2JKEY=${key} \u009b1A\u202e hidden\n`;
    const dir = tempTree();
    writeFileSync(join(dir, name), content);

    const text = runCli(["scan", dir]);
    expect(text.status).toBe(1);
    for (const raw of ["\u001b", "\u0007", "\u009b", "\u202e"]) expect(text.stdout).not.toContain(raw);
    expect(text.stdout).toContain("evil\\x1b[31m\\u202e.env");
    expect(text.stdout).toContain("\\x1b]0;pwned\\x07\\x1b[2JKEY=sk-ant-api03-");
    expect(text.stdout).toContain("\\u009b1A\\u202e hidden");

    const json = JSON.parse(runCli(["scan", dir, "-f", "json"]).stdout);
    expect(json.findings[0].path).toBe(join(dir, name));
    expect(json.findings[0].snippet).toContain("\u001b[2JKEY=");
  });

  it("escapes a path named in an error message on stderr", () => {
    const dir = tempTree();
    const result = runCli(["scan", join(dir, "missing\u001b[2J\u001b]0;x\u0007")]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).toContain("missing\\x1b[2J\\x1b]0;x\\x07: no such file or directory");
  });
});
