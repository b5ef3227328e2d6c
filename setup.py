"""Builds the Python package `bangfu` with CMake (setuptools only: no scikit-build, nothing to
download). Used by `pip install --no-build-isolation .` in a virtual environment made with
`/usr/bin/python3 -m venv --system-site-packages`; see docs/python.md.

Environment knobs (all optional):
  BANGFU_BUILD_BASE       where setuptools and CMake build (default: ./build), e.g. to keep a
                          CMake tree between installs
  BANGFU_CMAKE_ARGS       extra arguments for the CMake configure step
  CMAKE_BUILD_PARALLEL_LEVEL  compile jobs (default 2)
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def project_version() -> str:
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(\s*bangfu\s+VERSION\s+([0-9][0-9.]*)", text)
    if not match:
        raise RuntimeError("CMakeLists.txt: project(bangfu VERSION x.y.z) not found")
    return match.group(1)


class CMakeExtension(Extension):
    """The extension bangfu._bangfu, built by CMake (bindings/python/CMakeLists.txt)."""

    def __init__(self, name: str) -> None:
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        build_dir = Path(self.build_temp).resolve() / "cmake"
        build_dir.mkdir(parents=True, exist_ok=True)
        config = "Debug" if self.debug else "Release"
        configure = [
            "cmake", "-S", str(ROOT), "-B", str(build_dir),
            f"-DCMAKE_BUILD_TYPE={config}",
            "-DBANGFU_BUILD_PYTHON=ON",
            "-DBANGFU_BUILD_TESTS=OFF",
            "-DBANGFU_BUILD_BENCH=OFF",
            "-DBANGFU_BUILD_EXAMPLES=OFF",
            "-DBANGFU_BUILD_CLI=OFF",
            f"-DPYTHON_EXECUTABLE={sys.executable}",
        ] + shlex.split(os.environ.get("BANGFU_CMAKE_ARGS", ""))
        subprocess.run(configure, check=True)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or "2"
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "_bangfu", "--parallel", jobs],
                       check=True)
        built = sorted((build_dir / "python" / "bangfu").glob("_bangfu*.so"))
        if not built:
            raise RuntimeError(f"CMake did not produce _bangfu*.so in {build_dir / 'python' / 'bangfu'}")
        dest = Path(self.get_ext_fullpath(ext.name)).resolve()
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[0], dest)


options = {}
build_base = os.environ.get("BANGFU_BUILD_BASE")
if build_base:
    Path(build_base).mkdir(parents=True, exist_ok=True)
    options = {"build": {"build_base": build_base}, "egg_info": {"egg_base": build_base}}

setup(
    version=project_version(),
    ext_modules=[CMakeExtension("bangfu._bangfu")],
    cmdclass={"build_ext": CMakeBuild},
    options=options,
    zip_safe=False,
)
