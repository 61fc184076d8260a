#!/usr/bin/env bash
# Checks a staged release (a Maven repository folder, as mvn -Prelease deploy leaves in
# target/staging) against what Maven Central asks of a bundle, and prints every problem found:
#
#   - the published modules are there, and nothing else (no benchmarks, no integration tests);
#   - each artifact has its pom, and unless it is a pom, its jar, -sources jar and -javadoc jar;
#   - each jar holds META-INF/LICENSE and META-INF/NOTICE;
#   - each file has .md5 and .sha1 files that match it (and .sha256 or .sha512 where present);
#   - each file has an .asc signature (unless --unsigned), checked with gpg when gpg is installed;
#   - each pom has name, description, url, licenses, developers and scm (url and connection),
#     itself or from a parent pom in the bundle, as Central allows;
#   - the version is a release, not a SNAPSHOT (unless --allow-snapshot).
#
# Usage: scripts/check-release-bundle.sh [--unsigned] [--allow-snapshot] [FOLDER]
#   FOLDER            the staged repository; default: target/staging
#   --unsigned        do not ask for .asc signatures (a rehearsal without a GPG key)
#   --allow-snapshot  accept a SNAPSHOT version (a rehearsal before the version is set)
# Exit status: 0 the bundle passes, 1 it does not (each problem is one line on standard error),
# 2 wrong arguments or no such folder. Needs bash and python3.
set -euo pipefail

unsigned=false
allow_snapshot=false
folder=""
for argument in "$@"; do
  case "$argument" in
    --unsigned) unsigned=true ;;
    --allow-snapshot) allow_snapshot=true ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "check-release-bundle: unknown option $argument (see --help)" >&2; exit 2 ;;
    *) [[ -z "$folder" ]] || { echo "check-release-bundle: one folder only (see --help)" >&2; exit 2; }
       folder="$argument" ;;
  esac
done
folder="${folder:-target/staging}"
if [[ ! -d "$folder" ]]; then
  echo "check-release-bundle: $folder: no such folder; stage a release first: mvn -B -Prelease clean deploy" >&2
  exit 2
fi
command -v python3 > /dev/null || { echo "check-release-bundle: needs python3" >&2; exit 2; }
gpg_verify=false
if [[ "$unsigned" == false ]] && command -v gpg > /dev/null; then
  gpg_verify=true
fi

UNSIGNED="$unsigned" ALLOW_SNAPSHOT="$allow_snapshot" GPG_VERIFY="$gpg_verify" python3 - "$folder" <<'PYTHON'
import hashlib
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
import zipfile

# The modules a release publishes; srm-benchmarks and the integration tests are never published.
PUBLISHED = ["srm-bom", "srm-parent", "srm-core", "srm-json-schema", "srm-cli", "srm-examples", "srm-spring-boot-starter", "srm-conformance"]
REQUIRED_CHECKSUMS = ["md5", "sha1"]
OPTIONAL_CHECKSUMS = ["sha256", "sha512"]
SIDE_FILES = tuple("." + c for c in REQUIRED_CHECKSUMS + OPTIONAL_CHECKSUMS) + (".asc",)
NS = {"m": "http://maven.apache.org/POM/4.0.0"}

folder = sys.argv[1]
unsigned = os.environ["UNSIGNED"] == "true"
allow_snapshot = os.environ["ALLOW_SNAPSHOT"] == "true"
gpg_verify = os.environ["GPG_VERIFY"] == "true"
problems = []


def problem(path, message):
    problems.append(f"{os.path.relpath(path, folder)}: {message}")


def text(element, path):
    found = element.find(path, NS)
    return found.text.strip() if found is not None and found.text and found.text.strip() else None


# Every file of the bundle, less Maven's repository metadata, which Central makes itself.
files = []
for directory, _, names in os.walk(folder):
    for name in sorted(names):
        if name.startswith("maven-metadata") or name.endswith(SIDE_FILES):
            continue
        files.append(os.path.join(directory, name))

