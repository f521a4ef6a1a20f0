// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/abi.h"

#include "util/hex.h"
#include "util/utf8.h"

#include <algorithm>

namespace bs::chain {

namespace {

// Limits on types, so that sizes computed from a type cannot overflow.
constexpr std::size_t kMaxFixedArrayLength = std::size_t{1} << 20;
constexpr std::size_t kMaxStaticSize = std::size_t{1} << 24; // bytes of one static encoding

using Kind = AbiType::Kind;

// Sentences about an ABI type text (%1: its first 200 characters).
constexpr Text kTypeTooDeep = BS_TR("chain",
                                    "The ABI type \"%1\" is not valid: it is nested too "
                                    "deeply.");
constexpr Text kTypeTooLarge = BS_TR("chain", "The ABI type \"%1\" is not valid: it is too large.");

std::string shownType(std::string_view text)
{
    return std::string(text.substr(0, 200));
}

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9');
}

// Digits without a leading zero, value in [lo, hi].
std::optional<std::size_t> parseSmallNumber(std::string_view digits, std::size_t lo, std::size_t hi)
{
    if (digits.empty() || digits.size() > 9 || (digits[0] == '0'))
        return std::nullopt;
    std::size_t v = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + static_cast<std::size_t>(c - '0');
    }
    if (v < lo || v > hi)
        return std::nullopt;
    return v;
}

// Recursive-descent parser over the whole text (for error messages).
class TypeParser
{
public:
    explicit TypeParser(std::string_view text)
        : m_text(text)
    {}

    std::optional<AbiType> parseType(int depth)
    {
        if (depth > kMaxAbiDepth)
            return failWith(kTypeTooDeep);
        std::optional<AbiType> t;
        if (peek() == '(') {
            ++m_pos;
            std::vector<AbiType> comps;
            if (peek() == ')')
                return failWith(BS_TR("chain", "The ABI type \"%1\" is not valid: empty tuples "
                                               "are not allowed."));
            for (;;) {
                auto c = parseType(depth + 1);
                if (!c)
                    return std::nullopt;
                comps.push_back(std::move(*c));
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == ')') {
                    ++m_pos;
                    break;
                }
                return failWith(
                    BS_TR("chain", "The ABI type \"%1\" is not valid: expected ',' or ')'."));
            }
            t = AbiType::tuple(std::move(comps));
            if (t->depth() > kMaxAbiDepth)
                return failWith(kTypeTooDeep);
        } else {
            const std::size_t start = m_pos;
            while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
                ++m_pos;
            t = elementary(m_text.substr(start, m_pos - start));
            if (!t)
                return std::nullopt;
        }
        while (peek() == '[') {
            ++m_pos;
            const std::size_t start = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != ']')
                ++m_pos;
            if (m_pos >= m_text.size())
                return failWith(
                    BS_TR("chain", "The ABI type \"%1\" is not valid: a '[' is not closed."));
            const std::string_view digits = m_text.substr(start, m_pos - start);
            ++m_pos;
            if (digits.empty()) {
                t = AbiType::array(std::move(*t));
            } else {
                const auto n = parseSmallNumber(digits, 1, kMaxFixedArrayLength);
                if (!n)
                    return failWith(BS_TR("chain", "The ABI type \"%1\" is not valid: a fixed "
                                                   "array length must be 1..%2 without leading "
                                                   "zeros."),
                                    kMaxFixedArrayLength);
                if (!t->isDynamic() && t->headSize() > kMaxStaticSize / *n)
                    return failWith(kTypeTooLarge);
                t = AbiType::fixedArray(std::move(*t), *n);
            }
            if (t->depth() > kMaxAbiDepth)
                return failWith(kTypeTooDeep);
        }
        if (!t->isDynamic() && t->headSize() > kMaxStaticSize)
            return failWith(kTypeTooLarge);
        return t;
    }

    std::optional<AbiType> elementary(std::string_view name)
    {
        if (name == "address")
            return AbiType::address();
        if (name == "bool")
            return AbiType::boolean();
        if (name == "string")
            return AbiType::string();
        if (name == "bytes")
            return AbiType::bytes();
        auto sized = [&](std::string_view prefix, std::size_t lo, std::size_t hi,
                         std::size_t step) -> std::optional<std::size_t> {
            if (name.substr(0, prefix.size()) != prefix)
                return std::nullopt;
            const auto n = parseSmallNumber(name.substr(prefix.size()), lo, hi);
            if (!n || *n % step != 0)
                return std::nullopt;
            return n;
        };
        if (name.starts_with("uint")) {
            if (auto n = sized("uint", 8, 256, 8))
                return AbiType::uint(static_cast<unsigned>(*n));
        } else if (name.starts_with("int")) {
            if (auto n = sized("int", 8, 256, 8))
                return AbiType::sint(static_cast<unsigned>(*n));
        } else if (name.starts_with("bytes")) {
            if (auto n = sized("bytes", 1, 32, 1))
                return AbiType::fixedBytes(static_cast<unsigned>(*n));
        }
        if (name.empty())
            return failWith(BS_TR("chain", "The ABI type \"%1\" is not valid: a type is missing."));
        return failWith(BS_TR("chain", "The ABI type \"%1\" is not valid: \"%2\" is not a "
                                       "canonical ABI type."),
                        std::string(name.substr(0, 40)));
    }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void advance() { ++m_pos; }
    const Error& error() const { return m_error; }

