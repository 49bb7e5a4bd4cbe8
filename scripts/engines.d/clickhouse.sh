# ClickHouse for the tests: the embedded engine (chDB) behind a ClickHouse-HTTP-compatible
# endpoint, scripts/chdb-http, on MULTIDB_CH_PORT (sourced by scripts/engines).

CH_APP=$ROOT/scripts/chdb-http
CH_DATA=$STATE/chdb/data
CH_PIDFILE=$RUN/chdb-http.pid
CH_LOG=$LOGS/chdb-http.log
CH_MARKER=chdb-http/server.js
CH_STAMP=$CH_APP/node_modules/.multidb-lock-sha

ch_node_check() {
  command -v node >/dev/null || die "ClickHouse endpoint needs Node.js >= 20 (not found)"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  ((major >= 20)) || die "ClickHouse endpoint needs Node.js >= 20, found $(node --version)"
}

# Installs the locked dependencies when node_modules is missing or came from another
# package-lock.json. `npm install --no-save` rather than `npm ci`: chdb lists optional
# per-platform packages that are not published for darwin/arm64, which npm ci reports as a lock
# file out of sync.
ch_install() {
  local sha
  sha=$(sha256sum "$CH_APP/package-lock.json" | cut -d' ' -f1)
  [[ -f $CH_STAMP && $(<"$CH_STAMP") == "$sha" ]] && return 0
  local t0
  t0=$(now_ms)
  say "ch: installing scripts/chdb-http's packages (chdb 3.4.0 with libchdb, ~550 MB)"
  # Optional dependencies stay on: libchdb comes as chdb's optional per-platform package.
  (cd "$CH_APP" && npm install --no-save --no-audit --no-fund --loglevel=error) >>"$LOGS/chdb-install.log" 2>&1 ||
    { show_log_tail "$LOGS/chdb-install.log"; die "npm install in $CH_APP failed"; }
  ls "$CH_APP"/node_modules/@chdb/lib-*/libchdb.so >/dev/null 2>&1 ||
    die "npm install did not install libchdb (@chdb/lib-<platform>); is this platform supported by chdb 3.4.0?"
  printf '%s\n' "$sha" >"$CH_STAMP"
  say "ch: installed ($(elapsed_s "$t0") s)"
}

ch_select_one() {
  local out
  out=$(curl -sS --max-time 10 --data-binary 'SELECT 1' "http://127.0.0.1:$CH_PORT/" 2>&1) || { printf '%s\n' "$out"; return 1; }
  [[ $out == 1 ]] || { printf '%s\n' "$out"; return 1; }
}

ch_running() { pid_of "$CH_PIDFILE" "$CH_MARKER" >/dev/null; }

ch_up() {
  local t0
  t0=$(now_ms)
  command -v curl >/dev/null || apt_install curl
  if ch_running || { port_open "$CH_PORT" && ch_select_one >/dev/null; }; then
    ch_running || say "ch: using the endpoint already serving port $CH_PORT (not started from this checkout)"
    wait_until "ClickHouse endpoint" "$TIMEOUT" "$CH_LOG" "" ch_select_one
    say "ch: ready on 127.0.0.1:$CH_PORT ($(elapsed_s "$t0") s)"
    return 0
  fi
  rm -f "$CH_PIDFILE"
  port_open "$CH_PORT" && die "port $CH_PORT is taken by something that is not a ClickHouse endpoint; set MULTIDB_CH_PORT"
  ch_node_check
  ch_install
  mkdir -p "$CH_DATA"
  say "ch: starting the chDB endpoint on 127.0.0.1:$CH_PORT (log: $CH_LOG)"
  start_daemon "$CH_PIDFILE" "$CH_LOG" "$CH_APP" node "$CH_APP/server.js" --port "$CH_PORT" --data "$CH_DATA"
  wait_until "ClickHouse endpoint" "$TIMEOUT" "$CH_LOG" "$CH_PIDFILE" ch_select_one
  say "ch: ready on 127.0.0.1:$CH_PORT ($(elapsed_s "$t0") s)"
}

ch_down() { stop_pid clickhouse "$CH_PIDFILE" "$CH_MARKER"; }

ch_status() {
  local how="not started from this checkout"
  ch_running && how="pid $(<"$CH_PIDFILE")"
  if ch_select_one >/dev/null 2>&1; then
    engine_status_line clickhouse ready "127.0.0.1:$CH_PORT" "chDB endpoint, $how"
  else
    engine_status_line clickhouse down "127.0.0.1:$CH_PORT" "$(ch_running && echo "$how, not answering" || echo 'not running')"
    return 1
  fi
}
