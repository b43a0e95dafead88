"""Run one command and print its wall time, peak resident set and CPU time as JSON (benchmarks/run.py's timer).

    python -I -S benchmarks/launch.py LOG COMMAND...

Linux carries a process's peak resident set (`ru_maxrss`) across fork and exec, so a tool started straight from
the benchmark, which holds the synthetic sites in memory (~85 MB at 5,000 cards), reports at least the
benchmark's own size as its peak. Started from this small process (~10 MB, no `site` module), it reports its own.
The command's output goes to the file LOG.
"""

import json
import os
import subprocess
import sys
import time


def main() -> None:
    log, command = sys.argv[1], sys.argv[2:]
    with open(log, "wb") as out:  # a file, not a pipe: a chatty tool must not block on a full pipe
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "peak_kib": usage.ru_maxrss, "cpu_seconds": usage.ru_utime + usage.ru_stime,
                      "status": os.waitstatus_to_exitcode(status)}))


if __name__ == "__main__":
    main()
