// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity_model.h"

#include "guiapp.h"

#include <QLocale>
#include <QMetaObject>
#include <QPointer>
#include <QSaveFile>

namespace bs::gui {

ActivityModel::ActivityModel(wallet::ActivityLog& log, QObject* parent)
    : QAbstractListModel(parent)
    , m_log(log)
{
    LanguageChange::followRows(this);
    QPointer<ActivityModel> self(this);
    m_log.setListener([self] {
        // From the adding thread to ours; a model already gone is skipped by Qt.
        QMetaObject::invokeMethod(
            self.data(),
            [self] {
                if (self)
                    self->reload();
            },
            Qt::QueuedConnection);
    });
    reload();
}

ActivityModel::~ActivityModel()
{
    m_log.setListener({});
}

void ActivityModel::reload()
{
    beginResetModel();
    m_entries = m_log.entries();
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
    Q_EMIT countChanged();
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> ActivityModel::roleNames() const
{
    return {{TimeRole, "time"},
            {KindRole, "kind"},
            {KindTextRole, "kindText"},
            {FailedRole, "failed"},
            {TextRole, "text"}};
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const wallet::ActivityEntry& e = m_entries[std::size_t(index.row())];
    switch (role) {
    case TimeRole:
        return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case KindRole:
        return QVariant::fromValue(Kind(int(e.kind)));
    case KindTextRole:
        switch (e.kind) {
        case wallet::ActivityEntry::Kind::Chain:
            return tr("Chain");
        case wallet::ActivityEntry::Kind::Proof:
            return tr("Proof");
        case wallet::ActivityEntry::Kind::Transaction:
            return tr("Transaction");
        case wallet::ActivityEntry::Kind::Server:
            return tr("Server");
        case wallet::ActivityEntry::Kind::Profile:
            return tr("Profile");
        }
        return {};
    case FailedRole:
        return e.failed;
    case TextRole:
        return e.text;
    default:
        return {};
    }
}

QString ActivityModel::exportCsv(const QUrl& file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("The file cannot be written: %1").arg(out.errorString());
    out.write(m_log.toCsv().toUtf8());
    if (!out.commit())
        return tr("The file cannot be written: %1").arg(out.errorString());
    return {};
}

} // namespace bs::gui
