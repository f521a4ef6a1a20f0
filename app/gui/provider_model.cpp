// SPDX-License-Identifier: GPL-3.0-or-later
#include "provider_model.h"

#include "appsettings.h"
#include "circuits.h"
#include "earnings_model.h"
#include "eerc/balance.h"
#include "eerc/operations.h"
#include "ledger/money.h"
#include "operator/operator_client.h"
#include "session.h"
#include "util/hex.h"
#include "util/http_client.h"
#include "wallet/vault_history_cache.h"
#include "wallet/vault_operator_cache.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace bs::gui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString hexOf(std::span<const std::uint8_t> bytes)
{
    return QStringLiteral("0x") + q(util::hexEncodeLower(bytes));
}

// The vault's caches, each call under the open profile's lock (workers and the GUI thread
// share the vault).
class LockedHistoryCache final : public eerc::HistoryCache
{
public:
    LockedHistoryCache(OpenProfile& p, QString scanName)
        : m_p(p)
        , m_inner(p.vault, std::move(scanName))
    {}
    Result<std::optional<std::uint64_t>> checkpoint() const override
    {
        const std::lock_guard guard(m_p.mutex);
        return m_inner.checkpoint();
    }
    Result<void> dropFrom(std::uint64_t block) override
    {
        const std::lock_guard guard(m_p.mutex);
        return m_inner.dropFrom(block);
    }
    Result<void> append(const std::vector<ledger::HistoryEntry>& entries,
                        std::uint64_t scannedTo) override
    {
        const std::lock_guard guard(m_p.mutex);
        return m_inner.append(entries, scannedTo);
    }
    Result<std::vector<ledger::HistoryEntry>> entries() const override
    {
        const std::lock_guard guard(m_p.mutex);
        return m_inner.entries();
    }

private:
    OpenProfile& m_p;
    wallet::VaultHistoryCache m_inner;
};

class LockedOperatorCache final : public operator_api::OperatorCache
{
public:
    explicit LockedOperatorCache(std::shared_ptr<OpenProfile> p)
        : m_p(std::move(p))
        , m_inner(m_p->vault)
    {}
    std::optional<operator_api::CachedAnswer> get(const QString& key) override
    {
        const std::lock_guard guard(m_p->mutex);
        return m_inner.get(key);
    }
    void put(const QString& key, const QByteArray& json, const QByteArray& etag) override
    {
        const std::lock_guard guard(m_p->mutex);
        m_inner.put(key, json, etag);
    }

private:
    std::shared_ptr<OpenProfile> m_p;
    wallet::VaultOperatorCache m_inner;
};

// Settings the provider pages keep in the vault.
constexpr char kProviderIdSetting[] = "operator.providerId";
constexpr char kRegistrationSetting[] = "operator.registration";

QString setting(OpenProfile& p, const char* key)
{
    const std::lock_guard guard(p.mutex);
    auto value = p.vault.settings().value(QString::fromLatin1(key), {});
    return value ? *value : QString();
}

Result<void> setSetting(OpenProfile& p, const char* key, const QString& value)
{
    const std::lock_guard guard(p.mutex);
    return p.vault.settings().set(QString::fromLatin1(key), value);
}

// Confirmations to wait for: a local devnet mines one block per transaction, so more would
// wait forever; elsewhere three.
chain::SendOptions sendOptionsFor(const OpenProfile& p)
{
    chain::SendOptions send;
    const QString host = p.network.rpcUrl.host();
    const bool local = host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
                       host == QLatin1String("::1");
    send.confirmations = local ? 1 : 3;
    return send;
}

// Progress of an eERC operation in words.
eerc::OperationCallbacks progressOf(const TaskContext& ctx, unsigned confirmations)
{
    eerc::OperationCallbacks cb;
    cb.progress = [&ctx, confirmations](eerc::Stage stage, int value) {
        switch (stage) {
        case eerc::Stage::Reading:
            ctx.progress(QObject::tr("Reading the balance"));
            break;
        case eerc::Stage::Proving:
            ctx.progress(QObject::tr("Generating proof %1 %").arg(value), value / 100.0);
            break;
        case eerc::Stage::Checking:
            ctx.progress(QObject::tr("Checking with the node"));
            break;
        case eerc::Stage::Sending:
            ctx.progress(QObject::tr("Sending the transaction"));
            break;
        case eerc::Stage::Confirming:
            ctx.progress(QObject::tr("Waiting for confirmations %1 of %2")
                             .arg(std::min<unsigned>(static_cast<unsigned>(value), confirmations))
                             .arg(confirmations),
                         confirmations ? double(value) / confirmations : -1.0);
            break;
        }
    };
    return cb;
}

