// SPDX-License-Identifier: GPL-3.0-or-later
#include "steps_model.h"

#include "guiapp.h"

namespace bs::gui {

StepsModel::StepsModel(std::function<QStringList()> labels, QObject* parent)
    : QAbstractListModel(parent)
    , m_words(std::move(labels))
    , m_labels(m_words())
    , m_done(std::size_t(m_labels.size()), false)
{
    LanguageChange::follow(this, [this] {
        m_labels = m_words();
        if (count() > 0)
            Q_EMIT dataChanged(index(0), index(count() - 1), {LabelRole});
    });
}

int StepsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> StepsModel::roleNames() const
{
    return {{LabelRole, "label"}, {DoneRole, "done"}, {CurrentRole, "current"}};
}

QVariant StepsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const auto row = std::size_t(index.row());
    switch (role) {
    case LabelRole:
        return m_labels[index.row()];
    case DoneRole:
        return bool(m_done[row]);
    case CurrentRole: {
        std::size_t first = 0;
        while (first < m_done.size() && m_done[first])
            ++first;
        return first == row;
    }
    default:
        return {};
    }
}

void StepsModel::setDone(int n)
{
    std::vector<bool> done(m_done.size(), false);
    for (int i = 0; i < n && i < count(); ++i)
        done[std::size_t(i)] = true;
    setDone(done);
}

void StepsModel::setDone(const std::vector<bool>& done)
{
    if (done == m_done || done.size() != m_done.size())
        return;
    m_done = done;
    Q_EMIT dataChanged(index(0), index(count() - 1), {DoneRole, CurrentRole});
}

} // namespace bs::gui
