# What scripts/check-pages.sh and scripts/check-print.sh share; sourced by them, not run.

# Sets update_images from the scripts' one option, --update-images, or exits with status 2 and
# the usage. $1 is the script's name.
read_update_images_option() {
  local script=$1
  shift
  update_images=false
  case "${1:-}" in
    --update-images) update_images=true ;;
    "") ;;
    *) echo "usage: scripts/$script.sh [--update-images]" >&2; exit 2 ;;
  esac
}

# Exits with status 2 unless the launcher $2 has been built. $1 is the script's name.
require_launcher() {
  if [ ! -x "$2" ]; then
    echo "$1: $2 is missing; build it first: mvn -B -q -pl cli -am -DskipTests package" >&2
    exit 2
  fi
}

# Installs the Debian packages of the commands that are missing, when this runs as root, or exits
# with status 2 and says how. $1 is the script's name, then pairs of a command and its package.
install_missing() {
  local script=$1 missing=()
  shift
  while [ $# -gt 0 ]; do
    command -v "$1" > /dev/null || missing+=("$2")
    shift 2
  done
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "$script: installing ${missing[*]} (Debian packages)" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
  else
    echo "$script: missing; install as root with: apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
}
