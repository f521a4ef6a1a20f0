// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Execution engine for validated WebAssembly modules (wasm_module.h): one Instance owns the
// linear memory, globals, table and value stack of one instantiation.
//
// Safety: every memory access is bounds-checked, memory growth is capped by
// InstanceLimits::maxMemoryPages, recursion by maxCallDepth (counted across host calls that
// re-enter the instance, whose own nesting maxReentry bounds, so neither the wasm stack nor
// the native one can overflow) and the value stack by valueStackSlots; a fuel budget stops
// runaway loops and a stop token cancels a run. Any violation is a trap, reported as an
// Error; the instance stays usable afterwards (its memory keeps whatever the trapped code
// wrote).
//
// Threads: an Instance is not thread-safe. Create one instance per thread; they can share
// one Module, so the per-thread cost is memory and data-segment initialization only.

#include "zk/wasm_module.h"

#include <cstdlib>
#include <functional>
#include <memory>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace bs::zk::wasm {

class Instance;

// A host function receives its arguments (i32 in the low 32 bits of each slot) and writes
// its result, if its type has one, to *result. Returning an Error aborts the whole wasm
// call in progress with that error (a trap); that is how a host "throws".
using HostFunction =
    std::function<Result<void>(Instance&, std::span<const uint64_t> args, uint64_t* result)>;

// What a native function sees: the instance's linear memory and its remaining fuel.
struct NativeContext
{
    uint8_t* memory;
    uint64_t memorySize;
    uint64_t fuel;
};

// A C++ implementation of a defined function, installed with Instance::setNative() to run in
// place of its WebAssembly body; it must have exactly the effects of that body. It reads its
// arguments as the interpreter keeps them (i32 zero-extended), writes its result, if the
// function has one, to *result, may spend fuel, must check every memory access against
// memorySize and must not grow the memory. Returns nullptr, or a trap message (e.g. "out of
// bounds memory access") to trap.
using NativeFunction = const char* (*)(NativeContext& ctx, const uint64_t* args, uint64_t* result);

struct HostImport
{
    std::string module;
    std::string name;
    FuncType type;
    HostFunction function;
};

struct InstanceLimits
{
    uint32_t maxMemoryPages = 65536;     // 64 KiB pages; 65536 = 4 GiB, the wasm32 maximum
    uint32_t valueStackSlots = 1u << 20; // 8 MiB of 64-bit slots (locals and operands)
    // Wasm frames alive at once, over all re-entrant calls together.
    uint32_t maxCallDepth = 10000;
    // call() activations alive at once (1 + host functions that call back into wasm): each
    // costs native stack, so this stays small. circom's hosts re-enter one level.
    uint32_t maxReentry = 32;
    // Fuel the instance starts with (also spent by the start function); see setFuel().
    uint64_t initialFuel = ~uint64_t(0);
};

// Zero-filled bytes from calloc. Large blocks come from the kernel as untouched zero pages, so
// the part of a module's memory it never uses costs neither writes nor page faults (a
// std::vector writes every byte). The bytes may be secret (a witness), so a move to a larger
// block wipes the old one before freeing it, and the destructor wipes what it frees.
class ZeroedBytes
{
public:
    ZeroedBytes() = default;
    ZeroedBytes(const ZeroedBytes&) = delete;
    ZeroedBytes& operator=(const ZeroedBytes&) = delete;
    ~ZeroedBytes();

    // Grows to n bytes, keeping the contents and zero-filling the new tail. False when out of
    // memory; the buffer is then unchanged.
    bool grow(std::size_t n);
    // Zeroes every byte and makes the size n (<= size()); the block is kept for a later grow.
    void wipeAndResize(std::size_t n);
    uint8_t* data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }

private:
    struct Free
    {
        void operator()(uint8_t* p) const { std::free(p); }
    };
    std::unique_ptr<uint8_t, Free> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0; // bytes allocated; those past m_size are zero
};

class Instance
{
public:
    // Binds every import of `module` to the HostImport with the same module and name and the
    // same signature (an unknown or mismatched import is an Error), allocates memory, table
    // and globals, copies data and element segments (out-of-range segments are an Error) and
    // runs the start function if there is one.
    static Result<std::unique_ptr<Instance>> instantiate(std::shared_ptr<const Module> module,
                                                         std::vector<HostImport> imports,
                                                         const InstanceLimits& limits = {});

    Instance(const Instance&) = delete;
    Instance& operator=(const Instance&) = delete;