QVariantMap preflightItem(const QString& label, const QString& state, const QString& detail = {})
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("state"), state},
            {QStringLiteral("detail"), detail}};
}

QString providerStatusText(operator_api::ProviderStatus status)
{
    return operator_api::providerStatusName(status);
}

} // namespace

QString displayAmount(const U256& baseUnits, unsigned decimals)
{
    const QString plain = q(ledger::formatAmount(baseUnits, decimals));
    const qsizetype dot = plain.indexOf(u'.');
    QString whole = dot < 0 ? plain : plain.left(dot);
    const QString fraction = dot < 0 ? QString() : plain.mid(dot + 1);
    const QLocale locale;
    const QString group = locale.groupSeparator();
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, group);
    return fraction.isEmpty() ? whole : whole + locale.decimalPoint() + fraction;
}

struct ProviderModel::Snapshot
{
    QString chainError;
    std::uint64_t block = 0;
    bool registered = false;
    unsigned tokenDecimals = 6;
    unsigned eercDecimals = 6;
    std::optional<eerc::DecryptedBalance> balance; // nullopt: never credited
    std::vector<ledger::HistoryEntry> history;
    std::uint64_t scannedTo = 0; // the history scan's checkpoint
    bool serverTried = false;
    bool serverOnline = false;
    QString serverMessage;
    std::optional<operator_api::Provider> provider;
    std::optional<ledger::Earnings> earnings;
};

ProviderModel::ProviderModel(std::shared_ptr<OpenProfile> profile,
                             AppSettings* settings,
                             QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_refreshTask(new Task(this))
    , m_registerTask(new Task(this))
    , m_claimTask(new Task(this))
    , m_earnings(new EarningsModel(this))
{
    const QString json = setting(*m_profile, kRegistrationSetting);
    if (!json.isEmpty())
        m_registration = QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &ProviderModel::refresh);
}

ProviderModel::~ProviderModel()
{
    // The tasks are children: deleting them joins their threads before the profile (which
    // they use) can go. Order matters only in that they go before m_profile, which they do.
    m_timer.stop();
    m_claimTask->stopAndWait();
    m_registerTask->stopAndWait();
    m_refreshTask->stopAndWait();
}

void ProviderModel::start()
{
    refresh();
    m_timer.start();
    resumeClaims();
}

bool ProviderModel::serverConfigured() const
{
    return m_profile->network.operatorUrl.has_value();
}

QString ProviderModel::syncText() const
{
    if (!m_chainError.isEmpty())
        return tr("Not synced");
    if (m_block == 0)
        return tr("Syncing…");
    return tr("Up to date at block %1").arg(QLocale().toString(qulonglong(m_block)));
}

