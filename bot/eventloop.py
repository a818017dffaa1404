"""The event loop the bot runs on: uvloop where it is installed, else asyncio's own.

uvloop (libuv under asyncio's interface) spends less CPU per socket read and write and per
callback than asyncio's pure-Python loop, and every tap makes three HTTP round trips. It is a
dependency everywhere but Windows, which it does not support; there asyncio's loop is used.
"""

from __future__ import annotations

import asyncio


def new_event_loop() -> asyncio.AbstractEventLoop:
    """A new event loop, uvloop's when it can be imported."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()
