"""The real annotation tools for the integration tests: Label Studio and brat servers on loopback, each in its own
virtual environment, the README's commands that start them, and headless Chromium for screenshots.

Nothing here touches the user's home: the tools' virtual environments live in the repository's ignored
`.live-tools/` folder (made once, then reused), and every server gets a HOME and data folder of its own.
"""

from __future__ import annotations

import base64
import glob
import http.cookiejar
import json
import os
import random
import re
import shutil
import signal
import socket
import string
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
TOOLS_DIR = ROOT / ".live-tools"
HOST = "127.0.0.1"
BRIEFS_BIN = Path(sys.executable).parent
CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


# ---- the README's commands -------------------------------------------------------------------------------------
def readme_blocks(heading: str) -> list[str]:
    """The ```bash blocks under the README's `### heading` (inside "## Correcting annotations"), in order."""
    section = README.read_text(encoding="utf-8").split("\n## Correcting annotations\n", 1)[1].split("\n## ", 1)[0]
    part = section.split(f"\n### {heading}\n", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"```bash\n(.*?)```", part, re.S)


def shell_env(home: Path, **extra: str) -> dict[str, str]:
    """What the README's commands run with: the `briefs` of this test run on PATH, a HOME of the test's own."""
    home.mkdir(parents=True, exist_ok=True)
    return {"PATH": f"{BRIEFS_BIN}:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def run_block(block: str, cwd: Path, env: dict[str, str], timeout: float = 900) -> str:
    """Run a README block with bash (stopping at the first failing command); its standard output."""
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", block], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)
    if done.returncode:
        raise AssertionError(f"README block failed ({done.returncode}):\n{block}\n--- stdout\n{done.stdout[-3000:]}"
                             f"\n--- stderr\n{done.stderr[-3000:]}")
    return done.stdout


def tool_venv(name: str, install_block: str, python: str | None = None) -> tuple[Path, float]:
    """TOOLS_DIR/<name>, made by the README's install block (run in TOOLS_DIR, with `python` for its interpreter)
    unless an earlier session already made it with the same block; returns the venv and the seconds it took."""
    venv, stamp = TOOLS_DIR / name, TOOLS_DIR / f"{name}.installed"
    block = install_block if python is None else re.sub(r"^python3(\.\d+)?(?= -m venv)", python, install_block, flags=re.M)
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == block and (venv / "bin" / "python").exists():
        return venv, 0.0
    shutil.rmtree(venv, ignore_errors=True)
    TOOLS_DIR.mkdir(exist_ok=True)
    started = time.monotonic()
    run_block(block, TOOLS_DIR, shell_env(TOOLS_DIR / "home"), timeout=1200)
    stamp.write_text(block, encoding="utf-8")
    return venv, time.monotonic() - started


def older_python() -> str | None:
    """An interpreter brat's server runs on (Python 3.7 to 3.10), newest first: the distribution's, else pyenv's."""
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    for minor in (10, 9, 8, 7):
        candidates = [f"/usr/bin/python3.{minor}", f"/usr/local/bin/python3.{minor}"]
        candidates += sorted(glob.glob(f"{pyenv}/3.{minor}.*/bin/python3"), reverse=True)
        for candidate in candidates:
            try:
                check = subprocess.run([candidate, "-c", "import venv, ensurepip"], capture_output=True, timeout=60)
            except OSError:
                continue
            if check.returncode == 0:
                return candidate
    return None


# ---- a server started by a README command ----------------------------------------------------------------------
class Server:
    """A server process started by a shell command in its own process group; stopped like Ctrl-C, then harder."""

    def __init__(self, command: str, cwd: Path, env: dict[str, str], log: Path):
        self.log = log
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(
                ["bash", "-c", command], cwd=cwd, env=env,
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))

    def wait_until(self, ready, timeout: float) -> float:
        """Poll `ready()` until it is true; the seconds it took. Fails with the log's tail if the server dies."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited with {self.proc.returncode}:\n{self.tail()}")
            try:
                if ready():
                    return time.monotonic() - started
            except (OSError, ValueError):
                pass
            time.sleep(0.25)
        raise AssertionError(f"server not ready after {timeout} s:\n{self.tail()}")

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> float:
        """SIGINT to the whole group (Ctrl-C), then SIGTERM, then SIGKILL; returns the seconds it took."""
        started = time.monotonic()
        for sig, wait in ((signal.SIGINT, 15), (signal.SIGTERM, 10), (signal.SIGKILL, 10)):
            try:
                os.killpg(self.proc.pid, sig)
                self.proc.wait(wait)
                break
            except ProcessLookupError:
                break
            except subprocess.TimeoutExpired:
                continue
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # children of the group, if any, go too
            try:
                os.killpg(self.proc.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            os.killpg(self.proc.pid, signal.SIGKILL)
        return time.monotonic() - started


def http_json(url: str, method: str = "GET", body=None, token: str | None = None, timeout: float = 60):
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Token {token}"
    data = None
    if body is not None:
        data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = response.read()
    except urllib.error.HTTPError as error:
        raise AssertionError(f"{method} {url} -> {error.code}: {error.read()[:2000]!r}") from None
    return json.loads(payload) if payload else None


# ---- Label Studio ----------------------------------------------------------------------------------------------
def label_studio_login(url: str, username: str, password: str) -> dict[str, str]:
    """Log in through Label Studio's login form, as a person does; the session cookies."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(url + "/user/login/", timeout=30) as response:
        page = response.read().decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    form = {"csrfmiddlewaretoken": csrf.group(1) if csrf else next(c.value for c in jar if c.name == "csrftoken"),
            "email": username, "password": password, "persist_session": "on"}
    request = urllib.request.Request(url + "/user/login/", data=urllib.parse.urlencode(form).encode(),
                                     headers={"Referer": url + "/user/login/"})
    with opener.open(request, timeout=30):
        pass
    cookies = {c.name: c.value for c in jar}
    assert "sessionid" in cookies, "Label Studio login failed"
    return cookies


