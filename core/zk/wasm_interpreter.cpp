// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/wasm_interpreter.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <openssl/crypto.h>

namespace bs::zk::wasm {

static_assert(std::endian::native == std::endian::little,
              "the interpreter maps wasm memory directly and needs a little-endian host");

namespace {

constexpr uint64_t kPageSize = 65536;

std::string describe(const Import& imp)
{
    return imp.module + "." + imp.name;
}

// A trap as the error a call returns: a whole sentence for each trap the interpreter and the
// circom natives raise. Any other trap message (a native installed by a test, an internal
// error) is shown as it is.
Error trapError(const char* trap)
{
    struct Known
    {
        const char* trap;
        Text text;
    };
    static constexpr Known known[] = {
        {"unreachable executed", BS_TR("zk", "WebAssembly trap: unreachable executed.")},
        {"call_indirect index out of table bounds",
         BS_TR("zk", "WebAssembly trap: call_indirect index out of table bounds.")},
        {"call_indirect to a null table entry",
         BS_TR("zk", "WebAssembly trap: call_indirect to a null table entry.")},
        {"call_indirect signature mismatch",
         BS_TR("zk", "WebAssembly trap: call_indirect signature mismatch.")},
        {"out of bounds memory access",
         BS_TR("zk", "WebAssembly trap: out of bounds memory access.")},
        {"integer divide by zero", BS_TR("zk", "WebAssembly trap: integer divide by zero.")},
        {"integer overflow", BS_TR("zk", "WebAssembly trap: integer overflow.")},
        {"call stack exhausted", BS_TR("zk", "WebAssembly trap: call stack exhausted.")},
        {"fuel exhausted", BS_TR("zk", "WebAssembly trap: fuel exhausted.")},
        {Instance::kCancelledTrap, BS_TR("zk", "WebAssembly trap: cancelled.")},
    };
    for (const Known& k : known) {
        if (std::strcmp(k.trap, trap) == 0)
            return fail(k.text);
    }
    return fail(BS_TR("zk", "WebAssembly trap: %1."), trap);
}

} // namespace

ZeroedBytes::~ZeroedBytes()
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), m_size);
}

bool ZeroedBytes::grow(std::size_t n)
{
    if (n <= m_size)
        return true;
    if (n > m_capacity) {
        // Not realloc: it may move the bytes and free the old block unwiped.
        std::unique_ptr<uint8_t, Free> p(static_cast<uint8_t*>(std::calloc(n, 1)));
        if (!p)
            return false;
        if (m_data) {
            std::memcpy(p.get(), m_data.get(), m_size);
            OPENSSL_cleanse(m_data.get(), m_size);
        }
        m_data = std::move(p);
        m_capacity = n;
    }
    m_size = n; // the bytes past the old size are zero (calloc, or wiped by wipeAndResize)
    return true;
}

void ZeroedBytes::wipeAndResize(std::size_t n)
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), m_size);
    m_size = std::min(n, m_size);
}

