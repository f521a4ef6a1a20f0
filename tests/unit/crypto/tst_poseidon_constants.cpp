// SPDX-License-Identifier: GPL-3.0-or-later
// The checked-in Poseidon table (poseidon_constants.cpp) against
//  - a fresh run of the Grain LFSR generator (poseidon_grain), for every width, so the table
//    cannot drift from the procedure that claims to have produced it;
//  - entries copied from circomlibjs 0.1.7 src/poseidon_constants.json, the independent
//    reference (the full tables were compared when the file was generated).

#include "crypto/poseidon_constants.h"
#include "crypto/poseidon_grain.h"

#include <QtTest>

#include <string>

namespace pc = bs::crypto::poseidon_constants;
namespace grain = bs::crypto::poseidon_grain;

namespace {

mpz_class toMpz(const pc::Limbs& l)
{
    mpz_class v = 0;
    for (int i = 3; i >= 0; --i) {
        v <<= 64;
        v += mpz_class(std::to_string(l[i]));
    }
    return v;
}

mpz_class hex(const char* s)
{
    return mpz_class(std::string(s + 2), 16);
}

} // namespace

class TestPoseidonConstants : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesGenerator_data()
    {
        QTest::addColumn<unsigned>("t");
        for (unsigned t = pc::kMinWidth; t <= pc::kMaxWidth; ++t)
            QTest::addRow("t=%u", t) << t;
    }

    void tableMatchesGenerator()
    {
        QFETCH(unsigned, t);
        const grain::Parameters fresh = grain::generate(grain::circomlibInstance(t));
        const pc::Table table = pc::table(t);
        QCOMPARE(table.width, t);
        QCOMPARE(table.partialRounds, grain::circomlibPartialRounds(t));
        QCOMPARE(table.roundConstants.size(),
                 std::size_t(pc::kFullRounds + table.partialRounds) * t);
        QCOMPARE(fresh.roundConstants.size(), table.roundConstants.size());
        for (std::size_t i = 0; i < table.roundConstants.size(); ++i)
            QVERIFY(toMpz(table.roundConstants[i]) == fresh.roundConstants[i]);
        QCOMPARE(table.mds.size(), std::size_t(t) * t);
        QCOMPARE(fresh.mds.size(), std::size_t(t));
        for (unsigned i = 0; i < t; ++i)
            for (unsigned j = 0; j < t; ++j)
                QVERIFY(toMpz(table.mds[i * t + j]) == fresh.mds[i][j]);
    }

    void spotValuesFromCircomlibjs_data()
    {
        QTest::addColumn<unsigned>("t");
        QTest::addColumn<QString>("firstConstant");
        QTest::addColumn<QString>("lastConstant");
        QTest::addColumn<QString>("mds00");
        QTest::addColumn<QString>("mdsLastRowSecondToLast"); // M[t-1][t-2]
        QTest::newRow("t=2")
            << 2u << "0x09c46e9ec68e9bd4fe1faaba294cba38a71aa177534cdd1b6c7dc0dbd0abd7a7"
            << "0x269e4b5b7a2eb21afd567970a717ceec5bd4184571c254fdc06e03a7ff8378f0"
            << "0x066f6f85d6f68a85ec10345351a23a3aaf07f38af8c952a7bceca70bd2af7ad5"
            << "0x0cc57cdbb08507d62bf67a4493cc262fb6c09d557013fff1f573f431221f8ff9";
        QTest::newRow("t=3")
            << 3u << "0x0ee9a592ba9a9518d05986d656f40c2114c4993c11bb29938d21d47304cd8e6e"
            << "0x1da55cc900f0d21f4a3e694391918a1b3c23b2ac773c6b3ef88e2e4228325161"
            << "0x109b7f411ba0e4c9b2b70caf5c36a7b194be7c11ad24378bfedb68592ba8118b"
            << "0x176cc029695ad02582a70eff08a6fd99d057e12e58e7d7b6b16cdfabc8ee2911";
        QTest::newRow("t=4")
            << 4u << "0x19b849f69450b06848da1d39bd5e4a4302bb86744edc26238b0878e269ed23e5"
            << "0x163ec73251f85443687222487dda9a65467d90b22f0b38664686077c6a4486d5"
            << "0x236d13393ef85cc48a351dd786dd7a1de5e39942296127fd87947223ae5108ad"
            << "0x014fcd5eb0be6d5beeafc4944034cf321c068ef930f10be2207ed58d2a34cdd6";
        QTest::newRow("t=17")
            << 17u << "0x2fb583762b37592c6c5a95eb1d06694b6c6f9dc4f1ad4862dd8f5e67cb7a3f5c"
            << "0x2a437b970ff32645bd5303f9474b5743427333c6663d17f44d918e9f2ca005d4"
            << "0x196b76cefdcc7f6a54c71d40114a0bb82694c936f1573ac7ac1ea3fcce1fe938"
            << "0x1bd639879731823c871f9cd4714e3cc56a6eb19884b73664eed24b11929119a0";
    }

    void spotValuesFromCircomlibjs()
    {
        QFETCH(unsigned, t);
        QFETCH(QString, firstConstant);
        QFETCH(QString, lastConstant);
        QFETCH(QString, mds00);
        QFETCH(QString, mdsLastRowSecondToLast);
        const pc::Table table = pc::table(t);
        QVERIFY(toMpz(table.roundConstants.front()) == hex(qPrintable(firstConstant)));
        QVERIFY(toMpz(table.roundConstants.back()) == hex(qPrintable(lastConstant)));
        QVERIFY(toMpz(table.mds[0]) == hex(qPrintable(mds00)));
        QVERIFY(toMpz(table.mds[(t - 1) * t + (t - 2)]) == hex(qPrintable(mdsLastRowSecondToLast)));
    }

    void everyEntryIsCanonical()
    {
        const mpz_class p = grain::circomlibInstance(2).prime;
        for (unsigned t = pc::kMinWidth; t <= pc::kMaxWidth; ++t) {
            const pc::Table table = pc::table(t);
            for (const pc::Limbs& l : table.roundConstants)
                QVERIFY(toMpz(l) < p);
            for (const pc::Limbs& l : table.mds)
                QVERIFY(toMpz(l) < p && toMpz(l) != 0);
        }
    }

    void grainSeedLayout()
    {
        // The generator rejects instances its 80-bit seed cannot encode.
        grain::Instance bad = grain::circomlibInstance(3);
        bad.partialRounds = 1024;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, grain::GrainLfsr{bad});
        grain::Instance wrongBits = grain::circomlibInstance(3);
        wrongBits.fieldBits = 255;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, grain::generate(wrongBits));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, pc::table(1));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, pc::table(18));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, grain::circomlibPartialRounds(18));
    }
};

QTEST_APPLESS_MAIN(TestPoseidonConstants)
#include "tst_poseidon_constants.moc"