def corrected_result(task: dict, delete_id: str, relabel: tuple[str, str], add: tuple[str, str]) -> tuple[list, dict]:
    """An annotation result as the labelling UI makes it from the task's prediction: one region deleted (its label
    and its reference box), one relabelled (every item of it marked 'prediction-changed'), one added over the
    first free occurrence of a text (origin 'manual', a random 10-character id). Returns it and what was done."""
    text, prediction = task["data"]["text"], task["predictions"][0]["result"]
    result = []
    for item in json.loads(json.dumps(prediction)):
        if item["id"] == delete_id:
            continue
        if item["id"] == relabel[0]:
            if item["type"] == "labels":
                item["value"]["labels"] = [relabel[1]]
            item["origin"] = "prediction-changed"
        result.append(item)
    deleted = next(r["value"] for r in prediction if r["id"] == delete_id and r["type"] == "labels")
    relabelled = next(r["value"] for r in prediction if r["id"] == relabel[0] and r["type"] == "labels")
    taken = [(r["value"]["start"], r["value"]["end"]) for r in result if r["type"] == "labels"]
    wanted, label = add
    start = next(m.start() for m in re.finditer(re.escape(wanted), text)
                 if all(m.end() <= s or m.start() >= e for s, e in taken))
    end = start + len(wanted)
    assert all(ord(c) <= 0xFFFF for c in text[:end]), "Label Studio counts UTF-16 units: offsets would differ"
    region = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(10))
    added = {"start": start, "end": end, "text": text[start:end], "labels": [label]}
    result.append({"id": region, "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
                   "value": added})
    return result, {"deleted": deleted, "relabelled": relabelled | {"new_label": relabel[1]}, "added": added}


# ---- brat ------------------------------------------------------------------------------------------------------
def brat_ajax(url: str, action: str, **params) -> dict:
    """One call of brat's AJAX API; brat answers HTTP 200 even when it failed, so its `exception` is raised here."""
    query = urllib.parse.urlencode({"action": action, "protocol": 1, **params})
    with urllib.request.urlopen(f"{url}/ajax.cgi?{query}", timeout=60) as response:
        answer = json.loads(response.read())
    assert not answer.get("exception"), f"brat {action}: {answer.get('exception')} {answer.get('messages')}"
    return answer


