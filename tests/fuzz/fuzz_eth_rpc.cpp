// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what a node answers, through the whole JSON-RPC stack (JsonRpcClient's
// id matching, batches and error objects, then EthClient's typed parsers: receipts, logs,
// transactions, fee history, reverts). Nothing may crash, and what parses must hold what the
// client promises:
//   a receipt or a transaction is the one asked for; logs of eth_getLogs lie in the range
//   asked for; a log written back as JSON parses to the same log; maxFee = 2 * baseFee + tip;
//   a batch answers every request; the value parsers accept "0x" + hex digits only and print
//   back to the same value.
//
// Input: byte 0 selects the call, bytes 1..32 are the hash (or the numbers) asked for, the
// rest is the HTTP body the node answers with (status 200). The first request of a fresh
// client has id 1, a batch ids 1..n (seeds: tests/fuzz/corpus/fuzz_eth_rpc, from the devnet).

#include "chain/eth_client.h"
#include "chain/json_rpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace bs::chain;

namespace {

class Answer final : public JsonTransport
{
public:
    explicit Answer(QByteArray body)
        : m_body(std::move(body))
    {}
    HttpResponse post(const QByteArray&, std::stop_token) override
    {
        return {HttpResponse::Outcome::Ok, 200, m_body, {}};
    }
    QString endpointForDisplay() const override { return QStringLiteral("fuzz"); }

private:
    QByteArray m_body;
};

void check(bool ok)
{
    if (!ok)
        std::abort();
}

QString quantity(std::uint64_t v)
{
    return QString::fromStdString(bs::U256::fromU64(v).toHex());
}

// A log as a node writes it.
QJsonObject toJson(const Log& log)
{
    QJsonArray topics;
    for (const Hash256& t : log.topics)
        topics.append(toHashParam(t));
    return {{QStringLiteral("address"), QString::fromStdString(log.address.toLowerHex())},
            {QStringLiteral("topics"), topics},
            {QStringLiteral("data"), toDataParam(log.data)},
            {QStringLiteral("blockNumber"), quantity(log.blockNumber)},
            {QStringLiteral("blockHash"), toHashParam(log.blockHash)},
            {QStringLiteral("transactionHash"), toHashParam(log.transactionHash)},
            {QStringLiteral("logIndex"), quantity(log.logIndex)},
            {QStringLiteral("removed"), log.removed}};
}

void checkRoundTrip(const Log& log)
{
    const auto back = parseLog(toJson(log));
    check(back.has_value());
    check(back->address == log.address && back->topics == log.topics && back->data == log.data &&
          back->blockNumber == log.blockNumber && back->blockHash == log.blockHash &&
          back->transactionHash == log.transactionHash && back->logIndex == log.logIndex &&
          back->removed == log.removed);
}

bool hexDigits(const QString& s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

// The value parsers on the body taken as one JSON string.
void checkValues(const QByteArray& body)
{
    const QString text = QString::fromUtf8(body);
    const QJsonValue v(text);
    const QString digits = text.mid(2);
    const bool wellFormed = text.startsWith(QLatin1String("0x")) && hexDigits(digits);
    if (const auto q = parseQuantity(v)) {
        check(wellFormed && !digits.isEmpty());
        QString minimal = digits.toLower();
        while (minimal.size() > 1 && minimal.front() == u'0')
            minimal.remove(0, 1);
        check(QString::fromStdString(q->toHex()) == QLatin1String("0x") + minimal);
        const auto small = parseQuantityU64(v);
        check(small.has_value() == q->fitsU64() && (!small || *small == q->toU64()));
    }
    if (const auto d = parseData(v))
        check(wellFormed && toDataParam(*d) == text.toLower());
    if (const auto h = parseHash(v))
        check(wellFormed && toHashParam(*h) == text.toLower());
    if (const auto a = parseAddress(v))
        check(wellFormed && QString::fromStdString(a->toLowerHex()) == text.toLower());
    if (const auto l = parseLog(QJsonDocument::fromJson(body).object()))
        checkRoundTrip(*l);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 33)
        return 0;
    Hash256 hash{};
    std::copy(data + 1, data + 33, hash.begin());
    const QByteArray body(reinterpret_cast<const char*>(data + 33), qsizetype(size - 33));
    JsonRpcClient rpc(std::make_unique<Answer>(body), RetryPolicy{1, {}, 1.0, {}});
    EthClient eth(rpc);
    const EthAddress account(EthAddress::Bytes{0x11, 0x22});
    const std::uint64_t number = (std::uint64_t(hash[0]) << 8) | hash[1];

    switch (data[0] % 12) {
    case 0:
        if (const auto r = eth.transactionReceipt(hash); r && *r) {
            check((*r)->transactionHash == hash);
            for (const Log& log : (*r)->logs)
                checkRoundTrip(log);
        }
        break;
    case 1: {
        LogFilter filter{{account}, {{hash}, {}}};
        const std::uint64_t to = number + hash[2];
        const auto logs = eth.getLogs(filter, number, to);
        if (const auto* list = std::get_if<std::vector<Log>>(&logs)) {
            for (const Log& log : *list) {
                check(log.blockNumber >= number && log.blockNumber <= to);
                checkRoundTrip(log);
            }
        } else {
            (void)describeRpcError(std::get<RpcError>(logs));
        }
        break;
    }
    case 2:
        if (const auto t = eth.transactionByHash(hash); t && *t)
            check((*t)->hash == hash);
        break;
    case 3: {
        Hash256 second = hash;
        second[31] ^= 1;
        const std::array<Hash256, 3> asked{hash, second, hash};
        if (const auto all = eth.transactionsByHash(asked)) {
            check(all->size() == asked.size());
            for (size_t i = 0; i < asked.size(); ++i)
                check(!(*all)[i] || (*all)[i]->hash == asked[i]);
        }
        break;
    }
    case 4:
        if (const auto fees = eth.suggestFees()) {
            const auto doubled = fees->baseFee.checkedAdd(fees->baseFee);
            check(doubled && doubled->checkedAdd(fees->maxPriorityFee) == fees->maxFee);
        }
        break;
    case 5:
        if (const auto r = eth.call(account, hash); r && r->reverted)
            (void)r->nodeMessage.size();
        break;
    case 6:
        (void)eth.estimateGas(account, account, hash);
        break;
    case 7:
        (void)eth.blockHash(number);
        break;
    case 8: {
        const std::array<std::uint64_t, 3> blocks{number, number + 1, number + 2};
        if (const auto times = eth.blockTimestamps(blocks))
            check(times->size() == blocks.size());
        break;
    }
    case 9:
        (void)eth.sendRawTransaction(hash);
        break;
    case 10:
        (void)eth.chainId();
        (void)eth.transactionCount(account, BlockTag::pending());
        break;
    default:
        checkValues(body);
        break;
    }
    return 0;
}
