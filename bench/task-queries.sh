#!/usr/bin/env bash
# Task queries (issue 9): Tasklist's 学会部 filter and the portal's open-task list with few vs many open tasks, in one
# run on MariaDB. See docs/PERFORMANCE.md.
# Usage: bash bench/task-queries.sh [small=1000] [large=10000] [repetitions=40] [threads creating tasks=3]
exec bash "$(dirname "$0")/run-java.sh" TaskQueries "$@"