# ---- headless Chromium over the DevTools protocol --------------------------------------------------------------
class _WebSocket:
    """Just enough of RFC 6455 for the DevTools protocol: masked text frames out, whole messages in."""

    def __init__(self, url: str, timeout: float = 60):
        parts = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        assert b" 101 " in head.split(b"\r\n")[0], f"websocket handshake failed: {head[:200]!r}"
        self.last_id = 0

    def _exactly(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("websocket closed")
            data += chunk
        return data

    def send(self, message: dict) -> None:
        data, mask = json.dumps(message).encode(), os.urandom(4)
        n = len(data)
        length = bytes([0x80 | n]) if n < 126 else (bytes([0x80 | 126]) + struct.pack(">H", n) if n < 65536
                                                     else bytes([0x80 | 127]) + struct.pack(">Q", n))
        self.sock.sendall(bytes([0x81]) + length + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def receive(self) -> dict:
        message = b""
        while True:
            first, second = self._exactly(2)
            n = second & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._exactly(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._exactly(8))[0]
            payload, opcode = self._exactly(n), first & 0x0F
            if opcode == 8:
                raise ConnectionError("websocket closed by the browser")
            if opcode in (9, 10):
                continue
            message += payload
            if first & 0x80:
                return json.loads(message)

    def call(self, method: str, **params):
        self.last_id += 1
        self.send({"id": self.last_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if message.get("id") == self.last_id:
                assert "error" not in message, f"DevTools {method}: {message['error']}"
                return message.get("result", {})


class Browser:
    """Headless Chromium with a throwaway profile, its DevTools port on loopback, no background networking."""

    def __init__(self, profile: Path, width: int = 1400, height: int = 1000):
        self.profile, self.width, self.height = profile, width, height

    def __enter__(self) -> Browser:
        port = free_port()
        self.profile.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", "--disable-breakpad", "--hide-scrollbars", f"--user-data-dir={self.profile}",
             f"--window-size={self.width},{self.height}", f"--remote-debugging-address={HOST}",
             f"--remote-debugging-port={port}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
            env={"PATH": "/usr/bin:/bin", "HOME": str(self.profile), "LANG": "C.UTF-8"})
        self.ws = None
        try:
            for _ in range(300):
                try:
                    with urllib.request.urlopen(f"http://{HOST}:{port}/json/list", timeout=2) as response:
                        pages = [t for t in json.load(response) if t.get("type") == "page"]
                    if pages:
                        break
                except OSError:
                    pass
                time.sleep(0.1)
            else:
                raise AssertionError("chromium did not open its DevTools port")
            self.ws = _WebSocket(pages[0]["webSocketDebuggerUrl"])
            self.ws.call("Network.enable")
            self.ws.call("Page.enable")
            self.ws.call("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height,
                         deviceScaleFactor=1, mobile=False)
        except BaseException:
            self.__exit__()
            raise
        return self

    def set_cookies(self, cookies: dict[str, str]) -> None:
        for name, value in cookies.items():
            self.ws.call("Network.setCookie", name=name, value=value, domain=HOST, path="/")

    def evaluate(self, js: str):
        answer = self.ws.call("Runtime.evaluate", expression=js, returnByValue=True, awaitPromise=True)
        assert "exceptionDetails" not in answer, f"JS error in {js[:80]}: {answer['exceptionDetails'].get('text')}"
        return answer.get("result", {}).get("value")

    def open(self, url: str, ready_js: str, timeout: float = 90) -> None:
        """Go to `url` and wait until `ready_js` is true, then a moment for fonts and the last layout."""
        self.ws.call("Page.navigate", url=url)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.evaluate(f"(() => {{ try {{ return !!({ready_js}); }} catch (e) {{ return false; }} }})()"):
                time.sleep(1.5)
                return
            time.sleep(0.25)
        raise AssertionError(f"{url}: page not ready after {timeout} s ({ready_js})")

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.ws.call("Page.captureScreenshot", format="png")["data"]))

    def __exit__(self, *exc) -> None:
        # closing through the browser lets Chromium end its helper processes itself
        if self.ws is not None:
            try:
                self.ws.send({"id": 10**6, "method": "Browser.close", "params": {}})
            except OSError:
                pass
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)


# ---- a project folder as the README's set-up leaves it ---------------------------------------------------------
SHIPPED = ROOT / "corpus" / "cidob-notes-67-algeria-mali.pdf"
SUMMARY_COUNTS = re.compile(r"^mentions: (.*)$", re.M)


def briefs_project(folder: Path, home: Path) -> Path:
    """A folder with corpus/ (the shipped brief) and annotations/ made by `briefs run`, as after the README's set-up."""
    (folder / "corpus").mkdir(parents=True)
    shutil.copy2(SHIPPED, folder / "corpus" / SHIPPED.name)
    run_block("briefs run", folder, shell_env(home))
    return folder


def summary_counts(output: str) -> dict[str, int]:
    """The per-label mention counts of a `briefs run` summary."""
    return {label: int(n) for label, n in (part.split() for part in SUMMARY_COUNTS.findall(output)[-1].split(", "))}


def spans(ann: Path) -> dict[tuple[int, int], list[str]]:
    """Labels by (start, end) of a brat .ann file's T lines."""
    found: dict[tuple[int, int], list[str]] = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            label, start, end = line.split("\t")[1].split(" ")
            found.setdefault((int(start), int(end)), []).append(label)
    return found


def colour_present(png: Path, hex_colour: str, tolerance: int = 10, minimum: int = 50) -> bool:
    """Whether at least `minimum` pixels of the screenshot have the colour (within `tolerance` per channel)."""
    import numpy as np
    from PIL import Image

    wanted = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])
    with Image.open(png) as image:
        pixels = np.asarray(image.convert("RGB"), dtype=int)
    return int((np.abs(pixels - wanted) <= tolerance).all(axis=-1).sum()) >= minimum
