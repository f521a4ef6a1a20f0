// SPDX-License-Identifier: GPL-3.0-or-later
// The native replacements of circom's field helpers (zk/circom_natives.h) against the
// helpers' own WebAssembly bodies: helper by helper on random and edge-case operands, comparing
// results and memory, and circuit by circuit, comparing whole witnesses computed with and
// without natives (the committed test circuits always; the devnet's withdraw, transfer and
// registration circuits when their artifacts are on disk, see devnetArtifacts()).

#include "zk/circom_natives.h"
#include "zk/wasm_interpreter.h"
#include "zk/witness_calculator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <array>
#include <cstring>

using namespace bs::zk;

namespace {

QString dataPath(const QString& name)
{
    return QStringLiteral(BS_TEST_DATA_DIR "/") + name;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The devnet's built circuits: BS_DEVNET_ARTIFACTS, or devnet/state/artifacts of this tree.
QString devnetArtifacts()
{
    const QString env = qEnvironmentVariable("BS_DEVNET_ARTIFACTS");
    return env.isEmpty() ? QStringLiteral(BS_TEST_DATA_DIR "/../../devnet/state/artifacts") : env;
}

// An instance of a circom module with hosts that only fail (the helpers never call them).
std::unique_ptr<wasm::Instance> instantiate(const QByteArray& bytes)
{
    auto module = wasm::Module::decode(std::span<const uint8_t>(
        reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())));
    if (!module)
        qFatal("decode: %s", module.error().message.c_str());
    std::vector<wasm::HostImport> hosts;
    const wasm::HostFunction refuse = [](wasm::Instance&, std::span<const uint64_t>,
                                         uint64_t*) -> bs::Result<void> {
        return bs::fail("host called");
    };
    using wasm::ValType;
    hosts.push_back({"runtime", "exceptionHandler", {{ValType::I32}, {}}, refuse});
    for (const char* name : {"printErrorMessage", "writeBufferMessage", "showSharedRWMemory"})
        hosts.push_back({"runtime", name, {{}, {}}, refuse});
    auto inst = wasm::Instance::instantiate(*module, hosts);
    if (!inst)
        qFatal("instantiate: %s", inst.error().message.c_str());
    return std::move(*inst);
}

std::optional<uint32_t> functionNamed(const wasm::Module& m, std::string_view name)
{
    for (uint32_t f = 0; f < m.numFunctions(); ++f) {
        if (m.functionName(f) == name)
            return f;
    }
    return std::nullopt;
}

constexpr std::array<uint64_t, 4> kP = {0x43e1f593f0000001ull, 0x2833e84879b97091ull,
                                        0xb85045b68181585dull, 0x30644e72e131a029ull};

// 40 bytes of operand: random, reduced, edge values and small numbers, chosen at random.
void randomOperand(QRandomGenerator& rng, uint8_t* dst)
{
    std::array<uint64_t, 5> w;
    for (auto& x : w)
        x = rng.generate64();
    switch (rng.bounded(10)) {
    case 0:
    case 1:
    case 2:
        break;
    case 3:
    case 4:
    case 5:
        w[3] &= 0x1fffffffffffffffull; // mostly below p
        break;
    case 6:
        std::copy(kP.begin(), kP.end(), w.begin());
        w[0] -= rng.bounded(3); // p, p - 1, p - 2
        break;
    case 7:
        w[0] = w[1] = w[2] = w[3] = rng.bounded(2) ? ~0ull : 0;
        break;
    case 8:
        w[1] = w[2] = w[3] = 0;
        w[0] &= 0xffff;
        break;
    case 9: { // a multiple of p (k p < 2^256 for k <= 5)
        const uint64_t k = rng.bounded(6);
        __extension__ typedef unsigned __int128 u128;
        u128 carry = 0;
        for (int i = 0; i < 4; ++i) {
            carry += u128(kP[i]) * k;
            w[i] = uint64_t(carry);
            carry >>= 64;
        }
        break;
    }
    }
    std::memcpy(dst, w.data(), 40);
}

// Helpers' private scratch buffers and constants live below circom's shared buffer (1992 in
// every module seen); natives do not reproduce the scratch contents, which the helpers always
// write before they read them. Everything from here on must be identical.
constexpr size_t kPrivateEnd = 1992;

} // namespace

