// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's chain commands: keys show, register, balance, history, claim.
// They talk to an EVM JSON-RPC node only (never to the operator's server), so a provider can
// check and claim their money with the operator offline.
#include "chain/eth_client.h"
#include "chain/json_rpc.h"
#include "chain/network.h"
#include "chain/tx_sender.h"
#include "cli.h"
#include "eerc/history.h"
#include "eerc/operations.h"
#include "eerc/reader.h"
#include "ledger/money.h"
#include "passphrase.h"
#include "util/hex.h"
#include "vault/vault.h"
#include "wallet/circuits.h"
#include "wallet/vault_history_cache.h"
#include "wallet/wallet.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace bs::cli {

namespace {

constexpr char kCommonHelp[] =
    "Options of every chain command:\n"
    "  --network <network.json>   the network (chain, contracts, circuits), e.g. the devnet's\n"
    "                             devnet/state/network.json\n"
    "  --rpc <url>                JSON-RPC endpoint (overrides the network's rpcUrl)\n"
    "  --allow-http               allow plain http:// to a non-loopback RPC host\n"
    "  --vault <file>             take the keys and the network from this vault (unlocked with\n"
    "                             --passphrase-file <file>, or a prompt); --network then only\n"
    "                             supplies the circuit files\n"
    "  --key-file <file>          without a vault: the wallet key, 64 hex digits (0x optional);\n"
    "                             without it, the BSHIELD_WALLET_KEY environment variable\n"
    "  --json                     one JSON object on stdout\n";

const QStringList kCommonValued = {QStringLiteral("network"), QStringLiteral("rpc"),
                                   QStringLiteral("key-file"), QStringLiteral("vault"),
                                   QStringLiteral("passphrase-file")};
const QStringList kCommonFlags = {QStringLiteral("allow-http"), QStringLiteral("help")};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString hexOf(std::span<const std::uint8_t> bytes)
{
    return QStringLiteral("0x") + q(util::hexEncodeLower(bytes));
}

Result<crypto::EcdsaPrivateKey> walletKeyFrom(const Options& opts)
{
    if (opts.has(QStringLiteral("key-file")))
        return wallet::readWalletKeyFile(opts.value(QStringLiteral("key-file")));
    if (const char* env = std::getenv("BSHIELD_WALLET_KEY"); env && *env)
        return wallet::walletKeyFromText({env, std::strlen(env)});
    return fail("no wallet key: give --key-file <file> or set BSHIELD_WALLET_KEY.");
}

// Everything a chain command needs, built from the common options: the wallet key and the
// eERC key, the network, an RPC connection checked to be on its chain, and the vault when
// the keys came from one (kept unlocked for the command's lifetime).
struct Session
{
    Session(crypto::EcdsaPrivateKey w, eerc::EercKey k)
        : wallet(std::move(w))
        , key(std::move(k))
    {}
    crypto::EcdsaPrivateKey wallet;
    eerc::EercKey key;
    chain::Network network;
    std::optional<vault::Vault> vault;
    std::unique_ptr<chain::JsonRpcClient> rpc;
    std::unique_ptr<chain::EthClient> eth;
    std::unique_ptr<eerc::EercReader> reader;

