// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/wasm_module.h"

#include "util/utf8.h"

#include <algorithm>
#include <limits>
#include <unordered_set>

namespace bs::zk::wasm {

namespace {

constexpr uint32_t kMaxPages = 65536; // 4 GiB, the wasm32 limit

// Operand type during validation; Unknown is the polymorphic type of unreachable code.
enum class VType : uint8_t
{
    I32,
    I64,
    Unknown
};

VType toV(ValType t)
{
    return t == ValType::I32 ? VType::I32 : VType::I64;
}

std::string hexByte(uint32_t b)
{
    static const char* digits = "0123456789abcdef";
    return std::string("0x") + digits[(b >> 4) & 15] + digits[b & 15];
}

// Bounds-checked reader over the module bytes. Every read reports failure through `ok`
// instead of reading past the end; callers check `failed()` at convenient points.
class Reader
{
public:
    Reader(const uint8_t* begin, const uint8_t* end, size_t base)
        : m_p(begin)
        , m_end(end)
        , m_base(base)
        , m_begin(begin)
    {}

    size_t offset() const { return m_base + size_t(m_p - m_begin); }
    size_t remaining() const { return size_t(m_end - m_p); }
    bool atEnd() const { return m_p == m_end; }
    const uint8_t* position() const { return m_p; }

    std::optional<uint8_t> byte()
    {
        if (m_p == m_end)
            return std::nullopt;
        return *m_p++;
    }

    std::optional<uint32_t> u32()
    {
        uint32_t result = 0;
        for (int i = 0; i < 5; ++i) {
            if (m_p == m_end)
                return std::nullopt;
            const uint8_t b = *m_p++;
            if (i == 4 && (b & 0xf0) != 0)
                return std::nullopt; // unused bits must be zero, and no 6th byte
            result |= uint32_t(b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0)
                return result;
        }
        return std::nullopt;
    }

    std::optional<int32_t> s32()
    {
        uint32_t result = 0;
        for (int i = 0; i < 5; ++i) {
            if (m_p == m_end)
                return std::nullopt;
            const uint8_t b = *m_p++;
            if (i == 4) {
                // Bits 4..6 must be the sign extension of bit 3; no continuation.
                if ((b & 0x80) != 0)
                    return std::nullopt;
                const uint8_t high = b & 0x70;
                if (high != ((b & 0x08) ? 0x70 : 0x00))
                    return std::nullopt;
            }
            result |= uint32_t(b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                const int shift = 7 * (i + 1);
                if (shift < 32 && (b & 0x40))
                    result |= ~uint32_t(0) << shift;
                return int32_t(result);
            }
        }
        return std::nullopt;
    }

    std::optional<int64_t> s64()
    {
        uint64_t result = 0;
        for (int i = 0; i < 10; ++i) {
            if (m_p == m_end)
                return std::nullopt;
            const uint8_t b = *m_p++;
            if (i == 9) {
                if (b != 0x00 && b != 0x7f)
                    return std::nullopt;
            }
            result |= uint64_t(b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                const int shift = 7 * (i + 1);
                if (shift < 64 && (b & 0x40))
                    result |= ~uint64_t(0) << shift;
                return int64_t(result);
            }
        }
        return std::nullopt;
    }

    std::optional<std::span<const uint8_t>> bytes(size_t n)
    {
        if (remaining() < n)
            return std::nullopt;
        std::span<const uint8_t> s(m_p, n);
        m_p += n;
        return s;
    }

private:
    const uint8_t* m_p;
    const uint8_t* m_end;
    size_t m_base;
    const uint8_t* m_begin;
};

// "Invalid WebAssembly module at byte <offset>: <what is wrong there>", the second part a
// nested error (each of its sentences below is whole, for translators).
constexpr Text kInvalidModule = BS_TR("zk", "Invalid WebAssembly module at byte %1: %2");
// What is wrong, where it is said in several places.
constexpr Text kTruncatedI32Constant = BS_TR("zk", "malformed or truncated i32 constant");
constexpr Text kTruncatedI64Constant = BS_TR("zk", "malformed or truncated i64 constant");
constexpr Text kTruncatedBranchDepth = BS_TR("zk", "malformed or truncated branch depth");
constexpr Text kTooManyFunctions = BS_TR("zk", "too many functions");
constexpr Text kMemoryOpWithoutMemory = BS_TR("zk", "memory instruction without a memory");

// The sentences about the limits of a table or of a memory.
struct LimitsTexts
{
    Text badFlag;
    Text maxBelowMin;
    Text tooLarge;
};
constexpr LimitsTexts kTableLimits{
    BS_TR("zk", "bad limits flag for table"),
    BS_TR("zk", "table maximum is below its minimum"),
    BS_TR("zk", "table size exceeds the supported limit"),
};
constexpr LimitsTexts kMemoryLimits{
    BS_TR("zk", "bad limits flag for memory"),
    BS_TR("zk", "memory maximum is below its minimum"),
    BS_TR("zk", "memory size exceeds the supported limit"),
};

} // namespace

// Decodes one module; a class so the many small steps can share the error state.
class ModuleDecoder
{
public:
    ModuleDecoder(std::span<const uint8_t> bytes, const DecodeLimits& limits)
        : m_bytes(bytes)
        , m_limits(limits)
        , m_module(new Module())
    {}

    Result<std::shared_ptr<const Module>> run();

private:
    struct Failure
    {};

    // Ends the decoding with "Invalid WebAssembly module at byte <offset>: <what>", where
    // `what` (filled with `args`) says what is wrong there.
    template <class... Args>
    [[noreturn]] void error(size_t offset, Text what, Args&&... args)
    {
        m_error = fail(kInvalidModule, offset, fail(what, std::forward<Args>(args)...));
        throw Failure{};
    }

