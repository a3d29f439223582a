#!/usr/bin/env bash
# A throw-away single-node Ceph radosgw on 127.0.0.1 for the integration tests
# (facts: shared/notes/s3-test-server.md). One monitor, one memstore OSD (data lives in memory),
# one radosgw; no cephx. Everything it writes stays under DIR; every daemon is stopped by its own PID.
#
#   radosgw.sh start  DIR   start, create the test user, wait until S3 answers, write DIR/env
#   radosgw.sh stop   DIR   stop the daemons listed in DIR/env (TERM, then KILL after 10 s)
#   radosgw.sh status DIR   exit 0 when every daemon runs and the endpoint answers
#
# start takes the test user's key pair from RGW_ACCESS_KEY / RGW_SECRET_KEY (random Storj-shaped
# ones otherwise: 28-character access key, 53-character secret) and the user id from RGW_UID
# (default "storj-tui-test"). DIR/env is a shell file (`. DIR/env`) with RGW_ENDPOINT, RGW_ACCESS_KEY,
# RGW_SECRET_KEY, RGW_UID, CEPH_CONF and the PIDs. It installs nothing: tests/run-all.sh does.
# With RGW_WATCH_PID set, a watcher stops the daemons once that process is gone (a test host that
# crashed before its clean-up must not leave Ceph running).
set -Eeuo pipefail

usage() { echo "usage: $0 start|stop|status DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
cmd=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd)
conf="$dir/ceph.conf"
envfile="$dir/env"

log() { echo "radosgw.sh: $*" >&2; }

# A port nothing listens on. Racy in theory; the daemons fail loudly if someone takes it first.
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  log "no free port found"; return 1
}

