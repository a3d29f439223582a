#!/usr/bin/env bash
# Provisioning hook for the sandbox: makes a key pair the app created real on the test radosgw.
# Reads one line "ACCESS_KEY SECRET_KEY" from stdin and adds that pair to the test user.
#
#   radosgw-provision-hook.sh [DIR/env]
#
# Where the cluster is comes from DIR/env written by radosgw.sh (argument, or RADOSGW_ENV), or
# from CEPH_CONF and RGW_UID in the environment. Prints nothing secret; exit 0 when the key works.
set -euo pipefail

envfile=${1:-${RADOSGW_ENV:-}}
if [ -n "$envfile" ]; then
  [ -f "$envfile" ] || { echo "radosgw-provision-hook: no such file: $envfile" >&2; exit 2; }
  # Only the cluster settings; the test user's own key pair in that file is not ours to use.
  CEPH_CONF=$(bash -c '. "$1"; echo "$CEPH_CONF"' _ "$envfile")
  RGW_UID=$(bash -c '. "$1"; echo "$RGW_UID"' _ "$envfile")
fi
: "${CEPH_CONF:?radosgw-provision-hook: set CEPH_CONF or pass DIR/env from radosgw.sh}"
: "${RGW_UID:=storj-tui-test}"

read -r access_key secret_key rest || true
if [ -z "${access_key:-}" ] || [ -z "${secret_key:-}" ] || [ -n "${rest:-}" ]; then
  echo "radosgw-provision-hook: expected one line \"ACCESS_KEY SECRET_KEY\" on stdin" >&2
  exit 2
fi

# The secret goes on radosgw-admin's command line: acceptable for a loopback test cluster only.
if ! radosgw-admin -c "$CEPH_CONF" key create --uid="$RGW_UID" --key-type=s3 \
     --access-key="$access_key" --secret-key="$secret_key" >/dev/null 2>"${TMPDIR:-/tmp}/rgw-hook.$$.err"; then
  echo "radosgw-provision-hook: radosgw-admin key create failed for access key $access_key:" >&2
  # radosgw-admin's own errors name the access key at most, never the secret; keep them anyway filtered.
  grep -v -F -- "$secret_key" "${TMPDIR:-/tmp}/rgw-hook.$$.err" >&2 || true
  rm -f "${TMPDIR:-/tmp}/rgw-hook.$$.err"
  exit 1
fi
rm -f "${TMPDIR:-/tmp}/rgw-hook.$$.err"
echo "radosgw-provision-hook: added access key $access_key to user $RGW_UID" >&2
