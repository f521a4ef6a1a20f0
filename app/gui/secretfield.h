// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A text field for secrets (passphrases, a wallet key in hex) whose text never reaches QML.
//
// A QML TextField keeps its text in a QString that any binding can read, copy and leave
// behind in freed memory. This item keeps what is typed in a locked, zero-on-free buffer,
// shows only bullets, and offers QML nothing but the length and a strength estimate. View
// models take the item itself (a QObject* argument from QML) and read the secret in C++.
// Keys: printable text appends, Backspace deletes the last character, Ctrl+Backspace and
// Escape clear, Ctrl+V pastes the clipboard's text, Enter/Return emits accepted().
// A paste clears the clipboard afterwards (while it still holds what was pasted), so a key or
// a passphrase does not wait there for the next paste anywhere else; `clipboardCleared` says
// so to the view. The field makes no copy of what is typed outside its buffer: characters are
// encoded straight into it, read back one code point at a time, and the clipboard's text is
// wiped once appended.
#include "crypto/secure_buffer.h"

#include <QColor>
#include <QQuickPaintedItem>
#include <QString>

#include <memory>
#include <span>

namespace bs::gui {

class SecretField : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(int length READ length NOTIFY textChanged)
    Q_PROPERTY(QString placeholderText READ placeholderText WRITE setPlaceholderText NOTIFY
                   placeholderTextChanged)
    // 0 (empty) .. 4 (strong); see passphraseStrength().
    Q_PROPERTY(int strength READ strength NOTIFY textChanged)
    Q_PROPERTY(QString strengthText READ strengthText NOTIFY strengthTextChanged)
    Q_PROPERTY(bool hasError READ hasError WRITE setHasError NOTIFY hasErrorChanged)
    // The last paste cleared the clipboard (until the next key typed).
    Q_PROPERTY(bool clipboardCleared READ clipboardCleared NOTIFY clipboardClearedChanged)
    // Colours, bound from the theme by the view.
    Q_PROPERTY(QColor textColor MEMBER m_textColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor baseColor MEMBER m_baseColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor borderColor MEMBER m_borderColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor focusColor MEMBER m_focusColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor errorColor MEMBER m_errorColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor placeholderColor MEMBER m_placeholderColor NOTIFY colorsChanged)

public:
    // The longest secret accepted, in UTF-8 bytes.
    static constexpr std::size_t kCapacity = 1024;

    explicit SecretField(QQuickItem* parent = nullptr);

    int length() const { return m_chars; }
    int strength() const { return m_strength; }
    QString strengthText() const;
    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString& text);
    bool hasError() const { return m_hasError; }
    void setHasError(bool hasError);
    bool clipboardCleared() const { return m_clipboardCleared; }

    // The secret as UTF-8 bytes, valid until the next edit or clear().
    std::span<const char> secret() const;
    // Constant-time comparison with another field's secret (lengths are not secret).
    bool sameAs(const SecretField& other) const;
    // Hands the secret over (a copy in locked memory, shareable with a worker) and clears
    // the field.
    std::shared_ptr<const crypto::SecureBuffer> take();
    // For tests and for pasting: appends `text` as if typed.
    void append(const QString& text);
    // Appends the clipboard's text (Ctrl+V), then clears the clipboard.
    void paste();

    Q_INVOKABLE void clear();

    void paint(QPainter* painter) override;

Q_SIGNALS:
    void textChanged();
    void strengthTextChanged(); // with textChanged, and after a language switch
    void accepted();
    void placeholderTextChanged();
    void hasErrorChanged();
    void clipboardClearedChanged();
    void colorsChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void removeLast();
    void changed();
    void setClipboardCleared(bool cleared);

    crypto::SecureBuffer m_buffer; // kCapacity bytes; the first m_size are the secret
    std::size_t m_size = 0;
    int m_chars = 0; // code points
    int m_strength = 0;
    QString m_placeholder;
    bool m_hasError = false;
    bool m_clipboardCleared = false;
    QColor m_textColor{0x1f, 0x23, 0x28};
    QColor m_baseColor{Qt::white};
    QColor m_borderColor{0xc8, 0xcd, 0xd3};
    QColor m_focusColor{0x1f, 0x5f, 0xbf};
    QColor m_errorColor{0xc6, 0x28, 0x28};
    QColor m_placeholderColor{0x6b, 0x72, 0x7a};
};

// A passphrase strength estimate, 0..4: 0 empty, 1 weak, 2 fair, 3 good, 4 strong. It
// estimates the guessing work from length and character classes, and discounts repeats,
// runs (abc, 123, qwerty rows) and very common passwords. A hint for the user, not a proof.
int passphraseStrength(std::span<const char> utf8);
// A word for a strength value ("Weak", ...), translated.
QString strengthName(int strength);

// What the app requires of a new passphrase: at least 10 characters and strength >= 2.
// Returns an empty string when accepted, otherwise the sentence to show.
QString passphraseProblem(std::span<const char> utf8);
// The same for a new passphrase typed twice: also "" only when both fields agree.
QString newPassphraseProblem(const SecretField& passphrase, const SecretField& confirmation);

} // namespace bs::gui