private:
    // Records `sentence` about the whole text (%1), with `args` as %2...
    template <class... Args>
    std::nullopt_t failWith(Text sentence, Args&&... args)
    {
        m_error = fail(sentence, shownType(m_text), std::forward<Args>(args)...);
        return std::nullopt;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    Error m_error;
};

std::span<const uint8_t> asBytes(const std::string& s)
{
    return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

// ---- encoding ----

void appendWord(std::vector<uint8_t>& out, const U256& v)
{
    const auto be = v.toBigEndian();
    out.insert(out.end(), be.begin(), be.end());
}

// True when `word` (a two's complement 256-bit word) is the sign extension of its low
// `bits` bits.
bool isSignExtended(const U256& word, std::size_t bits)
{
    if (bits >= 256)
        return true;
    const auto be = word.toBigEndian();
    // Bytes above the value, and the value's top bit, must all be equal.
    const std::size_t valueBytes = bits / 8;
    const uint8_t fill = (be[32 - valueBytes] & 0x80) ? 0xff : 0x00;
    for (std::size_t i = 0; i < 32 - valueBytes; ++i) {
        if (be[i] != fill)
            return false;
    }
    return true;
}

class Encoder
{
public:
    bool encode(const AbiType& t, const AbiValue& v, std::vector<uint8_t>& out)
    {
        switch (t.kind()) {
        case Kind::Uint: {
            const auto u = v.asUint();
            if (!u)
                return wrongKind(t, v);
            if (u->bitLength() > t.size())
                return failWith(fail(kValueDoesNotFit, t.canonical()));
            appendWord(out, *u);
            return true;
        }
        case Kind::Int: {
            const auto u = v.asUint();
            if (!u)
                return wrongKind(t, v);
            if (!isSignExtended(*u, t.size()))
                return failWith(fail(kValueDoesNotFit, t.canonical()));
            appendWord(out, *u);
            return true;
        }
        case Kind::Address: {
            const auto a = v.asAddress();
            if (!a)
                return wrongKind(t, v);
            out.insert(out.end(), 12, 0);
            out.insert(out.end(), a->bytes().begin(), a->bytes().end());
            return true;
        }
        case Kind::Bool: {
            const auto b = v.asBool();
            if (!b)
                return wrongKind(t, v);
            appendWord(out, U256::fromU64(*b ? 1 : 0));
            return true;
        }
        case Kind::FixedBytes: {
            const auto* b = v.asFixedBytes();
            if (!b)
                return wrongKind(t, v);
            if (b->size() != t.size())
                return failWith(fail(BS_TR("chain", "Cannot encode the contract call: a %1 value "
                                                    "has %2 bytes."),
                                     t.canonical(), b->size()));
            out.insert(out.end(), b->begin(), b->end());
            out.insert(out.end(), 32 - b->size(), 0);
            return true;
        }
        case Kind::Bytes:
        case Kind::String: {
            std::span<const uint8_t> b;
            if (t.kind() == Kind::Bytes) {
                const auto* p = v.asBytes();
                if (!p)
                    return wrongKind(t, v);
                b = *p;
            } else {
                const auto* p = v.asString();
                if (!p)
                    return wrongKind(t, v);
                b = asBytes(*p);
                if (!util::isValidUtf8(b))
                    return failWith(fail(BS_TR("chain", "Cannot encode the contract call: a "
                                                        "string is not valid UTF-8.")));
            }
            appendWord(out, U256::fromU64(b.size()));
            out.insert(out.end(), b.begin(), b.end());
            out.insert(out.end(), (32 - b.size() % 32) % 32, 0);
            return true;
        }
        case Kind::FixedArray:
        case Kind::Array: {
            const auto* items = v.asList();
            if (!items)
                return wrongKind(t, v);
            if (t.kind() == Kind::FixedArray && items->size() != t.size())
                return failWith(fail(BS_TR("chain", "Cannot encode the contract call: a %1 value "
                                                    "has %2 elements."),
                                     t.canonical(), items->size()));
            if (t.kind() == Kind::Array)
                appendWord(out, U256::fromU64(items->size()));
            return encodeSequence([&](std::size_t) -> const AbiType& { return t.element(); },
                                  *items, out);
        }
        case Kind::Tuple: {
            const auto* items = v.asList();
            if (!items)
                return wrongKind(t, v);
            if (items->size() != t.components().size())
                return failWith(fail(BS_TR("chain", "Cannot encode the contract call: a %1 value "
                                                    "has %2 components."),
                                     t.canonical(), items->size()));
            return encodeSequence(
                [&](std::size_t i) -> const AbiType& { return t.components()[i]; }, *items, out);
        }
        }
        return failWith(fail(BS_TR("chain", "Cannot encode the contract call: unknown type.")));
    }

    // Heads then tails of values[i] with types typeAt(i).
    template <class TypeAt>
    bool encodeSequence(TypeAt typeAt, std::span<const AbiValue> values, std::vector<uint8_t>& out)
    {
        std::size_t headTotal = 0;
        for (std::size_t i = 0; i < values.size(); ++i)
            headTotal += typeAt(i).headSize();
        std::vector<uint8_t> head, tail;
        head.reserve(headTotal);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const AbiType& t = typeAt(i);
            if (t.isDynamic()) {
                appendWord(head, U256::fromU64(headTotal + tail.size()));
                if (!encode(t, values[i], tail))
                    return false;
            } else if (!encode(t, values[i], head)) {
                return false;
            }
        }
        out.insert(out.end(), head.begin(), head.end());
        out.insert(out.end(), tail.begin(), tail.end());
        return true;
    }

    const Error& error() const { return m_error; }

private:
    static constexpr Text kValueDoesNotFit =
        BS_TR("chain", "Cannot encode the contract call: a value does not fit in %1.");

    bool wrongKind(const AbiType& t, const AbiValue& v)
    {
        return failWith(fail(BS_TR("chain", "Cannot encode the contract call: a %1 parameter got "
                                            "the value %2."),
                             t.canonical(), v.toDebugString().substr(0, 80)));
    }
    bool failWith(Error e)
    {
        m_error = std::move(e);
        return false;
    }
    Error m_error;
};

