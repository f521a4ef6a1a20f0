// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the app did for the user, in order: chain reads and scans, proofs, transactions, calls
// to the operator's server with their status. For the Activity page and for support (it is
// exportable), so it never holds a secret: no keys, no passphrases, no amounts of the user's
// balance; transaction hashes, block numbers, URLs paths and HTTP statuses are fine.
//
// Thread-safe: use cases on worker threads add entries; the app reads them on its thread and is
// told about new ones through the listener. Bounded: the oldest entries go first.
#include <QDateTime>
#include <QString>

#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

namespace bs::wallet {

struct ActivityEntry
{
    enum class Kind
    {
        Chain,       // reads and scans
        Proof,       // witness and Groth16 proof
        Transaction, // signed, sent, confirmed, failed
        Server,      // operator API calls
        Profile,     // unlock, lock, backups, settings
    };
    QDateTime time; // UTC
    Kind kind = Kind::Chain;
    bool failed = false;
    QString text; // one sentence, English (a support log)
};

// "chain", "proof", "transaction", "server", "profile".
const char* toString(ActivityEntry::Kind kind);

class ActivityLog
{
public:
    explicit ActivityLog(std::size_t capacity = 2000)
        : m_capacity(capacity)
    {}

    void add(ActivityEntry::Kind kind, QString text, bool failed = false);
    std::vector<ActivityEntry> entries() const;
    std::size_t size() const;
    // Called after each add, on the adding thread (the app posts to its own thread).
    void setListener(std::function<void()> listener);

    // The whole log as CSV: time (ISO 8601 UTC), kind, status, text.
    QString toCsv() const;

private:
    mutable std::mutex m_mutex;
    std::deque<ActivityEntry> m_entries;
    std::size_t m_capacity;
    std::function<void()> m_listener;
};

} // namespace bs::wallet
