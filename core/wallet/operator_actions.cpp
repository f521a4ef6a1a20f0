// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/operator_actions.h"

#include "ledger/allocation.h"
#include "ledger/fairness.h"
#include "ledger/money.h"

#include <QHash>
#include <QSet>

#include <map>

namespace bs::wallet {

namespace {

using operator_api::ApiError;
using operator_api::ApiResult;
using operator_api::Cycle;
using operator_api::CycleStatus;
using operator_api::CycleTransfer;
using operator_api::TransferStatus;

U256 add(const U256& a, const U256& b)
{
    // Sums of amounts below 2^256 each, bounded by pools the API caps at 2^255: saturate
    // instead of wrapping if a hostile answer tries anyway.
    return a.checkedAdd(b).value_or(U256::max());
}

U256 carried(const CycleTransfer& t)
{
    return t.amount ? t.amount->checkedSub(t.dust).value_or(U256()) : U256();
}

// A chain read that failed: the RPC is the one to blame, and trying again may help.
ApiError chainError(const Error& e)
{
    return ApiError::of(ApiError::Kind::Unavailable, e);
}

std::string money(const U256& v, const TokenUnits& units)
{
    return ledger::formatAmount(v, units.tokenDecimals) + " " + units.symbol.toStdString();
}

bool eligible(operator_api::ProviderStatus s)
{
    return s == operator_api::ProviderStatus::Integrated ||
           s == operator_api::ProviderStatus::EarningRevenue;
}

} // namespace

Result<TokenUnits>
readTokenUnits(eerc::EercReader& reader, const chain::Network& network, std::stop_token stop)
{
    auto td = reader.tokenDecimals(stop);
    if (!td)
        return td.error();
    auto ed = reader.eercDecimals(stop);
    if (!ed)
        return ed.error();
    if ((network.token && network.token->decimals != *td) ||
        (network.eercDecimals && *network.eercDecimals != *ed))
        return fail(BS_TR("wallet", "the network description states other decimals than the "
                                    "contracts hold (token %1, eERC %2); update the profile's "
                                    "network."),
                    *td, *ed);
    TokenUnits u;
    u.symbol = network.token && !network.token->symbol.isEmpty() ? network.token->symbol
                                                                 : QStringLiteral("USDC");
    u.tokenDecimals = *td;
    u.eercDecimals = *ed;
    return u;
}

U256 committedByCycles(std::span<const Cycle> cycles)
{
    U256 sum;
    for (const Cycle& c : cycles) {
        if (operator_api::isFinal(c.status))
            continue;
        if (!c.totalWeight) {
            sum = add(sum, c.pool);
            continue;
        }
        for (const CycleTransfer& t : c.transfers) {
            if (t.status == TransferStatus::Queued || t.status == TransferStatus::Submitted)
                sum = add(sum, carried(t));
        }
    }
    return sum;
}

Result<OperatorFunding> readOperatorFunding(eerc::EercReader& reader,
                                            const Keys& keys,
                                            const chain::Network& network,
                                            const TokenUnits& units,
                                            std::span<const Cycle> cycles,
                                            std::stop_token stop)
{
    OperatorFunding f;
    f.units = units;
    f.account = network.operatorAddress.value_or(keys.wallet.address());
    if (f.account != keys.wallet.address())
        return fail(BS_TR("wallet", "the network pays from the operator account %1, but this "
                                    "profile holds the key of %2; only the paying account's key "
                                    "can read its eERC balance. Use that account's profile."),
                    f.account.toChecksumHex(), keys.wallet.address().toChecksumHex());
    auto key = reader.publicKeyOf(f.account, stop);
    if (!key)
        return key.error();
    f.registered = key->has_value();
    if (f.registered && !(**key == keys.eerc.publicKey()))
        return fail(BS_TR("wallet", "the operator account %1 is registered with another eERC key "
                                    "than this profile's, so its eERC balance cannot be "
                                    "decrypted here; import the registered eERC key."),
                    f.account.toChecksumHex());
    auto tokenId = reader.tokenId(stop);
    if (!tokenId)
        return tokenId.error();
    if (f.registered && *tokenId) {
        auto encrypted = reader.balanceOf(f.account, **tokenId, chain::BlockTag::latest(), stop);
        if (!encrypted)
            return encrypted.error();
        const eerc::DecryptedBalance balance =
            eerc::decryptBalance(*encrypted, keys.eerc.privateScalar().get());
        if (!balance.trusted())
            return fail(BS_TR("wallet", "the operator's eERC balance cannot be read: its encrypted "
                                        "parts disagree and the amount is beyond the recovery "
                                        "bound."));
        f.eercStatus = balance.status;
        const auto inToken =
            ledger::rescale(balance.amount, units.eercDecimals, units.tokenDecimals);
        if (!inToken)
            return fail(BS_TR("wallet", "the operator's eERC balance is too large to express in "
                                        "token units."));
        f.eercBalance = inToken->value;
    }
    auto wallet = reader.tokenBalance(f.account, stop);
    if (!wallet)
        return wallet.error();
    f.walletBalance = *wallet;
    f.total = add(f.eercBalance, f.walletBalance);
    f.committed = committedByCycles(cycles);
    f.available = f.total.checkedSub(f.committed).value_or(U256());
    return f;
}

U256 fundingNeeded(const operator_api::DistributionRequest& request,
                   const std::optional<Cycle>& retryOf)
{
    if (!retryOf || !retryOf->totalWeight)
        return request.pool;
    U256 unpaid;
    for (const CycleTransfer& t : retryOf->transfers) {
        if (!t.amount)
            return request.pool; // amounts not shown: assume the whole pool
        if (t.status == TransferStatus::Queued || t.status == TransferStatus::Failed)
            unpaid = add(unpaid, carried(t));
    }
    return unpaid;
}

Result<void> checkFunding(const U256& needed, const OperatorFunding& f)
{
    if (needed <= f.available)
        return {};
    const TokenUnits& u = f.units;
    const std::string missing = money(*needed.checkedSub(f.available), u);
    if (f.committed.isZero())
        return fail(BS_TR("wallet", "the operator cannot fund %1: the eERC balance (%2) and the "
                                    "wallet (%3) hold %4; add %5 to the operator's wallet or "
                                    "choose a smaller pool. Nothing was sent."),
                    money(needed, u), money(f.eercBalance, u), money(f.walletBalance, u),
                    money(f.total, u), missing);
    return fail(BS_TR("wallet", "the operator cannot fund %1: the eERC balance (%2) and the "
                                "wallet (%3) hold %4, of which unfinished cycles will still pay "
                                "%5; add %6 to the operator's wallet or choose a smaller pool. "
                                "Nothing was sent."),
                money(needed, u), money(f.eercBalance, u), money(f.walletBalance, u),
                money(f.total, u), money(f.committed, u), missing);
}

DryRunCheck checkDryRun(const operator_api::DryRun& run,
                        const TokenUnits& units,
                        std::span<const operator_api::Provider> providers)
{
    using Kind = DryRunDifference::Kind;
    DryRunCheck out;
    auto differ = [&out](Kind kind, const QString& id, Error sentence) {
        std::string message = sentence.message;
        out.differences.push_back(
            DryRunDifference{kind, id, std::move(message), std::move(sentence)});
    };
    auto amount = [&units](const U256& v) { return money(v, units); };

    // The server's lines by provider; a second line for the same provider is a difference
    // of its own (and makes the rule undefined for the client).
    std::map<QString, const operator_api::DryRunAllocation*> byId;
    std::vector<ledger::WeightEntry> weights;
    U256 serverDust;
    U256 weightSum;
    for (const operator_api::DryRunAllocation& a : run.allocations) {
        out.serverSum = add(out.serverSum, a.amount);
        serverDust = add(serverDust, a.dust);
        weightSum = add(weightSum, a.weight);
        if (byId.count(a.providerId)) {
            differ(Kind::DuplicateProvider, a.providerId,
                   fail(BS_TR("wallet", "the server lists provider %1 twice."),
                        a.providerId.toStdString()));
            continue;
        }
        byId.emplace(a.providerId, &a);
        weights.push_back({a.providerId, a.weight});
    }

    if (weightSum != run.totalWeight)
        differ(Kind::TotalWeight, {},
               fail(BS_TR("wallet", "the server's total weight is %1 but its providers' weights "
                                    "add up to %2."),
                    run.totalWeight.toDecimal(), weightSum.toDecimal()));
    if (run.providerCount != run.allocations.size())
        differ(Kind::ProviderCount, {},
               fail(BS_TR("wallet", "the server counts %1 providers but lists %2."),
                    run.providerCount, run.allocations.size()));
    if (run.skipped != weightSum.isZero())
        differ(Kind::Status, {},
               run.skipped ? fail(BS_TR("wallet", "the server would skip the cycle for lack of "
                                                  "usage, but lists providers with usage."))
                           : fail(BS_TR("wallet", "the server would pay a cycle without any "
                                                  "usage.")));

    auto allocation = ledger::allocate(run.pool, weights);
    std::map<QString, ledger::Share> client;
    if (allocation) {
        for (ledger::Share& s : allocation->shares) {
            out.clientSum = add(out.clientSum, s.amount);
            client.emplace(s.providerId, std::move(s));
        }
    }
    for (const auto& [id, a] : byId) {
        AllocationLine line;
        line.providerId = id;
        line.address = a->address;
        line.weight = a->weight;
        line.sharePercent = ledger::sharePercent(a->weight, weightSum);
        line.serverAmount = a->amount;
        line.serverDust = a->dust;
        const auto mine = client.find(id);
        if (mine != client.end()) {
            line.clientAmount = mine->second.amount;
            line.clientDust =
                ledger::transferDust(mine->second.amount, units.tokenDecimals, units.eercDecimals);
            out.clientDust = add(out.clientDust, line.clientDust);
        }
        if (allocation && !line.clientAmount && !a->amount.isZero()) {
            // W = 0: the rule gives nobody anything.
            line.matches = false;
            differ(Kind::Amount, id,
                   fail(BS_TR("wallet", "provider %1: the server allocates %2 without any usage "
                                        "to weigh."),
                        id.toStdString(), amount(a->amount)));
        }
        if (line.clientAmount && *line.clientAmount != a->amount) {
            line.matches = false;
            differ(Kind::Amount, id,
                   fail(BS_TR("wallet", "provider %1: the server allocates %2, the revenue rule "
                                        "gives %3."),
                        id.toStdString(), amount(a->amount), amount(*line.clientAmount)));
        }
        // Dust follows from the server's own amount and the decimals.
        const U256 dust = ledger::transferDust(a->amount, units.tokenDecimals, units.eercDecimals);
        if (a->dust != dust) {
            line.matches = false;
            differ(Kind::Dust, id,
                   fail(BS_TR("wallet", "provider %1: the server states a dust of %2, the "
                                        "decimals give %3."),
                        id.toStdString(), amount(a->dust), amount(dust)));
        }
        out.lines.push_back(std::move(line));
    }
    // Without usage nothing is paid; with usage the amounts are the whole pool.
    if (!weightSum.isZero() && out.serverSum != run.pool)
        differ(Kind::SumNotPool, {},
               fail(BS_TR("wallet", "the server's amounts add up to %1, not to the pool of %2."),
                    amount(out.serverSum), amount(run.pool)));
    if (weightSum.isZero() && !out.serverSum.isZero())
        differ(Kind::SumNotPool, {},
               fail(BS_TR("wallet", "the server allocates %1 without any usage."),
                    amount(out.serverSum)));
    if (serverDust != run.dust)
        differ(Kind::TotalDust, {},
               fail(BS_TR("wallet", "the server's dust total is %1 but its lines add up to %2."),
                    amount(run.dust), amount(serverDust)));

    if (!providers.empty()) {
        QHash<QString, const operator_api::Provider*> known;
        for (const operator_api::Provider& p : providers)
            known.insert(p.providerId, &p);
        for (const auto& [id, a] : byId) {
            const operator_api::Provider* p = known.value(id);
            if (!p || !eligible(p->status)) {
                differ(Kind::IneligibleProvider, id,
                       p ? fail(BS_TR("wallet", "provider %1 is %2 and should not be paid."),
                                id.toStdString(),
                                operator_api::providerStatusName(p->status).toStdString())
                         : fail(BS_TR("wallet", "provider %1 is not in the providers list and "
                                                "should not be paid."),
                                id.toStdString()));
            } else if (p->details.address != a->address) {
                differ(Kind::Address, id,
                       fail(BS_TR("wallet", "provider %1 would be paid at %2 but registered %3."),
                            id.toStdString(), a->address.toChecksumHex(),
                            p->details.address.toChecksumHex()));
            }
        }
    }
    return out;
}

// ---- OperatorActions ----

Result<TokenUnits> OperatorActions::units(std::stop_token stop)
{
    if (!m_units) {
        auto u = readTokenUnits(m_reader, m_network, stop);
        if (!u)
            return u.error();
        m_units = *u;
    }
    return *m_units;
}

ApiResult<OperatorFunding> OperatorActions::funding(std::stop_token stop)
{
    auto u = units(stop);
    if (!u)
        return chainError(u.error());
    auto cycles = m_api.cycles(m_keys.wallet, stop);
    if (!cycles)
        return cycles.error();
    auto f = readOperatorFunding(m_reader, m_keys, m_network, *u, *cycles, stop);
    if (!f)
        return chainError(f.error());
    return std::move(*f);
}

ApiResult<PreparedDistribution> OperatorActions::prepare(const QDateTime& from,
                                                         const QDateTime& to,
                                                         const QString& poolText,
                                                         std::stop_token stop)
{
    auto u = units(stop);
    if (!u)
        return chainError(u.error());
    auto request = operator_api::makeDistribution(from, to, poolText, u->tokenDecimals);
    if (!request)
        return ApiError::invalidRequest(request.error());
    auto cycles = m_api.cycles(m_keys.wallet, stop);
    if (!cycles)
        return cycles.error();
    auto period = operator_api::checkPeriod(*request, *cycles, u->tokenDecimals);
    if (!period)
        return ApiError::invalidRequest(period.error());
    auto f = readOperatorFunding(m_reader, m_keys, m_network, *u, *cycles, stop);
    if (!f)
        return chainError(f.error());
    PreparedDistribution p{std::move(*request), std::move(period->retryOf), std::move(*f), {}};
    p.needed = fundingNeeded(p.request, p.retryOf);
    if (auto funded = checkFunding(p.needed, p.funding); !funded)
        return ApiError::invalidRequest(funded.error());
    return p;
}

ApiResult<DryRunReport> OperatorActions::dryRun(const PreparedDistribution& prepared,
                                                std::stop_token stop)
{
    auto u = units(stop);
    if (!u)
        return chainError(u.error());
    auto run = m_api.dryRun(m_keys.wallet, prepared.request, u->tokenDecimals, stop);
    if (!run)
        return run.error();
    auto providers = m_api.providers(m_keys.wallet, std::nullopt, stop);
    if (!providers)
        return providers.error();
    DryRunReport report{std::move(*run), {}};
    report.check = checkDryRun(report.run, *u, *providers);
    return report;
}

ApiResult<operator_api::Cycle> OperatorActions::start(const PreparedDistribution& prepared,
                                                      std::stop_token stop)
{
    // The numbers may have moved since prepare() (another cycle, a withdrawal): check again.
    auto f = funding(stop);
    if (!f)
        return f.error();
    if (auto funded = checkFunding(prepared.needed, *f); !funded)
        return ApiError::invalidRequest(funded.error());
    const unsigned decimals = f->units.tokenDecimals;
    if (prepared.retryOf)
        return m_api.retryCycle(m_keys.wallet, *prepared.retryOf, decimals, stop);
    return m_api.startCycle(m_keys.wallet, prepared.request, decimals, stop);
}

ApiResult<operator_api::Cycle> OperatorActions::follow(const QString& cycleId,
                                                       const operator_api::CycleProgress& progress,
                                                       const operator_api::FollowOptions& options,
                                                       std::stop_token stop)
{
    return m_api.followCycle(m_keys.wallet, cycleId, progress, options, stop);
}

} // namespace bs::wallet
