#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lints what the Windows and macOS installers are built from, without those systems:
the CI workflow (.github/workflows/desktop-installers.yml), the presets it runs, the vcpkg
manifest and the installer icons. Usage: check_installers.py <source dir>"""
import json
import pathlib
import re
import subprocess
import sys

import yaml

src = pathlib.Path(sys.argv[1])
errors = []


def check(ok, message):
    if not ok:
        errors.append(message)
    return ok


# --- presets ---------------------------------------------------------------------------
presets = json.loads((src / "CMakePresets.json").read_text())
by_kind = {kind: {p["name"]: p for p in presets.get(kind, [])}
           for kind in ("configurePresets", "buildPresets", "packagePresets", "workflowPresets")}
configure = by_kind["configurePresets"]


def cache(name, var):
    """A configure preset's cache variable, following "inherits"."""
    preset = configure[name]
    if var in preset.get("cacheVariables", {}):
        return preset["cacheVariables"][var]
    parent = preset.get("inherits")
    return cache(parent, var) if parent else None


def inherited(name, key):
    preset = configure[name]
    if key in preset:
        return preset[key]
    parent = preset.get("inherits")
    return inherited(parent, key) if parent else None


for name, system in (("windows", "Windows"), ("macos", "Darwin")):
    if not check(name in configure, f"no configure preset {name}"):
        continue
    check(inherited(name, "toolchainFile") == "$env{VCPKG_ROOT}/scripts/buildsystems/vcpkg.cmake",
          f"preset {name} does not use the vcpkg toolchain from $env{{VCPKG_ROOT}}")
    check(configure[name].get("condition", {}).get("rhs") == system,
          f"preset {name} is not limited to {system} hosts")
    check(cache(name, "BS_BUILD_TESTS") == "OFF", f"preset {name} builds the tests")
    check(cache(name, "VCPKG_TARGET_TRIPLET"), f"preset {name} names no vcpkg triplet")
    for kind in ("buildPresets", "packagePresets", "workflowPresets"):
        check(name in by_kind[kind], f"no {kind[:-1]} named {name}")
check(configure.get("windows", {}).get("generator", "").startswith("Visual Studio"),
      "the windows preset must build with MSVC (a Visual Studio generator)")
check(cache("windows", "X_VCPKG_APPLOCAL_DEPS_INSTALL") == "ON",
      "the windows preset must install vcpkg's DLLs next to the executables")
check(by_kind["packagePresets"].get("windows", {}).get("generators") == ["NSIS"],
      "the windows package preset must make the NSIS installer")
check(by_kind["packagePresets"].get("macos", {}).get("generators") == ["DragNDrop"],
      "the macos package preset must make the DragNDrop disk image")
for name, workflow in by_kind["workflowPresets"].items():
    steps = workflow["steps"]
    check([s["type"] for s in steps] == ["configure", "build", "package"],
          f"workflow preset {name}: steps are not configure, build, package")
    for step in steps:
        kind = step["type"] + "Presets"
        target = by_kind[kind].get(step["name"])
        if check(target is not None, f"workflow preset {name}: no {kind[:-1]} {step['name']}"):
            wanted = steps[0]["name"]
            got = step["name"] if kind == "configurePresets" else target["configurePreset"]
            check(got == wanted, f"workflow preset {name}: {step['name']} is not on {wanted}")

# --- vcpkg manifest ----------------------------------------------------------------------
manifest = json.loads((src / "vcpkg.json").read_text())
deps = {}
for dep in manifest["dependencies"]:
    dep = {"name": dep} if isinstance(dep, str) else dep
    deps[dep["name"]] = dep
for feature in manifest.get("features", {}).values():
    for dep in feature["dependencies"]:
        dep = {"name": dep} if isinstance(dep, str) else dep
        deps.setdefault(dep["name"], dep)
