// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reader of snarkjs Groth16 proving keys (.zkey, zk-formats.md section 3).
//
// open() memory-maps the file and validates everything that is cheap to validate: the
// container, protocol (Groth16 only), both field moduli (BN254 only), counts, every section's
// exact size, the header points (on curve; the G2 ones in the subgroup). The bulk sections
// are decoded on request, and each decoder checks every point it returns (coordinates < q,
// on the curve; G2 also the subgroup for a sample), so a corrupt or foreign key is refused
// with a message, never half-used.

#include "crypto/fr.h"
#include "util/result.h"
#include "zk/binfile.h"
#include "zk/g1.h"
#include "zk/g2.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

class QFile;

namespace bs::zk {

struct ZkeyHeader
{
    uint32_t nVars = 0;      // witness length, constant wire included
    uint32_t nPublic = 0;    // public signals (outputs + public inputs), constant wire excluded
    uint32_t domainSize = 0; // power of two
    G1Affine alpha1;
    G1Affine beta1;
    G2Affine beta2;
    G2Affine gamma2;
    G1Affine delta1;
    G2Affine delta2;
};

// One non-zero entry of the A (matrix 0) or B (matrix 1) constraint matrix.
struct ZkeyCoefficient
{
    uint32_t matrix;     // 0 = A, 1 = B
    uint32_t constraint; // < domainSize
    uint32_t signal;     // wire index < nVars
    crypto::Fr value;    // the coefficient itself (decoded from the file's R^2 form)
};

class Zkey
{
public:
    // Maps and validates the file. Errors name the problem (missing, truncated, not a zkey,
    // not Groth16, not BN254, corrupt) and say what to do.
    static Result<Zkey> open(const QString& path);

    // Same checks on bytes already in memory; `data` must outlive the Zkey.
    static Result<Zkey> parse(std::span<const uint8_t> data);

    Zkey(Zkey&&) noexcept;
    Zkey& operator=(Zkey&&) noexcept;
    ~Zkey();

    const ZkeyHeader& header() const { return m_header; }

    Result<std::vector<G1Affine>> ic() const; // nPublic + 1 points (section 3)
    Result<std::vector<G1Affine>> a() const;  // nVars points (section 5)
    Result<std::vector<G1Affine>> b1() const; // nVars points (section 6)
    Result<std::vector<G2Affine>> b2() const; // nVars points (section 7)
    Result<std::vector<G1Affine>> c() const;  // nVars - nPublic - 1 points (section 8)
    Result<std::vector<G1Affine>> h() const;  // domainSize points (section 9)
    Result<std::vector<ZkeyCoefficient>> coefficients() const; // section 4

private:
    Zkey() = default;
    Result<std::vector<G1Affine>> g1Section(uint32_t id, const char* name) const;

    std::unique_ptr<QFile> m_file; // keeps the mapping alive when opened from a path
    BinFile m_bin;
    ZkeyHeader m_header;
};

} // namespace bs::zk
