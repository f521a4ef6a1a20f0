// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a use case reports long work to whoever runs it: the app's task runner (a progress bar
// with the stage in words, Cancel while it is safe) or the command line (lines on stderr).
// The stages are typed; each front end words them in its own language.
#include <QString>

#include <cstdint>

namespace bs::wallet {

enum class Stage
{
    Connecting,        // reaching the RPC node and checking its chain
    ReadingChain,      // registration, decimals, the encrypted balance
    DecryptingBalance, //
    ScanningHistory,   // done/total: blocks
    AskingOperator,    // the operator's server
    CheckingCircuits,  // hashing or downloading circuit files; detail: the file
    LoadingCircuit,    // reading the proving key
    FollowingClaim,    // an earlier claim, to its end; detail: its transaction hash
    ReadingBalance,    // the balance a proof starts from
    Proving,           // fraction: witness + proof
    CheckingWithNode,  // eth_call dry run, gas and fee estimate
    Sending,           //
    Confirming,        // done/total: confirmations
};

struct ProgressStep
{
    Stage stage = Stage::Connecting;
    double fraction = -1.0; // 0..1, or negative when unknown
    std::uint64_t done = 0; // stage-specific counts (blocks, confirmations), when total > 0
    std::uint64_t total = 0;
    QString detail; // a file name or a transaction hash; never anything secret
};

class Progress
{
public:
    virtual ~Progress() = default;
    virtual void report(const ProgressStep& step) { (void)step; }
    // Whether cancelling is still safe (false from the moment a transaction may be out).
    virtual void setCancellable(bool cancellable) { (void)cancellable; }
};

// For callers that do not show progress.
inline Progress& noProgress()
{
    static Progress none;
    return none;
}

} // namespace bs::wallet
