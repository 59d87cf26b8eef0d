#!/usr/bin/env bash
# Runs one benchmark main of src/test/java/org/societyflow/bench on the freshly compiled classes, on MariaDB
# (127.0.0.1:3306, root, empty password) in a database recreated for the run: $BENCH_DB, sf_bench unless set.
# Usage: bash bench/run-java.sh <class> [args...]   (the other bench/*.sh call it)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DB=${BENCH_DB:-sf_bench}
BENCH_BARE_DB=${BENCH_BARE_DB:-sf_bench_bare}
for db in "$BENCH_DB" "$BENCH_BARE_DB"; do
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
done
rm -f target/test-classes/camunda.cfg.xml
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
class=$1
shift
exec java -Xmx2g -Dbench.database="$BENCH_DB" -Dbench.bare-database="$BENCH_BARE_DB" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "org.societyflow.bench.$class" "$@"
