"""Russia–Iran Relations Monitor: the router. Run with ``streamlit run dashboard/app.py``.

Every run: load the prepared store of the corpus (built on the first run) plus this
session's uploads, restore or read the sidebar filters, write them back to the URL, hand
the filtered view (cached per filter values) to the chosen page.
"""

import sys
from pathlib import Path

# Streamlit (locally and on Community Cloud) puts only this file's folder on sys.path;
# the pipeline package lives at the repository root.
REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

# A store build started from the app may run its workers with "spawn", which imports this
# script again (as ``__mp_main__``) in every worker: there it must not run the app.
if __name__ != "__mp_main__":
    from dashboard.router import main

    main()
