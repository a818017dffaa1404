"""Each update handled once, however often Telegram delivers it and to whichever instance.

Telegram retries a webhook call that timed out, so one update can arrive twice, at this instance
or at another behind the same load balancer; after a crash, long polling can fetch again what was
handled but not yet confirmed. The first handler group claims the update's id in the database
(storage.updates.claim): whoever inserts it first handles the update, and every later delivery
stops here, before the flood gate, the crisis check or any feature sees it.

If the claim cannot be written (the database refuses writes), the update is handled anyway: a
rare double reply is better than no reply to someone who may need help.

The records are kept a day, longer than Telegram goes on retrying. This module owns their purge:
at most once an hour, started from an update in a task of its own, so no reply waits for it.
Only ids and times are stored or logged, never what an update carries.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, TypeHandler

from handlers.context import BotContext, Services
from storage import updates

logger = logging.getLogger(__name__)

GROUP = -30  # before the flood gate (-20): a second delivery is not even traffic
ONCE_KEY = "handled_once"  # Services.extra key
KEEP = timedelta(days=1)
PURGE_EVERY = timedelta(hours=1)


@dataclass
class _Purges:
    """When this instance last purged old records (every instance purges; the DELETE is cheap)."""

    last: datetime | None = None
    running: bool = False


def _purges(services: Services) -> _Purges:
    purges = services.extra.get(ONCE_KEY)
    if purges is None:
        purges = services.extra[ONCE_KEY] = _Purges()
    return purges


async def claim(update: Update, context: BotContext) -> None:
    """Let the first delivery of an update through; stop every later one."""
    services = context.services
    now = services.clock.now()
    try:
        first = await updates.claim(services.require_db(), update.update_id, now)
    except Exception as exc:  # each engine has its own errors; all mean "not recorded"
        logger.warning(
            "Could not record update %d as taken (%s); handling it anyway",
            update.update_id,
            type(exc).__name__,
        )
        return
    if not first:
        logger.info("Update %d was delivered again; it is handled already", update.update_id)
        raise ApplicationHandlerStop
    purges = _purges(services)
    if not purges.running and (purges.last is None or now - purges.last >= PURGE_EVERY):
        purges.running = True
        context.application.create_task(_purge(services, purges, now), name="handled-updates")


async def _purge(services: Services, purges: _Purges, now: datetime) -> None:
    """Forget the updates handled over a day ago."""
    try:
        forgotten = await updates.forget_before(services.require_db(), now - KEEP)
        logger.debug("Forgot %d handled update ids older than a day", forgotten)
    except Exception as exc:  # an update an hour on tries again
        logger.warning("Could not purge old handled update ids: %s", type(exc).__name__)
    finally:
        purges.last, purges.running = now, False


def handlers() -> list[BaseHandler]:
    return [TypeHandler(Update, claim)]
