// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/events.h"

#include <algorithm>

namespace bs::audit {

namespace {

// Layout, version 1:
//   u8 version (1), u8 kind, u8 pct status, i64 blockTime (big-endian), 32 txHash,
//   20 counterparty, 20 auditor, then amount, eventAmount, dust, each as u8 length (0..32)
//   followed by that many big-endian bytes without leading zeros.
constexpr std::uint8_t kVersion = 1;

void putU256(QByteArray& out, const U256& v)
{
    const std::vector<std::uint8_t> bytes = v.toMinimalBigEndian();
    out.append(static_cast<char>(bytes.size()));
    out.append(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

class Reader
{
public:
    explicit Reader(const QByteArray& bytes)
        : m_p(reinterpret_cast<const std::uint8_t*>(bytes.constData()))
        , m_left(std::size_t(bytes.size()))
    {}

    bool take(std::uint8_t* out, std::size_t n)
    {
        if (n > m_left)
            return false;
        std::copy_n(m_p, n, out);
        m_p += n;
        m_left -= n;
        return true;
    }
    bool byte(std::uint8_t& out) { return take(&out, 1); }
    bool u256(U256& out)
    {
        std::uint8_t n = 0;
        if (!byte(n) || n > 32)
            return false;
        std::array<std::uint8_t, 32> word{};
        if (!take(word.data() + 32 - n, n))
            return false;
        if (n > 0 && word[32 - n] == 0)
            return false; // not minimal: not what encodeEvent writes
        out = U256::fromBigEndian(word);
        return true;
    }
    bool done() const { return m_left == 0; }

private:
    const std::uint8_t* m_p;
    std::size_t m_left;
};

} // namespace

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Payout:
        return QStringLiteral("payout");
    case EventKind::Withdraw:
        return QStringLiteral("withdraw");
    case EventKind::Deposit:
        return QStringLiteral("deposit");
    case EventKind::Burn:
        return QStringLiteral("burn");
    case EventKind::AuditorChanged:
        return QStringLiteral("auditor-changed");
    }
    return {};
}

QString pctStatusName(PctStatus status)
{
    switch (status) {
    case PctStatus::None:
        return QStringLiteral("none");
    case PctStatus::Decrypted:
        return QStringLiteral("decrypted");
    case PctStatus::Undecryptable:
        return QStringLiteral("undecryptable");
    }
    return {};
}

QByteArray encodeEvent(const ChainEvent& e)
{
    QByteArray out;
    out.reserve(3 + 8 + 32 + 40 + 3 * 9);
    out.append(static_cast<char>(kVersion));
    out.append(static_cast<char>(e.kind));
    out.append(static_cast<char>(e.pct));
    const auto time = static_cast<std::uint64_t>(e.blockTime);
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(static_cast<char>((time >> shift) & 0xff));
    out.append(reinterpret_cast<const char*>(e.txHash.data()), 32);
    out.append(reinterpret_cast<const char*>(e.counterparty.bytes().data()), 20);
    out.append(reinterpret_cast<const char*>(e.auditor.bytes().data()), 20);
    putU256(out, e.amount);
    putU256(out, e.eventAmount);
    putU256(out, e.dust);
    return out;
}

Result<ChainEvent>
decodeEvent(std::uint64_t blockNumber, std::uint32_t logIndex, const QByteArray& bytes)
{
    const auto damaged = [&] { return fail(kCacheDamaged, blockNumber, logIndex); };
    Reader r(bytes);
    ChainEvent e;
    e.blockNumber = blockNumber;
    e.logIndex = logIndex;
    std::uint8_t version = 0, kind = 0, pct = 0;
    std::array<std::uint8_t, 8> time{};
    crypto::EthAddress::Bytes counterparty{}, auditor{};
    if (!r.byte(version) || version != kVersion || !r.byte(kind) || !r.byte(pct) ||
        !r.take(time.data(), 8) || !r.take(e.txHash.data(), 32) ||
        !r.take(counterparty.data(), 20) || !r.take(auditor.data(), 20) || !r.u256(e.amount) ||
        !r.u256(e.eventAmount) || !r.u256(e.dust) || !r.done())
        return damaged();
    if (kind < 1 || kind > 5 || pct > 2)
        return damaged();
    e.kind = static_cast<EventKind>(kind);
    e.pct = static_cast<PctStatus>(pct);
    std::uint64_t t = 0;
    for (std::uint8_t b : time)
        t = (t << 8) | b;
    e.blockTime = static_cast<std::int64_t>(t);
    e.counterparty = crypto::EthAddress(counterparty);
    e.auditor = crypto::EthAddress(auditor);
    return e;
}

} // namespace bs::audit
