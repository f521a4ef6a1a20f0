// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the network description reader (a network file, an operator's GET
// /network answer) on arbitrary bytes. Whatever parses must hold the reader's promises (a chain
// id, subgroup points that are not the identity, no local paths from a server) and survive
// toJson -> parse unchanged, which is how a vault stores it.

#include "chain/network.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace bs::chain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (NetworkSource source : {NetworkSource::File, NetworkSource::OperatorAnswer}) {
        const auto n = parseNetwork(in, source);
        if (!n)
            continue;
        if (n->deployment.chainId == 0 || (n->auditor && n->auditor->publicKey.isIdentity()))
            std::abort();
        if (source == NetworkSource::OperatorAnswer) {
            for (const CircuitArtifact& a : n->circuits)
                if (!a.wasmPath.isEmpty() || !a.zkeyPath.isEmpty() || a.zkeyUrl.isEmpty())
                    std::abort();
        }
        if (n->rpcUrl.isEmpty())
            continue; // a server may omit the RPC hint; a stored network always has one
        const auto back = parseNetwork(toJson(*n));
        if (!back || !(*back == *n))
            std::abort();
    }
    return 0;
}
