"""python -m serving [--host 127.0.0.1] [--port 8000] [--workers 1] [--log-level info]: the API."""

from serving.server import main

if __name__ == "__main__":
    main()
