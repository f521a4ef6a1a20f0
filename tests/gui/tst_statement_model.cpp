// SPDX-License-Identifier: GPL-3.0-or-later
// The human side of a statement (app/gui/statement_model.h): the PDF's content in the user's
// locale (dates, grouped amounts with every decimal, the total), and a real PDF file.
#include "statement_model.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using bs::U256;
using bs::crypto::EthAddress;
using bs::crypto::Point;
using bs::crypto::Scalar;

namespace {

bs::ledger::Statement sample()
{
    const Scalar s = bs::crypto::randomNonZeroScalar();
    bs::ledger::Statement st;
    st.chainId = 43114;
    st.account = *EthAddress::fromString("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    st.publicKey = Point::mulBase(s);
    st.tokenSymbol = QStringLiteral("USDC");
    st.tokenDecimals = 6;
    st.eercDecimals = 6;
    st.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    st.to = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    for (std::uint64_t v : {1234500000ull, 250001ull}) {
        bs::ledger::StatementLine l;
        l.txHash.fill(std::uint8_t(0xa0 + st.lines.size()));
        l.block = 1234567 + st.lines.size();
        l.time = st.from.addDays(3 + qint64(st.lines.size()));
        l.value = U256::fromU64(v);
        l.ciphertext = bs::crypto::elgamal::encrypt(st.publicKey, Scalar::fromU64(v));
        l.proof = *bs::crypto::dleq::prove(st.claim(l), s);
        st.lines.push_back(l);
    }
    return st;
}

} // namespace

class TestStatementModel : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void htmlInTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString html = bs::gui::statementHtml(sample());
        QVERIFY2(html.contains(QStringLiteral("1.234,500000 USDC")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("0,250001 USDC")));
        QVERIFY(html.contains(QStringLiteral("1.234,750001 USDC"))); // the total
        QVERIFY(html.contains(QStringLiteral("1.234.567")));         // block, grouped
        QVERIFY(html.contains(QStringLiteral("0xa0a0a0a0")));
        QVERIFY(html.contains(QStringLiteral("0xa1a1a1a1")));
        QVERIFY(html.contains(QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")));
        QVERIFY(html.contains(QStringLiteral("04.11.26"))); // German short date

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString en = bs::gui::statementHtml(sample());
        QVERIFY(en.contains(QStringLiteral("1,234.500000 USDC")));
        QVERIFY(en.contains(QStringLiteral("11/4/26")));
    }

    void chartOfThePayouts()
    {
        const auto st = sample();
        QVERIFY(bs::gui::statementHtml(st).contains(QStringLiteral("<img src=\"bs:chart\"")));
        const QImage chart = bs::gui::statementChart(st, QSize(400, 200));
        QCOMPARE(chart.size(), QSize(400, 200));
        // Two bars, the first (1234.5) far taller than the second (0.25): the bar colour
        // reaches near the top in the left half only.
        const QColor bar(0x1f, 0x5f, 0xd1);
        auto barAt = [&](int x, int y) { return chart.pixelColor(x, y) == bar; };
        QVERIFY(barAt(100, 40));
        QVERIFY(barAt(100, 175));
        QVERIFY(!barAt(300, 40));
        // No lines: no chart, no image in the document.
        bs::ledger::Statement empty = st;
        empty.lines.clear();
        QVERIFY(bs::gui::statementChart(empty).isNull());
        QVERIFY(!bs::gui::statementHtml(empty).contains(QStringLiteral("<img")));
    }

    void writesAPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.pdf"));
        QVERIFY(bs::gui::writeStatementPdf(sample(), path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Type /Page"));
        QVERIFY(bytes.contains("/Subtype /Image")); // the chart
        QVERIFY(bytes.contains("%%EOF"));
        // A folder that does not exist: an error, not a crash or an empty success.
        QVERIFY(!bs::gui::writeStatementPdf(sample(), dir.filePath(QStringLiteral("no/s.pdf"))));
    }
};

QTEST_MAIN(TestStatementModel)
#include "tst_statement_model.moc"
