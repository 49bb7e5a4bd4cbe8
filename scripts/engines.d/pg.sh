# PostgreSQL for the tests: the machine's cluster on MULTIDB_PG_PORT (sourced by scripts/engines).

PG_DATABASES=(pg_main pg_tenant iceberg_catalog)
PG_FIXTURE_DATABASES=(pg_main pg_tenant)
ICEBERG_CATALOG_NAME=iceberg_archive

pg_psql() { # database, then psql arguments
  local db=$1
  shift
  PGCONNECT_TIMEOUT=5 PGOPTIONS="-c client_min_messages=warning" psql -X -w -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" "$@"
}

pg_ready() { [[ $(pg_psql pg_main -Atc 'SELECT 1' 2>&1) == 1 ]]; }

# "ver name" of the Debian cluster configured for our port, if any.
pg_cluster() {
  command -v pg_lsclusters >/dev/null || return 1
  pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2; found = 1; exit } END { exit !found }'
}

pg_latest_version() { ls -d /usr/lib/postgresql/*/ 2>/dev/null | awk -F/ '{ print $(NF-1) }' | sort -n | tail -1; }

pg_install() {
  if ! command -v psql >/dev/null || ! command -v pg_lsclusters >/dev/null || [[ -z $(ls /usr/lib/postgresql/*/bin/postgres 2>/dev/null) ]]; then
    apt_install postgresql postgresql-contrib
  fi
  [[ -f /usr/share/postgresql/$(pg_latest_version)/extension/fuzzystrmatch.control ]] || apt_install postgresql-contrib
}

pg_start() {
  local cluster ver name
  if ! cluster=$(pg_cluster); then
    ver=$(pg_latest_version)
    say "pg: no PostgreSQL cluster on port $PG_PORT, creating cluster $ver/multidb"
    as_root pg_createcluster "$ver" multidb -p "$PG_PORT" >>"$LOGS/pg.log" 2>&1 ||
      { show_log_tail "$LOGS/pg.log"; die "pg_createcluster failed"; }
    cluster="$ver multidb"
  fi
  read -r ver name <<<"$cluster"
  if ! port_open "$PG_PORT"; then
    say "pg: starting cluster $ver/$name"
    as_root pg_ctlcluster "$ver" "$name" start >>"$LOGS/pg.log" 2>&1 ||
      { show_log_tail "/var/log/postgresql/postgresql-$ver-$name.log"; die "pg_ctlcluster $ver $name start failed"; }
    printf '%s %s\n' "$ver" "$name" >"$RUN/pg.started"
  fi
  pg_trust_loopback "$ver" "$name"
}

# A fresh Debian cluster asks for passwords on 127.0.0.1; the tests connect as postgres without one.
pg_trust_loopback() { # ver name
  local out hba="/etc/postgresql/$1/$2/pg_hba.conf"
  wait_until "PostgreSQL" "$TIMEOUT" "/var/log/postgresql/postgresql-$1-$2.log" "" \
    pg_accepting
  out=$(pg_psql postgres -Atc 'SELECT 1' 2>&1) && return 0
  if [[ $out == *password* || $out == *authentication* ]]; then
    say "pg: switching 127.0.0.1/::1 to trust auth in $hba"
    as_root sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
    as_root pg_ctlcluster "$1" "$2" reload >>"$LOGS/pg.log" 2>&1
    sleep 0.5
    out=$(pg_psql postgres -Atc 'SELECT 1' 2>&1) && return 0
  fi
  die "cannot connect to PostgreSQL on 127.0.0.1:$PG_PORT as postgres: $out"
}

pg_accepting() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; }

# One psql session, so a warm `up` costs one process: creates the missing databases, the fuzzy
# matching extension in the fixture databases, the Iceberg catalog tables, and ends with SELECT 1
# on pg_main (the readiness check).
pg_prepare_databases() {
  local names db script
  names=$(printf "'%s'," "${PG_DATABASES[@]}")
  script="SELECT format('CREATE DATABASE %I', d) FROM unnest(ARRAY[${names%,}]) d
  WHERE d NOT IN (SELECT datname FROM pg_database) \\gexec"
  for db in "${PG_FIXTURE_DATABASES[@]}"; do
    script+=$'\n'"\\connect $db"$'\n''CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;'
  done
  script+=$'\n''\connect iceberg_catalog'$'\n'"\\i '$ENGINES_D/iceberg-catalog.sql'"
  script+=$'\n''\connect pg_main'$'\n''SELECT 1;'
  [[ $(pg_psql postgres -At <<<"$script") == 1 ]]
}

# Iceberg keeps table metadata in the warehouse folder and pointers to it in iceberg_catalog:
# a new warehouse folder (fresh clone, deleted .engines/) makes old pointers dangle, so they go.
pg_align_iceberg_warehouse() {
  [[ -d $WAREHOUSE_DIR ]] && return 0
  pg_psql iceberg_catalog \
    -c "DELETE FROM iceberg_tables WHERE catalog_name = '$ICEBERG_CATALOG_NAME'" \
    -c "DELETE FROM iceberg_namespace_properties WHERE catalog_name = '$ICEBERG_CATALOG_NAME'" >/dev/null
  mkdir -p "$WAREHOUSE_DIR"
}

pg_up() {
  local t0
  t0=$(now_ms)
  if ! pg_psql postgres -Atc 'SELECT 1' >/dev/null 2>&1; then
    pg_install
    pg_start
  fi
  pg_prepare_databases || die "PostgreSQL on 127.0.0.1:$PG_PORT: preparing pg_main, pg_tenant and iceberg_catalog failed"
  pg_align_iceberg_warehouse
  say "pg: ready on 127.0.0.1:$PG_PORT ($(elapsed_s "$t0") s)"
}

pg_down() {
  local ver name
  if [[ ! -s $RUN/pg.started ]]; then
    say "pg: left running (not started by scripts/engines)"
    return 0
  fi
  read -r ver name <"$RUN/pg.started"
  as_root pg_ctlcluster "$ver" "$name" stop >>"$LOGS/pg.log" 2>&1 || say "pg: pg_ctlcluster $ver $name stop failed (see $LOGS/pg.log)"
  rm -f "$RUN/pg.started"
  say "pg: stopped cluster $ver/$name"
}

pg_status() {
  if pg_ready; then
    local how="system service"
    [[ -s $RUN/pg.started ]] && how="started by scripts/engines"
    engine_status_line pg ready "127.0.0.1:$PG_PORT" "$how"
  else
    engine_status_line pg down "127.0.0.1:$PG_PORT" "$(pg_psql pg_main -Atc 'SELECT 1' 2>&1 | head -1)"
    return 1
  fi
}
