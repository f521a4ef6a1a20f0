// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The system clipboard for the views: copying what the user asks for (a transaction hash, an
// address). Nothing secret is ever copied from QML: keys never reach it.
#include <QObject>
#include <QString>

namespace bs::gui {

class Clipboard : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    Q_INVOKABLE void copy(const QString& text) const;
};

} // namespace bs::gui
