// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/eth_client.h"

#include "chain/revert.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace bs::chain {

namespace {

constexpr std::size_t kTimestampBatch = 100;
constexpr std::size_t kTransactionBatch = 50;

// What a node sent that does not parse, one sentence per kind of value.
constexpr Text kBadChainId =
    BS_TR("chain", "the node sent a malformed chain id; it may be faulty or not an Ethereum node.");
constexpr Text kBadBlockNumber = BS_TR(
    "chain", "the node sent a malformed block number; it may be faulty or not an Ethereum node.");
constexpr Text kBadBlock =
    BS_TR("chain", "the node sent a malformed block; it may be faulty or not an Ethereum node.");
constexpr Text kBadBlockTimestamp =
    BS_TR("chain",
          "the node sent a malformed block timestamp; it may be faulty or not an "
          "Ethereum node.");
constexpr Text kBadBalance =
    BS_TR("chain", "the node sent a malformed balance; it may be faulty or not an Ethereum node.");
constexpr Text kBadTransactionCount =
    BS_TR("chain",
          "the node sent a malformed transaction count; it may be faulty or not an "
          "Ethereum node.");
constexpr Text kBadCallResult = BS_TR(
    "chain", "the node sent a malformed call result; it may be faulty or not an Ethereum node.");
constexpr Text kBadGasEstimate = BS_TR(
    "chain", "the node sent a malformed gas estimate; it may be faulty or not an Ethereum node.");
constexpr Text kBadFeeHistory = BS_TR(
    "chain", "the node sent a malformed fee history; it may be faulty or not an Ethereum node.");
constexpr Text kBadBaseFee =
    BS_TR("chain", "the node sent a malformed base fee; it may be faulty or not an Ethereum node.");
constexpr Text kBadFeeReward = BS_TR(
    "chain", "the node sent a malformed fee reward; it may be faulty or not an Ethereum node.");
constexpr Text kBadPriorityFee = BS_TR(
    "chain", "the node sent a malformed priority fee; it may be faulty or not an Ethereum node.");
constexpr Text kBadTransactionHash =
    BS_TR("chain",
          "the node sent a malformed transaction hash; it may be faulty or not an "
          "Ethereum node.");
constexpr Text kBadTransaction = BS_TR(
    "chain", "the node sent a malformed transaction; it may be faulty or not an Ethereum node.");
constexpr Text kBadReceipt =
    BS_TR("chain",
          "the node sent a malformed transaction receipt; it may be faulty or not an "
          "Ethereum node.");
constexpr Text kBadReceiptLog =
    BS_TR("chain",
          "the node sent a malformed log in a receipt; it may be faulty or not an "
          "Ethereum node.");
constexpr Text kBadLogList =
    BS_TR("chain", "the node sent a malformed log list; it may be faulty or not an Ethereum node.");
constexpr Text kBadLog =
    BS_TR("chain", "the node sent a malformed log; it may be faulty or not an Ethereum node.");

// `v` must be "0x" followed by digits (hex), as JSON-RPC requires.
std::optional<std::string> hexPayload(const QJsonValue& v)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (!s.startsWith(QLatin1String("0x")))
        return std::nullopt;
    return s.mid(2).toStdString();
}

template <class T>
Result<T>
replyTo(const RpcReply& reply, Text malformed, std::optional<T> (*parse)(const QJsonValue&))
{
    if (!reply.ok())
        return toError(reply.error());
    auto parsed = parse(reply.result());
    if (!parsed)
        return fail(malformed);
    return std::move(*parsed);
}

std::optional<TransactionInfo> parseTransaction(const QJsonObject& o)
{
    TransactionInfo tx;
    const auto hash = parseHash(o.value(QLatin1String("hash")));
    const auto from = parseAddress(o.value(QLatin1String("from")));
    const auto input = parseData(o.value(QLatin1String("input")));
    const auto value = parseQuantity(o.value(QLatin1String("value")));
    const auto nonce = parseQuantityU64(o.value(QLatin1String("nonce")));
    if (!hash || !from || !input || !value || !nonce)
        return std::nullopt;
    tx.hash = *hash;
    tx.from = *from;
    tx.input = std::move(*input);
    tx.value = *value;
    tx.nonce = *nonce;
    const QJsonValue to = o.value(QLatin1String("to"));
    if (!to.isNull() && !to.isUndefined()) {
        const auto toAddress = parseAddress(to);
        if (!toAddress)
            return std::nullopt;
        tx.to = *toAddress;
    }
    const QJsonValue block = o.value(QLatin1String("blockNumber"));
    if (!block.isNull() && !block.isUndefined()) {
        const auto n = parseQuantityU64(block);
        if (!n)
            return std::nullopt;
        tx.blockNumber = *n;
    }
    return tx;
}