random_key() { # length alphabet
  local out=""
  while [ ${#out} -lt "$1" ]; do
    out+=$(head -c 256 /dev/urandom | LC_ALL=C tr -dc "$2")
  done
  echo "${out:0:$1}"
}

# Waits until "$@" succeeds, up to $timeout seconds.
wait_for() {
  local what=$1 timeout=$2; shift 2
  local end=$(( SECONDS + timeout ))
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $end ]; then log "timed out waiting for $what (logs in $dir/log)"; return 1; fi
    sleep 0.5
  done
}

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

ceph_cli() { ceph -c "$conf" --connect-timeout 10 "$@"; }

osd_is_up() { ceph_cli osd stat 2>/dev/null | grep -q '1 up'; }

# radosgw answers an anonymous GET / with an XML listing; any HTTP status means it is serving.
s3_answers() { curl -s -o /dev/null --max-time 2 "$RGW_ENDPOINT/"; }

stop_pid() { # name pid
  local name=$1 pid=$2
  alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do alive "$pid" || return 0; sleep 0.5; done
  log "$name ($pid) ignored TERM; killing"
  kill -KILL "$pid" 2>/dev/null || true
}

stop_all() {
  [ -f "$envfile" ] || { log "no $envfile; nothing to stop"; return 0; }
  # shellcheck disable=SC1090
  . "$envfile"
  if [ -n "${WATCH_PID:-}" ] && [ "${WATCH_PID}" != "${BASHPID:-$$}" ]; then
    kill -TERM "$WATCH_PID" 2>/dev/null || true
  fi
  # Gateway first, then the OSD, the monitor last (the others talk to it while shutting down).
  stop_pid radosgw "${RGW_PID:-}"
  stop_pid ceph-osd "${OSD_PID:-}"
  stop_pid ceph-mon "${MON_PID:-}"
}

write_env() {
  {
    echo "# written by tests/scripts/radosgw.sh; contains a test-only key pair"
    printf 'RGW_ENDPOINT=%q\n' "$RGW_ENDPOINT"
    printf 'RGW_ACCESS_KEY=%q\n' "$RGW_ACCESS_KEY"
    printf 'RGW_SECRET_KEY=%q\n' "$RGW_SECRET_KEY"
    printf 'RGW_UID=%q\n' "$RGW_UID"
    printf 'CEPH_CONF=%q\n' "$conf"
    printf 'MON_PID=%q\n' "${MON_PID:-}"
    printf 'OSD_PID=%q\n' "${OSD_PID:-}"
    printf 'RGW_PID=%q\n' "${RGW_PID:-}"
    printf 'WATCH_PID=%q\n' "${WATCH_PID:-}"
  } > "$envfile.tmp"
  chmod 600 "$envfile.tmp"
  mv "$envfile.tmp" "$envfile"
}

start() {
  # A previous run's env is read in a subshell: its key pair must not replace the caller's RGW_* settings.
  if [ -f "$envfile" ] && (
       # shellcheck disable=SC1090
       . "$envfile"; alive "${MON_PID:-}" || alive "${OSD_PID:-}" || alive "${RGW_PID:-}"
     ); then
    log "already running in $dir (stop it first)"; return 1
  fi
  for tool in ceph ceph-mon ceph-osd ceph-authtool monmaptool radosgw radosgw-admin curl; do
    command -v "$tool" >/dev/null 2>&1 || { log "missing $tool (apt-get install ceph-mon ceph-osd radosgw curl)"; return 127; }
  done

  RGW_ACCESS_KEY=${RGW_ACCESS_KEY:-$(random_key 28 'a-z2-7')}
  RGW_SECRET_KEY=${RGW_SECRET_KEY:-$(random_key 53 'a-z2-7')}
  RGW_UID=${RGW_UID:-storj-tui-test}
  local started=$SECONDS
  local fsid mon_port rgw_port
  fsid=$(cat /proc/sys/kernel/random/uuid)
  mon_port=$(free_port)
  rgw_port=$(free_port)
  RGW_ENDPOINT="http://127.0.0.1:$rgw_port"
  MON_PID="" OSD_PID="" RGW_PID="" WATCH_PID=""

  rm -rf "$dir/mon" "$dir/osd" "$dir/run" "$dir/log" "$dir/rgw" "$dir/monmap" "$dir/keyring"
  mkdir -p "$dir/mon/a" "$dir/osd/0" "$dir/run" "$dir/log" "$dir/rgw"

  cat > "$conf" <<EOF
[global]
fsid = $fsid
mon_host = v2:127.0.0.1:$mon_port
mon_initial_members = a
public_addr = 127.0.0.1
auth_cluster_required = none
auth_service_required = none
auth_client_required = none
run_dir = $dir/run
admin_socket = $dir/run/\$name.asok
log_file = $dir/log/\$name.log
pid_file = $dir/run/\$name.pid
keyring = $dir/keyring
mon_data = $dir/mon/\$id
osd_data = $dir/osd/\$id
osd_objectstore = memstore
osd_pool_default_size = 1
osd_pool_default_min_size = 1
mon_allow_pool_size_one = true
osd_crush_chooseleaf_type = 0
# radosgw makes about eight pools; small placement-group counts keep one OSD under its PG limit.
osd_pool_default_pg_num = 8
osd_pool_default_pgp_num = 8
osd_pool_default_pg_autoscale_mode = off
mon_max_pg_per_osd = 1000
# Keep a full test disk from stopping the monitor.
mon_data_avail_crit = 1
mon_data_avail_warn = 2
memstore_device_bytes = 2147483648

[client.rgw.test]
# radosgw asks for an encrypted ("secure") monitor connection by default, which needs cephx.
ms_mon_client_mode = crc
rgw_frontends = beast endpoint=127.0.0.1:$rgw_port
rgw_data = $dir/rgw
EOF

  trap 'log "start failed; stopping what was started"; write_env; stop_all' ERR

  # Monitor.
  ceph-authtool --create-keyring "$dir/keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  monmaptool --create --fsid "$fsid" --addv a "[v2:127.0.0.1:$mon_port]" "$dir/monmap" >/dev/null
  ceph-mon -c "$conf" --mkfs -i a --monmap "$dir/monmap" --keyring "$dir/keyring"
  ceph-mon -c "$conf" -f -i a >"$dir/log/mon.out" 2>&1 &
  MON_PID=$!
  write_env
  wait_for "the monitor" 30 ceph_cli mon stat

  # One memstore OSD.
  local osd_id
  osd_id=$(ceph_cli osd create)
  [ "$osd_id" = 0 ] || { log "expected OSD id 0, got $osd_id"; false; }
  ceph-osd -c "$conf" -i 0 --mkfs >"$dir/log/osd-mkfs.out" 2>&1
  ceph_cli osd crush add osd.0 1.0 host=localhost root=default >/dev/null 2>&1
  ceph-osd -c "$conf" -f -i 0 >"$dir/log/osd.out" 2>&1 &
  OSD_PID=$!
  write_env
  wait_for "the OSD to be up" 60 osd_is_up

  # The test user (this also creates radosgw's pools), then the gateway.
  radosgw-admin -c "$conf" -n client.rgw.test user create --uid="$RGW_UID" --display-name="StorjTui test user" \
    --access-key="$RGW_ACCESS_KEY" --secret="$RGW_SECRET_KEY" >/dev/null
  radosgw -c "$conf" -n client.rgw.test -f >"$dir/log/rgw.out" 2>&1 &
  RGW_PID=$!
  write_env
  wait_for "radosgw to answer on $RGW_ENDPOINT" 60 s3_answers
  trap - ERR

  if [ -n "${RGW_WATCH_PID:-}" ]; then
    # Detached from our output, so a caller reading it to the end is not kept waiting.
    ( while kill -0 "$RGW_WATCH_PID" 2>/dev/null; do sleep 2; done; exec "$0" stop "$dir" ) </dev/null >/dev/null 2>&1 &
    WATCH_PID=$!
    write_env
  fi

  log "ready in $(( SECONDS - started )) s: $RGW_ENDPOINT (user $RGW_UID, access key $RGW_ACCESS_KEY); env in $envfile"
  echo "$RGW_ENDPOINT"
}

status() {
  [ -f "$envfile" ] || { echo "not started"; return 1; }
  # shellcheck disable=SC1090
  . "$envfile"
  local ok=0
  for pair in "ceph-mon:${MON_PID:-}" "ceph-osd:${OSD_PID:-}" "radosgw:${RGW_PID:-}"; do
    if alive "${pair#*:}"; then echo "${pair%%:*} running (pid ${pair#*:})"; else echo "${pair%%:*} not running"; ok=1; fi
  done
  if s3_answers; then echo "endpoint $RGW_ENDPOINT answers"; else echo "endpoint $RGW_ENDPOINT does not answer"; ok=1; fi
  return $ok
}

case "$cmd" in
  start) start ;;
  stop) stop_all ;;
  status) status ;;
  *) usage ;;
esac