void ProviderModel::refresh()
{
    if (m_refreshTask->running())
        return;
    auto profile = m_profile;
    m_refreshTask->start(
        tr("Reading the chain"), [this, profile](const TaskContext& ctx) -> Result<Task::Apply> {
            OpenProfile& p = *profile;
            Snapshot s;
            const auto me = p.keys.wallet.address();
            auto chainPart = [&]() -> Result<void> {
                auto c = wallet::connect(p.network);
                if (!c)
                    return c.error();
                auto block = c->eth->blockNumber(ctx.stopToken());
                auto td = c->reader->tokenDecimals(ctx.stopToken());
                auto ed = c->reader->eercDecimals(ctx.stopToken());
                if (!block || !td || !ed)
                    return !block ? block.error() : !td ? td.error() : ed.error();
                s.block = *block;
                s.tokenDecimals = *td;
                s.eercDecimals = *ed;
                auto key = c->reader->publicKeyOf(me, ctx.stopToken());
                if (!key)
                    return key.error();
                s.registered = key->has_value();
                if (s.registered && !(**key == p.keys.eerc.publicKey()))
                    return fail("this address is registered on chain with another eERC key; this "
                                "profile cannot read its balance.");
                auto tokenId = c->reader->tokenId(ctx.stopToken());
                if (!tokenId)
                    return tokenId.error();
                if (s.registered && *tokenId) {
                    ctx.progress(QObject::tr("Decrypting the balance"));
                    auto encrypted = c->reader->balanceOf(
                        me, **tokenId, chain::BlockTag::number(s.block), ctx.stopToken());
                    if (!encrypted)
                        return encrypted.error();
                    s.balance = eerc::decryptBalance(*encrypted, p.keys.eerc.privateScalar().get());
                }
                ctx.progress(QObject::tr("Scanning payouts"));
                eerc::HistoryOptions options;
                options.tokenDecimals = s.tokenDecimals;
                options.eercDecimals = s.eercDecimals;
                eerc::HistoryScanner scanner(*c->eth, p.network.deployment, options);
                LockedHistoryCache cache(
                    p, wallet::VaultHistoryCache::scanNameFor(p.network.deployment, me));
                auto scanned = scanner.refresh(
                    me, p.keys.eerc.privateScalar().get(), cache,
                    [&ctx](std::uint64_t done, std::uint64_t total) {
                        ctx.progress(QObject::tr("Scanning payouts"),
                                     total ? double(done) / double(total) : -1.0);
                    },
                    ctx.stopToken());
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
                return {};
            };
            if (auto ok = chainPart(); !ok)
                s.chainError = q(ok.error().message);
            if (ctx.stopRequested())
                return fail("cancelled");

            // The operator's server: state and earnings breakdown. Optional by design.
            const QString providerId = setting(p, kProviderIdSetting);
            if (p.network.operatorUrl && !providerId.isEmpty()) {
                s.serverTried = true;
                ctx.progress(QObject::tr("Asking the operator's server"));
                operator_api::OperatorClientOptions options;
                options.http.allowPlainHttp = p.network.allowPlainHttp;
                options.http.timeout = std::chrono::seconds(15);
                auto client = operator_api::OperatorClient::create(
                    *p.network.operatorUrl, options,
                    std::make_shared<LockedOperatorCache>(profile));
                if (!client) {
                    s.serverMessage = q(client.error().message);
                } else {
                    auto provider = (*client)->provider(p.keys.wallet, providerId, ctx.stopToken());
                    if (provider) {
                        s.provider = std::move(*provider);
                        auto earnings =
                            (*client)->earnings(p.keys.wallet, providerId, {}, {}, ctx.stopToken());
                        if (earnings)
                            s.earnings = std::move(*earnings);
                        else
                            s.serverMessage = q(earnings.error().message);
                    } else {
                        s.serverMessage = q(provider.error().message);
                    }
                    s.serverOnline = s.provider.has_value() && s.earnings.has_value();
                }
            }
            return Task::Apply([this, s = std::move(s)]() mutable { apply(std::move(s)); });
        });
}