Result<std::unique_ptr<Instance>> Instance::instantiate(std::shared_ptr<const Module> module,
                                                        std::vector<HostImport> imports,
                                                        const InstanceLimits& limits)
{
    std::unique_ptr<Instance> inst(new Instance());
    inst->m_limits = limits;
    inst->setFuel(limits.initialFuel);
    const Module& m = *module;

    for (const Import& imp : m.imports()) {
        HostImport* found = nullptr;
        for (HostImport& h : imports) {
            if (h.module == imp.module && h.name == imp.name) {
                found = &h;
                break;
            }
        }
        if (!found || !found->function)
            return fail(BS_TR("zk", "The WebAssembly module needs an unknown import %1."),
                        describe(imp));
        if (!(found->type == m.types()[imp.typeIndex]))
            return fail(BS_TR("zk", "The WebAssembly import %1 has an unexpected type."),
                        describe(imp));
        inst->m_hosts.push_back(*found);
    }

    if (const auto mem = m.memory()) {
        if (mem->min > limits.maxMemoryPages)
            return fail(BS_TR("zk", "The WebAssembly module needs more memory than allowed."));
        if (!inst->m_memory.grow(size_t(mem->min) * kPageSize))
            return fail(BS_TR("zk", "Not enough memory for the WebAssembly module."));
    }
    if (const auto table = m.table())
        inst->m_table.assign(table->min, -1);

    // MVP instantiation semantics: all segments are bounds-checked before any is applied.
    for (const ElementSegment& e : m.elements()) {
        if (uint64_t(e.offset) + e.functions.size() > inst->m_table.size())
            return fail(BS_TR("zk", "A WebAssembly element segment lies outside the table."));
    }
    for (const DataSegment& d : m.data()) {
        if (uint64_t(d.offset) + d.bytes.size() > inst->m_memory.size())
            return fail(BS_TR("zk", "A WebAssembly data segment lies outside the memory."));
    }
    for (const ElementSegment& e : m.elements()) {
        for (size_t i = 0; i < e.functions.size(); ++i)
            inst->m_table[e.offset + i] = e.functions[i];
    }
    inst->initializeState(m);

    inst->m_natives.resize(m.numFunctions());
    inst->m_stackSize = std::max<uint32_t>(limits.valueStackSlots, 16);
    inst->m_stack = std::make_unique_for_overwrite<uint64_t[]>(inst->m_stackSize);
    inst->m_sp = inst->m_stack.get();
    inst->m_stackHigh = inst->m_sp;
    inst->m_module = std::move(module);

    if (const auto start = inst->m_module->startFunction()) {
        auto r = inst->call(*start);
        if (!r)
            return r.error();
    }
    return inst;
}

// Globals and data segments as instantiation sets them (bounds checked by instantiate()).
void Instance::initializeState(const Module& m)
{
    m_globals.clear();
    for (const Global& g : m.globals())
        m_globals.push_back(g.init);
    for (const DataSegment& d : m.data()) {
        if (!d.bytes.empty())
            std::memcpy(m_memory.data() + d.offset, d.bytes.data(), d.bytes.size());
    }
}

void Instance::wipe()
{
    const auto mem = m_module->memory();
    m_memory.wipeAndResize(mem ? size_t(mem->min) * kPageSize : 0);
    OPENSSL_cleanse(m_stack.get(), size_t(m_stackHigh - m_stack.get()) * sizeof(uint64_t));
    m_stackHigh = m_stack.get();
    initializeState(*m_module);
}

Result<uint64_t> Instance::call(std::string_view exportName, std::span<const uint64_t> args)
{
    const auto f = m_module->exportedFunction(exportName);
    if (!f)
        return fail(BS_TR("zk", "The WebAssembly module does not export a function named %1."),
                    exportName);
    return call(*f, args);
}

void Instance::setFuel(uint64_t fuel)
{
    m_fuel = std::min(fuel, kFuelSlice);
    m_fuelReserve = fuel - m_fuel;
}

const char* Instance::refuel(uint64_t& fuel)
{
    fuel = 0;
    if (m_stop.stop_requested())
        return kCancelledTrap;
    if (m_fuelReserve == 0)
        return "fuel exhausted";
    const uint64_t take = std::min(m_fuelReserve, kFuelSlice);
    m_fuelReserve -= take;
    fuel = take - 1;
    return nullptr;
}

void Instance::afterNative(uint64_t& fuel, uint64_t remaining)
{
    if (remaining >= m_fuelReserve) {
        fuel = remaining - m_fuelReserve;
    } else {
        fuel = 0;
        m_fuelReserve = remaining;
    }
}

