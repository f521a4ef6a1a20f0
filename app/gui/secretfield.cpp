// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretfield.h"

#include "guiapp.h"
#include "util/utf8.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <openssl/crypto.h>
#include <optional>
#include <string_view>

namespace bs::gui {

namespace {

// The code points of UTF-8 text, decoded one at a time where they are used: no copy of the
// secret in another form is ever made. The field only holds valid UTF-8 (it encodes it
// itself); decoding stops at anything else.
class CodePoints
{
public:
    explicit CodePoints(std::span<const char> utf8)
        : m_bytes(reinterpret_cast<const std::uint8_t*>(utf8.data()), utf8.size())
    {}
    // The next code point, or nullopt at the end.
    std::optional<char32_t> next()
    {
        if (m_at >= m_bytes.size())
            return std::nullopt;
        const auto c = util::decodeUtf8(m_bytes, m_at);
        if (!c)
            m_at = m_bytes.size();
        return c ? std::optional<char32_t>(*c) : std::nullopt;
    }

private:
    std::span<const std::uint8_t> m_bytes;
    std::size_t m_at = 0;
};

std::size_t countCodePoints(std::span<const char> utf8)
{
    CodePoints cps(utf8);
    std::size_t n = 0;
    while (cps.next())
        ++n;
    return n;
}

// Overwrites the characters of `text` when this is the only reference to them, then empties
// it. A text shared with another owner (the clipboard, a key event) is that owner's to free.
void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

char32_t lower(char32_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

// Rows of a US keyboard: runs along them are as easy to guess as "abc".
constexpr std::array<std::string_view, 4> kRows = {"1234567890", "qwertyuiop", "asdfghjkl",
                                                   "zxcvbnm"};

bool adjacentOnKeyboard(char32_t a, char32_t b)
{
    for (std::string_view row : kRows) {
        for (std::size_t i = 0; i + 1 < row.size(); ++i) {
            if ((static_cast<char32_t>(row[i]) == a && static_cast<char32_t>(row[i + 1]) == b) ||
                (static_cast<char32_t>(row[i]) == b && static_cast<char32_t>(row[i + 1]) == a))
                return true;
        }
    }
    return false;
}

// Passwords at the top of every leaked list, and this app's own name.
constexpr std::array<std::string_view, 16> kCommon = {
    "password", "passwort",      "passphrase", "123456",  "qwerty", "letmein",
    "iloveyou", "welcome",       "admin",      "monkey",  "dragon", "football",
    "secret",   "backendshield", "wallet",     "changeme"};

} // namespace

int passphraseStrength(std::span<const char> utf8)
{
    bool lowerCase = false, upperCase = false, digit = false, symbol = false, other = false;
    std::size_t count = 0;
    for (CodePoints cps(utf8); const auto c = cps.next(); ++count) {
        if (*c >= 'a' && *c <= 'z')
            lowerCase = true;
        else if (*c >= 'A' && *c <= 'Z')
            upperCase = true;
        else if (*c >= '0' && *c <= '9')
            digit = true;
        else if (*c < 0x80)
            symbol = true;
        else
            other = true;
    }
    if (count == 0)
        return 0;
    const double pool = (lowerCase ? 26 : 0) + (upperCase ? 26 : 0) + (digit ? 10 : 0) +
                        (symbol ? 33 : 0) + (other ? 100 : 0);
    // Each character adds its share of the pool's entropy, less when it only repeats or
    // continues what came before. The text folded to lower case, for the common words below,
    // goes to locked memory that is wiped when it goes.
    crypto::SecureBuffer folded(count);
    double effective = 0;
    char32_t previous = 0;
    std::size_t i = 0;
    for (CodePoints cps(utf8); const auto c = cps.next(); ++i) {
        const char32_t b = lower(*c);
        folded.data()[i] = b < 0x80 ? static_cast<std::uint8_t>(b) : 0x01;
        if (i == 0)
            effective += 1;
        else if (previous == b)
            effective += 0.1;
        else if (b == previous + 1 || previous == b + 1 || adjacentOnKeyboard(previous, b))
            effective += 0.3;
        else
            effective += 1;
        previous = b;
    }
    double bits = effective * std::log2(pool);
    // A common password inside counts as one guess out of a short list (~10 bits).
    const std::string_view text(reinterpret_cast<const char*>(folded.data()), folded.size());
    for (std::string_view word : kCommon) {
        if (text.find(word) != std::string_view::npos)
            bits -= static_cast<double>(word.size()) * std::log2(pool) - 10;
    }
    if (bits < 30)
        return 1;
    if (bits < 45)
        return 2;
    if (bits < 65)
        return 3;
    return 4;
}

QString strengthName(int strength)
{
    switch (strength) {
    case 0:
        return {};
    case 1:
        return QObject::tr("Weak");
    case 2:
        return QObject::tr("Fair");
    case 3:
        return QObject::tr("Good");
    default:
        return QObject::tr("Strong");
    }
}

QString passphraseProblem(std::span<const char> utf8)
{
    if (countCodePoints(utf8) < 10)
        return QObject::tr("Use at least 10 characters.");
    if (passphraseStrength(utf8) < 2)
        return QObject::tr("This passphrase is easy to guess: make it longer, or use a few "
                           "unrelated words.");
    return {};
}

QString newPassphraseProblem(const SecretField& passphrase, const SecretField& confirmation)
{
    if (const QString problem = passphraseProblem(passphrase.secret()); !problem.isEmpty())
        return problem;
    if (!passphrase.sameAs(confirmation))
        return QObject::tr("The two passphrases differ.");
    return {};
}

SecretField::SecretField(QQuickItem* parent)
    : QQuickPaintedItem(parent)
    , m_buffer(kCapacity)
{
    setFlag(ItemAcceptsInputMethod, false);
    setActiveFocusOnTab(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setImplicitSize(240, 36);
    setAntialiasing(true);
    connect(this, &SecretField::colorsChanged, this, [this] { update(); });
    connect(this, &SecretField::textChanged, this, &SecretField::strengthTextChanged);
    LanguageChange::follow(this, &SecretField::strengthTextChanged);
}

QString SecretField::strengthText() const
{
    return strengthName(m_strength);
}

void SecretField::setPlaceholderText(const QString& text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    Q_EMIT placeholderTextChanged();
    update();
}

void SecretField::setHasError(bool hasError)
{
    if (hasError == m_hasError)
        return;
    m_hasError = hasError;
    Q_EMIT hasErrorChanged();
    update();
}

std::span<const char> SecretField::secret() const
{
    return {reinterpret_cast<const char*>(m_buffer.data()), m_size};
}

bool SecretField::sameAs(const SecretField& other) const
{
    return m_size == other.m_size &&
           CRYPTO_memcmp(m_buffer.data(), other.m_buffer.data(), m_size) == 0;
}

std::shared_ptr<const crypto::SecureBuffer> SecretField::take()
{
    auto copy = std::make_shared<const crypto::SecureBuffer>(crypto::SecureBuffer::copyOf(
        {reinterpret_cast<const std::uint8_t*>(m_buffer.data()), m_size}));
    clear();
    return copy;
}

void SecretField::append(const QString& text)
{
    bool added = false;
    // Straight from the UTF-16 into the buffer: no list of code points, no byte array.
    for (qsizetype at = 0; at < text.size(); ++at) {
        char32_t c = text.at(at).unicode();
        if (QChar::isHighSurrogate(c) && at + 1 < text.size() &&
            text.at(at + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(at).unicode(), text.at(at + 1).unicode());
            ++at;
        }
        // Control characters (tabs, newlines from a pasted file) and lone surrogates are not
        // part of a secret.
        if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF))
            continue;
        const std::size_t len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (m_size + len > kCapacity)
            break;
        auto* out = reinterpret_cast<char*>(m_buffer.data()) + m_size;
        switch (len) {
        case 1:
            out[0] = static_cast<char>(c);
            break;
        case 2:
            out[0] = static_cast<char>(0xC0 | (c >> 6));
            out[1] = static_cast<char>(0x80 | (c & 0x3F));
            break;
        case 3:
            out[0] = static_cast<char>(0xE0 | (c >> 12));
            out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out[2] = static_cast<char>(0x80 | (c & 0x3F));
            break;
        default:
            out[0] = static_cast<char>(0xF0 | (c >> 18));
            out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out[3] = static_cast<char>(0x80 | (c & 0x3F));
            break;
        }
        m_size += len;
        ++m_chars;
        added = true;
    }
    if (added)
        changed();
}

void SecretField::paste()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    QString pasted = clipboard->text();
    const int before = m_chars;
    append(pasted);
    bool cleared = false;
    if (m_chars > before) {
        // A secret should not wait in the clipboard for the next paste anywhere else. Cleared
        // only while it still holds what was pasted: something copied since stays.
        QString now = clipboard->text();
        if (now == pasted) {
            clipboard->clear(QClipboard::Clipboard);
            cleared = true;
        }
        wipe(now);
    }
    wipe(pasted);
    setClipboardCleared(cleared);
}

