"""The documented install path, as a ctest (python_install): not collected by pytest.

    install_check.py <repository root> <work dir>

Makes a virtual environment with `/usr/bin/python3 -m venv --system-site-packages`, runs
`pip install --no-build-isolation --no-index <root>` in it (setup.py builds with CMake; the
CMake tree stays in <work dir>/pip-build so that reruns are incremental), then imports bangfu
from outside the source tree and runs a smoke test. Prints how long each step took.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

SMOKE = r"""
import os, sys
import bangfu
venv = sys.argv[1]
where = os.path.dirname(bangfu.__file__)
assert os.path.realpath(where).startswith(os.path.realpath(venv)), f"bangfu imported from {where}, not the venv"
for f in ("py.typed", "__init__.pyi"):
    assert os.path.exists(os.path.join(where, f)), f"{f} is not installed"
assert bangfu.version() == bangfu.__version__
engine = bangfu.Engine.open(":memory:")
ganluo = engine.region(513435)
assert ganluo.name == "甘洛县" and ganluo.level == bangfu.RegionLevel.county, ganluo
assert bangfu.region_level(513435) == bangfu.RegionLevel.county
try:
    engine.region(999999)
except bangfu.InvalidArgument as e:
    assert e.field == "region_code"
else:
    raise AssertionError("region(999999) should fail")
print("installed bangfu", bangfu.version(), "at", where, "->", ganluo.path)
"""


def run(cmd, **kw):
    shown = [("<smoke test>" if arg == SMOKE else arg) for arg in cmd]
    print("+", " ".join(shown), flush=True)
    started = time.monotonic()
    subprocess.run(cmd, check=True, **kw)
    return time.monotonic() - started


def main() -> int:
    root, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(work, exist_ok=True)
    venv = os.path.join(work, "venv")
    shutil.rmtree(venv, ignore_errors=True)

    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the build tree must not be what gets imported
    env["BANGFU_BUILD_BASE"] = os.path.join(work, "pip-build")
    env["PIP_NO_INDEX"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", "2")

    t_venv = run(["/usr/bin/python3", "-m", "venv", "--system-site-packages", venv], env=env)
    t_pip = run([os.path.join(venv, "bin", "pip"), "install", "--no-build-isolation", "--no-index", root], env=env)
    with tempfile.TemporaryDirectory() as elsewhere:
        t_smoke = run([os.path.join(venv, "bin", "python"), "-c", SMOKE, venv], env=env, cwd=elsewhere)
    print(f"venv {t_venv:.1f} s, pip install {t_pip:.1f} s, smoke {t_smoke:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
