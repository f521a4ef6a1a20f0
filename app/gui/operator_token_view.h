// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shows the token of a usage server just created (UsageServersModel::token()) without making
// it a QML string: this item paints it from the model's locked buffer, in a monospaced font
// broken anywhere across lines. The text drawn lives in a temporary wiped after each paint.
#include <QColor>
#include <QFont>
#include <QPointer>
#include <QQuickPaintedItem>

namespace bs::gui {

class UsageServersModel;

class TokenView : public QQuickPaintedItem
{
    Q_OBJECT
    // A UsageServersModel; anything else shows nothing.
    Q_PROPERTY(QObject* source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QColor color MEMBER m_color NOTIFY styleChanged)
    Q_PROPERTY(QFont font READ font WRITE setFont NOTIFY styleChanged)
    // Whether a token is there to show.
    Q_PROPERTY(bool empty READ empty NOTIFY contentChanged)

public:
    explicit TokenView(QQuickItem* parent = nullptr);

    QObject* source() const;
    void setSource(QObject* source);
    QFont font() const { return m_font; }
    void setFont(const QFont& font);
    bool empty() const;

    void paint(QPainter* painter) override;

Q_SIGNALS:
    void sourceChanged();
    void styleChanged();
    void contentChanged();

protected:
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

private:
    void relayout();
    int charsPerLine() const;

    QPointer<UsageServersModel> m_source;
    QMetaObject::Connection m_connection;
    QColor m_color{0x18, 0x20, 0x2b};
    QFont m_font;
};

} // namespace bs::gui