QJsonArray topicsParam(const LogFilter& filter)
{
    QJsonArray topics;
    for (const auto& alternatives : filter.topics) {
        if (alternatives.empty()) {
            topics.append(QJsonValue::Null);
        } else if (alternatives.size() == 1) {
            topics.append(toHashParam(alternatives.front()));
        } else {
            QJsonArray any;
            for (const Hash256& t : alternatives)
                any.append(toHashParam(t));
            topics.append(any);
        }
    }
    return topics;
}

bool looksLikeRevert(const RpcError& e)
{
    return e.kind == RpcError::Kind::Node &&
           (!e.data.isEmpty() || e.message.contains(QLatin1String("revert"), Qt::CaseInsensitive));
}

} // namespace

BlockTag BlockTag::number(std::uint64_t n)
{
    return BlockTag(QString::fromStdString(U256::fromU64(n).toHex()));
}

// ---- parsers ----

std::optional<U256> parseQuantity(const QJsonValue& v)
{
    const auto digits = hexPayload(v);
    // Digits only: U256::fromHex would also skip a second "0x" ("0x0x12").
    if (!digits || digits->empty() || digits->size() > 64 || !util::isHexDigits(*digits))
        return std::nullopt;
    return U256::fromHex(*digits);
}

std::optional<std::uint64_t> parseQuantityU64(const QJsonValue& v)
{
    const auto q = parseQuantity(v);
    if (!q || !q->fitsU64())
        return std::nullopt;
    return q->toU64();
}

std::optional<std::vector<std::uint8_t>> parseData(const QJsonValue& v)
{
    const auto digits = hexPayload(v);
    if (!digits)
        return std::nullopt;
    return util::hexDecode(*digits, util::HexPrefix::None);
}

std::optional<Hash256> parseHash(const QJsonValue& v)
{
    const auto digits = hexPayload(v);
    Hash256 out{};
    if (!digits || !util::hexDecodeInto(*digits, out))
        return std::nullopt;
    return out;
}

std::optional<EthAddress> parseAddress(const QJsonValue& v)
{
    const auto digits = hexPayload(v);
    EthAddress::Bytes out{};
    // Nodes send lowercase or checksummed addresses; the checksum is not ours to enforce.
    if (!digits || !util::hexDecodeInto(*digits, out))
        return std::nullopt;
    return EthAddress(out);
}

std::optional<Log> parseLog(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    Log log;
    const auto address = parseAddress(o.value(QLatin1String("address")));
    const auto data = parseData(o.value(QLatin1String("data")));
    const auto block = parseQuantityU64(o.value(QLatin1String("blockNumber")));
    const auto blockHash = parseHash(o.value(QLatin1String("blockHash")));
    const auto tx = parseHash(o.value(QLatin1String("transactionHash")));
    const auto index = parseQuantityU64(o.value(QLatin1String("logIndex")));
    const QJsonValue topics = o.value(QLatin1String("topics"));
    if (!address || !data || !block || !blockHash || !tx || !index || *index > UINT32_MAX ||
        !topics.isArray() || topics.toArray().size() > 4)
        return std::nullopt;
    for (const QJsonValue& t : topics.toArray()) {
        const auto topic = parseHash(t);
        if (!topic)
            return std::nullopt;
        log.topics.push_back(*topic);
    }
    log.address = *address;
    log.data = std::move(*data);
    log.blockNumber = *block;
    log.blockHash = *blockHash;
    log.transactionHash = *tx;
    log.logIndex = static_cast<std::uint32_t>(*index);
    log.removed = o.value(QLatin1String("removed")).toBool(false);
    return log;
}

QString toDataParam(std::span<const std::uint8_t> bytes)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(bytes));
}

QString toHashParam(const Hash256& hash)
{
    return toDataParam(hash);
}

