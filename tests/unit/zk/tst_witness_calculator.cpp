// SPDX-License-Identifier: GPL-3.0-or-later
// WitnessCalculator against snarkjs 0.7.6: every witness of the committed circom test circuits
// (tests/data/zk, produced by regen.sh with circom 2.2.3 / circomlib 2.0.5) must equal the one
// `snarkjs wtns calculate` computed, and failures must carry circom's message.

#include "zk/groth16.h"
#include "zk/verified_file.h"
#include "zk/witness_calculator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <stop_token>
#include <thread>

using bs::zk::WitnessCalculator;

namespace {

QString dataPath(const char* name)
{
    return QStringLiteral(BS_TEST_DATA_DIR "/zk/") + QString::fromUtf8(name);
}

QByteArray readData(const char* name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", name);
    return f.readAll();
}

WitnessCalculator load(const char* wasm)
{
    auto wc = WitnessCalculator::fromFile(dataPath(wasm));
    if (!wc)
        qFatal("cannot load %s: %s", wasm, wc.error().message.c_str());
    return std::move(*wc);
}

// The witness as snarkjs `wtns export json` writes it, minified: ["1","…",…].
QByteArray toJson(const bs::zk::Witness& w)
{
    QByteArray out = "[";
    for (size_t i = 0; i < w.values.size(); ++i) {
        if (i)
            out += ',';
        out += '"' + QByteArray::fromStdString(w.values[i].toDecimal()) + '"';
    }
    out += "]\n";
    return out;
}

QJsonObject obj(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestWitnessCalculator : public QObject
{
    Q_OBJECT

private slots:
    void signalHash()
    {
        // Values from spec/zk-formats.md 8.3 (computed with circom's JS fnvHash).
        QCOMPARE(bs::zk::circomSignalHash("a"), 0xaf63dc4c8601ec8cull);
        QCOMPARE(bs::zk::circomSignalHash("k"), 0xaf63e64c8601fd8aull);
        QCOMPARE(bs::zk::circomSignalHash("SenderPrivateKey"), 0x4814cd2c31923cc6ull);
        QCOMPARE(bs::zk::circomSignalHash("SenderPublicKey"), 0x5fb54172d2330d8cull);
        QCOMPARE(bs::zk::circomSignalHash("ValueToWithdraw"), 0x388d36ccee3eb6f5ull);
        QCOMPARE(bs::zk::circomSignalHash("AuditorPCT"), 0x6aaa5e593e33ed20ull);
    }

    void metadata()
    {
        auto wc = load("features.wasm");
        QCOMPARE(wc.circomVersion(), std::string("2.2.3"));
        QCOMPARE(wc.witnessSize(), 1578u); // circom's "wires: 1578"
        QCOMPARE(wc.inputSize(), 14u);     // x[2] k m[2][3] small[4] neg
    }

    // BabyJubJub, comparators, 1-D and 2-D arrays, hex / negative / >= p values, log().
    void featuresMatchSnarkjs()
    {
        auto wc = load("features.wasm");
        auto w = wc.calculate(readData("features.json"));
        QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
        QCOMPARE(w->values.size(), size_t(1578));
        QCOMPARE(w->values[0], bs::crypto::Fr::one());
        QCOMPARE(toJson(*w), readData("features.witness.json"));
        // snarkjs printed exactly these log lines.
        const QList<QByteArray> expected = readData("features.log.txt").trimmed().split('\n');
        QCOMPARE(w->log.size(), size_t(expected.size()));
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(QByteArray::fromStdString(w->log[size_t(i)]), expected[i]);
    }

    void benchCircuitMatchesSnarkjs()
    {
        auto wc = load("bench.wasm");
        auto w = wc.calculate(readData("bench.json"));
        QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
        QCOMPARE(w->values.size(), size_t(9990));
        const QByteArray hash =
            QCryptographicHash::hash(toJson(*w), QCryptographicHash::Sha256).toHex();
        QCOMPARE(hash, readData("bench.witness.sha256").trimmed());
    }

    void reusableAndEquivalentEncodings()
    {
        auto wc = load("checks.wasm");
        const QByteArray expected = readData("checks.witness.json");
        for (int round = 0; round < 3; ++round) {
            auto w = wc.calculate(readData("checks.json"));
            QVERIFY(w.ok());
            QCOMPARE(toJson(*w), expected);
        }
        // Same values written as hex, as p + 12 and as a quoted number.
        auto w = wc.calculate(obj(R"({"a": "0x3", "b": "4", "v": 5,
            "c": "21888242871839275222246405745257275088548364400416034343698204186575808495629"})"));
        QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
        QCOMPARE(toJson(*w), expected);
        // (-3)·(-4) = 12; a and b are witness wires, so compare the output only.
        auto neg = wc.calculate(obj(R"({"a": -3, "b": "-4", "c": 12, "v": 5})"));
        QVERIFY(neg.ok());
        QCOMPARE(neg->values[1], w->values[1]);
        QCOMPARE(neg->values[2], -bs::crypto::Fr::fromU64(3));
    }

    void constraintFailureHasCircomMessage()
    {
        auto wc = load("checks.wasm");
        auto w = wc.calculate(readData("checks_constraint.json"));
        QVERIFY(!w.ok());
        const std::string expected = "The circuit rejected the input: " +
                                     readData("checks_constraint.error.txt").toStdString();
        QCOMPARE(w.error().message, expected);
        // The instance is still usable after a failed run.
        auto ok = wc.calculate(readData("checks.json"));
        QVERIFY(ok.ok());
        QCOMPARE(toJson(*ok), readData("checks.witness.json"));
    }

    void assertFailureHasCircomMessage()
    {
        auto wc = load("checks.wasm");
        auto w = wc.calculate(readData("checks_assert.json"));
        QVERIFY(!w.ok());
        QCOMPARE(w.error().message, "The circuit rejected the input: " +
                                        readData("checks_assert.error.txt").toStdString());
    }

    void inputErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QByteArray(R"({"a":1,"b":1,"c":1,"v":1,"zz":1})")
                                 << "no input signal named \"zz\"";
        QTest::newRow("too many") << QByteArray(R"({"a":[1,2],"b":1,"c":1,"v":1})")
                                  << "\"a\" needs 1 values, the input has 2";
        QTest::newRow("too few") << QByteArray(R"({"a":[],"b":1,"c":1,"v":1})")
                                 << "\"a\" needs 1 values, the input has 0";
        QTest::newRow("missing") << QByteArray(R"({"a":3,"b":4,"c":12})")
                                 << "Not all inputs of the circuit are set: 3 of 4";
        QTest::newRow("junk") << QByteArray(R"({"a":"12a","b":1,"c":1,"v":1})") << "not an integer";
        QTest::newRow("empty") << QByteArray(R"({"a":"","b":1,"c":1,"v":1})") << "not an integer";
        QTest::newRow("bare 0x") << QByteArray(R"({"a":"0x","b":1,"c":1,"v":1})")
                                 << "not an integer";
        QTest::newRow("fraction") << QByteArray(R"({"a":1.5,"b":1,"c":1,"v":1})") << "below 2^53";
        QTest::newRow("big number")
            << QByteArray(R"({"a":1e30,"b":1,"c":1,"v":1})") << "below 2^53";
        QTest::newRow("bool") << QByteArray(R"({"a":true,"b":1,"c":1,"v":1})")
                              << "must be a number or a string";
        QTest::newRow("not json") << QByteArray("{\"a\":") << "not valid JSON";
        QTest::newRow("not object") << QByteArray("[1,2]") << "must be a JSON object";
    }

    void inputErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        auto wc = load("checks.wasm");
        auto w = wc.calculate(input);
        QVERIFY(!w.ok());
        QVERIFY2(QString::fromStdString(w.error().message).contains(message),
                 w.error().message.c_str());
    }

