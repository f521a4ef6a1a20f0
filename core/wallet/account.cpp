// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/account.h"

#include "eerc/history.h"
#include "wallet/vault_history_cache.h"

#include <QDateTime>

namespace bs::wallet {

QString historyScanName(const chain::Deployment& deployment, const crypto::EthAddress& me)
{
    return VaultHistoryCache::scanNameFor(deployment, me);
}

namespace {

QString balanceWords(const AccountState& s)
{
    if (!s.registered)
        return QStringLiteral("not registered");
    if (!s.balance)
        return QStringLiteral("no balance yet");
    switch (s.balance->status) {
    case eerc::DecryptedBalance::Status::Verified:
        return QStringLiteral("balance verified");
    case eerc::DecryptedBalance::Status::Recovered:
        return QStringLiteral("balance recovered by discrete log (its parts disagree)");
    case eerc::DecryptedBalance::Status::Unreadable:
        return QStringLiteral("balance unreadable");
    }
    return {};
}

Result<AccountState>
read(Profile& profile, const AccountParts& parts, Progress& progress, std::stop_token stop);

std::optional<BalanceCheck> checkOf(const AccountState& s)
{
    if (!s.registered)
        return std::nullopt;
    if (!s.balance)
        return BalanceCheck::Verified; // never credited: zero, nothing to disagree
    switch (s.balance->status) {
    case eerc::DecryptedBalance::Status::Verified:
        return BalanceCheck::Verified;
    case eerc::DecryptedBalance::Status::Recovered:
        return BalanceCheck::Recovered;
    case eerc::DecryptedBalance::Status::Unreadable:
        return BalanceCheck::Failed;
    }
    return std::nullopt;
}

// Records the read's balance check; a change for the worse goes to Activity and the caller.
void monitorBalance(Profile& profile, AccountState& s)
{
    s.balanceCheck = checkOf(s);
    if (!s.balanceCheck)
        return;
    auto alarm =
        recordBalanceCheck(profile, *s.balanceCheck, s.block, QDateTime::currentSecsSinceEpoch());
    if (!alarm) {
        profile.activity().add(ActivityEntry::Kind::Profile,
                               QStringLiteral("The balance check could not be recorded: %1")
                                   .arg(QString::fromStdString(alarm.error().message)),
                               true);
        return;
    }
    s.balanceAlarm = *alarm;
    if (s.balanceAlarm)
        profile.activity().add(ActivityEntry::Kind::Chain,
                               QStringLiteral("The balance check got worse at block %1: it was "
                                              "%2, now %3.")
                                   .arg(s.block)
                                   .arg(QLatin1String(toString(s.balanceAlarm->before)),
                                        QLatin1String(toString(s.balanceAlarm->now))),
                               true);
}

} // namespace

Result<AccountState>
readAccount(Profile& profile, const AccountParts& parts, Progress& progress, std::stop_token stop)
{
    auto s = read(profile, parts, progress, stop);
    if (s)
        monitorBalance(profile, *s);
    if (!s)
        profile.activity().add(ActivityEntry::Kind::Chain,
                               QStringLiteral("Reading the chain failed: %1")
                                   .arg(QString::fromStdString(s.error().message)),
                               true);
    else
        profile.activity().add(
            ActivityEntry::Kind::Chain,
            parts.history ? QStringLiteral("Read the chain at block %1: %2; history scanned to "
                                           "block %3 (%4 entries).")
                                .arg(s->block)
                                .arg(balanceWords(*s))
                                .arg(s->scannedTo)
                                .arg(s->history.size())
                          : QStringLiteral("Read the chain at block %1: %2.")
                                .arg(s->block)
                                .arg(balanceWords(*s)));
    return s;
}

namespace {

Result<AccountState>
read(Profile& profile, const AccountParts& parts, Progress& progress, std::stop_token stop)
{
    progress.report({Stage::Connecting});
    auto c = connect(profile.network());
    if (!c)
        return c.error();
    const crypto::EthAddress me = profile.address();
    const Keys& keys = profile.keys();

    progress.report({Stage::ReadingChain});
    AccountState s;
    auto block = c->eth->blockNumber(stop);
    if (!block)
        return block.error();
    auto td = c->reader->tokenDecimals(stop);
    if (!td)
        return td.error();
    auto ed = c->reader->eercDecimals(stop);
    if (!ed)
        return ed.error();
    s.block = *block;
    s.tokenDecimals = *td;
    s.eercDecimals = *ed;
    auto key = c->reader->publicKeyOf(me, stop);
    if (!key)
        return key.error();
    if (*key && !(**key == keys.eerc.publicKey()))
        return fail(BS_TR("wallet", "this address is registered on chain with a different eERC "
                                    "key; this profile cannot read its balance."));
    s.registered = key->has_value();
    auto tokenId = c->reader->tokenId(stop);
    if (!tokenId)
        return tokenId.error();
    if (s.registered && *tokenId) {
        progress.report({Stage::DecryptingBalance});
        auto encrypted =
            c->reader->balanceOf(me, **tokenId, chain::BlockTag::number(s.block), stop);
        if (!encrypted)
            return encrypted.error();
        s.balance = eerc::decryptBalance(*encrypted, keys.eerc.privateScalar().get());
    }
    if (!parts.history)
        return s;

    progress.report({Stage::ScanningHistory});
    eerc::HistoryOptions options;
    options.tokenDecimals = s.tokenDecimals;
    options.eercDecimals = s.eercDecimals;
    eerc::HistoryScanner scanner(*c->eth, profile.network().deployment, options);
    eerc::InMemoryHistoryCache memory;
    std::optional<VaultHistoryCache> stored;
    if (SharedVault* vault = profile.vault())
        stored.emplace(*vault, historyScanName(profile.network().deployment, me));
    eerc::HistoryCache& cache = stored ? static_cast<eerc::HistoryCache&>(*stored) : memory;
    auto scanned = scanner.refresh(
        me, keys.eerc.privateScalar().get(), cache,
        [&progress](std::uint64_t done, std::uint64_t total) {
            progress.report({Stage::ScanningHistory,
                             total ? double(done) / double(total) : -1.0,
                             done,
                             total,
                             {}});
        },
        stop);
    if (!scanned)
        return scanned.error();
    auto entries = cache.entries();
    if (!entries)
        return entries.error();
    s.history = std::move(*entries);
    auto checkpoint = cache.checkpoint();
    if (!checkpoint)
        return checkpoint.error();
    s.scannedTo = checkpoint->value_or(0);
    return s;
}

} // namespace

} // namespace bs::wallet