    // `truncated`: "malformed or truncated <the item read>".
    template <class T>
    T need(std::optional<T> v, Reader& r, Text truncated)
    {
        if (!v)
            error(r.offset(), truncated);
        return *v;
    }

    // The count of a vector of items; `truncated` as for need(), `tooLarge`: "count of <the
    // items> exceeds the section size".
    uint32_t count(Reader& r, Text truncated, Text tooLarge)
    {
        const uint32_t n = need(r.u32(), r, truncated);
        // Every element takes at least one byte: reject counts the section cannot hold
        // before reserving memory for them.
        if (n > r.remaining())
            error(r.offset(), tooLarge);
        return n;
    }

    std::string name(Reader& r)
    {
        const uint32_t len = need(r.u32(), r, BS_TR("zk", "malformed or truncated name length"));
        const auto b = r.bytes(len);
        if (!b)
            error(r.offset(), BS_TR("zk", "name runs past the end of the section"));
        if (!util::isValidUtf8(*b))
            error(r.offset(), BS_TR("zk", "name is not valid UTF-8"));
        return std::string(b->begin(), b->end());
    }

    ValType valType(Reader& r)
    {
        const size_t at = r.offset();
        const uint8_t b = need(r.byte(), r, BS_TR("zk", "malformed or truncated value type"));
        if (b == 0x7f)
            return ValType::I32;
        if (b == 0x7e)
            return ValType::I64;
        if (b == 0x7d || b == 0x7c)
            error(at,
                  BS_TR("zk",
                        "floating-point value types are not supported (circom does not use "
                        "them)"));
        error(at, BS_TR("zk", "unknown value type %1"), hexByte(b));
    }

    Limits limits(Reader& r, uint32_t maxAllowed, const LimitsTexts& texts)
    {
        const size_t at = r.offset();
        const uint8_t flag = need(r.byte(), r, BS_TR("zk", "malformed or truncated limits"));
        if (flag > 1)
            error(at, texts.badFlag);
        Limits l;
        l.min = need(r.u32(), r, BS_TR("zk", "malformed or truncated limits minimum"));
        if (flag == 1) {
            l.max = need(r.u32(), r, BS_TR("zk", "malformed or truncated limits maximum"));
            if (*l.max < l.min)
                error(at, texts.maxBelowMin);
        }
        if (l.min > maxAllowed || (l.max && *l.max > maxAllowed))
            error(at, texts.tooLarge);
        return l;
    }

    // A constant expression of type `t`: `t.const` or `global.get` of an immutable global
    // defined earlier (MVP only allows imported globals there, which we do not support, so
    // only constants remain), then `end`.
    uint64_t constExpr(Reader& r, ValType t)
    {
        const size_t at = r.offset();
        const uint8_t opcode =
            need(r.byte(), r, BS_TR("zk", "malformed or truncated constant expression"));
        uint64_t v = 0;
        if (opcode == 0x41 && t == ValType::I32)
            v = uint32_t(need(r.s32(), r, kTruncatedI32Constant));
        else if (opcode == 0x42 && t == ValType::I64)
            v = uint64_t(need(r.s64(), r, kTruncatedI64Constant));
        else
            error(at, BS_TR("zk", "unsupported or mistyped constant expression"));
        if (need(r.byte(), r, BS_TR("zk", "malformed or truncated constant expression end")) !=
            0x0b)
            error(at, BS_TR("zk", "constant expression must end after one instruction"));
        return v;
    }

    void typeSection(Reader& r);
    void importSection(Reader& r);
    void functionSection(Reader& r);
    void tableSection(Reader& r);
    void memorySection(Reader& r);
    void globalSection(Reader& r);
    void exportSection(Reader& r);
    void startSection(Reader& r);
    void elementSection(Reader& r);
    void codeSection(Reader& r);
    void dataSection(Reader& r);
    void compileBody(Reader& r, uint32_t definedIndex);
    void functionNames();

