// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's commands: providers and their status, usage servers and their tokens,
// distribution cycles from the dry run to the end. Keys and network come from an operator
// vault; the operator's server is the profile network's operatorUrl, the chain (for the
// funding of a cycle) its rpcUrl.
#include "chain/network.h"
#include "cli.h"
#include "ledger/money.h"
#include "operator/management_client.h"
#include "profile_options.h"
#include "util/hex.h"
#include "vault/vault.h"
#include "wallet/operator_actions.h"
#include "wallet/server.h"
#include "wallet/wallet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace bs::cli {

namespace {

using operator_api::ApiResult;
using operator_api::Cycle;
using operator_api::CycleTransfer;

constexpr char kUsage[] =
    "Usage: bshield operator <operation> --vault <file> [options]\n"
    "\n"
    "The operator's side of BackendShield, signed with the operator vault's key.\n"
    "\n"
    "Operations:\n"
    "  providers [--status registered|integrated|earning_revenue|suspended]\n"
    "                               every registered provider (all pages)\n"
    "  provider-status <providerId> <integrated|suspended|registered> --reason <text>\n"
    "                               approve (integrated), suspend, or reinstate (registered)\n"
    "  servers [--status active|revoked]\n"
    "                               the usage servers (FlowMCP servers that submit usage)\n"
    "  server-create <name>         a new usage server; its token is printed ONCE: store it\n"
    "  server-revoke <serverId>     revoke a usage server: its token is refused from now on\n"
    "  cycles                       every distribution cycle, newest first\n"
    "  cycle <cycleId> [--follow]   one cycle with its transfers; --follow waits until it ends\n"
    "  distribute --from <time> --to <time> --pool <USDC> [--dry-run] [--follow]\n"
    "                               a distribution cycle for [from, to) (RFC 3339, e.g.\n"
    "                               2026-11-01T00:00:00Z, or a date): checks the input, the\n"
    "                               period against the cycles and the funding (eERC balance +\n"
    "                               wallet USDC), then a dry run recomputed here by the revenue\n"
    "                               rule; --dry-run stops there, else the cycle starts (a failed\n"
    "                               cycle's period and pool retry it) and --follow waits for it\n"
    "\n"
    "Options:\n"
    "  --vault <file>             an operator vault (bshield vault create --role operator\n"
    "                             --network <network.json> --wallet-key-file <file>)\n"
    "  --passphrase-file <file>   the vault's passphrase (first line); else a prompt\n"
    "  --network <network.json>   a newer description of the vault's network (same chain and\n"
    "                             contracts): used instead of the stored one for this run\n"
    "  --rpc <url>                another JSON-RPC endpoint\n"
    "  --json                     one JSON object on stdout\n"
    "\n"
    "Exit codes: 0 ok, 1 failed (refused, server or chain error, a dry run that differs from\n"
    "the revenue rule, a cycle that failed), 2 usage error.\n";

const QStringList kCommon = {QStringLiteral("vault"), QStringLiteral("passphrase-file"),
                             QStringLiteral("network"), QStringLiteral("rpc")};
const QStringList kRequired = {QStringLiteral("vault")};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// ---- the operator profile ----

// An unlocked operator profile with its operator API client; the chain only when asked for.
struct Session
{
    std::shared_ptr<wallet::Profile> profile;
    std::unique_ptr<operator_api::OperatorClient> client;
    std::unique_ptr<operator_api::ManagementClient> api;
    wallet::ChainConnection chain;

