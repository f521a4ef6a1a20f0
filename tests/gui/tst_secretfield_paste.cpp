// SPDX-License-Identifier: GPL-3.0-or-later
// The secret field's paste (Ctrl+V): the text goes into the field's locked buffer, and the
// clipboard is cleared afterwards, only while it still holds what was pasted.
#include "secretfield.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace bs::gui;

namespace {

// Hardhat's (and the devnet's) well-known account 0: public knowledge, never a real key.
const char kKeyHex[] = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

} // namespace

class TestSecretFieldPaste : public QObject
{
    Q_OBJECT

private slots:
    void pasteClearsTheClipboard();
    void pasteLeavesNewerClipboardAlone();
};

void TestSecretFieldPaste::pasteClearsTheClipboard()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("0x") + QString::fromLatin1(kKeyHex));
    SecretField field;
    QVERIFY(!field.clipboardCleared());
    QSignalSpy cleared(&field, &SecretField::clipboardClearedChanged);
    // Ctrl+V, as a user pastes.
    QKeyEvent paste(QEvent::KeyPress, Qt::Key_V, Qt::ControlModifier);
    QCoreApplication::sendEvent(&field, &paste);
    QCOMPARE(field.length(), 66);
    QCOMPARE(std::string(field.secret().data(), field.secret().size()),
             std::string("0x") + kKeyHex);
    QCOMPARE(clipboard->text(), QString());
    QVERIFY(field.clipboardCleared());
    QCOMPARE(cleared.count(), 1);
    // Typing on: the note goes.
    QKeyEvent typed(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    QCoreApplication::sendEvent(&field, &typed);
    QVERIFY(!field.clipboardCleared());

    // Nothing pasted (only a newline): the clipboard is not the field's to clear.
    clipboard->setText(QStringLiteral("\n"));
    field.paste();
    QCOMPARE(clipboard->text(), QStringLiteral("\n"));
    QVERIFY(!field.clipboardCleared());
}

void TestSecretFieldPaste::pasteLeavesNewerClipboardAlone()
{
    // Something copied between the paste and the clearing (here: while the field takes the
    // text) stays in the clipboard.
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(QString::fromLatin1(kKeyHex));
    SecretField field;
    connect(&field, &SecretField::textChanged, this,
            [clipboard] { clipboard->setText(QStringLiteral("copied since")); });
    field.paste();
    QCOMPARE(field.length(), 64);
    QCOMPARE(clipboard->text(), QStringLiteral("copied since"));
    QVERIFY(!field.clipboardCleared());
}

QTEST_MAIN(TestSecretFieldPaste)
#include "tst_secretfield_paste.moc"