// ---- decoding ----

class Decoder
{
public:
    explicit Decoder(std::span<const uint8_t> data)
        : m_data(data)
        , m_budget(4 * (data.size() / 32) + 8)
    {}

    template <class TypeAt>
    bool
    decodeSequence(TypeAt typeAt, std::size_t count, std::size_t base, std::vector<AbiValue>& out)
    {
        std::size_t headTotal = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t h = typeAt(i).headSize();
            if (headTotal > m_data.size() || h > m_data.size() - headTotal)
                return failWith(fail(BS_TR("chain", "The contract data could not be decoded (the "
                                                    "data is shorter than its heads); check that "
                                                    "the RPC endpoint and contract address are "
                                                    "right.")));
            headTotal += h;
        }
        if (base > m_data.size() || headTotal > m_data.size() - base)
            return failWith(fail(kTruncated));
        out.clear();
        out.reserve(count);
        std::size_t headPos = base;
        for (std::size_t i = 0; i < count; ++i) {
            const AbiType& t = typeAt(i);
            AbiValue v;
            if (t.isDynamic()) {
                uint64_t offset = 0;
                if (!readLength(headPos, offset,
                                BS_TR("chain", "The contract data could not be decoded (an offset "
                                               "is out of range); check that the RPC endpoint "
                                               "and contract address are right.")))
                    return false;
                // Into this sequence's tail, inside the data.
                if (offset < headTotal || offset > m_data.size() - base)
                    return failWith(fail(BS_TR("chain", "The contract data could not be decoded "
                                                        "(an offset points outside its data "
                                                        "area); check that the RPC endpoint and "
                                                        "contract address are right.")));
                if (!decode(t, base + static_cast<std::size_t>(offset), v))
                    return false;
            } else if (!decode(t, headPos, v)) {
                return false;
            }
            out.push_back(std::move(v));
            headPos += t.headSize();
        }
        return true;
    }

    bool decode(const AbiType& t, std::size_t pos, AbiValue& out)
    {
        switch (t.kind()) {
        case Kind::Uint: {
            U256 w;
            if (!readWord(pos, w))
                return false;
            if (w.bitLength() > t.size())
                return failWith(fail(BS_TR("chain", "The contract data could not be decoded (a %1 "
                                                    "value has dirty high bits); check that the "
                                                    "RPC endpoint and contract address are "
                                                    "right."),
                                     t.canonical()));
            out = AbiValue::uint(w);
            return true;
        }
        case Kind::Int: {
            U256 w;
            if (!readWord(pos, w))
                return false;
            if (!isSignExtended(w, t.size()))
                return failWith(fail(BS_TR("chain", "The contract data could not be decoded (a %1 "
                                                    "value is not sign-extended); check that the "
                                                    "RPC endpoint and contract address are "
                                                    "right."),
                                     t.canonical()));
            out = AbiValue::uint(w);
            return true;
        }
        case Kind::Address: {
            U256 w;
            if (!readWord(pos, w))
                return false;
            if (w.bitLength() > 160)
                return failWith(fail(BS_TR("chain", "The contract data could not be decoded (an "
                                                    "address has dirty high bytes); check that "
                                                    "the RPC endpoint and contract address are "
                                                    "right.")));
            const auto be = w.toBigEndian();
            crypto::EthAddress::Bytes a{};
            std::copy(be.begin() + 12, be.end(), a.begin());
            out = AbiValue::address(crypto::EthAddress(a));
            return true;
        }
        case Kind::Bool: {
            U256 w;
            if (!readWord(pos, w))
                return false;
            if (w.bitLength() > 1)
                return failWith(fail(BS_TR("chain", "The contract data could not be decoded (a "
                                                    "bool is neither 0 nor 1); check that the RPC "
                                                    "endpoint and contract address are right.")));
            out = AbiValue::boolean(!w.isZero());
            return true;
        }
        case Kind::FixedBytes: {
            U256 w;
            if (!readWord(pos, w))
                return false;
            const auto be = w.toBigEndian();
            if (std::any_of(be.begin() + static_cast<std::ptrdiff_t>(t.size()), be.end(),
                            [](uint8_t b) { return b != 0; }))
                return failWith(fail(BS_TR("chain", "The contract data could not be decoded (a %1 "
                                                    "value has dirty padding); check that the RPC "
                                                    "endpoint and contract address are right."),
                                     t.canonical()));
            out = AbiValue::fixedBytes(std::vector<uint8_t>(
                be.begin(), be.begin() + static_cast<std::ptrdiff_t>(t.size())));
            return true;
        }
        case Kind::Bytes:
        case Kind::String: {
            uint64_t len = 0;
            if (!readLength(pos, len,
                            BS_TR("chain", "The contract data could not be decoded (a length is "
                                           "out of range); check that the RPC endpoint and "
                                           "contract address are right.")))
                return false;
            const std::size_t start = pos + 32;
            const std::size_t avail = m_data.size() - start; // readLength checked pos + 32
            if (len > avail)
                return failWith(fail(BS_TR("chain", "The contract data could not be decoded (a "
                                                    "byte string is longer than the data); check "
                                                    "that the RPC endpoint and contract address "
                                                    "are right.")));
            const std::size_t n = static_cast<std::size_t>(len);
            const std::size_t padded = n + (32 - n % 32) % 32;
            if (padded > avail)
                return failWith(fail(BS_TR("chain", "The contract data could not be decoded (a "
                                                    "byte string's padding is missing); check "
                                                    "that the RPC endpoint and contract address "
                                                    "are right.")));
            if (!charge(padded / 32))
                return false;
            const auto body = m_data.subspan(start, n);
            const auto pad = m_data.subspan(start + n, padded - n);
            if (std::any_of(pad.begin(), pad.end(), [](uint8_t b) { return b != 0; }))
                return failWith(fail(BS_TR("chain", "The contract data could not be decoded (a "
                                                    "byte string has dirty padding); check that "
                                                    "the RPC endpoint and contract address are "
                                                    "right.")));
            if (t.kind() == Kind::Bytes) {
                out = AbiValue::bytes(std::vector<uint8_t>(body.begin(), body.end()));
            } else {
                if (!util::isValidUtf8(body))
                    return failWith(fail(BS_TR("chain", "The contract data could not be decoded "
                                                        "(a string is not valid UTF-8); check "
                                                        "that the RPC endpoint and contract "
                                                        "address are right.")));
                out = AbiValue::string(std::string(body.begin(), body.end()));
            }
            return true;
        }
        case Kind::FixedArray:
        case Kind::Array: {
            std::size_t count = t.size();
            std::size_t base = pos;
            if (t.kind() == Kind::Array) {
                uint64_t n = 0;
                if (!readLength(pos, n,
                                BS_TR("chain", "The contract data could not be decoded (an array "
                                               "length is out of range); check that the RPC "
                                               "endpoint and contract address are right.")))
                    return false;
                base = pos + 32;
                // Each element has at least a 32-byte head: bound the count by the data.
                if (n > (m_data.size() - base) / t.element().headSize())
                    return failWith(fail(BS_TR("chain", "The contract data could not be decoded "
                                                        "(an array is longer than the data); "
                                                        "check that the RPC endpoint and "
                                                        "contract address are right.")));
                count = static_cast<std::size_t>(n);
            }
            std::vector<AbiValue> items;
            if (!decodeSequence([&](std::size_t) -> const AbiType& { return t.element(); }, count,
                                base, items))
                return false;
            out = AbiValue::list(std::move(items));
            return true;
        }
        case Kind::Tuple: {
            std::vector<AbiValue> items;
            if (!decodeSequence([&](std::size_t i) -> const AbiType& { return t.components()[i]; },
                                t.components().size(), pos, items))
                return false;
            out = AbiValue::list(std::move(items));
            return true;
        }
        }
        return failWith(fail(BS_TR("chain", "The contract data could not be decoded (unknown "
                                            "type); check that the RPC endpoint and contract "
                                            "address are right.")));
    }

    const Error& error() const { return m_error; }

