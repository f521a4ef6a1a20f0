// SPDX-License-Identifier: GPL-3.0-or-later
// `bshield vault ...`: create, check, re-key, back up, restore and describe the encrypted
// vault (core/vault). Passphrases come from --passphrase-file (first line) or the terminal.
#include "chain/network.h"
#include "cli.h"
#include "crypto/random.h"
#include "crypto/secp256k1.h"
#include "crypto/secure_buffer.h"
#include "eerc/key_derivation.h"
#include "secret_input.h"
#include "vault/vault.h"

#include <QFile>
#include <QFileInfo>

#include <optional>
#include <string_view>
#include <vector>

namespace bs::cli {

namespace {

constexpr char kUsage[] =
    "Usage: bshield vault <operation> [options]\n"
    "\n"
    "  create --vault <file> [--passphrase-file <f>] [--name <profile name>]\n"
    "         [--role provider|auditor|operator] [--network <network.json>]\n"
    "         [--wallet-key-file <f> | --generate-key]\n"
    "                      a new vault (scrypt calibrated to ~0.5 s); with a wallet key, the\n"
    "                      eERC key derived from it is stored too\n"
    "  unlock-check --vault <file> [--passphrase-file <f>]\n"
    "                      unlocks and reads every page: reports damage or tampering\n"
    "  change-passphrase --vault <file> [--passphrase-file <f>] [--new-passphrase-file <f>]\n"
    "  backup --vault <file> [--passphrase-file <f>] --out <backup>\n"
    "         [--backup-passphrase-file <f>]\n"
    "                      encrypted export of the keys and the profile; protected by the\n"
    "                      vault passphrase unless a backup passphrase is given\n"
    "  restore --in <backup> [--passphrase-file <f>] --vault <new file>\n"
    "          [--new-passphrase-file <f>]\n"
    "                      a new vault from a backup; --passphrase-file is the backup's\n"
    "                      passphrase, also used for the new vault unless another is given\n"
    "  info --vault <file>  format and schema version, profile name, role, network (no\n"
    "                      passphrase needed, nothing secret)\n"
    "\n"
    "Passphrase files: the first line is the passphrase. Without a file the passphrase is\n"
    "asked on the terminal (twice when a new one is chosen).\n";

QString networkLabel(const QString& name, quint64 chainId)
{
    return name.isEmpty() ? QStringLiteral("chain %1").arg(chainId)
                          : QStringLiteral("%1 (chain %2)").arg(name).arg(chainId);
}

// A file this command would make must not exist yet: the sentence to fail with, or "".
QString existingFileProblem(const QString& path)
{
    return QFileInfo::exists(path)
               ? QStringLiteral("%1 already exists; choose another file name").arg(path)
               : QString();
}

// The passphrase in the file that option `option` names, or a copy of `fallback` without it.
Result<crypto::SecureBuffer> passphraseOr(Context& ctx,
                                          const Options& opts,
                                          const QString& option,
                                          const crypto::SecureBuffer& fallback)
{
    if (opts.has(option))
        return readPassphraseFile(ctx, opts.value(option));
    return fallback.clone();
}

// The vault that --vault names and its passphrase, from --passphrase-file or asked as `prompt`;
// unlocked with it when `unlock` says so.
struct OpenedVault
{
    vault::Vault vault;
    crypto::SecureBuffer passphrase;
};
enum class Unlock
{
    No,
    Yes,
};

Result<OpenedVault>
openWithPassphrase(Context& ctx, const Options& opts, const QString& prompt, Unlock unlock)
{
    auto v = vault::Vault::open(opts.value(QStringLiteral("vault")));
    if (!v)
        return v.error();
    auto pass = obtainPassphrase(ctx, opts.value(QStringLiteral("passphrase-file")), prompt, false);
    if (!pass)
        return pass.error();
    if (unlock == Unlock::Yes) {
        if (auto ok = v->unlock(chars(*pass)); !ok)
            return ok.error();
    }
    return OpenedVault{std::move(*v), std::move(*pass)};
}

int cmdCreate(Context& ctx, const Options& opts)
{
    if (opts.has(QStringLiteral("wallet-key-file")) && opts.has(QStringLiteral("generate-key")))
        return usageError(ctx,
                          QStringLiteral("give --wallet-key-file or --generate-key, not both"));
    vault::Profile profile;
    profile.name = opts.has(QStringLiteral("name")) ? opts.value(QStringLiteral("name"))
                                                    : QStringLiteral("default");
    if (opts.has(QStringLiteral("role"))) {
        const auto role = vault::parseRole(opts.value(QStringLiteral("role")));
        if (!role)
            return usageError(ctx, QStringLiteral("--role must be provider, auditor or operator"));
        profile.role = *role;
    }
    if (opts.has(QStringLiteral("network"))) {
        auto network = chain::readNetworkFile(opts.value(QStringLiteral("network")));
        if (!network)
            return failure(ctx, fromError(network.error()));
        profile.network = *network;
    }
    std::optional<crypto::EcdsaPrivateKey> wallet;
    if (opts.has(QStringLiteral("wallet-key-file"))) {
        auto key = readWalletKey(ctx, opts.value(QStringLiteral("wallet-key-file")));
        if (!key)
            return failure(ctx, fromError(key.error()));
        wallet = std::move(*key);
    } else if (opts.has(QStringLiteral("generate-key"))) {
        wallet = crypto::EcdsaPrivateKey::generate();
    }
    const QString path = opts.value(QStringLiteral("vault"));
    if (const QString problem = existingFileProblem(path); !problem.isEmpty())
        return failure(ctx, problem);
    auto pass = obtainPassphrase(ctx, opts.value(QStringLiteral("passphrase-file")),
                                 QStringLiteral("New vault passphrase"), true);
    if (!pass)
        return failure(ctx, fromError(pass.error()));

    // The keys go into the vault in the same step as the schema, before its header exists:
    // an interrupted create leaves no vault rather than one without the key asked for.
    vault::InitialKeys keys;
    QString address;
    if (wallet) {
        auto eerc = eerc::EercKey::deriveFromWallet(*wallet);
        if (!eerc)
            return failure(ctx,
                           QStringLiteral("the vault was not created: ") + fromError(eerc.error()));
        keys.eercDecryptionKey = eerc->decryptionKey().clone();
        address = QString::fromStdString(wallet->address().toChecksumHex());
        keys.walletKey = std::move(*wallet);
    }
    auto v = vault::Vault::create(path, profile, chars(*pass), keys);
    if (!v)
        return failure(ctx, fromError(v.error()));
    Fields fields{{QStringLiteral("vault"), path},
                  {QStringLiteral("profile"), profile.name},
                  {QStringLiteral("role"), vault::roleName(profile.role)},
                  {QStringLiteral("chainId"),
                   QString::number(profile.network ? profile.network->deployment.chainId : 0)},
                  {QStringLiteral("network"), profile.network ? profile.network->name : QString()}};
    if (!address.isEmpty())
        fields.append({QStringLiteral("address"), address});
    v->lock();
    return emit(ctx, fields);
}

int cmdUnlockCheck(Context& ctx, const Options& opts)
{
    auto opened = openWithPassphrase(ctx, opts, QStringLiteral("Vault passphrase"), Unlock::Yes);
    if (!opened)
        return failure(ctx, fromError(opened.error()));
    vault::Vault& v = opened->vault;
    if (auto ok = v.verifyAllPages(); !ok)
        return failure(ctx, fromError(ok.error()));
    auto profile = v.profile();
    if (!profile)
        return failure(ctx, fromError(profile.error()));
    v.lock();
    return emit(ctx, {{QStringLiteral("status"), QStringLiteral("ok")},
                      {QStringLiteral("profile"), profile->name}});
}

int cmdChangePassphrase(Context& ctx, const Options& opts)
{
    auto opened =
        openWithPassphrase(ctx, opts, QStringLiteral("Current vault passphrase"), Unlock::No);
    if (!opened)
        return failure(ctx, fromError(opened.error()));
    auto newPass = obtainPassphrase(ctx, opts.value(QStringLiteral("new-passphrase-file")),
                                    QStringLiteral("New vault passphrase"), true);
    if (!newPass)
        return failure(ctx, fromError(newPass.error()));
    if (auto ok = opened->vault.changePassphrase(chars(opened->passphrase), chars(*newPass)); !ok)
        return failure(ctx, fromError(ok.error()));
    return emit(ctx, {{QStringLiteral("status"), QStringLiteral("passphrase changed")}});
}

int cmdBackup(Context& ctx, const Options& opts)
{
    const QString out = opts.value(QStringLiteral("out"));
    if (const QString problem = existingFileProblem(out); !problem.isEmpty())
        return failure(ctx, problem);
    auto opened = openWithPassphrase(ctx, opts, QStringLiteral("Vault passphrase"), Unlock::Yes);
    if (!opened)
        return failure(ctx, fromError(opened.error()));
    vault::Vault& v = opened->vault;
    auto backupPass =
        passphraseOr(ctx, opts, QStringLiteral("backup-passphrase-file"), opened->passphrase);
    if (!backupPass)
        return failure(ctx, fromError(backupPass.error()));
    if (auto ok = v.exportBackup(out, chars(*backupPass)); !ok)
        return failure(ctx, fromError(ok.error()));
    v.lock();
    return emit(ctx, {{QStringLiteral("backup"), out}});
}

int cmdRestore(Context& ctx, const Options& opts)
{
    const QString path = opts.value(QStringLiteral("vault"));
    if (const QString problem = existingFileProblem(path); !problem.isEmpty())
        return failure(ctx, problem);
    auto backupPass = obtainPassphrase(ctx, opts.value(QStringLiteral("passphrase-file")),
                                       QStringLiteral("Backup passphrase"), false);
    if (!backupPass)
        return failure(ctx, fromError(backupPass.error()));
    auto newPass = passphraseOr(ctx, opts, QStringLiteral("new-passphrase-file"), *backupPass);
    if (!newPass)
        return failure(ctx, fromError(newPass.error()));
    auto v = vault::Vault::restoreBackup(opts.value(QStringLiteral("in")), chars(*backupPass), path,
                                         chars(*newPass));
    if (!v)
        return failure(ctx, fromError(v.error()));
    auto profile = v->profile();
    if (!profile)
        return failure(ctx, fromError(profile.error()));
    Fields fields{{QStringLiteral("vault"), path}, {QStringLiteral("profile"), profile->name}};
    if (auto wallet = v->walletKey())
        fields.append(
            {QStringLiteral("address"), QString::fromStdString(wallet->address().toChecksumHex())});
    v->lock();
    return emit(ctx, fields);
}

int cmdInfo(Context& ctx, const Options& opts)
{
    auto info = vault::Vault::info(opts.value(QStringLiteral("vault")));
    if (!info)
        return failure(ctx, fromError(info.error()));
    if (!ctx.json) {
        ctx.out << "format version: " << info->formatVersion << '\n'
                << "schema version: " << info->schemaVersion << '\n'
                << "profile: " << info->profileName << '\n'
                << "role: " << vault::roleName(info->role) << '\n'
                << "network: " << networkLabel(info->networkName, info->chainId) << '\n';
        ctx.out.flush();
        return ExitOk;
    }
    return emit(ctx, {{QStringLiteral("formatVersion"), QString::number(info->formatVersion)},
                      {QStringLiteral("schemaVersion"), QString::number(info->schemaVersion)},
                      {QStringLiteral("profile"), info->profileName},
                      {QStringLiteral("role"), vault::roleName(info->role)},
                      {QStringLiteral("chainId"), QString::number(info->chainId)},
                      {QStringLiteral("network"), info->networkName}});
}

const std::vector<Operation>& operations()
{
    static const std::vector<Operation> ops = {
        {"create",
         {"vault", "passphrase-file", "name", "role", "network", "wallet-key-file"},
         {"generate-key"},
         {"vault"},
         cmdCreate},
        {"unlock-check", {"vault", "passphrase-file"}, {}, {"vault"}, cmdUnlockCheck},
        {"change-passphrase",
         {"vault", "passphrase-file", "new-passphrase-file"},
         {},
         {"vault"},
         cmdChangePassphrase},
        {"backup",
         {"vault", "passphrase-file", "out", "backup-passphrase-file"},
         {},
         {"vault", "out"},
         cmdBackup},
        {"restore",
         {"in", "passphrase-file", "vault", "new-passphrase-file"},
         {},
         {"in", "vault"},
         cmdRestore},
        {"info", {"vault"}, {}, {"vault"}, cmdInfo},
    };
    return ops;
}

} // namespace

int runVault(Context& ctx, const QStringList& args)
{
    return runOperations(ctx, args, "vault", kUsage, operations());
}

} // namespace bs::cli
