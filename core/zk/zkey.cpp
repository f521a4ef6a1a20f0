// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/zkey.h"

#include "zk/field_bytes.h"

#include <QFile>

#include <string>

namespace bs::zk {

namespace {

constexpr uint32_t kSecHeader = 1;
constexpr uint32_t kSecGroth16Header = 2;
constexpr uint32_t kSecIc = 3;
constexpr uint32_t kSecCoefficients = 4;
constexpr uint32_t kSecA = 5;
constexpr uint32_t kSecB1 = 6;
constexpr uint32_t kSecB2 = 7;
constexpr uint32_t kSecC = 8;
constexpr uint32_t kSecH = 9;

constexpr std::size_t kG1Bytes = 64;
constexpr std::size_t kG2Bytes = 128;
constexpr std::size_t kCoefficientBytes = 12 + 32;
constexpr std::size_t kGroth16HeaderBytes = 4 + 32 + 4 + 32 + 3 * 4 + 3 * kG1Bytes + 3 * kG2Bytes;

// How many B2 points get the (costly) subgroup check when decoding.
constexpr std::size_t kB2SubgroupSample = 4;

constexpr Text kOtherCurve =
    BS_TR("zk", "The proving key is for another curve; only BN254 (bn128) keys can be used.");
constexpr Text kInvalidHeaderPoint =
    BS_TR("zk", "The proving key (.zkey) is corrupt: invalid %1. Download it again.");
constexpr Text kInvalidPoint =
    BS_TR("zk",
          "The proving key (.zkey) is corrupt: invalid point %1 in section %2. Download it again.");
constexpr Text kCoefficientOutOfRange = BS_TR(
    "zk", "The proving key (.zkey) is corrupt: coefficient %1 is out of range. Download it again.");

bool sizeIs(std::span<const uint8_t> s, uint64_t count, std::size_t each)
{
    return s.size() / each == count && s.size() % each == 0;
}

} // namespace

Zkey::Zkey(Zkey&&) noexcept = default;
Zkey& Zkey::operator=(Zkey&&) noexcept = default;
Zkey::~Zkey() = default;

Result<Zkey> Zkey::open(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(BS_TR("zk", "Cannot open the proving key %1: %2."), path.toStdString(),
                    file->errorString().toStdString());
    const qint64 size = file->size();
    if (size < 12)
        return fail(BS_TR("zk", "The file %1 is not a proving key (.zkey)."), path.toStdString());
    uchar* data = file->map(0, size);
    if (!data)
        return fail(BS_TR("zk", "Cannot read the proving key %1: %2."), path.toStdString(),
                    file->errorString().toStdString());
    auto parsed = parse(std::span<const uint8_t>(data, static_cast<std::size_t>(size)));
    if (!parsed)
        return parsed.error();
    parsed->m_file = std::move(file);
    return std::move(parsed).value();
}

Result<Zkey> Zkey::parse(std::span<const uint8_t> data)
{
    // snarkjs writes version 1 and its prover accepts up to 2.
    auto bin = BinFile::parse(data, "zkey", 2, BinFile::Kind::ProvingKey);
    if (!bin)
        return bin.error();

    auto sec1 = bin->section(kSecHeader);
    if (!sec1)
        return sec1.error();
    if (sec1->size() != 4)
        return fail(BS_TR("zk",
                          "The proving key (.zkey) is corrupt: bad header section size. Download "
                          "it again."));
    const uint32_t protocol = readU32LE(sec1->data());
    if (protocol != 1)
        return fail(BS_TR("zk",
                          "The proving key is for another proof system (protocol %1); only "
                          "Groth16 keys can be used."),
                    protocol);

    auto sec2 = bin->section(kSecGroth16Header);
    if (!sec2)
        return sec2.error();
    const std::span<const uint8_t> h = *sec2;
    // Check the field sizes before the total size, so a key for another curve gets the
    // right message.
    if (h.size() < 4 || readU32LE(h.data()) != 32 || h.size() < 4 + 32 + 4 ||
        readU32LE(h.data() + 36) != 32)
        return fail(kOtherCurve);
    if (h.size() != kGroth16HeaderBytes)
        return fail(BS_TR("zk",
                          "The proving key (.zkey) is corrupt: bad Groth16 header size. Download "
                          "it again."));
    if (limbsFromBytesLE(h.subspan<4, 32>()) != FqParams::kModulus ||
        limbsFromBytesLE(h.subspan<40, 32>()) != crypto::FrParams::kModulus)
        return fail(kOtherCurve);

    Zkey z;
    ZkeyHeader& hd = z.m_header;
    hd.nVars = readU32LE(h.data() + 72);
    hd.nPublic = readU32LE(h.data() + 76);
    hd.domainSize = readU32LE(h.data() + 80);
    if (hd.nVars == 0 || hd.nPublic >= hd.nVars)
        return fail(BS_TR(
            "zk",
            "The proving key (.zkey) is corrupt: inconsistent signal counts. Download it again."));
    // The prover's coset factor is a primitive 2n-th root of unity, which exists in Fr only up
    // to n = 2^27 (snarkjs special-cases 2^28 with a different setup, zk-formats.md section 6).
    if (hd.domainSize < 2 || (hd.domainSize & (hd.domainSize - 1)) != 0)
        return fail(BS_TR("zk",
                          "The proving key (.zkey) is corrupt: the domain size is not a power of "
                          "two. Download it again."));
    if (hd.domainSize > (1u << 27))
        return fail(
            BS_TR("zk", "The proving key's circuit is too large (more than 2^27 constraints)."));
    if (hd.domainSize < hd.nPublic + 1)
        return fail(BS_TR("zk",
                          "The proving key (.zkey) is corrupt: the domain is smaller than the "
                          "public inputs. Download it again."));

    std::size_t off = 84;
    auto nextG1 = [&](G1Affine& out, const char* name) -> Result<void> {
        auto p = g1FromZkeyBytes(std::span<const uint8_t, 64>(h.data() + off, 64));
        off += kG1Bytes;
        if (!p || p->infinity)
            return fail(kInvalidHeaderPoint, name);
        out = *p;
        return {};
    };
    auto nextG2 = [&](G2Affine& out, const char* name) -> Result<void> {
        auto p = g2FromZkeyBytes(std::span<const uint8_t, 128>(h.data() + off, 128));
        off += kG2Bytes;
        if (!p || p->infinity || !isInSubgroup(*p))
            return fail(kInvalidHeaderPoint, name);
        out = *p;
        return {};
    };
    // Order in the file: alpha1, beta1, beta2, gamma2, delta1, delta2.
    for (auto r :
         {nextG1(hd.alpha1, "alpha1"), nextG1(hd.beta1, "beta1"), nextG2(hd.beta2, "beta2"),
          nextG2(hd.gamma2, "gamma2"), nextG1(hd.delta1, "delta1"), nextG2(hd.delta2, "delta2")}) {
        if (!r)
            return r.error();
    }

    struct Expect
    {
        uint32_t id;
        uint64_t count;
        std::size_t each;
        const char* name;
    };
    const Expect expects[] = {
        {kSecIc, uint64_t(hd.nPublic) + 1, kG1Bytes, "IC"},
        {kSecA, hd.nVars, kG1Bytes, "A"},
        {kSecB1, hd.nVars, kG1Bytes, "B1"},
        {kSecB2, hd.nVars, kG2Bytes, "B2"},
        {kSecC, uint64_t(hd.nVars) - hd.nPublic - 1, kG1Bytes, "C"},
        {kSecH, hd.domainSize, kG1Bytes, "H"},
    };
    for (const Expect& e : expects) {
        auto s = bin->section(e.id);
        if (!s)
            return s.error();
        if (!sizeIs(*s, e.count, e.each))
            return fail(BS_TR("zk",
                              "The proving key (.zkey) is corrupt: section %1 has the wrong size. "
                              "Download it again."),
                        e.name);
    }
    auto coeffs = bin->section(kSecCoefficients);
    if (!coeffs)
        return coeffs.error();
    if (coeffs->size() < 4 ||
        !sizeIs(coeffs->subspan(4), readU32LE(coeffs->data()), kCoefficientBytes))
        return fail(BS_TR("zk",
                          "The proving key (.zkey) is corrupt: the coefficient section has the "
                          "wrong size. Download it again."));

    z.m_bin = std::move(bin).value();
    return z;
}

Result<std::vector<G1Affine>> Zkey::g1Section(uint32_t id, const char* name) const
{
    auto s = m_bin.section(id);
    if (!s)
        return s.error();
    const std::size_t n = s->size() / kG1Bytes;
    std::vector<G1Affine> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto p = g1FromZkeyBytes(std::span<const uint8_t, 64>(s->data() + i * kG1Bytes, 64));
        if (!p)
            return fail(kInvalidPoint, i, name);
        out[i] = *p;
    }
    return out;
}

