// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/rlp.h"

#include <string>

namespace bs::chain {

namespace {

void appendLength(std::vector<uint8_t>& out, std::size_t len, uint8_t shortBase)
{
    if (len <= 55) {
        out.push_back(static_cast<uint8_t>(shortBase + len));
        return;
    }
    const auto lenBytes = U256::fromU64(len).toMinimalBigEndian();
    out.push_back(static_cast<uint8_t>(shortBase + 55 + lenBytes.size()));
    out.insert(out.end(), lenBytes.begin(), lenBytes.end());
}

void encodeInto(const RlpItem& item, std::vector<uint8_t>& out)
{
    if (const auto* b = item.asBytes()) {
        if (b->size() == 1 && (*b)[0] < 0x80) {
            out.push_back((*b)[0]);
            return;
        }
        appendLength(out, b->size(), 0x80);
        out.insert(out.end(), b->begin(), b->end());
        return;
    }
    std::vector<uint8_t> payload;
    for (const auto& child : *item.asList())
        encodeInto(child, payload);
    appendLength(out, payload.size(), 0xc0);
    out.insert(out.end(), payload.begin(), payload.end());
}

constexpr Text kLengthExceedsData =
    BS_TR("chain", "The RLP data is malformed (a length exceeds the data).");

class Decoder
{
public:
    explicit Decoder(std::span<const uint8_t> data)
        : m_data(data)
    {}

    // Decodes the item starting at `pos`, which must end at or before `end`; sets `pos`
    // past it.
    bool decode(std::size_t& pos, std::size_t end, int depth, RlpItem& out)
    {
        if (pos >= end)
            return failWith(BS_TR("chain", "The RLP data is malformed (an item is missing)."));
        const uint8_t b0 = m_data[pos++];
        if (b0 < 0x80) {
            out = RlpItem::bytes(std::vector<uint8_t>{b0});
            return true;
        }
        const bool isList = b0 >= 0xc0;
        const uint8_t base = isList ? 0xc0 : 0x80;
        std::size_t len = 0;
        if (b0 - base <= 55) {
            len = b0 - base;
        } else {
            const std::size_t lenOfLen = static_cast<std::size_t>(b0 - base - 55); // 1..8
            if (lenOfLen > end - pos)
                return failWith(
                    BS_TR("chain", "The RLP data is malformed (a length is truncated)."));
            if (m_data[pos] == 0)
                return failWith(
                    BS_TR("chain", "The RLP data is malformed (a length has a leading zero)."));
            uint64_t l = 0;
            for (std::size_t i = 0; i < lenOfLen; ++i)
                l = (l << 8) | m_data[pos + i];
            pos += lenOfLen;
            if (l <= 55)
                return failWith(BS_TR("chain", "The RLP data is malformed (a short length uses the "
                                               "long form)."));
            if (l > end - pos)
                return failWith(kLengthExceedsData);
            len = static_cast<std::size_t>(l);
        }
        if (len > end - pos)
            return failWith(kLengthExceedsData);
        const std::size_t itemEnd = pos + len;
        if (!isList) {
            if (len == 1 && m_data[pos] < 0x80)
                return failWith(BS_TR("chain",
                                      "The RLP data is malformed (a single byte below 0x80 "
                                      "is not encoded as itself)."));
            out = RlpItem::bytes(m_data.subspan(pos, len));
            pos = itemEnd;
            return true;
        }
        if (depth >= kMaxRlpDepth)
            return failWith(
                BS_TR("chain", "The RLP data is malformed (lists are nested too deeply)."));
        std::vector<RlpItem> items;
        while (pos < itemEnd) {
            RlpItem child;
            if (!decode(pos, itemEnd, depth + 1, child))
                return false;
            items.push_back(std::move(child));
        }
        out = RlpItem::list(std::move(items));
        return true;
    }

    const Error& error() const { return m_error; }

private:
    // Keeps the first error.
    bool failWith(Text sentence)
    {
        if (!m_error.text.source)
            m_error = fail(sentence);
        return false;
    }

    std::span<const uint8_t> m_data;
    Error m_error;
};

} // namespace

const std::vector<uint8_t>* RlpItem::asBytes() const
{
    return std::get_if<0>(&m_v);
}

const std::vector<RlpItem>* RlpItem::asList() const
{
    return std::get_if<1>(&m_v);
}

std::optional<U256> RlpItem::asU256() const
{
    const auto* b = asBytes();
    if (!b || b->size() > 32 || (!b->empty() && (*b)[0] == 0))
        return std::nullopt;
    return U256::fromBigEndianBytes(*b);
}

std::optional<uint64_t> RlpItem::asU64() const
{
    const auto v = asU256();
    if (!v || !v->fitsU64())
        return std::nullopt;
    return v->toU64();
}

std::vector<uint8_t> rlpEncode(const RlpItem& item)
{
    std::vector<uint8_t> out;
    encodeInto(item, out);
    return out;
}

Result<RlpItem> rlpDecode(std::span<const uint8_t> data)
{
    Decoder d(data);
    std::size_t pos = 0;
    RlpItem item;
    if (!d.decode(pos, data.size(), 0, item))
        return d.error();
    if (pos != data.size())
        return fail(BS_TR("chain", "The RLP data is malformed (there are bytes after the item)."));
    return item;
}

} // namespace bs::chain