private:
    static constexpr Text kTruncated =
        BS_TR("chain",
              "The contract data could not be decoded (the data is truncated); check "
              "that the RPC endpoint and contract address are right.");

    bool charge(std::size_t words)
    {
        if (words > m_budget)
            return failWith(fail(BS_TR("chain", "The contract data could not be decoded (it "
                                                "reuses the same data too often); check that the "
                                                "RPC endpoint and contract address are right.")));
        m_budget -= words;
        return true;
    }

    bool readWord(std::size_t pos, U256& w)
    {
        if (pos > m_data.size() || m_data.size() - pos < 32)
            return failWith(fail(kTruncated));
        if (!charge(1))
            return false;
        w = U256::fromBigEndian(m_data.subspan(pos).first<32>());
        return true;
    }

    // A word that must be a length or offset (fits easily in memory-sized integers);
    // `outOfRange` says it is not.
    bool readLength(std::size_t pos, uint64_t& v, Text outOfRange)
    {
        U256 w;
        if (!readWord(pos, w))
            return false;
        if (!w.fitsU64() || w.toU64() > m_data.size())
            return failWith(fail(outOfRange));
        v = w.toU64();
        return true;
    }

    // Keeps the first error.
    bool failWith(Error e)
    {
        if (!m_failed) {
            m_error = std::move(e);
            m_failed = true;
        }
        return false;
    }

    std::span<const uint8_t> m_data;
    std::size_t m_budget;
    Error m_error;
    bool m_failed = false;
};