Result<std::vector<G1Affine>> Zkey::ic() const
{
    return g1Section(kSecIc, "IC");
}
Result<std::vector<G1Affine>> Zkey::a() const
{
    return g1Section(kSecA, "A");
}
Result<std::vector<G1Affine>> Zkey::b1() const
{
    return g1Section(kSecB1, "B1");
}
Result<std::vector<G1Affine>> Zkey::c() const
{
    return g1Section(kSecC, "C");
}
Result<std::vector<G1Affine>> Zkey::h() const
{
    return g1Section(kSecH, "H");
}

Result<std::vector<G2Affine>> Zkey::b2() const
{
    auto s = m_bin.section(kSecB2);
    if (!s)
        return s.error();
    const std::size_t n = s->size() / kG2Bytes;
    std::vector<G2Affine> out(n);
    std::size_t checked = 0;
    for (std::size_t i = 0; i < n; ++i) {
        auto p = g2FromZkeyBytes(std::span<const uint8_t, 128>(s->data() + i * kG2Bytes, 128));
        if (!p)
            return fail(kInvalidPoint, i, "B2");
        // On the twist but outside the subgroup would break soundness of nothing we rely on
        // (the verifier checks the proof), yet it means a damaged key: sample a few.
        if (!p->infinity && checked < kB2SubgroupSample) {
            ++checked;
            if (!isInSubgroup(*p))
                return fail(BS_TR("zk",
                                  "The proving key (.zkey) is corrupt: point %1 in section B2 is "
                                  "not in G2. Download it again."),
                            i);
        }
        out[i] = *p;
    }
    return out;
}

