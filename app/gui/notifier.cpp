// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "appsettings.h"
#include "provider_pages.h"
#include "session.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace bs::gui {

Notifier::Notifier(Session* session, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
{
    // The tray needs a QApplication (Widgets); tests run with other application types.
    if (qobject_cast<QApplication*>(QCoreApplication::instance()) &&
        QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/backendshield.svg")), this);
        m_tray->setToolTip(QStringLiteral("BackendShield"));
        m_tray->show();
    }
    connect(m_session, &Session::stateChanged, this, &Notifier::follow);
    follow();
}

Notifier::~Notifier() = default;

bool Notifier::available() const
{
    return m_tray && QSystemTrayIcon::supportsMessages();
}

void Notifier::follow()
{
    if (ProviderPages* provider = m_session->provider()) {
        connect(provider, &ProviderPages::newPayouts, this, &Notifier::notifyPayouts,
                Qt::UniqueConnection);
        connect(provider, &ProviderPages::balanceWorsened, this, &Notifier::notifyBalanceWorsened,
                Qt::UniqueConnection);
    }
}

void Notifier::notifyBalanceWorsened(const QString& text)
{
    if (!available())
        return;
    m_tray->showMessage(tr("Balance check"), text, QSystemTrayIcon::Warning, 0);
}

void Notifier::notifyPayouts(int count, const QString& total)
{
    if (!available())
        return;
    // With amounts hidden, the notification does not show them either.
    const bool hide = m_settings && m_settings->hideAmounts();
    const QString body = hide ? tr("%n new payout(s) arrived.", nullptr, count)
                              : tr("%n new payout(s): %1 USDC.", nullptr, count).arg(total);
    m_tray->showMessage(tr("New payout"), body, QSystemTrayIcon::Information, 10000);
}

} // namespace bs::gui
