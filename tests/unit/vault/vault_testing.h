// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the vault tests: fast scrypt parameters, a sample profile, file tweaks.
#pragma once

#include "vault/kdf.h"
#include "vault/types.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <span>
#include <string_view>

namespace bs::test {

// Small scrypt cost so that the suite stays fast (the real vault calibrates to ~0.5 s).
inline constexpr vault::KdfParams kFastKdf{1u << 10, 8, 1};

inline std::span<const char> pass(std::string_view s)
{
    return {s.data(), s.size()};
}

inline vault::Profile sampleProfile()
{
    vault::Profile p;
    p.name = QStringLiteral("Alice's provider profile");
    p.role = vault::Role::Provider;
    p.network.chainId = 43113;
    p.network.name = QStringLiteral("Avalanche Fuji");
    p.network.rpcUrl = QStringLiteral("https://api.avax-test.network/ext/bc/C/rpc");
    p.network.operatorUrl = QStringLiteral("https://operator.example/api");
    p.network.registrarAddress = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    p.network.eercAddress = QStringLiteral("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
    p.network.tokenAddress = QStringLiteral("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");
    p.network.deploymentBlock = 123456;
    p.network.allowPlainHttp = false;
    return p;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Flips one bit of the byte at `offset` in place.
inline void flipBit(const QString& path, qint64 offset, int bit = 0)
{
    QByteArray b = readAll(path);
    if (offset < 0 || offset >= b.size())
        qFatal("flipBit: offset %lld outside %s", static_cast<long long>(offset), qPrintable(path));
    b[offset] = char(b[offset] ^ (1 << bit));
    writeAll(path, b);
}

} // namespace bs::test
