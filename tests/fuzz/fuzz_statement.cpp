// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the statement reader (ledger/statement.h) on arbitrary bytes, as
// `bshield statement check` gets a file from anyone. A statement that parses must write back
// to JSON that parses to the same statement, and its summary must agree with its lines.
#include "ledger/statement.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace bs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (const auto statement = ledger::parseStatement(in)) {
        if (statement->lines.size() > std::size_t(ledger::kMaxStatementLines))
            std::abort();
        for (std::size_t i = 1; i < statement->lines.size(); ++i)
            if (!(statement->lines[i - 1].block <= statement->lines[i].block))
                std::abort();
        const auto back = ledger::parseStatement(ledger::toJson(*statement));
        if (!back || !(*back == *statement))
            std::abort();
    }
    return 0;
}