    std::vector<uint8_t> m_nameSection; // payload after the section name, if present
    std::span<const uint8_t> m_bytes;
    DecodeLimits m_limits;
    std::shared_ptr<Module> m_module;
    std::vector<uint32_t> m_declaredTypes; // function section: type per defined function
    Error m_error;
};

Result<std::shared_ptr<const Module>> ModuleDecoder::run()
{
    try {
        if (m_bytes.size() > m_limits.maxModuleBytes)
            error(0, BS_TR("zk", "module is larger than the allowed %1 bytes"),
                  m_limits.maxModuleBytes);
        Reader r(m_bytes.data(), m_bytes.data() + m_bytes.size(), 0);
        static constexpr uint8_t header[8] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
        const auto h = r.bytes(8);
        if (!h || !std::equal(h->begin(), h->begin() + 4, header, header + 4))
            error(0, BS_TR("zk", "not a WebAssembly binary (bad magic)"));
        if (!std::equal(h->begin() + 4, h->end(), header + 4, header + 8))
            error(4, BS_TR("zk", "unsupported WebAssembly version (only 1 is supported)"));

        int lastId = 0;
        while (!r.atEnd()) {
            const size_t at = r.offset();
            const uint8_t id = need(r.byte(), r, BS_TR("zk", "malformed or truncated section id"));
            const uint32_t size =
                need(r.u32(), r, BS_TR("zk", "malformed or truncated section size"));
            const auto body = r.bytes(size);
            if (!body)
                error(at, BS_TR("zk", "section size runs past the end of the module"));
            Reader s(body->data(), body->data() + body->size(), r.offset() - size);
            if (id == 0) {
                // Custom section: its name must be valid; only "name" is read, and leniently.
                if (name(s) == "name") {
                    const auto rest = s.bytes(s.remaining());
                    m_nameSection.assign(rest->begin(), rest->end());
                }
                continue;
            }
            if (id > 11)
                error(at, BS_TR("zk", "unknown or unsupported section id %1"), id);
            if (id <= lastId)
                error(at, BS_TR("zk", "section %1 is out of order or repeated"), id);
            lastId = id;
            switch (id) {
            case 1:
                typeSection(s);
                break;
            case 2:
                importSection(s);
                break;
            case 3:
                functionSection(s);
                break;
            case 4:
                tableSection(s);
                break;
            case 5:
                memorySection(s);
                break;
            case 6:
                globalSection(s);
                break;
            case 7:
                exportSection(s);
                break;
            case 8:
                startSection(s);
                break;
            case 9:
                elementSection(s);
                break;
            case 10:
                codeSection(s);
                break;
            case 11:
                dataSection(s);
                break;
            }
            if (!s.atEnd())
                error(s.offset(), BS_TR("zk", "section %1 has trailing bytes"), id);
        }
        if (m_declaredTypes.size() != m_module->m_functions.size())
            error(m_bytes.size(),
                  BS_TR("zk", "function section declares bodies that the code section lacks"));
        // No shrink_to_fit: it would copy the whole code (megabytes) into fresh pages, while
        // the unused reserve at the end was never touched and costs address space only.
        functionNames();
    } catch (const Failure&) {
        return std::move(m_error);
    }
    return std::shared_ptr<const Module>(std::move(m_module));
}

void ModuleDecoder::typeSection(Reader& r)
{
    const uint32_t n = count(r, BS_TR("zk", "malformed or truncated types"),
                             BS_TR("zk", "count of types exceeds the section size"));
    auto& types = m_module->m_types;
    types.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
        const size_t at = r.offset();
        if (need(r.byte(), r, BS_TR("zk", "malformed or truncated function type")) != 0x60)
            error(at, BS_TR("zk", "expected a function type (0x60)"));
        FuncType t;
        const uint32_t np = count(r, BS_TR("zk", "malformed or truncated parameters"),
                                  BS_TR("zk", "count of parameters exceeds the section size"));
        for (uint32_t k = 0; k < np; ++k)
            t.params.push_back(valType(r));
        const uint32_t nr = count(r, BS_TR("zk", "malformed or truncated results"),
                                  BS_TR("zk", "count of results exceeds the section size"));
        if (nr > 1)
            error(at, BS_TR("zk", "functions with more than one result are not supported"));
        for (uint32_t k = 0; k < nr; ++k)
            t.results.push_back(valType(r));
        uint32_t canonical = uint32_t(types.size());
        for (uint32_t k = 0; k < types.size(); ++k) {
            if (types[k] == t) {
                canonical = m_module->m_canonicalType[k];
                break;
            }
        }
        types.push_back(std::move(t));
        m_module->m_canonicalType.push_back(canonical);
    }
}

void ModuleDecoder::importSection(Reader& r)
{
    const uint32_t n = count(r, BS_TR("zk", "malformed or truncated imports"),
                             BS_TR("zk", "count of imports exceeds the section size"));
    for (uint32_t i = 0; i < n; ++i) {
        Import imp;
        imp.module = name(r);
        imp.name = name(r);
        const size_t at = r.offset();
        const uint8_t kind = need(r.byte(), r, BS_TR("zk", "malformed or truncated import kind"));
        if (kind != 0)
            error(at, BS_TR("zk", "import %1.%2: only function imports are supported"),
                  imp.module, imp.name);
        imp.typeIndex = need(r.u32(), r, BS_TR("zk", "malformed or truncated import type index"));
        if (imp.typeIndex >= m_module->m_types.size())
            error(at, BS_TR("zk", "import type index out of range"));
        if (m_module->m_imports.size() >= m_limits.maxFunctions)
            error(at, kTooManyFunctions);
        m_module->m_imports.push_back(std::move(imp));
    }
}

void ModuleDecoder::functionSection(Reader& r)
{
    const uint32_t n = count(r, BS_TR("zk", "malformed or truncated functions"),
                             BS_TR("zk", "count of functions exceeds the section size"));
    if (uint64_t(n) + m_module->m_imports.size() > m_limits.maxFunctions)
        error(r.offset(), kTooManyFunctions);
    for (uint32_t i = 0; i < n; ++i) {
        const size_t at = r.offset();
        const uint32_t t =
            need(r.u32(), r, BS_TR("zk", "malformed or truncated function type index"));
        if (t >= m_module->m_types.size())
            error(at, BS_TR("zk", "function type index out of range"));
        m_declaredTypes.push_back(t);
    }
}

void ModuleDecoder::tableSection(Reader& r)
{
    const uint32_t n = count(r, BS_TR("zk", "malformed or truncated tables"),
                             BS_TR("zk", "count of tables exceeds the section size"));
    if (n > 1)
        error(r.offset(), BS_TR("zk", "at most one table is allowed"));
    if (n == 1) {
        const size_t at = r.offset();
        if (need(r.byte(), r, BS_TR("zk", "malformed or truncated table element type")) != 0x70)
            error(at, BS_TR("zk", "table element type must be funcref"));
        m_module->m_table = limits(r, m_limits.maxTableSize, kTableLimits);
    }
}

void ModuleDecoder::memorySection(Reader& r)
{
    const uint32_t n = count(r, BS_TR("zk", "malformed or truncated memories"),
                             BS_TR("zk", "count of memories exceeds the section size"));
    if (n > 1)
        error(r.offset(), BS_TR("zk", "at most one memory is allowed"));
    if (n == 1)
        m_module->m_memory = limits(r, kMaxPages, kMemoryLimits);
}