void ProviderModel::apply(Snapshot s)
{
    m_loaded = true;
    m_chainError = s.chainError;
    if (m_chainError.isEmpty()) {
        m_block = s.block;
        m_syncedAt = QDateTime::currentDateTimeUtc();
        m_tokenDecimals = s.tokenDecimals;
        m_eercDecimals = s.eercDecimals;
        m_onchainRegistered = s.registered;
        const QString block = QLocale().toString(qulonglong(s.block));
        if (!s.registered) {
            m_balance.clear();
            m_balanceStatus = QStringLiteral("unregistered");
            m_balanceDetail = tr("Register your key on chain to receive payouts.");
        } else if (!s.balance) {
            m_balance = displayAmount(U256(), s.eercDecimals);
            m_balanceStatus = QStringLiteral("verified");
            m_balanceDetail = tr("No payout has reached this address yet (block %1).").arg(block);
        } else {
            const eerc::DecryptedBalance& b = *s.balance;
            switch (b.status) {
            case eerc::DecryptedBalance::Status::Verified:
                m_balance = displayAmount(b.amount, s.eercDecimals);
                m_balanceStatus = QStringLiteral("verified");
                m_balanceDetail = tr("Decrypted with your key and checked against the encrypted "
                                     "(ElGamal) balance on chain at block %1.")
                                      .arg(block);
                break;
            case eerc::DecryptedBalance::Status::Recovered:
                m_balance = displayAmount(b.amount, s.eercDecimals);
                m_balanceStatus = QStringLiteral("recovered");
                m_balanceDetail =
                    tr("The amounts stored for you add up to %1, but the encrypted balance the "
                       "contract enforces is %2 (block %3). The value shown is the enforced one.")
                        .arg(displayAmount(b.pctSum, s.eercDecimals),
                             displayAmount(b.amount, s.eercDecimals), block);
                break;
            case eerc::DecryptedBalance::Status::Unreadable:
                m_balance.clear();
                m_balanceStatus = QStringLiteral("unreadable");
                m_balanceDetail = tr("Your encrypted balance at block %1 could not be read with "
                                     "this key. Check that the profile's key is the registered "
                                     "one.")
                                      .arg(block);
                break;
            }
        }
    }

    const bool hasProviderId = !setting(*m_profile, kProviderIdSetting).isEmpty();
    if (s.serverTried) {
        m_serverOnline = s.serverOnline;
        m_serverMessage = s.serverMessage;
        if (s.provider)
            m_operatorStatus = providerStatusText(s.provider->status);
        else if (!s.serverOnline && m_operatorStatus.isEmpty())
            m_operatorStatus = QStringLiteral("unknown");
    } else {
        m_serverOnline = false;
        m_serverMessage.clear();
        m_operatorStatus =
            hasProviderId ? QStringLiteral("unknown") : QStringLiteral("unregistered");
    }

    if (m_chainError.isEmpty()) {
        ledger::JoinOptions join;
        join.units = {m_tokenDecimals, m_eercDecimals};
        join.scannedTo = s.scannedTo;
        join.operatorAddress = m_profile->network.operatorAddress;
        if (s.earnings)
            m_lastEarnings = std::move(s.earnings);
        auto rows =
            ledger::joinEarnings(m_lastEarnings ? &*m_lastEarnings : nullptr, s.history, join);
        const QDateTime now = QDateTime::currentDateTime();
        auto summary = ledger::summarizeEarnings(rows, s.history, now.toSecsSinceEpoch(),
                                                 join.units, now.offsetFromUtc());
        std::size_t credits = 0;
        for (const ledger::EarningsRow& r : rows)
            credits += r.amount ? 1 : 0;
        if (summary) {
            const unsigned td = m_tokenDecimals;
            QVariantMap map{
                {QStringLiteral("totalEarned"), displayAmount(summary->totalEarned, td)},
                {QStringLiteral("totalClaimed"), displayAmount(summary->totalClaimed, td)},
                {QStringLiteral("earnedThisMonth"), displayAmount(summary->earnedThisMonth, td)},
                {QStringLiteral("earnedLastMonth"), displayAmount(summary->earnedLastMonth, td)},
                {QStringLiteral("payoutCount"), int(summary->payoutCount)},
                {QStringLiteral("discrepancies"), int(summary->discrepancies)},
                {QStringLiteral("unverifiable"), int(summary->unverifiable)},
            };
            if (summary->lastPayout) {
                const ledger::EarningsRow& last = *summary->lastPayout;
                map.insert(QStringLiteral("lastPayout"),
                           last.amount ? displayAmount(*last.amount, td) : QString());
                map.insert(QStringLiteral("lastPayoutCycle"), last.cycleId);
                map.insert(
                    QStringLiteral("lastPayoutDate"),
                    QLocale().toString(QDateTime::fromSecsSinceEpoch(last.time).toLocalTime(),
                                       QLocale::ShortFormat));
            }
            m_summary = map;
        }
        // New payouts since the last refresh of this session (not on the first one).
        if (m_knownCredits && credits > *m_knownCredits) {
            U256 total;
            std::vector<const ledger::EarningsRow*> byTime;
            for (const auto& r : rows)
                if (r.amount)
                    byTime.push_back(&r);
            std::sort(byTime.begin(), byTime.end(),
                      [](const auto* a, const auto* b) { return a->time > b->time; });
            const std::size_t fresh = credits - *m_knownCredits;
            for (std::size_t i = 0; i < fresh && i < byTime.size(); ++i) {
                if (auto sum = total.checkedAdd(*byTime[i]->amount))
                    total = *sum;
            }
            Q_EMIT newPayouts(int(fresh), displayAmount(total, m_tokenDecimals));
        }
        m_knownCredits = credits;
        m_earnings->setRows(std::move(rows), m_tokenDecimals);
    }
    Q_EMIT changed();
}

