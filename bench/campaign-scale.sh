#!/usr/bin/env bash
# Campaign scale (issue 9): a 年检 campaign over N societies until every society task exists, vs N single-row
# insert-and-commits on the same MariaDB server in the same run. See docs/PERFORMANCE.md.
# Usage: bash bench/campaign-scale.sh [societies=2000] [give up after seconds=max(1800, societies + 600)]
exec bash "$(dirname "$0")/run-java.sh" CampaignScale "$@"
