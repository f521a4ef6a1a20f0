// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile_options.h"

#include "chain/network.h"
#include "secret_input.h"
#include "vault/vault.h"
#include "wallet/circuits.h"

#include <cstdlib>

namespace bs::cli {

const QStringList kProfileValued = {QStringLiteral("network"), QStringLiteral("rpc"),
                                    QStringLiteral("key-file"), QStringLiteral("vault"),
                                    QStringLiteral("passphrase-file")};
const QStringList kProfileFlags = {QStringLiteral("allow-http"), QStringLiteral("help")};

const char kProfileHelp[] =
    "Options of every profile command:\n"
    "  --vault <file>             take the keys and the network from this vault (unlocked with\n"
    "                             --passphrase-file <file>, - for standard input, or a prompt);\n"
    "                             --network then gives a newer description of its network\n"
    "  --key-file <file>          without a vault: the wallet key, 64 hex digits (0x optional),\n"
    "                             - for standard input; with --network <network.json>\n"
    "  --network <network.json>   the network (chain, contracts, circuits), e.g. the devnet's\n"
    "                             devnet/state/network.json\n"
    "  --rpc <url>                JSON-RPC endpoint (overrides the network's rpcUrl)\n"
    "  --allow-http               allow plain http:// to a non-loopback RPC host\n"
    "  --json                     one JSON object on stdout\n";

namespace {

QString roleWords(vault::Role role)
{
    return vault::roleName(role);
}

} // namespace

Result<std::shared_ptr<wallet::Profile>>
openProfile(Context& ctx, const Options& opts, const ProfileRequest& request)
{
    // Keys in the environment leak to every process that can read it: no longer read.
    if (std::getenv("BSHIELD_WALLET_KEY"))
        return fail("BSHIELD_WALLET_KEY is not read: a key in the environment can be read by "
                    "other processes. Put the key in a file only you can read and give "
                    "--key-file <file> (or --key-file - to pipe it in).");
    wallet::OpenOptions options;
    options.allowPlainHttp = opts.has(QStringLiteral("allow-http"));
    if (opts.has(QStringLiteral("rpc")))
        options.rpcUrl = QUrl(opts.value(QStringLiteral("rpc")), QUrl::StrictMode);
    if (opts.has(QStringLiteral("confirmations"))) {
        bool ok = false;
        const unsigned n = opts.value(QStringLiteral("confirmations")).toUInt(&ok);
        if (!ok || n == 0 || n > 100)
            return fail("--confirmations must be 1..100");
        options.confirmations = n;
    }
    std::optional<chain::Network> networkFile;
    if (opts.has(QStringLiteral("network"))) {
        auto file = chain::readNetworkFile(opts.value(QStringLiteral("network")));
        if (!file)
            return file.error();
        networkFile = std::move(*file);
    }

    if (opts.has(QStringLiteral("vault"))) {
        if (opts.has(QStringLiteral("key-file")))
            return fail("give either --vault or --key-file, not both.");
        const QString path = opts.value(QStringLiteral("vault"));
        auto v = vault::Vault::open(path);
        if (!v)
            return v.error();
        auto passphrase = obtainPassphrase(ctx, opts.value(QStringLiteral("passphrase-file")),
                                           QStringLiteral("Passphrase for %1").arg(path), false);
        if (!passphrase)
            return passphrase.error();
        if (auto unlocked = v->unlock(chars(*passphrase)); !unlocked)
            return unlocked.error();
        if (request.role) {
            auto info = v->profile();
            if (!info)
                return info.error();
            if (info->role != *request.role)
                return fail("this vault is a " + roleWords(info->role).toStdString() +
                            " profile; this command needs a " +
                            roleWords(*request.role).toStdString() + " profile.");
        }
        options.description = std::move(networkFile);
        return wallet::Profile::open(std::move(*v), wallet::defaultArtifactDir(), options);
    }
    if (request.vaultRequired || (request.role && *request.role != vault::Role::Provider))
        return fail("missing option --vault <file>: this command keeps its state in a vault.");
    if (!opts.has(QStringLiteral("key-file")))
        return fail("missing option --vault <file> (or --key-file <file> with --network).");
    if (!networkFile)
        return fail("missing option --network <network.json> (or --vault <file>).");
    auto wallet = readWalletKey(ctx, opts.value(QStringLiteral("key-file")));
    if (!wallet)
        return wallet.error();
    return wallet::Profile::transient(std::move(*wallet), std::move(*networkFile),
                                      wallet::defaultArtifactDir(), options);
}

void ProgressLines::report(const wallet::ProgressStep& step)
{
    if (m_ctx.json)
        return;
    using wallet::Stage;
    // Proving reports often: one line per quarter is enough; other stages once, and
    // confirmations each time one more arrives.
    const std::uint64_t bucket = step.stage == Stage::Proving      ? step.done / 25
                                 : step.stage == Stage::Confirming ? step.done
                                                                   : 0;
    if (m_stage == step.stage && m_step == bucket)
        return;
    m_stage = step.stage;
    m_step = bucket;
    QString line;
    switch (step.stage) {
    case Stage::Connecting:
        line = QStringLiteral("connecting to the node");
        break;
    case Stage::ReadingChain:
        line = QStringLiteral("reading the chain");
        break;
    case Stage::DecryptingBalance:
        line = QStringLiteral("decrypting the balance");
        break;
    case Stage::ScanningHistory:
        line = QStringLiteral("scanning the history");
        break;
    case Stage::AskingOperator:
        line = QStringLiteral("asking the operator's server");
        break;
    case Stage::CheckingCircuits:
        line = QStringLiteral("checking circuit file %1").arg(step.detail);
        break;
    case Stage::LoadingCircuit:
        line = QStringLiteral("loading the %1 circuit").arg(step.detail);
        break;
    case Stage::FollowingClaim:
        line = QStringLiteral("following the earlier claim %1").arg(step.detail);
        break;
    case Stage::ReadingBalance:
        line = QStringLiteral("reading");
        break;
    case Stage::Proving:
        line = QStringLiteral("proving %1%").arg(step.done);
        break;
    case Stage::CheckingWithNode:
        line = QStringLiteral("checking");
        break;
    case Stage::Sending:
        line = QStringLiteral("sending");
        break;
    case Stage::Confirming:
        line = step.done ? QStringLiteral("confirming %1 of %2 confirmation(s)")
                               .arg(step.done)
                               .arg(step.total)
                         : QStringLiteral("confirming");
        break;
    }
    m_ctx.err << "bshield: " << line << '\n';
    m_ctx.err.flush();
}

} // namespace bs::cli