// The sentences of a signature that does not parse (%1: its first 200 characters; %2 of
// badTypes: the error of its parameter types).
struct SignatureErrors
{
    Text noName;
    Text noParameters;
    Text badTypes;
};

constexpr SignatureErrors kFunctionSignatureErrors{
    BS_TR("chain", "The function signature \"%1\" is not valid: it must start with a name"),
    BS_TR("chain", "The function signature \"%1\" is not valid: expected name(type,...)"),
    BS_TR("chain", "The function signature \"%1\" is not valid: %2"),
};

constexpr SignatureErrors kEventSignatureErrors{
    BS_TR("chain", "The event signature \"%1\" is not valid: it must start with a name"),
    BS_TR("chain", "The event signature \"%1\" is not valid: expected name(type,...)"),
    BS_TR("chain", "The event signature \"%1\" is not valid: %2"),
};

Result<std::pair<std::string, std::vector<AbiType>>> parseSignature(std::string_view sig,
                                                                    const SignatureErrors& errors)
{
    const std::string shown(sig.substr(0, 200));
    std::size_t i = 0;
    if (sig.empty() || !isIdentStart(sig[0]))
        return fail(errors.noName, shown);
    while (i < sig.size() && isIdentChar(sig[i]))
        ++i;
    if (i >= sig.size() || sig[i] != '(' || sig.back() != ')')
        return fail(errors.noParameters, shown);
    auto list = AbiType::parseList(sig.substr(i + 1, sig.size() - i - 2));
    if (!list)
        return fail(errors.badTypes, shown, list.error());
    return std::make_pair(std::string(sig.substr(0, i)), std::move(*list));
}

std::string joinCanonical(const std::vector<AbiType>& types)
{
    std::string s;
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (i)
            s += ',';
        s += types[i].canonical();
    }
    return s;
}

} // namespace

// ---- AbiType ----

