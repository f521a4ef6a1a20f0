// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Read-only views of the eERC contracts (spec eerc-protocol.md 5 and 8). Every point that
// comes from the chain is checked to be on the curve and in the subgroup; (0, 0) is the
// contracts' "unset" marker and is reported as absent, never as a point.
#include "chain/eth_client.h"
#include "chain/log_scanner.h"
#include "eerc/balance.h"
#include "eerc/contracts.h"
#include "util/result.h"

#include <optional>
#include <stop_token>
#include <vector>

namespace bs::eerc {

struct AuditorChange
{
    std::uint64_t blockNumber = 0;
    crypto::Hash256 transactionHash{};
    crypto::EthAddress oldAuditor{crypto::EthAddress::Bytes{}};
    crypto::EthAddress newAuditor{crypto::EthAddress::Bytes{}};
};

class EercReader
{
public:
    EercReader(chain::EthClient& eth, chain::Deployment deployment)
        : m_eth(eth)
        , m_deployment(deployment)
    {}

    const chain::Deployment& deployment() const { return m_deployment; }
    chain::EthClient& eth() { return m_eth; }

    // Fails unless the node is on the deployment's chain (a wrong RPC URL would otherwise
    // show someone else's state, or send a transaction to another network).
    Result<void> checkChain(std::stop_token stop = {});

    // The registered eERC public key of `user`; nullopt when not registered.
    Result<std::optional<crypto::Point>> publicKeyOf(const crypto::EthAddress& user,
                                                     std::stop_token stop = {});
    // The auditor's public key; nullopt when none is set yet.
    Result<std::optional<crypto::Point>> auditorPublicKey(std::stop_token stop = {});
    Result<crypto::EthAddress> auditor(std::stop_token stop = {});
    // tokenIds(token): nullopt while the converter has never seen a deposit of it.
    Result<std::optional<U256>> tokenId(std::stop_token stop = {});
    Result<unsigned> eercDecimals(std::stop_token stop = {});
    Result<unsigned> tokenDecimals(std::stop_token stop = {});
    // The ERC-20 balance of `owner` in token base units.
    Result<U256> tokenBalance(const crypto::EthAddress& owner, std::stop_token stop = {});
    Result<EncryptedBalance> balanceOf(const crypto::EthAddress& user,
                                       const U256& tokenId,
                                       chain::BlockTag block = chain::BlockTag::latest(),
                                       std::stop_token stop = {});
    // Every AuditorChanged event since the deployment block, oldest first.
    Result<std::vector<AuditorChange>> auditorHistory(chain::ScanOptions options = {},
                                                      std::stop_token stop = {});

private:
    Result<std::vector<chain::AbiValue>> view(const crypto::EthAddress& contract,
                                              const chain::AbiFunction& function,
                                              std::span<const chain::AbiValue> args,
                                              chain::BlockTag block,
                                              std::stop_token stop);
    Result<unsigned> decimalsOf(const crypto::EthAddress& contract, std::stop_token stop);

    chain::EthClient& m_eth;
    chain::Deployment m_deployment;
};

// A point given as two uint256 words from the chain: nullopt for (0, 0); an error for
// anything that is not a subgroup point.
Result<std::optional<crypto::Point>> pointFromWords(const U256& x, const U256& y);

} // namespace bs::eerc