void ModuleDecoder::globalSection(Reader& r)
{
    const uint32_t n = count(r, BS_TR("zk", "malformed or truncated globals"),
                             BS_TR("zk", "count of globals exceeds the section size"));
    for (uint32_t i = 0; i < n; ++i) {
        Global g;
        g.type = valType(r);
        const size_t at = r.offset();
        const uint8_t mut =
            need(r.byte(), r, BS_TR("zk", "malformed or truncated global mutability"));
        if (mut > 1)
            error(at, BS_TR("zk", "bad global mutability flag"));
        g.mutable_ = mut == 1;
        g.init = constExpr(r, g.type);
        m_module->m_globals.push_back(g);
    }
}

void ModuleDecoder::exportSection(Reader& r)
{
    const uint32_t n = count(r, BS_TR("zk", "malformed or truncated exports"),
                             BS_TR("zk", "count of exports exceeds the section size"));
    std::unordered_set<std::string> seen;
    for (uint32_t i = 0; i < n; ++i) {
        Export e;
        e.name = name(r);
        const size_t at = r.offset();
        const uint8_t kind = need(r.byte(), r, BS_TR("zk", "malformed or truncated export kind"));
        e.index = need(r.u32(), r, BS_TR("zk", "malformed or truncated export index"));
        switch (kind) {
        case 0:
            if (e.index >= m_module->m_imports.size() + m_declaredTypes.size())
                error(at, BS_TR("zk", "exported function index out of range"));
            break;
        case 1:
            if (!m_module->m_table || e.index != 0)
                error(at, BS_TR("zk", "exported table index out of range"));
            break;
        case 2:
            if (!m_module->m_memory || e.index != 0)
                error(at, BS_TR("zk", "exported memory index out of range"));
            break;
        case 3:
            if (e.index >= m_module->m_globals.size())
                error(at, BS_TR("zk", "exported global index out of range"));
            break;
        default:
            error(at, BS_TR("zk", "unknown export kind"));
        }
        e.kind = ExternKind(kind);
        if (!seen.insert(e.name).second)
            error(at, BS_TR("zk", "duplicate export name %1"), e.name);
        m_module->m_exports.push_back(std::move(e));
    }
}

void ModuleDecoder::startSection(Reader& r)
{
    const size_t at = r.offset();
    const uint32_t f = need(r.u32(), r, BS_TR("zk", "malformed or truncated start function index"));
    if (f >= m_module->m_imports.size() + m_declaredTypes.size())
        error(at, BS_TR("zk", "start function index out of range"));
    const uint32_t t = f < m_module->m_imports.size()
                           ? m_module->m_imports[f].typeIndex
                           : m_declaredTypes[f - m_module->m_imports.size()];
    if (!m_module->m_types[t].params.empty() || !m_module->m_types[t].results.empty())
        error(at, BS_TR("zk", "start function must take and return nothing"));
    m_module->m_start = f;
}

void ModuleDecoder::elementSection(Reader& r)
{
    const uint32_t n = count(r, BS_TR("zk", "malformed or truncated element segments"),
                             BS_TR("zk", "count of element segments exceeds the section size"));
    const uint64_t numFuncs = m_module->m_imports.size() + m_declaredTypes.size();
    for (uint32_t i = 0; i < n; ++i) {
        const size_t at = r.offset();
        if (need(r.u32(), r, BS_TR("zk", "malformed or truncated element segment flags")) != 0)
            error(at, BS_TR("zk", "only MVP active element segments for table 0 are supported"));
        if (!m_module->m_table)
            error(at, BS_TR("zk", "element segment without a table"));
        ElementSegment seg;
        seg.offset = uint32_t(constExpr(r, ValType::I32));
        const uint32_t k =
            count(r, BS_TR("zk", "malformed or truncated element functions"),
                  BS_TR("zk", "count of element functions exceeds the section size"));
        seg.functions.reserve(k);
        for (uint32_t j = 0; j < k; ++j) {
            const size_t fat = r.offset();
            const uint32_t f =
                need(r.u32(), r, BS_TR("zk", "malformed or truncated element function index"));
            if (f >= numFuncs)
                error(fat, BS_TR("zk", "element function index out of range"));
            seg.functions.push_back(f);
        }
        m_module->m_elements.push_back(std::move(seg));
    }
}

void ModuleDecoder::dataSection(Reader& r)
{
    const uint32_t n = count(r, BS_TR("zk", "malformed or truncated data segments"),
                             BS_TR("zk", "count of data segments exceeds the section size"));
    for (uint32_t i = 0; i < n; ++i) {
        const size_t at = r.offset();
        if (need(r.u32(), r, BS_TR("zk", "malformed or truncated data segment flags")) != 0)
            error(at, BS_TR("zk", "only MVP active data segments for memory 0 are supported"));
        if (!m_module->m_memory)
            error(at, BS_TR("zk", "data segment without a memory"));
        DataSegment seg;
        seg.offset = uint32_t(constExpr(r, ValType::I32));
        const uint32_t len =
            need(r.u32(), r, BS_TR("zk", "malformed or truncated data segment length"));
        const auto b = r.bytes(len);
        if (!b)
            error(r.offset(), BS_TR("zk", "data segment runs past the end of the section"));
        seg.bytes.assign(b->begin(), b->end());
        m_module->m_data.push_back(std::move(seg));
    }
}

void ModuleDecoder::codeSection(Reader& r)
{
    const uint32_t n = count(r, BS_TR("zk", "malformed or truncated function bodies"),
                             BS_TR("zk", "count of function bodies exceeds the section size"));
    if (n != m_declaredTypes.size())
        error(r.offset(), BS_TR("zk", "code section count differs from the function section"));
    m_module->m_functions.reserve(n);
    // circom's modules compile to about 0.35 code words per byte of the section: reserving
    // half a word per byte saves the copies (and page faults) of a doubling vector.
    m_module->m_code.reserve(r.remaining() / 2);
    for (uint32_t i = 0; i < n; ++i) {
        const size_t at = r.offset();
        const uint32_t size =
            need(r.u32(), r, BS_TR("zk", "malformed or truncated function body size"));
        const auto body = r.bytes(size);
        if (!body)
            error(at, BS_TR("zk", "function body runs past the end of the section"));
        Reader b(body->data(), body->data() + body->size(), r.offset() - size);
        compileBody(b, i);
    }
}