Error toError(const RpcError& error)
{
    if (error.kind == RpcError::Kind::Node && !error.data.isEmpty()) {
        const auto* p = reinterpret_cast<const std::uint8_t*>(error.data.constData());
        return revertError({p, static_cast<std::size_t>(error.data.size())});
    }
    // An RpcError made by hand with only its message (tests) says that message.
    const Error said = error.error.text.source || !error.error.message.empty()
                           ? error.error
                           : outsideText(error.message.toStdString());
    if (error.kind == RpcError::Kind::Node)
        return fail(BS_TR("chain", "the node refused the request: %1"), said);
    return said;
}

std::string describeRpcError(const RpcError& error)
{
    return toError(error).message;
}

// ---- EthClient ----

Result<std::uint64_t> EthClient::chainId(std::stop_token stop)
{
    return replyTo<std::uint64_t>(m_rpc.call(QStringLiteral("eth_chainId"), {}, stop), kBadChainId,
                                  parseQuantityU64);
}

Result<std::uint64_t> EthClient::blockNumber(std::stop_token stop)
{
    return replyTo<std::uint64_t>(m_rpc.call(QStringLiteral("eth_blockNumber"), {}, stop),
                                  kBadBlockNumber, parseQuantityU64);
}

Result<std::optional<Hash256>> EthClient::blockHash(std::uint64_t number, std::stop_token stop)
{
    const RpcReply reply = m_rpc.call(QStringLiteral("eth_getBlockByNumber"),
                                      QJsonArray{BlockTag::number(number).param(), false}, stop);
    if (!reply.ok())
        return toError(reply.error());
    if (reply.result().isNull())
        return std::optional<Hash256>();
    const QJsonObject o = reply.result().toObject();
    const auto hash = parseHash(o.value(QLatin1String("hash")));
    const auto at = parseQuantityU64(o.value(QLatin1String("number")));
    if (!hash || !at || *at != number)
        return fail(kBadBlock);
    return std::optional<Hash256>(*hash);
}

Result<std::vector<std::int64_t>> EthClient::blockTimestamps(std::span<const std::uint64_t> numbers,
                                                             std::stop_token stop)
{
    std::vector<std::int64_t> out;
    out.reserve(numbers.size());
    for (std::size_t start = 0; start < numbers.size(); start += kTimestampBatch) {
        QList<RpcRequest> requests;
        const std::size_t end = std::min(numbers.size(), start + kTimestampBatch);
        for (std::size_t i = start; i < end; ++i)
            requests.append({QStringLiteral("eth_getBlockByNumber"),
                             QJsonArray{BlockTag::number(numbers[i]).param(), false}});
        for (const RpcReply& reply : m_rpc.batch(requests, stop)) {
            if (!reply.ok())
                return toError(reply.error());
            if (!reply.result().isObject())
                return fail(BS_TR("chain", "the node does not know a block that it reported a log "
                                           "in; it may be out of sync."));
            const auto ts =
                parseQuantityU64(reply.result().toObject().value(QLatin1String("timestamp")));
            if (!ts || *ts > static_cast<std::uint64_t>(INT64_MAX))
                return fail(kBadBlockTimestamp);
            out.push_back(static_cast<std::int64_t>(*ts));
        }
    }
    return out;
}

Result<U256> EthClient::balance(const EthAddress& account, std::stop_token stop)
{
    const QJsonArray params{QString::fromStdString(account.toLowerHex()),
                            BlockTag::latest().param()};
    return replyTo<U256>(m_rpc.call(QStringLiteral("eth_getBalance"), params, stop), kBadBalance,
                         parseQuantity);
}

Result<std::uint64_t>
EthClient::transactionCount(const EthAddress& account, BlockTag block, std::stop_token stop)
{
    const QJsonArray params{QString::fromStdString(account.toLowerHex()), block.param()};
    return replyTo<std::uint64_t>(
        m_rpc.call(QStringLiteral("eth_getTransactionCount"), params, stop), kBadTransactionCount,
        parseQuantityU64);
}

