"""Worker processes with a per-document wall-clock and memory limit; a dead worker is replaced.

The parent hands jobs to each worker over a pipe (a few ahead; results come back in lists) and
watches it:

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
BATCH = 8  # results a worker sends in one message while it has more jobs to run
FLUSH = 0.2  # seconds a result waits in its worker for the others of its message, at most
PREFETCH = BATCH + 2  # jobs a worker holds at most while more wait: it runs on while its results travel
AHEAD = 0.1  # seconds of work a worker holds beyond its running job, about (by its pace; at least 1 job)


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


def _worker_main(conn, fn: Callable, memory_limit_mib: int, state=None) -> None:
    """Run the jobs received, in order, until None or the end of the pipe. Results go back in
    lists, in the order of the jobs: the worker takes in every job waiting in its pipe and sends
    what it has done once it holds `BATCH` results, or has one job left (which it runs while the
    parent answers with more), or its oldest result is `FLUSH` seconds old; so the parent wakes
    up once per list, not once per document. `state` (shared with the parent): jobs started,
    jobs finished, when the running one started (time.monotonic), written around each job."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _cap_memory(memory_limit_mib)
    todo: deque = deque()
    done: list = []
    first = 0.0  # when the oldest result of `done` was made
    stop = False
    while True:
        try:
            while not stop and conn.poll():
                job = conn.recv()
                if job is None:
                    stop = True  # (after the jobs sent before it)
                else:
                    todo.append(job)
        except (EOFError, OSError):
            stop = True
        if done and (len(done) >= BATCH or len(todo) <= 1 or time.monotonic() - first >= FLUSH):
            try:
                conn.send(done)
            except (OSError, ValueError):
                return
            done = []
        if not todo:
            if stop:
                return
            try:
                job = conn.recv()
            except (EOFError, OSError):
                return
            if job is None:
                return
            todo.append(job)
        job = todo.popleft()
        if state is not None:
            state[2] = time.monotonic()
            state[0] += 1
        result = fn(job)
        if state is not None:
            state[1] += 1
        if not done:
            first = time.monotonic()
        done.append(result)


class _Worker:
    def __init__(self, ctx, fn, memory_limit_mib: int):
        self.conn, child = ctx.Pipe()
        self.state = ctx.RawArray("d", 3)  # jobs started, jobs finished, when the running one started
        self.proc = ctx.Process(target=_worker_main, args=(child, fn, memory_limit_mib, self.state), daemon=True)
        self.proc.start()
        child.close()
        self.jobs: deque = deque()  # sent and not yet answered, in the order the worker runs them
        self.answered = 0  # results received from this worker
        self.pace = None  # seconds a job, a running average over the lists of results received
        self.mark = 0.0  # when the worker last became busy or last sent results

    @property
    def job(self):
        return self.jobs[0] if self.jobs else None

    def running_since(self) -> float | None:
        """When the job the worker is running started (time.monotonic), None between jobs."""
        started, finished, since = self.state[0], self.state[1], self.state[2]
        return since if started > finished else None

    def give(self, job) -> None:
        self.conn.send(job)
        if not self.jobs:
            self.mark = time.monotonic()
        self.jobs.append(job)

    def answer(self, n: int) -> None:
        """n results of the first jobs held have come back."""
        for _ in range(n):
            self.jobs.popleft()
        self.answered += n
        now = time.monotonic()
        if n:
            pace = (now - self.mark) / n
            self.pace = pace if self.pace is None else 0.7 * self.pace + 0.3 * pace
        self.mark = now

    def depth(self) -> int:
        """Jobs to hold while more wait: 2 until the worker's pace is known, then about `AHEAD`
        seconds of work, up to `PREFETCH` (quick documents: lists of results, few wake-ups; slow
        ones: at the end of a run no worker waits behind another's pile)."""
        if self.pace is None:
            return 2
        return max(2, min(PREFETCH, 1 + int(AHEAD / max(self.pace, 1e-6))))

    def lost(self) -> tuple:
        """The worker is gone: (the job it was running, or the first it held when it died between
        jobs; the jobs to run again: those it finished but whose results did not come back, and
        those it had not started)."""
        jobs = list(self.jobs)
        finished = int(self.state[1]) - self.answered
        finished = max(0, min(finished, len(jobs)))
        if self.state[0] > self.state[1] and finished < len(jobs):
            return jobs[finished], jobs[:finished] + jobs[finished + 1:]
        return (jobs[0], jobs[1:]) if jobs else (None, [])

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


