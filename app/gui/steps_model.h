// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stepper's steps for the views: label and whether it is done (the registration's states,
// a claim's stages). Rows: label, done, current (the first step not done).
#include <QAbstractListModel>
#include <QStringList>

#include <functional>
#include <vector>

namespace bs::gui {

class StepsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count CONSTANT)

public:
    enum Role
    {
        LabelRole = Qt::UserRole + 1,
        DoneRole,
        CurrentRole,
    };

    // `labels` words the steps (with tr()); called again after a language switch.
    StepsModel(std::function<QStringList()> labels, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_labels.size()); }

    // Marks the first `n` steps done.
    void setDone(int n);
    // Marks exactly the steps of `done` done (states that can be reached out of order).
    void setDone(const std::vector<bool>& done);
    bool isDone(int step) const { return step >= 0 && step < count() && m_done[size_t(step)]; }

private:
    std::function<QStringList()> m_words;
    QStringList m_labels;
    std::vector<bool> m_done;
};

} // namespace bs::gui
