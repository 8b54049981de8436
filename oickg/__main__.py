"""Run the command line: `python -m oickg ...`."""
from oickg.cli import main

main()