    const crypto::EcdsaPrivateKey& key() const { return profile->keys().wallet; }
    // The payout token's decimals as the network states them. The operator API states amounts
    // in base units of the payout token, USDC unless the network answer names another
    // (operator-api.md, conventions); a description without a token therefore means USDC's 6.
    unsigned decimals() const
    {
        const chain::Network& n = profile->network();
        return n.token ? n.token->decimals : 6u;
    }
};

Result<std::unique_ptr<Session>> openSession(Context& ctx, const Options& opts)
{
    auto profile = openProfile(ctx, opts, {vault::Role::Operator, true});
    if (!profile)
        return profile.error();
    auto s = std::make_unique<Session>(Session{std::move(*profile), {}, {}, {}});
    if (!s->profile->network().operatorUrl)
        return fail("the profile's network names no operator server (operatorUrl); give a "
                    "--network file that does.");
    auto client = wallet::operatorClient(*s->profile, std::chrono::seconds(30));
    if (!client)
        return client.error();
    s->client = std::move(*client);
    s->api = std::make_unique<operator_api::ManagementClient>(*s->client);
    return s;
}

Result<void> connectChain(Session& s)
{
    auto connection = wallet::connect(s.profile->network());
    if (!connection)
        return connection.error();
    s.chain = std::move(*connection);
    return {};
}

template <class T>
int failed(Context& ctx, const ApiResult<T>& r)
{
    return failure(ctx, fromError(r.error().toError()));
}

// ---- JSON of the API's objects (amounts in tokens, with all decimals) ----

QString amountText(const U256& v, unsigned decimals)
{
    return q(ledger::formatAmount(v, decimals));
}

QJsonObject providerJson(const operator_api::Provider& p)
{
    const crypto::AffinePoint key = p.details.eercPublicKey.toAffine();
    return QJsonObject{
        {QStringLiteral("providerId"), p.providerId},
        {QStringLiteral("address"), q(p.details.address.toChecksumHex())},
        {QStringLiteral("status"), operator_api::providerStatusName(p.status)},
        {QStringLiteral("displayName"), p.details.displayName},
        {QStringLiteral("contactEmail"), p.details.contactEmail},
        {QStringLiteral("api"), QJsonObject{{QStringLiteral("name"), p.details.api.name},
                                            {QStringLiteral("baseUrl"), p.details.api.baseUrl},
                                            {QStringLiteral("category"), p.details.api.category},
                                            {QStringLiteral("pricing"), p.details.api.pricing}}},
        {QStringLiteral("eercPublicKey"), QJsonArray{q(key.x.toDecimal()), q(key.y.toDecimal())}},
        {QStringLiteral("onchainRegistered"), p.onchainRegistered},
        {QStringLiteral("createdAt"), operator_api::formatTime(p.createdAt)},
        {QStringLiteral("updatedAt"), operator_api::formatTime(p.updatedAt)},
    };
}

QJsonObject serverJson(const operator_api::UsageServer& s)
{
    return QJsonObject{
        {QStringLiteral("serverId"), s.serverId},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("status"), operator_api::serverStatusName(s.status)},
        {QStringLiteral("createdAt"), operator_api::formatTime(s.createdAt)},
        {QStringLiteral("revokedAt"),
         s.revokedAt ? QJsonValue(operator_api::formatTime(*s.revokedAt)) : QJsonValue()},
    };
}

QJsonValue optionalNumber(const std::optional<std::uint64_t>& n)
{
    return n ? QJsonValue(static_cast<qint64>(*n)) : QJsonValue();
}

QJsonObject cycleJson(const Cycle& c, unsigned decimals)
{
    QJsonArray transfers;
    int confirmed = 0;
    for (const CycleTransfer& t : c.transfers) {
        confirmed += t.status == operator_api::TransferStatus::Confirmed ? 1 : 0;
        transfers.append(QJsonObject{
            {QStringLiteral("providerId"), t.providerId},
            {QStringLiteral("address"), q(t.address.toChecksumHex())},
            {QStringLiteral("amount"),
             t.amount ? QJsonValue(amountText(*t.amount, decimals)) : QJsonValue()},
            {QStringLiteral("dust"), amountText(t.dust, decimals)},
            {QStringLiteral("status"), operator_api::transferStatusName(t.status)},
            {QStringLiteral("txHash"),
             t.txHash ? QJsonValue(QStringLiteral("0x") + q(util::hexEncodeLower(*t.txHash)))
                      : QJsonValue()},
            {QStringLiteral("blockNumber"), optionalNumber(t.blockNumber)},
            {QStringLiteral("logIndex"),
             t.logIndex ? QJsonValue(static_cast<qint64>(*t.logIndex)) : QJsonValue()},
        });
    }
    return QJsonObject{
        {QStringLiteral("cycleId"), c.cycleId},
        {QStringLiteral("status"), operator_api::cycleStatusName(c.status)},
        {QStringLiteral("periodStart"), operator_api::formatTime(c.periodStart)},
        {QStringLiteral("periodEnd"), operator_api::formatTime(c.periodEnd)},
        {QStringLiteral("pool"), amountText(c.pool, decimals)},
        {QStringLiteral("distributed"), amountText(c.distributed, decimals)},
        {QStringLiteral("dust"), amountText(c.dust, decimals)},
        {QStringLiteral("totalWeight"),
         c.totalWeight ? QJsonValue(q(c.totalWeight->toDecimal())) : QJsonValue()},
        {QStringLiteral("providerCount"), optionalNumber(c.providerCount)},
        {QStringLiteral("transfersConfirmed"), confirmed},
        {QStringLiteral("transfers"), transfers},
        {QStringLiteral("createdAt"), operator_api::formatTime(c.createdAt)},
        {QStringLiteral("completedAt"),
         c.completedAt ? QJsonValue(operator_api::formatTime(*c.completedAt)) : QJsonValue()},
        {QStringLiteral("error"), c.error.isEmpty() ? QJsonValue() : QJsonValue(c.error)},
    };
}

