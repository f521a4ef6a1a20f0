// SPDX-License-Identifier: GPL-3.0-or-later
// WebAssembly decoding and validation: real circom output decodes with the expected shape
// (numbers from circom's and wasm-objdump-style inspection of the files, see
// tests/data/zk/README.md), and malformed modules are rejected with an error, never a crash
// (truncations, bit flips, bad magic, bad sizes, out-of-range indices, type errors).

#include "zk/wasm_module.h"

#include <QFile>
#include <QtTest>

#include <random>

using namespace bs::zk::wasm;
using Bytes = std::vector<uint8_t>;

namespace {

Bytes readData(const char* name)
{
    QFile f(QStringLiteral(BS_TEST_DATA_DIR "/zk/") + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", name);
    const QByteArray b = f.readAll();
    return Bytes(b.begin(), b.end());
}

const Bytes kHeader = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};

Bytes cat(std::initializer_list<Bytes> parts)
{
    Bytes out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

Bytes section(uint8_t id, const Bytes& content)
{
    // Contents in these tests are short: one-byte LEB sizes.
    return cat({Bytes{id, uint8_t(content.size())}, content});
}

// type 0: (i32) -> i32; one function of that type whose body (without locals) is `body`.
Bytes oneFunction(const Bytes& body, const Bytes& localGroups = {0x00})
{
    const Bytes code = cat({localGroups, body});
    return cat({kHeader, section(1, {0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f}), section(3, {0x01, 0x00}),
                section(10, cat({Bytes{0x01, uint8_t(code.size())}, code}))});
}

QString decodeError(const Bytes& bytes)
{
    auto m = Module::decode(bytes);
    return m ? QString() : QString::fromStdString(m.error().message);
}

} // namespace

class TestWasmModule : public QObject
{
    Q_OBJECT

private slots:
    void decodesCircomOutput()
    {
        const Bytes bytes = readData("features.wasm");
        auto m = Module::decode(bytes);
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().message.c_str());
        const Module& mod = **m;
        // The circom 2.2.3 host interface (spec/zk-formats.md 8.1).
        QCOMPARE(mod.imports().size(), size_t(4));
        for (const Import& imp : mod.imports())
            QCOMPARE(imp.module, std::string("runtime"));
        QCOMPARE(mod.imports()[0].name, std::string("exceptionHandler"));
        for (const char* name : {"getVersion", "init", "setInputSignal", "getInputSignalSize",
                                 "getWitness", "getWitnessSize", "getRawPrime",
                                 "readSharedRWMemory", "writeSharedRWMemory", "getMessageChar"})
            QVERIFY2(mod.exportedFunction(name).has_value(), name);
        QVERIFY(mod.findExport("memory") && mod.findExport("memory")->kind == ExternKind::Memory);
        QVERIFY(mod.memory().has_value());
        QVERIFY(!mod.memory()->max.has_value());
        QVERIFY(mod.table().has_value());
        QVERIFY(!mod.exportedFunction("memory").has_value()); // not a function
        QVERIFY(!mod.exportedFunction("nope").has_value());
    }

    void acceptsMinimalModules()
    {
        QVERIFY(Module::decode(kHeader).ok());
        // Custom sections may appear anywhere and are skipped.
        QVERIFY(Module::decode(cat({kHeader, section(0, {0x01, 'x', 1, 2, 3})})).ok());
        // (i32) -> i32: local.get 0, end
        QVERIFY(Module::decode(oneFunction({0x20, 0x00, 0x0b})).ok());
    }

