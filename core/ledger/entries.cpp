// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/entries.h"

namespace bs::ledger {

const char* toString(HistoryEntry::Kind kind)
{
    return kind == HistoryEntry::Kind::Credit ? "credit" : "debit";
}

const char* toString(HistoryEntry::Source source)
{
    switch (source) {
    case HistoryEntry::Source::Transfer:
        return "transfer";
    case HistoryEntry::Source::Deposit:
        return "deposit";
    case HistoryEntry::Source::Withdraw:
        return "withdraw";
    }
    return "?";
}

} // namespace bs::ledger