Result<CallResult> EthClient::call(const EthAddress& to,
                                   std::span<const std::uint8_t> data,
                                   BlockTag block,
                                   std::optional<EthAddress> from,
                                   std::stop_token stop)
{
    QJsonObject tx{{QStringLiteral("to"), QString::fromStdString(to.toLowerHex())},
                   {QStringLiteral("data"), toDataParam(data)}};
    if (from)
        tx.insert(QStringLiteral("from"), QString::fromStdString(from->toLowerHex()));
    const RpcReply reply =
        m_rpc.call(QStringLiteral("eth_call"), QJsonArray{tx, block.param()}, stop);
    if (!reply.ok()) {
        const RpcError& e = reply.error();
        if (!looksLikeRevert(e))
            return toError(e);
        CallResult r;
        r.reverted = true;
        r.data.assign(e.data.begin(), e.data.end());
        r.nodeMessage = e.message;
        return r;
    }
    auto bytes = parseData(reply.result());
    if (!bytes)
        return fail(kBadCallResult);
    CallResult r;
    r.data = std::move(*bytes);
    return r;
}

Result<std::uint64_t> EthClient::estimateGas(const EthAddress& from,
                                             const EthAddress& to,
                                             std::span<const std::uint8_t> data,
                                             std::stop_token stop)
{
    const QJsonObject tx{{QStringLiteral("from"), QString::fromStdString(from.toLowerHex())},
                         {QStringLiteral("to"), QString::fromStdString(to.toLowerHex())},
                         {QStringLiteral("data"), toDataParam(data)}};
    const RpcReply reply = m_rpc.call(QStringLiteral("eth_estimateGas"), QJsonArray{tx}, stop);
    if (!reply.ok() && looksLikeRevert(reply.error())) {
        const auto& d = reply.error().data;
        constexpr Text kWouldFail = BS_TR("chain", "the transaction would fail: %1");
        if (d.isEmpty()) // the node's words
            return fail(kWouldFail, reply.error().message.toStdString());
        return fail(kWouldFail, revertError({reinterpret_cast<const std::uint8_t*>(d.constData()),
                                             static_cast<std::size_t>(d.size())}));
    }
    return replyTo<std::uint64_t>(reply, kBadGasEstimate, parseQuantityU64);
}

Result<FeeSuggestion> EthClient::suggestFees(std::stop_token stop)
{
    // eth_feeHistory gives the next block's base fee and recent tips (50th percentile);
    // eth_maxPriorityFeePerGas is the node's own tip suggestion. Take the larger tip.
    const auto replies = m_rpc.batch(
        {{QStringLiteral("eth_feeHistory"),
          QJsonArray{QStringLiteral("0x5"), BlockTag::latest().param(), QJsonArray{50}}},
         {QStringLiteral("eth_maxPriorityFeePerGas"), {}}},
        stop);
    if (!replies[0].ok())
        return toError(replies[0].error());
    const QJsonObject history = replies[0].result().toObject();
    const QJsonArray baseFees = history.value(QLatin1String("baseFeePerGas")).toArray();
    if (baseFees.isEmpty())
        return fail(kBadFeeHistory);
    const auto nextBase = parseQuantity(baseFees.last());
    if (!nextBase)
        return fail(kBadBaseFee);
    U256 tip;
    for (const QJsonValue& block : history.value(QLatin1String("reward")).toArray()) {
        const auto t = parseQuantity(block.toArray().first());
        if (!t)
            return fail(kBadFeeReward);
        tip = std::max(tip, *t);
    }
    if (replies[1].ok()) {
        const auto nodeTip = parseQuantity(replies[1].result());
        if (!nodeTip)
            return fail(kBadPriorityFee);
        tip = std::max(tip, *nodeTip);
    }
    FeeSuggestion fees;
    fees.baseFee = *nextBase;
    fees.maxPriorityFee = tip;
    const auto doubled = nextBase->checkedAdd(*nextBase);
    const auto maxFee = doubled ? doubled->checkedAdd(tip) : std::nullopt;
    if (!maxFee)
        return fail(kBadBaseFee);
    fees.maxFee = *maxFee;
    return fees;
}

Result<Hash256> EthClient::sendRawTransaction(std::span<const std::uint8_t> raw,
                                              std::stop_token stop)
{
    return replyTo<Hash256>(
        m_rpc.call(QStringLiteral("eth_sendRawTransaction"), QJsonArray{toDataParam(raw)}, stop),
        kBadTransactionHash, parseHash);
}

Result<std::optional<TransactionInfo>> EthClient::transactionByHash(const Hash256& hash,
                                                                    std::stop_token stop)
{
    auto all = transactionsByHash(std::span<const Hash256>(&hash, 1), stop);
    if (!all)
        return all.error();
    return std::move(all->front());
}

