import signal; signal.signal(signal.SIGINT, signal.SIG_DFL); from generator.cli import run; run()  # noqa: E402
