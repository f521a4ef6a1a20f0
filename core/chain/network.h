// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A network: the chain, the eERC deployment on it, the payout token, the roles' accounts and
// the circuit files, as one type for the whole client. It is read from one format, the
// operator API's GET /network (spec operator-api.md, "Network description"), of which the
// devnet's network.json is a superset (plus rpcUrl, operatorUrl, deploymentBlock and local
// circuit paths); a vault profile stores it in the same form (toJson).
//
// Every field is checked: addresses (EIP-55 when mixed case), points (BabyJubJub subgroup),
// URLs (http or https), integers. Unknown fields are ignored.
#include "chain/json_fields.h"
#include "crypto/babyjubjub.h"
#include "crypto/secp256k1.h"
#include "util/result.h"
#include "util/u256.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <optional>

namespace bs::chain {

// Where the eERC contracts are.
struct Deployment
{
    std::uint64_t chainId = 0;
    crypto::EthAddress registrar{crypto::EthAddress::Bytes{}};
    crypto::EthAddress encryptedErc{crypto::EthAddress::Bytes{}};
    crypto::EthAddress token{crypto::EthAddress::Bytes{}}; // the ERC-20 (USDC) it converts
    std::uint64_t deploymentBlock = 0;                     // where log scans start

    bool operator==(const Deployment&) const = default;
};

// A circuit's witness program and proving key: where to get them and their SHA-256.
struct CircuitArtifact
{
    QString wasmPath;   // local path when the file is on this machine (the devnet's)
    QString wasmSha256; // lower-case hex
    QString zkeyPath;
    QString zkeySha256;
    QUrl wasmUrl; // where to download it (GET /network names artifacts by URL); may be empty
    QUrl zkeyUrl;

    bool operator==(const CircuitArtifact&) const = default;
};

struct TokenInfo
{
    QString symbol;
    unsigned decimals = 0;

    bool operator==(const TokenInfo&) const = default;
};

struct AuditorInfo
{
    crypto::EthAddress address{crypto::EthAddress::Bytes{}};
    crypto::Point publicKey; // in the subgroup, not the identity

    bool operator==(const AuditorInfo&) const = default;
};

struct Network
{
    QString name;
    QUrl rpcUrl;
    std::optional<QUrl> operatorUrl;
    Deployment deployment;
    // The user's permission, per profile, for plain http:// to a non-loopback host. Never read
    // from a description: a server cannot grant it to itself.
    bool allowPlainHttp = false;

    // What GET /network adds; a network file may lack them.
    std::optional<U256> tokenId; // the payout token's id in the converter; none before a deposit
    std::optional<TokenInfo> token;
    std::optional<unsigned> eercDecimals;
    std::optional<crypto::EthAddress> operatorAddress; // the account that sends payouts
    std::optional<AuditorInfo> auditor;
    QMap<QString, CircuitArtifact> circuits; // "registration", "withdraw", "transfer"
    QString distributionWeight;              // "calls"; empty when not stated
    QString distributionRounding;            // "largest-remainder"; empty when not stated
    // The chain's own currency, which pays the fees ("nativeCurrency" of a description;
    // Avalanche's AVAX with 18 decimals when not stated).
    TokenInfo nativeCurrency{QStringLiteral("AVAX"), 18};

    bool operator==(const Network&) const = default;
};

enum class NetworkSource
{
    // A network file (the devnet's network.json) or a stored profile: rpcUrl is required; the
    // token, decimals, roles and circuits are read when present.
    File,
    // The operator's GET /network answer: the token, the decimals, the operator and auditor
    // accounts are required, and every circuit needs a URL and a SHA-256 for wasm and zkey.
    // rpcUrl is a hint and may be absent.
    OperatorAnswer,
};

// Parses a description. The name is "name", or "chainName" when there is no "name".
Result<Network> parseNetwork(const QByteArray& json, NetworkSource source = NetworkSource::File);
// Reads a network file (at most 4 MiB).
Result<Network> readNetworkFile(const QString& path);
// The network as a description that parseNetwork(File) reads back to an equal Network, except
// allowPlainHttp (a profile setting, stored apart).
QByteArray toJson(const Network& network);

} // namespace bs::chain