Result<uint64_t> Instance::call(uint32_t funcIndex, std::span<const uint64_t> args)
{
    const Module& m = *m_module;
    if (funcIndex >= m.numFunctions())
        return fail(BS_TR("zk", "WebAssembly function index out of range."));
    if (m_stop.stop_requested())
        return trapError(kCancelledTrap);
    // Host functions that call back in nest here; each level costs native stack.
    if (m_reentry >= m_limits.maxReentry)
        return trapError("call stack exhausted");
    struct Nest
    {
        uint32_t& n;
        explicit Nest(uint32_t& c)
            : n(++c)
        {}
        ~Nest() { --n; }
    } nest(m_reentry);
    const FuncType& t = m.functionType(funcIndex);
    if (args.size() != t.params.size())
        return fail(BS_TR("zk", "Wrong number of arguments for a WebAssembly function."));
    uint64_t* const base = m_sp;
    const uint64_t* const end = m_stack.get() + m_stackSize;
    if (size_t(end - base) < args.size() + 1)
        return trapError("call stack exhausted");
    for (size_t i = 0; i < args.size(); ++i) {
        // i32 arguments are kept zero-extended, like every i32 the interpreter produces.
        base[i] = t.params[i] == ValType::I32 ? uint32_t(args[i]) : args[i];
    }
    m_sp = base + args.size();
    m_stackHigh = std::max(m_stackHigh, m_sp);
    Result<void> r;
    if (funcIndex < m.numImportedFunctions()) {
        r = callHost(funcIndex, base);
    } else if (m_natives[funcIndex].fn) {
        const char* trap = nullptr;
        if (m_fuel-- == 0)
            trap = refuel(m_fuel);
        if (!trap)
            trap = callNative(funcIndex, base);
        if (trap)
            r = trapError(trap);
    } else {
        r = execute(funcIndex);
    }
    m_sp = base;
    if (!r)
        return r.error();
    return t.results.empty() ? uint64_t(0) : base[0];
}

bool Instance::setNative(uint32_t funcIndex, NativeFunction fn)
{
    const Module& m = *m_module;
    if (funcIndex < m.numImportedFunctions() || funcIndex >= m.numFunctions())
        return false;
    const FuncType& t = m.functionType(funcIndex);
    const uint64_t mask =
        !t.results.empty() && t.results[0] == ValType::I32 ? 0xffffffffu : ~uint64_t(0);
    m_natives[funcIndex] = NativeEntry{fn, uint32_t(t.params.size()), !t.results.empty(), mask};
    return true;
}

// Runs the native replacement of `funcIndex` on the arguments at `args` (= m_sp - #params); on
// success the result, if any, replaces them at args[0] and m_sp points after it. Returns
// nullptr or the trap message.
const char* Instance::callNative(uint32_t funcIndex, uint64_t* args)
{
    const NativeEntry& n = m_natives[funcIndex];
    NativeContext ctx{m_memory.data(), m_memory.size(), m_fuel + m_fuelReserve};
    uint64_t result = 0;
    const char* trap = n.fn(ctx, args, &result);
    afterNative(m_fuel, ctx.fuel);
    if (trap)
        return trap;
    if (n.hasResult) {
        args[0] = result & n.resultMask;
        m_sp = args + 1;
    } else {
        m_sp = args;
    }
    return nullptr;
}

// Calls host import `funcIndex` whose arguments start at `args` (= m_sp - #params); on
// success the result, if any, replaces them at args[0] and m_sp points after it.
Result<void> Instance::callHost(uint32_t funcIndex, uint64_t* args)
{
    const HostImport& h = m_hosts[funcIndex];
    const size_t np = h.type.params.size();
    uint64_t result = 0;
    // Nested calls from the host push above the arguments, which therefore stay intact.
    auto r = h.function(*this, std::span<const uint64_t>(args, np), &result);
    if (!r)
        return r;
    if (!h.type.results.empty()) {
        args[0] = h.type.results[0] == ValType::I32 ? uint32_t(result) : result;
        m_sp = args + 1;
    } else {
        m_sp = args;
    }
    return {};
}

// Dispatch: computed goto (GCC, Clang) jumps straight from one handler to the next, which
// predicts far better than one shared switch jump; other compilers use the switch.
#if defined(__GNUC__)
#define BS_WASM_THREADED 1
#pragma GCC diagnostic ignored "-Wpedantic" // labels as values
#if !defined(__clang__)
// Keep one indirect jump per handler: GCC's global CSE would merge them into a shared one,
// which predicts badly.
#pragma GCC optimize("no-gcse")
#endif
#else
#define BS_WASM_THREADED 0
#endif

