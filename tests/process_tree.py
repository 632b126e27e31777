"""The peak memory of every process of a run: the run, multiprocessing's fork server and resource tracker, and the
workers forked from the fork server. Workers are not the run's own children, so the run's resource usage at exit
does not cover them; each process's own high-water mark (VmHWM, the most RSS it ever held) is read instead."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import psutil


def high_water_mark(pid: int) -> int:
    """The most resident memory the process has held so far, in bytes (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


class PeakMemory(threading.Thread):
    """Reads the high-water mark of a process and all its descendants every 10 ms until `stop`."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.peaks: dict[int, tuple[str, int]] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            for process in processes:
                try:
                    role, peak = self.peaks.get(process.pid, ("tracker", 0))
                    if role == "tracker":  # read in the instant after its fork, the fork server still shows the run's command
                        role = self.role(process)
                    self.peaks[process.pid] = (role, max(peak, high_water_mark(process.pid)))  # 0 once it has exited
                except (psutil.Error, OSError):
                    continue
            time.sleep(0.01)

    def stop(self) -> None:
        self.stopped.set()
        self.join()

    def role(self, process: psutil.Process) -> str:
        """The run itself, the fork server or resource tracker (its children), a worker (the fork server's), or a
        program a worker started (OCRmyPDF, Tesseract, Ghostscript), by name."""
        if process.pid == self.root.pid:
            return "briefs run"
        parent = process.parent()
        if parent is not None and parent.pid == self.root.pid:
            return "fork server" if "forkserver" in " ".join(process.cmdline()) else "tracker"
        if parent is not None and self.peaks.get(parent.pid, ("",))[0] == "fork server":
            return "worker"
        command = process.cmdline()
        return command[command.index("-m") + 1] if "-m" in command[:-1] else process.name()  # python -m ocrmypdf

    @property
    def largest(self) -> int:
        return max((peak for _, peak in self.peaks.values()), default=0)


def run_watched(command: list[str], folder: Path, environment: dict | None = None) -> tuple[int, str, str, PeakMemory]:
    """Run `command` to its end (with `environment` over this one's) with its output in folder/stdout and
    folder/stderr, watching its processes' memory; returns its exit status, its output and the peaks."""
    with open(folder / "stdout", "w") as stdout, open(folder / "stderr", "w") as stderr:
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=os.environ | (environment or {}))
        memory = PeakMemory(process.pid)
        memory.start()
        process.wait()
        memory.stop()
    return process.returncode, (folder / "stdout").read_text(), (folder / "stderr").read_text(), memory
