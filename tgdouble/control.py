"""HTTP control API of the Bot API double, for when it runs as a process of its own.

Thin JSON wrappers over :class:`~tgdouble.server.BotApiDouble`'s in-process API (what they use
of it is the :class:`Controlled` protocol, so this module need not import the server), mounted
under ``/_double/``:

=====================================  ===========================================================
``POST send``                          ``{user_id, text, first_name?, language_code?}`` -> message
``POST tap``                           ``{user_id, message_id, callback_data | text}`` -> query id
``POST wait``                          ``{user_id, count?, timeout?}`` -> the next bot messages
``GET chat/<id>``                      messages, callback answers and a transcript
``GET file/<file_id>``                 the bytes of a document the bot uploaded
``GET stats``                          :meth:`BotApiDouble.stats`
``GET deliveries?since=N``             delivery record from index N on
``POST take``                          the queued updates, handed over and forgotten (a test
                                       posts them to webhooks itself, as a load balancer would)
``POST users``                         ``{ids: [..] | "1000..4999", started?}`` pre-registers users
``POST block|unblock|deactivate``      ``{user_id}``
``POST faults``                        ``{kind, count?, method?, chat_id?, after_delivery?}``,
                                       ``{storm: {probability, kinds?, seed?, methods?}}`` or
                                       ``{clear: true}``
``POST config``                        ``{latency?, global_rate?, per_chat_limit?, hang_seconds?}``
``POST reset``                         forget messages, updates, statistics and faults
=====================================  ===========================================================

Errors in a request (unknown user, missing field, no such button) answer 400 ``{"error": ...}``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import asdict
from typing import Any, Protocol

from aiohttp import web

from tgdouble.chats import JSON, Chat
from tgdouble.faults import Fault, FaultKind, FaultPlan
from tgdouble.records import Delivery, StoredFile
from tgdouble.users import SimulatedUser

logger = logging.getLogger(__name__)

_CONFIG_FIELDS = ("latency", "global_rate", "per_chat_limit", "hang_seconds", "callback_timeout")


class Controlled(Protocol):
    """What the control API drives: :class:`tgdouble.server.BotApiDouble` is one."""

    faults: FaultPlan

    @property
    def users(self) -> Mapping[int, SimulatedUser]: ...

    @property
    def files(self) -> Mapping[str, StoredFile]: ...

    @property
    def deliveries(self) -> Sequence[Delivery]: ...

    def user(
        self,
        user_id: int,
        first_name: str | None = None,
        *,
        language_code: str | None = None,
        started: bool = False,
    ) -> SimulatedUser: ...

    def chat(self, chat_id: int) -> Chat: ...

    def transcript(self, chat_id: int) -> str: ...

    def stats(self) -> JSON: ...

    def block(self, user_id: int) -> None: ...

    def unblock(self, user_id: int) -> None: ...

    def deactivate(self, user_id: int) -> None: ...

    def inject_fault(
        self,
        kind: FaultKind | str,
        count: int = 1,
        *,
        method: str | None = None,
        chat_id: int | None = None,
        after_delivery: bool = False,
        retry_after: int = 1,
    ) -> Fault: ...

    def reset(self) -> None: ...

    def take_updates(self) -> list[JSON]: ...


def parse_ids(spec: str | list[int]) -> list[int]:
    """User ids from a list or a spec like ``"1000..4999,6000"`` (ranges are inclusive)."""
    if isinstance(spec, list):
        return [int(i) for i in spec]
    ids: list[int] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        first, sep, last = part.partition("..")
        ids.extend(range(int(first), int(last) + 1) if sep else [int(first)])
    return ids


def parse_per_chat(spec: str | list[float] | None) -> tuple[int, float] | None:
    """A per-chat limit from ``"3/3"`` (messages/seconds), ``[3, 3.0]`` or None."""
    if spec is None or spec in ("", "off", "none"):
        return None
    count, period = spec.split("/") if isinstance(spec, str) else spec
    return int(count), float(period)


@web.middleware
async def _errors_as_json(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    try:
        return await handler(request)
    except (KeyError, ValueError, TypeError, AssertionError) as exc:
        logger.debug("control request %s failed: %r", request.path, exc)
        return web.json_response({"error": f"{type(exc).__name__}: {exc}"}, status=400)


async def _body(request: web.Request) -> dict[str, Any]:
    return await request.json() if request.can_read_body else {}


def control_app(double: Controlled) -> web.Application:
    """The ``/_double/`` sub-application driving ``double``."""
    routes = web.RouteTableDef()

    @routes.post("/send")
    async def send(request: web.Request) -> web.Response:
        body = await _body(request)
        user = double.user(
            int(body["user_id"]), body.get("first_name"), language_code=body.get("language_code")
        )
        message = await user.send(str(body["text"]))
        return web.json_response({"message": message.to_api()})

    @routes.post("/tap")
    async def tap(request: web.Request) -> web.Response:
        body = await _body(request)
        user = double.users[int(body["user_id"])]
        query_id = await user.tap(
            int(body["message_id"]), body.get("text"), callback_data=body.get("callback_data")
        )
        return web.json_response({"callback_query_id": query_id})

    @routes.post("/wait")
    async def wait(request: web.Request) -> web.Response:
        body = await _body(request)
        user = double.users[int(body["user_id"])]
        messages = await user.wait_for_messages(
            int(body.get("count", 1)), float(body.get("timeout", 5.0))
        )
        return web.json_response({"messages": [m.summary() for m in messages]})

    @routes.get("/chat/{chat_id}")
    async def chat(request: web.Request) -> web.Response:
        chat_id = int(request.match_info["chat_id"])
        found = double.chat(chat_id)
        answers = [asdict(a) for a in found.user.callback_answers] if found.user else []
        return web.json_response(
            {
                "chat": found.info,
                "messages": [m.summary() for m in found.bot_messages],
                "callback_answers": answers,
                "transcript": double.transcript(chat_id),
            }
        )

    @routes.get("/file/{file_id}")
    async def file(request: web.Request) -> web.Response:
        stored = double.files[request.match_info["file_id"]]
        if stored.data is None:
            raise KeyError(f"{stored.document['file_id']} was sent by id or URL, not uploaded")
        mime = stored.document.get("mime_type", "application/octet-stream")
        return web.Response(body=stored.data, content_type=mime)

    @routes.get("/stats")
    async def stats(request: web.Request) -> web.Response:
        return web.json_response(double.stats())

    @routes.get("/deliveries")
    async def deliveries(request: web.Request) -> web.Response:
        since = int(request.query.get("since", 0))
        rows = double.deliveries[since:]
        return web.json_response({"deliveries": rows, "next": since + len(rows)})

    @routes.post("/take")
    async def take(request: web.Request) -> web.Response:
        return web.json_response({"updates": double.take_updates()})

    @routes.post("/users")
    async def users(request: web.Request) -> web.Response:
        body = await _body(request)
        ids = parse_ids(body["ids"])
        for user_id in ids:
            double.user(user_id, started=bool(body.get("started", True)))
        return web.json_response({"registered": len(ids)})

    def membership(action: Callable[[int], None]) -> Callable[[web.Request], Awaitable[Any]]:
        async def handler(request: web.Request) -> web.Response:
            action(int((await _body(request))["user_id"]))
            return web.json_response({"ok": True})

        return handler

    routes.post("/block")(membership(double.block))
    routes.post("/unblock")(membership(double.unblock))
    routes.post("/deactivate")(membership(double.deactivate))

    @routes.post("/faults")
    async def faults(request: web.Request) -> web.Response:
        body = await _body(request)
        if body.get("clear"):
            double.faults.clear()
        elif storm := body.get("storm"):
            double.faults.start_storm(**storm)
        else:
            double.inject_fault(**body)
        return web.json_response(
            {"queued": len(double.faults.queue), "injected": double.faults.injected}
        )

    @routes.post("/config")
    async def config(request: web.Request) -> web.Response:
        body = await _body(request)
        unknown = set(body) - set(_CONFIG_FIELDS)
        if unknown:
            raise KeyError(f"unknown settings: {sorted(unknown)}")
        if "per_chat_limit" in body:
            body["per_chat_limit"] = parse_per_chat(body["per_chat_limit"])
        for name, value in body.items():
            setattr(double, name, value)
        return web.json_response({name: getattr(double, name) for name in _CONFIG_FIELDS})

    @routes.post("/reset")
    async def reset(request: web.Request) -> web.Response:
        double.reset()
        return web.json_response({"ok": True})

    app = web.Application(middlewares=[_errors_as_json])
    app.add_routes(routes)
    return app
