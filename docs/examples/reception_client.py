#!/usr/bin/env python3
"""Example reception-system client of the MynaGate reader API (docs/reader-api.md).

Asks the terminal for the next verification on one reader, waits for the patient's session there to end, and
prints the outcome. Python 3 standard library only.

    MYNAGATE_API_KEY=mgk_... ./reception_client.py --terminal http://127.0.0.1:47100 --reader R01 --reference RCPT-0042

Exit status: 0 completed, 1 failed / cancelled / expired, 2 bad usage or the API refused the request.
"""
import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request


def call(terminal, key, method, path, body=None, timeout=90):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(terminal.rstrip("/") + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + key)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terminal", required=True, help="the terminal's console address")
    parser.add_argument("--reader", required=True, help="reader id, e.g. R01 (GET /api/v1/readers lists them)")
    parser.add_argument("--reference", required=True, help="the reception's number for this visit (never a name)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds to wait for the patient")
    args = parser.parse_args()
    key = os.environ.get("MYNAGATE_API_KEY")
    if not key:
        print("set MYNAGATE_API_KEY to the key the terminal gave you", file=sys.stderr)
        return 2

    status, verification = call(args.terminal, key, "POST", f"/api/v1/readers/{args.reader}/verifications",
                                {"reference": args.reference})
    if status != 201:
        print(f"refused ({status}): {verification['code']}: {verification['message']}", file=sys.stderr)
        return 2
    print(f"waiting for the patient at {args.reader} (verification {verification['id']})", flush=True)

    deadline = time.monotonic() + args.timeout
    while verification["state"] == "Waiting" and time.monotonic() < deadline:
        # the terminal holds each request up to 30 s and answers at once when the session ends
        status, verification = call(args.terminal, key, "GET", f"/api/v1/verifications/{verification['id']}?wait=30")
        if status != 200:
            print(f"refused ({status}): {verification['code']}: {verification['message']}", file=sys.stderr)
            return 2
    if verification["state"] == "Waiting":
        call(args.terminal, key, "DELETE", f"/api/v1/verifications/{verification['id']}")
        verification["state"] = "Cancelled"

    print(" ".join(f"{name}={verification.get(name) or '-'}" for name in
                   ("reference", "state", "method", "errorCode", "resultFile", "certificateFile")))
    return 0 if verification["state"] == "Completed" else 1


if __name__ == "__main__":
    sys.exit(main())
