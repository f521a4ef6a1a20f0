// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the vault tests: fast scrypt parameters, a sample profile, file tweaks.
#pragma once

#include "vault/kdf.h"
#include "vault/records.h"

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
    chain::Network n;
    n.deployment.chainId = 43113;
    n.name = QStringLiteral("Avalanche Fuji");
    n.rpcUrl = QUrl(QStringLiteral("https://api.avax-test.network/ext/bc/C/rpc"));
    n.operatorUrl = QUrl(QStringLiteral("https://operator.example/api"));
    n.deployment.registrar =
        *crypto::EthAddress::fromString("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    n.deployment.encryptedErc =
        *crypto::EthAddress::fromString("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
    n.deployment.token =
        *crypto::EthAddress::fromString("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");
    n.deployment.deploymentBlock = 123456;
    n.allowPlainHttp = false;
    // What GET /network adds, so that round trips through the vault and backups cover the
    // whole description.
    n.token = chain::TokenInfo{QStringLiteral("USDC"), 6};
    n.eercDecimals = 2;
    n.tokenId = U256::fromU64(1);
    n.operatorAddress =
        *crypto::EthAddress::fromString("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    chain::CircuitArtifact withdraw;
    withdraw.wasmSha256 = QString(64, QLatin1Char('a'));
    withdraw.zkeySha256 = QString(64, QLatin1Char('b'));
    withdraw.wasmUrl = QUrl(QStringLiteral("https://operator.example/artifacts/withdraw.wasm"));
    withdraw.zkeyUrl = QUrl(QStringLiteral("https://operator.example/artifacts/withdraw.zkey"));
    n.circuits.insert(QStringLiteral("withdraw"), withdraw);
    p.network = n;
    return p;
}

// A decrypted credit of `amount` base units in block `block` (its tx hash made of the block
// and the log index, so distinct events have distinct hashes).
inline vault::HistoryEntry entry(quint64 token, quint64 block, quint32 logIndex, const char* amount)
{
    vault::HistoryEntry e;
    e.tokenId = token;
    e.kind = QStringLiteral("credit");
    e.source = QStringLiteral("transfer");
    e.blockNumber = block;
    e.blockTime = qint64(1700000000 + block);
    e.txHash = QStringLiteral("0x%1").arg(block * 1000 + logIndex, 64, 16, QLatin1Char('0'));
    e.logIndex = logIndex;
    e.counterparty = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    e.amount = QString::fromLatin1(amount);
    e.decrypted = true;
    return e;
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