    void cloneAndThreads()
    {
        auto wc = load("features.wasm");
        const QByteArray input = readData("features.json");
        const QByteArray expected = readData("features.witness.json");
        auto c1 = wc.clone();
        auto c2 = wc.clone();
        QVERIFY(c1.ok() && c2.ok());
        QByteArray out1, out2;
        std::thread t1([&] {
            auto w = c1->calculate(input);
            if (w)
                out1 = toJson(*w);
        });
        std::thread t2([&] {
            auto w = c2->calculate(input);
            if (w)
                out2 = toJson(*w);
        });
        t1.join();
        t2.join();
        QCOMPARE(out1, expected);
        QCOMPARE(out2, expected);
    }

    void fuelLimit()
    {
        bs::zk::WitnessCalculatorOptions options;
        options.fuel = 1000; // far too little for the circuit
        auto wc = WitnessCalculator::fromFile(dataPath("features.wasm"), options);
        QVERIFY(wc.ok());
        auto w = wc->calculate(readData("features.json"));
        QVERIFY(!w.ok());
        QVERIFY2(QString::fromStdString(w.error().message).contains("fuel exhausted"),
                 w.error().message.c_str());
    }

    // Issue 16 point 11: the default budget is finite, and a withdraw-sized circuit (bench,
    // about 10k constraints) needs a small share of it.
    void defaultFuelIsFiniteWithAWideMargin()
    {
        const bs::zk::WitnessCalculatorOptions defaults;
        QVERIFY(defaults.fuel < ~uint64_t(0));
        auto wc = load("bench.wasm");
        // Loading has a budget of its own (2^24); the natives' self-check spends most of it.
        const uint64_t loadFuel = (uint64_t(1) << 24) - wc.instance().fuel();
        qInfo("bench circuit: loading took %llu units of fuel", (unsigned long long)loadFuel);
        QVERIFY(loadFuel * 100 < (uint64_t(1) << 24));
        auto w = wc.calculate(readData("bench.json"));
        QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
        qInfo("bench circuit: %llu units of fuel", (unsigned long long)wc.lastFuelUsed());
        QVERIFY(wc.lastFuelUsed() > 0);
        QVERIFY(wc.lastFuelUsed() * 1000 < defaults.fuel);
    }