// Validates one function body (the algorithm of the WebAssembly spec's validation appendix)
// and emits its internal code at the same time.
void ModuleDecoder::compileBody(Reader& r, uint32_t definedIndex)
{
    Module& m = *m_module;
    const uint32_t typeIndex = m_declaredTypes[definedIndex];
    const FuncType& ft = m.m_types[typeIndex];

    std::vector<ValType> locals(ft.params.begin(), ft.params.end());
    const uint32_t groups = count(r, BS_TR("zk", "malformed or truncated local groups"),
                                  BS_TR("zk", "count of local groups exceeds the section size"));
    for (uint32_t g = 0; g < groups; ++g) {
        const size_t at = r.offset();
        const uint32_t k = need(r.u32(), r, BS_TR("zk", "malformed or truncated local count"));
        const ValType t = valType(r);
        if (uint64_t(locals.size()) + k > m_limits.maxLocalsPerFunction)
            error(at, BS_TR("zk", "too many locals"));
        locals.insert(locals.end(), k, t);
    }
    const uint32_t numLocals = uint32_t(locals.size());

    auto& code = m.m_code;
    if (code.size() > (uint64_t(1) << 31))
        error(r.offset(), BS_TR("zk", "module code too large"));
    Function fn;
    fn.typeIndex = typeIndex;
    fn.numParams = uint32_t(ft.params.size());
    fn.numResults = uint32_t(ft.results.size());
    fn.numLocals = numLocals;
    fn.codeOffset = uint32_t(code.size());

    struct Ctrl
    {
        uint8_t kind;    // 0 function, 1 block, 2 loop, 3 if, 4 else
        uint32_t height; // operand height at entry (without locals)
        uint32_t arity;  // result count (0/1)
        VType result;
        bool unreachable;
        uint32_t loopPc;              // loop: target of branches
        uint32_t ifPatch;             // if: position of the BrUnless target to patch
        std::vector<uint32_t> fixups; // forward branches to this block's end
    };
    std::vector<Ctrl> ctrls;
    std::vector<VType> stack;
    uint32_t maxStack = 0;

    auto push = [&](VType t) {
        stack.push_back(t);
        maxStack = std::max<uint32_t>(maxStack, uint32_t(stack.size()));
    };
    auto pop = [&](VType expect, size_t at) -> VType {
        Ctrl& c = ctrls.back();
        if (stack.size() == c.height) {
            if (c.unreachable)
                return expect;
            error(at, BS_TR("zk", "operand stack underflow"));
        }
        const VType t = stack.back();
        stack.pop_back();
        if (t != expect && t != VType::Unknown && expect != VType::Unknown)
            error(at, BS_TR("zk", "type mismatch on the operand stack"));
        return t;
    };
    auto setUnreachable = [&]() {
        stack.resize(ctrls.back().height);
        ctrls.back().unreachable = true;
    };
    auto emit = [&](uint32_t w) { code.push_back(w); };
    // Branch target triple for label depth `depth`; for loops the pc is known, for blocks a
    // fixup is recorded. Returns the label arity for type checking.
    auto emitTarget = [&](uint32_t depth, size_t at) -> Ctrl& {
        if (depth >= ctrls.size())
            error(at, BS_TR("zk", "branch depth out of range"));
        Ctrl& c = ctrls[ctrls.size() - 1 - depth];
        const uint32_t arity = c.kind == 2 ? 0 : c.arity;
        if (c.kind == 2) {
            emit(c.loopPc);
        } else {
            c.fixups.push_back(uint32_t(code.size()));
            emit(0);
        }
        emit(numLocals + c.height);
        emit(arity);
        return c;
    };
    auto labelType = [&](const Ctrl& c) -> std::optional<VType> {
        if (c.kind == 2 || c.arity == 0)
            return std::nullopt;
        return c.result;
    };

    ctrls.push_back(Ctrl{0,
                         0,
                         uint32_t(ft.results.size()),
                         ft.results.empty() ? VType::Unknown : toV(ft.results[0]),
                         false,
                         0,
                         0,
                         {}});

    // Peephole fusion of the hottest instruction sequences in circom's field arithmetic
    // (measured on a 10k-constraint circuit: about a quarter of all dispatches). Two
    // instructions may fuse only if no branch lands between them: `barrier` is the latest
    // position a branch can target, and the first instruction must start at or after it.
    constexpr uint32_t kNone = ~uint32_t(0);
    uint32_t barrier = uint32_t(code.size());
    uint32_t prevPos = kNone, prevOp = 0;   // last emitted instruction
    uint32_t prev2Pos = kNone, prev2Op = 0; // the one before it
    auto fusable = [&](uint32_t pos) { return pos != kNone && pos >= barrier; };
    // Replaces the last instruction by `fusedOp` (keeping its immediates) and marks it so.
    auto fuseLast = [&](uint32_t fusedOp) {
        code[prevPos] = fusedOp;
        prevOp = fusedOp;
        prev2Pos = kNone;
        return true;
    };

    while (true) {
        const size_t at = r.offset();
        const uint8_t opc = need(r.byte(), r, BS_TR("zk", "malformed or truncated instruction"));
        const uint32_t instrStart = uint32_t(code.size());
        bool fused = false;
        switch (opc) {
        case 0x00: // unreachable
            emit(op::Unreachable);
            setUnreachable();
            break;
        case 0x01: // nop
            break;
        case 0x02:   // block
        case 0x03:   // loop
        case 0x04: { // if
            const size_t bat = r.offset();
            const uint8_t bt = need(r.byte(), r, BS_TR("zk", "malformed or truncated block type"));
            uint32_t arity = 0;
            VType result = VType::Unknown;
            if (bt == 0x7f || bt == 0x7e) {
                arity = 1;
                result = bt == 0x7f ? VType::I32 : VType::I64;
            } else if (bt != 0x40) {
                error(bat,
                      BS_TR("zk",
                            "unsupported block type (multi-value and floats are not supported)"));
            }
            if (opc == 0x04)
                pop(VType::I32, at);
            Ctrl c{uint8_t(opc == 0x02   ? 1
                           : opc == 0x03 ? 2
                                         : 3),
                   uint32_t(stack.size()),
                   arity,
                   result,
                   false,
                   0,
                   0,
                   {}};
            if (opc == 0x03) {
                c.loopPc = uint32_t(code.size());
                barrier = c.loopPc;
                emit(op::LoopHead);
            } else if (opc == 0x04) {
                emit(op::BrUnless);
                c.ifPatch = uint32_t(code.size());
                emit(0);
            }
            if (ctrls.size() > 10000)
                error(at, BS_TR("zk", "blocks nested too deeply"));
            ctrls.push_back(std::move(c));
            break;
        }
        case 0x05: { // else
            Ctrl& c = ctrls.back();
            if (c.kind != 3)
                error(at, BS_TR("zk", "else without a matching if"));
            if (c.arity)
                pop(c.result, at);
            if (stack.size() != c.height)
                error(at, BS_TR("zk", "operand stack height mismatch at else"));
            // The then-branch jumps over the else-branch to the end.
            emit(op::Br);
            c.fixups.push_back(uint32_t(code.size()));
            emit(0);
            emit(numLocals + c.height + c.arity);
            emit(0); // the result (if any) is already in place
            code[c.ifPatch] = uint32_t(code.size());
            barrier = uint32_t(code.size());
            c.ifPatch = 0;
            c.kind = 4;
            c.unreachable = false;
            break;
        }
        case 0x0b: { // end
            Ctrl& c = ctrls.back();
            if (c.arity)
                pop(c.result, at);
            if (stack.size() != c.height)
                error(at, BS_TR("zk", "operand stack height mismatch at end of block"));
            if (c.kind == 3) {
                if (c.arity)
                    error(at, BS_TR("zk", "if with a result needs an else"));
                code[c.ifPatch] = uint32_t(code.size());
            }
            if (c.kind == 0) {
                emit(op::Return);
                emit(c.arity);
                for (uint32_t f : c.fixups)
                    code[f] = uint32_t(code.size() - 2); // branches to the function end return
                if (!r.atEnd())
                    error(r.offset(), BS_TR("zk", "bytes after the end of the function body"));
                fn.maxHeight = numLocals + maxStack;
                m.m_functions.push_back(fn);
                return;
            }
            for (uint32_t f : c.fixups)
                code[f] = uint32_t(code.size());
            barrier = uint32_t(code.size()); // also the if's jump target when it has no else
            const uint32_t arity = c.arity;
            const VType result = c.result;
            ctrls.pop_back();
            if (arity)
                push(result);
            break;
        }
        case 0x0c: { // br
            const uint32_t depth = need(r.u32(), r, kTruncatedBranchDepth);
            emit(op::Br);
            const Ctrl& c = emitTarget(depth, at);
            if (auto t = labelType(c))
                pop(*t, at);
            setUnreachable();
            break;
        }
        case 0x0d: { // br_if
            const uint32_t depth = need(r.u32(), r, kTruncatedBranchDepth);
            pop(VType::I32, at);
            emit(op::BrIf);
            const Ctrl& c = emitTarget(depth, at);
            if (auto t = labelType(c)) {
                pop(*t, at);
                push(*t);
            }
            break;
        }
        case 0x0e: { // br_table
            const uint32_t n =
                count(r, BS_TR("zk", "malformed or truncated branch table entries"),
                      BS_TR("zk", "count of branch table entries exceeds the section size"));
            pop(VType::I32, at);
            emit(op::BrTable);
            emit(n);
            std::optional<size_t> arity;
            std::optional<VType> type;
            for (uint32_t i = 0; i <= n; ++i) {
                const uint32_t depth = need(r.u32(), r, kTruncatedBranchDepth);
                const Ctrl& c = emitTarget(depth, at);
                const auto t = labelType(c);
                const size_t a = t ? 1 : 0;
                if (arity && *arity != a)
                    error(at, BS_TR("zk", "br_table targets have different arities"));
                if (arity && a && *type != *t)
                    error(at, BS_TR("zk", "br_table targets have different types"));
                arity = a;
                type = t;
            }
            if (type)
                pop(*type, at);
            setUnreachable();
            break;
        }
        case 0x0f: { // return
            if (!ft.results.empty())
                pop(toV(ft.results[0]), at);
            emit(op::Return);
            emit(uint32_t(ft.results.size()));
            setUnreachable();
            break;
        }
        case 0x10: { // call
            const uint32_t f =
                need(r.u32(), r, BS_TR("zk", "malformed or truncated function index"));
            if (f >= m.m_imports.size() + m_declaredTypes.size())
                error(at, BS_TR("zk", "call to a function index out of range"));
            const uint32_t t = f < m.m_imports.size() ? m.m_imports[f].typeIndex
                                                      : m_declaredTypes[f - m.m_imports.size()];
            const FuncType& callee = m.m_types[t];
            for (size_t i = callee.params.size(); i-- > 0;)
                pop(toV(callee.params[i]), at);
            for (ValType res : callee.results)
                push(toV(res));
            emit(op::Call);
            emit(f);
            break;
        }
        case 0x11: { // call_indirect
            const uint32_t t = need(r.u32(), r, BS_TR("zk", "malformed or truncated type index"));
            const size_t tat = r.offset();
            if (need(r.byte(), r, BS_TR("zk", "malformed or truncated table index")) != 0)
                error(tat, BS_TR("zk", "call_indirect table index must be 0"));
            if (!m.m_table)
                error(at, BS_TR("zk", "call_indirect without a table"));
            if (t >= m.m_types.size())
                error(at, BS_TR("zk", "call_indirect type index out of range"));
            pop(VType::I32, at);
            const FuncType& callee = m.m_types[t];
            for (size_t i = callee.params.size(); i-- > 0;)
                pop(toV(callee.params[i]), at);
            for (ValType res : callee.results)
                push(toV(res));
            emit(op::CallIndirect);
            emit(m.m_canonicalType[t]);
            break;
        }
        case 0x1a: // drop
            pop(VType::Unknown, at);
            emit(op::Drop);
            break;
        case 0x1b: { // select
            pop(VType::I32, at);
            const VType a = pop(VType::Unknown, at);
            const VType b = pop(a, at);
            push(a == VType::Unknown ? b : a);
            emit(op::Select);
            break;
        }
        case 0x20:
        case 0x21:
        case 0x22: {
            const uint32_t idx =
                need(r.u32(), r, BS_TR("zk", "malformed or truncated local index"));
            if (idx >= numLocals)
                error(at, BS_TR("zk", "local index out of range"));
            const VType t = toV(locals[idx]);
            if (opc == 0x20) {
                push(t);
            } else {
                pop(t, at);
                if (opc == 0x22)
                    push(t);
            }
            if (opc == 0x20 && fusable(prevPos) && prevOp == 0x20) {
                fused = fuseLast(op::LocalGet2);
            } else if (opc == 0x20 && fusable(prevPos) && prevOp == 0x21) {
                fused = fuseLast(op::LocalSetGet);
            } else if (opc == 0x21 && fusable(prev2Pos) && prevOp == 0x7c && prev2Op == 0x7e &&
                       prevPos == prev2Pos + 1) {
                // [i64.mul][i64.add] + local.set -> [fused idx]
                code[prev2Pos] = op::I64MulAddSet;
                code[prevPos] = idx;
                prevPos = prev2Pos;
                prevOp = op::I64MulAddSet;
                prev2Pos = kNone;
                fused = true;
                break;
            } else if (opc == 0x21 && fusable(prevPos) && prevOp == 0x7c) {
                fused = fuseLast(op::I64AddSet);
            } else {
                emit(opc);
            }
            emit(idx);
            break;
        }
        case 0x23:
        case 0x24: {
            const uint32_t idx =
                need(r.u32(), r, BS_TR("zk", "malformed or truncated global index"));
            if (idx >= m.m_globals.size())
                error(at, BS_TR("zk", "global index out of range"));
            const VType t = toV(m.m_globals[idx].type);
            if (opc == 0x23) {
                push(t);
            } else {
                if (!m.m_globals[idx].mutable_)
                    error(at, BS_TR("zk", "global.set of an immutable global"));
                pop(t, at);
            }
            emit(opc);
            emit(idx);
            break;
        }
        case 0x3f:
        case 0x40: {
            const size_t zat = r.offset();
            if (need(r.byte(), r, BS_TR("zk", "malformed or truncated memory index")) != 0)
                error(zat, BS_TR("zk", "memory index must be 0"));
            if (!m.m_memory)
                error(at, kMemoryOpWithoutMemory);
            if (opc == 0x40)
                pop(VType::I32, at);
            push(VType::I32);
            emit(opc);
            break;
        }
        case 0x41:
            push(VType::I32);
            emit(op::I32Const);
            emit(uint32_t(need(r.s32(), r, kTruncatedI32Constant)));
            break;
        case 0x42: {
            const uint64_t v = uint64_t(need(r.s64(), r, kTruncatedI64Constant));
            push(VType::I64);
            emit(op::I64Const);
            emit(uint32_t(v));
            emit(uint32_t(v >> 32));
            break;
        }
        default: {
            // Loads and stores: natural alignment bound, then the offset.
            if (opc >= 0x28 && opc <= 0x3e && opc != 0x2a && opc != 0x2b && opc != 0x38 &&
                opc != 0x39) {
                static constexpr uint8_t width[] = {4, 8, 0, 0, 1, 1, 2, 2, 1,
                                                    1, 2, 2, 4, 4,              // loads 0x28..0x35
                                                    4, 8, 0, 0, 1, 2, 1, 2, 4}; // stores 0x36..0x3e
                const uint32_t align =
                    need(r.u32(), r, BS_TR("zk", "malformed or truncated memory alignment"));
                const uint32_t offset =
                    need(r.u32(), r, BS_TR("zk", "malformed or truncated memory offset"));
                if (!m.m_memory)
                    error(at, kMemoryOpWithoutMemory);
                if (align >= 32 || (uint32_t(1) << align) > width[opc - 0x28])
                    error(at, BS_TR("zk", "alignment larger than the access width"));
                const bool isLoad = opc <= 0x35;
                const bool is64 =
                    opc == 0x29 || (opc >= 0x30 && opc <= 0x35) || opc == 0x37 || opc >= 0x3c;
                const VType vt = is64 ? VType::I64 : VType::I32;
                if (isLoad) {
                    pop(VType::I32, at);
                    push(vt);
                } else {
                    pop(vt, at);
                    pop(VType::I32, at);
                }
                emit(opc);
                emit(offset);
                break;
            }
            // Numeric integer instructions: (operand types, result type).
            VType in = VType::I32;
            int arity = 0;
            VType out = VType::I32;
            if (opc == 0x45) {
                in = VType::I32, arity = 1, out = VType::I32;
            } else if (opc >= 0x46 && opc <= 0x4f) {
                in = VType::I32, arity = 2, out = VType::I32;
            } else if (opc == 0x50) {
                in = VType::I64, arity = 1, out = VType::I32;
            } else if (opc >= 0x51 && opc <= 0x5a) {
                in = VType::I64, arity = 2, out = VType::I32;
            } else if (opc >= 0x67 && opc <= 0x69) {
                in = VType::I32, arity = 1, out = VType::I32;
            } else if (opc >= 0x6a && opc <= 0x78) {
                in = VType::I32, arity = 2, out = VType::I32;
            } else if (opc >= 0x79 && opc <= 0x7b) {
                in = VType::I64, arity = 1, out = VType::I64;
            } else if (opc >= 0x7c && opc <= 0x8a) {
                in = VType::I64, arity = 2, out = VType::I64;
            } else if (opc == 0xa7) {
                in = VType::I64, arity = 1, out = VType::I32;
            } else if (opc == 0xac || opc == 0xad) {
                in = VType::I32, arity = 1, out = VType::I64;
            } else {
                error(at,
                      BS_TR("zk",
                            "unsupported instruction %1 (floating point and post-MVP "
                            "instructions are not supported)"),
                      hexByte(opc));
            }
            for (int i = 0; i < arity; ++i)
                pop(in, at);
            push(out);
            if ((opc == 0x88 || opc == 0x83) && fusable(prev2Pos) && prev2Op == 0x20 &&
                prevOp == op::I64Const && prevPos == prev2Pos + 2) {
                // [local.get a][i64.const lo hi] -> [fused a lo hi]
                code[prev2Pos] = opc == 0x88 ? op::LocalShrU64 : op::LocalAnd64;
                code[prev2Pos + 2] = code[prev2Pos + 3];
                code[prev2Pos + 3] = code[prev2Pos + 4];
                code.pop_back();
                prevPos = prev2Pos;
                prevOp = code[prev2Pos];
                prev2Pos = kNone;
                fused = true;
            } else if ((opc == 0x88 || opc == 0x83) && fusable(prev2Pos) &&
                       prev2Op == op::LocalGet2 && prevOp == op::I64Const &&
                       prevPos == prev2Pos + 3) {
                // [local.get2 a b][i64.const lo hi] -> [local.get a][fused b lo hi]
                const uint32_t b = code[prev2Pos + 2];
                code[prev2Pos] = op::LocalGet;
                code[prev2Pos + 2] = opc == 0x88 ? op::LocalShrU64 : op::LocalAnd64;
                code[prev2Pos + 3] = b; // lo, hi stay at +4, +5
                prevPos = prev2Pos + 2;
                prevOp = code[prevPos];
                prev2Pos = kNone;
                fused = true;
            } else {
                emit(opc);
            }
            break;
        }
        }
        if (!fused && code.size() > instrStart) {
            prev2Pos = prevPos;
            prev2Op = prevOp;
            prevPos = instrStart;
            prevOp = code[instrStart];
        }
    }
}

