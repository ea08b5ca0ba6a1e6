#!/usr/bin/env bash
# pg_dump and pg_restore 18, for `npm run db:backup|db:restore` and their test. The embedded server is PostgreSQL 18,
# and pg_dump refuses servers newer than itself; Debian 12 packages only client 15, and no npm package ships 18.
# So the client is built from Debian's own postgresql-18 source package (fetched with apt, checked by apt against its
# signed index), from testing or, failing that, unstable. Only libpq, pg_dump and pg_restore are built: ~2 minutes.
# The system's apt sources are left untouched: a private source list is used for the download.
set -euo pipefail
PG_CLIENT="${PG_CLIENT:-/opt/postgresql-client-18}"
if "$PG_CLIENT/bin/pg_dump" --version 2>/dev/null | grep -q '(PostgreSQL) 18'; then exit 0; fi
echo "Building pg_dump/pg_restore 18 from Debian's source package into $PG_CLIENT..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends gcc make bison flex libssl-dev zlib1g-dev pkg-config bzip2 xz-utils dpkg-dev >/dev/null
src="$(mktemp -d)" && chmod 755 "$src" # readable by apt's _apt user
trap 'rm -rf "$src"' EXIT
mkdir -p "$src/apt/lists/partial" "$src/apt/cache/archives/partial" "$src/apt/parts"
APT=(-o "Dir::Etc::sourcelist=$src/apt/sources.list" -o "Dir::Etc::sourceparts=$src/apt/parts" -o "Dir::State::Lists=$src/apt/lists" -o "Dir::Cache=$src/apt/cache")
fetched=""
for suite in forky sid; do
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" >"$src/apt/sources.list"
  if apt-get "${APT[@]}" update -qq && (cd "$src" && apt-get "${APT[@]}" source --download-only -qq postgresql-18); then
    fetched=$suite
    break
  fi
done
[ -n "$fetched" ] || { echo "Could not fetch the postgresql-18 source package from Debian testing or unstable." >&2; exit 1; }
tar -xf "$src"/postgresql-18_*.orig.tar.* -C "$src"
cd "$src"/postgresql-18.*/
./configure -q --prefix="$PG_CLIENT" --without-readline --without-icu --with-openssl --with-zlib
make -s -C src/backend generated-headers
make -s -j2 -C src/bin/pg_dump
make -s -C src/bin/pg_dump install
make -s -C src/interfaces/libpq install
"$PG_CLIENT/bin/pg_dump" --version