AbiType::AbiType(Kind kind, std::size_t size, std::vector<AbiType> children)
    : m_kind(kind)
    , m_size(size)
    , m_children(std::move(children))
{
    switch (m_kind) {
    case Kind::Bytes:
    case Kind::String:
    case Kind::Array:
        m_dynamic = true;
        break;
    case Kind::FixedArray:
    case Kind::Tuple:
        m_dynamic = std::any_of(m_children.begin(), m_children.end(),
                                [](const AbiType& c) { return c.isDynamic(); });
        break;
    default:
        m_dynamic = false;
    }
    for (const auto& c : m_children)
        m_depth = std::max(m_depth, c.depth() + 1);
    if (m_dynamic) {
        m_headSize = 32;
    } else if (m_kind == Kind::FixedArray) {
        // Saturating: the parser refuses anything above kMaxStaticSize anyway.
        const std::size_t e = m_children[0].headSize();
        m_headSize = e > SIZE_MAX / m_size ? SIZE_MAX : e * m_size;
    } else if (m_kind == Kind::Tuple) {
        m_headSize = 0;
        for (const auto& c : m_children)
            m_headSize =
                c.headSize() > SIZE_MAX - m_headSize ? SIZE_MAX : m_headSize + c.headSize();
    } else {
        m_headSize = 32;
    }
}

AbiType AbiType::uint(unsigned bits)
{
    if (bits < 8 || bits > 256 || bits % 8 != 0)
        throw std::invalid_argument("AbiType::uint: bad width");
    return AbiType(Kind::Uint, bits, {});
}

AbiType AbiType::sint(unsigned bits)
{
    if (bits < 8 || bits > 256 || bits % 8 != 0)
        throw std::invalid_argument("AbiType::sint: bad width");
    return AbiType(Kind::Int, bits, {});
}

AbiType AbiType::address()
{
    return AbiType(Kind::Address, 0, {});
}

AbiType AbiType::boolean()
{
    return AbiType(Kind::Bool, 0, {});
}

AbiType AbiType::bytes()
{
    return AbiType(Kind::Bytes, 0, {});
}

AbiType AbiType::string()
{
    return AbiType(Kind::String, 0, {});
}

AbiType AbiType::fixedBytes(unsigned size)
{
    if (size < 1 || size > 32)
        throw std::invalid_argument("AbiType::fixedBytes: bad size");
    return AbiType(Kind::FixedBytes, size, {});
}

AbiType AbiType::fixedArray(AbiType element, std::size_t size)
{
    if (size < 1)
        throw std::invalid_argument("AbiType::fixedArray: empty");
    return AbiType(Kind::FixedArray, size, {std::move(element)});
}

AbiType AbiType::array(AbiType element)
{
    return AbiType(Kind::Array, 0, {std::move(element)});
}

AbiType AbiType::tuple(std::vector<AbiType> components)
{
    if (components.empty())
        throw std::invalid_argument("AbiType::tuple: empty");
    return AbiType(Kind::Tuple, 0, std::move(components));
}

Result<AbiType> AbiType::parse(std::string_view canonical)
{
    TypeParser p(canonical);
    auto t = p.parseType(0);
    if (!t)
        return p.error();
    if (!p.atEnd())
        return fail(BS_TR("chain", "The ABI type \"%1\" is not valid: unexpected text after the "
                                   "type."),
                    shownType(canonical));
    return std::move(*t);
}

Result<std::vector<AbiType>> AbiType::parseList(std::string_view canonicalList)
{
    std::vector<AbiType> out;
    if (canonicalList.empty())
        return out;
    TypeParser p(canonicalList);
    for (;;) {
        auto t = p.parseType(0);
        if (!t)
            return p.error();
        out.push_back(std::move(*t));
        if (p.atEnd())
            break;
        if (p.peek() != ',')
            return fail(BS_TR("chain", "The ABI type \"%1\" is not valid: expected ',' between "
                                       "types."),
                        shownType(canonicalList));
        p.advance();
    }
    return out;
}

std::string AbiType::canonical() const
{
    switch (m_kind) {
    case Kind::Uint:
        return "uint" + std::to_string(m_size);
    case Kind::Int:
        return "int" + std::to_string(m_size);
    case Kind::Address:
        return "address";
    case Kind::Bool:
        return "bool";
    case Kind::FixedBytes:
        return "bytes" + std::to_string(m_size);
    case Kind::Bytes:
        return "bytes";
    case Kind::String:
        return "string";
    case Kind::FixedArray:
        return m_children[0].canonical() + "[" + std::to_string(m_size) + "]";
    case Kind::Array:
        return m_children[0].canonical() + "[]";
    case Kind::Tuple:
        return "(" + joinCanonical(m_children) + ")";
    }
    return {};
}

