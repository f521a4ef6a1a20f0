// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps secrets out of crash dumps: called first thing in the app's and the CLI's main.
//
// Linux: prctl(PR_SET_DUMPABLE, 0) (no core dump, and no ptrace attach or /proc/<pid>/mem
// read by other processes of the same user) and RLIMIT_CORE 0 (soft and hard, so the process
// cannot raise it again). Other systems: nothing yet (returns a report saying so).

namespace bs::crypto {

struct HardeningReport
{
    bool supported = false;   // this platform has the measures
    bool notDumpable = false; // PR_SET_DUMPABLE 0 took effect
    bool noCoreLimit = false; // RLIMIT_CORE is 0/0
};

// Applies the measures; safe to call more than once.
HardeningReport hardenProcess();

} // namespace bs::crypto
