// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/reader.h"

#include "chain/revert.h"

namespace bs::eerc {

using chain::AbiValue;
namespace {

constexpr Text kBadAuditorEvent =
    BS_TR("eerc", "the contract returned an unexpected AuditorChanged event; check that the "
                  "network's contract addresses are right.");

Result<crypto::Pct> pctFrom(const AbiValue* v)
{
    const auto words = v ? v->asUintList(7) : std::nullopt;
    if (!words)
        return fail(BS_TR("eerc", "the contract returned an unexpected PCT; check that the "
                                  "network's contract addresses are right."));
    crypto::Pct pct;
    for (std::size_t i = 0; i < 7; ++i) {
        const auto f = crypto::toFr((*words)[i]);
        if (!f)
            return fail(BS_TR("eerc", "the contract returned an unexpected PCT word; check that "
                                      "the network's contract addresses are right."));
        pct.words[i] = *f;
    }
    return pct;
}

Result<std::optional<crypto::Point>> pointFrom(const AbiValue* v)
{
    const auto xy = v ? v->asUintList(2) : std::nullopt;
    if (!xy)
        return fail(BS_TR("eerc", "the contract returned an unexpected point; check that the "
                                  "network's contract addresses are right."));
    return pointFromWords((*xy)[0], (*xy)[1]);
}

} // namespace

Result<std::optional<crypto::Point>> pointFromWords(const U256& x, const U256& y)
{
    if (x.isZero() && y.isZero())
        return std::optional<crypto::Point>();
    const auto fx = crypto::toFr(x);
    const auto fy = crypto::toFr(y);
    const auto p = fx && fy ? crypto::Point::fromAffine(*fx, *fy) : std::nullopt;
    if (!p)
        return fail(BS_TR("eerc", "the chain holds a point that is not on the BabyJubJub "
                                  "subgroup; the contract or the node cannot be trusted."));
    return std::optional<crypto::Point>(*p);
}

Result<std::vector<AbiValue>> EercReader::view(const crypto::EthAddress& contract,
                                               const chain::AbiFunction& function,
                                               std::span<const AbiValue> args,
                                               chain::BlockTag block,
                                               std::stop_token stop)
{
    auto calldata = function.encodeCall(args);
    if (!calldata)
        return calldata.error();
    auto result = m_eth.call(contract, *calldata, block, std::nullopt, stop);
    if (!result)
        return result.error();
    if (result->reverted)
        return fail(BS_TR("eerc", "%1 failed: %2"), function.name(),
                    chain::revertError(result->data));
    if (result->data.empty())
        return fail(BS_TR("eerc", "there is no contract at %1 on this network; check the network "
                                  "settings."),
                    contract.toChecksumHex());
    auto decoded = function.decodeOutput(result->data);
    if (!decoded)
        return fail(BS_TR("eerc", "the contract returned an unexpected %1 result; check that the "
                                  "network's contract addresses are right. (%2)"),
                    function.name(), decoded.error());
    return decoded;
}

Result<void> EercReader::checkChain(std::stop_token stop)
{
    const auto id = m_eth.chainId(stop);
    if (!id)
        return id.error();
    if (*id != m_deployment.chainId)
        return fail(BS_TR("eerc", "the RPC node is on chain %1, but this network is chain %2; "
                                  "check the RPC URL."),
                    *id, m_deployment.chainId);
    return {};
}

Result<std::optional<crypto::Point>> EercReader::publicKeyOf(const crypto::EthAddress& user,
                                                             std::stop_token stop)
{
    const AbiValue args[] = {AbiValue::address(user)};
    auto out = view(m_deployment.registrar, abi::getUserPublicKey(), args,
                    chain::BlockTag::latest(), stop);
    if (!out)
        return out.error();
    return pointFrom(&out->at(0));
}

Result<std::optional<crypto::Point>> EercReader::auditorPublicKey(std::stop_token stop)
{
    auto out = view(m_deployment.encryptedErc, abi::auditorPublicKey(), {},
                    chain::BlockTag::latest(), stop);
    if (!out)
        return out.error();
    const auto x = out->at(0).asUint();
    const auto y = out->at(1).asUint();
    if (!x || !y)
        return fail(BS_TR("eerc", "the contract returned an unexpected auditor key; check that "
                                  "the network's contract addresses are right."));
    // isAuditorKeySet() is x != 0 && y != 1: the identity (0, 1) also means "not set".
    if (x->isZero() && *y == U256::fromU64(1))
        return std::optional<crypto::Point>();
    return pointFromWords(*x, *y);
}

Result<crypto::EthAddress> EercReader::auditor(std::stop_token stop)
{
    auto out = view(m_deployment.encryptedErc, abi::auditor(), {}, chain::BlockTag::latest(), stop);
    if (!out)
        return out.error();
    const auto a = out->at(0).asAddress();
    if (!a)
        return fail(BS_TR("eerc", "the contract returned an unexpected auditor address; check "
                                  "that the network's contract addresses are right."));
    return *a;
}

Result<std::optional<U256>> EercReader::tokenId(std::stop_token stop)
{
    const AbiValue args[] = {AbiValue::address(m_deployment.token)};
    auto out =
        view(m_deployment.encryptedErc, abi::tokenIds(), args, chain::BlockTag::latest(), stop);
    if (!out)
        return out.error();
    const auto id = out->at(0).asUint();
    if (!id)
        return fail(BS_TR("eerc", "the contract returned an unexpected token id; check that the "
                                  "network's contract addresses are right."));
    if (id->isZero())
        return std::optional<U256>();
    return std::optional<U256>(*id);
}

Result<unsigned> EercReader::decimalsOf(const crypto::EthAddress& contract, std::stop_token stop)
{
    auto out = view(contract, abi::decimals(), {}, chain::BlockTag::latest(), stop);
    if (!out)
        return out.error();
    const auto d = out->at(0).asUint();
    // 10^77 is the largest power of ten below 2^256.
    if (!d || !d->fitsU64() || d->toU64() > 77)
        return fail(BS_TR("eerc", "the contract returned an unexpected number of decimals; "
                                  "check that the network's contract addresses are right."));
    return static_cast<unsigned>(d->toU64());
}

Result<unsigned> EercReader::eercDecimals(std::stop_token stop)
{
    return decimalsOf(m_deployment.encryptedErc, stop);
}

Result<unsigned> EercReader::tokenDecimals(std::stop_token stop)
{
    return decimalsOf(m_deployment.token, stop);
}

Result<U256> EercReader::tokenBalance(const crypto::EthAddress& owner, std::stop_token stop)
{
    const AbiValue args[] = {AbiValue::address(owner)};
    auto out =
        view(m_deployment.token, abi::erc20BalanceOf(), args, chain::BlockTag::latest(), stop);
    if (!out)
        return out.error();
    const auto v = out->at(0).asUint();
    if (!v)
        return fail(BS_TR("eerc", "the contract returned an unexpected token balance; check "
                                  "that the network's contract addresses are right."));
    return *v;
}

Result<EncryptedBalance> EercReader::balanceOf(const crypto::EthAddress& user,
                                               const U256& tokenId,
                                               chain::BlockTag block,
                                               std::stop_token stop)
{
    const AbiValue args[] = {AbiValue::address(user), AbiValue::uint(tokenId)};
    auto out = view(m_deployment.encryptedErc, abi::balanceOf(), args, block, stop);
    if (!out)
        return out.error();
    const std::vector<AbiValue>& v = *out;

    EncryptedBalance b;
    const AbiValue* egct = &v.at(0);
    auto c1 = pointFrom(egct->at(0));
    auto c2 = pointFrom(egct->at(1));
    if (!c1)
        return c1.error();
    if (!c2)
        return c2.error();
    if (c1->has_value() != c2->has_value()) {
        // Half-set: only possible if c1 or c2 sums to exactly (0, 0), which is not a curve
        // point; treat as corrupt rather than guess.
        return fail(BS_TR("eerc", "the contract returned an unexpected balance ciphertext; "
                                  "check that the network's contract addresses are right."));
    }
    if (c1->has_value())
        b.egct = crypto::elgamal::Ciphertext{**c1, **c2};

    const auto nonce = v.at(1).asUint();
    const auto txIndex = v.at(4).asUint();
    const auto* amounts = v.at(2).asList();
    if (!nonce || !txIndex || !amounts)
        return fail(BS_TR("eerc", "the contract returned an unexpected balance; check that the "
                                  "network's contract addresses are right."));
    b.nonce = *nonce;
    b.transactionIndex = *txIndex;
    for (const AbiValue& entry : *amounts) {
        auto pct = pctFrom(entry.at(0));
        const auto index = entry.at(1) ? entry.at(1)->asUint() : std::nullopt;
        if (!pct || !index)
            return fail(BS_TR("eerc", "the contract returned an unexpected amount PCT; check "
                                      "that the network's contract addresses are right."));
        b.amountPcts.push_back(AmountPct{*pct, *index});
    }
    auto balancePct = pctFrom(&v.at(3));
    if (!balancePct)
        return balancePct.error();
    b.balancePct = *balancePct;
    return b;
}

Result<std::vector<AuditorChange>> EercReader::auditorHistory(chain::ScanOptions options,
                                                              std::stop_token stop)
{
    const auto head = m_eth.blockNumber(stop);
    if (!head)
        return head.error();
    chain::LogFilter filter;
    filter.addresses = {m_deployment.encryptedErc};
    filter.topics = {{abi::auditorChangedEvent().topic0()}};
    std::vector<AuditorChange> changes;
    chain::LogScanner scanner(m_eth, options);
    auto scanned = scanner.scan(
        filter, m_deployment.deploymentBlock, *head,
        [&](std::uint64_t, std::uint64_t, std::vector<chain::Log>&& logs) -> Result<void> {
            for (const chain::Log& log : logs) {
                if (log.removed)
                    continue;
                auto values = abi::auditorChangedEvent().decodeLog(log.topics, log.data);
                if (!values)
                    return fail(kBadAuditorEvent);
                const auto oldA = values->at(0).asAddress();
                const auto newA = values->at(1).asAddress();
                if (!oldA || !newA)
                    return fail(kBadAuditorEvent);
                changes.push_back({log.blockNumber, log.transactionHash, *oldA, *newA});
            }
            return {};
        },
        {}, stop);
    if (!scanned)
        return scanned.error();
    return changes;
}

} // namespace bs::eerc
