"""What the test workers' fork server loads before it forks a bot (see tests.launcher)."""

import os

os.environ.setdefault("PTB_TIMEDELTA", "1")  # as bot/__main__.py, before telegram is imported

import bot.app
import bot.cli
import bot.webhook  # noqa: F401
import crisis

crisis.warm_up()
