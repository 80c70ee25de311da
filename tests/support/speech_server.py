#!/usr/bin/python3
"""A recording speech server for the end-to-end tests.

Listens where Speech Dispatcher would ($XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock,
here a socket path given on the command line), answers SSIP like the real daemon does,
and appends what the app asks for to a JSON-lines log: {"speak": TEXT} for each text,
{"command": LINE} for every other command (SET ..., CANCEL ..., LIST ...), in order.

Usage: speech_server.py SOCKET LOG_FILE   (prints "ready" once it listens)
"""

import json
import os
import socket
import sys
import threading

VOICES = [("en-gb", "en", "none"), ("en-us", "en-US", "none"), ("de", "de", "none")]

lock = threading.Lock()


def record(log_path, entry):
    with lock, open(log_path, "a", encoding="utf-8") as log:
        log.write(json.dumps(entry) + "\n")


def answer(command):
    """The real daemon's reply to one command line (without CRLF)."""
    words = command.split()
    upper = [w.upper() for w in words]
    if upper[:2] == ["SET", "SELF"] and len(words) >= 4:
        codes = {
            "CLIENT_NAME": "208 OK CLIENT NAME SET",
            "PRIORITY": "202 OK PRIORITY SET",
            "RATE": "203 OK RATE SET",
            "SYNTHESIS_VOICE": "209 OK VOICE SET",
            "LANGUAGE": "201 OK LANGUAGE SET",
        }
        return codes.get(upper[2], "500 ERR UNKNOWN PARAMETER")
    if upper[:1] == ["CANCEL"]:
        return "213 OK CANCELED"
    if upper[:2] == ["LIST", "SYNTHESIS_VOICES"]:
        lines = ["249-%s\t%s\t%s" % voice for voice in VOICES]
        return "\r\n".join(lines + ["249 OK VOICE LIST SENT"])
    return "300 ERR UNKNOWN COMMAND"


def serve(connection, log_path):
    reader = connection.makefile("r", encoding="utf-8", newline="\r\n")
    next_id = 1
    try:
        while True:
            line = reader.readline()
            if not line:
                return
            command = line.rstrip("\r\n")
            if command.upper() == "QUIT":
                connection.sendall(b"231 HAPPY HACKING\r\n")
                return
            if command.upper() == "SPEAK":
                connection.sendall(b"230 OK RECEIVING DATA\r\n")
                text = []
                while True:
                    body = reader.readline()
                    if not body:
                        return
                    body = body.rstrip("\r\n")
                    if body == ".":
                        break
                    text.append(body[1:] if body.startswith("..") else body)
                record(log_path, {"speak": "\n".join(text)})
                connection.sendall(b"225-%d\r\n225 OK MESSAGE QUEUED\r\n" % next_id)
                next_id += 1
                continue
            record(log_path, {"command": command})
            connection.sendall((answer(command) + "\r\n").encode())
    except OSError:
        return
    finally:
        connection.close()


def main():
    socket_path, log_path = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.dirname(socket_path), exist_ok=True)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(socket_path)
    server.listen(8)
    print("ready", flush=True)
    while True:
        connection, _ = server.accept()
        threading.Thread(target=serve, args=(connection, log_path), daemon=True).start()


if __name__ == "__main__":
    main()
