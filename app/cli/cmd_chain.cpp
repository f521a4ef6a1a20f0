// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's chain commands: keys show, register, balance, history, claim. Each is one
// use case of core/wallet, the same the app runs. They talk to an EVM JSON-RPC node only
// (never to the operator's server), so a provider can check and claim their money with the
// operator offline.
#include "cli.h"
#include "ledger/money.h"
#include "profile_options.h"
#include "secret_input.h"
#include "util/hex.h"
#include "wallet/account.h"
#include "wallet/claims.h"
#include "wallet/registration.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bs::cli {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString hexOf(std::span<const std::uint8_t> bytes)
{
    return QStringLiteral("0x") + q(util::hexEncodeLower(bytes));
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
    ctx.out << usage << '\n' << kProfileHelp;
    ctx.out.flush();
    return true;
}

// Parses the options of a profile command (plus `valued` and `flags`), answers --help, and
// opens the profile. Returns the exit code when the command ends here.
struct Prepared
{
    Options opts;
    std::shared_ptr<wallet::Profile> profile;
    std::optional<int> exit;
};

Prepared prepare(Context& ctx,
                 const QStringList& args,
                 const char* usage,
                 const QStringList& valued = {},
                 const QStringList& flags = {})
{
    Prepared p{Options(args, kProfileValued + valued, kProfileFlags + flags), nullptr, {}};
    if (!p.opts.valid()) {
        p.exit = usageError(ctx, p.opts.error());
    } else if (wantsHelp(ctx, p.opts, usage)) {
        p.exit = ExitOk;
    } else if (auto profile = openProfile(ctx, p.opts); !profile) {
        p.exit = failure(ctx, fromError(profile.error()));
    } else {
        p.profile = std::move(*profile);
    }
    return p;
}

// Amounts in the token's units with all its decimals (what a withdraw pays), whatever number
// of decimals the contract keeps; the contract's step is stated once, by `balance`.
QString tokenText(const ledger::UnitScale& units, const U256& eercAmount)
{
    if (const auto t = units.tokenUnits(eercAmount))
        return q(ledger::formatAmount(*t, units.tokenDecimals));
    return q(ledger::formatAmount(eercAmount, units.eercDecimals)); // beyond 256 bits as tokens
}

// ---- keys show ----

