/**
 * Jupyter notebooks (`.ipynb`, nbformat 4): the text a notebook shows, cell by cell. Secrets in
 * the file are JSON-escaped (`\n`, `\"`) and split over a list of lines; the texts here are
 * unescaped and joined, so a secret is seen as it was typed, once, at its line in its cell.
 */

/** One text of a notebook: a cell's source, or one of its outputs. */
export interface NotebookText {
  /** 1 for the notebook's first cell. */
  readonly cell: number;
  /** 0 for the cell's source; 1 for its first output. */
  readonly output: number;
  readonly text: string;
}

/**
 * The cells' sources and text outputs (streams, `text/*` and JSON results, tracebacks), not
 * images or other binary data; `undefined` when `json` is not a notebook (it is then scanned
 * as the text it is).
 */
export function notebookTexts(json: string): NotebookText[] | undefined {
  let notebook: unknown;
  try {
    notebook = JSON.parse(json);
  } catch {
    return undefined;
  }
  const cells = (notebook as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) return undefined;
  const texts: NotebookText[] = [];
  cells.forEach((cell: { source?: unknown; outputs?: unknown }, index) => {
    const number = index + 1;
    const source = joined(cell?.source);
    if (source !== undefined) texts.push({ cell: number, output: 0, text: source });
    const outputs = Array.isArray(cell?.outputs) ? cell.outputs : [];
    outputs.forEach((output: Record<string, unknown>, at) => {
      const text = outputText(output);
      if (text !== undefined) texts.push({ cell: number, output: at + 1, text });
    });
  });
  return texts;
}

function outputText(output: Record<string, unknown> | null): string | undefined {
  if (output === null || typeof output !== "object") return undefined;
  const parts: string[] = [];
  const add = (value: unknown) => {
    const text = joined(value);
    if (text !== undefined && text !== "") parts.push(text);
  };
  add(output.text);
  const data = output.data;
  if (data !== null && typeof data === "object") {
    for (const [type, value] of Object.entries(data)) {
      if (type.startsWith("text/")) add(value);
      else if (type === "application/json") add(JSON.stringify(value, null, 1));
    }
  }
  if (Array.isArray(output.traceback)) add(output.traceback.join("\n"));
  return parts.length === 0 ? undefined : parts.join("\n");
}

/** A notebook string: one string, or a list of lines each ending with its newline. */
function joined(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((line) => typeof line === "string")) return value.join("");
  return undefined;
}
