"""Speaking to the bot as a subscriber through the Bot API double, for scenario tests."""

from __future__ import annotations

from typing import Any

from tgdouble.server import BotApiDouble


async def ask(double: BotApiDouble, text: str, user_id: int = 1001) -> tuple[Any, Any]:
    """Send `text` as a user and wait for the one reply; the user and that reply."""
    user = double.user(user_id, first_name="Alice")
    await user.send(text)
    (reply,) = await user.wait_for_messages(1)
    return user, reply
