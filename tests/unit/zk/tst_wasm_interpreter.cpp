// SPDX-License-Identifier: GPL-3.0-or-later
// The WebAssembly interpreter on hand-assembled modules: integer semantics against the
// WebAssembly 1.0 specification (expected values written from the spec's definitions and its
// test suite's edge cases, not computed by our code), control flow, memory, calls, host
// imports and every trap.

#include "zk/wasm_interpreter.h"

#include <QtTest>

#include <chrono>
#include <cstdint>
#include <limits>
#include <stop_token>
#include <thread>
#include <vector>

using namespace bs::zk::wasm;
using Bytes = std::vector<uint8_t>;

namespace {

// ---- a tiny assembler for test modules ----
Bytes leb(uint64_t v)
{
    Bytes out;
    do {
        uint8_t b = v & 0x7f;
        v >>= 7;
        out.push_back(uint8_t(b | (v ? 0x80 : 0)));
    } while (v);
    return out;
}

Bytes sleb(int64_t v)
{
    Bytes out;
    for (;;) {
        const uint8_t b = uint8_t(v & 0x7f);
        v >>= 7; // arithmetic shift
        const bool done = (v == 0 && !(b & 0x40)) || (v == -1 && (b & 0x40));
        out.push_back(uint8_t(b | (done ? 0 : 0x80)));
        if (done)
            return out;
    }
}

Bytes cat(std::initializer_list<Bytes> parts)
{
    Bytes out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

Bytes vec(const std::vector<Bytes>& items)
{
    Bytes out = leb(items.size());
    for (const auto& i : items)
        out.insert(out.end(), i.begin(), i.end());
    return out;
}

Bytes str(const std::string& s)
{
    return cat({leb(s.size()), Bytes(s.begin(), s.end())});
}

Bytes section(uint8_t id, const Bytes& content)
{
    return cat({Bytes{id}, leb(content.size()), content});
}

constexpr uint8_t I32 = 0x7f, I64 = 0x7e;

struct Func
{
    uint32_t type;
    Bytes locals; // already encoded local groups, e.g. vec({{1, I64}})
    Bytes body;   // without the final end
};

struct Spec
{
    std::vector<std::pair<Bytes, Bytes>> types; // params, results
    std::vector<std::tuple<std::string, std::string, uint32_t>> imports;
    std::vector<Func> funcs;
    std::optional<std::pair<uint32_t, std::optional<uint32_t>>> memory;
    std::optional<uint32_t> table;
    std::vector<std::pair<uint8_t, Bytes>> globals; // type, init expr (without end)
    std::vector<std::pair<std::string, uint32_t>> exports;
    std::vector<std::pair<uint32_t, std::vector<uint32_t>>> elems;
    std::vector<std::pair<uint32_t, Bytes>> data;
};

Bytes noLocals()
{
    return leb(0);
}

Bytes locals(std::initializer_list<std::pair<uint32_t, uint8_t>> groups)
{
    std::vector<Bytes> g;
    for (auto [n, t] : groups)
        g.push_back(cat({leb(n), Bytes{t}}));
    return vec(g);
}

Bytes assemble(const Spec& s)
{
    Bytes m{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
    std::vector<Bytes> types;
    for (const auto& [p, r] : s.types)
        types.push_back(cat({Bytes{0x60}, leb(p.size()), p, leb(r.size()), r}));
    m = cat({m, section(1, vec(types))});
    if (!s.imports.empty()) {
        std::vector<Bytes> imps;
        for (const auto& [mod, name, t] : s.imports)
            imps.push_back(cat({str(mod), str(name), Bytes{0}, leb(t)}));
        m = cat({m, section(2, vec(imps))});
    }
    std::vector<Bytes> fidx;
    for (const auto& f : s.funcs)
        fidx.push_back(leb(f.type));
    m = cat({m, section(3, vec(fidx))});
    if (s.table)
        m = cat({m, section(4, vec({cat({Bytes{0x70, 0x00}, leb(*s.table)})}))});
    if (s.memory) {
        const auto& [min, max] = *s.memory;
        m = cat({m, section(5, vec({max ? cat({Bytes{1}, leb(min), leb(*max)})
                                        : cat({Bytes{0}, leb(min)})}))});
    }
    if (!s.globals.empty()) {
        std::vector<Bytes> gs;
        for (const auto& [t, init] : s.globals)
            gs.push_back(cat({Bytes{t, 1}, init, Bytes{0x0b}}));
        m = cat({m, section(6, vec(gs))});
    }
    if (!s.exports.empty()) {
        std::vector<Bytes> es;
        for (const auto& [name, idx] : s.exports)
            es.push_back(cat({str(name), Bytes{0}, leb(idx)}));
        m = cat({m, section(7, vec(es))});
    }
    if (!s.elems.empty()) {
        std::vector<Bytes> es;
        for (const auto& [off, fs] : s.elems) {
            std::vector<Bytes> idx;
            for (uint32_t f : fs)
                idx.push_back(leb(f));
            es.push_back(cat({Bytes{0, 0x41}, sleb(off), Bytes{0x0b}, vec(idx)}));
        }
        m = cat({m, section(9, vec(es))});
    }
    std::vector<Bytes> bodies;
    for (const auto& f : s.funcs) {
        const Bytes b = cat({f.locals, f.body, Bytes{0x0b}});
        bodies.push_back(cat({leb(b.size()), b}));
    }
    m = cat({m, section(10, vec(bodies))});
    if (!s.data.empty()) {
        std::vector<Bytes> ds;
        for (const auto& [off, bytes] : s.data)
            ds.push_back(cat({Bytes{0, 0x41}, sleb(off), Bytes{0x0b}, leb(bytes.size()), bytes}));
        m = cat({m, section(11, vec(ds))});
    }
    return m;
}

std::unique_ptr<Instance>
instantiate(const Spec& s, std::vector<HostImport> hosts = {}, InstanceLimits limits = {})
{
    const Bytes bytes = assemble(s);
    auto mod = Module::decode(bytes);
    if (!mod)
        qFatal("test module does not decode: %s", mod.error().message.c_str());
    auto inst = Instance::instantiate(*mod, std::move(hosts), limits);
    if (!inst)
        qFatal("test module does not instantiate: %s", inst.error().message.c_str());
    return std::move(*inst);
}

// A module exporting "f": (a, b) -> op(a, b) for one binary instruction.
std::unique_ptr<Instance> binary(uint8_t type, uint8_t resultType, uint8_t opcode)
{
    Spec s;
    s.types = {{Bytes{type, type}, Bytes{resultType}}};
    s.funcs = {{0, noLocals(), Bytes{0x20, 0, 0x20, 1, opcode}}};
    s.exports = {{"f", 0}};
    return instantiate(s);
}

std::unique_ptr<Instance> unary(uint8_t type, uint8_t resultType, uint8_t opcode)
{
    Spec s;
    s.types = {{Bytes{type}, Bytes{resultType}}};
    s.funcs = {{0, noLocals(), Bytes{0x20, 0, opcode}}};
    s.exports = {{"f", 0}};
    return instantiate(s);
}

uint64_t run(Instance& inst, std::initializer_list<uint64_t> args)
{
    auto r = inst.call("f", std::span<const uint64_t>(args.begin(), args.size()));
    if (!r)
        qFatal("unexpected trap: %s", r.error().message.c_str());
    return *r;
}

QString trapOf(Instance& inst, std::initializer_list<uint64_t> args)
{
    auto r = inst.call("f", std::span<const uint64_t>(args.begin(), args.size()));
    return r ? QString() : QString::fromStdString(r.error().message);
}

uint64_t u32(int64_t v)
{
    return uint32_t(v);
}

} // namespace

class TestWasmInterpreter : public QObject
{
    Q_OBJECT

private slots:
    void i32Arithmetic_data()
    {
        QTest::addColumn<int>("opcode");
        QTest::addColumn<quint64>("a");
        QTest::addColumn<quint64>("b");
        QTest::addColumn<quint64>("expected");
        auto row = [](const char* name, int op, int64_t a, int64_t b, int64_t r) {
            QTest::newRow(name) << op << quint64(u32(a)) << quint64(u32(b)) << quint64(u32(r));
        };
        row("add wraps", 0x6a, 0x7fffffff, 1, INT32_MIN);
        row("sub wraps", 0x6b, INT32_MIN, 1, 0x7fffffff);
        row("mul wraps", 0x6c, 0x10000, 0x10000, 0);
        row("mul", 0x6c, 0x12345678, 0x9abcdef, int32_t(0x12345678u * 0x9abcdefu));
        row("div_s rounds to zero", 0x6d, -7, 2, -3);
        row("div_u", 0x6e, -1, 2, 0x7fffffff);
        row("rem_s sign of dividend", 0x6f, -7, 2, -1);
        row("rem_s INT_MIN % -1", 0x6f, INT32_MIN, -1, 0);
        row("rem_u", 0x70, -1, 3, 0);
        row("and", 0x71, 0xf0f0, 0xff00, 0xf000);
        row("or", 0x72, 0xf0f0, 0x0f0f, 0xffff);
        row("xor", 0x73, 0xff, 0x0f, 0xf0);
        row("shl count mod 32", 0x74, 1, 33, 2);
        row("shr_s", 0x75, -8, 1, -4);
        row("shr_u", 0x76, -8, 1, 0x7ffffffc);
        row("rotl", 0x77, int32_t(0x80000001u), 1, 3);
        row("rotr", 0x78, 3, 1, int32_t(0x80000001u));
        row("eq", 0x46, 5, 5, 1);
        row("ne", 0x47, 5, 5, 0);
        row("lt_s", 0x48, -1, 0, 1);
        row("lt_u", 0x49, -1, 0, 0);
        row("gt_s", 0x4a, 0, -1, 1);
        row("gt_u", 0x4b, 0, -1, 0);
        row("le_s", 0x4c, -1, -1, 1);
        row("le_u", 0x4d, 1, 0, 0);
        row("ge_s", 0x4e, INT32_MIN, 0x7fffffff, 0);
        row("ge_u", 0x4f, INT32_MIN, 0x7fffffff, 1);
    }

    void i32Arithmetic()
    {
        QFETCH(int, opcode);
        QFETCH(quint64, a);
        QFETCH(quint64, b);
        QFETCH(quint64, expected);
        auto inst = binary(I32, I32, uint8_t(opcode));
        QCOMPARE(quint64(run(*inst, {a, b})), expected);
    }

    void i64Arithmetic_data()
    {
        QTest::addColumn<int>("opcode");
        QTest::addColumn<quint64>("a");
        QTest::addColumn<quint64>("b");
        QTest::addColumn<quint64>("expected");
        auto row = [](const char* name, int op, int64_t a, int64_t b, int64_t r) {
            QTest::newRow(name) << op << quint64(a) << quint64(b) << quint64(r);
        };
        row("add wraps", 0x7c, INT64_MAX, 1, INT64_MIN);
        row("sub", 0x7d, 0, 1, -1);
        row("mul low 64 bits", 0x7e, 0x100000000LL, 0x100000001LL, 0x100000000LL);
        row("div_s", 0x7f, -7, 2, -3);
        row("div_u", 0x80, -1, 2, INT64_MAX);
        row("rem_s", 0x81, -7, 2, -1);
        row("rem_s INT_MIN % -1", 0x81, INT64_MIN, -1, 0);
        row("rem_u", 0x82, 10, 3, 1);
        row("and", 0x83, 0xff00ff00ff00LL, 0xffff0000ffffLL, 0xff000000ff00LL);
        row("or", 0x84, 1, 0x100000000LL, 0x100000001LL);
        row("xor", 0x85, -1, 0, -1);
        row("shl count mod 64", 0x86, 1, 65, 2);
        row("shr_s", 0x87, INT64_MIN, 63, -1);
        row("shr_u", 0x88, INT64_MIN, 63, 1);
        row("rotl", 0x89, INT64_MIN, 1, 1);
        row("rotr", 0x8a, 1, 1, INT64_MIN);
        row("eq", 0x51, 1, 1, 1);
        row("ne", 0x52, 1, 1, 0);
        row("lt_s", 0x53, -1, 0, 1);
        row("lt_u", 0x54, -1, 0, 0);
        row("gt_s", 0x55, 0, -1, 1);
        row("gt_u", 0x56, 0, -1, 0);
        row("le_s", 0x57, 2, 2, 1);
        row("le_u", 0x58, -1, 2, 0);
        row("ge_s", 0x59, -1, 0, 0);
        row("ge_u", 0x5a, -1, 0, 1);
    }

    void i64Arithmetic()
    {
        QFETCH(int, opcode);
        QFETCH(quint64, a);
        QFETCH(quint64, b);
        QFETCH(quint64, expected);
        // Comparisons return i32.
        const uint8_t result = opcode >= 0x51 && opcode <= 0x5a ? I32 : I64;
        auto inst = binary(I64, result, uint8_t(opcode));
        QCOMPARE(quint64(run(*inst, {a, b})), expected);
    }

    void unaryOps()
    {
        QCOMPARE(run(*unary(I32, I32, 0x67), {0}), uint64_t(32u));          // clz(0)
        QCOMPARE(run(*unary(I32, I32, 0x67), {0x00008000}), uint64_t(16u)); // clz
        QCOMPARE(run(*unary(I32, I32, 0x68), {0}), uint64_t(32u));          // ctz(0)
        QCOMPARE(run(*unary(I32, I32, 0x68), {0x00008000}), uint64_t(15u)); // ctz
        QCOMPARE(run(*unary(I32, I32, 0x69), {0xffffffff}), uint64_t(32u)); // popcnt
        QCOMPARE(run(*unary(I32, I32, 0x45), {0}), uint64_t(1u));           // eqz
        QCOMPARE(run(*unary(I64, I64, 0x79), {0}), uint64_t(64u));          // i64.clz(0)
        QCOMPARE(run(*unary(I64, I64, 0x7a), {1ull << 40}), uint64_t(40u)); // i64.ctz
        QCOMPARE(run(*unary(I64, I64, 0x7b), {0x8000000000000001}), uint64_t(2u));
        QCOMPARE(run(*unary(I64, I32, 0x50), {1ull << 63}), uint64_t(0u));           // i64.eqz
        QCOMPARE(run(*unary(I64, I32, 0xa7), {0x123456789}), uint64_t(0x23456789u)); // wrap
        QCOMPARE(run(*unary(I32, I64, 0xac), {0x80000000}),
                 uint64_t(0xffffffff80000000ull));                                    // extend_s
        QCOMPARE(run(*unary(I32, I64, 0xad), {0x80000000}), uint64_t(0x80000000ull)); // extend_u
    }

    void divisionTraps()
    {
        QVERIFY(trapOf(*binary(I32, I32, 0x6d), {1, 0}).contains("integer divide by zero"));
        QVERIFY(trapOf(*binary(I32, I32, 0x6e), {1, 0}).contains("integer divide by zero"));
        QVERIFY(trapOf(*binary(I32, I32, 0x6f), {1, 0}).contains("integer divide by zero"));
        QVERIFY(trapOf(*binary(I32, I32, 0x70), {1, 0}).contains("integer divide by zero"));
        QVERIFY(trapOf(*binary(I32, I32, 0x6d), {u32(INT32_MIN), u32(-1)})
                    .contains("integer overflow"));
        QVERIFY(trapOf(*binary(I64, I64, 0x7f), {1, 0}).contains("integer divide by zero"));
        QVERIFY(trapOf(*binary(I64, I64, 0x80), {1, 0}).contains("integer divide by zero"));
        QVERIFY(trapOf(*binary(I64, I64, 0x81), {1, 0}).contains("integer divide by zero"));
        QVERIFY(trapOf(*binary(I64, I64, 0x82), {1, 0}).contains("integer divide by zero"));
        QVERIFY(trapOf(*binary(I64, I64, 0x7f), {uint64_t(INT64_MIN), uint64_t(-1)})
                    .contains("integer overflow"));
    }

    void memoryWidthsAndSignExtension()
    {
        // f(addr) stores 0x80 at 8, 0xfffe at 16 (16 bits), 0x80000000 at 24 (i64.store32),
        // then returns the load selected by a second export.
        Spec s;
        s.types = {{Bytes{}, Bytes{I64}}};
        s.memory = {{1, std::nullopt}};
        s.data = {{8, Bytes{0x80, 0xff}}, {16, Bytes{0xfe, 0xff}}, {24, Bytes{0, 0, 0, 0x80}}};
        auto load = [](uint8_t opcode, uint32_t addr, bool is32) {
            Bytes b = cat({Bytes{0x41}, sleb(addr), Bytes{opcode, 0, 0}});
            if (is32)
                b.push_back(0xad); // i64.extend_i32_u so every function returns i64
            return b;
        };
        s.funcs = {
            {0, noLocals(), load(0x2c, 8, true)},  // i32.load8_s -> 0xffffff80
            {0, noLocals(), load(0x2d, 8, true)},  // i32.load8_u -> 0x80
            {0, noLocals(), load(0x2e, 16, true)}, // i32.load16_s -> 0xfffffffe
            {0, noLocals(), load(0x2f, 16, true)}, // i32.load16_u -> 0xfffe
            {0, noLocals(), load(0x30, 8, false)}, // i64.load8_s
            {0, noLocals(), load(0x31, 8, false)},
            {0, noLocals(), load(0x32, 16, false)},
            {0, noLocals(), load(0x33, 16, false)},
            {0, noLocals(), load(0x34, 24, false)}, // i64.load32_s
            {0, noLocals(), load(0x35, 24, false)}, // i64.load32_u
            {0, noLocals(), load(0x29, 8, false)},  // i64.load: bytes 80 ff 00.. fe ff
            {0, noLocals(), load(0x28, 8, true)},   // i32.load
        };
        for (uint32_t i = 0; i < s.funcs.size(); ++i)
            s.exports.push_back({"f" + std::to_string(i), i});
        auto inst = instantiate(s);
        const uint64_t expected[] = {0xffffff80,         0x80,       0xfffffffe,         0xfffe,
                                     0xffffffffffffff80, 0x80,       0xfffffffffffffffe, 0xfffe,
                                     0xffffffff80000000, 0x80000000, 0x000000000000ff80, 0xff80};
        for (uint32_t i = 0; i < s.funcs.size(); ++i) {
            auto r = inst->call(i);
            QVERIFY(r.ok());
            QCOMPARE(uint64_t(*r), expected[i]);
        }
    }

    void storesAndBounds()
    {
        // f(addr, value): i64.store32 then i64.store8 then i32.store16 at addr, addr+4, addr+6;
        // returns i64.load at addr.
        Spec s;
        s.types = {{Bytes{I32, I64}, Bytes{I64}}};
        s.memory = {{1, std::nullopt}};
        s.funcs = {{0, noLocals(), Bytes{0x20, 0, 0x20, 1, 0x3e, 2,    0,    // i64.store32 [addr]
                                         0x20, 0, 0x20, 1, 0x3c, 0,    4,    // i64.store8 [addr+4]
                                         0x20, 0, 0x20, 1, 0xa7, 0x3b, 1, 6, // i32.store16 [addr+6]
                                         0x20, 0, 0x29, 3, 0}}};             // i64.load [addr]
        s.exports = {{"f", 0}};
        auto inst = instantiate(s);
        QCOMPARE(run(*inst, {100, 0x1122334455667788}), uint64_t(0x7788'00'88'55667788ull));
        // The last byte of memory is addressable, one past it is not.
        QCOMPARE(run(*inst, {65536 - 8, 1}), uint64_t(0x0001'00'01'00000001ull));
        QVERIFY(trapOf(*inst, {65536 - 7, 1}).contains("out of bounds memory access"));
        // Effective address = base + offset, computed without 32-bit wrap-around.
        QVERIFY(trapOf(*inst, {0xffffffff, 1}).contains("out of bounds memory access"));
    }

    void memoryGrowIsBounded()
    {
        // f(delta) = memory.grow(delta); g() = memory.size
        Spec s;
        s.types = {{Bytes{I32}, Bytes{I32}}, {Bytes{}, Bytes{I32}}};
        s.memory = {{1, 5}};
        s.funcs = {{0, noLocals(), Bytes{0x20, 0, 0x40, 0}}, {1, noLocals(), Bytes{0x3f, 0}}};
        s.exports = {{"f", 0}, {"g", 1}};
        InstanceLimits limits;
        limits.maxMemoryPages = 3;
        auto inst = instantiate(s, {}, limits);
        QCOMPARE(run(*inst, {1}), uint64_t(1u));          // 1 -> 2 pages, returns old size
        QCOMPARE(run(*inst, {2}), uint64_t(0xffffffffu)); // 4 > host limit 3: -1
        QCOMPARE(run(*inst, {1}), uint64_t(2u));
        QCOMPARE(*inst->call("g"), uint64_t(3u));
        QCOMPARE(inst->memory().size(), size_t(3 * 65536));
        auto unlimited = instantiate(s);
        QCOMPARE(run(*unlimited, {5}), uint64_t(0xffffffffu)); // module maximum 5 pages
        QCOMPARE(run(*unlimited, {4}), uint64_t(1u));
    }

    // wipe() leaves the instance as instantiation left it: memory zeroed and back to its
    // initial size (a run that grew it must not change what memory.size tells the next run),
    // data segments and globals restored.
    void wipeRestoresTheInstantiatedState()
    {
        Spec s;
        s.types = {{Bytes{I32}, Bytes{I32}},
                   {Bytes{}, Bytes{I32}},
                   {Bytes{I32, I32}, Bytes{}},
                   {Bytes{I32}, Bytes{}}};
        s.memory = {{1, 4}};
        s.globals = {{I32, Bytes{0x41, 7}}};
        s.data = {{10, Bytes{42}}};
        s.funcs = {{0, noLocals(), Bytes{0x20, 0, 0x40, 0}},             // grow(delta)
                   {1, noLocals(), Bytes{0x3f, 0}},                      // size()
                   {2, noLocals(), Bytes{0x20, 0, 0x20, 1, 0x3a, 0, 0}}, // put(addr, v)
                   {0, noLocals(), Bytes{0x20, 0, 0x2d, 0, 0}},          // get(addr)
                   {3, noLocals(), Bytes{0x20, 0, 0x24, 0}},             // setGlobal(v)
                   {1, noLocals(), Bytes{0x23, 0}}};                     // getGlobal()
        s.exports = {{"grow", 0}, {"size", 1}, {"put", 2}, {"get", 3}, {"setg", 4}, {"getg", 5}};
        auto inst = instantiate(s);
        auto call = [&](const char* name, std::initializer_list<uint64_t> args) {
            auto r = inst->call(name, std::span<const uint64_t>(args.begin(), args.size()));
            if (!r)
                qFatal("unexpected trap: %s", r.error().message.c_str());
            return *r;
        };
        call("put", {10, 9});
        QCOMPARE(call("grow", {2}), uint64_t(1));
        call("put", {65536 + 5, 3});
        call("setg", {99});
        QCOMPARE(call("size", {}), uint64_t(3));

        inst->wipe();
        QCOMPARE(inst->memory().size(), size_t(65536));
        QCOMPARE(call("size", {}), uint64_t(1));
        QCOMPARE(call("get", {10}), uint64_t(42));
        QCOMPARE(call("getg", {}), uint64_t(7));
        // Growing again finds zeros where the earlier run wrote, and the module's maximum
        // counts from the initial size again.
        QCOMPARE(call("grow", {3}), uint64_t(1));
        QCOMPARE(call("get", {65536 + 5}), uint64_t(0));
        QCOMPARE(call("grow", {1}), uint64_t(0xffffffffu));
    }

    void controlFlow()
    {
        // f(n) = sum of 1..n with a loop and br_if; g(i) = br_table over 3 blocks with results;
        // h(c) = if/else with result; s(c) = select.
        Spec s;
        s.types = {{Bytes{I32}, Bytes{I32}}};
        s.funcs = {
            {0, locals({{1, I32}}), Bytes{0x02, 0x40,                // block
                                          0x03, 0x40,                //   loop
                                          0x20, 0,    0x45, 0x0d, 1, //     br_if 1 (n == 0)
                                          0x20, 1,    0x20, 0,    0x6a, 0x21, 1, //     acc += n
                                          0x20, 0,    0x41, 1,    0x6b, 0x21, 0, //     n -= 1
                                          0x0c, 0,                               //     br 0
                                          0x0b, 0x0b, 0x20, 1}},                 // end end acc
            {0, noLocals(), Bytes{0x02, 0x7f, 0x02, 0x7f, 0x02, 0x7f, // three result blocks
                                  0x41, 10,                           // value carried by the branch
                                  0x20, 0,    0x0e, 2,    0,    1,    2, // br_table [0 1] default 2
                                  0x0b, 0x41, 1,    0x6a, 0x0b,          // +1 when leaving block 0
                                  0x41, 2,    0x6a, 0x0b}},              // +2 when leaving block 1
            {0, noLocals(), Bytes{0x20, 0, 0x04, 0x7f, 0x41, 11, 0x05, 0x41, 22, 0x0b}},
            {0, noLocals(), Bytes{0x41, 33, 0x41, 44, 0x20, 0, 0x1b}},
            // early return from inside nested blocks
            {0, noLocals(), Bytes{0x02, 0x40, 0x02, 0x40, 0x41, 5, 0x0f, 0x0b, 0x0b, 0x41, 6}},
        };
        s.exports = {{"sum", 0}, {"table", 1}, {"ifelse", 2}, {"select", 3}, {"ret", 4}};
        auto inst = instantiate(s);
        auto call = [&](const char* name, uint64_t arg) {
            const uint64_t args[] = {arg};
            return *inst->call(name, args);
        };
        QCOMPARE(call("sum", 100), uint64_t(5050u));
        QCOMPARE(call("sum", 0), uint64_t(0u));
        QCOMPARE(call("table", 0), uint64_t(13u)); // leaves block 0: 10 + 1 + 2
        QCOMPARE(call("table", 1), uint64_t(12u)); // leaves block 1: 10 + 2
        QCOMPARE(call("table", 2), uint64_t(10u)); // default: outermost
        QCOMPARE(call("table", 99), uint64_t(10u));
        QCOMPARE(call("ifelse", 1), uint64_t(11u));
        QCOMPARE(call("ifelse", 0), uint64_t(22u));
        QCOMPARE(call("select", 7), uint64_t(33u));
        QCOMPARE(call("select", 0), uint64_t(44u));
        QCOMPARE(call("ret", 0), uint64_t(5u));
    }

    // The decoder fuses hot sequences (local.get pairs, local.get + i64.const + shr_u/and,
    // i64.add/i64.mul + local.set, local.set + local.get); results must not change, and
    // nothing may fuse across a branch target.
    void fusedSequences()
    {
        Spec s;
        s.types = {{Bytes{I64, I64}, Bytes{I64}}, {Bytes{I64, I32}, Bytes{I64}}};
        s.funcs = {
            {0, locals({{1, I64}}),
             Bytes{0x20, 0,    0x20, 1, 0x20, 1,    0x7e, 0x7c, 0x21, 2, // l2 = a + b*b
                   0x20, 2,    0x42, 4, 0x88, 0x20, 1,    0x42, 0xff, 0x01,
                   0x83,                                          // (l2>>4), (b&255)
                   0x7c, 0x21, 2,                                 // l2 = sum
                   0x20, 2,    0x20, 0, 0x42, 1,    0x88, 0x7c}}, // l2 + (a >> 1)
            {1, noLocals(),
             Bytes{0x02, 0x7e, 0x42, 5, 0x20, 1, 0x0d, 0, 0x1a, 0x20, 0, 0x0b, // block
                   0x20, 0, 0x7c}},                                            // + a
        };
        s.exports = {{"f", 0}, {"g", 1}};
        auto inst = instantiate(s);
        QCOMPARE(run(*inst, {1000, 300}), uint64_t(6231)); // 91000>>4 = 5687, +44, +500
        const uint64_t taken[] = {10, 1}, notTaken[] = {10, 0};
        QCOMPARE(*inst->call("g", taken), uint64_t(15));    // branch carries 5
        QCOMPARE(*inst->call("g", notTaken), uint64_t(20)); // a + a
    }

    void callsGlobalsAndRecursion()
    {
        // fact(n) recursive; counter() increments a mutable global and returns it.
        Spec s;
        s.types = {{Bytes{I64}, Bytes{I64}}, {Bytes{}, Bytes{I32}}};
        s.globals = {{I32, Bytes{0x41, 40}}};
        s.funcs = {
            {0, noLocals(), Bytes{0x20, 0,    0x42, 2,    0x54, 0x04, 0x7e, 0x42, 1,    0x05, 0x20,
                                  0,    0x20, 0,    0x42, 1,    0x7d, 0x10, 0,    0x7e, 0x0b}},
            {1, noLocals(), Bytes{0x23, 0, 0x41, 2, 0x6a, 0x24, 0, 0x23, 0}},
        };
        s.exports = {{"fact", 0}, {"counter", 1}};
        auto inst = instantiate(s);
        const uint64_t twenty[] = {20};
        QCOMPARE(*inst->call("fact", twenty), uint64_t(2432902008176640000ull));
        QCOMPARE(*inst->call("counter"), uint64_t(42u));
        QCOMPARE(*inst->call("counter"), uint64_t(44u));
    }

    void callIndirect()
    {
        // table = [f_i32 (returns 7), f_other_type, null]; dispatch(i) = call_indirect type 0.
        Spec s;
        s.types = {{Bytes{}, Bytes{I32}}, {Bytes{I32}, Bytes{I32}}, {Bytes{I64}, Bytes{}}};
        s.table = 4;
        s.funcs = {
            {0, noLocals(), Bytes{0x41, 7}},
            {2, noLocals(), Bytes{}},
            {1, noLocals(), Bytes{0x20, 0, 0x11, 0, 0}},
        };
        s.elems = {{0, {0, 1}}};
        s.exports = {{"f", 2}};
        auto inst = instantiate(s);
        QCOMPARE(run(*inst, {0}), uint64_t(7u));
        QVERIFY(trapOf(*inst, {1}).contains("signature mismatch"));
        QVERIFY(trapOf(*inst, {2}).contains("null table entry"));
        QVERIFY(trapOf(*inst, {4}).contains("out of table bounds"));
    }

    void hostImportsAbortAndReenter()
    {
        // import host(i32) -> i32; f(x) = host(x) + 1; inner(x) = x * 3 (called by the host).
        Spec s;
        s.types = {{Bytes{I32}, Bytes{I32}}};
        s.imports = {{"env", "host", 0}};
        s.funcs = {{0, noLocals(), Bytes{0x20, 0, 0x10, 0, 0x41, 1, 0x6a}},
                   {0, noLocals(), Bytes{0x20, 0, 0x41, 3, 0x6c}}};
        s.exports = {{"f", 1}, {"inner", 2}};
        std::vector<HostImport> hosts;
        hosts.push_back(
            {"env", "host", FuncType{{ValType::I32}, {ValType::I32}},
             [](Instance& self, std::span<const uint64_t> a, uint64_t* result) -> bs::Result<void> {
                 if (a[0] == 13)
                     return bs::fail("host refuses 13");
                 const uint64_t arg[] = {a[0]};
                 auto r = self.call("inner", arg); // re-entrant call
                 if (!r)
                     return r.error();
                 *result = *r;
                 return {};
             }});
        auto inst = instantiate(s, hosts);
        QCOMPARE(run(*inst, {5}), uint64_t(16u));
        QCOMPARE(trapOf(*inst, {13}), QStringLiteral("host refuses 13"));
        QCOMPARE(run(*inst, {6}), uint64_t(19u)); // usable after the abort

        // Unknown imports and wrong signatures are refused at instantiation.
        const Bytes bytes = assemble(s);
        auto mod = Module::decode(bytes);
        QVERIFY(mod.ok());
        QVERIFY(!Instance::instantiate(*mod, {}).ok());
        auto wrongType = hosts;
        wrongType[0].type = FuncType{{ValType::I64}, {ValType::I32}};
        QVERIFY(!Instance::instantiate(*mod, wrongType).ok());
    }

    void runawayCodeIsStopped()
    {
        Spec s;
        s.types = {{Bytes{}, Bytes{}}};
        s.funcs = {{0, noLocals(), Bytes{0x03, 0x40, 0x0c, 0, 0x0b}}, // loop forever
                   {0, noLocals(), Bytes{0x10, 1}},                   // recurse forever
                   {0, noLocals(), Bytes{0x00}}};                     // unreachable
        s.exports = {{"loop", 0}, {"recurse", 1}, {"trap", 2}};
        auto inst = instantiate(s);
        inst->setFuel(100000);
        auto r = inst->call("loop");
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains("fuel exhausted"));
        QCOMPARE(inst->fuel(), uint64_t(0));
        inst->setFuel(~uint64_t(0));
        r = inst->call("recurse");
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains("call stack exhausted"));
        r = inst->call("trap");
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains("unreachable"));
        QVERIFY(!inst->call("missing").ok());
        const uint64_t extra[] = {1};
        QVERIFY(!inst->call("trap", extra).ok()); // wrong argument count
    }

    // Issue 16 point 11: a host that calls back into wasm does not reset the depth count.
    // down(n) recurses n levels and then calls the host, which calls down(50) again: each
    // round adds 51 frames, so maxCallDepth 300 must stop the sixth round (not maxReentry).
    void depthHoldsAcrossHostReentry()
    {
        Spec s;
        s.types = {{Bytes{}, Bytes{}}, {Bytes{I32}, Bytes{}}};
        s.imports = {{"env", "host", 0}};
        // down(n): if n == 0 { host() } else { down(n - 1) }
        s.funcs = {{1, noLocals(),
                    Bytes{0x20, 0, 0x45, 0x04, 0x40, 0x10, 0, 0x05, 0x20, 0, 0x41, 1, 0x6b, 0x10, 1,
                          0x0b}}};
        s.exports = {{"f", 1}};
        int rounds = 0;
        std::vector<HostImport> hosts;
        hosts.push_back(
            {"env", "host", FuncType{},
             [&rounds](Instance& self, std::span<const uint64_t>, uint64_t*) -> bs::Result<void> {
                 ++rounds;
                 const uint64_t arg[] = {50};
                 auto r = self.call("f", arg);
                 if (!r)
                     return r.error();
                 return {};
             }});
        InstanceLimits limits;
        limits.maxCallDepth = 300;
        auto inst = instantiate(s, hosts, limits);
        QCOMPARE(trapOf(*inst, {50}), QStringLiteral("WebAssembly trap: call stack exhausted."));
        QCOMPARE(rounds, 5); // 5 * (51 frames + 1 entry) = 260; the sixth round passes 300
        QVERIFY(rounds < int(limits.maxReentry));

        // Unwound completely: a shallow call works again, and the count starts from zero.
        rounds = 0;
        limits.maxCallDepth = 10000;
        auto fresh = instantiate(s, hosts, limits);
        QCOMPARE(trapOf(*fresh, {50}), QStringLiteral("WebAssembly trap: call stack exhausted."));
        QCOMPARE(rounds, int(limits.maxReentry)); // then the re-entry bound holds
        QCOMPARE(trapOf(*inst, {50}), QStringLiteral("WebAssembly trap: call stack exhausted."));
    }

    // Deep recursion through host calls with the default limits: a trap, not a crash of the
    // native stack (run under ASan in CI).
    void hostPingPongIsBounded()
    {
        Spec s;
        s.types = {{Bytes{}, Bytes{}}};
        s.imports = {{"env", "host", 0}};
        s.funcs = {{0, noLocals(), Bytes{0x10, 0}}}; // f() { host() }
        s.exports = {{"f", 1}};
        int calls = 0;
        std::vector<HostImport> hosts;
        hosts.push_back(
            {"env", "host", FuncType{},
             [&calls](Instance& self, std::span<const uint64_t>, uint64_t*) -> bs::Result<void> {
                 ++calls;
                 auto r = self.call("f");
                 if (!r)
                     return r.error();
                 return {};
             }});
        auto inst = instantiate(s, hosts);
        auto r = inst->call("f");
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains("call stack exhausted"));
        QCOMPARE(calls, int(InstanceLimits{}.maxReentry));
    }

    // An endless loop with unlimited fuel stops promptly once its stop token is requested,
    // from another thread, as a lock during a proof does.
    void cancellationStopsARunningCall()
    {
        Spec s;
        s.types = {{Bytes{}, Bytes{}}};
        s.funcs = {{0, noLocals(), Bytes{0x03, 0x40, 0x0c, 0, 0x0b}}}; // loop forever
        s.exports = {{"loop", 0}};
        auto inst = instantiate(s);
        std::stop_source stop;
        inst->setStopToken(stop.get_token());
        std::chrono::steady_clock::time_point requested;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            requested = std::chrono::steady_clock::now();
            stop.request_stop();
        });
        auto r = inst->call("loop");
        const auto returned = std::chrono::steady_clock::now();
        canceller.join();
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().message),
                 QStringLiteral("WebAssembly trap: cancelled."));
        const auto latency =
            std::chrono::duration_cast<std::chrono::milliseconds>(returned - requested);
        qInfo("returned %lld ms after the stop request", qlonglong(latency.count()));
        QVERIFY2(latency < std::chrono::milliseconds(500), "cancellation took too long");
        // The fuel it had is still there (cancelled, not exhausted); later calls fail at once.
        QVERIFY(inst->fuel() > uint64_t(1) << 60);
        QVERIFY(!inst->call("loop").ok());
        inst->setStopToken({});
        inst->setFuel(1000);
        QVERIFY(
            QString::fromStdString(inst->call("loop").error().message).contains("fuel exhausted"));
    }

    // Fuel is handed out in slices; budgets that span many slices are counted exactly.
    void fuelIsExactAcrossSlices()
    {
        Spec s;
        s.types = {{Bytes{I32}, Bytes{}}};
        // f(n): loop { n -= 1; br_if 0 (n != 0) }: n loop heads.
        s.funcs = {
            {0, noLocals(), Bytes{0x03, 0x40, 0x20, 0, 0x41, 1, 0x6b, 0x22, 0, 0x0d, 0, 0x0b}}};
        s.exports = {{"f", 0}};
        auto inst = instantiate(s);
        const uint64_t n = 3 * Instance::kFuelSlice + 17;
        inst->setFuel(n); // the entry call from the host is not charged, its loop heads are
        QCOMPARE(run(*inst, {n}), uint64_t(0));
        QCOMPARE(inst->fuel(), uint64_t(0));
        inst->setFuel(n - 1);
        QVERIFY(trapOf(*inst, {n}).contains("fuel exhausted"));
        QCOMPARE(inst->fuel(), uint64_t(0));
        inst->setFuel(10 * n);
        QCOMPARE(run(*inst, {n}), uint64_t(0));
        QCOMPARE(inst->fuel(), 9 * n);
    }

    void segmentsOutOfRangeFailInstantiation()
    {
        Spec s;
        s.types = {{Bytes{}, Bytes{}}};
        s.funcs = {{0, noLocals(), Bytes{}}};
        s.memory = {{1, std::nullopt}};
        s.data = {{65535, Bytes{1, 2}}};
        auto mod = Module::decode(assemble(s));
        QVERIFY(mod.ok());
        QVERIFY(!Instance::instantiate(*mod, {}).ok());
        Spec t;
        t.types = {{Bytes{}, Bytes{}}};
        t.funcs = {{0, noLocals(), Bytes{}}};
        t.table = 1;
        t.elems = {{1, {0}}};
        auto mod2 = Module::decode(assemble(t));
        QVERIFY(mod2.ok());
        QVERIFY(!Instance::instantiate(*mod2, {}).ok());
        InstanceLimits small;
        small.maxMemoryPages = 0;
        QVERIFY(!Instance::instantiate(*mod, {}, small).ok());
    }
};

QTEST_APPLESS_MAIN(TestWasmInterpreter)
#include "tst_wasm_interpreter.moc"
