// SPDX-License-Identifier: GPL-3.0-or-later
// Revert data explanations. References: chain/revert-vectors.json (ethers v6
// Interface.encodeErrorResult for every eERC/OpenZeppelin error of abi.json, Error(string)
// and Panic(uint256)) and abi.json's error selector tables (solc).
#include "chain/revert.h"
#include "chain_testing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace bs;
using namespace bs::chain;
using bs::test::hexOf;
using bs::test::loadJson;
using bs::test::unhex;

namespace {

QString str(const QJsonValue& o, const char* k)
{
    return o[QLatin1String(k)].toString();
}

bool contains(const std::string& s, const std::string& part)
{
    return s.find(part) != std::string::npos;
}

bool isOneSentence(const std::string& s)
{
    return !s.empty() && s.back() == '.' && s.front() >= 'A' && s.front() <= 'Z' &&
           s.find('\n') == std::string::npos;
}

} // namespace

class TestRevert : public QObject
{
    Q_OBJECT

private slots:
    void everyErrorOfTheAbiIsKnown()
    {
        // Every error selector in abi.json (computed by solc/ethers) maps to its name.
        const QJsonObject abi = loadJson("abi.json");
        int n = 0;
        auto check = [&](const QJsonArray& errors) {
            for (const auto& e : errors) {
                const QString sig = str(e, "signature");
                const auto data = unhex(str(e, "selector"));
                const auto name = revertErrorName(data);
                QVERIFY2(name.has_value(), qPrintable(sig));
                QCOMPARE(QString::fromStdString(*name), sig.left(sig.indexOf(QLatin1Char('('))));
                ++n;
            }
        };
        check(abi[QLatin1String("EncryptedERC")][QLatin1String("errors")].toArray());
        check(abi[QLatin1String("Registrar")][QLatin1String("errors")].toArray());
        check(abi[QLatin1String("otherErrors")].toArray());
        QVERIFY(n >= 17);
    }

    void ethersVectors()
    {
        const QJsonArray cases =
            loadJson("chain/revert-vectors.json")[QLatin1String("cases")].toArray();
        QVERIFY(cases.size() >= 30);
        for (const auto& cv : cases) {
            const QJsonObject c = cv.toObject();
            const auto data = unhex(c[QLatin1String("data")]);
            const std::string text = describeRevert(data);
            QVERIFY2(isOneSentence(text), text.c_str());
            const QString kind = str(c, "kind");
            if (kind == QLatin1String("custom")) {
                QCOMPARE(QString::fromStdString(*revertErrorName(data)), str(c, "name"));
                QCOMPARE(hexOf(std::span(data).first(4)), str(c, "selector"));
                for (const auto& a : c[QLatin1String("args")].toArray())
                    QVERIFY2(contains(text, a.toString().toStdString()), text.c_str());
                QVERIFY(!contains(text, "unknown"));
                QVERIFY(!contains(text, "malformed"));
            } else if (kind == QLatin1String("error")) {
                QCOMPARE(*revertErrorName(data), std::string("Error"));
                const std::string msg = str(c, "message").toStdString();
                if (!msg.empty() && msg.size() < 200 &&
                    msg.find_first_of("\n\a") == std::string::npos)
                    QVERIFY2(contains(text, "\"" + msg + "\""), text.c_str());
                QVERIFY(text.size() < 400);
                QVERIFY(text.find('\a') == std::string::npos);
            } else {
                QCOMPARE(*revertErrorName(data), std::string("Panic"));
                char code[16];
                std::snprintf(code, sizeof code, "0x%x", c[QLatin1String("code")].toInt());
                QVERIFY2(contains(text, std::string("panic code ") + code), text.c_str());
            }
        }
    }

    void specificMessages()
    {
        auto d = [](const char* hex) { return unhex(QString::fromLatin1(hex)); };
        QVERIFY(contains(describeRevert(d("0x09bde339")), "rejected the proof"));
        QVERIFY(contains(describeRevert(d("0x09bde339")), "balance changed"));
        QCOMPARE(*revertErrorName(d("0x09bde339")), std::string("InvalidProof"));
        QVERIFY(contains(describeRevert(d("0x2163950f")), "not registered"));
        QCOMPARE(describeRevert({}), std::string("The transaction reverted without a reason."));
        QVERIFY(!revertErrorName({}));
        QVERIFY(contains(describeRevert(d("0x0102")), "malformed"));
        QVERIFY(contains(describeRevert(d("0xdeadbeef")), "selector 0xdeadbeef"));
        QVERIFY(!revertErrorName(d("0xdeadbeef")));
        // Panic meanings.
        const QJsonArray cases =
            loadJson("chain/revert-vectors.json")[QLatin1String("cases")].toArray();
        for (const auto& cv : cases) {
            if (str(cv, "kind") != QLatin1String("panic"))
                continue;
            const std::string t = describeRevert(unhex(cv[QLatin1String("data")]));
            switch (cv[QLatin1String("code")].toInt()) {
            case 0x11:
                QVERIFY(contains(t, "overflow"));
                break;
            case 0x12:
                QVERIFY(contains(t, "division"));
                break;
            case 0x32:
                QVERIFY(contains(t, "out of bounds"));
                break;
            case 0x99:
                QVERIFY(contains(t, "unknown internal error"));
                break;
            default:
                break;
            }
        }
        // An argument-taking error with its argument missing or dirty.
        QVERIFY(contains(describeRevert(d("0x75519c51")), "malformed"));
        QCOMPARE(*revertErrorName(d("0x75519c51")), std::string("TokenBlacklisted"));
        auto dirty = d("0x75519c51");
        dirty.resize(36, 0xff);
        QVERIFY(contains(describeRevert(dirty), "malformed"));
    }

    void contractTextIsSanitised()
    {
        // Error(string) with control characters, bidi overrides, invalid UTF-8 and a long text.
        auto errorData = [](const std::string& raw) {
            std::vector<uint8_t> data = unhex(QStringLiteral("0x08c379a0"));
            const auto body = abiEncode(
                std::vector{AbiType::bytes()},
                std::vector{AbiValue::bytes(std::vector<uint8_t>(raw.begin(), raw.end()))});
            data.insert(data.end(), body->begin(), body->end());
            return data;
        };
        const std::string t1 = describeRevert(errorData("a\nb\tc\x1b[31md\x7f"));
        QVERIFY2(isOneSentence(t1), t1.c_str());
        QVERIFY(t1.find('\x1b') == std::string::npos);
        QVERIFY(t1.find('\x7f') == std::string::npos);
        QVERIFY(contains(t1, "a b c [31md"));
        const std::string t2 = describeRevert(errorData("evil\xe2\x80\xaegnp.exe"));
        QVERIFY(!contains(t2, "\xe2\x80\xae"));
        QVERIFY(contains(t2, "evilgnp.exe"));
        const std::string t3 = describeRevert(errorData("bad \xff\xfe utf8"));
        QVERIFY(contains(t3, "bad \xef\xbf\xbd\xef\xbf\xbd utf8"));
        const std::string t4 = describeRevert(errorData(std::string(10000, 'A')));
        QVERIFY(t4.size() < 300);
        QVERIFY(contains(t4, "\xe2\x80\xa6"));
        // Truncated Error(string) payload.
        auto trunc = errorData("hello");
        trunc.resize(trunc.size() - 40);
        QVERIFY(contains(describeRevert(trunc), "malformed"));
    }
};

QTEST_GUILESS_MAIN(TestRevert)
#include "tst_revert.moc"
