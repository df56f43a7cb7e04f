"""supervisord event listener: when uvicorn or nginx exits, stop supervisord and with it the other.

supervisord restarts or ignores dead programs; it has no setting to stop itself. This is the
documented event-listener protocol (http://supervisord.org/events.html): READY, read one event,
RESULT OK. A half-running site (nginx answering 502, or uvicorn with no front) must not live on."""
import os
import signal
import sys


def main() -> None:
    while True:
        sys.stdout.write("READY\n")
        sys.stdout.flush()
        header = dict(x.split(":", 1) for x in sys.stdin.readline().split())
        payload = sys.stdin.read(int(header["len"]))
        sys.stderr.write(f"stop_on_exit: {header['eventname']} {payload}; stopping\n")
        sys.stderr.flush()
        os.kill(os.getppid(), signal.SIGTERM)
        sys.stdout.write("RESULT 2\nOK")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