// Every internal opcode the decoder can emit.
#define BS_WASM_OPCODES(X)                                                                         \
    X(0x00)                                                                                        \
    X(0x0c)                                                                                        \
    X(0x0d)                                                                                        \
    X(0x0e) X(0x0f) X(0x10) X(0x11) X(0x1a) X(0x1b) X(0x20) X(0x21) X(0x22) X(0x23) X(0x24)        \
        X(0x28) X(0x29) X(0x2c) X(0x2d) X(0x2e) X(0x2f) X(0x30) X(0x31) X(0x32) X(0x33) X(0x34)    \
            X(0x35) X(0x36) X(0x37) X(0x3a) X(0x3b) X(0x3c) X(0x3d) X(0x3e) X(0x3f) X(0x40)        \
                X(0x41) X(0x42) X(0x45) X(0x46) X(0x47) X(0x48) X(0x49) X(0x4a) X(0x4b) X(0x4c)    \
                    X(0x4d) X(0x4e) X(0x4f) X(0x50) X(0x51) X(0x52) X(0x53) X(0x54) X(0x55)        \
                        X(0x56) X(0x57) X(0x58) X(0x59) X(0x5a) X(0x67) X(0x68) X(0x69) X(0x6a)    \
                            X(0x6b) X(0x6c) X(0x6d) X(0x6e) X(0x6f) X(0x70) X(0x71) X(0x72)        \
                                X(0x73) X(0x74) X(0x75) X(0x76) X(0x77) X(0x78) X(0x79) X(0x7a)    \
                                    X(0x7b) X(0x7c) X(0x7d) X(0x7e) X(0x7f) X(0x80) X(0x81)        \
                                        X(0x82) X(0x83) X(0x84) X(0x85) X(0x86) X(0x87) X(0x88)    \
                                            X(0x89) X(0x8a) X(0xa7) X(0xac) X(0xad) X(0xe0)        \
                                                X(0xe1) X(0xe2) X(0xe3) X(0xe4) X(0xe5) X(0xe6)    \
                                                    X(0xe7)

