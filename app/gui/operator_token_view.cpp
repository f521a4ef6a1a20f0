// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator_token_view.h"

#include "operator_servers_model.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bs::gui {

TokenView::TokenView(QQuickItem* parent)
    : QQuickPaintedItem(parent)
{
    m_font.setFamily(QStringLiteral("DejaVu Sans Mono"));
    m_font.setStyleHint(QFont::Monospace);
    m_font.setPixelSize(14);
    connect(this, &TokenView::styleChanged, this, &TokenView::relayout);
    relayout();
}

QObject* TokenView::source() const
{
    return m_source.data();
}

void TokenView::setSource(QObject* source)
{
    auto* model = qobject_cast<UsageServersModel*>(source);
    if (model == m_source)
        return;
    disconnect(m_connection);
    m_source = model;
    if (model)
        m_connection = connect(model, &UsageServersModel::tokenChanged, this, [this] {
            relayout();
            Q_EMIT contentChanged();
        });
    relayout();
    Q_EMIT sourceChanged();
    Q_EMIT contentChanged();
}

void TokenView::setFont(const QFont& font)
{
    if (font == m_font)
        return;
    m_font = font;
    Q_EMIT styleChanged();
}

bool TokenView::empty() const
{
    return !m_source || m_source->token().empty();
}

int TokenView::charsPerLine() const
{
    const QFontMetricsF metrics(m_font);
    const qreal advance = std::max<qreal>(1, metrics.horizontalAdvance(QLatin1Char('M')));
    return std::max(8, int(std::floor(std::max<qreal>(width(), 1) / advance)));
}

void TokenView::relayout()
{
    const QFontMetricsF metrics(m_font);
    const int length = m_source ? int(m_source->token().size()) : 0;
    const int perLine = charsPerLine();
    const int lines = std::max(1, (length + perLine - 1) / perLine);
    setImplicitWidth(std::ceil(metrics.horizontalAdvance(QLatin1Char('M')) *
                               std::min(std::max(length, 1), 64)));
    setImplicitHeight(std::ceil(lines * metrics.lineSpacing()));
    update();
}

void TokenView::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.width() != oldGeometry.width())
        relayout();
}

void TokenView::paint(QPainter* painter)
{
    if (empty())
        return;
    const std::span<const char> token = m_source->token();
    painter->setFont(m_font);
    painter->setPen(m_color);
    const QFontMetricsF metrics(m_font);
    const int perLine = charsPerLine();
    // One line at a time from the locked buffer; each temporary is wiped after drawing.
    QString line;
    line.reserve(perLine);
    qreal y = metrics.ascent();
    for (std::size_t at = 0; at < token.size(); at += std::size_t(perLine)) {
        const std::size_t n = std::min(token.size() - at, std::size_t(perLine));
        line.resize(qsizetype(n));
        for (std::size_t i = 0; i < n; ++i)
            line[qsizetype(i)] = QLatin1Char(token[at + i]);
        painter->drawText(QPointF(0, y), line);
        y += metrics.lineSpacing();
    }
    line.fill(QChar(0));
}

} // namespace bs::gui