QString cycleLine(const Cycle& c, unsigned decimals)
{
    int confirmed = 0;
    for (const CycleTransfer& t : c.transfers)
        confirmed += t.status == operator_api::TransferStatus::Confirmed ? 1 : 0;
    return QStringLiteral("%1  %2  %3 .. %4  pool %5  distributed %6  transfers %7/%8")
        .arg(c.cycleId, operator_api::cycleStatusName(c.status).leftJustified(26),
             operator_api::formatTime(c.periodStart), operator_api::formatTime(c.periodEnd),
             amountText(c.pool, decimals), amountText(c.distributed, decimals))
        .arg(confirmed)
        .arg(c.transfers.size());
}

void printCycle(Context& ctx, const Cycle& c, unsigned decimals)
{
    ctx.out << cycleLine(c, decimals) << '\n';
    if (!c.error.isEmpty())
        ctx.out << "  error: " << c.error << '\n';
    for (const CycleTransfer& t : c.transfers) {
        ctx.out
            << "  " << t.providerId.leftJustified(26) << ' '
            << operator_api::transferStatusName(t.status).leftJustified(10) << ' '
            << (t.amount ? amountText(*t.amount, decimals) : QStringLiteral("-")).rightJustified(16)
            << "  "
            << (t.txHash ? QStringLiteral("0x") + q(util::hexEncodeLower(*t.txHash)) : QString())
            << '\n';
    }
}

// With --json: `o` as the one JSON object on stdout.
void emitJson(Context& ctx, const QJsonObject& o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    ctx.out.flush();
}

// Prints a list: with --json one object {name: [...]}, else one line per item.
int emitList(Context& ctx, const QString& name, const QJsonArray& items, const QStringList& lines)
{
    if (ctx.json) {
        emitJson(ctx, QJsonObject{{name, items}});
        return ExitOk;
    }
    for (const QString& line : lines)
        ctx.out << line << '\n';
    ctx.out.flush();
    return ExitOk;
}

// ---- providers ----

int cmdProviders(Context& ctx, const Options& opts)
{
    std::optional<operator_api::ProviderStatus> status;
    if (opts.has(QStringLiteral("status"))) {
        status = operator_api::parseProviderStatus(opts.value(QStringLiteral("status")));
        if (!status)
            return usageError(ctx, QStringLiteral("--status must be registered, integrated, "
                                                  "earning_revenue or suspended"));
    }
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    const auto providers = s.api->providers(s.key(), status);
    if (!providers)
        return failed(ctx, providers);
    QJsonArray items;
    QStringList lines;
    for (const operator_api::Provider& p : *providers) {
        items.append(providerJson(p));
        lines << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(p.providerId,
                          operator_api::providerStatusName(p.status).leftJustified(15),
                          q(p.details.address.toChecksumHex()),
                          p.onchainRegistered ? QStringLiteral("on-chain ")
                                              : QStringLiteral("off-chain"),
                          p.details.displayName);
    }
    return emitList(ctx, QStringLiteral("providers"), items, lines);
}

