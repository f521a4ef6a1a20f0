// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ABI decoding of arbitrary bytes against fixed type lists (the eERC
// shapes and the tricky ones), type-string parsing, and revert descriptions. Whatever
// decodes must re-encode, and the re-encoding must decode to the same values and re-encode
// to the same bytes (the encoder's output is canonical; the input need not be).

#include "chain/abi.h"
#include "chain/revert.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

const std::vector<std::vector<bs::chain::AbiType>>& typeLists()
{
    static const std::vector<std::vector<bs::chain::AbiType>> lists = [] {
        std::vector<std::vector<bs::chain::AbiType>> out;
        for (const char* l :
             {"((uint256,uint256),(uint256,uint256)),uint256,(uint256[7],uint256)[],uint256[7],"
              "uint256",
              "address,uint256,((uint256[2],uint256[2][2],uint256[2]),uint256[32]),uint256[7]",
              "string", "bytes", "bytes,uint8,int8,bool,address,bytes4", "uint256[][]",
              "(uint256,string)[]", "string[2][]", "((string))", "address[]",
              "(address,address,string,bytes)", "uint256[][2],bytes32[]", "int256[],bool[3]"})
            out.push_back(*bs::chain::AbiType::parseList(l));
        return out;
    }();
    return lists;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const std::span<const uint8_t> rest(data + 1, size - 1);
    // Text: the type parser must never crash, and a parsed type prints back to itself.
    if (data[0] == 0xff) {
        const std::string_view text(reinterpret_cast<const char*>(rest.data()), rest.size());
        if (const auto t = bs::chain::AbiType::parse(text); t && t->canonical() != text)
            std::abort();
        return 0;
    }
    if (data[0] == 0xfe) {
        const std::string s = bs::chain::describeRevert(rest);
        if (s.empty())
            std::abort();
        (void)bs::chain::revertErrorName(rest);
        return 0;
    }
    const auto& lists = typeLists();
    const auto& types = lists[data[0] % lists.size()];
    const auto values = bs::chain::abiDecode(types, rest);
    if (!values)
        return 0;
    const auto enc = bs::chain::abiEncode(types, *values);
    if (!enc)
        std::abort();
    const auto back = bs::chain::abiDecode(types, *enc);
    if (!back || *back != *values)
        std::abort();
    const auto enc2 = bs::chain::abiEncode(types, *back);
    if (!enc2 || *enc2 != *enc)
        std::abort();
    return 0;
}
