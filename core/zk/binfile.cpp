// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/binfile.h"

namespace bs::zk {

Result<BinFile> BinFile::parse(std::span<const uint8_t> data,
                               std::string_view magic,
                               uint32_t maxVersion,
                               std::string_view what)
{
    const std::string name(what);
    if (data.size() < 12 ||
        std::string_view(reinterpret_cast<const char*>(data.data()), 4) != magic)
        return fail("The file is not a " + name + " (wrong file type). Choose the right file.");
    BinFile f;
    f.m_what = name;
    f.m_version = readU32LE(data.data() + 4);
    if (f.m_version == 0 || f.m_version > maxVersion)
        return fail("The " + name + " has format version " + std::to_string(f.m_version) +
                    ", which this version of the app cannot read.");
    const uint32_t count = readU32LE(data.data() + 8);
    std::size_t pos = 12;
    for (uint32_t i = 0; i < count; ++i) {
        if (data.size() - pos < 12)
            return fail("The " + name + " is truncated (section header " + std::to_string(i + 1) +
                        " is missing). Download it again.");
        const uint32_t id = readU32LE(data.data() + pos);
        const uint64_t len = readU64LE(data.data() + pos + 4);
        pos += 12;
        if (len > data.size() - pos)
            return fail("The " + name + " is truncated (section " + std::to_string(id) +
                        " is incomplete). Download it again.");
        f.m_sections.push_back({id, data.subspan(pos, static_cast<std::size_t>(len))});
        pos += static_cast<std::size_t>(len);
    }
    return f;
}

Result<std::span<const uint8_t>> BinFile::section(uint32_t id) const
{
    const Entry* found = nullptr;
    for (const Entry& e : m_sections) {
        if (e.id != id)
            continue;
        if (found)
            return fail("The " + m_what + " is corrupt (section " + std::to_string(id) +
                        " appears twice). Download it again.");
        found = &e;
    }
    if (!found)
        return fail("The " + m_what + " is incomplete (section " + std::to_string(id) +
                    " is missing). Download it again.");
    return found->payload;
}

} // namespace bs::zk
