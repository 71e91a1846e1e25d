"""python -m desktop_app: the same as the `hoinghi` command."""

import sys

from desktop_app.cli import main

sys.exit(main())
