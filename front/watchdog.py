"""supervisord event listener (the documented protocol, http://supervisord.org/events.html: READY,
read one event, RESULT OK) that keeps the site whole:

* nginx or the pages process exits: its process group is killed (nginx's workers, orphaned when
  their master dies, would otherwise keep the port and answer 502) and supervisord is stopped, so
  front/run.py, the container and `make serve` exit with it;
* the SQL process exits: its process group is killed; supervisord starts it again (if it cannot,
  FATAL, the site stops);
* every 5 s (TICK_5) each Datasette process is asked for /-/versions.json on its socket; one that
  has not answered three times running is killed (and then as above)."""
import os
import signal
import socket
import sys

RESTARTED = {"sql"}  # supervisord restarts these; any other program's exit stops the site
PROBE_TIMEOUT = 4.0
STRIKES = 3


def answers(path: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX) as s:
            s.settimeout(PROBE_TIMEOUT)
            s.connect(path)
            s.sendall(b"GET /-/versions.json HTTP/1.0\r\nHost: watchdog\r\n\r\n")
            return s.recv(12).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def main() -> None:
    run_dir = sys.argv[1]
    from supervisor import childutils

    rpc = childutils.getRPCInterface(os.environ)
    strikes = {"pages": 0, "sql": 0}
    while True:
        sys.stdout.write("READY\n")
        sys.stdout.flush()
        header = dict(x.split(":", 1) for x in sys.stdin.readline().split())
        payload = dict(x.split(":", 1) for x in sys.stdin.read(int(header["len"])).split() if ":" in x)
        event = header["eventname"]
        if event.startswith("PROCESS_STATE_"):
            name = payload.get("processname", "")
            if "pid" in payload:
                kill_group(int(payload["pid"]))
            if name not in RESTARTED or event == "PROCESS_STATE_FATAL":
                sys.stderr.write(f"watchdog: {name} {event}; stopping the site\n")
                sys.stderr.flush()
                os.kill(os.getppid(), signal.SIGTERM)
        elif event == "TICK_5":
            for name in strikes:
                if answers(f"{run_dir}/{name}.sock"):
                    strikes[name] = 0
                    continue
                strikes[name] += 1
                if strikes[name] >= STRIKES:
                    strikes[name] = 0
                    info = rpc.supervisor.getProcessInfo(name)
                    if info.get("pid"):
                        sys.stderr.write(f"watchdog: {name} has not answered for {STRIKES * 5} s; killing it\n")
                        sys.stderr.flush()
                        kill_group(info["pid"])
        sys.stdout.write("RESULT 2\nOK")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
