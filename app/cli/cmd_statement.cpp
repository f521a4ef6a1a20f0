// SPDX-License-Identifier: GPL-3.0-or-later
// `bshield statement ...`: a provider's verifiable statement of payouts (make, with the key)
// and its check by anyone against the chain (check, no key). Format: docs/statement.md.
//
// Exit codes: 0 made / every line and the key check out, 1 failed / something does not check
// out, 2 usage.
#include "chain/json_fields.h"
#include "chain/network.h"
#include "cli.h"
#include "ledger/money.h"
#include "ledger/statement.h"
#include "profile_options.h"
#include "util/atomic_file.h"
#include "util/hex.h"
#include "wallet/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bs::cli {

namespace {

constexpr char kUsage[] =
    "Usage: bshield statement <operation> [options]\n"
    "\n"
    "  make --vault <v> [--passphrase-file <f>] --from <time> --to <time> --out <s.json>\n"
    "       [--network <f>] [--rpc <url>] [--allow-http]\n"
    "                      refreshes the history and writes a statement of every payout\n"
    "                      received in [from, to) (block time), each line with a proof that\n"
    "                      its on-chain ciphertext decrypts to its amount under this\n"
    "                      account's registered eERC key; the key itself stays secret.\n"
    "                      Times are RFC 3339 (2026-01-01T00:00:00Z) or dates (2026-01-01,\n"
    "                      midnight UTC). --key-file/--network work instead of --vault.\n"
    "  check --in <s.json> --rpc <url> [--network <f>] [--allow-http]\n"
    "                      checks every line against the chain through the RPC node, with no\n"
    "                      key: the event, the ciphertext in the transaction, the proof, and\n"
    "                      that the key is the one registered for the account. --network: a\n"
    "                      network file you trust; the statement must name its contracts.\n"
    "\n"
    "Exit codes: 0 made / everything checks out, 1 failed / something does not check out,\n"
    "2 usage. See docs/statement.md for the format and the proof.\n";

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// A time option: RFC 3339, or a date read as midnight UTC.
Result<QDateTime> timeOption(const Options& opts, const char* name)
{
    QString text = opts.value(QLatin1String(name));
    static const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (date.match(text).hasMatch())
        text += QStringLiteral("T00:00:00Z");
    const chain::JsonFields fields(QJsonObject{{QLatin1String(name), text}},
                                   chain::JsonSource{"the command line has", ""});
    return fields.time(name);
}

QString hashText(const crypto::Hash256& h)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(h));
}

QString money(const ledger::Statement& s, const U256& tokenUnits)
{
    QString text = q(ledger::formatAmount(tokenUnits, s.tokenDecimals));
    if (!s.tokenSymbol.isEmpty())
        text += u' ' + s.tokenSymbol;
    return text;
}

int cmdMake(Context& ctx, const Options& opts)
{
    auto from = timeOption(opts, "from");
    auto to = timeOption(opts, "to");
    if (!from || !to)
        return usageError(ctx, fromError(!from ? from.error() : to.error()));
    if (!(*from < *to))
        return usageError(ctx, QStringLiteral("--to must be after --from"));
    auto profile = openProfile(ctx, opts, {vault::Role::Provider, false});
    if (!profile)
        return failure(ctx, fromError(profile.error()));
    ProgressLines progress(ctx);
    auto s = wallet::makeStatement(**profile, {*from, *to}, progress);
    if (!s)
        return failure(ctx, fromError(s.error()));
    const QString out = opts.value(QStringLiteral("out"));
    if (auto ok = util::writeFileAtomically(out, ledger::toJson(*s)); !ok)
        return failure(ctx, fromError(ok.error()));
    return emit(ctx, {{QStringLiteral("out"), out},
                      {QStringLiteral("account"), q(s->account.toChecksumHex())},
                      {QStringLiteral("from"), s->from.toString(Qt::ISODate)},
                      {QStringLiteral("to"), s->to.toString(Qt::ISODate)},
                      {QStringLiteral("lines"), QString::number(s->lines.size())},
                      {QStringLiteral("total"), money(*s, s->total())}});
}

