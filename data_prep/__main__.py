from data_prep.cli import main

# Guarded: Dask's worker processes (``--engine dask``) import the main module again.
if __name__ == "__main__":
    raise SystemExit(main())