QVariantList ProviderModel::registrationSteps() const
{
    // The operator's states in order (spec operator-api.md, "Providers"); suspended counts
    // as none of them.
    static const QStringList order = {QStringLiteral("registered"), QStringLiteral("integrated"),
                                      QStringLiteral("earning_revenue")};
    const qsizetype reached = order.indexOf(m_operatorStatus); // -1: none
    auto step = [](const QString& label, bool done) {
        return QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("done"), done}};
    };
    return {step(tr("Key registered on chain"), m_onchainRegistered),
            step(tr("Registered with the operator"), reached >= 0),
            step(tr("Integrated into FlowMCP"), reached >= 1),
            step(tr("Earning revenue"), reached >= 2)};
}

QVariantMap ProviderModel::validateRegistration(const QVariantMap& details) const
{
    QVariantMap errors;
    const QString name = details.value(QStringLiteral("displayName")).toString().trimmed();
    if (name.isEmpty())
        errors.insert(QStringLiteral("displayName"), tr("Enter the name users see."));
    else if (name.size() > 100)
        errors.insert(QStringLiteral("displayName"), tr("At most 100 characters."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString contact = details.value(QStringLiteral("contactEmail")).toString().trimmed();
    if (!email.match(contact).hasMatch())
        errors.insert(QStringLiteral("contactEmail"),
                      tr("Enter an email address, e.g. ops@example.com."));
    static const QRegularExpression apiName(QStringLiteral("^[a-z0-9][a-z0-9-]{1,62}$"));
    const QString api = details.value(QStringLiteral("apiName")).toString().trimmed();
    if (!apiName.match(api).hasMatch())
        errors.insert(QStringLiteral("apiName"),
                      tr("2 to 63 lower-case letters, digits or hyphens, e.g. acme-weather."));
    const QUrl baseUrl(details.value(QStringLiteral("baseUrl")).toString().trimmed(),
                       QUrl::StrictMode);
    if (auto ok = util::checkUrl(baseUrl, false); !ok || baseUrl.path().contains(u' '))
        errors.insert(QStringLiteral("baseUrl"),
                      tr("Enter the API's https:// address, e.g. https://api.example.com."));
    static const QStringList categories = {QStringLiteral("weather"), QStringLiteral("news"),
                                           QStringLiteral("finance"), QStringLiteral("ai"),
                                           QStringLiteral("data"),    QStringLiteral("other")};
    if (!categories.contains(details.value(QStringLiteral("category")).toString()))
        errors.insert(QStringLiteral("category"), tr("Choose a category."));
    static const QStringList pricings = {QStringLiteral("free"), QStringLiteral("paid"),
                                         QStringLiteral("hybrid")};
    if (!pricings.contains(details.value(QStringLiteral("pricing")).toString()))
        errors.insert(QStringLiteral("pricing"), tr("Choose a pricing model."));
    return errors;
}

void ProviderModel::registerWithOperator(const QVariantMap& input)
{
    if (!validateRegistration(input).isEmpty() || !m_profile->network.operatorUrl)
        return;
    auto profile = m_profile;
    m_registerTask->start(
        tr("Registering with the operator"),
        [this, profile, input](const TaskContext& ctx) -> Result<Task::Apply> {
            OpenProfile& p = *profile;
            operator_api::ProviderDetails details;
            details.address = p.keys.wallet.address();
            details.eercPublicKey = p.keys.eerc.publicKey();
            details.displayName = input.value(QStringLiteral("displayName")).toString().trimmed();
            details.contactEmail = input.value(QStringLiteral("contactEmail")).toString().trimmed();
            details.api.name = input.value(QStringLiteral("apiName")).toString().trimmed();
            details.api.baseUrl = input.value(QStringLiteral("baseUrl")).toString().trimmed();
            details.api.category = input.value(QStringLiteral("category")).toString();
            details.api.pricing = input.value(QStringLiteral("pricing")).toString();
            operator_api::OperatorClientOptions options;
            options.http.allowPlainHttp = p.network.allowPlainHttp;
            auto client = operator_api::OperatorClient::create(*p.network.operatorUrl, options);
            if (!client)
                return client.error();
            auto registered = (*client)->registerProvider(p.keys.wallet, details, ctx.stopToken());
            if (!registered)
                return fail(registered.error().message);
            const QString providerId = registered->provider.providerId;
            QVariantMap saved = input;
            saved.insert(QStringLiteral("providerId"), providerId);
            if (auto ok = setSetting(p, kProviderIdSetting, providerId); !ok)
                return ok.error();
            if (auto ok =
                    setSetting(p, kRegistrationSetting,
                               QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(saved))
                                                     .toJson(QJsonDocument::Compact)));
                !ok)
                return ok.error();
            const QString status = providerStatusText(registered->provider.status);
            return Task::Apply([this, saved, status] {
                m_registration = saved;
                m_operatorStatus = status;
                m_serverOnline = true;
                m_serverMessage.clear();
                Q_EMIT changed();
                refresh();
            });
        });
}