# Checksums and signatures of every file.
for path in files:
    with open(path, "rb") as stream:
        content = stream.read()
    for algorithm in REQUIRED_CHECKSUMS + OPTIONAL_CHECKSUMS:
        side = f"{path}.{algorithm}"
        if not os.path.exists(side):
            if algorithm in REQUIRED_CHECKSUMS:
                problem(path, f"no .{algorithm} file")
            continue
        with open(side, encoding="ascii", errors="replace") as stream:
            written = stream.read().split()
        expected = hashlib.new(algorithm, content).hexdigest()
        if not written or written[0].lower() != expected:
            problem(side, f"does not match the file ({algorithm} is {expected})")
    signature = f"{path}.asc"
    if os.path.exists(signature):
        with open(signature, encoding="ascii", errors="replace") as stream:
            if "-----BEGIN PGP SIGNATURE-----" not in stream.read():
                problem(signature, "is not an ASCII-armoured PGP signature")
            elif gpg_verify:
                verified = subprocess.run(["gpg", "--batch", "--verify", signature, path], capture_output=True)
                if verified.returncode != 0:
                    problem(signature, "gpg cannot verify it (is the public key in the keyring?)")
    elif not unsigned:
        problem(path, "no .asc signature (sign with -Dgpg.skip=false, or check with --unsigned)")

# The poms, by coordinates, so that a module's pom can be read with its parent's.
poms = {}
for path in files:
    if not path.endswith(".pom"):
        continue
    try:
        project = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as e:
        problem(path, f"is not well-formed XML ({e})")
        continue
    parent = project.find("m:parent", NS)
    group = text(project, "m:groupId") or (text(parent, "m:groupId") if parent is not None else None)
    version = text(project, "m:version") or (text(parent, "m:version") if parent is not None else None)
    poms[(group, text(project, "m:artifactId"), version)] = (path, project)


def inherited(project, path_in_pom):
    """The element at path_in_pom in this pom, or in its parent's if the parent is in the bundle."""
    seen = set()
    while project is not None:
        found = project.find(path_in_pom, NS)
        if found is not None and (len(found) > 0 or (found.text and found.text.strip())):
            return found
        parent = project.find("m:parent", NS)
        if parent is None:
            return None
        key = (text(parent, "m:groupId"), text(parent, "m:artifactId"), text(parent, "m:version"))
        if key in seen or key not in poms:
            return None
        seen.add(key)
        project = poms[key][1]
    return None


REQUIRED_METADATA = {
    "name": "m:name",
    "description": "m:description",
    "url": "m:url",
    "licenses (a license with a name)": "m:licenses/m:license/m:name",
    "developers": "m:developers/m:developer",
    "scm url": "m:scm/m:url",
    "scm connection": "m:scm/m:connection",
}

found_modules = set()
for (group, artifact, version), (path, project) in sorted(poms.items(), key=lambda item: item[1][0]):
    found_modules.add(artifact)
    if artifact not in PUBLISHED:
        problem(path, f"{artifact} is not a published module (published: {', '.join(PUBLISHED)})")
    if version and version.endswith("-SNAPSHOT") and not allow_snapshot:
        problem(path, f"version {version} is a SNAPSHOT, which Central refuses (set a release version, or check with --allow-snapshot)")
    for what, path_in_pom in REQUIRED_METADATA.items():
        if inherited(project, path_in_pom) is None:
            problem(path, f"has no {what}, itself or from a parent pom in the bundle")
    packaging = text(project, "m:packaging") or "jar"
    if packaging == "pom":
        continue
    base = path[: -len(".pom")]
    for suffix in [".jar", "-sources.jar", "-javadoc.jar"]:
        jar = base + suffix
        if not os.path.exists(jar):
            problem(path, f"no {os.path.basename(jar)} beside it")
for path in files:
    if path.endswith(".jar"):
        try:
            with zipfile.ZipFile(path) as jar:
                names = set(jar.namelist())
        except zipfile.BadZipFile:
            problem(path, "is not a jar")
            continue
        for legal in ["META-INF/LICENSE", "META-INF/NOTICE"]:
            if legal not in names:
                problem(path, f"has no {legal}")
for module in PUBLISHED:
    if module not in found_modules:
        problems.append(f"{module}: not in the bundle (no {module}-VERSION.pom)")

if problems:
    for line in problems:
        print(f"check-release-bundle: {line}", file=sys.stderr)
    print(f"check-release-bundle: {folder}: {len(problems)} problem(s); Central would refuse this bundle", file=sys.stderr)
    sys.exit(1)
signed = "unsigned, " if unsigned else "signed, "
print(f"{folder}: {len(poms)} modules, {len(files)} files, checksums match, {signed}metadata complete: the bundle passes")
PYTHON
