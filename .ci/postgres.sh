#!/usr/bin/env bash
# Start a throwaway PostgreSQL server (Debian's package) on a Unix socket, loopback only, for the
# store tests, and print its SQLAlchemy URL. Usage: export ATLAS_TEST_POSTGRES_URL=$(.ci/postgres.sh)
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/atlas-pg.XXXXXX)
chown postgres "$dir"
chmod 700 "$dir"
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1]); s.close()")
runuser -u postgres -- "$pgbin/initdb" -D "$dir/data" -A trust -U atlas >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-k $dir -p $port -c listen_addresses=''" start >/dev/null
runuser -u postgres -- "$pgbin/createdb" -h "$dir" -p "$port" -U atlas atlas_test
chmod 755 "$dir"
echo "postgresql+psycopg://atlas@/atlas_test?host=$dir&port=$port"
