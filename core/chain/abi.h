// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Solidity contract ABI (https://docs.soliditylang.org/en/latest/abi-spec.html) for the
// types eERC uses: uint<N>, int<N>, address, bool, bytes<K>, bytes, string, fixed arrays
// T[k], dynamic arrays T[] and tuples, nested arbitrarily.
//
// Decoding treats its input as hostile (return data, logs and calldata come from a node we
// do not trust):
// - every offset and length is bounds-checked with overflow-free arithmetic; an offset must
//   point into the tail of the tuple or array it belongs to (at or past its heads, inside the
//   data), which every real encoder (solc, ethers, viem, web3) satisfies;
// - uint<N> wider than N bits, int<N> not sign-extended from N bits, bools other than 0/1,
//   addresses with non-zero high bytes, and non-zero padding after bytes<K>, bytes and
//   string are refused (solc's decoder refuses them too); strings must be valid UTF-8;
// - type nesting is limited to kMaxAbiDepth, and the decoder reads at most 4x the input's
//   words in total (an honest encoding is read exactly once), so overlapping offsets cannot
//   make a small input decode into a huge value;
// - bytes after the encoded values are tolerated, as solc does for calldata and ethers for
//   return data and logs.
// Encoding refuses values that do not match their type (wrong kind, uint too wide, wrong
// array length or bytes<K> size); for well-typed values it equals solc's abi.encode.

#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "util/result.h"
#include "util/u256.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace bs::chain {

// Deepest nesting of arrays/tuples that AbiType::parse accepts.
inline constexpr int kMaxAbiDepth = 32;

class AbiType
{
public:
    enum class Kind
    {
        Uint,       // uint<bits>
        Int,        // int<bits>, values are 256-bit two's complement words (see AbiValue)
        Address,    // address
        Bool,       // bool
        FixedBytes, // bytes<size>, 1..32
        Bytes,      // bytes
        String,     // string
        FixedArray, // element()[size], size >= 1
        Array,      // element()[]
        Tuple,      // (components()...), at least one component
    };

    // Parses a canonical type: no spaces, no names, "uint256" not "uint", e.g.
    // "((uint256[2],uint256[2][2],uint256[2]),uint256[32])" or "(uint256[7],uint256)[]".
    // Refuses empty tuples and zero-length fixed arrays (Solidity has neither), nesting
    // deeper than kMaxAbiDepth and fixed arrays longer than 2^20 elements.
    static Result<AbiType> parse(std::string_view canonical);
    // Parses a comma-separated list of canonical types ("" = none), e.g. "address,uint256".
    static Result<std::vector<AbiType>> parseList(std::string_view canonicalList);

    // Shorthands for building types in code; invalid arguments (e.g. uint(7)) are bugs and
    // throw std::invalid_argument.
    static AbiType uint(unsigned bits = 256);
    static AbiType sint(unsigned bits = 256); // int<bits>
    static AbiType address();
    static AbiType boolean();
    static AbiType bytes();
    static AbiType string();
    static AbiType fixedBytes(unsigned size);
    static AbiType fixedArray(AbiType element, std::size_t size);
    static AbiType array(AbiType element);
    static AbiType tuple(std::vector<AbiType> components);

    // The canonical text, as used in signatures.
    std::string canonical() const;

    Kind kind() const noexcept { return m_kind; }
    // Bits of uint/int, bytes of bytes<K>, elements of T[k]; 0 otherwise.
    std::size_t size() const noexcept { return m_size; }
    // The element type of T[k] / T[].
    const AbiType& element() const { return m_children.at(0); }
    // Components of a tuple (and the single element of an array).
    const std::vector<AbiType>& components() const noexcept { return m_children; }

    // Dynamic in the ABI sense (bytes, string, T[], or containing one).
    bool isDynamic() const noexcept { return m_dynamic; }
    // Nesting depth: 0 for elementary types, 1 + the deepest component otherwise.
    int depth() const noexcept { return m_depth; }
    // A value type (uint, int, address, bool, bytes<K>): stored directly in an event topic.
    bool isValueType() const noexcept;
    // Size of the head slot: 32 for dynamic types, the full static encoding otherwise.
    std::size_t headSize() const noexcept { return m_headSize; }

    bool operator==(const AbiType&) const = default;

private:
    AbiType(Kind kind, std::size_t size, std::vector<AbiType> children);

    Kind m_kind = Kind::Bool;
    std::size_t m_size = 0;
    std::vector<AbiType> m_children;
    // Derived from the above, cached because the decoder asks for them per element.
    bool m_dynamic = false;
    std::size_t m_headSize = 32;
    int m_depth = 0;
};

// A value of an AbiType. Arrays and tuples are both lists. int<N> values are carried as
// uint values holding the 256-bit two's complement word (so -1 is 2^256 - 1).
class AbiValue
{
public:
    enum class Kind
    {
        Uint,
        Address,
        Bool,
        Bytes,
        String,
        FixedBytes,
        List,
    };

    // The bool false (only so that vectors of values can be resized; build values with the
    // named constructors below).
    AbiValue()
        : AbiValue(Kind::Bool, false)
    {}