class TestCircomNatives : public QObject
{
    Q_OBJECT

private slots:
    void namesSectionIsRead()
    {
        auto inst = instantiate(readFile(dataPath("zk/bench.wasm")));
        const wasm::Module& m = inst->module();
        QVERIFY(functionNamed(m, "Fr_F1m_mul").has_value());
        QVERIFY(m.functionName(m.numFunctions()).empty()); // out of range
        QVERIFY(m.functionName(0) == "exceptionHandler");
    }

    void selfCheckInstallsEveryHelper_data()
    {
        QTest::addColumn<QString>("wasm");
        QTest::newRow("bench") << dataPath("zk/bench.wasm");
        QTest::newRow("features") << dataPath("zk/features.wasm");
        QTest::newRow("checks") << dataPath("zk/checks.wasm");
    }

    void selfCheckInstallsEveryHelper()
    {
        QFETCH(QString, wasm);
        auto inst = instantiate(readFile(wasm));
        const CircomNativesReport report = installCircomNatives(*inst);
        std::string rejected;
        for (const auto& name : report.rejected)
            rejected += name + " ";
        QVERIFY2(report.rejected.empty(), rejected.c_str());
        QCOMPARE(report.installed.size(), circomNatives().size());
    }

    // A module whose helper has a circom name but does something else keeps its body.
    void selfCheckRejectsImpostor()
    {
        // (module (memory 1) (func $Fr_int_zero (param i32))) with that name in "name"
        const QByteArray bytes =
            QByteArray::fromHex("0061736d01000000" // header
                                "01050160017f00"
                                "03020100"
                                "0503010001"
                                "0a040102000b" // type, func, memory, code
                                "0015046e616d65010e01000b46725f696e745f7a65726f"); // name section
        auto module = wasm::Module::decode(std::span<const uint8_t>(
            reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())));
        QVERIFY2(module.ok(), module ? "" : module.error().message.c_str());
        QVERIFY((*module)->functionName(0) == "Fr_int_zero");
        auto inst = wasm::Instance::instantiate(*module, {});
        QVERIFY(inst.ok());
        const CircomNativesReport report = installCircomNatives(**inst);
        QVERIFY(report.installed.empty());
        QVERIFY(report.rejected == std::vector<std::string>{"Fr_int_zero"});
        QVERIFY((*inst)->native(0) == nullptr);
    }

    // Helper by helper: body and native on the same random operands (aliased ones too), in two
    // instances; same result, same memory from the shared buffer on.
    void nativesMatchBodies()
    {
        const QByteArray bytes = readFile(dataPath("zk/bench.wasm"));
        auto body = instantiate(bytes);
        auto native = instantiate(bytes);
        QRandomGenerator rng(20261129);
        const wasm::Module& m = body->module();
        for (const CircomNative& n : circomNatives()) {
            const auto f = functionNamed(m, n.name);
            QVERIFY2(f.has_value(), n.name);
            QVERIFY(native->setNative(*f, n.function));
            const bool inverse = std::string_view(n.name) == "Fr_int_inverseMod";
            const bool copyn = std::string_view(n.name) == "Fr_copyn";
            for (int v = 0; v < (inverse ? 400 : 3000); ++v) {
                auto memA = body->memory();
                const uint64_t base = memA.size() - 4096;
                std::vector<uint8_t> window(512);
                for (auto& b : window)
                    b = uint8_t(rng.generate());
                for (int k = 0; k < 3; ++k)
                    randomOperand(rng, window.data() + 128 * k);
                if (inverse && rng.bounded(4) != 0)
                    std::memcpy(window.data() + 128, kP.data(), 32);
                std::vector<uint64_t> args;
                for (size_t i = 0; i < n.type.params.size(); ++i)
                    args.push_back(base + 128 * i);
                if (args.size() >= 2 && rng.bounded(3) == 0)
                    args.back() = args[rng.bounded(uint32_t(args.size() - 1))];
                if (copyn)
                    args.back() = rng.bounded(4);
                std::memcpy(memA.data() + base, window.data(), window.size());
                std::memcpy(native->memory().data() + base, window.data(), window.size());

                const auto a = body->call(*f, args);
                const auto b = native->call(*f, args);
                QVERIFY2(a.ok() && b.ok(), n.name);
                if (*a != *b || body->memory().size() != native->memory().size() ||
                    std::memcmp(body->memory().data() + kPrivateEnd,
                                native->memory().data() + kPrivateEnd,
                                body->memory().size() - kPrivateEnd) != 0)
                    QFAIL(qPrintable(QStringLiteral("%1 differs on vector %2")
                                         .arg(QString::fromUtf8(n.name))
                                         .arg(v)));
            }
        }
    }

    // Out-of-bounds operands trap in the native as in the body.
    void nativesTrapOutOfBounds()
    {
        auto inst = instantiate(readFile(dataPath("zk/bench.wasm")));
        installCircomNatives(*inst);
        const wasm::Module& m = inst->module();
        const uint64_t end = inst->memory().size();
        for (const CircomNative& n : circomNatives()) {
            const auto f = functionNamed(m, n.name);
            QVERIFY(inst->native(*f) == n.function);
            // The element helpers read the 8-byte header first and the value only for long
            // elements: their operand must start beyond the end to trap whatever it holds.
            const std::string_view name = n.name;
            const bool element = name == "Fr_toNormal" || name == "Fr_isNegative" ||
                                 name == "Fr_getLsb32" || name == "Fr_add" || name == "Fr_sub" ||
                                 name == "Fr_mul" || name == "Fr_isTrue" || name == "Fr_toInt";
            std::vector<uint64_t> args(n.type.params.size(), element ? end - 4 : end - 16);
            if (std::string_view(n.name) == "Fr_copyn")
                args.back() = 2;
            const auto r = inst->call(*f, args);
            QVERIFY2(!r.ok(), n.name);
            QVERIFY(r.error().message.find("out of bounds") != std::string::npos);
        }
    }

    void witnessesEqualInterpreted_data()
    {
        QTest::addColumn<QString>("wasm");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("bench") << dataPath("zk/bench.wasm") << readFile(dataPath("zk/bench.json"));
        QTest::newRow("features") << dataPath("zk/features.wasm")
                                  << readFile(dataPath("zk/features.json"));
        const QJsonArray steps =
            QJsonDocument::fromJson(readFile(dataPath("circuit-inputs.json")))["steps"].toArray();
        for (const char* circuit : {"withdraw", "transfer", "registration"}) {
            const QString wasm =
                devnetArtifacts() + "/" + circuit + "/" + circuit + QStringLiteral(".wasm");
            for (const auto& value : steps) {
                const QJsonObject step = value.toObject();
                if (step.value(QLatin1String("circuit")).toString() == QLatin1String(circuit) &&
                    QFile::exists(wasm)) {
                    const QJsonObject input = step.value(QLatin1String("witnessInput")).toObject();
                    QTest::newRow(circuit)
                        << wasm << QJsonDocument(input).toJson(QJsonDocument::Compact);
                }
            }
        }
    }

    void witnessesEqualInterpreted()
    {
        QFETCH(QString, wasm);
        QFETCH(QByteArray, input);
        WitnessCalculatorOptions interpreted;
        interpreted.nativeFieldHelpers = false;
        auto slow = WitnessCalculator::fromFile(wasm, interpreted);
        auto fast = WitnessCalculator::fromFile(wasm);
        QVERIFY(slow.ok() && fast.ok());
        QVERIFY(slow->nativeHelpers().empty());
        QCOMPARE(fast->nativeHelpers().size(), circomNatives().size());
        const auto a = slow->calculate(input);
        const auto b = fast->calculate(input);
        QVERIFY2(a.ok(), a ? "" : a.error().message.c_str());
        QVERIFY2(b.ok(), b ? "" : b.error().message.c_str());
        QCOMPARE(a->values.size(), b->values.size());
        QVERIFY(a->values == b->values);
        QCOMPARE(a->log, b->log);
    }
};

QTEST_GUILESS_MAIN(TestCircomNatives)
#include "tst_circom_natives.moc"
