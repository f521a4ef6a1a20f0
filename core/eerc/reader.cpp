// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/reader.h"

#include "chain/revert.h"

namespace bs::eerc {

using chain::AbiValue;
namespace {

std::string unexpected(const std::string& what)
{
    return "the contract returned an unexpected " + what +
           "; check that the network's contract addresses are right.";
}

Result<crypto::Pct> pctFrom(const AbiValue* v)
{
    const auto words = v ? v->asUintList(7) : std::nullopt;
    if (!words)
        return fail(unexpected("PCT"));
    crypto::Pct pct;
    for (std::size_t i = 0; i < 7; ++i) {
        const auto f = crypto::toFr((*words)[i]);
        if (!f)
            return fail(unexpected("PCT word"));
        pct.words[i] = *f;
    }
    return pct;
}

Result<std::optional<crypto::Point>> pointFrom(const AbiValue* v)
{
    const auto xy = v ? v->asUintList(2) : std::nullopt;
    if (!xy)
        return fail(unexpected("point"));
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
        return fail("the chain holds a point that is not on the BabyJubJub subgroup; the "
                    "contract or the node cannot be trusted.");
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
        return fail(function.name() + " failed: " + chain::describeRevert(result->data));
    if (result->data.empty())
        return fail("there is no contract at " + contract.toChecksumHex() +
                    " on this network; check the network settings.");
    auto decoded = function.decodeOutput(result->data);
    if (!decoded)
        return fail(unexpected(function.name() + " result") + " (" + decoded.error().message + ")");
    return decoded;
}

Result<void> EercReader::checkChain(std::stop_token stop)
{
    const auto id = m_eth.chainId(stop);
    if (!id)
        return id.error();
    if (*id != m_deployment.chainId)
        return fail("the RPC node is on chain " + std::to_string(*id) +
                    ", but this network is chain " + std::to_string(m_deployment.chainId) +
                    "; check the RPC URL.");
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
        return fail(unexpected("auditor key"));
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
        return fail(unexpected("auditor address"));
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
        return fail(unexpected("token id"));
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
        return fail(unexpected("number of decimals"));
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
        return fail(unexpected("token balance"));
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
        return fail(unexpected("balance ciphertext"));
    }
    if (c1->has_value())
        b.egct = crypto::elgamal::Ciphertext{**c1, **c2};

    const auto nonce = v.at(1).asUint();
    const auto txIndex = v.at(4).asUint();
    const auto* amounts = v.at(2).asList();
    if (!nonce || !txIndex || !amounts)
        return fail(unexpected("balance"));
    b.nonce = *nonce;
    b.transactionIndex = *txIndex;
    for (const AbiValue& entry : *amounts) {
        auto pct = pctFrom(entry.at(0));
        const auto index = entry.at(1) ? entry.at(1)->asUint() : std::nullopt;
        if (!pct || !index)
            return fail(unexpected("amount PCT"));
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
                    return fail(unexpected("AuditorChanged event"));
                const auto oldA = values->at(0).asAddress();
                const auto newA = values->at(1).asAddress();
                if (!oldA || !newA)
                    return fail(unexpected("AuditorChanged event"));
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
