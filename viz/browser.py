"""Drive a real headless Chromium over the DevTools protocol, to check and time the network page.

In:  an HTML file (opened as file://), JavaScript expressions to evaluate.
Out: evaluated values, a PNG screenshot, and every request the page made.

Used by the browser tests (tests/test_viz_browser.py) and bench/viz_bench.py,
not by the command line. Needs Debian's `chromium` and the websocket-client
package (the test extra); the browser listens on 127.0.0.1 only.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CHROMIUM = os.environ.get("OICKG_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--disable-component-update", "--disable-sync", "--disable-default-apps", "--mute-audio",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1280,800"]


class BrowserError(RuntimeError):
    """Chromium did not start, or the page did not get ready in time."""


def available() -> bool:
    """True when the Chromium binary and the websocket client are both here."""
    try:
        import websocket  # noqa: F401
    except ImportError:
        return False
    return shutil.which(CHROMIUM) is not None


class Chromium:
    """One headless Chromium process with one page, driven over its DevTools websocket.

    with Chromium() as browser:
        browser.open(Path("net.html"), ready="document.body.dataset.ready === 'true'")
        browser.evaluate("window.oickg.nodes.length")
    """

    def __init__(self, width: int = 1280, height: int = 800):
        self.width, self.height = width, height
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self._next_id = 0

    def __enter__(self) -> "Chromium":
        import websocket

        self._profile = tempfile.mkdtemp(prefix="oickg-chromium-")
        self._process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={self._profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self._profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or len(port_file.read_text().splitlines()) < 2:
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise BrowserError(f"{CHROMIUM} did not start (no DevToolsActivePort)")
            time.sleep(0.05)
        port = port_file.read_text().splitlines()[0]
        browser = websocket.create_connection(f"ws://127.0.0.1:{port}{port_file.read_text().splitlines()[1]}",
                                              timeout=60, suppress_origin=True)
        self._ws = browser
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self._session = session
        self.send("Page.enable")
        self.send("Network.enable")
        self.send("Runtime.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height,
                  deviceScaleFactor=1, mobile=False)
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._ws.close()
        except AttributeError:
            pass
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        shutil.rmtree(self._profile, ignore_errors=True)

    def send(self, method: str, **params) -> dict:
        """Send one DevTools command (to the page once attached) and return its result."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if getattr(self, "_session", None):
            message["sessionId"] = self._session
        self._ws.send(json.dumps(message))
        while True:
            reply = json.loads(self._ws.recv())
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self._note(reply)

    def _note(self, event: dict) -> None:
        method = event.get("method")
        if method == "Network.requestWillBeSent":
            self.requests.append(event["params"]["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            self.console_errors.append(event["params"]["exceptionDetails"].get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and event["params"].get("type") == "error":
            self.console_errors.append(" ".join(str(a.get("value", "")) for a in event["params"]["args"]))

    def open(self, path: Path | str, ready: str = "document.readyState === 'complete'", timeout: float = 60) -> float:
        """Load a local file and wait until the JavaScript expression ready is true; return seconds taken."""
        start = time.monotonic()
        self.send("Page.navigate", url=Path(path).resolve().as_uri())
        deadline = start + timeout
        check = f"(() => {{ try {{ return Boolean({ready}); }} catch (e) {{ return false; }} }})()"
        while not self.evaluate(check):
            if time.monotonic() > deadline:
                raise BrowserError(f"{path} was not ready after {timeout} s ({ready})")
            time.sleep(0.02)
        return time.monotonic() - start

    def evaluate(self, expression: str):
        """Evaluate a JavaScript expression in the page and return its value (JSON-able)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def screenshot(self, path: Path | str) -> Path:
        """Save a PNG of the page as it is now; return the path."""
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path
