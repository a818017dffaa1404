"""A local Telegram Bot API double: an aiohttp server python-telegram-bot talks to over HTTP.

Point PTB at it with ``ApplicationBuilder().base_url(double.base_url)
.base_file_url(double.base_file_url)``. It answers ``/bot<TOKEN>/<method>`` like Telegram does,
with Telegram-shaped objects and Telegram's error descriptions, and adds what the real server
can't offer a test: simulated users (:meth:`BotApiDouble.user`), a record of every delivered
message, rate limits that can be tightened at will and injected failures. Updates reach the bot
by long polling (``getUpdates``) or, after ``setWebhook`` with a loopback URL, by webhook.

Only what a text-and-buttons bot uses is implemented, plus ``sendDocument`` (uploads are kept in
:attr:`BotApiDouble.files` so tests can read them); the methods are the ``api_*`` coroutines
below (Telegram matches method names case-insensitively, and so does the double).
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import logging
import mimetypes
import re
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from types import TracebackType
from typing import Any, NamedTuple, Self
from urllib.parse import urlsplit

from aiohttp import web

from tgdouble.chats import JSON, CallbackAnswer, CallbackQuery, Chat, ChatMessage, Notifier
from tgdouble.chats import transcript as chat_transcript
from tgdouble.control import control_app
from tgdouble.faults import Fault, FaultKind, FaultPlan, SlidingWindow
from tgdouble.html import HtmlParseError, TextError, format_caption, format_text
from tgdouble.users import SimulatedUser, command_entities
from tgdouble.webhook import WebhookPusher

logger = logging.getLogger(__name__)

DEFAULT_TOKEN = "123456:TEST-TOKEN"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # Telegram's limit for files bots upload
# Updates Telegram leaves out unless allowed_updates asks for them.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_BUTTON_ACTIONS = frozenset(
    {
        "callback_data", "url", "web_app", "login_url", "switch_inline_query", "pay",
        "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "callback_game",
        "copy_text",
    }
)  # fmt: skip
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_BAD_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    "</body>\r\n</html>\r\n"
)


class ApiError(Exception):
    """An unsuccessful Bot API answer: HTTP status = ``error_code``."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def response(self) -> web.Response:
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return web.json_response(body, status=self.code)


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def too_many_requests(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


class Upload(NamedTuple):
    """A file sent as a part of a multipart/form-data request."""

    filename: str | None
    content_type: str | None
    data: bytes

    @classmethod
    def of(cls, value: Any) -> Any:
        """The part as an Upload if it is a file, else the value unchanged."""
        if not isinstance(value, web.FileField):
            return value
        return cls(value.filename, value.content_type, value.file.read())


class Params:
    """A request's parameters, however the client encoded them (query, form, multipart, JSON).

    File parts of a multipart request arrive as :class:`Upload` values.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    @classmethod
    async def read(cls, request: web.Request) -> Params:
        data: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
                if not isinstance(body, dict):
                    raise bad_request("request body must be a JSON object")
                data.update(body)
            else:
                try:
                    form = await request.post()
                except web.HTTPRequestEntityTooLarge:
                    raise ApiError(413, "Request Entity Too Large") from None
                data.update({key: Upload.of(form[key]) for key in form})
        return cls(data)

    def text(self, name: str) -> str | None:
        value = self.data.get(name)
        return None if value is None else str(value)

    def int(self, name: str, default: int = 0) -> int:
        return int(self.number(name, default))

    def number(self, name: str, default: float = 0) -> float:
        value = self.data.get(name)
        if value in (None, ""):
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str) -> bool:
        value = self.data.get(name)
        return value is True or str(value).lower() in ("true", "1")

    def json(self, name: str, what: str = "JSON object") -> Any:
        value = self.data.get(name)
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {what}") from None

    def chat_id(self) -> int | str | None:
        value = self.data.get("chat_id")
        if value is None or isinstance(value, int):
            return value
        try:
            return int(value)
        except ValueError:
            return str(value)


class Delivery(NamedTuple):
    """A message the double accepted from the bot (``sendMessage`` or ``sendDocument``).

    For a document, ``text`` and ``html`` are its caption and ``file_unique_id`` names the file.
    """

    chat_id: int
    message_id: int
    text: str
    html: str | None
    time: float
    file_unique_id: str | None = None


class StoredFile(NamedTuple):
    """A file the bot sent: its Bot API Document and, for an upload, its bytes."""

    document: JSON
    data: bytes | None


@dataclass
class Counters:
    """Running totals, kept incrementally so the hot path stays O(1)."""

    delivered: int = 0
    edits: int = 0
    duplicates: int = 0  # deliveries whose (chat, text, file) had already been delivered
    paid: int = 0  # deliveries with allow_paid_broadcast
    rate_limited: int = 0  # 429s from the configured limits (injected floods not included)
    errors: Counter[int] = field(default_factory=Counter)  # other API errors, by code
    faults: Counter[str] = field(default_factory=Counter)  # injected failures, by kind
    requests: Counter[str] = field(default_factory=Counter)  # by lower-case method name
    per_chat: Counter[int] = field(default_factory=Counter)  # deliveries by chat id


Handler = Callable[[Params], Awaitable[Any]]


class BotApiDouble:
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
        self.bot_user: JSON = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": bot_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.faults = FaultPlan()
        self.users: dict[int, SimulatedUser] = {}
        self.chats: dict[int, Chat] = {}
        self.deliveries: list[Delivery] = []
        self.files: dict[str, StoredFile] = {}  # by file_id, for every document sent
        self.counters = Counters()
        self.url = ""
        self._delivered: set[tuple[int, str, str | None]] = set()
        self._file_ids = itertools.count(1)
        self._global_window = SlidingWindow()
        self._updates: deque[JSON] = deque()
        self._update_ids = itertools.count(1)
        self._updates_ready = Notifier()
        self._poll_generation = 0
        self._allowed_updates: frozenset[str] | None = None  # None: all but _OPT_IN_UPDATES
        self._callbacks: dict[str, CallbackQuery] = {}
        self._query_ids = itertools.count(4_000_000_000_000_000_001)
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._bot_texts: dict[tuple[str, str], str] = {}
        self._webhook: WebhookPusher | None = None
        self._closed = False
        self._closing = Notifier()
        self._runner: web.AppRunner | None = None
        self._methods: dict[str, Handler] = {
            name[4:].lower(): getattr(self, name) for name in dir(self) if name.startswith("api_")
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
        self._updates_ready.notify()
        self._closing.notify()
        await self._remove_webhook()
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

    def press(self, user: SimulatedUser, message: ChatMessage, data: str) -> str:
        """Record a button tap and queue its ``callback_query`` update; returns the query id."""
        query = CallbackQuery(
            str(next(self._query_ids)),
            user.id,
            message.chat.id,
            message.message_id,
            data,
            time.monotonic(),
        )
        self._callbacks[query.id] = query
        message.chat.timeline.append(query)
        self.enqueue_update(
            "callback_query",
            {
                "id": query.id,
                "from": user.info,
                "message": message.to_api(),
                "chat_instance": str(-message.chat.id),
                "data": data,
            },
        )
        return query.id

    def unanswered_callbacks(self) -> list[CallbackQuery]:
        return [query for query in self._callbacks.values() if query.answer is None]

    def transcript(self, chat_id: int) -> str:
        chat = self.chats.get(chat_id)
        return chat_transcript(chat) if chat else f"--- chat {chat_id}: unknown ---"

    # -- updates --------------------------------------------------------------------------------

    def enqueue_update(self, kind: str, payload: JSON) -> int | None:
        """Queue an update of ``kind`` for getUpdates; None if allowed_updates filters it out."""
        return self.enqueue_raw_update({kind: payload})

    def enqueue_raw_update(self, update: JSON) -> int | None:
        """Queue an arbitrary update dict (an ``update_id`` is added when missing)."""
        if not self._is_allowed(_kind(update)):
            return None
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        self._updates_ready.notify()
        return update["update_id"]

    @property
    def pending_updates(self) -> list[JSON]:
        return list(self._updates)

    def _is_allowed(self, kind: str) -> bool:
        if self._allowed_updates is None:
            return kind not in _OPT_IN_UPDATES
        return kind in self._allowed_updates

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
            "pending_updates": len(self._updates),
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
        self._updates.clear()
        self._callbacks.clear()
        self.faults.clear()
        for chat in self.chats.values():
            chat.clear()
        for user in self.users.values():
            user.callback_answers.clear()
            user._read = 0

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
            fault = self.faults.take(name, _int_or_none(params.chat_id()))
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

    # -- shared checks --------------------------------------------------------------------------

    def _writable_chat(self, params: Params) -> Chat:
        """The target chat, if the bot may write there now."""
        chat_id = params.chat_id()
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise bad_request("chat not found")
        user = chat.user
        if user is not None:
            if user.deactivated:
                raise ApiError(403, "Forbidden: user is deactivated")
            if user.blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if not user.started:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        return chat

    def _text(self, params: Params) -> tuple[str, list[JSON]]:
        return self._formatted(params, "text", "entities", format_text)

    def _caption(self, params: Params) -> tuple[str, list[JSON]]:
        return self._formatted(params, "caption", "caption_entities", format_caption)

    def _formatted(
        self,
        params: Params,
        name: str,
        entities_name: str,
        formatter: Callable[[str | None, str | None, list[JSON] | None], tuple[str, list[JSON]]],
    ) -> tuple[str, list[JSON]]:
        """A text or caption parameter, parsed and checked as Telegram does."""
        parse_mode = params.text("parse_mode")
        if parse_mode and parse_mode.lower() not in ("html", "markdown", "markdownv2"):
            raise bad_request("unsupported parse_mode")
        try:
            return formatter(
                params.text(name), parse_mode, params.json(entities_name, "entities JSON object")
            )
        except HtmlParseError as exc:
            raise bad_request(f"can't parse entities: {exc.description}") from None
        except TextError as exc:
            raise bad_request(exc.description) from None

    def _markup(self, params: Params) -> JSON | None:
        markup = params.json("reply_markup", "reply keyboard markup JSON object")
        if not markup:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard") or ():
            for button in row:
                if not _BUTTON_ACTIONS & button.keys():
                    raise bad_request(
                        "can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard"
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise bad_request("BUTTON_DATA_INVALID")
        return markup

    def _admit(self, chat: Chat, *, paid: bool = False) -> None:
        """Apply the rate limits to one more message (send or edit) in ``chat``."""
        now = time.monotonic()
        global_rate = None if paid else self.global_rate
        if global_rate is not None:
            wait = self._global_window.retry_after(global_rate, 1.0, now)
            if wait is not None:
                raise too_many_requests(wait)
        if self.per_chat_limit is not None:
            wait = chat.window.retry_after(*self.per_chat_limit, now)
            if wait is not None:
                raise too_many_requests(wait)
            chat.window.add(now)
        if global_rate is not None:
            self._global_window.add(now)

    def _bot_message(self, chat: Chat, params: Params, missing: str) -> ChatMessage:
        if params.text("inline_message_id"):
            raise bad_request(missing)
        message = chat.messages.get(params.int("message_id", -1))
        if message is None or message.deleted:
            raise bad_request(missing)
        return message

    # -- methods --------------------------------------------------------------------------------

    async def api_getMe(self, params: Params) -> JSON:
        return self.bot_user

    async def api_logOut(self, params: Params) -> bool:
        return True

    async def api_close(self, params: Params) -> bool:
        return True

    async def api_getUpdates(self, params: Params) -> list[JSON]:
        if self._webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.int("offset")
        limit = min(max(params.int("limit", 100), 1), 100)
        timeout = max(params.number("timeout"), 0.0)
        self._set_allowed_updates(params)
        if offset > 0:
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
        elif offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()
        # A newer poll ends the one still waiting, as Telegram does with two bot instances.
        self._poll_generation += 1
        generation = self._poll_generation
        self._updates_ready.notify()
        await self._updates_ready.wait_for(
            lambda: bool(self._updates) or generation != self._poll_generation or self._closed,
            timeout,
        )
        if generation != self._poll_generation:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        return list(islice(self._updates, limit))

    def _set_allowed_updates(self, params: Params) -> None:
        allowed = params.json("allowed_updates")
        if allowed is not None:  # Telegram keeps the last setting when none is given
            self._allowed_updates = frozenset(allowed) or None
            kept = [update for update in self._updates if self._is_allowed(_kind(update))]
            self._updates.clear()
            self._updates.extend(kept)  # in place: a webhook pusher holds this deque

    async def _remove_webhook(self) -> None:
        if self._webhook is not None:
            await self._webhook.stop()
            self._webhook = None

    async def api_setWebhook(self, params: Params) -> bool:
        await self._remove_webhook()
        if params.flag("drop_pending_updates"):
            self._updates.clear()
        self._set_allowed_updates(params)
        if url := params.text("url"):
            self._webhook = WebhookPusher(
                url, params.text("secret_token"), self._updates, self._updates_ready
            )
            self._webhook.start()
        return True

    async def api_deleteWebhook(self, params: Params) -> bool:
        await self._remove_webhook()
        if params.flag("drop_pending_updates"):
            self._updates.clear()
        return True

    async def api_getWebhookInfo(self, params: Params) -> JSON:
        info: JSON = {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self._webhook is not None:
            info.update(self._webhook.info())
        if self._allowed_updates is not None:
            info["allowed_updates"] = sorted(self._allowed_updates)
        return info

    def _record_delivery(
        self, message: ChatMessage, text: str, paid: bool, file_unique_id: str | None = None
    ) -> None:
        """Count a message the bot got delivered, for the statistics and the duplicate check."""
        chat_id = message.chat.id
        counts = self.counters
        counts.delivered += 1
        counts.paid += paid
        counts.per_chat[chat_id] += 1
        key = (chat_id, text, file_unique_id)
        if key in self._delivered:
            counts.duplicates += 1
        else:
            self._delivered.add(key)
        self.deliveries.append(
            Delivery(chat_id, message.message_id, text, message.html, time.time(), file_unique_id)
        )

    async def api_sendMessage(self, params: Params) -> JSON:
        chat = self._writable_chat(params)
        text, entities = self._text(params)
        markup = self._markup(params)
        paid = params.flag("allow_paid_broadcast")
        self._admit(chat, paid=paid)
        raw = params.text("text")
        message = chat.add_message(self.bot_user, text, html=raw, entities=entities, markup=markup)
        self._record_delivery(message, text, paid)
        return message.to_api()

    def _document(self, params: Params) -> StoredFile:
        """The ``document`` parameter: an upload, a file_id sent before, or a file_id or URL the
        double never issued (kept as given; the double fetches nothing)."""
        value = params.data.get("document")
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.data.get(value.removeprefix("attach://"))
        if isinstance(value, Upload):
            if not value.data:
                raise bad_request("file must be non-empty")
            document: JSON = {
                "file_id": f"BQACAgIAAxkBAA{next(self._file_ids):06d}",
                "file_unique_id": _unique_id(value.data),
            }
            name = value.filename
            mime = value.content_type
            if not mime or mime == "application/octet-stream":
                mime = mimetypes.guess_type(name or "", strict=False)[0] or mime
            document.update(_present(file_name=name, mime_type=mime, file_size=len(value.data)))
            return StoredFile(document, value.data)
        if not isinstance(value, str) or not value:
            raise bad_request("there is no document in the request")
        known = self.files.get(value)
        if known is not None:
            return known
        document = {"file_id": value, "file_unique_id": _unique_id(value.encode())}
        if value.startswith(("http://", "https://")):
            name = urlsplit(value).path.rsplit("/", 1)[-1] or None
            mime = mimetypes.guess_type(name or "", strict=False)[0]
            document.update(_present(file_name=name, mime_type=mime))
        return StoredFile(document, None)

    async def api_sendDocument(self, params: Params) -> JSON:
        chat = self._writable_chat(params)
        file = self._document(params)
        caption, caption_entities = self._caption(params)
        markup = self._markup(params)
        paid = params.flag("allow_paid_broadcast")
        self._admit(chat, paid=paid)
        self.files[file.document["file_id"]] = file
        extra: JSON = {"document": file.document}
        if caption:
            extra["caption"] = caption
        if caption_entities:
            extra["caption_entities"] = caption_entities
        message = chat.add_message(
            self.bot_user,
            html=params.text("caption"),
            markup=markup,
            extra=extra,
            document_bytes=file.data,
        )
        self._record_delivery(message, caption, paid, file.document["file_unique_id"])
        return message.to_api()

    def _editable(self, params: Params) -> tuple[Chat, ChatMessage]:
        chat = self._writable_chat(params)
        message = self._bot_message(chat, params, "message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return chat, message

    async def api_editMessageText(self, params: Params) -> JSON:
        chat, message = self._editable(params)
        if message.document is not None:
            raise bad_request("there is no text in the message to edit")
        text, entities = self._text(params)
        markup = self._markup(params)
        if (text, entities, markup) == (message.text, message.entities, message.markup):
            raise bad_request(NOT_MODIFIED)
        self._admit(chat)
        chat.edit(message, text=text, html=params.text("text"), entities=entities, markup=markup)
        self.counters.edits += 1
        return message.to_api()

    async def api_editMessageReplyMarkup(self, params: Params) -> JSON:
        chat, message = self._editable(params)
        markup = self._markup(params)
        if markup == message.markup:
            raise bad_request(NOT_MODIFIED)
        self._admit(chat)
        chat.edit(message, markup=markup)
        self.counters.edits += 1
        return message.to_api()

    async def api_deleteMessage(self, params: Params) -> bool:
        chat = self._writable_chat(params)
        message = self._bot_message(chat, params, "message to delete not found")
        message.deleted = True
        chat.changed.notify()
        return True

    async def api_answerCallbackQuery(self, params: Params) -> bool:
        query = self._callbacks.get(params.text("callback_query_id") or "")
        if (
            query is None
            or query.answer is not None
            or time.monotonic() - query.created > self.callback_timeout
        ):
            raise bad_request(QUERY_TOO_OLD)
        query.answer = CallbackAnswer(
            query.id, params.text("text"), params.flag("show_alert"), params.text("url")
        )
        user = self.users.get(query.user_id)
        if user is not None:
            user.callback_answers.append(query.answer)
        self.chats[query.chat_id].changed.notify()
        return True

    async def api_sendChatAction(self, params: Params) -> bool:
        self._writable_chat(params)
        return True

    def _command_key(self, params: Params) -> tuple[str, str]:
        scope = params.json("scope", "BotCommandScope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), params.text("language_code") or ""

    async def api_setMyCommands(self, params: Params) -> bool:
        commands = params.json("commands", "BotCommand list") or []
        if len(commands) > 100:
            raise bad_request("too many commands specified")
        for command in commands:
            if not _COMMAND_NAME.fullmatch(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("command description must be non-empty")
        self._commands[self._command_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    async def api_getMyCommands(self, params: Params) -> list[JSON]:
        return self._commands.get(self._command_key(params), [])

    async def api_deleteMyCommands(self, params: Params) -> bool:
        self._commands.pop(self._command_key(params), None)
        return True

    async def _set_bot_text(self, field_name: str, params: Params) -> bool:
        self._bot_texts[field_name, params.text("language_code") or ""] = (
            params.text(field_name) or ""
        )
        return True

    def _get_bot_text(self, field_name: str, params: Params) -> JSON:
        key = (field_name, params.text("language_code") or "")
        return {field_name: self._bot_texts.get(key, "")}

    async def api_setMyDescription(self, params: Params) -> bool:
        return await self._set_bot_text("description", params)

    async def api_getMyDescription(self, params: Params) -> JSON:
        return self._get_bot_text("description", params)

    async def api_setMyShortDescription(self, params: Params) -> bool:
        return await self._set_bot_text("short_description", params)

    async def api_getMyShortDescription(self, params: Params) -> JSON:
        return self._get_bot_text("short_description", params)


def _kind(update: JSON) -> str:
    return next((key for key in update if key != "update_id"), "")


def _int_or_none(value: int | str | None) -> int | None:
    return value if isinstance(value, int) else None


def _unique_id(content: bytes) -> str:
    """A file_unique_id: like Telegram's, the same for the same file."""
    return "AgAD" + hashlib.sha256(content).hexdigest()[:16]


def _present(**fields: Any) -> JSON:
    """The fields that have a value (Telegram leaves unknown ones out)."""
    return {name: value for name, value in fields.items() if value is not None}
