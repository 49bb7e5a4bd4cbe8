# Trino 476 for the tests on MULTIDB_TRINO_PORT (sourced by scripts/engines).
# Installed from Maven Central's tarball into .engines/trino/ (kept between runs), configured
# from the templates in engines.d/trino/, run with a JDK >= 24 (Trino 476 needs it).

TRINO_VERSION=476
TRINO_HOME=$STATE/trino/trino-server-$TRINO_VERSION
TRINO_ETC=$STATE/trino/etc
TRINO_DATA=$STATE/trino/data
TRINO_PIDFILE=$RUN/trino.pid
TRINO_LOG=$LOGS/trino.log
TRINO_MARKER=io.trino.server.TrinoServer
# postgresql needs geospatial (its Geometry type), the others are the catalogs we wire.
TRINO_PLUGINS=(postgresql iceberg geospatial clickhouse)
TRINO_TARBALL=${MULTIDB_M2_REPO:-$HOME/.m2/repository}/io/trino/trino-server/$TRINO_VERSION/trino-server-$TRINO_VERSION.tar.gz

# Sets TRINO_JAVA_HOME: MULTIDB_TRINO_JAVA_HOME, or the newest JDK >= 24 under /usr/lib/jvm.
find_trino_java_home() {
  if [[ -n ${MULTIDB_TRINO_JAVA_HOME:-} ]]; then
    [[ -x $MULTIDB_TRINO_JAVA_HOME/bin/java ]] || die "MULTIDB_TRINO_JAVA_HOME=$MULTIDB_TRINO_JAVA_HOME has no bin/java"
    TRINO_JAVA_HOME=$MULTIDB_TRINO_JAVA_HOME
    return 0
  fi
  local jdk major best_major=0
  TRINO_JAVA_HOME=
  for jdk in /usr/lib/jvm/*/; do
    jdk=${jdk%/}
    [[ -x $jdk/bin/java && -f $jdk/release ]] || continue
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
    if [[ -n $major ]] && ((major >= 24 && major > best_major)); then
      TRINO_JAVA_HOME=$jdk
      best_major=$major
    fi
  done
  [[ -n $TRINO_JAVA_HOME ]] || die "Trino $TRINO_VERSION needs a JDK >= 24 and there is none under /usr/lib/jvm; install one (e.g. Temurin 25) or set MULTIDB_TRINO_JAVA_HOME"
}

trino_maven() {
  if [[ -x $ROOT/mvnw ]]; then
    (cd "$ROOT" && ./mvnw "$@")
  elif command -v mvn >/dev/null; then
    mvn "$@"
  else
    die "neither ./mvnw nor mvn is available to download Trino"
  fi
}

trino_download() {
  [[ -s $TRINO_TARBALL ]] && return 0
  say "trino: downloading trino-server-$TRINO_VERSION.tar.gz from Maven Central (~820 MB)"
  trino_maven -q -B dependency:get -Dartifact="io.trino:trino-server:$TRINO_VERSION:tar.gz" -Dtransitive=false \
    >>"$LOGS/trino-install.log" 2>&1 || { show_log_tail "$LOGS/trino-install.log"; die "download of Trino $TRINO_VERSION failed"; }
  [[ -s $TRINO_TARBALL ]] || die "Maven finished but $TRINO_TARBALL is missing (custom local repository? set MULTIDB_M2_REPO)"
}

# Extracts bin/, lib/ and the plugins we need. Plugin jars are hard links whose targets may sit
# in plugin folders we skip, so those targets are extracted too and the extra folders removed.
trino_extract() {
  local top=trino-server-$TRINO_VERSION staging=$STATE/trino/.staging.$$ kept=() plugin link target
  local -A keep_targets=()
  kept=("$top/bin/" "$top/lib/")
  for plugin in "${TRINO_PLUGINS[@]}"; do kept+=("$top/plugin/$plugin/"); done
  while read -r link target; do
    trino_is_kept "$link" "${kept[@]}" || continue
    trino_is_kept "$target" "${kept[@]}" || keep_targets[$target]=1
  done < <(tar -tvzf "$TRINO_TARBALL" | sed -n 's/^h.* \([^ ]*\) link to \([^ ]*\)$/\1 \2/p')
  rm -rf "$staging"
  mkdir -p "$staging"
  tar -xzf "$TRINO_TARBALL" -C "$staging" "${kept[@]%/}" "${!keep_targets[@]}" ||
    die "extracting $TRINO_TARBALL failed"
  for plugin in "$staging/$top/plugin"/*/; do
    plugin=$(basename "$plugin")
    [[ " ${TRINO_PLUGINS[*]} " == *" $plugin "* ]] || rm -rf "${staging:?}/$top/plugin/$plugin"
  done
  rm -rf "$TRINO_HOME"
  mv "$staging/$top" "$TRINO_HOME"
  rmdir "$staging"
  touch "$TRINO_HOME/.multidb-complete"
}

