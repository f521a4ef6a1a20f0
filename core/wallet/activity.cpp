// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/activity.h"

#include <QStringList>

namespace bs::wallet {

namespace {

// A CSV field: quoted when it holds a comma, a quote or a line break.
QString csvField(QString s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

} // namespace

const char* toString(ActivityEntry::Kind kind)
{
    switch (kind) {
    case ActivityEntry::Kind::Chain:
        return "chain";
    case ActivityEntry::Kind::Proof:
        return "proof";
    case ActivityEntry::Kind::Transaction:
        return "transaction";
    case ActivityEntry::Kind::Server:
        return "server";
    case ActivityEntry::Kind::Profile:
        return "profile";
    }
    return "?";
}

void ActivityLog::add(ActivityEntry::Kind kind, QString text, bool failed)
{
    std::function<void()> listener;
    {
        const std::lock_guard guard(m_mutex);
        m_entries.push_back({QDateTime::currentDateTimeUtc(), kind, failed, std::move(text)});
        while (m_entries.size() > m_capacity)
            m_entries.pop_front();
        listener = m_listener;
    }
    if (listener)
        listener();
}

std::vector<ActivityEntry> ActivityLog::entries() const
{
    const std::lock_guard guard(m_mutex);
    return {m_entries.begin(), m_entries.end()};
}

std::size_t ActivityLog::size() const
{
    const std::lock_guard guard(m_mutex);
    return m_entries.size();
}

void ActivityLog::setListener(std::function<void()> listener)
{
    const std::lock_guard guard(m_mutex);
    m_listener = std::move(listener);
}

QString ActivityLog::toCsv() const
{
    QStringList lines{QStringLiteral("time,kind,status,text")};
    for (const ActivityEntry& e : entries())
        lines << QStringList{e.time.toString(Qt::ISODate), QLatin1String(toString(e.kind)),
                             e.failed ? QStringLiteral("failed") : QStringLiteral("ok"),
                             csvField(e.text)}
                     .join(u',');
    return lines.join(u'\n') + u'\n';
}

} // namespace bs::wallet