    // Calls function `funcIndex` (or the exported function `name`) with `args` (as many as
    // its type has parameters, i32 zero-extended). Returns its result (i32 in the low 32
    // bits, 0 for functions without a result) or the trap as an Error. May be called from a
    // host function while a call is in progress (re-entrant), as circom's hosts need.
    Result<uint64_t> call(uint32_t funcIndex, std::span<const uint64_t> args = {});
    Result<uint64_t> call(std::string_view exportName, std::span<const uint64_t> args = {});

    // Fuel: one unit per loop iteration and per call. A call that runs out traps with "fuel
    // exhausted". The default is unlimited (UINT64_MAX); untrusted code should get a budget.
    void setFuel(uint64_t fuel);
    uint64_t fuel() const { return m_fuel + m_fuelReserve; }

    // Cancellation: once `stop` is requested, the running call traps with "cancelled" within
    // kFuelSlice loop iterations or calls (and every later call() fails at once). The check
    // rides on the fuel counter, so it costs the hot loop nothing.
    void setStopToken(std::stop_token stop) { m_stop = std::move(stop); }
    static constexpr uint64_t kFuelSlice = uint64_t(1) << 16;
    static constexpr const char* kCancelledTrap = "cancelled";

    // Runs `fn` instead of the body of defined function `funcIndex` from now on (nullptr: the
    // body again). False if `funcIndex` is not a defined function. Calls from wasm code and
    // call() both use it; one unit of fuel per call is charged as for any call.
    bool setNative(uint32_t funcIndex, NativeFunction fn);
    NativeFunction native(uint32_t funcIndex) const
    {
        return funcIndex < m_natives.size() ? m_natives[funcIndex].fn : nullptr;
    }

    // Zeroes what runs left behind, with writes the compiler cannot drop: the whole linear
    // memory and the part of the value stack that was used (locals and operands). Then
    // restores the memory's initial size, the data segments and the globals, so the instance
    // is as freshly instantiated, except that the start function is not run again (callers
    // that wipe between runs refuse modules that have one). The witness calculator calls it
    // after every witness, so no secret input or wire value stays in the instance, and every
    // witness is computed from the same state.
    void wipe();
    // The value-stack slots used since the last wipe() (for tests to observe it).
    std::span<const uint64_t> usedValueStack() const
    {
        return {m_stack.get(), size_t(m_stackHigh - m_stack.get())};
    }

    // The linear memory; the span is invalidated by any call (memory may grow).
    std::span<uint8_t> memory() { return {m_memory.data(), m_memory.size()}; }
    std::span<const uint8_t> memory() const { return {m_memory.data(), m_memory.size()}; }

    const Module& module() const { return *m_module; }

private:
    Instance() = default;
    Result<void> execute(uint32_t funcIndex);
    Result<void> callHost(uint32_t funcIndex, uint64_t* args);
    const char* callNative(uint32_t funcIndex, uint64_t* args);
    void initializeState(const Module& m);
    // Cold path of the fuel counter: `fuel` (the current slice) ran out. Refills it from the
    // reserve, charging the unit being spent, and returns nullptr; or returns the trap message
    // (cancelled, fuel exhausted) with fuel 0.
    const char* refuel(uint64_t& fuel);
    // Natives see all remaining fuel; their spending is taken from the slice first.
    void afterNative(uint64_t& fuel, uint64_t remaining);

    struct Frame
    {
        const uint32_t* returnPc;
        uint64_t* fp;
    };

    std::shared_ptr<const Module> m_module;
    std::vector<HostImport> m_hosts; // indexed like the module's imports
    struct NativeEntry
    {
        NativeFunction fn = nullptr;
        uint32_t numParams = 0;
        bool hasResult = false;
        uint64_t resultMask = 0; // i32 results are kept zero-extended
    };
    std::vector<NativeEntry> m_natives; // indexed by function, one per function
    ZeroedBytes m_memory;
    std::vector<uint64_t> m_globals;
    std::vector<int64_t> m_table; // function index, -1 = null
    // Locals are zeroed on entry and operands written before they are read, so the stack
    // needs no initialisation (and its untouched pages are never mapped in).
    std::unique_ptr<uint64_t[]> m_stack;
    std::size_t m_stackSize = 0;
    uint64_t* m_sp = nullptr;        // first free slot of m_stack
    uint64_t* m_stackHigh = nullptr; // end of the slots used since the last wipe()
    std::vector<Frame> m_frames;
    InstanceLimits m_limits;
    // Fuel is handed out in slices of kFuelSlice: m_fuel is the current slice, the rest waits
    // in m_fuelReserve, and the stop token is checked each time a slice runs out.
    uint64_t m_fuel = 0;
    uint64_t m_fuelReserve = ~uint64_t(0);
    std::stop_token m_stop;
    uint32_t m_reentry = 0; // call() activations alive
};

} // namespace bs::zk::wasm
