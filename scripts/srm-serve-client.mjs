// Validates JSON documents with a running `srm serve`, as a Node.js integrator would: fetch alone
// (Node 18 and later), one POST /v1/validate per document.
//
//   node scripts/srm-serve-client.mjs URL FILE...
//
// For each file it prints one JSON line, {"file", "status", "valid", "issues"}: the HTTP status, the
// SRM-Valid header as a boolean, and the report (a list of issues, each with severity, code,
// pointer, message and, where known, line and column). It exits 0 when every document is valid, 1
// when one is not, and 2 when the service answers with a problem (application/problem+json) or
// cannot be reached.
import { readFile } from "node:fs/promises";

const [base, ...files] = process.argv.slice(2);
if (!base || files.length === 0) {
  console.error("usage: srm-serve-client.mjs URL FILE...");
  process.exit(2);
}

let allValid = true;
for (const file of files) {
  let response;
  try {
    response = await fetch(new URL("/v1/validate", base), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: await readFile(file),
    });
  } catch (error) {
    console.error(`${file}: ${error.cause?.message ?? error.message}`);
    process.exit(2);
  }
  if (!response.ok) {
    const problem = await response.json();
    console.error(`${file}: ${problem.status} ${problem.title}: ${problem.detail}`);
    process.exit(2);
  }
  const valid = response.headers.get("SRM-Valid") === "true";
  console.log(JSON.stringify({ file, status: response.status, valid, issues: await response.json() }));
  allValid &&= valid;
}
process.exit(allValid ? 0 : 1);
