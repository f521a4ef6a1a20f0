// SPDX-License-Identifier: GPL-3.0-or-later
// util/hex against independent references: the C library's isxdigit/strtol for every one of
// the 256 byte values, and QByteArray::toHex/fromHex for encoding and decoding byte strings.
#include "util/hex.h"

#include <QByteArray>
#include <QtTest>

#include <array>
#include <cctype>
#include <cstdlib>
#include <random>
#include <stdexcept>
#include <string>

using namespace bs::util;

namespace {

std::string_view view(const QByteArray& b)
{
    return {b.constData(), std::size_t(b.size())};
}

QByteArray qbytes(const std::vector<std::uint8_t>& v)
{
    return QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size()));
}

} // namespace

class TestHex : public QObject
{
    Q_OBJECT

private slots:
    void digitValueOfEveryByte()
    {
        for (int c = 0; c < 256; ++c) {
            const char ch = static_cast<char>(c);
            const char text[2] = {ch, '\0'};
            const int expected = std::isxdigit(c) ? int(std::strtol(text, nullptr, 16)) : -1;
            QCOMPARE(hexDigitValue(ch), expected);
        }
    }

    void digitLowerOfEveryNibble()
    {
        for (unsigned n = 0; n < 16; ++n) {
            QCOMPARE(hexDigitLower(n), QByteArray(1, char(n)).toHex().at(1));
            QCOMPARE(hexDigitLower(n + 0x30), hexDigitLower(n)); // only the low nibble counts
        }
    }

    void isHexDigits()
    {
        QVERIFY(bs::util::isHexDigits(""));
        QVERIFY(bs::util::isHexDigits("0123456789abcdefABCDEF"));
        QVERIFY(!bs::util::isHexDigits("0x12"));
        QVERIFY(!bs::util::isHexDigits("12 "));
        QVERIFY(!bs::util::isHexDigits("g"));
        const char withNul[] = {'1', '\0', '2'};
        QVERIFY(!bs::util::isHexDigits(std::string_view(withNul, sizeof withNul)));
    }

    void stripPrefix()
    {
        QCOMPARE(stripHexPrefix("0x12"), std::string_view("12"));
        QCOMPARE(stripHexPrefix("0X12"), std::string_view("12"));
        QCOMPARE(stripHexPrefix("0x"), std::string_view(""));
        QCOMPARE(stripHexPrefix("12"), std::string_view("12"));
        QCOMPARE(stripHexPrefix("0"), std::string_view("0"));
        QCOMPARE(stripHexPrefix("x12"), std::string_view("x12"));
        QCOMPARE(stripHexPrefix("00x12"), std::string_view("00x12"));
    }

    void randomRoundTripsAgainstQt()
    {
        std::mt19937 rng(20261122);
        for (int len = 0; len < 70; ++len) {
            QByteArray raw(len, '\0');
            for (auto& b : raw)
                b = char(rng());
            const std::vector<std::uint8_t> in(raw.begin(), raw.end());
            const std::string enc = hexEncodeLower(in);
            QCOMPARE(QByteArray::fromStdString(enc), raw.toHex());

            std::string encInto(2 * in.size(), '?');
            hexEncodeLowerInto(in, encInto);
            QCOMPARE(encInto, enc);

            const QByteArray upper = raw.toHex().toUpper();
            for (const QByteArray& text : {raw.toHex(), upper}) {
                const auto plain = hexDecode(view(text), HexPrefix::None);
                QVERIFY(plain);
                QCOMPARE(qbytes(*plain), raw);
                const auto prefixed = hexDecode(view("0x" + text), HexPrefix::Optional);
                QVERIFY(prefixed);
                QCOMPARE(qbytes(*prefixed), raw);
                const auto unprefixed = hexDecode(view(text), HexPrefix::Optional);
                QVERIFY(unprefixed);
                QCOMPARE(qbytes(*unprefixed), raw);

                std::vector<std::uint8_t> into(in.size(), 0xee);
                QVERIFY(hexDecodeInto(view(text), into));
                QCOMPARE(qbytes(into), raw);
            }
        }
    }

    void strictDecodingRejects()
    {
        QVERIFY(!hexDecode("0x12", HexPrefix::None));
        QVERIFY(!hexDecode("0X12", HexPrefix::None));
        QVERIFY(!hexDecode("123", HexPrefix::None));
        QVERIFY(!hexDecode("0x123", HexPrefix::Optional));
        QVERIFY(!hexDecode("0x0x12", HexPrefix::Optional));
        QVERIFY(!hexDecode("12 34", HexPrefix::None));
        QVERIFY(!hexDecode(" 1234", HexPrefix::Optional));
        QVERIFY(!hexDecode("12g4", HexPrefix::None));
        QVERIFY(!hexDecode("+1", HexPrefix::None));
        QVERIFY(!hexDecode(std::string_view("1\0", 2), HexPrefix::None));
        QVERIFY(!hexDecode("\xc3\xa9", HexPrefix::None));
        const auto empty = hexDecode("", HexPrefix::None);
        QVERIFY(empty && empty->empty());
        const auto emptyPrefixed = hexDecode("0x", HexPrefix::Optional);
        QVERIFY(emptyPrefixed && emptyPrefixed->empty());
    }

    void decodeIntoZeroesOnFailure()
    {
        // Every position of a bad digit, so no early exit can leave part of the input behind.
        for (int bad = 0; bad < 8; ++bad) {
            std::string text = "a1b2c3d4";
            text[std::size_t(bad)] = 'z';
            std::array<std::uint8_t, 4> out{};
            out.fill(0xee);
            QVERIFY(!hexDecodeInto(text, out));
            QCOMPARE(out, (std::array<std::uint8_t, 4>{}));
        }
        std::array<std::uint8_t, 4> out{};
        out.fill(0xee);
        QVERIFY(!hexDecodeInto("a1b2c3", out)); // wrong length
        QCOMPARE(out, (std::array<std::uint8_t, 4>{}));
        QVERIFY(!hexDecodeInto("a1b2c3d4e5", out));
        QVERIFY(hexDecodeInto("", std::span<std::uint8_t>()));
    }

    void encodeIntoChecksItsOutputSize()
    {
        const std::array<std::uint8_t, 2> in{0xab, 0x01};
        std::array<char, 3> small{};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hexEncodeLowerInto(in, small));
        std::array<char, 4> exact{};
        hexEncodeLowerInto(in, exact);
        QCOMPARE(std::string(exact.data(), exact.size()), std::string("ab01"));
    }
};

QTEST_APPLESS_MAIN(TestHex)
#include "tst_hex.moc"
