// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Typed Ethereum JSON-RPC (the eth_* methods the wallet needs) on top of JsonRpcClient.
// Everything that comes back is parsed strictly: a malformed quantity, address or hash is
// an error, never a zero.
#include "chain/json_rpc.h"
#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "util/result.h"
#include "util/u256.h"

#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <stop_token>
#include <variant>
#include <vector>

namespace bs::chain {

using crypto::EthAddress;
using crypto::Hash256;

// A block parameter: a number, or "latest" / "pending".
class BlockTag
{
public:
    static BlockTag latest() { return BlockTag(QStringLiteral("latest")); }
    static BlockTag pending() { return BlockTag(QStringLiteral("pending")); }
    static BlockTag number(std::uint64_t n);
    const QString& param() const { return m_param; }

private:
    explicit BlockTag(QString p)
        : m_param(std::move(p))
    {}
    QString m_param;
};

struct Log
{
    EthAddress address{EthAddress::Bytes{}};
    std::vector<Hash256> topics;
    std::vector<std::uint8_t> data;
    std::uint64_t blockNumber = 0;
    Hash256 blockHash{};
    Hash256 transactionHash{};
    std::uint32_t logIndex = 0;
    bool removed = false;
};

struct LogFilter
{
    std::vector<EthAddress> addresses;
    // Per position: empty = any topic; otherwise any of the given values.
    std::vector<std::vector<Hash256>> topics;
};

struct TransactionInfo
{
    Hash256 hash{};
    EthAddress from{EthAddress::Bytes{}};
    std::optional<EthAddress> to;
    std::vector<std::uint8_t> input;
    U256 value;
    std::uint64_t nonce = 0;
    std::optional<std::uint64_t> blockNumber; // nullopt while pending
};

struct Receipt
{
    Hash256 transactionHash{};
    bool success = false;
    std::uint64_t blockNumber = 0;
    Hash256 blockHash{};
    std::uint64_t gasUsed = 0;
    U256 effectiveGasPrice;
    std::vector<Log> logs;
};

// What eth_call gives: return data, or a revert with its data.
struct CallResult
{
    bool reverted = false;
    std::vector<std::uint8_t> data; // return data, or revert data when reverted
    QString nodeMessage;            // the node's own text for a revert (may name the error)
};

struct FeeSuggestion
{
    U256 baseFee;        // of the next block
    U256 maxPriorityFee; // tip
    U256 maxFee;         // 2 * baseFee + tip: stays valid over several full blocks
};

class EthClient
{
public:
    explicit EthClient(JsonRpcClient& rpc)
        : m_rpc(rpc)
    {}

    Result<std::uint64_t> chainId(std::stop_token stop = {});
    Result<std::uint64_t> blockNumber(std::stop_token stop = {});
    // The hash of the canonical block at `number`; nullopt when the node has no such block.
    Result<std::optional<Hash256>> blockHash(std::uint64_t number, std::stop_token stop = {});
    // Timestamps (seconds) of the given blocks, fetched in batches.
    Result<std::vector<std::int64_t>> blockTimestamps(std::span<const std::uint64_t> numbers,
                                                      std::stop_token stop = {});
    Result<U256> balance(const EthAddress& account, std::stop_token stop = {});
    Result<std::uint64_t>
    transactionCount(const EthAddress& account, BlockTag block, std::stop_token stop = {});
    Result<CallResult> call(const EthAddress& to,
                            std::span<const std::uint8_t> data,
                            BlockTag block = BlockTag::latest(),
                            std::optional<EthAddress> from = {},
                            std::stop_token stop = {});
    // A revert during estimation is an error whose message describes the revert.
    Result<std::uint64_t> estimateGas(const EthAddress& from,
                                      const EthAddress& to,
                                      std::span<const std::uint8_t> data,
                                      std::stop_token stop = {});
    Result<FeeSuggestion> suggestFees(std::stop_token stop = {});
    Result<Hash256> sendRawTransaction(std::span<const std::uint8_t> raw,
                                       std::stop_token stop = {});
    Result<std::optional<TransactionInfo>> transactionByHash(const Hash256& hash,
                                                             std::stop_token stop = {});
    // Several transactions in one batch; nullopt entries for unknown hashes.
    Result<std::vector<std::optional<TransactionInfo>>>
    transactionsByHash(std::span<const Hash256> hashes, std::stop_token stop = {});
    Result<std::optional<Receipt>> transactionReceipt(const Hash256& hash,
                                                      std::stop_token stop = {});
    // The raw RpcError is kept so that the log scanner can react to range limits.
    std::variant<std::vector<Log>, RpcError> getLogs(const LogFilter& filter,
                                                     std::uint64_t from,
                                                     std::uint64_t to,
                                                     std::stop_token stop = {});

    QString endpointForDisplay() const { return m_rpc.endpointForDisplay(); }

private:
    JsonRpcClient& m_rpc;
};

// ---- strict parsers of JSON-RPC values (public for tests) ----
std::optional<std::uint64_t> parseQuantityU64(const QJsonValue& v);
std::optional<U256> parseQuantity(const QJsonValue& v);
std::optional<std::vector<std::uint8_t>> parseData(const QJsonValue& v);
std::optional<Hash256> parseHash(const QJsonValue& v);
std::optional<EthAddress> parseAddress(const QJsonValue& v);
std::optional<Log> parseLog(const QJsonValue& v);
QString toDataParam(std::span<const std::uint8_t> bytes);
QString toHashParam(const Hash256& hash);

// One sentence for an RpcError (the node's message, or what went wrong on the way), as a
// code and arguments the app can word.
Error toError(const RpcError& error);
// Its English message (toError(error).message).
std::string describeRpcError(const RpcError& error);

} // namespace bs::chain
