"""The bot's commands: one list for Telegram's menu, /help and the check on the course's pages.

The topic pages' commands come from the course (pages.yaml); a page may not take a command the
bot answers itself.
"""

from __future__ import annotations

from content.fields import ContentError
from content.models import Course

# The bot's own commands; the topic pages' commands come from the course (pages.yaml) and are
# listed between the two parts.
COURSE_COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Subscribe, or see where you are"),
    ("menu", "Open the menu of topics"),
    ("next", "Carry on with the course"),
    ("lessons", "Re-read the lessons you've had"),
    ("progress", "Your progress and score"),
)
SETTINGS_COMMANDS: tuple[tuple[str, str], ...] = (
    ("time", "Change your daily lesson time"),
    ("pause", "Pause the daily lessons"),
    ("resume", "Resume the daily lessons"),
    ("sos", "Crisis lines and support, any time"),
    ("mydata", "See everything stored about you"),
    ("forget", "Delete everything stored about you"),
    ("stop", "Unsubscribe (your progress is kept)"),
    ("help", "List the commands"),
)

ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("stats", "Operator: subscribers, deliveries, funnel, check-ins"),
    ("broadcast", "Operator: announce something to all active subscribers"),
    ("reload", "Operator: re-read and validate the course files"),
)


def commands(course: Course) -> list[tuple[str, str]]:
    """Every public command with its description, the topic pages' taken from the course."""
    topics = [(page.command, page.title) for page in course.pages.values()]
    return [*COURSE_COMMANDS, *topics, *SETTINGS_COMMANDS]


def check_pages(course: Course) -> Course:
    """The course, if no page takes one of the bot's own commands; ContentError otherwise."""
    own = {name for name, _ in (*COURSE_COMMANDS, *SETTINGS_COMMANDS, *ADMIN_COMMANDS)}
    clashes = sorted(set(course.pages) & own)
    if clashes:
        raise ContentError(
            [f"pages.yaml: {name}: /{name} is one of the bot's own commands" for name in clashes]
        )
    return course