Result<void> Instance::execute(uint32_t entry)
{
    const Module& m = *m_module;
    const uint32_t* const code = m.code().data();
    const uint32_t numImports = m.numImportedFunctions();
    const uint64_t* const stackEnd = m_stack.get() + m_stackSize;
    const size_t frameBase = m_frames.size();
    uint64_t* const entrySp = m_sp;

    // Hot state in locals (never address-taken, so they stay in registers).
    uint8_t* mem = m_memory.data();
    uint64_t memSize = m_memory.size();
    uint64_t fuel = m_fuel;
    uint64_t* sp = m_sp;
    uint64_t* fp = nullptr;
    const uint32_t* pc = nullptr;
    uint32_t callee = entry;
    const char* trapMessage = nullptr;
    Error hostError; // the error that ends the call (a trap or a host function's error)

#if BS_WASM_THREADED
    void* table[256];
    for (auto& t : table)
        t = &&L_invalid;
#define BS_WASM_SET(x) table[x] = &&L_##x;
    BS_WASM_OPCODES(BS_WASM_SET)
#undef BS_WASM_SET
#define CASE(x) L_##x:
#define NEXT goto* table[uint8_t(*pc++)]
#define NEXT_AFTER_CALL NEXT
#else
#define CASE(x) case x:
#define NEXT continue
#define NEXT_AFTER_CALL goto dispatch
#endif

#define TRAP(msg)                                                                                  \
    do {                                                                                           \
        trapMessage = msg;                                                                         \
        goto trap;                                                                                 \
    } while (0)

    goto enter;

#if !BS_WASM_THREADED
    for (;;) {
    dispatch:
        switch (uint8_t(*pc++)) {
#endif
            CASE(0x00) TRAP("unreachable executed");

            CASE(0x0c) // br
            {
            branch:
                const uint32_t target = pc[0];
                uint64_t* const nsp = fp + pc[1];
                if (pc[2]) {
                    *nsp = sp[-1];
                    sp = nsp + 1;
                } else {
                    sp = nsp;
                }
                pc = code + target;
                NEXT;
            }
            CASE(0x0d) // br_if
            if (uint32_t(*--sp) != 0)
                goto branch;
            pc += 3;
            NEXT;
            CASE(0xe0) // if: jump when zero
            if (uint32_t(*--sp) == 0)
                pc = code + pc[0];
            else
                pc += 1;
            NEXT;
            CASE(0x0e) // br_table
            {
                const uint32_t n = pc[0];
                uint32_t i = uint32_t(*--sp);
                if (i > n)
                    i = n;
                pc += 1 + 3 * i;
                goto branch;
            }
            CASE(0xe1) // loop head
            if (fuel-- == 0) [[unlikely]] {
                if (const char* t = refuel(fuel))
                    TRAP(t);
            }
            NEXT;
            CASE(0x0f) // return
            {
                if (pc[0]) {
                    fp[0] = sp[-1];
                    sp = fp + 1;
                } else {
                    sp = fp;
                }
                if (m_frames.size() == frameBase) {
                    m_sp = sp;
                    m_fuel = fuel;
                    return {};
                }
                pc = m_frames.back().returnPc;
                fp = m_frames.back().fp;
                m_frames.pop_back();
                NEXT;
            }
            CASE(0x10) // call
            callee = *pc++;
            goto call;
            CASE(0x11) // call_indirect
            {
                const uint32_t idx = uint32_t(*--sp);
                if (idx >= m_table.size())
                    TRAP("call_indirect index out of table bounds");
                if (m_table[idx] < 0)
                    TRAP("call_indirect to a null table entry");
                callee = uint32_t(m_table[idx]);
                if (m.functionCanonicalType(callee) != *pc++)
                    TRAP("call_indirect signature mismatch");
                goto call;
            }
            CASE(0x1a)-- sp;
            NEXT;      // drop
            CASE(0x1b) // select
            {
                const uint32_t c = uint32_t(sp[-1]);
                sp -= 2;
                if (!c)
                    sp[-1] = sp[0];
                NEXT;
            }
            CASE(0x20)* sp++ = fp[*pc++];
            NEXT;
            CASE(0x21) fp[*pc++] = *--sp;
            NEXT;
            CASE(0x22) fp[*pc++] = sp[-1];
            NEXT;
            CASE(0x23)* sp++ = m_globals[*pc++];
            NEXT;
            CASE(0x24) m_globals[*pc++] = *--sp;
            NEXT;

#define LOAD(opcode, T, conv)                                                                      \
    CASE(opcode)                                                                                   \
    {                                                                                              \
        const uint64_t ea = uint64_t(uint32_t(sp[-1])) + *pc++;                                    \
        if (ea + sizeof(T) > memSize)                                                              \
            TRAP("out of bounds memory access");                                                   \
        T v;                                                                                       \
        std::memcpy(&v, mem + ea, sizeof(T));                                                      \
        sp[-1] = conv(v);                                                                          \
        NEXT;                                                                                      \
    }
#define STORE(opcode, T)                                                                           \
    CASE(opcode)                                                                                   \
    {                                                                                              \
        const uint64_t ea = uint64_t(uint32_t(sp[-2])) + *pc++;                                    \
        if (ea + sizeof(T) > memSize)                                                              \
            TRAP("out of bounds memory access");                                                   \
        const T v = T(sp[-1]);                                                                     \
        std::memcpy(mem + ea, &v, sizeof(T));                                                      \
        sp -= 2;                                                                                   \
        NEXT;                                                                                      \
    }
#define U32(v) uint64_t(uint32_t(v))
#define U64(v) uint64_t(v)
            LOAD(0x28, uint32_t, U64)
            LOAD(0x29, uint64_t, U64)
            LOAD(0x2c, int8_t, U32)
            LOAD(0x2d, uint8_t, U64)
            LOAD(0x2e, int16_t, U32)
            LOAD(0x2f, uint16_t, U64)
            LOAD(0x30, int8_t, U64)
            LOAD(0x31, uint8_t, U64)
            LOAD(0x32, int16_t, U64)
            LOAD(0x33, uint16_t, U64)
            LOAD(0x34, int32_t, U64)
            LOAD(0x35, uint32_t, U64)
            STORE(0x36, uint32_t)
            STORE(0x37, uint64_t)
            STORE(0x3a, uint8_t)
            STORE(0x3b, uint16_t)
            STORE(0x3c, uint8_t)
            STORE(0x3d, uint16_t)
            STORE(0x3e, uint32_t)

            CASE(0x3f)* sp++ = memSize / kPageSize;
            NEXT;      // memory.size
            CASE(0x40) // memory.grow
            {
                const uint64_t pages = memSize / kPageSize;
                const uint64_t delta = uint32_t(sp[-1]);
                const auto declaredMax = m.memory()->max;
                const uint64_t limit =
                    std::min<uint64_t>(m_limits.maxMemoryPages, declaredMax ? *declaredMax : 65536);
                if (pages + delta > limit) {
                    sp[-1] = uint32_t(-1);
                } else if (!m_memory.grow(size_t((pages + delta) * kPageSize))) {
                    sp[-1] = uint32_t(-1); // the host is out of memory: grow fails, as allowed
                } else {
                    mem = m_memory.data();
                    memSize = m_memory.size();
                    sp[-1] = pages;
                }
                NEXT;
            }
            CASE(0x41)* sp++ = *pc++;
            NEXT;      // i32.const
            CASE(0x42) // i64.const
            *sp++ = uint64_t(pc[0]) | (uint64_t(pc[1]) << 32);
            pc += 2;
            NEXT;

#define UN32(opcode, expr)                                                                         \
    CASE(opcode)                                                                                   \
    {                                                                                              \
        const uint32_t a = uint32_t(sp[-1]);                                                       \
        sp[-1] = uint32_t(expr);                                                                   \
        NEXT;                                                                                      \
    }
#define UN64(opcode, rtype, expr)                                                                  \
    CASE(opcode)                                                                                   \
    {                                                                                              \
        const uint64_t a = sp[-1];                                                                 \
        sp[-1] = rtype(expr);                                                                      \
        NEXT;                                                                                      \
    }
#define BIN32(opcode, expr)                                                                        \
    CASE(opcode)                                                                                   \
    {                                                                                              \
        const uint32_t b = uint32_t(sp[-1]);                                                       \
        const uint32_t a = uint32_t(sp[-2]);                                                       \
        --sp;                                                                                      \
        sp[-1] = uint32_t(expr);                                                                   \
        NEXT;                                                                                      \
    }
#define BIN64(opcode, rtype, expr)                                                                 \
    CASE(opcode)                                                                                   \
    {                                                                                              \
        const uint64_t b = sp[-1];                                                                 \
        const uint64_t a = sp[-2];                                                                 \
        --sp;                                                                                      \
        sp[-1] = rtype(expr);                                                                      \
        NEXT;                                                                                      \
    }
#define S32(x) int32_t(x)
#define S64(x) int64_t(x)
            UN32(0x45, a == 0)
            BIN32(0x46, a == b)
            BIN32(0x47, a != b)
            BIN32(0x48, S32(a) < S32(b))
            BIN32(0x49, a < b)
            BIN32(0x4a, S32(a) > S32(b))
            BIN32(0x4b, a > b)
            BIN32(0x4c, S32(a) <= S32(b))
            BIN32(0x4d, a <= b)
            BIN32(0x4e, S32(a) >= S32(b))
            BIN32(0x4f, a >= b)
            UN64(0x50, uint32_t, a == 0)
            BIN64(0x51, uint32_t, a == b)
            BIN64(0x52, uint32_t, a != b)
            BIN64(0x53, uint32_t, S64(a) < S64(b))
            BIN64(0x54, uint32_t, a < b)
            BIN64(0x55, uint32_t, S64(a) > S64(b))
            BIN64(0x56, uint32_t, a > b)
            BIN64(0x57, uint32_t, S64(a) <= S64(b))
            BIN64(0x58, uint32_t, a <= b)
            BIN64(0x59, uint32_t, S64(a) >= S64(b))
            BIN64(0x5a, uint32_t, a >= b)
            UN32(0x67, std::countl_zero(a))
            UN32(0x68, std::countr_zero(a))
            UN32(0x69, std::popcount(a))
            BIN32(0x6a, a + b)
            BIN32(0x6b, a - b)
            BIN32(0x6c, a * b)
            CASE(0x6d) // i32.div_s
            {
                const int32_t b = int32_t(uint32_t(sp[-1]));
                const int32_t a = int32_t(uint32_t(sp[-2]));
                if (b == 0)
                    TRAP("integer divide by zero");
                if (a == std::numeric_limits<int32_t>::min() && b == -1)
                    TRAP("integer overflow");
                --sp;
                sp[-1] = uint32_t(a / b);
                NEXT;
            }
            CASE(0x6e) // i32.div_u
            {
                const uint32_t b = uint32_t(sp[-1]);
                if (b == 0)
                    TRAP("integer divide by zero");
                --sp;
                sp[-1] = uint32_t(sp[-1]) / b;
                NEXT;
            }
            CASE(0x6f) // i32.rem_s
            {
                const int32_t b = int32_t(uint32_t(sp[-1]));
                const int32_t a = int32_t(uint32_t(sp[-2]));
                if (b == 0)
                    TRAP("integer divide by zero");
                --sp;
                sp[-1] = b == -1 ? 0u : uint32_t(a % b); // INT_MIN % -1 is 0, not UB
                NEXT;
            }
            CASE(0x70) // i32.rem_u
            {
                const uint32_t b = uint32_t(sp[-1]);
                if (b == 0)
                    TRAP("integer divide by zero");
                --sp;
                sp[-1] = uint32_t(sp[-1]) % b;
                NEXT;
            }
            BIN32(0x71, a & b)
            BIN32(0x72, a | b)
            BIN32(0x73, a ^ b)
            BIN32(0x74, a << (b & 31))
            BIN32(0x75, S32(a) >> (b & 31))
            BIN32(0x76, a >> (b & 31))
            BIN32(0x77, std::rotl(a, int(b & 31)))
            BIN32(0x78, std::rotr(a, int(b & 31)))
            UN64(0x79, uint64_t, std::countl_zero(a))
            UN64(0x7a, uint64_t, std::countr_zero(a))
            UN64(0x7b, uint64_t, std::popcount(a))
            BIN64(0x7c, uint64_t, a + b)
            BIN64(0x7d, uint64_t, a - b)
            BIN64(0x7e, uint64_t, a * b)
            CASE(0x7f) // i64.div_s
            {
                const int64_t b = int64_t(sp[-1]);
                const int64_t a = int64_t(sp[-2]);
                if (b == 0)
                    TRAP("integer divide by zero");
                if (a == std::numeric_limits<int64_t>::min() && b == -1)
                    TRAP("integer overflow");
                --sp;
                sp[-1] = uint64_t(a / b);
                NEXT;
            }
            CASE(0x80) // i64.div_u
            {
                const uint64_t b = sp[-1];
                if (b == 0)
                    TRAP("integer divide by zero");
                --sp;
                sp[-1] = sp[-1] / b;
                NEXT;
            }
            CASE(0x81) // i64.rem_s
            {
                const int64_t b = int64_t(sp[-1]);
                const int64_t a = int64_t(sp[-2]);
                if (b == 0)
                    TRAP("integer divide by zero");
                --sp;
                sp[-1] = b == -1 ? 0u : uint64_t(a % b);
                NEXT;
            }
            CASE(0x82) // i64.rem_u
            {
                const uint64_t b = sp[-1];
                if (b == 0)
                    TRAP("integer divide by zero");
                --sp;
                sp[-1] = sp[-1] % b;
                NEXT;
            }
            BIN64(0x83, uint64_t, a & b)
            BIN64(0x84, uint64_t, a | b)
            BIN64(0x85, uint64_t, a ^ b)
            BIN64(0x86, uint64_t, a << (b & 63))
            BIN64(0x87, uint64_t, S64(a) >> (b & 63))
            BIN64(0x88, uint64_t, a >> (b & 63))
            BIN64(0x89, uint64_t, std::rotl(a, int(b & 63)))
            BIN64(0x8a, uint64_t, std::rotr(a, int(b & 63)))
            UN64(0xa7, uint32_t, a)
            CASE(0xe2) // local.get a; local.get b
            sp[0] = fp[pc[0]];
            sp[1] = fp[pc[1]];
            sp += 2;
            pc += 2;
            NEXT;
            CASE(0xe3) // local.set a; local.get b
            fp[pc[0]] = sp[-1];
            sp[-1] = fp[pc[1]];
            pc += 2;
            NEXT;
            CASE(0xe4) // local.get a; i64.const c; i64.shr_u
            *sp++ = fp[pc[0]] >> (pc[1] & 63);
            pc += 3;
            NEXT;
            CASE(0xe5) // local.get a; i64.const c; i64.and
            *sp++ = fp[pc[0]] & (uint64_t(pc[1]) | (uint64_t(pc[2]) << 32));
            pc += 3;
            NEXT;
            CASE(0xe6) // i64.add; local.set a
            fp[pc[0]] = sp[-2] + sp[-1];
            sp -= 2;
            pc += 1;
            NEXT;
            CASE(0xe7) // i64.mul; i64.add; local.set a
            fp[pc[0]] = sp[-3] + sp[-2] * sp[-1];
            sp -= 3;
            pc += 1;
            NEXT;
            CASE(0xac) sp[-1] = uint64_t(int64_t(int32_t(uint32_t(sp[-1]))));
            NEXT;
            CASE(0xad) sp[-1] = uint64_t(uint32_t(sp[-1]));
            NEXT;

#if !BS_WASM_THREADED
        default:
            goto invalid;
        }
    }
#else
L_invalid:
    goto invalid;
#endif

invalid:
    // The decoder emits only the opcodes handled above.
    TRAP("internal error: invalid compiled instruction");

call:
    // Calls `callee`; its arguments are on top of the stack.
    if (fuel-- == 0) [[unlikely]] {
        if (const char* t = refuel(fuel))
            TRAP(t);
    }
    if (const NativeEntry& n = m_natives[callee]; n.fn) {
        NativeContext ctx{mem, memSize, fuel + m_fuelReserve};
        uint64_t* const args = sp - n.numParams;
        uint64_t result = 0;
        const char* const t = n.fn(ctx, args, &result);
        afterNative(fuel, ctx.fuel);
        if (t)
            TRAP(t);
        sp = args;
        if (n.hasResult)
            *sp++ = result & n.resultMask;
        NEXT_AFTER_CALL;
    }
    if (callee < numImports) {
        const size_t np = m_hosts[callee].type.params.size();
        m_sp = sp;
        m_fuel = fuel;
        if (auto r = callHost(callee, sp - np); !r) {
            hostError = r.error();
            goto hostTrap;
        }
        sp = m_sp;
        fuel = m_fuel;
        // The host may have re-entered the instance and grown the memory.
        mem = m_memory.data();
        memSize = m_memory.size();
        NEXT_AFTER_CALL;
    }
enter:
    // Enters defined function `callee` (the entry function when pc is null).
    {
        const Function& fn = m.definedFunction(callee - numImports);
        uint64_t* const nfp = sp - fn.numParams;
        // Depth counts every frame alive, also those of outer calls a host re-entered from
        // (one entry frame per call() activation is not in m_frames).
        if (size_t(stackEnd - nfp) < fn.maxHeight ||
            m_frames.size() + m_reentry > m_limits.maxCallDepth)
            TRAP("call stack exhausted");
        if (pc)
            m_frames.push_back(Frame{pc, fp});
        std::memset(sp, 0, sizeof(uint64_t) * (fn.numLocals - fn.numParams));
        // wipe() zeroes the slots up to the highest any function could use.
        if (nfp + fn.maxHeight > m_stackHigh)
            m_stackHigh = nfp + fn.maxHeight;
        fp = nfp;
        sp = nfp + fn.numLocals;
        pc = code + fn.codeOffset;
        NEXT_AFTER_CALL;
    }

trap:
    hostError = trapError(trapMessage);
hostTrap:
    m_frames.resize(frameBase);
    m_sp = entrySp;
    m_fuel = fuel;
    return hostError;

#undef CASE
#undef NEXT
#undef NEXT_AFTER_CALL
#undef TRAP
#undef LOAD
#undef STORE
#undef U32
#undef U64
#undef UN32
#undef UN64
#undef BIN32
#undef BIN64
#undef S32
#undef S64
}

} // namespace bs::zk::wasm
