// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A decoded and validated WebAssembly 1.0 (MVP) module, restricted to the integer subset that
// circom 2 witness calculators use: value types i32/i64 only, no floats, no SIMD, no post-MVP
// extensions. Decoding validates everything (types, indices, stack heights, control nesting)
// and compiles each function body into a compact internal instruction stream with branch
// targets and stack heights resolved, so that the interpreter (wasm_interpreter.h) never has
// to check anything that validation already proved.
//
// A Module is immutable after decode() and may be shared between threads and instances.

#include "util/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bs::zk::wasm {

enum class ValType : uint8_t
{
    I32 = 0x7f,
    I64 = 0x7e
};

struct FuncType
{
    std::vector<ValType> params;
    std::vector<ValType> results; // at most one (MVP)
    bool operator==(const FuncType&) const = default;
};

enum class ExternKind : uint8_t
{
    Function = 0,
    Table = 1,
    Memory = 2,
    Global = 3
};

struct Import
{
    std::string module;
    std::string name;
    uint32_t typeIndex = 0; // only function imports are supported
};

struct Export
{
    std::string name;
    ExternKind kind = ExternKind::Function;
    uint32_t index = 0;
};

struct Limits
{
    uint32_t min = 0;
    std::optional<uint32_t> max;
};

struct Global
{
    ValType type = ValType::I32;
    bool mutable_ = false;
    uint64_t init = 0; // constant initializer (i32 zero-extended)
};

struct ElementSegment
{
    uint32_t offset = 0; // constant i32 offset into table 0
    std::vector<uint32_t> functions;
};

struct DataSegment
{
    uint32_t offset = 0; // constant i32 offset into memory 0
    std::vector<uint8_t> bytes;
};

// Compiled function body; see wasm_module.cpp for the instruction encoding.
struct Function
{
    uint32_t typeIndex = 0;
    uint32_t numParams = 0;
    uint32_t numResults = 0;
    uint32_t numLocals = 0;  // parameters + declared locals
    uint32_t maxHeight = 0;  // locals + the deepest operand stack, in 64-bit slots
    uint32_t codeOffset = 0; // into Module::code()
};

// Bounds applied while decoding, so a hostile module cannot make us allocate or compile
// without limit. The defaults are far above what circom emits (eERC withdraw: 2 MB, 312
// functions, <= 35 locals per function).
struct DecodeLimits
{
    size_t maxModuleBytes = 64u << 20;
    uint32_t maxFunctions = 100000;
    uint32_t maxLocalsPerFunction = 50000;
    uint32_t maxTableSize = 1u << 20;
};

class Module
{
public:
    // Decodes and validates `bytes`. Any malformed or unsupported input gives an Error naming
    // the problem and its byte offset; never undefined behaviour.
    static Result<std::shared_ptr<const Module>> decode(std::span<const uint8_t> bytes,
                                                        const DecodeLimits& limits = {});

    const std::vector<FuncType>& types() const { return m_types; }
    const std::vector<Import>& imports() const { return m_imports; }
    const std::vector<Export>& exports() const { return m_exports; }
    const std::vector<Global>& globals() const { return m_globals; }
    const std::vector<ElementSegment>& elements() const { return m_elements; }
    const std::vector<DataSegment>& data() const { return m_data; }
    std::optional<Limits> memory() const { return m_memory; }
    std::optional<Limits> table() const { return m_table; }
    std::optional<uint32_t> startFunction() const { return m_start; }

    // Function index space: imports first, then defined functions.
    uint32_t numImportedFunctions() const { return uint32_t(m_imports.size()); }
    uint32_t numFunctions() const { return uint32_t(m_imports.size() + m_functions.size()); }
    const FuncType& functionType(uint32_t funcIndex) const;
    // Defined function `funcIndex - numImportedFunctions()`.
    const Function& definedFunction(uint32_t definedIndex) const
    {
        return m_functions[definedIndex];
    }

    // Canonical id of a type: equal signatures share one id (call_indirect compares these).
    uint32_t canonicalType(uint32_t typeIndex) const { return m_canonicalType[typeIndex]; }
    uint32_t functionCanonicalType(uint32_t funcIndex) const;

    // The function's name from the module's "name" custom section (debug info, not validated
    // beyond UTF-8), or empty. Untrusted: use it only as a hint, never for correctness.
    std::string_view functionName(uint32_t funcIndex) const;

    const Export* findExport(std::string_view name) const;
    // Index of the exported function `name`, or nullopt if absent or not a function.
    std::optional<uint32_t> exportedFunction(std::string_view name) const;

    const std::vector<uint32_t>& code() const { return m_code; }

private:
    friend class ModuleDecoder;
    Module() = default;

    std::vector<FuncType> m_types;
    std::vector<uint32_t> m_canonicalType;
    std::vector<Import> m_imports;
    std::vector<Function> m_functions;
    std::vector<Export> m_exports;
    std::vector<Global> m_globals;
    std::vector<ElementSegment> m_elements;
    std::vector<DataSegment> m_data;
    std::optional<Limits> m_table;
    std::optional<Limits> m_memory;
    std::optional<uint32_t> m_start;
    std::vector<uint32_t> m_code;
    std::vector<std::string> m_functionNames; // empty, or one per function
};

// Internal instruction set of the compiled code (shared by decoder and interpreter). Numeric
// and memory instructions keep their WebAssembly opcode; control flow is rewritten into the
// ops below, which use opcode values that WebAssembly MVP leaves unassigned or does not allow.
namespace op {
enum : uint32_t
{
    Unreachable = 0x00,
    // imm: target pc, target height (slots above the frame base), arity (0/1)
    Br = 0x0c,
    BrIf = 0x0d,
    // imm: count n, then n + 1 triples (pc, height, arity); the last one is the default
    BrTable = 0x0e,
    Return = 0x0f,       // imm: result arity (0/1)
    Call = 0x10,         // imm: function index
    CallIndirect = 0x11, // imm: canonical type id
    Drop = 0x1a,
    Select = 0x1b,
    LocalGet = 0x20, // imm: local index
    LocalSet = 0x21,
    LocalTee = 0x22,
    GlobalGet = 0x23, // imm: global index
    GlobalSet = 0x24,
    // loads/stores 0x28..0x3e (floats excluded): imm: offset
    MemorySize = 0x3f,
    MemoryGrow = 0x40,
    I32Const = 0x41, // imm: value
    I64Const = 0x42, // imm: low word, high word
    // 0x45..0x8a integer numeric ops, 0xa7 wrap, 0xac/0xad extend: no immediates
    BrUnless = 0xe0, // `if`: jump to imm pc when the popped i32 is zero
    LoopHead = 0xe1, // charged one unit of fuel per loop iteration
    // Fused sequences (see the peephole in wasm_module.cpp):
    LocalGet2 = 0xe2,    // local.get a; local.get b          imm: a, b
    LocalSetGet = 0xe3,  // local.set a; local.get b          imm: a, b
    LocalShrU64 = 0xe4,  // local.get a; i64.const c; i64.shr_u   imm: a, c low, c high
    LocalAnd64 = 0xe5,   // local.get a; i64.const c; i64.and     imm: a, c low, c high
    I64AddSet = 0xe6,    // i64.add; local.set a              imm: a
    I64MulAddSet = 0xe7, // i64.mul; i64.add; local.set a    imm: a
};
} // namespace op

} // namespace bs::zk::wasm
