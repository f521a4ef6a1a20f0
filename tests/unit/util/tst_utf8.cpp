// SPDX-License-Identifier: GPL-3.0-or-later
// Strict UTF-8 against the RFC 3629 boundaries: every length at its smallest and largest
// code point, and the forms that must be refused (overlong, surrogates, above U+10FFFF,
// stray or missing continuation bytes, truncation).
#include "util/utf8.h"

#include <QtTest>

#include <vector>

using bs::util::decodeUtf8;
using bs::util::isValidUtf8;

namespace {
bool valid(std::vector<std::uint8_t> b)
{
    return isValidUtf8(b);
}
} // namespace

class TestUtf8 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesBoundaries()
    {
        const std::vector<std::pair<std::vector<std::uint8_t>, std::uint32_t>> cases = {
            {{0x00}, 0x0},
            {{0x7f}, 0x7f},
            {{0xc2, 0x80}, 0x80},
            {{0xdf, 0xbf}, 0x7ff},
            {{0xe0, 0xa0, 0x80}, 0x800},
            {{0xed, 0x9f, 0xbf}, 0xd7ff},
            {{0xee, 0x80, 0x80}, 0xe000},
            {{0xef, 0xbf, 0xbf}, 0xffff},
            {{0xf0, 0x90, 0x80, 0x80}, 0x10000},
            {{0xf4, 0x8f, 0xbf, 0xbf}, 0x10ffff},
        };
        for (const auto& [bytes, cp] : cases) {
            std::size_t i = 0;
            const auto got = decodeUtf8(bytes, i);
            QVERIFY(got.has_value());
            QCOMPARE(*got, cp);
            QCOMPARE(i, bytes.size());
        }
    }

    void refusesInvalidForms()
    {
        QVERIFY(!valid({0x80}));                   // stray continuation
        QVERIFY(!valid({0xc0, 0x80}));             // overlong NUL
        QVERIFY(!valid({0xc1, 0xbf}));             // overlong
        QVERIFY(!valid({0xe0, 0x9f, 0xbf}));       // overlong 3-byte
        QVERIFY(!valid({0xf0, 0x8f, 0xbf, 0xbf})); // overlong 4-byte
        QVERIFY(!valid({0xed, 0xa0, 0x80}));       // surrogate U+D800
        QVERIFY(!valid({0xed, 0xbf, 0xbf}));       // surrogate U+DFFF
        QVERIFY(!valid({0xf4, 0x90, 0x80, 0x80})); // above U+10FFFF
        QVERIFY(!valid({0xf8, 0x88, 0x80, 0x80, 0x80}));
        QVERIFY(!valid({0xe2, 0x82}));       // truncated
        QVERIFY(!valid({0xe2, 0x28, 0xa1})); // bad continuation
        QVERIFY(valid({}));
        QVERIFY(valid({'a', 0xc3, 0xa4, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80}));

        std::vector<std::uint8_t> bad{0xe2, 0x82};
        std::size_t i = 0;
        QVERIFY(!decodeUtf8(bad, i));
        QCOMPARE(i, std::size_t(0)); // unchanged on failure
    }
};

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
