// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/wtns.h"

#include "zk/binfile.h"
#include "zk/field_bytes.h"

#include <QFile>
#include <QSaveFile>

namespace bs::zk {

namespace {
constexpr uint32_t kVersion = 2;
constexpr uint32_t kN8 = 32;
constexpr Text kOtherField =
    BS_TR("zk", "The witness file is for another field; only BN254 witnesses can be used.");
} // namespace

Result<std::vector<crypto::Fr>> decodeWtns(std::span<const uint8_t> data)
{
    auto bin = BinFile::parse(data, "wtns", kVersion, BinFile::Kind::Witness);
    if (!bin)
        return bin.error();
    auto hdr = bin->section(1);
    if (!hdr)
        return hdr.error();
    if (hdr->size() < 4 || readU32LE(hdr->data()) != kN8 || hdr->size() != 4 + kN8 + 4)
        return fail(kOtherField);
    if (limbsFromBytesLE(hdr->subspan<4, 32>()) != crypto::FrParams::kModulus)
        return fail(kOtherField);
    const uint32_t n = readU32LE(hdr->data() + 4 + kN8);
    auto values = bin->section(2);
    if (!values)
        return values.error();
    if (values->size() / kN8 != n || values->size() % kN8 != 0)
        return fail(
            BS_TR("zk", "The witness file is corrupt (its size does not match its header)."));

    std::vector<crypto::Fr> out;
    out.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
        const Limbs v = limbsFromBytesLE(
            std::span<const uint8_t, 32>(values->data() + std::size_t(i) * kN8, kN8));
        if (!crypto::Fr::isBelowModulus(v))
            return fail(
                BS_TR("zk", "The witness file is corrupt (value %1 is not a field element)."), i);
        out.push_back(crypto::Fr::fromCanonicalLimbs(v));
    }
    if (out.empty() || out[0] != crypto::Fr::one())
        return fail(BS_TR("zk", "The witness file is corrupt (its first value must be 1)."));
    return out;
}

std::vector<uint8_t> encodeWtns(std::span<const crypto::Fr> witness)
{
    std::vector<uint8_t> out;
    out.reserve(12 + 12 + 40 + 12 + witness.size() * kN8);
    for (char ch : {'w', 't', 'n', 's'})
        out.push_back(static_cast<uint8_t>(ch));
    appendU32LE(out, kVersion);
    appendU32LE(out, 2); // sections
    appendU32LE(out, 1);
    appendU64LE(out, 4 + kN8 + 4);
    appendU32LE(out, kN8);
    std::array<uint8_t, 32> buf{};
    limbsToBytesLE(crypto::FrParams::kModulus, buf);
    out.insert(out.end(), buf.begin(), buf.end());
    appendU32LE(out, static_cast<uint32_t>(witness.size()));
    appendU32LE(out, 2);
    appendU64LE(out, uint64_t(witness.size()) * kN8);
    for (const crypto::Fr& w : witness) {
        limbsToBytesLE(w.canonicalLimbs(), buf);
        out.insert(out.end(), buf.begin(), buf.end());
    }
    return out;
}

Result<std::vector<crypto::Fr>> readWtnsFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(BS_TR("zk", "Cannot open the witness file %1: %2."), path.toStdString(),
                    f.errorString().toStdString());
    const QByteArray bytes = f.readAll();
    return decodeWtns(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                               static_cast<std::size_t>(bytes.size())));
}

Result<void> writeWtnsFile(const QString& path, std::span<const crypto::Fr> witness)
{
    const std::vector<uint8_t> bytes = encodeWtns(witness);
    QSaveFile f(path); // all or nothing: never leave a half-written witness behind
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size())) !=
            qint64(bytes.size()) ||
        !f.commit())
        return fail(BS_TR("zk", "Cannot write the witness file %1: %2."), path.toStdString(),
                    f.errorString().toStdString());
    return {};
}

} // namespace bs::zk
