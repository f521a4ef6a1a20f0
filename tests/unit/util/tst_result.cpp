// SPDX-License-Identifier: GPL-3.0-or-later
// Errors as codes: the English sentence is the template with its arguments filled in one
// pass; the code (context + template) survives for the app to translate; nested errors keep
// theirs.
#include "util/result.h"

#include <QtTest>

using bs::Error;
using bs::fail;
using bs::fillPlaceholders;

namespace {
constexpr bs::Text kMissing = BS_TR("test", "the file %1 is missing (%2 bytes expected)");
constexpr bs::Text kNotWritten = BS_TR("test", "the backup was not written: %1");
} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsPlaceholdersInOnePass()
    {
        QCOMPARE(fillPlaceholders("a %1 b %2 c", {"x", "y"}), std::string("a x b y c"));
        // An argument that looks like a placeholder is data, not read again.
        QCOMPARE(fillPlaceholders("%1 and %2", {"%2", "z"}), std::string("%2 and z"));
        // Order in the template may differ from the arguments' (translations reorder).
        QCOMPARE(fillPlaceholders("%2, then %1", {"one", "two"}), std::string("two, then one"));
        // A placeholder without its argument, a lone % and %0 stay as written.
        QCOMPARE(fillPlaceholders("50% of %1 and %3 %0", {"x"}), std::string("50% of x and %3 %0"));
        QCOMPARE(fillPlaceholders("ends with %", {}), std::string("ends with %"));
    }

    void errorKeepsCodeArgumentsAndEnglish()
    {
        const Error e = fail(kMissing, std::string("/tmp/v.db"), 4096);
        QCOMPARE(e.message, std::string("the file /tmp/v.db is missing (4096 bytes expected)"));
        QVERIFY(e.is(kMissing));
        QVERIFY(!e.is(kNotWritten));
        QCOMPARE(e.args.size(), std::size_t(2));
        QCOMPARE(e.args[0].text, std::string("/tmp/v.db"));
        QCOMPARE(e.args[1].text, std::string("4096"));
        QVERIFY(!e.args[0].error);
    }

    void nestedErrorIsAnArgumentOfItsOwn()
    {
        const Error inner = fail(kMissing, "x", 1);
        const Error outer = fail(kNotWritten, inner);
        QCOMPARE(outer.message,
                 std::string("the backup was not written: the file x is missing (1 bytes "
                             "expected)"));
        QVERIFY(outer.args[0].error);
        QVERIFY(outer.args[0].error->is(kMissing));
    }

    void sameTemplateInAnotherContextIsAnotherCode()
    {
        const Error e = fail(BS_TR("other", "the backup was not written: %1"), "x");
        QVERIFY(!e.is(kNotWritten));
    }

    void untranslatableErrorHasNoCode()
    {
        const Error e = fail(std::string("plain words"));
        QCOMPARE(e.message, std::string("plain words"));
        QVERIFY(!e.text.source);
        QVERIFY(!e.is(kMissing));
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
