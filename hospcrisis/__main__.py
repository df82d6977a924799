"""`python -m hospcrisis` — same as the `hospcrisis` command."""

import sys

from hospcrisis.cli import main

sys.exit(main())
