// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The options of every command that works on a profile, and opening the profile from them:
//   --vault <file> [--passphrase-file <f>]   the keys and the network from a vault
//   --key-file <file>  --network <file>       or a wallet key and a network file, for one run
//   --network <file>                          with a vault: a newer description of its network
//   --rpc <url>, --allow-http                 another node; plain http to a non-loopback host
#include "cli.h"
#include "vault/records.h"
#include "wallet/profile.h"
#include "wallet/progress.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace bs::cli {

extern const QStringList kProfileValued; // network rpc key-file vault passphrase-file
extern const QStringList kProfileFlags;  // allow-http help
extern const char kProfileHelp[];

struct ProfileRequest
{
    // The role the vault must have; nullopt: any. A profile from --key-file has none.
    std::optional<vault::Role> role;
    bool vaultRequired = false; // refuse --key-file (the command keeps state in the vault)
};

Result<std::shared_ptr<wallet::Profile>>
openProfile(Context& ctx, const Options& opts, const ProfileRequest& request = {});

// Prints the use cases' progress as lines on stderr (not in --json mode): one line per stage,
// proving at most every quarter.
class ProgressLines final : public wallet::Progress
{
public:
    explicit ProgressLines(Context& ctx)
        : m_ctx(ctx)
    {}
    void report(const wallet::ProgressStep& step) override;

private:
    Context& m_ctx;
    std::optional<wallet::Stage> m_stage;
    std::uint64_t m_step = ~std::uint64_t(0);
};

} // namespace bs::cli