void ProviderModel::registerOnChain()
{
    auto profile = m_profile;
    m_registerTask->start(
        tr("Preparing the registration"),
        [this, profile](const TaskContext& ctx) -> Result<Task::Apply> {
            OpenProfile& p = *profile;
            auto files = circuitFiles(p, QStringLiteral("registration"), ctx);
            if (!files)
                return files.error();
            ctx.progress(QObject::tr("Loading the registration circuit"));
            auto prover = eerc::CircuitProver::load(*files);
            if (!prover)
                return prover.error();
            auto c = wallet::connect(p.network);
            if (!c)
                return c.error();
            chain::TransactionSender sender(*c->eth, p.network.deployment.chainId);
            const chain::SendOptions send = sendOptionsFor(p);
            eerc::OperationCallbacks callbacks = progressOf(ctx, send.confirmations);
            callbacks.onSigned = [&ctx](const chain::PreparedTransaction&) -> Result<void> {
                ctx.setCancellable(false);
                return {};
            };
            auto outcome = eerc::registerKey(*c->reader, sender, p.keys.wallet, p.keys.eerc,
                                             *prover, send, callbacks, ctx.stopToken());
            if (!outcome)
                return outcome.error();
            return Task::Apply([this] {
                m_onchainRegistered = true;
                Q_EMIT changed();
                refresh();
            });
        });
}

void ProviderModel::setPreflight(QVariantList items, bool passed)
{
    m_preflight = std::move(items);
    m_preflightPassed = passed;
    Q_EMIT claimChanged();
}

void ProviderModel::resetClaim()
{
    if (m_claimTask->running())
        return;
    m_claimResult.clear();
    setPreflight({}, false);
}

