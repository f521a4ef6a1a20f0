// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator_link.h"

#include "wallet/server.h"

#include <QCoreApplication>
#include <QLocale>

namespace bs::gui {

Result<std::unique_ptr<OperatorLink>> openOperatorLink(wallet::Profile& profile, bool withChain)
{
    auto link = std::make_unique<OperatorLink>();
    auto client = wallet::operatorClient(profile, std::chrono::seconds(30));
    if (!client)
        return client.error();
    link->client = std::move(*client);
    link->api = std::make_unique<operator_api::ManagementClient>(*link->client);
    link->key = &profile.keys().wallet;
    if (withChain) {
        auto chain = wallet::connect(profile.network());
        if (!chain)
            return chain.error();
        link->chain = std::move(*chain);
        link->actions = std::make_unique<wallet::OperatorActions>(
            *link->api, *link->chain.reader, profile.keys(), profile.network());
    }
    return link;
}

unsigned networkDecimals(const wallet::Profile& profile)
{
    const chain::Network& n = profile.network();
    return n.token ? n.token->decimals : 6u;
}

QString networkSymbol(const wallet::Profile& profile)
{
    const chain::Network& n = profile.network();
    return n.token && !n.token->symbol.isEmpty() ? n.token->symbol : QStringLiteral("USDC");
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

QString periodText(const QDateTime& start, const QDateTime& end)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    //: A distribution period: start – end, in UTC
    return QCoreApplication::translate("Operator", "%1 – %2 UTC")
        .arg(QLocale().toString(start.toUTC(), format), QLocale().toString(end.toUTC(), format));
}

} // namespace bs::gui
