"""``python -m quoteprov``: the same as the ``quoteprov`` command."""

import sys

from .cli import main

sys.exit(main())