void ProviderModel::preflightClaim(const QString& amountText)
{
    m_claimResult.clear();
    auto profile = m_profile;
    const QString amount = amountText.trimmed();
    m_claimTask->start(
        tr("Checking the claim"),
        [this, profile, amount](const TaskContext& ctx) -> Result<Task::Apply> {
            OpenProfile& p = *profile;
            QVariantList items;
            const QString balanceLabel = QObject::tr("Balance re-read from the chain");
            const QString amountLabel = QObject::tr("Amount allowed by the decimals rule");
            const QString dryRunLabel = QObject::tr("Dry run of the proof passed");
            const QString feeLabel = QObject::tr("Network fee");
            // A failure marks its step and leaves the rest pending; the result is shown, not
            // raised, so the list stays visible.
            auto finish = [this](QVariantList list, bool passed) {
                return Task::Apply([this, list, passed] { setPreflight(list, passed); });
            };
            auto failed = [&](int step, const std::string& why) {
                const QStringList labels{balanceLabel, amountLabel, dryRunLabel, feeLabel};
                for (int i = static_cast<int>(items.size()); i < labels.size(); ++i)
                    items.append(preflightItem(
                        labels[i], i == step ? QStringLiteral("failed") : QStringLiteral("pending"),
                        i == step ? q(why) : QString()));
                return finish(items, false);
            };
            auto c = wallet::connect(p.network);
            if (!c)
                return failed(0, c.error().message);
            auto td = c->reader->tokenDecimals(ctx.stopToken());
            if (!td)
                return failed(0, td.error().message);
            std::optional<U256> tokenAmount;
            if (!amount.isEmpty() && amount != QLatin1String("all")) {
                auto parsed = ledger::parseAmount(amount.toStdString(), *td);
                if (!parsed)
                    return failed(1, parsed.error().message);
                tokenAmount = *parsed;
            }
            auto plan = eerc::planClaim(*c->reader, p.keys.wallet.address(), p.keys.eerc,
                                        tokenAmount, ctx.stopToken());
            if (!plan) {
                // planClaim refuses both unreadable balances and bad amounts; tell them apart by
                // whether the balance itself can be read.
                return failed(1, plan.error().message);
            }
            items.append(preflightItem(
                balanceLabel, QStringLiteral("ok"),
                QObject::tr("%1 %2").arg(displayAmount(plan->balance.amount, plan->eercDecimals),
                                         QStringLiteral("USDC"))));
            items.append(
                preflightItem(amountLabel, QStringLiteral("ok"),
                              QObject::tr("%1 USDC will arrive in your wallet")
                                  .arg(displayAmount(plan->tokenAmount, plan->tokenDecimals))));
            auto files = circuitFiles(p, QStringLiteral("withdraw"), ctx);
            if (!files)
                return failed(2, files.error().message);
            ctx.progress(QObject::tr("Loading the withdraw circuit"));
            auto prover = eerc::CircuitProver::load(*files);
            if (!prover)
                return failed(2, prover.error().message);
            chain::TransactionSender sender(*c->eth, p.network.deployment.chainId);
            const chain::SendOptions send = sendOptionsFor(p);
            auto outcome =
                eerc::claim(*c->reader, sender, p.keys.wallet, p.keys.eerc, *prover, tokenAmount,
                            true, send, progressOf(ctx, send.confirmations), ctx.stopToken());
            if (!outcome)
                return failed(2, outcome.error().message);
            items.append(preflightItem(dryRunLabel, QStringLiteral("ok"),
                                       QObject::tr("Gas estimate %1").arg(outcome->gasEstimate)));
            items.append(preflightItem(
                feeLabel, QStringLiteral("ok"),
                QObject::tr("at most %1 AVAX").arg(displayAmount(outcome->maxCost, 18))));
            return finish(items, true);
        });
}

void ProviderModel::claim(const QString& amountText)
{
    if (!m_preflightPassed)
        return;
    auto profile = m_profile;
    const QString amount = amountText.trimmed();
    m_claimResult.clear();
    m_claimTask->start(
        tr("Preparing the claim"),
        [this, profile, amount](const TaskContext& ctx) -> Result<Task::Apply> {
            OpenProfile& p = *profile;
            auto c = wallet::connect(p.network);
            if (!c)
                return c.error();
            auto td = c->reader->tokenDecimals(ctx.stopToken());
            if (!td)
                return td.error();
            std::optional<U256> tokenAmount;
            if (!amount.isEmpty() && amount != QLatin1String("all")) {
                auto parsed = ledger::parseAmount(amount.toStdString(), *td);
                if (!parsed)
                    return parsed.error();
                tokenAmount = *parsed;
            }
            auto files = circuitFiles(p, QStringLiteral("withdraw"), ctx);
            if (!files)
                return files.error();
            auto prover = eerc::CircuitProver::load(*files);
            if (!prover)
                return prover.error();
            chain::TransactionSender sender(*c->eth, p.network.deployment.chainId);
            const chain::SendOptions send = sendOptionsFor(p);
            eerc::OperationCallbacks callbacks = progressOf(ctx, send.confirmations);
            QStringList recorded;
            // Recorded before it is broadcast: a claim in flight survives closing the app.
            callbacks.onSigned = [&](const chain::PreparedTransaction& signedTx) -> Result<void> {
                auto record = wallet::pendingClaimOf(signedTx, QDateTime::currentSecsSinceEpoch());
                if (!record)
                    return record.error();
                {
                    const std::lock_guard guard(p.mutex);
                    if (auto saved = p.vault.claims().put(*record); !saved)
                        return saved.error();
                }
                recorded << record->txHash;
                ctx.setCancellable(false);
                return {};
            };
            auto outcome = eerc::claim(*c->reader, sender, p.keys.wallet, p.keys.eerc, *prover,
                                       tokenAmount, false, send, callbacks, ctx.stopToken());
            if (!outcome)
                return outcome.error();
            {
                const std::lock_guard guard(p.mutex);
                for (const QString& hash : recorded) {
                    const bool final =
                        outcome->transactionHash && hash == hexOf(*outcome->transactionHash);
                    if (auto r = p.vault.claims().setState(
                            hash, final ? vault::ClaimState::Confirmed : vault::ClaimState::Failed);
                        !r)
                        return r.error();
                }
            }
            QVariantMap result{
                {QStringLiteral("received"),
                 displayAmount(outcome->tokenReceived, outcome->plan.tokenDecimals)},
                {QStringLiteral("transaction"), hexOf(*outcome->transactionHash)},
                {QStringLiteral("block"), QString::number(outcome->blockNumber)},
                {QStringLiteral("fee"), displayAmount(outcome->feePaid, 18)},
            };
            return Task::Apply([this, result] {
                m_claimResult = result;
                setPreflight({}, false);
                refresh();
            });
        });
}

