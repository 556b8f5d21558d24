"""python -m serving [--host 127.0.0.1] [--port 8000] [--workers 1]: the API under uvicorn."""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m serving", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    uvicorn.run(
        "serving.app:app_from_env", factory=True, host=args.host, port=args.port, workers=args.workers,
        access_log=False, log_level=args.log_level,
    )


if __name__ == "__main__":
    main()
