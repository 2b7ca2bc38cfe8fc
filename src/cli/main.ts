#!/usr/bin/env node
import { prestartWorkersFor } from "./prestart.js";

prestartWorkersFor(process.argv.slice(2));
// Imported after the workers are started: loading the program loads the whole catalog.
const { runCli } = await import("./run.js");
await runCli(process.argv);
