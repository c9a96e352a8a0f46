#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store's tests (make test, .ci/run) and benchmarks.
#
#   postgres-test-server.sh start DIR     initdb in DIR, start on a free port on 127.0.0.1, write DIR/env
#   postgres-test-server.sh restart DIR   stop and start again (the tests' "server restart mid-import")
#   postgres-test-server.sh stop DIR      stop the server and remove DIR
#   postgres-test-server.sh run CMD...    start one in a new temporary DIR, run CMD with DIR/env, stop it
#
# The server runs as an unprivileged user (PostgreSQL refuses to run as root: as root it runs as
# `postgres`, the user Debian's package makes), with TLS on (its own CA, a server certificate for
# 127.0.0.1 and localhost), scram-sha-256 passwords over TCP only, and a superuser `circle_admin`
# whose random password is in DIR/pgpass. DIR/env is for `source`:
#   CIRCLE_TEST_POSTGRES       postgres://circle_admin@127.0.0.1:PORT/postgres?sslmode=verify-full&sslrootcert=DIR/tls/ca.crt
#   CIRCLE_TEST_POSTGRES_CA    DIR/tls/ca.crt
#   CIRCLE_TEST_POSTGRES_DIR   DIR
#   PGPASSFILE                 DIR/pgpass
# The server skips fsync (tests need no durability) unless CIRCLE_POSTGRES_DURABLE=1 (benchmarks).
set -euo pipefail

verb=${1:-}
if [ "$verb" = run ]; then
    shift
    dir=$(mktemp -d "${TMPDIR:-/tmp}/circle-postgres.XXXXXX")
    rmdir "$dir"
    trap '"$0" stop "$dir"' EXIT
    "$0" start "$dir"
    # shellcheck source=/dev/null
    source "$dir/env"
    "$@"
    exit
fi
dir=${2:-}
if [ -z "$verb" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|restart|stop DIR, or $0 run CMD..." >&2
    exit 2
fi

bindir=$(pg_config --bindir 2>/dev/null || true)
if [ ! -x "$bindir/initdb" ]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
fi
if [ ! -x "$bindir/initdb" ]; then
    echo "$0: PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt-get install -y postgresql" >&2
    exit 1
fi

# Runs a PostgreSQL program as the server's user.
as_server() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_ctl_run() {
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 "$@"
}

case "$verb" in
start)
    if [ -e "$dir/data" ]; then
        echo "$0: $dir/data exists already: stop that server first ($0 stop $dir)" >&2
        exit 1
    fi
    mkdir -p "$dir/tls" "$dir/socket"
    dir=$(cd "$dir" && pwd)
    # A free port: the kernel picks one, and the server takes it a moment later.
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    password=$(openssl rand -hex 24)

    # TLS: a CA of its own, and a certificate it signs for 127.0.0.1 and localhost.
    (
        cd "$dir/tls"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Circle test CA" \
            -keyout ca.key -out ca.crt 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
        printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > san.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile san.ext -out server.crt 2>/dev/null
        chmod 600 server.key ca.key
    )

    printf '%s\n' "$password" > "$dir/password"
    chmod 600 "$dir/password"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
    as_server "$bindir/initdb" -D "$dir/data" -U circle_admin --pwfile="$dir/password" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    rm -f "$dir/password"
    cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/socket'
ssl = on
ssl_cert_file = '$dir/tls/server.crt'
ssl_key_file = '$dir/tls/server.key'
max_connections = 200
EOF
    # Tests need no durability; a benchmark (CIRCLE_POSTGRES_DURABLE=1) keeps PostgreSQL's defaults.
    if [ -z "${CIRCLE_POSTGRES_DURABLE:-}" ]; then
        printf 'fsync = off\nsynchronous_commit = off\n' >>"$dir/data/postgresql.conf"
    fi
    pg_ctl_run start >/dev/null

    # The pgpass file belongs to whoever runs the tests (libpq and Circle refuse one others can read).
    printf '127.0.0.1:%s:*:circle_admin:%s\nlocalhost:%s:*:circle_admin:%s\n' "$port" "$password" "$port" "$password" > "$dir/pgpass"
    chown "$(id -u):$(id -g)" "$dir/pgpass"
    chmod 600 "$dir/pgpass"
    cat >"$dir/env" <<EOF
export CIRCLE_TEST_POSTGRES='postgres://circle_admin@127.0.0.1:$port/postgres?sslmode=verify-full&sslrootcert=$dir/tls/ca.crt'
export CIRCLE_TEST_POSTGRES_CA='$dir/tls/ca.crt'
export CIRCLE_TEST_POSTGRES_DIR='$dir'
export PGPASSFILE='$dir/pgpass'
EOF
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (TLS on), data in $dir/data; source $dir/env"
    ;;
restart)
    pg_ctl_run -m fast restart >/dev/null
    ;;
stop)
    if [ -e "$dir/data/postmaster.pid" ]; then pg_ctl_run -m fast stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|restart|stop DIR" >&2
    exit 2
    ;;
esac
