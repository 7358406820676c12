"""The ``minutesparse`` command: a thin click layer over the library.

Commands live in one module per area (``parse_cmds``, ``eval_cmds``, ``archive_cmds``, ``search_cmds``)
and register themselves on the ``main`` group defined here.
"""

from __future__ import annotations

import click

from minutesparse.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="minutesparse")
def main() -> None:
    """Turn Czech meeting minutes (zápisy, usnesení) into structured records and search them.

    \b
    Example:
        minutesparse parse samples/smart_city_liberec.pdf --format text
        minutesparse import ~/archiv/zapisy --archive ./minutes-archive
        minutesparse search "dotace" --type resolution --from 2024-01-01
    """


def _register() -> None:
    import importlib

    for name in ("parse_cmds", "eval_cmds", "archive_cmds", "search_cmds"):
        try:
            importlib.import_module(f"minutesparse.cli.{name}")
        except ModuleNotFoundError as exc:  # an area not built yet
            if exc.name != f"minutesparse.cli.{name}":
                raise


_register()
