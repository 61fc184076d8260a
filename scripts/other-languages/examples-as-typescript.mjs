// Writes examples.ts: every example document as a constant of its generated TypeScript type, so
// that tsc checks the real documents against the types: node examples-as-typescript.mjs OUT FILE...
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

const [out, ...files] = process.argv.slice(2);
const lines = [
  'import type { LearningSummary } from "./types/learning-summary";',
  'import type { RapidReview } from "./types/rapid-review";',
  "",
];
for (const file of files) {
  const document = JSON.parse(readFileSync(file, "utf8"));
  const name = basename(file, ".json").replace(/[^A-Za-z0-9]+(.)/g, (_, c) => c.toUpperCase());
  lines.push(`export const ${name}: ${document.documentType} = ${JSON.stringify(document, null, 2)};`, "");
}
writeFileSync(out, lines.join("\n"));