int cmdCheck(Context& ctx, const Options& opts)
{
    wallet::CheckOptions options;
    options.rpcUrl = QUrl(opts.value(QStringLiteral("rpc")), QUrl::StrictMode);
    if (!options.rpcUrl.isValid() || options.rpcUrl.host().isEmpty())
        return usageError(ctx, QStringLiteral("--rpc must be an http:// or https:// URL"));
    options.allowPlainHttp = opts.has(QStringLiteral("allow-http"));
    if (opts.has(QStringLiteral("network"))) {
        auto network = chain::readNetworkFile(opts.value(QStringLiteral("network")));
        if (!network)
            return failure(ctx, fromError(network.error()));
        options.expected = network->deployment;
    }
    auto bytes = util::readSmallFile(opts.value(QStringLiteral("in")), ledger::kMaxStatementBytes);
    if (!bytes)
        return failure(ctx, fromError(bytes.error()));
    auto s = ledger::parseStatement(*bytes);
    if (!s)
        return failure(ctx,
                       QStringLiteral("the statement cannot be read: ") + fromError(s.error()));
    ProgressLines progress(ctx);
    auto checked = wallet::checkStatement(*s, options, progress);
    if (!checked)
        return failure(ctx, fromError(checked.error()));
    const bool good = checked->allGood();
    std::size_t bad = 0;
    for (const wallet::StatementLineCheck& l : checked->lines)
        bad += l.ok ? 0 : 1;

    if (ctx.json) {
        QJsonArray lines;
        for (std::size_t i = 0; i < s->lines.size(); ++i) {
            const ledger::StatementLine& l = s->lines[i];
            const wallet::StatementLineCheck& c = checked->lines[i];
            lines.append(QJsonObject{
                {"txHash", hashText(l.txHash)},
                {"logIndex", qint64(l.logIndex)},
                {"block", qint64(l.block)},
                {"amount", q(ledger::formatAmount(s->tokenUnits(l.value), s->tokenDecimals))},
                {"ok", c.ok},
                {"problem", c.ok ? QJsonValue(QJsonValue::Null) : QJsonValue(c.problem)},
            });
        }
        const crypto::AffinePoint pk = s->publicKey.toAffine();
        const QJsonObject o{
            {"valid", good},
            {"chainId", qint64(s->chainId)},
            {"encryptedErc", q(s->encryptedErc.toChecksumHex())},
            {"registrar", q(s->registrar.toChecksumHex())},
            {"account", q(s->account.toChecksumHex())},
            {"publicKey", QJsonArray{q(pk.x.toDecimal()), q(pk.y.toDecimal())}},
            {"keyRegistered", checked->keyRegistered},
            {"keyProblem", checked->keyRegistered ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(checked->keyProblem)},
            {"from", s->from.toString(Qt::ISODate)},
            {"to", s->to.toString(Qt::ISODate)},
            {"symbol", s->tokenSymbol},
            {"count", qint64(s->lines.size())},
            {"failed", qint64(bad)},
            {"total", q(ledger::formatAmount(s->total(), s->tokenDecimals))},
            {"lines", lines},
        };
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        ctx.out.flush();
        return good ? ExitOk : ExitFailed;
    }
    QTextStream& o = ctx.out;
    o << "account: " << q(s->account.toChecksumHex()) << '\n';
    o << "chain: " << s->chainId << ", eERC " << q(s->encryptedErc.toChecksumHex())
      << ", registrar " << q(s->registrar.toChecksumHex()) << '\n';
    o << "period: " << s->from.toString(Qt::ISODate) << " .. " << s->to.toString(Qt::ISODate)
      << '\n';
    o << "key: "
      << (checked->keyRegistered ? QStringLiteral("registered for the account")
                                 : QStringLiteral("NOT OK: ") + checked->keyProblem)
      << '\n';
    for (std::size_t i = 0; i < s->lines.size(); ++i) {
        const ledger::StatementLine& l = s->lines[i];
        const wallet::StatementLineCheck& c = checked->lines[i];
        o << hashText(l.txHash) << " #" << l.logIndex << ' ' << money(*s, s->tokenUnits(l.value))
          << ": " << (c.ok ? QStringLiteral("ok") : QStringLiteral("NOT OK: ") + c.problem) << '\n';
    }
    o << "total: " << money(*s, s->total()) << " in " << s->lines.size() << " payouts\n";
    o << "result: "
      << (good ? QStringLiteral("every line checks out")
               : QStringLiteral("%1 of %2 lines do not check out%3")
                     .arg(bad)
                     .arg(s->lines.size())
                     .arg(checked->keyRegistered ? QString() : QStringLiteral(", nor the key")))
      << '\n';
    o.flush();
    return good ? ExitOk : ExitFailed;
}

} // namespace

int runStatement(Context& ctx, const QStringList& args)
{
    const std::vector<Operation> operations = {
        {"make",
         kProfileValued +
             QStringList{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("out")},
         {QStringLiteral("allow-http")},
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("out")},
         cmdMake},
        {"check",
         {QStringLiteral("in"), QStringLiteral("rpc"), QStringLiteral("network")},
         {QStringLiteral("allow-http")},
         {QStringLiteral("in"), QStringLiteral("rpc")},
         cmdCheck},
    };
    return runOperations(ctx, args, "statement", kUsage, operations);
}

} // namespace bs::cli
