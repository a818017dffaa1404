"""Data retention: people who left are erased after DATA_RETENTION_DAYS; nobody else is."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from handlers.context import Services
from journey.clock import FakeClock
from push.retention import RetentionJob
from settings.config import Config
from storage import coursework, subscribers
from storage.db import connect, migrate
from tests.conftest import TOKEN


async def test_people_who_left_long_ago_are_erased(tmp_path: Path, clock: FakeClock) -> None:
    config = Config(token=TOKEN, database_path=tmp_path / "bot.sqlite3", data_retention_days=365)
    db = await connect(config.database_path)
    await migrate(db)
    services = Services(config=config, clock=clock, db=db)
    scheduler = RetentionJob(services)
    try:
        start = clock.now()
        for chat_id in (1, 2, 3, 4, 5, 6):
            await subscribers.subscribe(db, chat_id, f"p{chat_id}", "en", start)
            await coursework.record_delivery(db, chat_id, 1, "origins", "pull", start)
        await subscribers.set_status(db, 1, "stopped", start)
        await subscribers.set_status(db, 2, "finished", start)
        await subscribers.set_status(db, 3, "blocked", start)
        await subscribers.set_status(db, 4, "paused", start)  # paused people may come back: kept
        # 5 stays active; 6 stopped, but read a lesson recently: kept
        await subscribers.set_status(db, 6, "stopped", start)
        clock.advance(days=300)
        await coursework.record_delivery(db, 6, 1, "nmda", "pull", clock.now())
        await coursework.record_answer(db, 6, 1, "nmda", "a", True, clock.now())

        clock.advance(days=66)  # 366 days after the others left
        assert await scheduler.purge_if_due() == 3
        remaining = [row[0] for row in await db.fetchall("SELECT chat_id FROM subscribers")]
        assert sorted(remaining) == [4, 5, 6]
        for table in ("deliveries", "quiz_answers"):
            rows = await db.fetchall(f"SELECT DISTINCT chat_id FROM {table}")
            assert {row[0] for row in rows} <= {4, 5, 6}, table

        await subscribers.set_status(db, 5, "stopped", clock.now() - timedelta(days=400))
        assert await scheduler.purge_if_due() == 0  # at most once a day
        clock.advance(days=1)
        assert await scheduler.purge_if_due() == 1
    finally:
        await db.close()


async def test_retention_zero_keeps_everything(tmp_path: Path, clock: FakeClock) -> None:
    config = Config(token=TOKEN, database_path=tmp_path / "bot.sqlite3", data_retention_days=0)
    db = await connect(config.database_path)
    await migrate(db)
    scheduler = RetentionJob(Services(config=replace(config), clock=clock, db=db))
    try:
        await subscribers.subscribe(db, 1, "p", "en", clock.now())
        await subscribers.set_status(db, 1, "stopped", clock.now())
        clock.advance(days=5000)
        assert await scheduler.purge_if_due() == 0
        assert await subscribers.get_subscriber(db, 1) is not None
    finally:
        await db.close()
