#!/usr/bin/env bash
# Register import (issue 23): 学会部 imports a register file of N societies (three officers each, a party line for
# every third, two 年检 grades) into an empty register; the time of the import (check and write, one transaction)
# beside the target of 30 s for 2,000 societies, then the same file again (nothing to change). See
# docs/PERFORMANCE.md. Usage: bash bench/register-import.sh [societies=2000]
exec bash "$(dirname "$0")/run-java.sh" RegisterImportBench "$@"
