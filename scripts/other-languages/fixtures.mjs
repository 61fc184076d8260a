// Sorts the documents the validators in other languages check: node fixtures.mjs FIXTURES EXAMPLES
// writes valid.txt (the example documents, valid-* and warnings-* fixtures) and invalid.txt (the
// invalid-* fixtures whose expected errors a JSON Schema validator finds), and prints what it left
// out: fixtures whose errors only the model's domain rules or a strict JSON reader find.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// The codes of problems the schemas describe; a document type the schemas do not know, and text
// that is not JSON, are problems for any validator too.
const SCHEMA_CODES = new Set([
  "property.required", "property.unknown", "value.type", "value.enum", "value.date", "value.format",
  "value.blank", "value.tooLong", "value.pattern", "value.outOfRange", "array.tooShort", "array.tooLong",
  "document.typeMissing", "document.typeUnknown", "document.typeMismatch", "document.versionUnsupported",
  "content.missing", "content.several", "item.label", "list.numbering", "age.form", "timeSpan.form",
  "when.form", "organisation.unnamed", "resource.form", "json.malformed", "json.empty",
]);

const [fixtures, examples] = process.argv.slice(2);
const json = (folder) => readdirSync(folder).filter((n) => n.endsWith(".json") && !n.endsWith(".expected.json")).sort();
const valid = [
  ...json(examples).map((n) => join(examples, n)),
  ...json(fixtures).filter((n) => n.startsWith("valid-") || n.startsWith("warnings-")).map((n) => join(fixtures, n)),
];
const invalid = [];
const leftOut = [];
for (const name of json(fixtures).filter((n) => n.startsWith("invalid-"))) {
  const expected = JSON.parse(readFileSync(join(fixtures, name.replace(/\.json$/, ".expected.json")), "utf8"));
  const codes = expected.errors.map((e) => e.code);
  (codes.some((c) => SCHEMA_CODES.has(c)) ? invalid : leftOut).push(join(fixtures, name));
}
writeFileSync("valid.txt", valid.join("\n") + "\n");
writeFileSync("invalid.txt", invalid.join("\n") + "\n");
console.log(`${valid.length} valid documents, ${invalid.length} invalid fixtures, ${leftOut.length} left out`);
