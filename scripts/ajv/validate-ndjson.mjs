// Validates an NDJSON batch against the published schemas with Ajv (draft 2020-12, formats
// asserted), the schema alone, and prints documents, invalid documents, seconds and MB/s:
// node validate-ndjson.mjs SCHEMA_FOLDER BATCH
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [folder, batch] = process.argv.slice(2);
// Full strict mode: every restriction an error, strictRequired included.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
for (const name of readdirSync(folder).filter((n) => n.endsWith(".schema.json"))) {
  ajv.addSchema(JSON.parse(readFileSync(join(folder, name), "utf8")));
}
const base = "https://schemas.safeguarding-review.org/srm/v1/";
const validators = {
  RapidReview: ajv.getSchema(base + "rapid-review.schema.json"),
  LearningSummary: ajv.getSchema(base + "learning-summary.schema.json"),
};

const started = process.hrtime.bigint();
let documents = 0;
let invalid = 0;
const lines = createInterface({ input: createReadStream(batch), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === "") continue;
  documents++;
  let document;
  try {
    document = JSON.parse(line);
  } catch {
    invalid++;
    continue;
  }
  const validate = validators[document?.documentType];
  if (!validate || !validate(document)) invalid++;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const megabytes = statSync(batch).size / 1e6;
console.log(`ajv: ${documents} documents, ${invalid} invalid, ${seconds.toFixed(2)} s, ${(megabytes / seconds).toFixed(1)} MB/s`);
