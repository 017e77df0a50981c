"""Worker processes with a per-document wall-clock and memory limit; a dead worker is replaced.

The parent hands one job at a time to each worker over a pipe and watches it:

* a worker busy on one document longer than `Settings.time_limit` is killed, the document gets
  E010 and a fresh worker takes its place;
* a worker's resident memory is read from /proc every `POLL` seconds; past
  `Settings.memory_limit_mib` it is killed (E011). The worker also caps its own address space
  (RLIMIT_AS, start size + limit), so a sudden allocation fails inside it with MemoryError
  (E011) before the machine swaps;
* a worker that dies (segfault, OOM killer, kill -9) is replaced and its document gets E012.

Workers are forked where the platform allows (Linux), so they share the parent's imported
modules; elsewhere they are spawned. They ignore SIGINT: Ctrl-C is the parent's to handle.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from multiprocessing.connection import wait
from typing import Callable, Iterable, Iterator

POLL = 0.1  # seconds between checks of the busy workers


def _context():
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if sys.platform.startswith("linux") and "fork" in methods else "spawn")


def _rss_mib(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError, AttributeError):  # no /proc (not Linux): RLIMIT_AS only
        return None


def peak_rss_mib(pid: int | str = "self") -> float | None:
    """Peak resident memory (VmHWM) of a process, MiB; None where /proc is not there."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _cap_memory(limit_mib: int) -> None:
    if not limit_mib:
        return
    try:
        import resource

        with open("/proc/self/statm", "rb") as fh:
            vm = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        cap = vm + limit_mib * 2**20
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, OSError, ValueError, AttributeError):  # not Linux: the time limit still applies
        pass


def _worker_main(conn, fn: Callable, memory_limit_mib: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _cap_memory(memory_limit_mib)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        result = fn(job)
        try:
            conn.send(result)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, ctx, fn, memory_limit_mib: int):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, fn, memory_limit_mib), daemon=True)
        self.proc.start()
        child.close()
        self.job = None
        self.started = 0.0

    def give(self, job) -> None:
        self.job, self.started = job, time.monotonic()
        self.conn.send(job)

    def note_peak(self, peaks: list | None) -> None:
        if peaks is not None and self.proc.pid is not None:
            rss = peak_rss_mib(self.proc.pid)
            if rss is not None:
                peaks.append(rss)

    def kill(self) -> None:
        try:
            self.proc.kill()
        except (OSError, AttributeError):
            pass
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(2)
        if self.proc.is_alive():
            self.kill()
        else:
            self.conn.close()


def run_limited(fn: Callable, jobs: Iterable, workers: int, time_limit: float, memory_limit_mib: int,
                on_failure: Callable, peaks: list | None = None, on_started: Callable | None = None) -> Iterator:
    """Yield fn(job) for every job, computed in `workers` processes; a job whose worker is killed
    or dies yields on_failure(job, kind, detail) instead (kind: "time", "memory", "died").
    `peaks`, if given, receives the peak resident memory (MiB) of every worker when it ends;
    `on_started()` is called once the first workers are running."""
    ctx = _context()
    queue = deque(jobs)
    pool: list[_Worker] = []
    try:
        pool = [_Worker(ctx, fn, memory_limit_mib) for _ in range(max(1, min(workers, len(queue))))]
        if on_started is not None:
            on_started()
        idle = list(pool)
        busy: dict = {}  # conn -> worker

        def dispatch() -> None:
            while queue and idle:
                w = idle.pop()
                try:
                    w.give(queue[0])
                except (OSError, ValueError):  # the idle worker died: replace it, keep the job
                    w.kill()
                    pool.remove(w)
                    w = _Worker(ctx, fn, memory_limit_mib)
                    pool.append(w)
                    idle.append(w)
                    continue
                queue.popleft()
                busy[w.conn] = w

        while queue or busy:
            dispatch()
            ready = wait(list(busy), timeout=POLL)
            for conn in ready:
                w = busy.pop(conn)
                try:
                    result = conn.recv()
                except (EOFError, OSError):
                    w.proc.join(1)
                    code = w.proc.exitcode
                    detail = (f"killed by signal {-code}" if code is not None and code < 0
                              else f"exit status {code}")
                    yield on_failure(w.job, "died", detail)
                    pool.remove(w)
                    w.kill()
                    nw = _Worker(ctx, fn, memory_limit_mib)
                    pool.append(nw)
                    idle.append(nw)
                    continue
                job, w.job = w.job, None
                idle.append(w)
                dispatch()  # the next job goes out before the caller writes this result
                yield result
            now = time.monotonic()
            for conn, w in list(busy.items()):
                kind = None
                if time_limit and now - w.started > time_limit:
                    kind, detail = "time", f"{now - w.started:.0f} s"
                elif memory_limit_mib:
                    rss = _rss_mib(w.proc.pid)
                    if rss is not None and rss > memory_limit_mib:
                        kind, detail = "memory", f"{rss:.0f} MiB"
                if kind is None and not w.proc.is_alive() and not conn.poll():
                    code = w.proc.exitcode
                    kind, detail = "died", (f"killed by signal {-code}" if code is not None and code < 0
                                            else f"exit status {code}")
                if kind is None:
                    continue
                busy.pop(conn)
                job = w.job
                w.note_peak(peaks)
                w.kill()
                pool.remove(w)
                nw = _Worker(ctx, fn, memory_limit_mib)
                pool.append(nw)
                idle.append(nw)
                yield on_failure(job, kind, detail)
    finally:
        for w in pool:
            w.note_peak(peaks)
            if w.job is not None or not w.proc.is_alive():
                w.kill()
            else:
                w.stop()