int cmdProviderStatus(Context& ctx, const Options& opts)
{
    if (opts.positional().size() != 2)
        return usageError(ctx, QStringLiteral("usage: bshield operator provider-status "
                                              "<providerId> <integrated|suspended|registered> "
                                              "--reason <text>"));
    const QString id = opts.positional().at(0);
    const auto to = operator_api::parseProviderStatus(opts.positional().at(1));
    if (!to || *to == operator_api::ProviderStatus::EarningRevenue)
        return usageError(ctx, QStringLiteral("the new status must be integrated (approve), "
                                              "suspended or registered (reinstate)"));
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    const auto p = s.api->setProviderStatus(s.key(), id, *to, opts.value(QStringLiteral("reason")));
    if (!p)
        return failed(ctx, p);
    return emit(ctx, {{QStringLiteral("providerId"), p->providerId},
                      {QStringLiteral("status"), operator_api::providerStatusName(p->status)},
                      {QStringLiteral("displayName"), p->details.displayName},
                      {QStringLiteral("address"), q(p->details.address.toChecksumHex())}});
}

// ---- usage servers ----

int cmdServers(Context& ctx, const Options& opts)
{
    std::optional<operator_api::ServerStatus> status;
    if (opts.has(QStringLiteral("status"))) {
        const QString v = opts.value(QStringLiteral("status"));
        if (v != QLatin1String("active") && v != QLatin1String("revoked"))
            return usageError(ctx, QStringLiteral("--status must be active or revoked"));
        status = v == QLatin1String("active") ? operator_api::ServerStatus::Active
                                              : operator_api::ServerStatus::Revoked;
    }
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    const auto servers = s.api->servers(s.key(), status);
    if (!servers)
        return failed(ctx, servers);
    QJsonArray items;
    QStringList lines;
    for (const operator_api::UsageServer& u : *servers) {
        items.append(serverJson(u));
        lines << QStringLiteral("%1  %2  %3  %4")
                     .arg(u.serverId, operator_api::serverStatusName(u.status).leftJustified(7),
                          operator_api::formatTime(u.createdAt), u.name);
    }
    return emitList(ctx, QStringLiteral("servers"), items, lines);
}

int cmdServerCreate(Context& ctx, const Options& opts)
{
    if (opts.positional().size() != 1)
        return usageError(ctx, QStringLiteral("usage: bshield operator server-create <name>"));
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    auto created = s.api->createServer(s.key(), opts.positional().at(0));
    if (!created)
        return failed(ctx, created);
    const operator_api::UsageServer& u = created->server;
    ctx.err << "bshield: warning: this is the only time the token of " << u.serverId
            << " is shown; store it now in the usage server's configuration. If it is lost, "
               "revoke the server and create a new one.\n";
    ctx.err.flush();
    // The token leaves locked memory only here, to be printed; the copy is wiped after.
    WipedString token{std::string(created->token.chars().data(), created->token.size())};
    return emit(ctx, {{QStringLiteral("serverId"), u.serverId},
                      {QStringLiteral("name"), u.name},
                      {QStringLiteral("status"), operator_api::serverStatusName(u.status)},
                      {QStringLiteral("createdAt"), operator_api::formatTime(u.createdAt)},
                      {QStringLiteral("token"), QString::fromLatin1(token.text)}});
}

int cmdServerRevoke(Context& ctx, const Options& opts)
{
    if (opts.positional().size() != 1)
        return usageError(ctx, QStringLiteral("usage: bshield operator server-revoke <serverId>"));
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    const QString id = opts.positional().at(0);
    const auto revoked = s.api->revokeServer(s.key(), id);
    if (!revoked)
        return failed(ctx, revoked);
    return emit(ctx, {{QStringLiteral("serverId"), id},
                      {QStringLiteral("status"), QStringLiteral("revoked")}});
}

// ---- cycles ----

int cmdCycles(Context& ctx, const Options& opts)
{
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    const auto cycles = s.api->cycles(s.key());
    if (!cycles)
        return failed(ctx, cycles);
    QJsonArray items;
    QStringList lines;
    for (const Cycle& c : *cycles) {
        items.append(cycleJson(c, s.decimals()));
        lines << cycleLine(c, s.decimals());
    }
    return emitList(ctx, QStringLiteral("cycles"), items, lines);
}

// Progress lines on stderr while a cycle is followed (text mode only: JSON consumers read
// stdout).
operator_api::CycleProgress progressLines(Context& ctx, unsigned decimals)
{
    return [&ctx, decimals](const Cycle& c) {
        if (ctx.json)
            return;
        ctx.err << "bshield: " << cycleLine(c, decimals) << '\n';
        ctx.err.flush();
    };
}