Result<std::vector<std::optional<TransactionInfo>>>
EthClient::transactionsByHash(std::span<const Hash256> hashes, std::stop_token stop)
{
    std::vector<std::optional<TransactionInfo>> out;
    out.reserve(hashes.size());
    for (std::size_t start = 0; start < hashes.size(); start += kTransactionBatch) {
        QList<RpcRequest> requests;
        const std::size_t end = std::min(hashes.size(), start + kTransactionBatch);
        for (std::size_t i = start; i < end; ++i)
            requests.append(
                {QStringLiteral("eth_getTransactionByHash"), QJsonArray{toHashParam(hashes[i])}});
        const auto replies = m_rpc.batch(requests, stop);
        for (std::size_t i = 0; i < replies.size(); ++i) {
            const RpcReply& reply = replies[i];
            if (!reply.ok())
                return toError(reply.error());
            if (reply.result().isNull()) {
                out.emplace_back();
                continue;
            }
            auto tx = parseTransaction(reply.result().toObject());
            if (!tx || tx->hash != hashes[start + i])
                return fail(kBadTransaction);
            out.push_back(std::move(tx));
        }
    }
    return out;
}

Result<std::optional<Receipt>> EthClient::transactionReceipt(const Hash256& hash,
                                                             std::stop_token stop)
{
    const RpcReply reply = m_rpc.call(QStringLiteral("eth_getTransactionReceipt"),
                                      QJsonArray{toHashParam(hash)}, stop);
    if (!reply.ok())
        return toError(reply.error());
    if (reply.result().isNull())
        return std::optional<Receipt>();
    const QJsonObject o = reply.result().toObject();
    Receipt r;
    const auto tx = parseHash(o.value(QLatin1String("transactionHash")));
    const auto status = parseQuantityU64(o.value(QLatin1String("status")));
    const auto block = parseQuantityU64(o.value(QLatin1String("blockNumber")));
    const auto blockHash = parseHash(o.value(QLatin1String("blockHash")));
    const auto gasUsed = parseQuantityU64(o.value(QLatin1String("gasUsed")));
    const auto price = parseQuantity(o.value(QLatin1String("effectiveGasPrice")));
    if (!tx || *tx != hash || !status || *status > 1 || !block || !blockHash || !gasUsed || !price)
        return fail(kBadReceipt);
    r.transactionHash = *tx;
    r.success = *status == 1;
    r.blockNumber = *block;
    r.blockHash = *blockHash;
    r.gasUsed = *gasUsed;
    r.effectiveGasPrice = *price;
    for (const QJsonValue& l : o.value(QLatin1String("logs")).toArray()) {
        auto log = parseLog(l);
        if (!log)
            return fail(kBadReceiptLog);
        r.logs.push_back(std::move(*log));
    }
    return std::optional<Receipt>(std::move(r));
}

std::variant<std::vector<Log>, RpcError> EthClient::getLogs(const LogFilter& filter,
                                                            std::uint64_t from,
                                                            std::uint64_t to,
                                                            std::stop_token stop)
{
    QJsonObject params{{QStringLiteral("fromBlock"), BlockTag::number(from).param()},
                       {QStringLiteral("toBlock"), BlockTag::number(to).param()}};
    if (filter.addresses.size() == 1) {
        params.insert(QStringLiteral("address"),
                      QString::fromStdString(filter.addresses.front().toLowerHex()));
    } else if (!filter.addresses.empty()) {
        QJsonArray addresses;
        for (const EthAddress& a : filter.addresses)
            addresses.append(QString::fromStdString(a.toLowerHex()));
        params.insert(QStringLiteral("address"), addresses);
    }
    if (!filter.topics.empty())
        params.insert(QStringLiteral("topics"), topicsParam(filter));

    const RpcReply reply = m_rpc.call(QStringLiteral("eth_getLogs"), QJsonArray{params}, stop);
    if (!reply.ok())
        return reply.error();
    if (!reply.result().isArray())
        return RpcError::of(RpcError::Kind::BadResponse, 0, fail(kBadLogList));
    std::vector<Log> logs;
    for (const QJsonValue& v : reply.result().toArray()) {
        auto log = parseLog(v);
        // A log outside the range asked for is as wrong as a malformed one.
        if (!log || log->blockNumber < from || log->blockNumber > to)
            return RpcError::of(RpcError::Kind::BadResponse, 0, fail(kBadLog));
        logs.push_back(std::move(*log));
    }
    return logs;
}

} // namespace bs::chain