# Every library the top-level CMakeLists.txt looks for, by its vcpkg port name.
for port in ("qtbase", "qtdeclarative", "qtcharts", "qtsvg", "qttools", "sqlcipher",
             "secp256k1", "gmp", "openssl", "benchmark", "pkgconf"):
    check(port in deps, f"vcpkg.json lacks the port {port}")
check("qml" in deps.get("qtcharts", {}).get("features", []),
      "vcpkg.json: qtcharts without its QML module (feature qml)")
check("linguist" in deps.get("qttools", {}).get("features", []),
      "vcpkg.json: qttools without lupdate/lrelease (feature linguist)")
check({"gui", "widgets", "network", "openssl"} <= set(deps.get("qtbase", {}).get("features", [])),
      "vcpkg.json: qtbase lacks gui, widgets, network or openssl")
check(deps.get("pkgconf", {}).get("host") is True, "vcpkg.json: pkgconf must be a host tool")

# --- workflow ----------------------------------------------------------------------------
workflow_file = src / ".github/workflows/desktop-installers.yml"
workflow = yaml.safe_load(workflow_file.read_text())
# YAML 1.1 reads the key "on" as the boolean true.
triggers = workflow.get("on", workflow.get(True))
check(isinstance(triggers, dict) and "workflow_dispatch" in triggers and "push" in triggers,
      "workflow: must run on push (tags) and by hand (workflow_dispatch)")
jobs = workflow.get("jobs", {})
runners = {"linux": "ubuntu-latest", "windows": "windows-latest", "macos": "macos-latest"}
for job_name, runner in runners.items():
    job = jobs.get(job_name)
    if not check(isinstance(job, dict), f"workflow: no job {job_name}"):
        continue
    check(job.get("runs-on") == runner, f"workflow: job {job_name} runs on {job.get('runs-on')}, not {runner}")
    steps = job.get("steps", [])
    check(steps and all(isinstance(s, dict) and (("uses" in s) != ("run" in s)) for s in steps),
          f"workflow: job {job_name} has a step with neither or both of uses and run")
    uses = [s["uses"] for s in steps if "uses" in s]
    runs = "\n".join(s["run"] for s in steps if "run" in s)
    check(any(u.startswith("actions/checkout@") for u in uses), f"workflow: job {job_name} does not check out")
    check(f"cmake --workflow --preset {job_name}" in runs,
          f"workflow: job {job_name} does not run `cmake --workflow --preset {job_name}`")
    check(job_name in by_kind["workflowPresets"], f"workflow: job {job_name} has no workflow preset")
    uploads = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@")]
    if check(uploads, f"workflow: job {job_name} uploads no artifact"):
        path = str(uploads[0].get("with", {}).get("path", ""))
        check(f"build/{'release' if job_name == 'linux' else job_name}/packages" in path,
              f"workflow: job {job_name} uploads {path!r}, not the packages directory")
    for s in steps:
        if "uses" in s:
            check(re.search(r"@v\d+|@[0-9a-f]{40}$", s["uses"]),
                  f"workflow: {s['uses']} is not pinned to a version")

# --- icons -------------------------------------------------------------------------------
icons = src / "resources/icons"


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


ico = icons / "backendshield.ico"
check("MS Windows icon resource" in tool("file", "-b", str(ico)), f"{ico} is not an ICO file")
sizes = tool("identify", "-format", "%wx%h ", str(ico)).split()
check(sizes == ["16x16", "32x32", "48x48", "64x64", "128x128", "256x256"],
      f"{ico} has sizes {sizes}, expected 16 to 256")
icns = icons / "backendshield.icns"
check(tool("file", "-b", str(icns)).startswith("Mac OS X icon"), f"{icns} is not an ICNS file")
listed = re.findall(r"(\d+)x\1 32-bit icon", tool("icns2png", "-l", str(icns)))
check(sorted(map(int, listed)) == [16, 32, 48, 128, 256, 512, 1024],
      f"{icns} has sizes {listed}, expected 16 to 1024")

if errors:
    sys.exit("\n".join(["installer lint failed:"] + errors))
print("installer lint ok: presets, vcpkg.json, workflow, icons")