// The exit code of a cycle that ended: 1 with a line on stderr when it failed, else 0.
int exitFor(Context& ctx, const Cycle& c)
{
    if (c.status != operator_api::CycleStatus::Failed)
        return ExitOk;
    ctx.err << "bshield: cycle " << c.cycleId << " failed"
            << (c.error.isEmpty() ? QString() : QStringLiteral(": ") + c.error)
            << "; retry it with the same --from, --to and --pool.\n";
    ctx.err.flush();
    return ExitFailed;
}

int cmdCycle(Context& ctx, const Options& opts)
{
    if (opts.positional().size() != 1)
        return usageError(ctx,
                          QStringLiteral("usage: bshield operator cycle <cycleId> [--follow]"));
    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    const QString id = opts.positional().at(0);
    const auto c = opts.has(QStringLiteral("follow"))
                       ? s.api->followCycle(s.key(), id, progressLines(ctx, s.decimals()))
                       : s.api->cycle(s.key(), id);
    if (!c)
        return failed(ctx, c);
    if (ctx.json)
        emitJson(ctx, cycleJson(*c, s.decimals()));
    else
        printCycle(ctx, *c, s.decimals());
    ctx.out.flush();
    return opts.has(QStringLiteral("follow")) ? exitFor(ctx, *c) : ExitOk;
}

// ---- distribute ----

QJsonObject fundingJson(const wallet::OperatorFunding& f)
{
    const unsigned d = f.units.tokenDecimals;
    return QJsonObject{
        {QStringLiteral("account"), q(f.account.toChecksumHex())},
        {QStringLiteral("eercBalance"), amountText(f.eercBalance, d)},
        {QStringLiteral("eercBalanceStatus"),
         f.eercStatus == eerc::DecryptedBalance::Status::Verified ? QStringLiteral("verified")
                                                                  : QStringLiteral("recovered")},
        {QStringLiteral("walletBalance"), amountText(f.walletBalance, d)},
        {QStringLiteral("total"), amountText(f.total, d)},
        {QStringLiteral("committed"), amountText(f.committed, d)},
        {QStringLiteral("available"), amountText(f.available, d)},
    };
}

QJsonObject dryRunJson(const wallet::DryRunReport& r, const wallet::TokenUnits& units)
{
    const unsigned d = units.tokenDecimals;
    QJsonArray lines;
    for (const wallet::AllocationLine& l : r.check.lines) {
        lines.append(QJsonObject{
            {QStringLiteral("providerId"), l.providerId},
            {QStringLiteral("address"),
             l.address ? QJsonValue(q(l.address->toChecksumHex())) : QJsonValue()},
            {QStringLiteral("weight"), q(l.weight.toDecimal())},
            {QStringLiteral("share"),
             l.sharePercent ? QJsonValue(q(*l.sharePercent)) : QJsonValue()},
            {QStringLiteral("amount"),
             l.serverAmount ? QJsonValue(amountText(*l.serverAmount, d)) : QJsonValue()},
            {QStringLiteral("amountBaseUnits"),
             l.serverAmount ? QJsonValue(q(l.serverAmount->toDecimal())) : QJsonValue()},
            {QStringLiteral("dust"), amountText(l.serverDust, d)},
            {QStringLiteral("clientAmount"),
             l.clientAmount ? QJsonValue(amountText(*l.clientAmount, d)) : QJsonValue()},
            {QStringLiteral("clientDust"), amountText(l.clientDust, d)},
            {QStringLiteral("matches"), l.matches},
        });
    }
    QJsonArray differences;
    for (const wallet::DryRunDifference& x : r.check.differences)
        differences.append(q(x.message));
    return QJsonObject{
        {QStringLiteral("status"), r.run.skipped ? QStringLiteral("skipped_insufficient_usage")
                                                 : QStringLiteral("calculated")},
        {QStringLiteral("totalWeight"), q(r.run.totalWeight.toDecimal())},
        {QStringLiteral("providerCount"), static_cast<qint64>(r.run.providerCount)},
        {QStringLiteral("allocations"), lines},
        {QStringLiteral("sum"), amountText(r.check.serverSum, d)},
        {QStringLiteral("sumMatchesPool"), r.check.serverSum == r.run.pool},
        {QStringLiteral("dust"), amountText(r.run.dust, d)},
        {QStringLiteral("recomputed"),
         r.check.ok() ? QStringLiteral("matches") : QStringLiteral("differs")},
        {QStringLiteral("differences"), differences},
    };
}