int cmdKeysShow(Context& ctx, const QStringList& args)
{
    constexpr char usage[] = "Usage: bshield keys show --key-file <file>\n"
                             "Prints the wallet address and the eERC public key (no secrets).";
    const Options opts(args, {QStringLiteral("key-file")}, {QStringLiteral("help")});
    if (!opts.valid())
        return usageError(ctx, opts.error());
    if (wantsHelp(ctx, opts, usage))
        return ExitOk;
    if (!opts.has(QStringLiteral("key-file")))
        return usageError(ctx, QStringLiteral("missing option --key-file <file>"));
    auto wallet = readWalletKey(ctx, opts.value(QStringLiteral("key-file")));
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
        "Usage: bshield register (--vault <file> | --key-file <file> --network <network.json>)\n"
        "                        [--confirmations <n>]\n"
        "Registers the wallet's eERC key on chain (proof made on this machine). Does nothing\n"
        "if the same key is registered already; refuses if a different one is.";
    Prepared p = prepare(ctx, args, usage, {QStringLiteral("confirmations")});
    if (p.exit)
        return *p.exit;
    ProgressLines progress(ctx);
    auto outcome = wallet::registerOnChain(*p.profile, progress);
    if (!outcome)
        return failure(ctx, fromError(outcome.error()));
    return emit(ctx, {{QStringLiteral("address"), q(p.profile->address().toChecksumHex())},
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
        "Usage: bshield balance (--vault <file> | --key-file <file> --network <network.json>)\n"
        "Decrypts the eERC balance and checks it against the ElGamal balance. Prints: amount\n"
        "(in the token, with all its decimals), the same in the token's base units, status\n"
        "(verified | recovered | unreadable), address, and the granularity: the smallest amount\n"
        "the contract keeps (a contract with fewer decimals than the token keeps less as dust).";
    Prepared p = prepare(ctx, args, usage);
    if (p.exit)
        return *p.exit;
    ProgressLines progress(ctx);
    auto account = wallet::readAccount(*p.profile, {.history = false}, progress);
    if (!account)
        return failure(ctx, fromError(account.error()));
    const QString me = q(p.profile->address().toChecksumHex());
    if (!account->registered)
        return failure(ctx, QStringLiteral("%1 is not registered with the eERC contract; run "
                                           "'bshield register' first.")
                                .arg(me));
    // Zero and verified when the token was never deposited to this account.
    const eerc::DecryptedBalance balance = account->balance.value_or(eerc::DecryptedBalance{});
    const ledger::UnitScale units{account->tokenDecimals, account->eercDecimals};
    if (!balance.trusted())
        return failure(ctx,
                       QStringLiteral("the balance cannot be read: its encrypted parts "
                                      "disagree and the amount is beyond the recovery bound."));
    if (balance.status == eerc::DecryptedBalance::Status::Recovered) {
        ctx.err << "bshield: warning: the amount ciphertexts add up to "
                << tokenText(units, balance.pctSum)
                << ", which does not match the encrypted balance; the balance shown was recovered "
                   "from the encrypted balance itself.\n";
        ctx.err.flush();
    }
    const U256 tokenUnits = units.tokenUnits(balance.amount).value_or(U256::max());
    return emit(
        ctx, {{QStringLiteral("amount"), q(ledger::formatAmount(tokenUnits, units.tokenDecimals))},
              {QStringLiteral("baseUnits"), q(tokenUnits.toDecimal())},
              {QStringLiteral("status"), statusText(balance.status)},
              {QStringLiteral("address"), me},
              {QStringLiteral("granularity"),
               q(ledger::formatAmount(units.granularity(), units.tokenDecimals))}});
}

// ---- history ----

int cmdHistory(Context& ctx, const QStringList& args)
{
    constexpr char usage[] =
        "Usage: bshield history (--vault <file> | --key-file <file> --network <network.json>)\n"
        "                       [--csv]\n"
        "Every credit and debit of the wallet, reconstructed from the chain: time, block,\n"
        "kind, source, amount, counterparty, transaction. With a vault the history is kept\n"
        "between runs: the next one scans only new blocks.";
    Prepared p = prepare(ctx, args, usage, {}, {QStringLiteral("csv")});
    if (p.exit)
        return *p.exit;
    ProgressLines progress(ctx);
    auto account = wallet::readAccount(*p.profile, {}, progress);
    if (!account)
        return failure(ctx, fromError(account.error()));
    const ledger::UnitScale units{account->tokenDecimals, account->eercDecimals};

    QJsonArray rows;
    QStringList csv{QStringLiteral("time,block,kind,source,amount,counterparty,transaction")};
    for (const ledger::HistoryEntry& e : account->history) {
        const QString time =
            QDateTime::fromSecsSinceEpoch(e.blockTime, Qt::UTC).toString(Qt::ISODate);
        const QString amount = e.amount ? tokenText(units, *e.amount) : QString();
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
    if (p.opts.has(QStringLiteral("csv"))) {
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

// Claims an earlier run sent and did not see to their end, followed first and reported.
Result<void> settleEarlierClaims(Context& ctx, wallet::Profile& profile, wallet::Progress& progress)
{
    auto settled = wallet::resumeClaims(profile, progress);
    if (!settled)
        return settled.error();
    for (const wallet::SettledClaim& s : *settled) {
        if (s.result)
            ctx.err << "bshield: the earlier claim was confirmed in block " << s.result->blockNumber
                    << " (" << s.record.txHash << "); received "
                    << q(ledger::formatAmount(s.result->tokenReceived, s.result->tokenDecimals))
                    << '\n';
        else
            ctx.err << "bshield: the earlier claim failed (" << s.record.txHash
                    << "): " << s.record.note << '\n';
    }
    ctx.err.flush();
    return {};
}

int cmdClaim(Context& ctx, const QStringList& args)
{
    constexpr char usage[] =
        "Usage: bshield claim (--vault <file> | --key-file <file> --network <network.json>)\n"
        "                     --amount <USDC|all> [--dry-run] [--max-fee <native units>]\n"
        "                     [--confirmations <n>]\n"
        "Withdraws eERC to USDC in the wallet. The proof is made on this machine; the operator's\n"
        "server is not needed. --dry-run proves and checks with eth_call and prints the fee at\n"
        "most, sends nothing; --max-fee refuses to sign if the fee could exceed it (the\n"
        "profile's caps on the fee per gas and the gas apply always). With a vault, claims an\n"
        "earlier run left in flight are followed to their end first.";
    Prepared p = prepare(
        ctx, args, usage,
        {QStringLiteral("amount"), QStringLiteral("confirmations"), QStringLiteral("max-fee")},
        {QStringLiteral("dry-run")});
    if (p.exit)
        return *p.exit;
    if (!p.opts.has(QStringLiteral("amount")))
        return usageError(ctx, QStringLiteral("missing option --amount <USDC|all>"));
    wallet::Profile& profile = *p.profile;
    // Fees are paid in the chain's own currency, as the network profile names it.
    const chain::TokenInfo& native = profile.network().nativeCurrency;
    const auto feeText = [&](const U256& v) { return q(ledger::formatAmount(v, native.decimals)); };
    std::optional<U256> maxFee;
    if (p.opts.has(QStringLiteral("max-fee"))) {
        auto parsed = ledger::parseAmount(p.opts.value(QStringLiteral("max-fee")).toStdString(),
                                          native.decimals);
        if (!parsed)
            return usageError(ctx, QStringLiteral("--max-fee: ") + fromError(parsed.error()));
        maxFee = *parsed;
    }
    const QString amount = p.opts.value(QStringLiteral("amount"));
    ProgressLines progress(ctx);
    if (auto settled = settleEarlierClaims(ctx, profile, progress); !settled)
        return failure(ctx, fromError(settled.error()));

    const wallet::Preflight check = wallet::checkClaim(profile, amount, progress);
    if (!check.passed())
        return failure(ctx, fromError(check.error));
    const wallet::ClaimPreview& preview = *check.preview;
    const eerc::ClaimPlan& plan = preview.plan;
    if (maxFee && preview.maxCost > *maxFee)
        return failure(ctx, QStringLiteral("the network fee could be up to %1 %3, above --max-fee "
                                           "%2 %3; nothing was sent.")
                                .arg(feeText(preview.maxCost), feeText(*maxFee), native.symbol));
    const ledger::UnitScale units{plan.tokenDecimals, plan.eercDecimals};
    Fields fields{
        {QStringLiteral("amount"), q(ledger::formatAmount(plan.tokenAmount, plan.tokenDecimals))},
        {QStringLiteral("balanceBefore"), tokenText(units, plan.balance.amount)},
        {QStringLiteral("maxFee"), feeText(preview.maxCost)},
        {QStringLiteral("feeCurrency"), native.symbol},
    };
    if (p.opts.has(QStringLiteral("dry-run"))) {
        fields.append({QStringLiteral("status"), QStringLiteral("dry-run-ok")});
        return emit(ctx, fields);
    }
    // What the user accepts by running this: the preflight's worst case, or --max-fee.
    auto result = wallet::claim(profile, amount, maxFee.value_or(preview.maxCost), progress);
    if (!result)
        return failure(ctx, fromError(result.error()));
    fields.append({QStringLiteral("status"), QStringLiteral("claimed")});
    fields.append({QStringLiteral("transaction"), hexOf(result->transactionHash)});
    fields.append({QStringLiteral("block"), QString::number(result->blockNumber)});
    fields.append({QStringLiteral("received"),
                   q(ledger::formatAmount(result->tokenReceived, result->tokenDecimals))});
    fields.append({QStringLiteral("fee"), feeText(result->feePaid)});
    return emit(ctx, fields);
}

} // namespace

int runKeys(Context& ctx, const QStringList& args)
{
    if (args.isEmpty() || args.first() != QLatin1String("show"))
        return usageError(ctx, QStringLiteral("usage: bshield keys show --key-file <file>"));
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
