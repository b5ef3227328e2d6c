"""The Python examples run as they are documented, so they cannot rot."""

import os
import subprocess
import sys

import pytest

from conftest import SOURCE_DIR

EXAMPLES = os.path.join(SOURCE_DIR, "examples", "python")


@pytest.mark.parametrize("script", sorted(f for f in os.listdir(EXAMPLES) if f.endswith(".py")))
def test_example_runs(script, tmp_path):
    env = dict(os.environ)
    # The example imports bangfu as a user would; make this build's package importable.
    import bangfu
    package_parent = os.path.dirname(os.path.dirname(os.path.abspath(bangfu.__file__)))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
    done = subprocess.run([sys.executable, os.path.join(EXAMPLES, script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip(), "an example should show what it did"


def test_quickstart_exists():
    assert os.path.exists(os.path.join(EXAMPLES, "quickstart.py"))
