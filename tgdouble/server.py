"""A local Telegram Bot API double: an aiohttp server python-telegram-bot talks to over HTTP.

Point PTB at it with ``ApplicationBuilder().base_url(double.base_url)
.base_file_url(double.base_file_url)``. It answers ``/bot<TOKEN>/<method>`` like Telegram does,
with Telegram-shaped objects and Telegram's error descriptions, and adds what the real server
can't offer a test: simulated users (:meth:`BotApiDouble.user`), a record of every delivered
message, rate limits that can be tightened at will and injected failures. Updates reach the bot
by long polling (``getUpdates``) or, after ``setWebhook`` with a loopback URL, by webhook.

Only what a text-and-buttons bot uses is implemented, plus ``sendDocument`` (uploads are kept in
:attr:`BotApiDouble.files` so tests can read them). The methods are ``api_*`` coroutines, by
seam: messages in :mod:`tgdouble.messages`, updates and webhooks in :mod:`tgdouble.updates`,
button taps in :mod:`tgdouble.callbacks`, the bot's profile in :mod:`tgdouble.profile`
(Telegram matches method names case-insensitively, and so does the double). This module runs
the server, keeps the users and chats, and injects faults.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from tgdouble.api import MAX_UPLOAD_BYTES, ApiError, Params, int_or_none, too_many_requests
from tgdouble.callbacks import Callbacks
from tgdouble.chats import JSON, CallbackQuery, Chat, ChatMessage, Member, Notifier
from tgdouble.chats import transcript as chat_transcript
from tgdouble.control import control_app
from tgdouble.faults import Fault, FaultKind, FaultPlan, SlidingWindow
from tgdouble.messages import MessageMethods
from tgdouble.profile import BotProfile
from tgdouble.records import Counters, Delivery, StoredFile
from tgdouble.updates import UpdateQueue
from tgdouble.users import SimulatedUser, command_entities

logger = logging.getLogger(__name__)

DEFAULT_TOKEN = "123456:TEST-TOKEN"
_BAD_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    "</body>\r\n</html>\r\n"
)

Handler = Callable[[Params], Awaitable[Any]]

__all__ = ["DEFAULT_TOKEN", "BotApiDouble", "Delivery", "StoredFile"]


class BotApiDouble(MessageMethods):
    """A fake Telegram Bot API server with simulated users, limits and fault injection."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        latency: float = 0.0,
        global_rate: int | None = None,
        per_chat_limit: tuple[int, float] | None = None,
        bot_username: str = "course_test_bot",
        bot_name: str = "Course Bot",
        callback_timeout: float = 15.0,
        hang_seconds: float = 30.0,
    ) -> None:
        self.token = token
        self.latency = latency  # seconds added to every Bot API request
        self.global_rate = global_rate  # messages per sliding second, overall; None = no limit
        self.per_chat_limit = per_chat_limit  # (messages, seconds) per chat; None = no limit
        self.callback_timeout = callback_timeout  # how long a callback query can be answered
        self.hang_seconds = hang_seconds  # how long a TIMEOUT fault holds the request
        # The clock the rate limits are counted on; a test may stop it, so that a burst counts
        # as one instant however slowly a busy machine sends it.
        self.monotonic: Callable[[], float] = time.monotonic
        self.profile = BotProfile(token, bot_username, bot_name)
        self.bot_user: JSON = self.profile.bot_user
        self.faults = FaultPlan()
        self.users: dict[int, SimulatedUser] = {}
        self.chats: dict[int, Chat] = {}
        self.deliveries: list[Delivery] = []
        self.files: dict[str, StoredFile] = {}  # by file_id, for every document sent
        self.counters = Counters()
        self.updates = UpdateQueue()
        self.callbacks = Callbacks(self.users, self.chats)
        self.url = ""
        self._delivered: set[tuple[int, str, str | None]] = set()
        self._file_ids = itertools.count(1)
        self._global_window = SlidingWindow()
        self._closed = False
        self._closing = Notifier()
        self._runner: web.AppRunner | None = None
        self._methods: dict[str, Handler] = {
            name[4:].lower(): getattr(owner, name)
            for owner in (self, self.updates, self.profile)
            for name in dir(owner)
            if name.startswith("api_")
        }
        self.app = web.Application(client_max_size=MAX_UPLOAD_BYTES)
        self.app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self.app.add_subapp("/_double/", control_app(self))

    # -- lifecycle ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on ``host:port`` (0 = any free port); returns and sets :attr:`url`."""
        self._closed = False
        self.updates.open()
        self._runner = web.AppRunner(
            self.app, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        bound_host, bound_port = self._runner.addresses[0][:2]
        self.url = f"http://{bound_host}:{bound_port}"
        logger.info("Bot API double listening on %s", self.url)
        return self.url

    async def stop(self) -> None:
        """Release long polls and hung requests, then close the server."""
        self._closed = True
        self._closing.notify()
        await self.updates.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # -- users and chats ------------------------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str | None = None,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        started: bool = False,
    ) -> SimulatedUser:
        """The simulated user with this id, created on first use (chat id == user id).

        The bot may write to a user only after the user wrote to it (``started``).
        """
        existing = self.users.get(user_id)
        if existing is not None:
            existing.started |= started
            return existing
        user = SimulatedUser(
            self,
            user_id,
            first_name or f"User{user_id}",
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        user.started = started
        self.users[user_id] = user
        self.chats[user_id] = user.chat
        return user

    def add_user(
        self, user_id: int, first_name: str | None = None, **details: Any
    ) -> SimulatedUser:
        """A user who has already started the bot, so it can write to them at once."""
        return self.user(user_id, first_name, started=True, **details)

    def add_users(self, user_ids: Iterable[int], language_code: str | None = "en") -> int:
        """Pre-register many started users (for benchmarks); returns how many."""
        ids = list(user_ids)
        for user_id in ids:
            self.add_user(user_id, language_code=language_code)
        return len(ids)

    def chat(self, chat_id: int) -> Chat:
        return self.chats[chat_id]

    def block(self, user_id: int) -> None:
        """The user blocks the bot: sends fail with 403, and the bot gets ``my_chat_member``."""
        user = self.users[user_id]
        if not user.blocked:
            user.blocked = True
            self._membership_update(user, "member", "kicked")

    def unblock(self, user_id: int) -> None:
        user = self.users[user_id]
        if user.blocked:
            user.blocked = False
            self._membership_update(user, "kicked", "member")

    def deactivate(self, user_id: int) -> None:
        """The user deletes their account: sends fail with 403 "user is deactivated"."""
        self.users[user_id].deactivated = True

    def _membership_update(self, user: SimulatedUser, old: str, new: str) -> None:
        def member(status: str) -> JSON:
            extra = {"until_date": 0} if status == "kicked" else {}
            return {"user": self.bot_user, "status": status, **extra}

        self.enqueue_update(
            "my_chat_member",
            {
                "chat": user.chat.info,
                "from": user.info,
                "date": int(time.time()),
                "old_chat_member": member(old),
                "new_chat_member": member(new),
            },
        )

    async def send_group_message(
        self, chat_id: int, user: SimulatedUser | int, text: str, *, title: str = "Test group"
    ) -> ChatMessage:
        """``user`` writes ``text`` in the group ``chat_id`` (negative, as Telegram's are)."""
        sender = user if isinstance(user, SimulatedUser) else self.user(user)
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = self.chats[chat_id] = Chat(
                chat_id, {"id": chat_id, "type": "group", "title": title}
            )
        message = chat.add_message(sender.info, text, entities=command_entities(text))
        self.enqueue_update("message", message.to_api())
        return message

    def press(self, user: Member, message: ChatMessage, data: str) -> str:
        """Record a button tap and queue its ``callback_query`` update; returns the query id."""
        query_id, payload = self.callbacks.press(user, message, data)
        self.enqueue_update("callback_query", payload)
        return query_id

    def unanswered_callbacks(self) -> list[CallbackQuery]:
        return self.callbacks.unanswered()

    async def api_answerCallbackQuery(self, params: Params) -> bool:
        return self.callbacks.answer(params, self.callback_timeout)

    def transcript(self, chat_id: int) -> str:
        chat = self.chats.get(chat_id)
        return chat_transcript(chat) if chat else f"--- chat {chat_id}: unknown ---"

    # -- updates --------------------------------------------------------------------------------

    def enqueue_update(self, kind: str, payload: JSON) -> int | None:
        """Queue an update of ``kind`` for getUpdates; None if allowed_updates filters it out."""
        return self.updates.enqueue({kind: payload})

    def enqueue_raw_update(self, update: JSON) -> int | None:
        """Queue an arbitrary update dict (an ``update_id`` is added when missing)."""
        return self.updates.enqueue(update)

    @property
    def pending_updates(self) -> list[JSON]:
        return self.updates.pending

    def take_updates(self) -> list[JSON]:
        """Hand over the queued updates and forget them (for a webhook the double never calls)."""
        taken = self.updates.pending
        self.updates.clear()
        return taken

    # -- statistics and control -----------------------------------------------------------------

    def delivered_to(self, chat_id: int) -> int:
        return self.counters.per_chat[chat_id]

    def duplicate_deliveries(self) -> dict[tuple[int, str], int]:
        """(chat id, text) pairs delivered more than once, with how often.

        A document counts as a duplicate only when its caption and its file are the same.
        """
        seen = Counter((d.chat_id, d.text, d.file_unique_id) for d in self.deliveries)
        return {(chat_id, text): n for (chat_id, text, _), n in seen.items() if n > 1}

    def stats(self) -> JSON:
        counts = self.counters
        per_chat = list(counts.per_chat.values())
        return {
            "delivered": counts.delivered,
            "edits": counts.edits,
            "duplicates": counts.duplicates,
            "paid": counts.paid,
            "rate_limited": counts.rate_limited,
            "errors": sum(counts.errors.values()),
            "errors_by_code": {str(code): n for code, n in sorted(counts.errors.items())},
            "faults": dict(counts.faults),
            "requests": dict(counts.requests),
            "chats": len(per_chat),
            "per_chat": {
                "min": min(per_chat, default=0),
                "max": max(per_chat, default=0),
                "mean": round(sum(per_chat) / len(per_chat), 3) if per_chat else 0.0,
            },
            "pending_updates": len(self.updates),
            "unanswered_callbacks": len(self.unanswered_callbacks()),
        }

    def inject_fault(
        self,
        kind: FaultKind | str,
        count: int = 1,
        *,
        method: str | None = None,
        chat_id: int | None = None,
        after_delivery: bool = False,
        retry_after: int = 1,
    ) -> Fault:
        """Make the next ``count`` matching requests fail the way ``kind`` says."""
        fault = Fault(FaultKind(kind), count, method, chat_id, after_delivery, retry_after)
        return self.faults.add(fault)

    def reset(self) -> None:
        """Forget messages, updates, statistics and faults; users and settings stay."""
        self.deliveries.clear()
        self.files.clear()
        self.counters = Counters()
        self._delivered.clear()
        self._global_window.clear()
        self.updates.clear()
        self.callbacks.clear()
        self.faults.clear()
        for chat in self.chats.values():
            chat.clear()
        for user in self.users.values():
            user.callback_answers.clear()
            user.forget_read()

    # -- the Bot API endpoint -------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._error(ApiError(401, "Unauthorized"))
        name = request.match_info["method"].lower()
        method = self._methods.get(name)
        if method is None:
            return self._error(ApiError(404, "Not Found"))
        self.counters.requests[name] += 1
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        try:
            params = await Params.read(request)
            fault = self.faults.take(name, int_or_none(params.chat_id()))
            if fault is not None and not fault.after_delivery:
                return await self._fail(request, fault)
            result = await method(params)
        except ApiError as exc:
            return self._error(exc)
        if fault is not None:
            return await self._fail(request, fault)
        return web.json_response({"ok": True, "result": result})

    def _error(self, exc: ApiError) -> web.Response:
        if exc.code == 429:
            self.counters.rate_limited += 1
        else:
            self.counters.errors[exc.code] += 1
        return exc.response()

    async def _fail(self, request: web.Request, fault: Fault) -> web.StreamResponse:
        self.counters.faults[fault.kind.value] += 1
        logger.debug("injecting %s into %s", fault.kind, request.path.rsplit("/", 1)[-1])
        match fault.kind:
            case FaultKind.SERVER_ERROR:
                return ApiError(500, "Internal Server Error").response()
            case FaultKind.BAD_GATEWAY:
                return web.Response(status=502, text=_BAD_GATEWAY_PAGE, content_type="text/html")
            case FaultKind.FLOOD:
                return too_many_requests(fault.retry_after).response()
            case FaultKind.TIMEOUT:
                await self._closing.wait_for(lambda: self._closed, self.hang_seconds)
                return ApiError(504, "Gateway Timeout").response()
            case FaultKind.DROP:
                if request.transport is not None:
                    request.transport.abort()
                return web.Response()  # goes nowhere: the connection is gone
