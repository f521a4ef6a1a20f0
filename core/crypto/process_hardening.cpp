// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/process_hardening.h"

#ifdef __linux__
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace bs::crypto {

HardeningReport hardenProcess()
{
    HardeningReport r;
#ifdef __linux__
    r.supported = true;
    // A core file would hold whatever was in memory: keys, passphrases, decrypted pages.
    const rlimit none{0, 0};
    r.noCoreLimit = ::setrlimit(RLIMIT_CORE, &none) == 0;
    // Also stops ptrace attach and /proc/<pid>/mem reads by other processes of this user.
    r.notDumpable =
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return r;
}

} // namespace bs::crypto