bool AbiType::isValueType() const noexcept
{
    switch (m_kind) {
    case Kind::Uint:
    case Kind::Int:
    case Kind::Address:
    case Kind::Bool:
    case Kind::FixedBytes:
        return true;
    default:
        return false;
    }
}

// ---- AbiValue ----

AbiValue AbiValue::uintList(std::span<const U256> items)
{
    std::vector<AbiValue> v;
    v.reserve(items.size());
    for (const auto& x : items)
        v.push_back(uint(x));
    return list(std::move(v));
}

std::optional<U256> AbiValue::asUint() const
{
    if (m_kind != Kind::Uint)
        return std::nullopt;
    return std::get<U256>(m_v);
}

std::optional<crypto::EthAddress> AbiValue::asAddress() const
{
    if (m_kind != Kind::Address)
        return std::nullopt;
    return std::get<crypto::EthAddress>(m_v);
}

std::optional<bool> AbiValue::asBool() const
{
    if (m_kind != Kind::Bool)
        return std::nullopt;
    return std::get<bool>(m_v);
}

const std::vector<uint8_t>* AbiValue::asBytes() const
{
    return m_kind == Kind::Bytes ? &std::get<std::vector<uint8_t>>(m_v) : nullptr;
}

const std::string* AbiValue::asString() const
{
    return m_kind == Kind::String ? &std::get<std::string>(m_v) : nullptr;
}

const std::vector<uint8_t>* AbiValue::asFixedBytes() const
{
    return m_kind == Kind::FixedBytes ? &std::get<std::vector<uint8_t>>(m_v) : nullptr;
}

std::optional<std::array<uint8_t, 32>> AbiValue::asBytes32() const
{
    const auto* b = asFixedBytes();
    if (!b || b->size() != 32)
        return std::nullopt;
    std::array<uint8_t, 32> out{};
    std::copy(b->begin(), b->end(), out.begin());
    return out;
}

const std::vector<AbiValue>* AbiValue::asList() const
{
    return m_kind == Kind::List ? &std::get<std::vector<AbiValue>>(m_v) : nullptr;
}

std::optional<std::vector<U256>> AbiValue::asUintList(std::size_t expectedSize) const
{
    const auto* l = asList();
    if (!l || (expectedSize != SIZE_MAX && l->size() != expectedSize))
        return std::nullopt;
    std::vector<U256> out;
    out.reserve(l->size());
    for (const auto& v : *l) {
        const auto u = v.asUint();
        if (!u)
            return std::nullopt;
        out.push_back(*u);
    }
    return out;
}

const AbiValue* AbiValue::at(std::size_t i) const
{
    const auto* l = asList();
    if (!l || i >= l->size())
        return nullptr;
    return &(*l)[i];
}

std::string AbiValue::toDebugString() const
{
    switch (m_kind) {
    case Kind::Uint:
        return std::get<U256>(m_v).toDecimal();
    case Kind::Address:
        return std::get<crypto::EthAddress>(m_v).toLowerHex();
    case Kind::Bool:
        return std::get<bool>(m_v) ? "true" : "false";
    case Kind::Bytes:
    case Kind::FixedBytes:
        return "0x" + util::hexEncodeLower(std::get<std::vector<uint8_t>>(m_v));
    case Kind::String: {
        std::string s = "\"";
        for (const char c : std::get<std::string>(m_v)) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                s += '\\';
                s += c;
            } else if (u < 0x20 || u == 0x7f) {
                static constexpr char kHex[] = "0123456789abcdef";
                s += "\\x";
                s += kHex[u >> 4];
                s += kHex[u & 15];
            } else {
                s += c;
            }
        }
        return s + "\"";
    }
    case Kind::List: {
        std::string s = "[";
        const auto& l = std::get<std::vector<AbiValue>>(m_v);
        for (std::size_t i = 0; i < l.size(); ++i) {
            if (i)
                s += ',';
            s += l[i].toDebugString();
        }
        return s + "]";
    }
    }
    return {};
}

// ---- encode / decode ----

Result<std::vector<uint8_t>> abiEncode(std::span<const AbiType> types,
                                       std::span<const AbiValue> values)
{
    if (types.size() != values.size())
        return fail(BS_TR("chain", "Cannot encode the contract call: expected %1 values, got %2."),
                    types.size(), values.size());
    Encoder enc;
    std::vector<uint8_t> out;
    if (!enc.encodeSequence([&](std::size_t i) -> const AbiType& { return types[i]; }, values, out))
        return enc.error();
    return out;
}