void printDryRun(Context& ctx,
                 const wallet::PreparedDistribution& p,
                 const wallet::DryRunReport& r,
                 const wallet::TokenUnits& units)
{
    const unsigned d = units.tokenDecimals;
    const wallet::OperatorFunding& f = p.funding;
    bool anyDust = !r.run.dust.isZero();
    for (const wallet::AllocationLine& l : r.check.lines)
        anyDust = anyDust || !l.serverDust.isZero() || !l.clientDust.isZero();
    QTextStream& out = ctx.out;
    out << "period  " << operator_api::formatTime(p.request.periodStart) << " .. "
        << operator_api::formatTime(p.request.periodEnd) << '\n'
        << "pool    " << amountText(p.request.pool, d) << ' ' << units.symbol
        << (p.retryOf ? QStringLiteral("  (retry of failed cycle %1)").arg(p.retryOf->cycleId)
                      : QString())
        << '\n'
        << "funding eERC " << amountText(f.eercBalance, d) << " + wallet "
        << amountText(f.walletBalance, d) << " = " << amountText(f.total, d) << "; committed "
        << amountText(f.committed, d) << ", available " << amountText(f.available, d) << '\n';
    if (r.run.skipped) {
        out << "no usage in this period: the cycle would be skipped and pay nothing\n";
    } else {
        out << '\n'
            << QStringLiteral("provider").leftJustified(26) << ' '
            << QStringLiteral("weight").rightJustified(12) << ' '
            << QStringLiteral("share").rightJustified(8) << ' '
            << QStringLiteral("amount").rightJustified(18);
        if (anyDust)
            out << ' ' << QStringLiteral("dust").rightJustified(12);
        out << '\n';
        for (const wallet::AllocationLine& l : r.check.lines) {
            out << l.providerId.leftJustified(26) << ' '
                << q(l.weight.toDecimal()).rightJustified(12) << ' '
                << (l.sharePercent ? q(*l.sharePercent) + QLatin1Char('%') : QString())
                       .rightJustified(8)
                << ' '
                << (l.serverAmount ? amountText(*l.serverAmount, d) : QString()).rightJustified(18);
            if (anyDust)
                out << ' ' << amountText(l.serverDust, d).rightJustified(12);
            out << (l.matches ? "" : "  differs") << '\n';
        }
        out << QStringLiteral("sum").leftJustified(48) << ' '
            << amountText(r.check.serverSum, d).rightJustified(18)
            << (r.check.serverSum == r.run.pool ? "  = pool" : "  NOT the pool") << '\n';
        if (anyDust)
            out << "dust (stays with the operator): " << amountText(r.run.dust, d) << '\n';
    }
    if (r.check.ok()) {
        out << "recomputed here by the revenue rule: every figure matches\n";
    } else {
        out << "recomputed here by the revenue rule: " << r.check.differences.size()
            << " difference(s)\n";
        for (const wallet::DryRunDifference& x : r.check.differences)
            out << "  - " << q(x.message) << '\n';
    }
    out.flush();
}