Result<std::vector<ZkeyCoefficient>> Zkey::coefficients() const
{
    auto s = m_bin.section(kSecCoefficients);
    if (!s)
        return s.error();
    const uint32_t count = readU32LE(s->data());
    std::vector<ZkeyCoefficient> out;
    out.reserve(count);
    for (uint32_t k = 0; k < count; ++k) {
        const uint8_t* rec = s->data() + 4 + std::size_t(k) * kCoefficientBytes;
        ZkeyCoefficient c{readU32LE(rec), readU32LE(rec + 4), readU32LE(rec + 8), {}};
        if (c.matrix > 1 || c.constraint >= m_header.domainSize || c.signal >= m_header.nVars)
            return fail(kCoefficientOutOfRange, k);
        const Limbs stored = limbsFromBytesLE(std::span<const uint8_t, 32>(rec + 12, 32));
        if (!crypto::Fr::isBelowModulus(stored))
            return fail(kCoefficientOutOfRange, k);
        // The file holds v * R^2 mod r. Read as a Montgomery representation that is the
        // element v * R, whose canonical value v * R is the Montgomery representation of v.
        const Limbs vR = crypto::Fr::fromMontgomeryLimbs(stored).canonicalLimbs();
        c.value = crypto::Fr::fromMontgomeryLimbs(vR);
        out.push_back(c);
    }
    return out;
}

} // namespace bs::zk
