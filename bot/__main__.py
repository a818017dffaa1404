"""`python -m bot`: see bot.cli."""

import os

# python-telegram-bot 22 is moving time periods (a 429's retry_after among them) from int
# seconds to timedelta, and until a program opts in it warns on every RetryAfter it builds.
# The bot opts in here, at its entry point, so importing the package changes nothing;
# push.pacer.retry_after_seconds reads either kind.
os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.cli import main

raise SystemExit(main())
