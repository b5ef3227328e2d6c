"""Engine calls release the GIL, and one Engine serves many threads."""

import sqlite3
import threading
import time

import bangfu
from conftest import NOW, SYSTEM


def test_a_blocked_engine_call_lets_other_python_threads_run(tmp_path):
    """A worker's add_unit waits inside SQLite for a write lock that this (main) thread holds.
    Only if the worker released the GIL can the main thread run Python and release the lock;
    otherwise the worker holds the GIL until SQLite's 5 s busy timeout and fails with
    StorageError. Deterministic: the outcome, not a timing, is checked."""
    path = str(tmp_path / "gil.db")
    engine = bangfu.Engine.open(path, clock=NOW)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    events = {}

    def worker():
        events["call"] = time.monotonic()
        try:
            events["result"] = engine.add_unit(SYSTEM, code="GL", kind="受援医院", name="甘洛县人民医院",
                                               region=513435)
        except bangfu.Error as e:  # pragma: no cover - only when the GIL is kept
            events["error"] = e
        events["return"] = time.monotonic()

    t = threading.Thread(target=worker)
    t.start()
    while "call" not in events:
        time.sleep(0.001)
    time.sleep(0.3)               # the worker is now inside add_unit, waiting for the lock
    ran_python = sum(range(1000))  # needs the GIL
    events["commit"] = time.monotonic()
    holder.execute("COMMIT")
    t.join(timeout=30)
    holder.close()
    assert ran_python == 499500
    assert "error" not in events, events.get("error")
    assert events["call"] < events["commit"] < events["return"]
    assert engine.unit(SYSTEM, events["result"]).code == "GL"


def test_many_threads_share_one_engine():
    engine = bangfu.Engine.open(":memory:", clock=NOW)
    errors = []
    ids = []
    lock = threading.Lock()

    def writer(n):
        try:
            for i in range(10):
                uid = engine.add_unit(SYSTEM, code=f"T{n}-{i}", kind="受援医院", name=f"医院{n}-{i}", region=513435)
                assert engine.unit(SYSTEM, uid).code == f"T{n}-{i}"
                assert engine.region(513435).name == "甘洛县"
                with lock:
                    ids.append(uid)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert sorted(ids) == list(range(1, 41))
    assert len(engine.units(SYSTEM)) == 40
    assert len(engine.audit_log(SYSTEM, entity="unit", limit=1000)) == 40


def test_clock_callable_runs_while_other_threads_use_the_engine():
    calls = []

    def clock():
        calls.append(threading.current_thread().name)
        return NOW

    engine = bangfu.Engine.open(":memory:", clock=clock)
    threads = [threading.Thread(target=lambda: [engine.today() for _ in range(20)], name=f"t{i}") for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(set(calls)) == ["t0", "t1", "t2"] and len(calls) == 60


def test_close_while_another_thread_calls_is_safe():
    engine = bangfu.Engine.open(":memory:", clock=NOW)
    outcomes = []
    started = threading.Event()

    def reader():
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                assert engine.region(513435).name == "甘洛县"
                outcomes.append("ok")
                started.set()
            except bangfu.InvalidState:
                outcomes.append("closed")
                return

    t = threading.Thread(target=reader)
    t.start()
    assert started.wait(timeout=30)
    engine.close()
    t.join(timeout=60)
    assert outcomes[0] == "ok" and outcomes[-1] == "closed"
    assert outcomes.count("closed") == 1
