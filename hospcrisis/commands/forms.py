"""`print FORM … --out FILE.pdf`: every paper form of the app, from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from hospcrisis.i18n import _

if TYPE_CHECKING:
    from hospcrisis.cli import CliContext


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from hospcrisis.forms.registry import FORMS

    listing = "\n".join(f"  {spec.name:<10} {spec.code_version:<13} {spec.label}"
                        for spec in FORMS.values())
    p = sub.add_parser(
        "print", parents=[common], help=_("print a form, a list or a report to a PDF file"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=_("Writes a PDF ready to print. Patient forms take --id (provisional ID, "
                      "IPP, or a reserved packet ID not yet used), --blank N for copies to "
                      "fill by hand, and “packets” takes --count N to reserve N new IDs. "
                      "Every print is audited (who, what, which patients).") +
        "\n\n" + _("forms:") + "\n" + listing)
    p.add_argument("form", metavar="FORM", choices=list(FORMS),
                   help=_("one of: {names}", names=", ".join(FORMS)))
    p.add_argument("--id", dest="ids", action="append", default=[], metavar="ID",
                   help=_("a patient's provisional ID or IPP (repeat for several)"))
    p.add_argument("--count", type=int, default=0, metavar="N",
                   help=_("packets: reserve N new provisional IDs and print their packets"))
    p.add_argument("--blank", nargs="?", type=int, const=1, default=0, metavar="N",
                   help=_("N blank copies with no patient (default 1)"))
    p.add_argument("--unit", dest="units", action="append", default=[], metavar="CODE",
                   help=_("census: the unit(s) to print (default: every unit with beds)"))
    p.add_argument("--size", choices=("adult", "child"), default=None,
                   help=_("wristband size (default adult)"))
    p.add_argument("--label-sheet", default=None, metavar="SHEET",
                   choices=("L7160", "L7159", "L7161", "L7163"),
                   help=_("labels and packets: the label stock, L7160 (3 x 7, default), L7159 "
                          "(3 x 8), L7161 (3 x 6) or L7163 (2 x 7)"))
    p.add_argument("--purpose", default="", metavar="TEXT",
                   help=_("packets: what the reserved IDs are for"))
    p.add_argument("--day", default=None, metavar="DATE",
                   help=_("or-day: the day to print (2026-12-01 or 01/12/2026; default today)"))
    p.add_argument("--room", default=None, metavar="CODE",
                   help=_("or-day: only this operating room (default: every room open that "
                          "day)"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=_("the PDF to write"))
    p.set_defaults(handler=cmd_print)


def cmd_print(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import printing
    from hospcrisis.errors import ValidationError

    out = Path(args.out).expanduser()
    if out.exists() and out.is_dir():
        raise ValidationError(_("{path} is a folder: give a file name ending in .pdf.",
                                path=out))
    options: dict[str, object] = {}
    if args.size and args.form == "wristband":
        options["size"] = args.size
    if args.label_sheet:
        from hospcrisis.forms.data import LABEL_LAYOUTS

        if args.form not in ("labels", "packets"):
            raise ValidationError(_("--label-sheet applies to the forms labels and packets."))
        layout = LABEL_LAYOUTS[args.label_sheet]
        options["layout" if args.form == "labels" else "label_layout"] = layout
    for flag in ("day", "room"):
        value = getattr(args, flag, None)
        if value:
            if not _takes_option(args.form, flag):
                raise ValidationError(_("--{flag} does not apply to the form {name}.",
                                        flag=flag, name=args.form))
            options[flag] = value
    request = printing.PrintRequest(
        form=args.form, ids=tuple(args.ids), count=args.count, blank=args.blank,
        units=tuple(args.units), lang=getattr(args, "lang", None), purpose=args.purpose,
        options=options)
    outcome = printing.run(ctx.session(), request, out)
    ctx.print(_("{pages} page(s) written to {path}.", pages=outcome.pages, path=out))
    block = outcome.job.reserved_block
    if block is not None:
        ctx.print(_("Reserved IDs: {first} to {last}.", first=block.codes[0],
                    last=block.codes[-1]))
    return 0


def _takes_option(form: str, name: str) -> bool:
    """True when the renderer of `form` accepts the keyword option `name`."""
    import inspect

    from hospcrisis.forms.registry import get_form

    parameters = inspect.signature(get_form(form).renderer_function()).parameters
    return name in parameters
