// SPDX-License-Identifier: GPL-3.0-or-later
// `bshield zk witness|prove` end to end on the small snarkjs fixture: the witness must
// satisfy the r1cs (`snarkjs wtns check`) and the proof must verify (`snarkjs groth16
// verify`), both checked by snarkjs itself.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliZk : public QObject
{
    Q_OBJECT

private:
    QString m_fixture;
    QString m_snarkjs;
    QTemporaryDir m_tmp;

    static int run(const QString& program, const QStringList& args, QByteArray* out = nullptr)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(300000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString fx(const char* name) const { return m_fixture + QLatin1Char('/') + QLatin1String(name); }

private slots:
    void initTestCase()
    {
        const QString root = qEnvironmentVariable("BS_ZK_FIXTURE_DIR");
        if (root.isEmpty())
            QSKIP("BS_ZK_FIXTURE_DIR is not set (the zk_fixture_small CTest fixture sets it)");
        m_fixture = root + QStringLiteral("/small");
        m_snarkjs = root + QStringLiteral("/snarkjs");
        QVERIFY(QFile::exists(fx("circuit.zkey")));
        QVERIFY(m_tmp.isValid());
    }

    void witnessSatisfiesR1cs()
    {
        const QString wtns = m_tmp.filePath(QStringLiteral("w.wtns"));
        QByteArray out;
        QCOMPARE(run(QStringLiteral(BS_BSHIELD_EXE),
                     {QStringLiteral("zk"), QStringLiteral("witness"), QStringLiteral("--wasm"),
                      fx("circuit_js/circuit.wasm"), QStringLiteral("--input"), fx("input.json"),
                      QStringLiteral("--out"), wtns},
                     &out),
                 0);
        QCOMPARE(run(m_snarkjs, {QStringLiteral("wtns"), QStringLiteral("check"),
                                 fx("circuit.r1cs"), wtns},
                     &out),
                 0);
        QVERIFY2(out.contains("WITNESS IS CORRECT"), out.constData());
    }

    void proofVerifiesWithSnarkjs()
    {
        const QString proof = m_tmp.filePath(QStringLiteral("proof.json"));
        const QString pub = m_tmp.filePath(QStringLiteral("public.json"));
        QByteArray out;
        QCOMPARE(run(QStringLiteral(BS_BSHIELD_EXE),
                     {QStringLiteral("--json"), QStringLiteral("zk"), QStringLiteral("prove"),
                      QStringLiteral("--wasm"), fx("circuit_js/circuit.wasm"),
                      QStringLiteral("--zkey"), fx("circuit.zkey"), QStringLiteral("--input"),
                      fx("input.json"), QStringLiteral("--proof"), proof,
                      QStringLiteral("--public"), pub, QStringLiteral("--calldata")},
                     &out),
                 0);
        QVERIFY2(out.contains("\"calldata\":[[\"0x"), out.constData());
        // Same public signals as snarkjs computed for this input.
        QFile ours(pub), theirs(fx("public.json"));
        QVERIFY(ours.open(QIODevice::ReadOnly) && theirs.open(QIODevice::ReadOnly));
        QCOMPARE(ours.readAll(), theirs.readAll());
        QCOMPARE(run(m_snarkjs, {QStringLiteral("groth16"), QStringLiteral("verify"),
                                 fx("verification_key.json"), pub, proof},
                     &out),
                 0);
        QVERIFY2(out.contains("OK"), out.constData());
    }

    void badInputFailsCleanly()
    {
        const QString input = m_tmp.filePath(QStringLiteral("bad.json"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"nosuchsignal": "1"})");
        f.close();
        QByteArray out;
        QCOMPARE(run(QStringLiteral(BS_BSHIELD_EXE),
                     {QStringLiteral("zk"), QStringLiteral("witness"), QStringLiteral("--wasm"),
                      fx("circuit_js/circuit.wasm"), QStringLiteral("--input"), input,
                      QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x.wtns"))},
                     &out),
                 1);
        QVERIFY2(out.startsWith("bshield: "), out.constData());
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("x.wtns"))));
    }

    void missingOptionIsUsageError()
    {
        QCOMPARE(run(QStringLiteral(BS_BSHIELD_EXE),
                     {QStringLiteral("zk"), QStringLiteral("prove"), QStringLiteral("--wasm"),
                      fx("circuit_js/circuit.wasm")}),
                 2);
        QCOMPARE(run(QStringLiteral(BS_BSHIELD_EXE), {QStringLiteral("zk"), QStringLiteral("frobnicate")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliZk)
#include "tst_cli_zk.moc"