trino_is_kept() { # path kept-prefix...
  local path=$1 prefix
  shift
  for prefix in "$@"; do [[ $path == "$prefix"* ]] && return 0; done
  return 1
}

trino_install() {
  [[ -f $TRINO_HOME/.multidb-complete ]] && return 0
  local t0
  t0=$(now_ms)
  mkdir -p "$STATE/trino"
  trino_download
  say "trino: extracting bin/, lib/ and plugins ${TRINO_PLUGINS[*]}"
  trino_extract
  say "trino: installed in $TRINO_HOME ($(elapsed_s "$t0") s)"
}

trino_configure() {
  local vars=("TRINO_PORT=$TRINO_PORT" "PG_PORT=$PG_PORT" "CH_PORT=$CH_PORT" "ETC_DIR=$TRINO_ETC"
    "DATA_DIR=$TRINO_DATA" "WAREHOUSE_DIR=$WAREHOUSE_DIR") f db
  rm -rf "$TRINO_ETC"
  mkdir -p "$TRINO_ETC/catalog" "$TRINO_DATA"
  for f in jvm.config config.properties node.properties log.properties; do
    render "$ENGINES_D/trino/$f" "$TRINO_ETC/$f" "${vars[@]}"
  done
  for db in pg_main pg_tenant; do
    render "$ENGINES_D/trino/catalog/postgresql.properties" "$TRINO_ETC/catalog/$db.properties" "${vars[@]}" "PG_DATABASE=$db"
  done
  for f in iceberg_archive ch_analytics; do
    render "$ENGINES_D/trino/catalog/$f.properties" "$TRINO_ETC/catalog/$f.properties" "${vars[@]}"
  done
}

trino_running() { pid_of "$TRINO_PIDFILE" "$TRINO_MARKER" >/dev/null; }

# Installs (first time) and starts Trino without waiting for it; trino_wait does the waiting, so
# that the other engines come up meanwhile.
trino_start() {
  if trino_running; then
    return 0
  fi
  rm -f "$TRINO_PIDFILE"
  if port_open "$TRINO_PORT"; then
    if trino_ready >/dev/null 2>&1; then
      say "trino: using the Trino already serving port $TRINO_PORT (not started from this checkout)"
      return 0
    fi
    die "port $TRINO_PORT is taken by a process that is not a ready Trino of ours; set MULTIDB_TRINO_PORT"
  fi
  find_trino_java_home
  trino_install
  trino_configure
  say "trino: starting on 127.0.0.1:$TRINO_PORT with $TRINO_JAVA_HOME (log: $TRINO_LOG)"
  JAVA_HOME=$TRINO_JAVA_HOME PATH=$TRINO_JAVA_HOME/bin:$PATH start_daemon "$TRINO_PIDFILE" "$TRINO_LOG" "$TRINO_DATA" \
    "$TRINO_HOME/bin/launcher" run --etc-dir="$TRINO_ETC" --data-dir="$TRINO_DATA"
}

trino_sql() { node "$ENGINES_D/trino-query.js" --port "$TRINO_PORT" --timeout 30 "$@"; }

# Ready = the node is active and the catalogs backed by PostgreSQL answer (a plain SELECT 1 can
# succeed while table queries still fail with NO_NODES_AVAILABLE).
trino_ready() {
  local out
  out=$(trino_sql "SELECT count(*) FROM system.runtime.nodes WHERE state = 'active'" \
    'SHOW SCHEMAS FROM pg_main' 'SHOW SCHEMAS FROM iceberg_archive') || { printf '%s\n' "$out"; return 1; }
  [[ ${out%%$'\n'*} -ge 1 ]] || { echo "no active Trino node yet"; return 1; }
}

trino_wait() {
  local t0
  t0=$(now_ms)
  local pidfile=
  [[ -s $TRINO_PIDFILE ]] && pidfile=$TRINO_PIDFILE
  wait_until "Trino" "$TRINO_TIMEOUT" "$TRINO_LOG" "$pidfile" trino_ready
  say "trino: ready on 127.0.0.1:$TRINO_PORT (waited $(elapsed_s "$t0") s)"
}

trino_down() { stop_pid trino "$TRINO_PIDFILE" "$TRINO_MARKER"; }

trino_status() {
  local how=
  trino_running && how="pid $(<"$TRINO_PIDFILE")"
  if trino_ready >/dev/null 2>&1; then
    engine_status_line trino ready "127.0.0.1:$TRINO_PORT" "${how:-not started from this checkout}"
  elif [[ -n $how ]]; then
    engine_status_line trino starting "127.0.0.1:$TRINO_PORT" "$how"
    return 1
  else
    engine_status_line trino down "127.0.0.1:$TRINO_PORT" "$([[ -f $TRINO_HOME/.multidb-complete ]] && echo installed || echo 'not installed')"
    return 1
  fi
}
