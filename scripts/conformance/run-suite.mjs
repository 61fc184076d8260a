#!/usr/bin/env node
// Runs the srm conformance suite against a validation service, with Node.js 20's standard library
// and fetch only.
//
//     node run-suite.mjs [--exact] [--only PREFIX] SUITE URL
//
// SUITE is srm-conformance-VERSION.zip (read here with zlib, no package needed) or the folder it
// was unzipped into; URL is the service's base URL. Each case's input is sent as
// POST {URL}/v1/validate with the case's content type and options as query parameters
// (lenient=true, failOnWarning=true, limit=NAME=VALUE), and the answer is compared with the case's
// expected report as docs/conformance.md says: the status 200, the verdict (and the SRM-Valid
// header, where the service sends one) and the issues as a multiset of (severity, code, pointer),
// with the record's line in an NDJSON batch. With --exact, the answer must also be the expected
// report itself: the same issues in the same order with the same messages, lines and columns, as
// srm serve gives.
//
// Prints PASS or FAIL for each case and a summary; exits 0 when every case passes, 1 when one
// fails, 2 when the suite cannot be read.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The header in which srm serve also says its verdict on a single document; checked when present. */
const VALID_HEADER = 'SRM-Valid';

/** The entries of a zip file by name, read from its central directory. */
function zipEntries(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) {
    end--;
  }
  if (end < 0) {
    throw new Error('not a zip file');
  }
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) {
      throw new Error('a damaged zip directory');
    }
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const offset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, { method, size, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return (name) => {
    const entry = entries.get(name);
    if (!entry) {
      throw new Error(`no ${name} in the zip`);
    }
    const start = entry.offset + 30 + buffer.readUInt16LE(entry.offset + 26) + buffer.readUInt16LE(entry.offset + 28);
    const data = buffer.subarray(start, start + entry.size);
    if (entry.method === 0) {
      return data;
    }
    if (entry.method === 8) {
      return inflateRawSync(data);
    }
    throw new Error(`${name} is compressed with method ${entry.method}`);
  };
}

/** Reads the suite's files by their paths in the manifest, from a zip or a folder. */
function suiteReader(location) {
  if (statSync(location).isFile()) {
    return zipEntries(readFileSync(location));
  }
  return (path) => readFileSync(join(location, ...path.split('/')));
}