Result<std::vector<AbiValue>> abiDecode(std::span<const AbiType> types,
                                        std::span<const uint8_t> data)
{
    Decoder dec(data);
    std::vector<AbiValue> out;
    if (!dec.decodeSequence([&](std::size_t i) -> const AbiType& { return types[i]; }, types.size(),
                            0, out))
        return dec.error();
    return out;
}

// ---- AbiFunction ----

Result<AbiFunction> AbiFunction::parse(std::string_view signature, std::string_view outputs)
{
    auto parsed = parseSignature(signature, kFunctionSignatureErrors);
    if (!parsed)
        return parsed.error();
    auto outs = AbiType::parseList(outputs);
    if (!outs)
        return outs.error();
    AbiFunction f;
    f.m_name = std::move(parsed->first);
    f.m_inputs = std::move(parsed->second);
    f.m_outputs = std::move(*outs);
    const auto h = crypto::keccak256(std::string_view(f.signature()));
    std::copy(h.begin(), h.begin() + 4, f.m_selector.begin());
    return f;
}

std::string AbiFunction::signature() const
{
    return m_name + "(" + joinCanonical(m_inputs) + ")";
}

Result<std::vector<uint8_t>> AbiFunction::encodeCall(std::span<const AbiValue> args) const
{
    auto body = abiEncode(m_inputs, args);
    if (!body)
        return body.error();
    std::vector<uint8_t> out(m_selector.begin(), m_selector.end());
    out.insert(out.end(), body->begin(), body->end());
    return out;
}

Result<std::vector<AbiValue>> AbiFunction::decodeCall(std::span<const uint8_t> calldata) const
{
    if (calldata.size() < 4 || !std::equal(m_selector.begin(), m_selector.end(), calldata.begin()))
        return fail(BS_TR("chain", "The transaction data is not a call of %1 (its selector "
                                   "differs)."),
                    m_name);
    return abiDecode(m_inputs, calldata.subspan(4));
}

Result<std::vector<AbiValue>> AbiFunction::decodeOutput(std::span<const uint8_t> returnData) const
{
    return abiDecode(m_outputs, returnData);
}

// ---- AbiEvent ----

Result<AbiEvent> AbiEvent::parse(std::string_view signature, std::vector<bool> indexed)
{
    auto parsed = parseSignature(signature, kEventSignatureErrors);
    if (!parsed)
        return parsed.error();
    if (indexed.size() != parsed->second.size())
        return fail(BS_TR("chain", "The event %1 has %2 parameters but %3 indexed flags."),
                    parsed->first, parsed->second.size(), indexed.size());
    if (std::count(indexed.begin(), indexed.end(), true) > 3)
        return fail(BS_TR("chain", "The event %1 has more than 3 indexed parameters."),
                    parsed->first);
    AbiEvent e;
    e.m_name = std::move(parsed->first);
    e.m_params = std::move(parsed->second);
    e.m_indexed = std::move(indexed);
    e.m_topic0 = crypto::keccak256(std::string_view(e.signature()));
    return e;
}

std::string AbiEvent::signature() const
{
    return m_name + "(" + joinCanonical(m_params) + ")";
}

Result<std::vector<AbiValue>> AbiEvent::decodeLog(std::span<const crypto::Hash256> topics,
                                                  std::span<const uint8_t> data) const
{
    const auto nIndexed =
        static_cast<std::size_t>(std::count(m_indexed.begin(), m_indexed.end(), true));
    if (topics.empty() || topics[0] != m_topic0)
        return fail(BS_TR("chain", "The log is not a %1 event (its topic differs)."), m_name);
    if (topics.size() != 1 + nIndexed)
        return fail(BS_TR("chain", "The %1 log has %2 topics instead of %3."), m_name,
                    topics.size(), 1 + nIndexed);
    std::vector<AbiType> dataTypes;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        if (!m_indexed[i])
            dataTypes.push_back(m_params[i]);
    }
    auto dataValues = abiDecode(dataTypes, data);
    if (!dataValues)
        return dataValues.error();
    std::vector<AbiValue> out;
    out.reserve(m_params.size());
    std::size_t topic = 1, next = 0;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        if (!m_indexed[i]) {
            out.push_back(std::move((*dataValues)[next++]));
            continue;
        }
        const crypto::Hash256& word = topics[topic++];
        if (!m_params[i].isValueType()) {
            out.push_back(AbiValue::fixedBytes(std::vector<uint8_t>(word.begin(), word.end())));
            continue;
        }
        auto v = abiDecode(std::span<const AbiType>(&m_params[i], 1), word);
        if (!v)
            return v.error();
        out.push_back(std::move((*v)[0]));
    }
    return out;
}

} // namespace bs::chain
