/** Jupyter notebooks are scanned cell by cell, sources and text outputs, each secret once. */
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { scan } from "../src/scan/directory.js";
import { runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

const anthropicKey = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

function notebook(cells: unknown[]): string {
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells }, null, 1);
}

describe("Jupyter notebooks", () => {
  const inSource = anthropicKey("nb-source");
  const inOutput = anthropicKey("nb-output");
  const inResult = anthropicKey("nb-result");
  const cells = [
    { cell_type: "markdown", metadata: {}, source: ["# Setup\n", "Load the client."] },
    {
      cell_type: "code",
      metadata: {},
      execution_count: 1,
      source: ["import client\n", `client.connect("${inSource}")\n`],
      outputs: [],
    },
    {
      cell_type: "code",
      metadata: {},
      execution_count: 2,
      source: "print(settings)",
      outputs: [
        { output_type: "stream", name: "stdout", text: ["loaded\n", `token = ${inOutput}\n`] },
        {
          output_type: "execute_result",
          execution_count: 2,
          metadata: {},
          data: {
            "text/plain": [`{'key': '${inResult}'}`],
            // Image data is not text: never scanned.
            "image/png": Buffer.from(`KEY=${anthropicKey("nb-image")}`).toString("base64"),
          },
        },
      ],
    },
  ];

  it("reports each secret once, at its cell, output and line", async () => {
    const dir = tempTree({ "analysis.ipynb": notebook(cells) });
    for (const maxDecodeDepth of [0, 2]) {
      const { findings, stats } = await scan({ paths: [dir], workers: 0, maxDecodeDepth });
      const seen = findings.map((f) => [f.path.slice(dir.length + 1), f.line, f.secret]);
      expect(seen, `decode depth ${maxDecodeDepth}`).toEqual([
        ["analysis.ipynb!cell-2", 2, inSource],
        ["analysis.ipynb!cell-3/output-1", 2, inOutput],
        ["analysis.ipynb!cell-3/output-2", 1, inResult],
      ]);
      expect(stats.files).toBe(1);
    }
  });

  it("scans a .ipynb that is not a notebook as the text it is", () => {
    const key = anthropicKey("not-notebook");
    const dir = tempTree({ "broken.ipynb": `{"cells": [\n  "KEY=${key}"\n` });
    const result = runCli(["scan", ".", "--format", "json"], { cwd: dir });
    expect(
      JSON.parse(result.stdout).findings.map((f: { path: string; line: number }) => [f.path, f.line]),
    ).toEqual([["broken.ipynb", 2]]);
  });
});