void SecretField::setClipboardCleared(bool cleared)
{
    if (cleared == m_clipboardCleared)
        return;
    m_clipboardCleared = cleared;
    Q_EMIT clipboardClearedChanged();
}

void SecretField::removeLast()
{
    if (m_size == 0)
        return;
    std::size_t i = m_size - 1;
    while (i > 0 && (m_buffer.data()[i] & 0xC0) == 0x80)
        --i;
    OPENSSL_cleanse(m_buffer.data() + i, m_size - i);
    m_size = i;
    --m_chars;
    changed();
}

void SecretField::clear()
{
    if (m_size == 0)
        return;
    OPENSSL_cleanse(m_buffer.data(), m_size);
    m_size = 0;
    m_chars = 0;
    changed();
}

void SecretField::changed()
{
    m_strength = passphraseStrength(secret());
    Q_EMIT textChanged();
    update();
}

void SecretField::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT accepted();
        event->accept();
        return;
    case Qt::Key_Backspace:
        ctrl ? clear() : removeLast();
        event->accept();
        return;
    case Qt::Key_Escape:
        if (m_size == 0)
            break; // let a dialog close
        clear();
        event->accept();
        return;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        break; // focus chain
    default:
        if (event->matches(QKeySequence::Paste)) {
            paste();
            event->accept();
            return;
        }
        // The event's text is shared, not copied (its characters are the event's to free).
        if (const QString& typed = event->text();
            !ctrl && !typed.isEmpty() && typed.at(0).isPrint()) {
            append(typed);
            setClipboardCleared(false);
            event->accept();
            return;
        }
    }
    QQuickPaintedItem::keyPressEvent(event);
}

