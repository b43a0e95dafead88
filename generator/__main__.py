import signal as s; s.getsignal(s.SIGINT) is s.SIG_IGN or s.signal(s.SIGINT, s.SIG_DFL); from generator.cli import run; run()  # noqa: E402, E501
