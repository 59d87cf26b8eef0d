#!/usr/bin/env bash
# Engine overhead (issue 9): 年检 lifecycles per second through the application vs the same BPMN on a bare Camunda
# engine with no-op beans, same MariaDB server, one run, alternating rounds. See docs/PERFORMANCE.md.
# Usage: bash bench/engine-overhead.sh [lifecycles per side=200] [rounds=4]
exec bash "$(dirname "$0")/run-java.sh" EngineOverhead "$@"
