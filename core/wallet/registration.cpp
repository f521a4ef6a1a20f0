// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/registration.h"

#include "util/hex.h"
#include "util/http_client.h"
#include "wallet/circuits.h"
#include "wallet/operation_progress.h"
#include "wallet/server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bs::wallet {

Result<eerc::RegistrationOutcome>
registerOnChain(Profile& profile, Progress& progress, std::stop_token stop)
{
    auto ready = loadProverAndConnect(profile, QStringLiteral("registration"), progress, stop);
    if (!ready)
        return ready.error();
    ChainConnection& c = ready->chain;
    eerc::CircuitProver& prover = ready->prover;
    chain::TransactionSender sender(*c.eth, profile.network().deployment.chainId);
    const chain::SendOptions send = profile.sendOptions();
    eerc::OperationCallbacks callbacks =
        operationCallbacks(progress, send.confirmations, &profile.activity(), "registration");
    callbacks.onSigned = [&](const chain::PreparedTransaction& tx) -> Result<void> {
        progress.setCancellable(false);
        profile.activity().add(
            ActivityEntry::Kind::Transaction,
            QStringLiteral("Signed the registration transaction 0x%1 (nonce %2); sending it.")
                .arg(QString::fromStdString(util::hexEncodeLower(tx.hash)))
                .arg(tx.tx.nonce));
        return {};
    };
    const Keys& keys = profile.keys();
    return eerc::registerKey(*c.reader, sender, keys.wallet, keys.eerc, prover, send, callbacks,
                             stop);
}

std::vector<ListingProblem> checkListing(const ProviderListing& l)
{
    std::vector<ListingProblem> problems;
    const QString name = l.displayName.trimmed();
    if (name.isEmpty() || name.size() > 100)
        problems.push_back(ListingProblem::DisplayName);
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(l.contactEmail.trimmed()).hasMatch())
        problems.push_back(ListingProblem::ContactEmail);
    static const QRegularExpression apiName(QStringLiteral("^[a-z0-9][a-z0-9-]{1,62}$"));
    if (!apiName.match(l.api.name.trimmed()).hasMatch())
        problems.push_back(ListingProblem::ApiName);
    const QUrl baseUrl(l.api.baseUrl.trimmed(), QUrl::StrictMode);
    if (!util::checkUrl(baseUrl, false) || baseUrl.path().contains(u' '))
        problems.push_back(ListingProblem::BaseUrl);
    static const QStringList categories = {QStringLiteral("weather"), QStringLiteral("news"),
                                           QStringLiteral("finance"), QStringLiteral("ai"),
                                           QStringLiteral("data"),    QStringLiteral("other")};
    if (!categories.contains(l.api.category))
        problems.push_back(ListingProblem::Category);
    static const QStringList pricings = {QStringLiteral("free"), QStringLiteral("paid"),
                                         QStringLiteral("hybrid")};
    if (!pricings.contains(l.api.pricing))
        problems.push_back(ListingProblem::Pricing);
    return problems;
}

std::optional<ProviderListing> savedListing(const Profile& profile)
{
    const QJsonObject o =
        QJsonDocument::fromJson(profile.setting(kSettingRegistration).toUtf8()).object();
    if (o.isEmpty())
        return std::nullopt;
    ProviderListing l;
    l.displayName = o.value(QLatin1String("displayName")).toString();
    l.contactEmail = o.value(QLatin1String("contactEmail")).toString();
    // The API's fields under "api" (as sent), or flat (as versions before 0.2 kept them).
    const QJsonObject api = o.contains(QLatin1String("api"))
                                ? o.value(QLatin1String("api")).toObject()
                                : QJsonObject{{"name", o.value(QLatin1String("apiName"))},
                                              {"baseUrl", o.value(QLatin1String("baseUrl"))},
                                              {"category", o.value(QLatin1String("category"))},
                                              {"pricing", o.value(QLatin1String("pricing"))}};
    l.api = {api.value(QLatin1String("name")).toString(),
             api.value(QLatin1String("baseUrl")).toString(),
             api.value(QLatin1String("category")).toString(),
             api.value(QLatin1String("pricing")).toString()};
    return l;
}

Result<operator_api::Provider>
registerWithOperator(Profile& profile, const ProviderListing& listing, std::stop_token stop)
{
    if (!checkListing(listing).empty())
        return fail(BS_TR("wallet", "the registration is incomplete; correct the marked fields."));
    auto client = operatorClient(profile);
    if (!client)
        return client.error();
    operator_api::ProviderDetails details;
    details.address = profile.address();
    details.eercPublicKey = profile.keys().eerc.publicKey();
    details.displayName = listing.displayName.trimmed();
    details.contactEmail = listing.contactEmail.trimmed();
    details.api = {listing.api.name.trimmed(), listing.api.baseUrl.trimmed(), listing.api.category,
                   listing.api.pricing};
    auto registered = (*client)->registerProvider(profile.keys().wallet, details, stop);
    profile.activity().add(ActivityEntry::Kind::Server,
                           registered
                               ? QStringLiteral("Registered with the operator's server.")
                               : QStringLiteral("Registering with the operator's server "
                                                "failed: %1")
                                     .arg(QString::fromStdString(registered.error().message)),
                           !registered);
    if (!registered)
        return registered.error().toError();
    const operator_api::Provider& provider = registered->provider;
    if (auto ok = profile.setSetting(kSettingProviderId, provider.providerId); !ok)
        return ok.error();
    const QByteArray json = QJsonDocument(details.toJson()).toJson(QJsonDocument::Compact);
    if (auto ok = profile.setSetting(kSettingRegistration, QString::fromUtf8(json)); !ok)
        return ok.error();
    return provider;
}

} // namespace bs::wallet