    static AbiValue uint(U256 v) { return AbiValue(Kind::Uint, v); }
    static AbiValue uint(uint64_t v) { return AbiValue(Kind::Uint, U256::fromU64(v)); }
    static AbiValue address(const crypto::EthAddress& a) { return AbiValue(Kind::Address, a); }
    static AbiValue boolean(bool b) { return AbiValue(Kind::Bool, b); }
    static AbiValue bytes(std::vector<uint8_t> b) { return AbiValue(Kind::Bytes, std::move(b)); }
    static AbiValue string(std::string s) { return AbiValue(Kind::String, std::move(s)); }
    // bytes<K>: K = b.size() must be 1..32 when encoded.
    static AbiValue fixedBytes(std::vector<uint8_t> b)
    {
        return AbiValue(Kind::FixedBytes, std::move(b));
    }
    static AbiValue list(std::vector<AbiValue> items)
    {
        return AbiValue(Kind::List, std::move(items));
    }
    // A list of uints, e.g. for uint256[7].
    static AbiValue uintList(std::span<const U256> items);

    Kind kind() const noexcept { return m_kind; }

    // nullopt / nullptr when the value is of another kind.
    std::optional<U256> asUint() const;
    std::optional<crypto::EthAddress> asAddress() const;
    std::optional<bool> asBool() const;
    const std::vector<uint8_t>* asBytes() const;              // kind Bytes only
    const std::string* asString() const;                      // kind String only
    const std::vector<uint8_t>* asFixedBytes() const;         // kind FixedBytes only
    std::optional<std::array<uint8_t, 32>> asBytes32() const; // FixedBytes of size 32
    const std::vector<AbiValue>* asList() const;
    // The list's items as uints: nullopt unless this is a list of exactly `expectedSize`
    // uints (expectedSize = SIZE_MAX accepts any size).
    std::optional<std::vector<U256>> asUintList(std::size_t expectedSize = SIZE_MAX) const;
    // Item i of a list, nullptr when not a list or out of range.
    const AbiValue* at(std::size_t i) const;

    // A compact rendering for logs and test failure messages: uints in decimal, addresses
    // lowercase hex, bytes "0x..", strings in quotes, lists in brackets.
    std::string toDebugString() const;

    bool operator==(const AbiValue&) const = default;

private:
    using Storage = std::variant<U256,
                                 crypto::EthAddress,
                                 bool,
                                 std::vector<uint8_t>,
                                 std::string,
                                 std::vector<AbiValue>>;
    template <class T>
    AbiValue(Kind kind, T&& v)
        : m_kind(kind)
        , m_v(std::forward<T>(v))
    {}

    Kind m_kind;
    Storage m_v;
};

// abi.encode(values...) of values with the given types (sizes must match).
Result<std::vector<uint8_t>> abiEncode(std::span<const AbiType> types,
                                       std::span<const AbiValue> values);
// The inverse, for untrusted data (see the top of this file).
Result<std::vector<AbiValue>> abiDecode(std::span<const AbiType> types,
                                        std::span<const uint8_t> data);

// A function (or custom error, which has the same layout) given by its canonical signature
// "name(type,type,...)", e.g. "transfer(address,uint256,((uint256[2],uint256[2][2],
// uint256[2]),uint256[32]),uint256[7])" (no spaces, no parameter names).
class AbiFunction
{
public:
    // `outputs` lists the return types separated by commas, without surrounding
    // parentheses: "" for none, "bool" for one, "uint256,uint256" for two, and
    // "(uint256,uint256)" for one tuple.
    static Result<AbiFunction> parse(std::string_view signature, std::string_view outputs = "");

    const std::string& name() const noexcept { return m_name; }
    // The canonical signature, e.g. "balanceOf(address,uint256)".
    std::string signature() const;
    const std::vector<AbiType>& inputs() const noexcept { return m_inputs; }
    const std::vector<AbiType>& outputs() const noexcept { return m_outputs; }

    // First 4 bytes of keccak256(signature).
    std::array<uint8_t, 4> selector() const noexcept { return m_selector; }
    // selector || abi.encode(args).
    Result<std::vector<uint8_t>> encodeCall(std::span<const AbiValue> args) const;
    // Checks the selector, then decodes the arguments.
    Result<std::vector<AbiValue>> decodeCall(std::span<const uint8_t> calldata) const;
    // Decodes return data with the output types.
    Result<std::vector<AbiValue>> decodeOutput(std::span<const uint8_t> returnData) const;

private:
    std::string m_name;
    std::vector<AbiType> m_inputs;
    std::vector<AbiType> m_outputs;
    std::array<uint8_t, 4> m_selector{};
};

// A non-anonymous event given by its canonical signature "Name(type,...)" and which of its
// parameters are indexed.
class AbiEvent
{
public:
    // indexed.size() must equal the number of parameters; at most 3 may be indexed.
    static Result<AbiEvent> parse(std::string_view signature, std::vector<bool> indexed);

    const std::string& name() const noexcept { return m_name; }
    std::string signature() const;
    const std::vector<AbiType>& params() const noexcept { return m_params; }
    const std::vector<bool>& indexed() const noexcept { return m_indexed; }

    // keccak256(signature).
    crypto::Hash256 topic0() const noexcept { return m_topic0; }

    // Checks topic0 and the topic count (1 + number of indexed parameters), decodes indexed
    // value-type parameters from their topics and the others from `data`; returns all values
    // in declaration order. An indexed parameter of a non-value type (string, bytes, array,
    // tuple) is only stored as its keccak256 hash, so it decodes to that 32-byte topic as a
    // FixedBytes value.
    Result<std::vector<AbiValue>> decodeLog(std::span<const crypto::Hash256> topics,
                                            std::span<const uint8_t> data) const;

private:
    std::string m_name;
    std::vector<AbiType> m_params;
    std::vector<bool> m_indexed;
    crypto::Hash256 m_topic0{};
};

} // namespace bs::chain
