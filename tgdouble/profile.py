"""The bot's own profile in the Bot API double: getMe, its command lists and descriptions."""

from __future__ import annotations

import json
import logging
import re

from tgdouble.api import Params, bad_request
from tgdouble.chats import JSON

logger = logging.getLogger(__name__)

_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


class BotProfile:
    """Who the bot is, and what it listed in Telegram's menu, per scope and language."""

    def __init__(self, token: str, username: str, name: str) -> None:
        self.bot_user: JSON = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._texts: dict[tuple[str, str], str] = {}

    async def api_getMe(self, params: Params) -> JSON:
        return self.bot_user

    async def api_logOut(self, params: Params) -> bool:
        return True

    async def api_close(self, params: Params) -> bool:
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

    def _set_text(self, field_name: str, params: Params) -> bool:
        self._texts[field_name, params.text("language_code") or ""] = params.text(field_name) or ""
        return True

    def _get_text(self, field_name: str, params: Params) -> JSON:
        key = (field_name, params.text("language_code") or "")
        return {field_name: self._texts.get(key, "")}

    async def api_setMyDescription(self, params: Params) -> bool:
        return self._set_text("description", params)

    async def api_getMyDescription(self, params: Params) -> JSON:
        return self._get_text("description", params)

    async def api_setMyShortDescription(self, params: Params) -> bool:
        return self._set_text("short_description", params)

    async def api_getMyShortDescription(self, params: Params) -> JSON:
        return self._get_text("short_description", params)
