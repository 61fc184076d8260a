// Writes an NDJSON batch of SIZE_MB mebibytes made of the given documents in turn, one compact
// document a line, each with an id of its own: node make-batch.mjs OUT SIZE_MB DOCUMENT...
import { readFileSync, openSync, writeSync, closeSync } from "node:fs";

const [out, sizeMb, ...files] = process.argv.slice(2);
const documents = files.map((file) => JSON.parse(readFileSync(file, "utf8")));
const limit = Math.floor(Number(sizeMb) * 1024 * 1024);
const file = openSync(out, "w");
let written = 0;
let lines = 0;
for (let n = 0; ; n++) {
  const document = { ...documents[n % documents.length] };
  document.id = `${document.id}-${n}`;
  const line = Buffer.from(JSON.stringify(document) + "\n", "utf8");
  if (written + line.length > limit) break;
  writeSync(file, line);
  written += line.length;
  lines++;
}
closeSync(file);
console.log(`${out}: ${lines} documents, ${written} bytes`);
