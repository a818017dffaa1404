"""Inline keyboards: one button, the menu button, and rows taken out of a keyboard.

The base the other views build on; views/__init__.py re-exports all of it.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from views.callbacks import CallbackData, MenuData

Keyboard = InlineKeyboardMarkup


def button(text: str, data: CallbackData) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data.pack())


def menu_button() -> InlineKeyboardButton:
    return button("☰ Menu", MenuData())


def without_rows(keyboard: Keyboard | None, kind: type[CallbackData]) -> Keyboard | None:
    """The same buttons less the rows holding a button of `kind`."""
    if keyboard is None:
        return None
    rows = [
        row
        for row in keyboard.inline_keyboard
        if not any(kind.pattern.match(str(b.callback_data or "")) for b in row)
    ]
    return Keyboard(rows) if rows else None