def _exit_detail(proc) -> str:
    code = proc.exitcode
    return f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"


def run_limited(fn: Callable, jobs: Iterable, workers: int, time_limit: float, memory_limit_mib: int,
                on_failure: Callable, peaks: list | None = None, on_started: Callable | None = None) -> Iterator:
    """Yield fn(job) for every job, computed in `workers` processes; a job whose worker is killed
    or dies yields on_failure(job, kind, detail) instead (kind: "time", "memory", "died").
    `peaks`, if given, receives the peak resident memory (MiB) of every worker when it ends;
    `on_started()` is called once the first workers are running.

    While more jobs wait than there are workers, each worker holds about `AHEAD` seconds of
    jobs in its pipe (2 to `PREFETCH`, by its pace) and sends its results in lists (`BATCH`,
    `FLUSH`): a worker does not wait for this
    process (descheduled on a busy machine) to hand it the next job, and this process wakes up
    once per list of results, not once per document (issue 16: what it does per wake-up competes
    with the workers for the cores). As the queue runs out, the jobs left are shared evenly. If a
    worker is killed or dies, the job it was running fails; the jobs it had not started, and
    those it finished but whose results did not come back, go back to the queue (run again: a
    job is a pure function of its input). Limits are checked every `POLL` seconds, not at every
    result."""
    ctx = _context()
    queue = deque(jobs)
    pool: list[_Worker] = []
    try:
        pool = [_Worker(ctx, fn, memory_limit_mib) for _ in range(max(1, min(workers, len(queue))))]
        if on_started is not None:
            on_started()
        busy: dict = {}  # conn -> worker, for workers holding jobs

        def replace(w: _Worker):
            """w is gone (killed or dead): a fresh worker takes its place, the jobs to run again
            go back to the queue; returns the job that fails."""
            w.note_peak(peaks)
            busy.pop(w.conn, None)
            w.kill()
            failed, again = w.lost()
            w.jobs.clear()
            queue.extendleft(reversed(again))
            pool.remove(w)
            pool.append(_Worker(ctx, fn, memory_limit_mib))
            return failed

        def dispatch() -> None:
            for depth in (1, PREFETCH):
                if depth > 1 and len(queue) <= len(pool):
                    return  # the last jobs: each to a worker of its own
                share = len(queue) // len(pool)  # (the jobs left, shared evenly as the queue runs out)
                for w in list(pool):
                    limit = 1 if depth == 1 else min(w.depth(), len(w.jobs) + share)
                    while queue and len(w.jobs) < limit:
                        try:
                            w.give(queue[0])
                        except (OSError, ValueError):  # the worker died: queue[0] stays queued
                            if not w.jobs:
                                replace(w)  # it held nothing
                            # else its pipe, read below, gives its last results or the end of file,
                            # and the job it was running is reported there (replacing it here lost
                            # that job: neither yielded nor queued again)
                            break
                        queue.popleft()
                        busy[w.conn] = w

        last_check = time.monotonic()
        while queue or busy:
            dispatch()
            ready = wait(list(busy), timeout=POLL)
            for conn in ready:
                w = busy.get(conn)
                if w is None or w not in pool:
                    continue
                try:
                    results = conn.recv()
                except (EOFError, OSError):
                    w.proc.join(1)
                    detail = _exit_detail(w.proc)
                    job = replace(w)
                    if job is not None:
                        yield on_failure(job, "died", detail)
                    continue
                w.answer(len(results))
                if not w.jobs:
                    busy.pop(conn)
                dispatch()  # the next jobs go out before the caller writes these results
                yield from results
            now = time.monotonic()
            if ready and now - last_check < POLL:
                continue
            last_check = now
            for conn, w in list(busy.items()):
                kind = None
                since = w.running_since()
                if time_limit and since is not None and now - since > time_limit:
                    kind, detail = "time", f"{now - since:.0f} s"
                elif memory_limit_mib:
                    rss = _rss_mib(w.proc.pid)
                    if rss is not None and rss > memory_limit_mib:
                        kind, detail = "memory", f"{rss:.0f} MiB"
                if kind is None and not w.proc.is_alive() and not conn.poll():
                    kind, detail = "died", _exit_detail(w.proc)
                if kind is None:
                    continue
                job = replace(w)
                if job is not None:
                    yield on_failure(job, kind, detail)
    finally:
        for w in pool:
            w.note_peak(peaks)
            if w.jobs or not w.proc.is_alive():
                w.kill()
            else:
                w.stop()
