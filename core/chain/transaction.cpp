// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/transaction.h"

#include "chain/rlp.h"

#include <stdexcept>
#include <string>

namespace bs::chain {

namespace {

constexpr uint8_t kType = 0x02;

// secp256k1 group order n and n / 2.
const U256 kOrder =
    *U256::fromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
const U256 kHalfOrder =
    *U256::fromHex("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

std::vector<RlpItem> fields(const Eip1559Transaction& tx)
{
    std::vector<RlpItem> f;
    f.reserve(12);
    f.push_back(RlpItem::uint(tx.chainId));
    f.push_back(RlpItem::uint(tx.nonce));
    f.push_back(RlpItem::uint(tx.maxPriorityFeePerGas));
    f.push_back(RlpItem::uint(tx.maxFeePerGas));
    f.push_back(RlpItem::uint(tx.gasLimit));
    f.push_back(tx.to ? RlpItem::bytes(std::span<const uint8_t>(tx.to->bytes()))
                      : RlpItem::bytes(std::vector<uint8_t>{}));
    f.push_back(RlpItem::uint(tx.value));
    f.push_back(RlpItem::bytes(tx.data));
    f.push_back(RlpItem::list({}));
    return f;
}

std::vector<uint8_t> typed(const RlpItem& list)
{
    std::vector<uint8_t> out{kType};
    const auto body = rlpEncode(list);
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

} // namespace

Result<void> Eip1559Transaction::validate() const
{
    if (maxPriorityFeePerGas > maxFeePerGas)
        return fail(BS_TR("chain", "The priority fee is higher than the maximum fee per gas; raise "
                                   "the maximum fee or lower the priority fee."));
    return {};
}

std::vector<uint8_t> Eip1559Transaction::signingPayload() const
{
    return typed(RlpItem::list(fields(*this)));
}

crypto::Hash256 Eip1559Transaction::signingHash() const
{
    return crypto::keccak256(signingPayload());
}

std::vector<uint8_t> Eip1559Transaction::sign(const crypto::EcdsaPrivateKey& key) const
{
    const crypto::RecoverableSignature sig = crypto::signDigest(key, signingHash());
    // recid 2/3 needs r >= n - 2^128-ish: probability ~2^-127; a type-2 transaction cannot
    // express it.
    if (sig.recid != 0 && sig.recid != 1)
        throw std::runtime_error("Eip1559Transaction::sign: unrepresentable recovery id");
    auto f = fields(*this);
    f.push_back(RlpItem::uint(static_cast<uint64_t>(sig.recid)));
    f.push_back(RlpItem::uint(U256::fromBigEndian(sig.r)));
    f.push_back(RlpItem::uint(U256::fromBigEndian(sig.s)));
    return typed(RlpItem::list(std::move(f)));
}

crypto::Hash256 transactionHash(std::span<const uint8_t> rawSigned)
{
    return crypto::keccak256(rawSigned);
}

Result<DecodedTransaction> decodeSignedTransaction(std::span<const uint8_t> raw)
{
    if (raw.empty())
        return fail(BS_TR("chain", "The transaction is malformed (it is empty)."));
    if (raw[0] != kType)
        return fail(BS_TR("chain", "The transaction is malformed (it is not an EIP-1559 (type 2) "
                                   "transaction)."));
    auto decoded = rlpDecode(raw.subspan(1));
    if (!decoded)
        return fail(BS_TR("chain", "The transaction is malformed (its RLP encoding is invalid)."));
    const auto* f = decoded->asList();
    if (!f)
        return fail(BS_TR("chain", "The transaction is malformed (it is not an RLP list)."));
    if (f->size() != 12)
        return fail(
            BS_TR("chain", "The transaction is malformed (it has %1 fields instead of 12)."),
            f->size());
    Eip1559Transaction tx;
    const auto chainId = (*f)[0].asU64();
    const auto nonce = (*f)[1].asU64();
    const auto prio = (*f)[2].asU256();
    const auto maxFee = (*f)[3].asU256();
    const auto gas = (*f)[4].asU64();
    const auto value = (*f)[6].asU256();
    if (!chainId || !nonce || !prio || !maxFee || !gas || !value)
        return fail(BS_TR("chain",
                          "The transaction is malformed (an integer field is not a canonical "
                          "integer in range)."));
    tx.chainId = *chainId;
    tx.nonce = *nonce;
    tx.maxPriorityFeePerGas = *prio;
    tx.maxFeePerGas = *maxFee;
    tx.gasLimit = *gas;
    tx.value = *value;
    const auto* to = (*f)[5].asBytes();
    if (!to || (!to->empty() && to->size() != 20))
        return fail(
            BS_TR("chain", "The transaction is malformed (the recipient is not an address)."));
    if (to->size() == 20) {
        crypto::EthAddress::Bytes a{};
        std::copy(to->begin(), to->end(), a.begin());
        tx.to = crypto::EthAddress(a);
    }
    const auto* data = (*f)[7].asBytes();
    if (!data)
        return fail(
            BS_TR("chain", "The transaction is malformed (the data is not a byte string)."));
    tx.data = *data;
    const auto* access = (*f)[8].asList();
    if (!access)
        return fail(
            BS_TR("chain", "The transaction is malformed (the access list is not a list)."));
    if (!access->empty())
        return fail(BS_TR("chain",
                          "The transaction is malformed (it has an access list, which is not "
                          "supported)."));
    if (auto v = tx.validate(); !v)
        return fail(BS_TR("chain",
                          "The transaction is malformed (its priority fee is above its maximum "
                          "fee)."));
    const auto yParity = (*f)[9].asU64();
    const auto r = (*f)[10].asU256();
    const auto s = (*f)[11].asU256();
    if (!yParity || *yParity > 1 || !r || !s)
        return fail(
            BS_TR("chain", "The transaction is malformed (the signature fields are invalid)."));
    if (r->isZero() || *r >= kOrder || s->isZero() || *s > kHalfOrder)
        return fail(BS_TR("chain",
                          "The transaction is malformed (the signature values are out of range)."));
    std::array<uint8_t, 65> rsv{};
    const auto rb = r->toBigEndian();
    const auto sb = s->toBigEndian();
    std::copy(rb.begin(), rb.end(), rsv.begin());
    std::copy(sb.begin(), sb.end(), rsv.begin() + 32);
    rsv[64] = static_cast<uint8_t>(*yParity);
    const auto from = crypto::recoverAddress(tx.signingHash(), rsv);
    if (!from)
        return fail(
            BS_TR("chain", "The transaction is malformed (the signer cannot be recovered)."));
    return DecodedTransaction{std::move(tx), *from, transactionHash(raw)};
}

} // namespace bs::chain
