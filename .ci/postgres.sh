#!/usr/bin/env bash
# Installs (once) and starts PostgreSQL 15 with PostGIS on 127.0.0.1, creates the test database and
# exports its URL as SITREP_TEST_POSTGRES. Safe to run again; meant to be sourced by .ci/run.
sitrep_postgres() {
  local version=15 cluster=main user=sitrep password=sitrep db=sitrep_test
  if ! dpkg -s "postgresql-$version-postgis-3" >/dev/null 2>&1 || ! dpkg -s "postgresql-$version" >/dev/null 2>&1; then
    echo "postgres.sh: installing postgresql-$version and postgresql-$version-postgis-3" >&2
    apt-get update -qq >&2 || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$version" "postgresql-$version-postgis-3" >&2 || return 1
  fi
  pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version $cluster" ||
    pg_createcluster "$version" "$cluster" >&2 || return 1
  pg_ctlcluster "$version" "$cluster" status >/dev/null 2>&1 ||
    pg_ctlcluster "$version" "$cluster" start >&2 || return 1
  local port
  port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $3}')
  local as_postgres=(runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1)
  "${as_postgres[@]}" -d postgres >&2 <<SQL || return 1
SELECT 'CREATE ROLE $user LOGIN SUPERUSER PASSWORD ''$password'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') \gexec
SELECT 'CREATE DATABASE $db OWNER $user'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db') \gexec
SQL
  "${as_postgres[@]}" -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis" >&2 || return 1
  export SITREP_TEST_POSTGRES="postgres://$user:$password@127.0.0.1:$port/$db"
  echo "$SITREP_TEST_POSTGRES"
}
sitrep_postgres