Result<std::shared_ptr<const Module>> Module::decode(std::span<const uint8_t> bytes,
                                                     const DecodeLimits& limits)
{
    return ModuleDecoder(bytes, limits).run();
}

const FuncType& Module::functionType(uint32_t funcIndex) const
{
    const uint32_t t = funcIndex < m_imports.size()
                           ? m_imports[funcIndex].typeIndex
                           : m_functions.at(funcIndex - m_imports.size()).typeIndex;
    return m_types[t];
}

// The "name" custom section's function names (subsection 1). Custom sections must never make a
// module invalid, so anything malformed here just leaves the names empty.
void ModuleDecoder::functionNames()
{
    Module& m = *m_module;
    if (m_nameSection.empty())
        return;
    Reader r(m_nameSection.data(), m_nameSection.data() + m_nameSection.size(), 0);
    std::vector<std::string> names(m.numFunctions());
    while (!r.atEnd()) {
        const auto id = r.byte();
        const auto size = r.u32();
        if (!id || !size)
            return;
        const auto body = r.bytes(*size);
        if (!body)
            return;
        if (*id != 1)
            continue;
        Reader s(body->data(), body->data() + body->size(), 0);
        const auto n = s.u32();
        if (!n)
            return;
        for (uint32_t i = 0; i < *n; ++i) {
            const auto index = s.u32();
            const auto len = s.u32();
            if (!index || !len)
                return;
            const auto text = s.bytes(*len);
            if (!text || *index >= names.size() || !util::isValidUtf8(*text))
                return;
            names[*index].assign(text->begin(), text->end());
        }
        m.m_functionNames = std::move(names);
        return;
    }
}

std::string_view Module::functionName(uint32_t funcIndex) const
{
    return funcIndex < m_functionNames.size() ? std::string_view(m_functionNames[funcIndex])
                                              : std::string_view();
}

uint32_t Module::functionCanonicalType(uint32_t funcIndex) const
{
    const uint32_t t = funcIndex < m_imports.size()
                           ? m_imports[funcIndex].typeIndex
                           : m_functions.at(funcIndex - m_imports.size()).typeIndex;
    return m_canonicalType[t];
}

const Export* Module::findExport(std::string_view exportName) const
{
    for (const Export& e : m_exports) {
        if (e.name == exportName)
            return &e;
    }
    return nullptr;
}

std::optional<uint32_t> Module::exportedFunction(std::string_view exportName) const
{
    const Export* e = findExport(exportName);
    if (!e || e->kind != ExternKind::Function)
        return std::nullopt;
    return e->index;
}

} // namespace bs::zk::wasm