void ProviderModel::resumeClaims()
{
    std::vector<vault::PendingClaim> pending;
    {
        const std::lock_guard guard(m_profile->mutex);
        auto all = m_profile->vault.claims().all();
        if (!all)
            return;
        for (vault::PendingClaim& c : *all)
            if (c.state == vault::ClaimState::Sent)
                pending.push_back(std::move(c));
    }
    if (pending.empty())
        return;
    m_claimInFlight = pending.front().txHash;
    Q_EMIT claimChanged();
    auto profile = m_profile;
    m_claimTask->start(
        tr("Following the claim sent earlier"),
        [this, profile, pending](const TaskContext& ctx) -> Result<Task::Apply> {
            OpenProfile& p = *profile;
            auto c = wallet::connect(p.network);
            if (!c)
                return c.error();
            // What arrives is in token units (a resumed claim has no plan to say so).
            const auto tokenDecimals = c->reader->tokenDecimals(ctx.stopToken());
            if (!tokenDecimals)
                return tokenDecimals.error();
            chain::TransactionSender sender(*c->eth, p.network.deployment.chainId);
            QVariantMap last;
            for (const vault::PendingClaim& claim : pending) {
                auto resumed = wallet::followClaim(*c->reader, sender, p.keys.wallet.address(),
                                                   claim, sendOptionsFor(p), ctx.stopToken());
                if (!resumed)
                    return resumed.error();
                {
                    const std::lock_guard guard(p.mutex);
                    if (auto r =
                            p.vault.claims().setState(claim.txHash, wallet::finalState(*resumed));
                        !r)
                        return r.error();
                }
                if (resumed->state == eerc::ResumedClaim::State::Confirmed)
                    last = {
                        {QStringLiteral("received"),
                         displayAmount(resumed->outcome.tokenReceived, *tokenDecimals)},
                        {QStringLiteral("transaction"), claim.txHash},
                        {QStringLiteral("block"), QString::number(resumed->outcome.blockNumber)},
                        {QStringLiteral("fee"), displayAmount(resumed->outcome.feePaid, 18)}};
            }
            return Task::Apply([this, last] {
                m_claimInFlight.clear();
                if (!last.isEmpty())
                    m_claimResult = last;
                Q_EMIT claimChanged();
                refresh();
            });
        });
}

QString ProviderModel::exportCsv(const QUrl& file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("The file cannot be written: %1").arg(out.errorString());
    out.write(m_earnings->toCsv().toUtf8());
    if (!out.commit())
        return tr("The file cannot be written: %1").arg(out.errorString());
    return {};
}

QVariantMap ProviderModel::chart(const QString& period) const
{
    return m_earnings->chart(period, QDateTime::currentDateTimeUtc());
}

void ProviderModel::copyToClipboard(const QString& text) const
{
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

QUrl ProviderModel::explorerUrl(const QString& txHash) const
{
    static const QRegularExpression hash(QStringLiteral("^0x[0-9a-fA-F]{64}$"));
    if (!hash.match(txHash).hasMatch())
        return {};
    switch (m_profile->network.deployment.chainId) {
    case 43113: // Avalanche Fuji
        return QUrl(QStringLiteral("https://testnet.snowtrace.io/tx/") + txHash);
    case 43114: // Avalanche C-Chain
        return QUrl(QStringLiteral("https://snowtrace.io/tx/") + txHash);
    default:
        return {};
    }
}

} // namespace bs::gui
