// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/binfile.h"

namespace bs::zk {

namespace {

// The sentences of one kind of file, each naming it in full (translators see whole sentences).
struct KindTexts
{
    Text wrongType;        // no argument
    Text badVersion;       // %1 version
    Text truncatedHeader;  // %1 number of the section header
    Text truncatedSection; // %1 section id
    Text duplicateSection; // %1 section id
    Text missingSection;   // %1 section id
};

constexpr KindTexts kProvingKeyTexts{
    BS_TR("zk", "The file is not a proving key (.zkey) (wrong file type). Choose the right file."),
    BS_TR("zk",
          "The proving key (.zkey) has format version %1, which this version of the app cannot "
          "read."),
    BS_TR("zk",
          "The proving key (.zkey) is truncated (section header %1 is missing). Download it "
          "again."),
    BS_TR("zk",
          "The proving key (.zkey) is truncated (section %1 is incomplete). Download it again."),
    BS_TR("zk",
          "The proving key (.zkey) is corrupt (section %1 appears twice). Download it again."),
    BS_TR("zk",
          "The proving key (.zkey) is incomplete (section %1 is missing). Download it again."),
};

constexpr KindTexts kWitnessTexts{
    BS_TR("zk", "The file is not a witness file (.wtns) (wrong file type). Choose the right file."),
    BS_TR("zk",
          "The witness file (.wtns) has format version %1, which this version of the app cannot "
          "read."),
    BS_TR("zk",
          "The witness file (.wtns) is truncated (section header %1 is missing). Download it "
          "again."),
    BS_TR("zk",
          "The witness file (.wtns) is truncated (section %1 is incomplete). Download it again."),
    BS_TR("zk",
          "The witness file (.wtns) is corrupt (section %1 appears twice). Download it again."),
    BS_TR("zk",
          "The witness file (.wtns) is incomplete (section %1 is missing). Download it again."),
};

const KindTexts& textsOf(BinFile::Kind kind)
{
    return kind == BinFile::Kind::Witness ? kWitnessTexts : kProvingKeyTexts;
}

} // namespace

Result<BinFile> BinFile::parse(std::span<const uint8_t> data,
                               std::string_view magic,
                               uint32_t maxVersion,
                               Kind kind)
{
    const KindTexts& texts = textsOf(kind);
    if (data.size() < 12 ||
        std::string_view(reinterpret_cast<const char*>(data.data()), 4) != magic)
        return fail(texts.wrongType);
    BinFile f;
    f.m_kind = kind;
    f.m_version = readU32LE(data.data() + 4);
    if (f.m_version == 0 || f.m_version > maxVersion)
        return fail(texts.badVersion, f.m_version);
    const uint32_t count = readU32LE(data.data() + 8);
    std::size_t pos = 12;
    for (uint32_t i = 0; i < count; ++i) {
        if (data.size() - pos < 12)
            return fail(texts.truncatedHeader, i + 1);
        const uint32_t id = readU32LE(data.data() + pos);
        const uint64_t len = readU64LE(data.data() + pos + 4);
        pos += 12;
        if (len > data.size() - pos)
            return fail(texts.truncatedSection, id);
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
            return fail(textsOf(m_kind).duplicateSection, id);
        found = &e;
    }
    if (!found)
        return fail(textsOf(m_kind).missingSection, id);
    return found->payload;
}

} // namespace bs::zk
