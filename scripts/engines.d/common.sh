# Shared helpers for scripts/engines (sourced, not run).

say() { printf '[engines] %s\n' "$*" >&2; }

die() {
  say "ERROR: $*"
  exit 1
}

# Prints the last lines of a log file, for failures.
show_log_tail() {
  local log=$1 lines=${2:-40}
  if [[ -s $log ]]; then
    say "--- last $lines lines of $log ---"
    tail -n "$lines" "$log" >&2
    say "--- end of $log ---"
  fi
}

now_ms() { date +%s%3N; }

elapsed_s() { # start_ms -> "12.3"
  local ms=$(($(now_ms) - $1))
  printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}

# Runs a command as root. The lock descriptor is closed for it: what it starts (a service started
# by pg_ctlcluster or by a package install) must not keep scripts/engines locked.
as_root() {
  if [[ $(id -u) == 0 ]]; then
    "$@" 9>&-
  elif command -v sudo >/dev/null; then
    sudo "$@" 9>&-
  else
    die "need root (or sudo) to run: $*"
  fi
}

APT_UPDATED=
apt_install() {
  command -v apt-get >/dev/null || die "cannot install $* here: no apt-get; install it by hand"
  say "installing $* (apt-get; log: $LOGS/apt.log)"
  if [[ -z $APT_UPDATED ]]; then
    as_root apt-get update >>"$LOGS/apt.log" 2>&1 || { show_log_tail "$LOGS/apt.log"; die "apt-get update failed"; }
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >>"$LOGS/apt.log" 2>&1 ||
    { show_log_tail "$LOGS/apt.log"; die "apt-get install $* failed"; }
}

port_open() { # port
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A PID file names a live process of ours only if the process's command line has the marker
# (guards against a reused PID).
pid_of() { # pidfile marker -> prints pid, status 0 when alive
  local pidfile=$1 marker=$2 pid
  [[ -s $pidfile ]] || return 1
  pid=$(<"$pidfile")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker" || return 1
  printf '%s\n' "$pid"
}

# Starts a long-running program detached from this shell (own session, no inherited
# terminal, output to a log, the lock descriptor closed) and records its PID. `exec` all the
# way down keeps $! the PID of the program itself.
start_daemon() { # pidfile log workdir command...
  local pidfile=$1 log=$2 workdir=$3
  shift 3
  [[ -f $log ]] && mv -f "$log" "$log.1"
  (cd "$workdir" && exec setsid "$@" >"$log" 2>&1 </dev/null 9>&-) &
  printf '%s\n' "$!" >"$pidfile"
}

stop_pid() { # name pidfile marker
  local name=$1 pidfile=$2 marker=$3 pid i
  if ! pid=$(pid_of "$pidfile" "$marker"); then
    rm -f "$pidfile"
    say "$name: not running (nothing started by scripts/engines)"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 300; i++)); do
    [[ -d /proc/$pid ]] || break
    sleep 0.1
  done
  if [[ -d /proc/$pid ]]; then
    say "$name: still running after 30 s, killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  say "$name: stopped (pid $pid)"
}

# Polls a check until it succeeds. On timeout, or when the started process (pidfile, may be
# empty) is gone, fails with the check's last output and the tail of the engine's log. Only the
# PID's existence is checked here: right after the start the PID still runs the forking shell.
wait_until() { # name timeout_s log pidfile check-command...
  local name=$1 timeout=$2 log=$3 pidfile=$4
  shift 4
  local deadline=$(($(date +%s) + timeout)) out= pid=
  [[ -n $pidfile && -s $pidfile ]] && pid=$(<"$pidfile")
  while true; do
    if out=$("$@" 2>&1); then
      return 0
    fi
    if [[ -n $pid && ! -d /proc/$pid ]]; then
      show_log_tail "$log"
      die "$name exited during startup; last check said: ${out:-nothing}"
    fi
    if (($(date +%s) >= deadline)); then
      show_log_tail "$log"
      die "$name not ready after ${timeout} s; last check said: ${out:-nothing}"
    fi
    sleep 0.5
  done
}

# Copies a template, replacing @KEY@ placeholders with the values given as KEY=value.
render() { # template target KEY=value...
  local template=$1 target=$2 content pair
  shift 2
  content=$(<"$template")
  for pair in "$@"; do
    content=${content//@${pair%%=*}@/${pair#*=}}
  done
  if [[ $content == *@[A-Z_]*@* ]]; then
    die "unreplaced placeholder in $template"
  fi
  printf '%s\n' "$content" >"$target"
}
