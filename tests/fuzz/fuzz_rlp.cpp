// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: RLP and signed-transaction decoding of arbitrary bytes. The RLP decoder
// accepts canonical encodings only, so whatever decodes re-encodes to exactly the input; a
// decoded transaction's fields re-encode to the input's signed fields.

#include "chain/rlp.h"
#include "chain/transaction.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::span<const uint8_t> in(data, size);
    if (const auto item = bs::chain::rlpDecode(in)) {
        if (bs::chain::rlpEncode(*item) != std::vector<uint8_t>(in.begin(), in.end()))
            std::abort();
    }
    if (const auto tx = bs::chain::decodeSignedTransaction(in)) {
        // The unsigned payload is the input's first 9 fields: compare through RLP.
        const auto payload = tx->tx.signingPayload();
        const auto signedList = bs::chain::rlpDecode(in.subspan(1));
        const auto unsignedList =
            bs::chain::rlpDecode(std::span<const uint8_t>(payload).subspan(1));
        if (!signedList || !unsignedList)
            std::abort();
        const auto& s = *signedList->asList();
        const auto& u = *unsignedList->asList();
        if (s.size() != 12 || u.size() != 9 || !std::equal(u.begin(), u.end(), s.begin()))
            std::abort();
        if (tx->hash != bs::chain::transactionHash(in))
            std::abort();
    }
    return 0;
}
