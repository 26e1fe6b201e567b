#!/usr/bin/env bash
# A throwaway single-node search engine for search tests and CI, started from Maven Central
# artifacts via deploy/opensearch/pom.xml: OpenSearch 2.19, which speaks the Elasticsearch
# REST API (see the engine note there and docs/search.md).
#
#   scripts/elasticsearch.sh start [PORT]   start in the background (default port 9250), wait
#                                          until the cluster is yellow/green, print the URL
#   scripts/elasticsearch.sh stop           stop the node (whole process tree), delete its data
#   scripts/elasticsearch.sh status         print state; exit 0 only if running and healthy
#   scripts/elasticsearch.sh url            print the URL
#
# Environment: ES_STATE_DIR (pid file, log; default /tmp/adopt-cymru-es),
# ES_START_TIMEOUT (seconds, default 180), ES_HEAP_MIN / ES_HEAP_MAX (default 512m / 1g),
# MVN (default mvn). The first start downloads the Maven dependencies into ~/.m2.
# Usage in tests: export ELASTICSEARCH_URL="$(scripts/elasticsearch.sh start)"
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POM="$ROOT/deploy/opensearch/pom.xml"
STATE_DIR="${ES_STATE_DIR:-/tmp/adopt-cymru-es}"
PID_FILE="$STATE_DIR/es.pid"
PORT_FILE="$STATE_DIR/es.port"
DATA_FILE="$STATE_DIR/es.datadir"
LOG_FILE="$STATE_DIR/es.log"
TIMEOUT="${ES_START_TIMEOUT:-180}"
DEFAULT_PORT=9250

log() { echo "elasticsearch.sh: $*" >&2; }

url_for() { echo "http://127.0.0.1:$1"; }

recorded_port() { cat "$PORT_FILE" 2>/dev/null || echo "$DEFAULT_PORT"; }

running_pid() {
    local pid
    pid="$(cat "$PID_FILE" 2>/dev/null)" || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# Succeeds when the cluster on $1 reports yellow or green within $2 (an ES time value).
healthy() {
    curl -fsS --max-time 30 \
        "$(url_for "$1")/_cluster/health?wait_for_status=yellow&timeout=${2:-1s}" 2>/dev/null |
        grep -Eq '"status":"(yellow|green)"'
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The process and all its descendants, children first.
tree() {
    local child
    for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do tree "$child"; done
    echo "$1"
}

kill_tree() {
    local pids pid alive i
    pids="$(tree "$1")"
    # shellcheck disable=SC2086
    kill -TERM $pids 2>/dev/null || true
    for i in $(seq 1 60); do
        alive=""
        for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
        [ -z "$alive" ] && return 0
        sleep 0.5
    done
    log "still running after 30 s, sending KILL to:$alive"
    # shellcheck disable=SC2086
    kill -KILL $alive 2>/dev/null || true
}

cleanup_state() {
    local data
    data="$(cat "$DATA_FILE" 2>/dev/null || true)"
    # Only ever delete a directory this script created (see mktemp in start).
    if [[ "$data" == */adopt-cymru-es-data.* && -d "$data" ]]; then rm -rf "$data"; fi
    rm -f "$PID_FILE" "$DATA_FILE"
}

write_config() {
    mkdir -p "$1"
    cat >"$1/opensearch.yml" <<'YAML'
# Written by scripts/elasticsearch.sh: a local, single-node, plain-http test node.
network.host: 127.0.0.1
discovery.type: single-node
# Test data is tiny; do not let a nearly full /tmp turn indices read-only.
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
YAML
}

cmd_start() {
    local port="${1:-$DEFAULT_PORT}" pid data deadline
    if ! [[ "$port" =~ ^[0-9]+$ ]] || ((port < 1025 || port > 9299)); then
        # The runner refuses ports above 9299 (its built-in maximum).
        log "port must be a number between 1025 and 9299, got '$port'"
        exit 2
    fi
    mkdir -p "$STATE_DIR"

    if pid="$(running_pid)"; then
        if [ "$(recorded_port)" != "$port" ]; then
            log "already running (pid $pid) on port $(recorded_port); stop it first"
            exit 1
        fi
        if healthy "$port"; then
            url_for "$port"
            return 0
        fi
        log "already starting (pid $pid); waiting for it to be healthy"
    elif healthy "$port"; then
        echo "$port" >"$PORT_FILE"
        url_for "$port"  # something healthy already answers there (not ours): reuse it
        return 0
    else
        cleanup_state
        if port_in_use "$port"; then
            log "port $port is in use by something that is not a healthy Elasticsearch"
            exit 1
        fi
        data="$(mktemp -d "${TMPDIR:-/tmp}/adopt-cymru-es-data.XXXXXX")"
        echo "$data" >"$DATA_FILE"
        echo "$port" >"$PORT_FILE"
        write_config "$data/config"
        log "starting on port $port (data in $data, log in $LOG_FILE)"
        # setsid: own session, so the node survives this shell and stop can find its tree.
        setsid nohup "${MVN:-mvn}" -B -q -f "$POM" exec:exec \
            -Des.basePort="$((port - 1))" -Des.basePath="$data/node" \
            -Des.confPath="$data/config" \
            -Des.heapMin="${ES_HEAP_MIN:-512m}" -Des.heapMax="${ES_HEAP_MAX:-1g}" \
            >"$LOG_FILE" 2>&1 </dev/null &
        pid=$!
        echo "$pid" >"$PID_FILE"
    fi

    deadline=$((SECONDS + TIMEOUT))
    until healthy "$port" 5s; do
        if ! kill -0 "$pid" 2>/dev/null; then
            log "the node exited before becoming healthy; log tail:"
            tail -n 60 "$LOG_FILE" >&2 || true
            cleanup_state
            exit 1
        fi
        if ((SECONDS >= deadline)); then
            log "not healthy after ${TIMEOUT}s; log tail:"
            tail -n 60 "$LOG_FILE" >&2 || true
            kill_tree "$pid"
            cleanup_state
            exit 1
        fi
        sleep 1
    done
    url_for "$port"
}

cmd_stop() {
    local pid
    if pid="$(running_pid)"; then
        kill_tree "$pid"
        log "stopped (pid $pid)"
    else
        log "not running"
    fi
    cleanup_state
}

cmd_status() {
    local pid port
    port="$(recorded_port)"
    if pid="$(running_pid)"; then
        if healthy "$port"; then
            echo "running (pid $pid) at $(url_for "$port")"
            return 0
        fi
        echo "starting or unhealthy (pid $pid), port $port"
        return 1
    fi
    echo "not running"
    return 1
}

case "${1:-}" in
    start) shift; cmd_start "$@" ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    url) url_for "$(recorded_port)" ;;
    *)
        echo "usage: $0 {start [PORT]|stop|status|url}" >&2
        exit 2
        ;;
esac