    void rejectsMalformedModules_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const Bytes& b, const char* msg) {
            QTest::newRow(name) << QByteArray(reinterpret_cast<const char*>(b.data()),
                                              qsizetype(b.size()))
                                << QString::fromUtf8(msg);
        };
        row("empty", {}, "bad magic");
        row("short header", {0x00, 0x61, 0x73}, "bad magic");
        row("bad magic", {0x00, 0x61, 0x73, 0x6e, 1, 0, 0, 0}, "bad magic");
        row("version 2", {0x00, 0x61, 0x73, 0x6d, 2, 0, 0, 0}, "unsupported WebAssembly version");
        row("section past end", cat({kHeader, Bytes{1, 10, 0}}), "runs past the end");
        row("truncated size", cat({kHeader, Bytes{1, 0x80}}), "section size");
        row("overlong leb", cat({kHeader, Bytes{1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}}),
            "section size");
        row("unknown section", cat({kHeader, section(13, {})}), "unknown or unsupported section");
        row("out of order", cat({kHeader, section(3, {0x00}), section(1, {0x00})}), "out of order");
        row("trailing bytes", cat({kHeader, section(1, {0x00, 0x00})}), "trailing bytes");
        row("huge count", cat({kHeader, section(1, {0xff, 0xff, 0xff, 0xff, 0x0f})}),
            "exceeds the section size");
        row("bad type form", cat({kHeader, section(1, {0x01, 0x61, 0x00, 0x00})}),
            "expected a function type");
        row("float type", cat({kHeader, section(1, {0x01, 0x60, 0x01, 0x7d, 0x00})}),
            "floating-point");
        row("two results", cat({kHeader, section(1, {0x01, 0x60, 0x00, 0x02, 0x7f, 0x7f})}),
            "more than one result");
        row("type index out of range",
            cat({kHeader, section(1, {0x01, 0x60, 0x00, 0x00}), section(3, {0x01, 0x05})}),
            "function type index out of range");
        row("missing code",
            cat({kHeader, section(1, {0x01, 0x60, 0x00, 0x00}), section(3, {0x01, 0x00})}),
            "code section lacks");
        row("import kind",
            cat({kHeader, section(2, {0x01, 0x01, 'a', 0x01, 'b', 0x02, 0x00, 0x01})}),
            "only function imports");
        row("bad utf8 name", cat({kHeader, section(0, {0x01, 0xff})}), "UTF-8");
        row("memory too big", cat({kHeader, section(5, {0x01, 0x00, 0x81, 0x80, 0x04})}),
            "exceeds the supported limit");
        row("memory max below min", cat({kHeader, section(5, {0x01, 0x01, 0x02, 0x01})}),
            "below its minimum");
        row("two memories", cat({kHeader, section(5, {0x02, 0x00, 0x01, 0x00, 0x01})}),
            "at most one memory");
        row("export out of range", cat({kHeader, section(7, {0x01, 0x01, 'f', 0x00, 0x00})}),
            "exported function index out of range");
        row("duplicate export",
            cat({kHeader, section(5, {0x01, 0x00, 0x01}),
                 section(7, {0x02, 0x01, 'm', 0x02, 0x00, 0x01, 'm', 0x02, 0x00})}),
            "duplicate export");
        row("data without memory",
            cat({kHeader, section(11, {0x01, 0x00, 0x41, 0x00, 0x0b, 0x00})}), "without a memory");
        row("local out of range", oneFunction({0x20, 0x01, 0x0b}), "local index out of range");
        row("call out of range", oneFunction({0x10, 0x07, 0x0b}), "function index out of range");
        row("branch too deep", oneFunction({0x20, 0x00, 0x0c, 0x01, 0x0b}), "branch depth");
        row("stack underflow", oneFunction({0x6a, 0x0b}), "underflow");
        row("type mismatch", oneFunction({0x42, 0x01, 0x0b}), "type mismatch");
        row("missing result", oneFunction({0x0b}), "underflow");
        row("extra value", oneFunction({0x20, 0x00, 0x20, 0x00, 0x0b}), "height mismatch");
        row("float op", oneFunction({0x20, 0x00, 0xb2, 0x0b}), "unsupported instruction");
        row("simd prefix", oneFunction({0xfd, 0x00, 0x0b}), "unsupported instruction");
        row("else without if", oneFunction({0x05, 0x0b}), "else without");
        row("if result without else", oneFunction({0x20, 0x00, 0x04, 0x7f, 0x41, 0x01, 0x0b, 0x0b}),
            "needs an else");
        row("unterminated body", oneFunction({0x20, 0x00}), "truncated");
        row("bytes after end", oneFunction({0x20, 0x00, 0x0b, 0x01}), "after the end");
        row("memory op without memory", oneFunction({0x20, 0x00, 0x28, 0x02, 0x00, 0x0b}),
            "without a memory");
        row("too many locals",
            oneFunction({0x20, 0x00, 0x0b}, {0x01, 0xff, 0xff, 0xff, 0x0f, 0x7f}),
            "too many locals");
        row("bad block type", oneFunction({0x02, 0x05, 0x0b, 0x20, 0x00, 0x0b}), "block type");
        row("i32.const too long", oneFunction({0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0b}),
            "i32 constant");
    }

    void rejectsMalformedModules()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString err = decodeError(Bytes(bytes.begin(), bytes.end()));
        QVERIFY2(!err.isEmpty(), "decoded");
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(err.startsWith("Invalid WebAssembly module at byte "));
    }

    // Every prefix of a real module fails cleanly (the full module is the only valid one).
    void truncationsFailCleanly()
    {
        const Bytes full = readData("checks.wasm");
        for (size_t n = 0; n < full.size(); n += (n < 4096 ? 1 : 97)) {
            const Bytes prefix(full.begin(), full.begin() + std::ptrdiff_t(n));
            auto m = Module::decode(prefix);
            // A prefix that ends exactly at a section boundary is a valid (smaller) module
            // unless it declares functions whose code is missing; either way no crash.
            if (m.ok())
                QVERIFY(n >= 8);
        }
        QVERIFY(Module::decode(full).ok());
    }

    // Random byte corruptions: decode must return (ok or error), never crash or hang.
    void corruptionsFailCleanly()
    {
        const Bytes full = readData("checks.wasm");
        std::mt19937 rng(12345);
        int rejected = 0;
        for (int i = 0; i < 400; ++i) {
            Bytes b = full;
            const int flips = 1 + int(rng() % 4);
            for (int k = 0; k < flips; ++k)
                b[rng() % b.size()] ^= uint8_t(1u << (rng() % 8));
            if (!Module::decode(b).ok())
                ++rejected;
        }
        QVERIFY(rejected > 0);
    }

    void moduleSizeLimit()
    {
        DecodeLimits limits;
        limits.maxModuleBytes = 4;
        auto m = Module::decode(kHeader, limits);
        QVERIFY(!m.ok());
        QVERIFY(QString::fromStdString(m.error().message).contains("larger than the allowed"));
    }
};

QTEST_APPLESS_MAIN(TestWasmModule)
#include "tst_wasm_module.moc"