void SecretField::mousePressEvent(QMouseEvent* event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    event->accept();
}

void SecretField::focusInEvent(QFocusEvent* event)
{
    QQuickPaintedItem::focusInEvent(event);
    update();
}

void SecretField::focusOutEvent(QFocusEvent* event)
{
    QQuickPaintedItem::focusOutEvent(event);
    update();
}

void SecretField::paint(QPainter* painter)
{
    const QRectF frame = QRectF(boundingRect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool focused = hasActiveFocus();
    painter->setPen(QPen(m_hasError ? m_errorColor
                         : focused  ? m_focusColor
                                    : m_borderColor,
                         focused ? 2.0 : 1.0));
    painter->setBrush(m_baseColor);
    painter->drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const qreal padding = 10;
    const QRectF text = frame.adjusted(padding, 0, -padding, 0);
    if (m_chars == 0) {
        painter->setPen(m_placeholderColor);
        // A little right of the caret, which sits at the start.
        painter->drawText(text.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          m_placeholder);
    } else {
        // One dot per character, clipped to the field.
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_textColor);
        const qreal r = 3.5;
        const qreal step = 11;
        const int fit = std::max(1, static_cast<int>((text.width() - 8) / step));
        const int shown = std::min(m_chars, fit);
        for (int i = 0; i < shown; ++i)
            painter->drawEllipse(QPointF(text.left() + r + i * step, text.center().y()), r, r);
    }
    if (focused) {
        // The caret after the last dot.
        const qreal step = 11;
        const int fit = std::max(1, static_cast<int>((text.width() - 8) / step));
        const qreal x = text.left() + std::min(m_chars, fit) * step + 1;
        painter->setPen(QPen(m_textColor, 1));
        painter->drawLine(QPointF(x, text.center().y() - 8), QPointF(x, text.center().y() + 8));
    }
}

} // namespace bs::gui
