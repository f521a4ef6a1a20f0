// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Desktop notifications for new payouts, through the system tray where the platform has one
// (QSystemTrayIcon); elsewhere nothing is shown beyond the dashboard itself.
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace bs::gui {

class AppSettings;
class Session;

class Notifier : public QObject
{
    Q_OBJECT

public:
    Notifier(Session* session, AppSettings* settings, QObject* parent = nullptr);
    ~Notifier() override;

    // Whether notifications can be shown here.
    bool available() const;

private:
    void follow();
    void notifyPayouts(int count, const QString& total);
    void notifyBalanceWorsened(const QString& text);

    Session* m_session;
    AppSettings* m_settings;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace bs::gui
