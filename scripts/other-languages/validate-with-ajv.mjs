// Validates documents with Ajv as docs/other-languages.md shows (draft 2020-12, strict mode,
// formats asserted, every error), choosing the schema by documentType:
// node validate-with-ajv.mjs SCHEMAS valid.txt invalid.txt
// Every document in valid.txt must pass and every one in invalid.txt must fail; prints a summary
// and exits 1 otherwise.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemas, validList, invalidList] = process.argv.slice(2);
// Full strict mode: every restriction an error, strictRequired included.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(schemas).filter((n) => n.endsWith(".schema.json"))) {
  ajv.addSchema(JSON.parse(readFileSync(join(schemas, file), "utf8")));
}
const base = "https://schemas.safeguarding-review.org/srm/v1/";
const validators = {
  RapidReview: ajv.getSchema(base + "rapid-review.schema.json"),
  LearningSummary: ajv.getSchema(base + "learning-summary.schema.json"),
};

/** The errors in one file: none for a valid document. */
function errors(file) {
  let document;
  try {
    document = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return ["not JSON"];
  }
  const validate = validators[document?.documentType];
  if (!validate) return ["no documentType the schemas know"];
  return validate(document) ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
}

const lines = (list) => readFileSync(list, "utf8").split("\n").filter(Boolean);
const problems = [];
for (const file of lines(validList)) {
  const found = errors(file);
  if (found.length) problems.push(`${file} should be valid: ${found.slice(0, 3).join("; ")}`);
}
for (const file of lines(invalidList)) {
  if (errors(file).length === 0) problems.push(`${file} should be invalid`);
}
const version = JSON.parse(readFileSync(new URL("./node_modules/ajv/package.json", import.meta.url), "utf8")).version;
console.log(`ajv ${version}: ${lines(validList).length} valid, ${lines(invalidList).length} invalid as expected; ${problems.length} problems`);
problems.forEach((p) => console.log("  " + p));
process.exit(problems.length ? 1 : 0);