int cmdDistribute(Context& ctx, const Options& opts)
{
    if (const auto missing = missingOption(
            opts, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("pool")}))
        return usageError(ctx, *missing);
    const auto from = operator_api::parseTime(opts.value(QStringLiteral("from")));
    const auto to = operator_api::parseTime(opts.value(QStringLiteral("to")));
    if (!from || !to)
        return usageError(ctx, fromError(!from ? from.error() : to.error()));
    const bool dryRunOnly = opts.has(QStringLiteral("dry-run"));
    if (dryRunOnly && opts.has(QStringLiteral("follow")))
        return usageError(ctx, QStringLiteral("--follow starts nothing to follow with --dry-run"));

    auto session = openSession(ctx, opts);
    if (!session)
        return failure(ctx, fromError(session.error()));
    Session& s = **session;
    if (auto chain = connectChain(s); !chain)
        return failure(ctx, fromError(chain.error()));
    wallet::OperatorActions actions(*s.api, *s.chain.reader, s.profile->keys(),
                                    s.profile->network());
    const auto units = actions.units();
    if (!units)
        return failure(ctx, fromError(units.error()));

    const auto prepared = actions.prepare(*from, *to, opts.value(QStringLiteral("pool")));
    if (!prepared)
        return failed(ctx, prepared);
    const auto report = actions.dryRun(*prepared);
    if (!report)
        return failed(ctx, report);
    if (prepared->funding.eercStatus == eerc::DecryptedBalance::Status::Recovered) {
        ctx.err << "bshield: warning: the operator's eERC amount ciphertexts do not match its "
                   "encrypted balance; the balance used was recovered from the encrypted "
                   "balance itself.\n";
        ctx.err.flush();
    }

    QJsonObject result{
        {QStringLiteral("periodStart"), operator_api::formatTime(prepared->request.periodStart)},
        {QStringLiteral("periodEnd"), operator_api::formatTime(prepared->request.periodEnd)},
        {QStringLiteral("pool"), amountText(prepared->request.pool, units->tokenDecimals)},
        {QStringLiteral("poolBaseUnits"), q(prepared->request.pool.toDecimal())},
        {QStringLiteral("retryOf"),
         prepared->retryOf ? QJsonValue(prepared->retryOf->cycleId) : QJsonValue()},
        {QStringLiteral("funding"), fundingJson(prepared->funding)},
        {QStringLiteral("dryRun"), dryRunJson(*report, *units)},
    };
    if (!ctx.json)
        printDryRun(ctx, *prepared, *report, *units);
    const QString differs = QStringLiteral(
        "the operator's dry run differs from the revenue rule; nothing was started. Tell the "
        "operator's server administrator.");
    if (!report->check.ok() || dryRunOnly) {
        if (!report->check.ok())
            result.insert(QStringLiteral("error"), differs);
        if (ctx.json)
            emitJson(ctx, result);
        if (report->check.ok())
            return ExitOk;
        ctx.err << "bshield: " << differs << '\n';
        ctx.err.flush();
        return ExitFailed;
    }
    if (report->run.skipped && !prepared->retryOf) {
        // Nothing to pay: starting would only record a skipped cycle; do it anyway, it is
        // what the operator asked for, but say so.
        ctx.err << "bshield: no usage in this period; the cycle will be skipped.\n";
        ctx.err.flush();
    }

    const auto started = actions.start(*prepared);
    if (!started)
        return failed(ctx, started);
    if (!ctx.json) {
        ctx.out << "\nstarted " << cycleLine(*started, units->tokenDecimals) << '\n';
        ctx.out.flush();
    }
    if (!opts.has(QStringLiteral("follow"))) {
        if (ctx.json) {
            result.insert(QStringLiteral("cycle"), cycleJson(*started, units->tokenDecimals));
            emitJson(ctx, result);
        }
        return ExitOk;
    }
    const unsigned decimals = units->tokenDecimals;
    const auto end = actions.follow(started->cycleId, progressLines(ctx, decimals));
    if (!end)
        return failed(ctx, end);
    if (ctx.json) {
        result.insert(QStringLiteral("cycle"), cycleJson(*end, decimals));
        emitJson(ctx, result);
    } else {
        printCycle(ctx, *end, decimals);
        ctx.out.flush();
    }
    return exitFor(ctx, *end);
}

} // namespace

int runOperator(Context& ctx, const QStringList& args)
{
    const QStringList none;
    const std::vector<Operation> operations = {
        {"providers", kCommon + QStringList{QStringLiteral("status")}, none, kRequired,
         cmdProviders},
        {"provider-status", kCommon + QStringList{QStringLiteral("reason")}, none,
         kRequired + QStringList{QStringLiteral("reason")}, cmdProviderStatus, true},
        {"servers", kCommon + QStringList{QStringLiteral("status")}, none, kRequired, cmdServers},
        {"server-create", kCommon, none, kRequired, cmdServerCreate, true},
        {"server-revoke", kCommon, none, kRequired, cmdServerRevoke, true},
        {"cycles", kCommon, none, kRequired, cmdCycles},
        {"cycle", kCommon, {QStringLiteral("follow")}, kRequired, cmdCycle, true},
        {"distribute",
         kCommon +
             QStringList{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("pool")},
         {QStringLiteral("dry-run"), QStringLiteral("follow")},
         kRequired,
         cmdDistribute},
    };
    return runOperations(ctx, args, "operator", kUsage, operations);
}

} // namespace bs::cli