function query(options) {
  const parameters = new URLSearchParams();
  if (options.lenient) {
    parameters.append('lenient', 'true');
  }
  if (options.failOnWarning) {
    parameters.append('failOnWarning', 'true');
  }
  for (const [name, value] of Object.entries(options.limits ?? {})) {
    parameters.append('limit', `${name}=${value}`);
  }
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

/** What another implementation must match of an issue. */
function key(issue, ndjson) {
  return JSON.stringify([issue.severity, issue.code, issue.pointer ?? '', ndjson ? issue.line ?? null : null]);
}

function describe(issueKey) {
  const [severity, code, pointer, line] = JSON.parse(issueKey);
  return `${severity} ${code} at '${pointer}'` + (line === null ? '' : ` on line ${line}`);
}

/** The keys counted. */
function counts(issues, ndjson) {
  const counted = new Map();
  for (const issue of issues) {
    const k = key(issue, ndjson);
    counted.set(k, (counted.get(k) ?? 0) + 1);
  }
  return counted;
}

/** The keys of `a` that `b` has fewer of, each as often as it is missing. */
function less(a, b) {
  const result = [];
  for (const [k, n] of a) {
    for (let i = b.get(k) ?? 0; i < n; i++) {
      result.push(k);
    }
  }
  return result;
}

function listed(keys) {
  return keys.slice(0, 3).map(describe).join('; ') + (keys.length > 3 ? ' ...' : '');
}

/** Why the answer does not conform, or null when it does. */
function judge(testCase, expected, { status, body, validHeader }, exact) {
  if (status !== 200) {
    return `status ${status}: ${body.slice(0, 200)}`;
  }
  if (validHeader !== null && validHeader !== String(testCase.valid)) {
    return `${VALID_HEADER}: ${validHeader}, where the suite expects ${testCase.valid}`;
  }
  let answer;
  try {
    answer = JSON.parse(body);
  } catch {
    return 'the answer is not JSON';
  }
  if (!Array.isArray(answer) || !answer.every((issue) => issue !== null && typeof issue === 'object' && !Array.isArray(issue))) {
    return 'the answer is not an array of issues';
  }
  const ndjson = testCase.contentType === 'application/x-ndjson';
  const fails = testCase.options.failOnWarning ? ['ERROR', 'WARNING'] : ['ERROR'];
  const valid = !answer.some((issue) => fails.includes(issue.severity));
  if (valid !== testCase.valid) {
    return `${valid ? 'valid' : 'invalid'}, where the suite expects ${testCase.valid ? 'valid' : 'invalid'}`;
  }
  const wanted = counts(expected, ndjson);
  const given = counts(answer, ndjson);
  const missing = less(wanted, given);
  const unexpected = less(given, wanted);
  if (missing.length > 0 || unexpected.length > 0) {
    const parts = [];
    if (missing.length > 0) {
      parts.push(`missing ${listed(missing)}`);
    }
    if (unexpected.length > 0) {
      parts.push(`unexpected ${listed(unexpected)}`);
    }
    return parts.join(', ');
  }
  if (exact) {
    for (let i = 0; i < Math.min(answer.length, expected.length); i++) {
      if (!sameJson(answer[i], expected[i])) {
        return `issue ${i + 1} is ${JSON.stringify(answer[i])}, where srm gives ${JSON.stringify(expected[i])}`;
      }
    }
    if (answer.length !== expected.length) {
      return `${answer.length} issues, where srm gives ${expected.length}`;
    }
  }
  return null;
}

/** Whether two issues have the same members with the same values, in any order of members. */
function sameJson(a, b) {
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  return JSON.stringify(keysA) === JSON.stringify(keysB) && keysA.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

async function post(url, body, contentType, timeoutSeconds) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body,
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
    return { status: response.status, body: await response.text(), validHeader: response.headers.get(VALID_HEADER) };
  } catch (error) {
    return { status: 0, body: String(error.cause ?? error), validHeader: null };
  }
}

function usage(message) {
  console.error(`run-suite: ${message}`);
  console.error('usage: node run-suite.mjs [--exact] [--only PREFIX] [--timeout SECONDS] SUITE URL');
  process.exit(2);
}

async function main() {
  const args = process.argv.slice(2);
  let exact = false;
  let only = '';
  let timeout = 60;
  const positional = [];
  while (args.length > 0) {
    const arg = args.shift();
    if (arg === '--exact') {
      exact = true;
    } else if (arg === '--only') {
      only = args.shift() ?? usage('--only needs a prefix');
    } else if (arg === '--timeout') {
      timeout = Number(args.shift());
      if (!(timeout > 0)) {
        usage('--timeout needs a number of seconds');
      }
    } else if (arg.startsWith('--')) {
      usage(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) {
    usage('give the suite and the service URL');
  }
  const [location, url] = positional;
  let read;
  let manifest;
  try {
    read = suiteReader(location);
    manifest = JSON.parse(read('manifest.json').toString('utf8'));
  } catch (error) {
    console.error(`run-suite: cannot read the suite ${location}: ${error.message}`);
    process.exit(2);
  }
  const endpoint = url.replace(/\/+$/, '') + '/v1/validate';
  const cases = manifest.cases.filter((c) => c.id.startsWith(only));
  let failed = 0;
  for (const testCase of cases) {
    const expected = JSON.parse(read(testCase.expected).toString('utf8'));
    const answer = await post(endpoint + query(testCase.options), read(testCase.input), testCase.contentType, timeout);
    const problem = judge(testCase, expected, answer, exact);
    if (problem === null) {
      console.log(`PASS ${testCase.id}`);
    } else {
      failed++;
      console.log(`FAIL ${testCase.id}: ${problem}`);
    }
  }
  console.log(
    `srm-conformance ${manifest.version}, ${exact ? 'exact' : 'required'} conformance:` +
      ` ${cases.length} cases, ${cases.length - failed} passed, ${failed} failed`,
  );
  process.exit(failed > 0 ? 1 : 0);
}

await main();
