# Redis for the tests on MULTIDB_REDIS_PORT (sourced by scripts/engines).

REDIS_PIDFILE=$RUN/redis.pid
REDIS_MARKER=redis-server

# PING over a plain TCP socket, so the check needs no redis-cli.
redis_ping() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT" || exit 1
    printf 'PING\r\n' >&3
    IFS= read -r -t 2 reply <&3 || exit 1
    [[ $reply == +PONG* ]] || { printf '%s\n' "$reply"; exit 1; }
  ) 2>/dev/null
}

redis_up() {
  local t0
  t0=$(now_ms)
  if ! redis_ping; then
    command -v redis-server >/dev/null || apt_install redis-server
  fi
  # A package install may have started the service already.
  if ! redis_ping; then
    if port_open "$REDIS_PORT"; then
      die "port $REDIS_PORT is taken by something that does not answer Redis PING; set MULTIDB_REDIS_PORT"
    fi
    say "redis: starting on 127.0.0.1:$REDIS_PORT"
    mkdir -p "$STATE/redis"
    [[ -f $LOGS/redis.log ]] && mv -f "$LOGS/redis.log" "$LOGS/redis.log.1"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
      --dir "$STATE/redis" --pidfile "$REDIS_PIDFILE" --logfile "$LOGS/redis.log" </dev/null 9>&- ||
      { show_log_tail "$LOGS/redis.log"; die "redis-server did not start"; }
    wait_until "Redis" "$TIMEOUT" "$LOGS/redis.log" "" redis_ping
  fi
  say "redis: ready on 127.0.0.1:$REDIS_PORT ($(elapsed_s "$t0") s)"
}

redis_down() {
  if [[ ! -s $REDIS_PIDFILE ]]; then
    say "redis: left running (not started by scripts/engines)"
    return 0
  fi
  stop_pid redis "$REDIS_PIDFILE" "$REDIS_MARKER"
}

redis_status() {
  local how="system service"
  pid_of "$REDIS_PIDFILE" "$REDIS_MARKER" >/dev/null && how="started by scripts/engines"
  if redis_ping; then
    engine_status_line redis ready "127.0.0.1:$REDIS_PORT" "$how"
  else
    engine_status_line redis down "127.0.0.1:$REDIS_PORT" "no PONG"
    return 1
  fi
}
