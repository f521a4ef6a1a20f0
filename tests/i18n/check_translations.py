#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the committed .ts files are complete (docs/translations.md).

Runs lupdate with exactly the build's sources, include paths and options (read from
<build>/i18n/lupdate_inputs.json, written by app/gui/CMakeLists.txt) into temporary copies of
the committed .ts files, and fails, listing them, when a message is
  - new:         lupdate extracts it but the committed file does not hold it (run the target
                 update_translations and translate it),
  - obsolete:    the committed file holds it but the sources no longer say it (or it is marked
                 vanished/obsolete),
  - unfinished:  type="unfinished" or an empty translation (any plural form),
  - placeholders: the translation's %1..%9 differ from the source's.
The committed files are never written.

Usage: check_translations.py <lupdate> <lupdate_inputs.json>
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?([1-9])")


def messages(ts_path):
    """(language, {key: message element}) of a .ts file; key = (context, source, comment)."""
    root = ET.parse(ts_path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return root.get("language") or "", found


def translations(message):
    """The translation texts of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def problems_of(key, message, committed):
    translation = message.find("translation")
    kind = translation.get("type") if translation is not None else None
    texts = translations(message)
    found = []
    if key not in committed:
        found.append("new")
    if kind in ("vanished", "obsolete"):
        found.append("obsolete")
    elif kind == "unfinished" or not texts or any(not t.strip() for t in texts):
        found.append("unfinished")
    else:
        wanted = set(PLACEHOLDER.findall(key[1]))
        for text in texts:
            have = set(PLACEHOLDER.findall(text))
            if have != wanted:
                found.append("placeholders %s in the translation, %s in the source"
                             % (" ".join("%" + p for p in sorted(have)) or "none",
                                " ".join("%" + p for p in sorted(wanted)) or "none"))
                break
    return found


def describe(key):
    context, source, comment = key
    text = source if len(source) <= 100 else source[:97] + "..."
    text = text.replace("\n", "\\n")
    return "[%s] \"%s\"%s" % (context, text, " (%s)" % comment if comment else "")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    lupdate, inputs_path = argv[1], argv[2]
    with open(inputs_path, encoding="utf-8") as f:
        inputs = json.load(f)

    failures = 0
    with tempfile.TemporaryDirectory(prefix="bs-i18n-") as tmp:
        copies = []
        for ts in inputs["tsFiles"]:
            copy = os.path.join(tmp, os.path.basename(ts))
            if os.path.exists(ts):
                shutil.copyfile(ts, copy)
            copies.append(copy)
        # The lupdate project file, as Qt's qt_add_lupdate writes it, for the copies.
        project = {
            "projectFile": inputs["projectFile"],
            "includePaths": inputs["includePaths"],
            "sources": [s for s in inputs["sources"] if os.path.exists(s)],
            "translations": copies,
        }
        project_path = os.path.join(tmp, "project.json")
        with open(project_path, "w", encoding="utf-8") as f:
            json.dump(project, f)
        run = subprocess.run([lupdate, "-project", project_path] + inputs["options"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if run.returncode != 0:
            print(run.stdout)
            print("lupdate failed with exit code %d" % run.returncode)
            return 1

        for ts, copy in zip(inputs["tsFiles"], copies):
            name = os.path.basename(ts)
            if not os.path.exists(ts):
                print("%s: missing; build the target update_translations to create it" % name)
                failures += 1
                continue
            _, committed = messages(ts)
            language, regenerated = messages(copy)
            expected = re.match(r".*_([a-z]{2,3}(_[A-Z]{2})?)\.ts$", name)
            listed = []
            if expected and language.split("_")[0] != expected.group(1).split("_")[0]:
                listed.append("the file says language=\"%s\"" % language)
            counts = {}
            for key, message in regenerated.items():
                found = problems_of(key, message, committed)
                if found:
                    listed.append("%s: %s" % (", ".join(found), describe(key)))
                    for problem in found:
                        kind = problem.split(" ")[0]
                        counts[kind] = counts.get(kind, 0) + 1
            for key, message in committed.items():
                if key not in regenerated:
                    listed.append("obsolete: %s" % describe(key))
                    counts["obsolete"] = counts.get("obsolete", 0) + 1
            if listed:
                summary = ", ".join("%d %s" % (n, k) for k, n in sorted(counts.items()))
                print("%s: %d problem(s) (%s)" % (name, len(listed), summary))
                for line in listed:
                    print("  " + line)
                failures += len(listed)
            else:
                print("%s: complete, %d messages" % (name, len(regenerated)))
    if failures:
        print("\n%d problem(s). Run `cmake --build <build> --target update_translations`, then "
              "translate every new or unfinished message (docs/translations.md)." % failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
