"""`demo`: a new exercise database with realistic data from every area of the app."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from hospcrisis.i18n import _

if TYPE_CHECKING:
    from hospcrisis.cli import CliContext


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "demo", parents=[common],
        help=_("create a new exercise database filled with realistic data"),
        description=_("Creates a NEW database (at --db, or HOSPCRISIS_DB) flagged as an "
                      "exercise: a red EXERCICE banner on screen and a watermark on paper. The "
                      "administrator is 'admin' with the password from "
                      "HOSPCRISIS_ADMIN_PASSWORD, or a generated one printed once. The same "
                      "--seed gives the same data."))
    p.add_argument("--seed", type=int, default=1, metavar="N", help=_("random seed (default 1)"))
    p.add_argument("--station", default="DEMO", metavar="CODE",
                   help=_("station code of the exercise (default DEMO)"))
    p.add_argument("--surgery-cases", type=int, default=300, metavar="N",
                   help=_("surgical cases in the OR programme (default 300)"))
    p.add_argument("--admissions", type=int, default=None, metavar="N",
                   help=_("number of emergency admissions to create (default 120)"))
    p.set_defaults(handler=cmd_demo)


def cmd_demo(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import demo
    from hospcrisis.core.station import normalise_station_code

    code = normalise_station_code(args.station)
    options = {k: v for k, v in vars(args).items() if k not in ("handler", "command")}
    result = demo.create(ctx.db_path, seed=args.seed, station_code=code,
                         admin_password=os.environ.get("HOSPCRISIS_ADMIN_PASSWORD"),
                         options=options, language=getattr(args, "lang", None) or "fr")
    ctx.print(_("Exercise database created: {path} (station {code}).", path=result.path,
                code=result.station))
    if result.password_generated:
        ctx.print(_("Administrator: admin — password: {password} (shown only once; every "
                    "exercise account uses it).", password=result.admin_password))
    for name, count in sorted(result.counts.items()):
        ctx.print(f"  {name}: {count}")
    return 0