    crypto::EthAddress me() const { return wallet.address(); }
};

struct VaultKeys
{
    vault::Vault vault;
    crypto::EcdsaPrivateKey wallet;
    eerc::EercKey key;
    chain::Network network;
};

Result<VaultKeys> unlockVault(Context& ctx, const Options& opts)
{
    const QString path = opts.value(QStringLiteral("vault"));
    auto v = vault::Vault::open(path);
    if (!v)
        return v.error();
    auto passphrase = obtainPassphrase(ctx, opts.value(QStringLiteral("passphrase-file")),
                                       QStringLiteral("Passphrase for %1: ").arg(path), false);
    if (!passphrase)
        return passphrase.error();
    if (auto unlocked = v->unlock(chars(*passphrase)); !unlocked)
        return unlocked.error();
    auto keys = wallet::keysOf(*v);
    if (!keys)
        return keys.error();
    auto profile = v->profile();
    if (!profile)
        return profile.error();
    if (!profile->network)
        return fail("the vault's profile has no network; create the vault with --network.");
    return VaultKeys{std::move(*v), std::move(keys->wallet), std::move(keys->eerc),
                     std::move(*profile->network)};
}

Result<std::unique_ptr<Session>> openSession(Context& ctx, const Options& opts)
{
    std::unique_ptr<Session> s;
    bool allowPlainHttp = opts.has(QStringLiteral("allow-http"));
    if (opts.has(QStringLiteral("vault"))) {
        if (opts.has(QStringLiteral("key-file")))
            return fail("give either --vault or --key-file, not both.");
        auto unlocked = unlockVault(ctx, opts);
        if (!unlocked)
            return unlocked.error();
        s = std::make_unique<Session>(std::move(unlocked->wallet), std::move(unlocked->key));
        s->network = std::move(unlocked->network);
        s->vault.emplace(std::move(unlocked->vault));
        allowPlainHttp = allowPlainHttp || s->network.allowPlainHttp;
        if (opts.has(QStringLiteral("network"))) {
            // Only for the circuit files: it must describe the same deployment.
            auto file = chain::readNetworkFile(opts.value(QStringLiteral("network")));
            if (!file)
                return file.error();
            const chain::Deployment& a = file->deployment;
            const chain::Deployment& b = s->network.deployment;
            if (a.chainId != b.chainId || a.encryptedErc != b.encryptedErc ||
                a.registrar != b.registrar)
                return fail("the --network file describes another deployment than the vault's "
                            "profile.");
            s->network.circuits = file->circuits;
        }
    } else {
        auto wallet = walletKeyFrom(opts);
        if (!wallet)
            return wallet.error();
        auto key = eerc::EercKey::deriveFromWallet(*wallet);
        if (!key)
            return key.error();
        if (!opts.has(QStringLiteral("network")))
            return fail("missing option --network <network.json> (or --vault <file>).");
        auto network = chain::readNetworkFile(opts.value(QStringLiteral("network")));
        if (!network)
            return network.error();
        s = std::make_unique<Session>(std::move(*wallet), std::move(*key));
        s->network = std::move(*network);
    }
    if (opts.has(QStringLiteral("rpc")))
        s->network.rpcUrl = QUrl(opts.value(QStringLiteral("rpc")));
    s->network.allowPlainHttp = allowPlainHttp;
    auto connection = wallet::connect(s->network);
    if (!connection)
        return connection.error();
    s->rpc = std::move(connection->rpc);
    s->eth = std::move(connection->eth);
    s->reader = std::move(connection->reader);
    return s;
}

// --confirmations <n>, 1..100 (default 1).
Result<chain::SendOptions> sendOptionsFrom(const Options& opts)
{
    chain::SendOptions send;
    if (opts.has(QStringLiteral("confirmations"))) {
        bool ok = false;
        send.confirmations = opts.value(QStringLiteral("confirmations")).toUInt(&ok);
        if (!ok || send.confirmations == 0 || send.confirmations > 100)
            return fail("--confirmations must be 1..100");
    }
    return send;
}

Result<eerc::CircuitProver> loadProver(const Session& s, const QString& circuit)
{
    auto files = wallet::circuitFiles(s.network, circuit, wallet::defaultArtifactDir());
    if (!files)
        return files.error();
    return eerc::CircuitProver::load(*files);
}

// Progress lines on stderr (text mode only: JSON consumers read stdout).
eerc::OperationCallbacks progressCallbacks(Context& ctx)
{
    eerc::OperationCallbacks cb;
    if (ctx.json)
        return cb;
    auto last = std::make_shared<std::pair<eerc::Stage, int>>(eerc::Stage::Reading, -1);
    cb.progress = [&ctx, last](eerc::Stage stage, int value) {
        // Proving reports often: one line per quarter is enough.
        const int step = stage == eerc::Stage::Proving ? value / 25 : value;
        if (stage == last->first && step == last->second)
            return;
        *last = {stage, step};
        ctx.err << "bshield: " << eerc::toString(stage);
        if (stage == eerc::Stage::Proving)
            ctx.err << ' ' << value << '%';
        else if (stage == eerc::Stage::Confirming && value > 0)
            ctx.err << ' ' << value << " confirmation(s)";
        ctx.err << '\n';
        ctx.err.flush();
    };
    return cb;
}

QString statusText(eerc::DecryptedBalance::Status status)
{
    switch (status) {
    case eerc::DecryptedBalance::Status::Verified:
        return QStringLiteral("verified");
    case eerc::DecryptedBalance::Status::Recovered:
        return QStringLiteral("recovered");
    case eerc::DecryptedBalance::Status::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

bool wantsHelp(Context& ctx, const Options& opts, const char* usage)
{
    if (!opts.has(QStringLiteral("help")))
        return false;
    ctx.out << usage << '\n' << kCommonHelp;
    ctx.out.flush();
    return true;
}

// ---- keys show ----

int cmdKeysShow(Context& ctx, const QStringList& args)
{
    constexpr char usage[] = "Usage: bshield keys show [--key-file <file>]\n"
                             "Prints the wallet address and the eERC public key (no secrets).";
    const Options opts(args, {QStringLiteral("key-file")}, {QStringLiteral("help")});
    if (!opts.valid())
        return usageError(ctx, opts.error());
    if (wantsHelp(ctx, opts, usage))
        return ExitOk;
    auto wallet = walletKeyFrom(opts);
    if (!wallet)
        return failure(ctx, fromError(wallet.error()));
    auto key = eerc::EercKey::deriveFromWallet(*wallet);
    if (!key)
        return failure(ctx, fromError(key.error()));
    const crypto::AffinePoint pk = key->publicKey().toAffine();
    return emit(ctx, {{QStringLiteral("address"), q(wallet->address().toChecksumHex())},
                      {QStringLiteral("publicKeyX"), q(pk.x.toDecimal())},
                      {QStringLiteral("publicKeyY"), q(pk.y.toDecimal())}});
}

// ---- register ----

int cmdRegister(Context& ctx, const QStringList& args)
{
    constexpr char usage[] =
        "Usage: bshield register --network <network.json> [--confirmations <n>]\n"
        "Registers the wallet's eERC key on chain (proof made on this machine). Does nothing\n"
        "if the same key is registered already; refuses if a different one is.";
    const Options opts(args, kCommonValued + QStringList{QStringLiteral("confirmations")},
                       kCommonFlags);
    if (!opts.valid())
        return usageError(ctx, opts.error());
    if (wantsHelp(ctx, opts, usage))
        return ExitOk;
    const auto send = sendOptionsFrom(opts);
    if (!send)
        return usageError(ctx, fromError(send.error()));
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    auto prover = loadProver(s, QStringLiteral("registration"));
    if (!prover)
        return failure(ctx, fromError(prover.error()));
    chain::TransactionSender sender(*s.eth, s.network.deployment.chainId);
    auto outcome = eerc::registerKey(*s.reader, sender, s.wallet, s.key, *prover, *send,
                                     progressCallbacks(ctx));
    if (!outcome)
        return failure(ctx, fromError(outcome.error()));
    return emit(ctx, {{QStringLiteral("address"), q(s.me().toChecksumHex())},
                      {QStringLiteral("status"), outcome->alreadyRegistered
                                                     ? QStringLiteral("already-registered")
                                                     : QStringLiteral("registered")},
                      {QStringLiteral("transaction"),
                       outcome->transactionHash ? hexOf(*outcome->transactionHash) : QString()},
                      {QStringLiteral("block"), QString::number(outcome->blockNumber)}});
}

// ---- balance ----

int cmdBalance(Context& ctx, const QStringList& args)
{
    constexpr char usage[] =
        "Usage: bshield balance --network <network.json>\n"
        "Decrypts the eERC balance and checks it against the ElGamal balance. Prints: amount\n"
        "(USDC, all decimals), base units, status (verified | recovered | unreadable), address.";
    const Options opts(args, kCommonValued, kCommonFlags);
    if (!opts.valid())
        return usageError(ctx, opts.error());
    if (wantsHelp(ctx, opts, usage))
        return ExitOk;
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    eerc::EercReader& reader = *s.reader;
    const crypto::EthAddress me = s.me();

    const auto registered = reader.publicKeyOf(me);
    if (!registered)
        return failure(ctx, fromError(registered.error()));
    if (!*registered)
        return failure(ctx, QStringLiteral("%1 is not registered with the eERC contract; run "
                                           "'bshield register' first.")
                                .arg(q(me.toChecksumHex())));
    if (!(**registered == s.key.publicKey()))
        return failure(ctx, QStringLiteral("%1 is registered with a different eERC key than this "
                                           "wallet's.")
                                .arg(q(me.toChecksumHex())));
    const auto decimals = reader.eercDecimals();
    if (!decimals)
        return failure(ctx, fromError(decimals.error()));
    const auto tokenId = reader.tokenId();
    if (!tokenId)
        return failure(ctx, fromError(tokenId.error()));

    eerc::DecryptedBalance balance; // zero and verified when the token was never deposited
    if (*tokenId) {
        const auto encrypted = reader.balanceOf(me, **tokenId);
        if (!encrypted)
            return failure(ctx, fromError(encrypted.error()));
        balance = eerc::decryptBalance(*encrypted, s.key.privateScalar().get());
    }
    if (!balance.trusted())
        return failure(ctx,
                       QStringLiteral("the balance cannot be read: its encrypted parts "
                                      "disagree and the amount is beyond the recovery bound."));
    if (balance.status == eerc::DecryptedBalance::Status::Recovered) {
        ctx.err << "bshield: warning: the amount ciphertexts add up to "
                << q(ledger::formatAmount(balance.pctSum, *decimals))
                << ", which does not match the encrypted balance; the balance shown was recovered "
                   "from the encrypted balance itself.\n";
        ctx.err.flush();
    }
    return emit(ctx,
                {{QStringLiteral("amount"), q(ledger::formatAmount(balance.amount, *decimals))},
                 {QStringLiteral("baseUnits"), q(balance.amount.toDecimal())},
                 {QStringLiteral("status"), statusText(balance.status)},
                 {QStringLiteral("address"), q(me.toChecksumHex())}});
}

// ---- history ----

int cmdHistory(Context& ctx, const QStringList& args)
{
    constexpr char usage[] =
        "Usage: bshield history --network <network.json> [--csv]\n"
        "Every credit and debit of the wallet, reconstructed from the chain: time, block,\n"
        "kind, source, amount, counterparty, transaction.";
    const Options opts(args, kCommonValued, kCommonFlags + QStringList{QStringLiteral("csv")});
    if (!opts.valid())
        return usageError(ctx, opts.error());
    if (wantsHelp(ctx, opts, usage))
        return ExitOk;
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    const auto ed = s.reader->eercDecimals();
    const auto td = s.reader->tokenDecimals();
    if (!ed || !td)
        return failure(ctx, fromError(!ed ? ed.error() : td.error()));

    eerc::HistoryOptions options;
    options.eercDecimals = *ed;
    options.tokenDecimals = *td;
    eerc::HistoryScanner scanner(*s.eth, s.network.deployment, options);
    // With a vault the history is kept between runs: the next one scans only new blocks.
    eerc::InMemoryHistoryCache memory;
    std::optional<wallet::VaultHistoryCache> stored;
    if (s.vault)
        stored.emplace(*s.vault,
                       wallet::VaultHistoryCache::scanNameFor(s.network.deployment, s.me()));
    eerc::HistoryCache& cache = stored ? static_cast<eerc::HistoryCache&>(*stored) : memory;
    if (auto done = scanner.refresh(s.me(), s.key.privateScalar().get(), cache); !done)
        return failure(ctx, fromError(done.error()));
    const auto entries = cache.entries();
    if (!entries)
        return failure(ctx, fromError(entries.error()));

    QJsonArray rows;
    QStringList csv{QStringLiteral("time,block,kind,source,amount,counterparty,transaction")};
    for (const ledger::HistoryEntry& e : *entries) {
        const QString time =
            QDateTime::fromSecsSinceEpoch(e.blockTime, Qt::UTC).toString(Qt::ISODate);
        const QString amount = e.amount ? q(ledger::formatAmount(*e.amount, *ed)) : QString();
        const QString counterparty =
            e.counterparty ? q(e.counterparty->toChecksumHex()) : QString();
        const QString tx = hexOf(e.transactionHash);
        const QString kind = QLatin1String(ledger::toString(e.kind));
        const QString source = QLatin1String(ledger::toString(e.source));
        rows.append(QJsonObject{{QStringLiteral("time"), time},
                                {QStringLiteral("block"), QString::number(e.blockNumber)},
                                {QStringLiteral("kind"), kind},
                                {QStringLiteral("source"), source},
                                {QStringLiteral("amount"), amount},
                                {QStringLiteral("counterparty"), counterparty},
                                {QStringLiteral("transaction"), tx}});
        csv << QStringList{time, QString::number(e.blockNumber), kind, source, amount, counterparty,
                           tx}
                   .join(u',');
    }
    if (ctx.json)
        return emit(ctx, {{QStringLiteral("entries"),
                           QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))}});
    if (opts.has(QStringLiteral("csv"))) {
        for (const QString& line : csv)
            ctx.out << line << '\n';
    } else {
        for (const QJsonValue& v : rows) {
            const QJsonObject r = v.toObject();
            ctx.out << r.value(QLatin1String("time")).toString() << "  "
                    << r.value(QLatin1String("kind")).toString().leftJustified(6) << ' '
                    << r.value(QLatin1String("source")).toString().leftJustified(8) << ' '
                    << r.value(QLatin1String("amount")).toString().rightJustified(16) << "  "
                    << r.value(QLatin1String("transaction")).toString() << '\n';
        }
    }
    ctx.out.flush();
    return ExitOk;
}

// ---- claim ----

// Claims sent by an earlier run that did not see them confirmed (interrupted, timed out)
// are followed to their end first: a new claim from the same balance would otherwise race
// the old one.
Result<void> resumePendingClaims(Context& ctx,
                                 Session& s,
                                 chain::TransactionSender& sender,
                                 const chain::SendOptions& send,
                                 unsigned tokenDecimals)
{
    auto pending = s.vault->claims().all();
    if (!pending)
        return pending.error();
    for (const vault::PendingClaim& c : *pending) {
        if (c.state != vault::ClaimState::Sent)
            continue;
        ctx.err << "bshield: following the earlier claim " << c.txHash << '\n';
        ctx.err.flush();
        auto resumed = wallet::followClaim(*s.reader, sender, s.me(), c, send);
        if (!resumed)
            return resumed.error();
        const auto amount = U256::fromDecimal(c.amount.toStdString());
        switch (resumed->state) {
        case eerc::ResumedClaim::State::Confirmed:
            ctx.err << "bshield: the earlier claim was confirmed in block "
                    << resumed->outcome.blockNumber << "; received "
                    << q(ledger::formatAmount(resumed->outcome.tokenReceived, tokenDecimals))
                    << '\n';
            break;
        case eerc::ResumedClaim::State::Reverted:
            ctx.err << "bshield: the earlier claim failed on chain; its amount "
                    << (amount ? q(amount->toDecimal()) : c.amount) << " stayed in the balance\n";
            break;
        case eerc::ResumedClaim::State::Dropped:
            ctx.err << "bshield: the earlier claim was dropped before it was mined; nothing was "
                       "paid or debited\n";
            break;
        }
        ctx.err.flush();
        if (auto saved = s.vault->claims().setState(c.txHash, wallet::finalState(*resumed)); !saved)
            return saved.error();
    }
    return {};
}

int cmdClaim(Context& ctx, const QStringList& args)
{
    constexpr char usage[] =
        "Usage: bshield claim --network <network.json> --amount <USDC|all> [--dry-run]\n"
        "                     [--confirmations <n>]\n"
        "Withdraws eERC to USDC in the wallet. The proof is made on this machine; the operator's\n"
        "server is not needed. --dry-run proves and checks with eth_call, sends nothing.";
    const Options opts(args,
                       kCommonValued +
                           QStringList{QStringLiteral("amount"), QStringLiteral("confirmations")},
                       kCommonFlags + QStringList{QStringLiteral("dry-run")});
    if (!opts.valid())
        return usageError(ctx, opts.error());
    if (wantsHelp(ctx, opts, usage))
        return ExitOk;
    if (!opts.has(QStringLiteral("amount")))
        return usageError(ctx, QStringLiteral("missing option --amount <USDC|all>"));
    const auto send = sendOptionsFrom(opts);
    if (!send)
        return usageError(ctx, fromError(send.error()));
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    const auto td = s.reader->tokenDecimals();
    if (!td)
        return failure(ctx, fromError(td.error()));

    std::optional<U256> amount;
    const QString amountText = opts.value(QStringLiteral("amount"));
    if (amountText != QLatin1String("all")) {
        auto parsed = ledger::parseAmount(amountText.toStdString(), *td);
        if (!parsed)
            return failure(ctx, fromError(parsed.error()));
        amount = *parsed;
    }
    auto prover = loadProver(s, QStringLiteral("withdraw"));
    if (!prover)
        return failure(ctx, fromError(prover.error()));
    chain::TransactionSender sender(*s.eth, s.network.deployment.chainId);
    const bool dryRun = opts.has(QStringLiteral("dry-run"));
    eerc::OperationCallbacks callbacks = progressCallbacks(ctx);
    QStringList recorded; // every claim transaction this run sent (a retry sends a second)
    if (s.vault) {
        if (auto resumed = resumePendingClaims(ctx, s, sender, *send, *td); !resumed)
            return failure(ctx, fromError(resumed.error()));
        // Recorded before broadcasting, so that an interrupted run is resumed next time.
        callbacks.onSigned = [&](const chain::PreparedTransaction& signedTx) -> Result<void> {
            auto claim = wallet::pendingClaimOf(signedTx, QDateTime::currentSecsSinceEpoch());
            if (!claim)
                return claim.error();
            recorded << claim->txHash;
            return s.vault->claims().put(*claim);
        };
    }
    auto outcome =
        eerc::claim(*s.reader, sender, s.wallet, s.key, *prover, amount, dryRun, *send, callbacks);
    if (!outcome)
        return failure(ctx, fromError(outcome.error()));
    // The transaction that went through is confirmed; an earlier attempt of this run failed
    // on chain (that is why it was re-proved).
    for (const QString& hash : recorded) {
        const bool final = outcome->transactionHash && hash == hexOf(*outcome->transactionHash);
        const auto state = final ? vault::ClaimState::Confirmed : vault::ClaimState::Failed;
        if (auto r = s.vault->claims().setState(hash, state); !r)
            return failure(ctx, fromError(r.error()));
    }
    const unsigned ed = outcome->plan.eercDecimals;
    Fields fields{
        {QStringLiteral("amount"), q(ledger::formatAmount(outcome->plan.tokenAmount, *td))},
        {QStringLiteral("balanceBefore"),
         q(ledger::formatAmount(outcome->plan.balance.amount, ed))},
        {QStringLiteral("maxFeeAvax"), q(ledger::formatAmount(outcome->maxCost, 18))},
    };
    if (dryRun) {
        fields.append({QStringLiteral("status"), QStringLiteral("dry-run-ok")});
    } else {
        fields.append({QStringLiteral("status"), QStringLiteral("claimed")});
        fields.append({QStringLiteral("transaction"), hexOf(*outcome->transactionHash)});
        fields.append({QStringLiteral("block"), QString::number(outcome->blockNumber)});
        fields.append(
            {QStringLiteral("received"), q(ledger::formatAmount(outcome->tokenReceived, *td))});
        fields.append({QStringLiteral("feeAvax"), q(ledger::formatAmount(outcome->feePaid, 18))});
    }
    return emit(ctx, fields);
}

} // namespace

int runKeys(Context& ctx, const QStringList& args)
{
    if (args.isEmpty() || args.first() != QLatin1String("show"))
        return usageError(ctx, QStringLiteral("usage: bshield keys show [--key-file <file>]"));
    return cmdKeysShow(ctx, args.mid(1));
}

int runRegister(Context& ctx, const QStringList& args)
{
    return cmdRegister(ctx, args);
}

int runBalance(Context& ctx, const QStringList& args)
{
    return cmdBalance(ctx, args);
}

int runHistory(Context& ctx, const QStringList& args)
{
    return cmdHistory(ctx, args);
}

int runClaim(Context& ctx, const QStringList& args)
{
    return cmdClaim(ctx, args);
}

} // namespace bs::cli