    // A stop request ends a witness calculation promptly with its own message.
    void cancellation()
    {
        auto wc = load("bench.wasm");
        std::stop_source stop;
        stop.request_stop();
        auto w = wc.calculate(readData("bench.json"), stop.get_token());
        QVERIFY(!w.ok());
        QCOMPARE(QString::fromStdString(w.error().message),
                 QStringLiteral("The witness calculation was cancelled."));
        // The calculator stays usable.
        QVERIFY(wc.calculate(readData("bench.json")).ok());
    }

    // Issue 16 point 7: after a witness no input or wire value is left in the interpreter's
    // memory or value stack, and the wiped instance computes the same witness again.
    void wipesMemoryAfterEachWitness()
    {
        auto wc = load("features.wasm");
        const QByteArray expected = readData("features.witness.json");
        // Constants of the module itself (the prime, its data segments) are there from the
        // start; only what a run added counts.
        const auto freshCalculator = load("features.wasm");
        const auto fresh = freshCalculator.instance().memory();
        const QByteArray freshMemory(reinterpret_cast<const char*>(fresh.data()),
                                     qsizetype(fresh.size()));
        for (int run = 0; run < 2; ++run) {
            auto w = wc.calculate(readData("features.json"));
            QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
            QCOMPARE(toJson(*w), expected);

            const auto mem = wc.instance().memory();
            const QByteArray memory(reinterpret_cast<const char*>(mem.data()),
                                    qsizetype(mem.size()));
            int searched = 0;
            for (const bs::crypto::Fr& v : w->values) {
                for (const uint64_t limb : v.canonicalLimbs()) {
                    if (limb < (uint64_t(1) << 40))
                        continue; // small limbs occur anywhere by chance
                    ++searched;
                    const QByteArray pattern(reinterpret_cast<const char*>(&limb), 8);
                    if (freshMemory.contains(pattern))
                        continue;
                    QVERIFY2(!memory.contains(pattern),
                             qPrintable(QStringLiteral("a wire value is still in memory: ") +
                                        QString::fromStdString(v.toDecimal())));
                }
            }
            QVERIFY(searched > 1000);
            for (const uint64_t slot : wc.instance().usedValueStack())
                QCOMPARE(slot, uint64_t(0));
        }
    }

    // Issue 16 point 10: the bytes that are hashed are the bytes that are parsed. The hook
    // swaps the file after it was read and before it is hashed: the check still passes (the
    // read bytes are the good ones) and the circuit is the original, never the swapped one;
    // read again afterwards, the swapped file fails the check.
    void verifiedFileParsesTheBytesItHashed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("circuit.wasm"));
        const QByteArray good = readData("checks.wasm");
        const QByteArray other = readData("features.wasm");
        auto write = [&path](const QByteArray& bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(bytes), bytes.size());
        };
        write(good);
        const std::string hash =
            QCryptographicHash::hash(good, QCryptographicHash::Sha256).toHex().toStdString();

        int swaps = 0;
        bs::zk::test::setAfterReadHook([&](const QString& p) {
            QCOMPARE(p, path);
            write(other);
            ++swaps;
        });
        auto wc = WitnessCalculator::fromVerifiedFile(path, hash);
        bs::zk::test::setAfterReadHook({});
        QCOMPARE(swaps, 1);
        QVERIFY2(wc.ok(), wc.ok() ? "" : wc.error().message.c_str());
        QCOMPARE(wc->witnessSize(), load("checks.wasm").witnessSize());
        QVERIFY(wc->witnessSize() != load("features.wasm").witnessSize());
        QVERIFY(wc->calculate(readData("checks.json")).ok());

        auto swapped = WitnessCalculator::fromVerifiedFile(path, hash);
        QVERIFY(!swapped.ok());
        QVERIFY2(QString::fromStdString(swapped.error().message).contains("does not match"),
                 swapped.error().message.c_str());
        // Upper-case hashes are accepted; malformed ones are refused before reading.
        write(good);
        QVERIFY(WitnessCalculator::fromVerifiedFile(
                    path, QByteArray::fromStdString(hash).toUpper().toStdString())
                    .ok());
        QVERIFY(!WitnessCalculator::fromVerifiedFile(path, "abc").ok());
        QVERIFY(!bs::zk::Groth16Prover::loadVerified(path, std::string(64, '0')).ok());
    }

    void rejectsNonCircomModules()
    {
        auto missing = WitnessCalculator::fromFile(dataPath("does-not-exist.wasm"));
        QVERIFY(!missing.ok());
        QVERIFY(QString::fromStdString(missing.error().message).contains("Cannot read"));

        const uint8_t empty[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
        auto e = WitnessCalculator::fromBytes(empty);
        QVERIFY(!e.ok());
        QVERIFY(QString::fromStdString(e.error().message).contains("not a circom 2"));

        const QByteArray json = readData("features.json");
        auto junk = WitnessCalculator::fromBytes(std::span<const uint8_t>(
            reinterpret_cast<const uint8_t*>(json.constData()), size_t(json.size())));
        QVERIFY(!junk.ok());
        QVERIFY(QString::fromStdString(junk.error().message).contains("bad magic"));
    }
};

QTEST_GUILESS_MAIN(TestWitnessCalculator)
#include "tst_witness_calculator.moc"
