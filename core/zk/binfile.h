// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The iden3 "binfile" container used by snarkjs and circom (.zkey, .wtns, .r1cs, .ptau):
//   4-byte magic, u32 version, u32 section count N, then N x (u32 id, u64 length, payload),
// all little-endian. There is no directory; sections may come in any order.

#include "util/result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bs::zk {

class BinFile
{
public:
    // The kinds of file read, which the error messages name.
    enum class Kind
    {
        ProvingKey, // "proving key (.zkey)"
        Witness,    // "witness file (.wtns)"
    };

    // Walks the section headers of `data` (which must outlive the BinFile). Fails with a
    // message naming the `kind` of file if the magic differs, the version is 0 or above
    // maxVersion, or a section runs past the end of the data.
    static Result<BinFile> parse(std::span<const uint8_t> data,
                                 std::string_view magic,
                                 uint32_t maxVersion,
                                 Kind kind);

    uint32_t version() const { return m_version; }

    // The payload of the section with this id. Fails if it is missing or appears more than
    // once (a reader must never silently pick one of two copies).
    Result<std::span<const uint8_t>> section(uint32_t id) const;

private:
    struct Entry
    {
        uint32_t id;
        std::span<const uint8_t> payload;
    };
    Kind m_kind = Kind::ProvingKey;
    uint32_t m_version = 0;
    std::vector<Entry> m_sections;
};

// Little-endian readers for unaligned positions; the caller checks bounds.
inline uint32_t readU32LE(const uint8_t* p)
{
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}
inline uint64_t readU64LE(const uint8_t* p)
{
    return uint64_t(readU32LE(p)) | uint64_t(readU32LE(p + 4)) << 32;
}
inline void appendU32LE(std::vector<uint8_t>& out, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}
inline void appendU64LE(std::vector<uint8_t>& out, uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

} // namespace bs::zk
