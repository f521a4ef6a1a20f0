// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/witness_calculator.h"

#include "zk/circom_natives.h"
#include "zk/verified_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>
#include <cstring>
#include <gmp.h>
#include <openssl/crypto.h>
#include <optional>

namespace bs::zk {

using wasm::FuncType;
using wasm::ValType;

namespace {

constexpr ValType I32 = ValType::I32;

// Exports a circom 2 witness module must have, with their types.
struct ExportSpec
{
    const char* name;
    FuncType type;
    bool required;
};

const std::vector<ExportSpec>& exportSpecs()
{
    static const std::vector<ExportSpec> specs = {
        {"getVersion", {{}, {I32}}, true},
        {"getMinorVersion", {{}, {I32}}, false},
        {"getPatchVersion", {{}, {I32}}, false},
        {"getSharedRWMemoryStart", {{}, {I32}}, false},
        {"readSharedRWMemory", {{I32}, {I32}}, true},
        {"writeSharedRWMemory", {{I32, I32}, {}}, true},
        {"init", {{I32}, {}}, true},
        {"setInputSignal", {{I32, I32, I32}, {}}, true},
        {"getInputSignalSize", {{I32, I32}, {I32}}, false},
        {"getRawPrime", {{}, {}}, true},
        {"getFieldNumLen32", {{}, {I32}}, true},
        {"getWitnessSize", {{}, {I32}}, true},
        {"getInputSize", {{}, {I32}}, false},
        {"getWitness", {{I32}, {}}, true},
        {"getMessageChar", {{}, {I32}}, false},
    };
    return specs;
}

enum Ex
{
    kGetVersion,
    kGetMinorVersion,
    kGetPatchVersion,
    kGetSharedRWMemoryStart,
    kReadShared,
    kWriteShared,
    kInit,
    kSetInputSignal,
    kGetInputSignalSize,
    kGetRawPrime,
    kGetFieldNumLen32,
    kGetWitnessSize,
    kGetInputSize,
    kGetWitness,
    kGetMessageChar,
    kNumExports
};

// The message circom's witness_calculator.js puts in front of the error text for each
// exceptionHandler code.
const char* exceptionText(uint32_t code)
{
    switch (code) {
    case 1:
        return "Signal not found. ";
    case 2:
        return "Too many signals set. ";
    case 3:
        return "Signal already set. ";
    case 4:
        return "Assert Failed. ";
    case 5:
        return "Not enough memory. ";
    case 6:
        return "Input signal array access exceeds the size. ";
    default:
        return "Unknown error. ";
    }
}

// The error our exceptionHandler raises, with circom's own message (as its JS host words it),
// told from interpreter traps by its code.
constexpr Text kCircuitRejected = BS_TR("zk", "The circuit rejected the input: %1");

using Limbs = std::array<uint64_t, 4>;

// Parses one input value and reduces it mod r (circom's normalize()).
Result<Limbs> parseValue(const QJsonValue& v, const std::string& where)
{
    mpz_t x, r;
    mpz_init(x);
    mpz_init(r);
    struct Guard
    {
        mpz_t& a;
        mpz_t& b;
        ~Guard()
        {
            mpz_clear(a);
            mpz_clear(b);
        }
    } guard{x, r};

    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740991.0)
            return fail(BS_TR("zk",
                              "The value of input %1 must be an integer below 2^53 or a quoted "
                              "integer string."),
                        where);
        mpz_set_d(x, d);
    } else if (v.isString()) {
        std::string s = v.toString().toStdString();
        bool negative = false;
        size_t i = 0;
        if (!s.empty() && s[0] == '-') {
            negative = true;
            i = 1;
        }
        int base = 10;
        if (s.size() >= i + 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
            base = 16;
            i += 2;
        }
        const std::string digits = s.substr(i);
        bool ok = !digits.empty() && digits.size() <= 4096;
        for (char c : digits) {
            const bool dec = c >= '0' && c <= '9';
            const bool hex = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            ok = ok && (dec || (base == 16 && hex));
        }
        if (!ok || mpz_set_str(x, digits.c_str(), base) != 0)
            return fail(
                BS_TR("zk", "The value of input %1 is not an integer (decimal, or hex with 0x)."),
                where);
        if (negative)
            mpz_neg(x, x);
    } else {
        return fail(BS_TR("zk", "The value of input %1 must be a number or a string."), where);
    }

    const Limbs& p = crypto::Fr::kModulus;
    mpz_import(r, 4, -1, sizeof(uint64_t), 0, 0, p.data());
    mpz_mod(x, x, r); // non-negative result, as circom's normalize()
    Limbs out{0, 0, 0, 0};
    size_t count = 0;
    mpz_export(out.data(), &count, -1, sizeof(uint64_t), 0, 0, x);
    return out;
}

// Appends the scalar values of `v` (a value or nested arrays of values), row-major.
Result<void> flattenValues(const QJsonValue& v, const std::string& name, std::vector<Limbs>& out)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            auto r = flattenValues(a[i], name, out);
            if (!r)
                return r;
        }
        return {};
    }
    if (v.isObject())
        return fail(BS_TR("zk", "Input %1 mixes objects and values in one array."), name);
    auto value = parseValue(v, name);
    if (!value)
        return value.error();
    out.push_back(*value);
    return {};
}

} // namespace

struct WitnessCalculator::NamedInput
{
    std::string name;
    std::vector<Limbs> values;
};

namespace {

using NamedInput = WitnessCalculator::NamedInput;

bool isArrayOfObjects(const QJsonArray& a)
{
    if (a.isEmpty())
        return false;
    for (const auto& e : a) {
        if (!e.isObject())
            return false;
    }
    return true;
}

// Turns the input object into (qualified name, flat values) pairs; bus inputs (objects) get
// circom's qualified names "b.x" and "b[1].x".
Result<void>
collectInputs(const QJsonObject& obj, const std::string& prefix, std::vector<NamedInput>& out)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string name = prefix + it.key().toStdString();
        const QJsonValue v = it.value();
        if (v.isObject()) {
            auto r = collectInputs(v.toObject(), name + ".", out);
            if (!r)
                return r;
        } else if (v.isArray() && isArrayOfObjects(v.toArray())) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                auto r = collectInputs(a[i].toObject(), name + "[" + std::to_string(i) + "].", out);
                if (!r)
                    return r;
            }
        } else {
            NamedInput in{name, {}};
            auto r = flattenValues(v, name, in.values);
            if (!r)
                return r;
            out.push_back(std::move(in));
        }
    }
    return {};
}

} // namespace

uint64_t circomSignalHash(std::string_view name)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : name) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    return h;
}

struct WitnessCalculator::State
{
    std::shared_ptr<const wasm::Module> module;
    WitnessCalculatorOptions options;
    std::unique_ptr<wasm::Instance> instance;
    std::array<std::optional<uint32_t>, kNumExports> exports;
    uint32_t major = 0, minor = 0, patch = 0;
    uint32_t n32 = 0;
    uint32_t witnessSize = 0;
    uint32_t inputSize = 0;
    std::optional<uint32_t> sharedStart;
    std::vector<std::string> nativeHelpers;
    uint64_t lastFuelUsed = 0;

    // Host-side message state, as in circom's JS host.
    std::string errStr;
    std::string msgStr;
    std::vector<std::string> log;

    bool newLogApi() const { return major > 2 || (major == 2 && (minor >= 1 || patch >= 7)); }

    Result<uint64_t> call(Ex e, std::initializer_list<uint64_t> args = {})
    {
        return instance->call(*exports[e], std::span<const uint64_t>(args.begin(), args.size()));
    }

    // Drains the module's pending message (getMessageChar until 0).
    Result<std::string> message()
    {
        std::string s;
        if (!exports[kGetMessageChar])
            return s;
        for (;;) {
            auto c = call(kGetMessageChar);
            if (!c)
                return c.error();
            const uint8_t ch = uint8_t(*c);
            if (ch == 0)
                return s;
            if (s.size() > (1u << 20))
                return fail(BS_TR("zk", "The circuit printed an overlong message."));
            s.push_back(char(ch));
        }
    }

    // Reads the n32-word shared buffer as little-endian limbs (plus any words beyond 8).
    Result<std::vector<uint32_t>> readShared()
    {
        std::vector<uint32_t> words(n32);
        if (sharedStart) {
            const auto mem = instance->memory();
            const uint64_t start = *sharedStart;
            if (start + 4ull * n32 <= mem.size()) {
                std::memcpy(words.data(), mem.data() + start, 4ull * n32);
                return words;
            }
        }
        for (uint32_t j = 0; j < n32; ++j) {
            auto w = call(kReadShared, {j});
            if (!w)
                return w.error();
            words[j] = uint32_t(*w);
        }
        return words;
    }

    static std::string decimal(const std::vector<uint32_t>& words)
    {
        mpz_t x;
        mpz_init(x);
        mpz_import(x, words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
        std::string s(mpz_sizeinbase(x, 10) + 2, '\0');
        mpz_get_str(s.data(), 10, x);
        mpz_clear(x);
        s.resize(std::strlen(s.c_str()));
        return s;
    }

    std::vector<wasm::HostImport> hostImports()
    {
        std::vector<wasm::HostImport> h;
        h.push_back(
            {"runtime", "exceptionHandler", FuncType{{I32}, {}},
             [this](wasm::Instance&, std::span<const uint64_t> a, uint64_t*) -> Result<void> {
                 // Must not return normally: abort the run with circom's message.
                 return fail(kCircuitRejected, exceptionText(uint32_t(a[0])) + errStr);
             }});
        h.push_back({"runtime", "printErrorMessage", FuncType{{}, {}},
                     [this](wasm::Instance&, std::span<const uint64_t>, uint64_t*) -> Result<void> {
                         auto m = message();
                         if (!m)
                             return m.error();
                         errStr += *m + "\n";
                         return {};
                     }});
        h.push_back({"runtime", "writeBufferMessage", FuncType{{}, {}},
                     [this](wasm::Instance&, std::span<const uint64_t>, uint64_t*) -> Result<void> {
                         auto m = message();
                         if (!m)
                             return m.error();
                         if (*m == "\n") {
                             log.push_back(std::move(msgStr));
                             msgStr.clear();
                         } else {
                             if (!msgStr.empty())
                                 msgStr += " ";
                             msgStr += *m;
                         }
                         return {};
                     }});
        h.push_back({"runtime", "showSharedRWMemory", FuncType{{}, {}},
                     [this](wasm::Instance&, std::span<const uint64_t>, uint64_t*) -> Result<void> {
                         auto w = readShared();
                         if (!w)
                             return w.error();
                         const std::string v = decimal(*w);
                         if (newLogApi()) {
                             if (!msgStr.empty())
                                 msgStr += " ";
                             msgStr += v;
                         } else {
                             log.push_back(v);
                         }
                         return {};
                     }});
        // circom 2.2.0 only; the JS host prints the value.
        h.push_back(
            {"runtime", "printDebug", FuncType{{I32}, {}},
             [this](wasm::Instance&, std::span<const uint64_t> a, uint64_t*) -> Result<void> {
                 log.push_back("printDebug: " + std::to_string(int32_t(uint32_t(a[0]))));
                 return {};
             }});
        return h;
    }
};

// Turns an error from a wasm call into the user-facing message.
static Error callError(const Error& e)
{
    if (e.is(kCircuitRejected))
        return e;
    return fail(BS_TR("zk", "The witness calculator failed: %1"), e);
}

WitnessCalculator::WitnessCalculator(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}
WitnessCalculator::WitnessCalculator(WitnessCalculator&&) noexcept = default;
WitnessCalculator& WitnessCalculator::operator=(WitnessCalculator&&) noexcept = default;
WitnessCalculator::~WitnessCalculator() = default;

Result<WitnessCalculator> WitnessCalculator::fromBytes(std::span<const uint8_t> wasmBytes,
                                                       const WitnessCalculatorOptions& options)
{
    auto module = wasm::Module::decode(wasmBytes);
    if (!module)
        return fail(BS_TR("zk", "The circuit's .wasm file is damaged or not supported. %1"),
                    module.error());
    return create(std::move(*module), options);
}

Result<WitnessCalculator> WitnessCalculator::fromFile(const QString& path,
                                                      const WitnessCalculatorOptions& options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(kCannotReadCircuitFile, path.toStdString(), f.errorString().toStdString());
    const QByteArray bytes = f.readAll();
    return fromBytes(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                              size_t(bytes.size())),
                     options);
}

Result<WitnessCalculator> WitnessCalculator::fromVerifiedFile(
    const QString& path, std::string_view sha256Hex, const WitnessCalculatorOptions& options)
{
    auto bytes = readVerified(path, sha256Hex);
    if (!bytes)
        return bytes.error();
    return fromBytes(*bytes, options);
}

Result<WitnessCalculator> WitnessCalculator::clone() const
{
    return create(m_state->module, m_state->options);
}

Result<WitnessCalculator> WitnessCalculator::create(std::shared_ptr<const wasm::Module> module,
                                                    const WitnessCalculatorOptions& options)
{
    auto state = std::make_unique<State>();
    State& s = *state;
    s.module = module;
    s.options = options;

    const auto& specs = exportSpecs();
    for (size_t i = 0; i < specs.size(); ++i) {
        const auto f = module->exportedFunction(specs[i].name);
        if (!f) {
            if (specs[i].required) {
                if (i == kGetVersion)
                    return fail(BS_TR("zk",
                                      "The .wasm file is not a circom 2 witness calculator "
                                      "(circom 1 files are not supported)."));
                return fail(
                    BS_TR("zk", "The .wasm file is not a circom 2 witness calculator (no %1)."),
                    specs[i].name);
            }
            continue;
        }
        if (!(module->functionType(*f) == specs[i].type))
            return fail(BS_TR("zk",
                              "The .wasm file is not a circom 2 witness calculator (%1 has an "
                              "unexpected type)."),
                        specs[i].name);
        s.exports[i] = *f;
    }

    // circom never emits a start function. One would run once, at instantiation, and its
    // effects would be gone after the wipe that follows every witness: refused, so that every
    // witness is computed from the same state.
    if (module->startFunction())
        return fail(BS_TR("zk",
                          "The .wasm file is not a circom 2 witness calculator (it has a start "
                          "function)."));

    wasm::InstanceLimits limits;
    limits.maxMemoryPages = options.maxMemoryPages;
    // Loading runs the module's code too (start function, the natives' self-check on its own
    // helpers, the getters below): under a budget of its own, or a hostile .wasm hangs the
    // load (found by fuzz_witness). The bench circuit takes 54 thousand units here.
    constexpr uint64_t kLoadFuel = uint64_t(1) << 24;
    limits.initialFuel = kLoadFuel;
    auto inst = wasm::Instance::instantiate(module, s.hostImports(), limits);
    if (!inst)
        return fail(BS_TR("zk", "The circuit's .wasm file cannot be loaded: %1"), inst.error());
    s.instance = std::move(*inst);
    s.instance->setFuel(kLoadFuel);
    if (options.nativeFieldHelpers)
        s.nativeHelpers = installCircomNatives(*s.instance).installed;

    auto call = [&](Ex e) -> Result<uint32_t> {
        auto r = s.call(e);
        if (!r)
            return callError(r.error());
        return uint32_t(*r);
    };
    auto major = call(kGetVersion);
    if (!major)
        return major.error();
    s.major = *major;
    if (s.major != 2)
        return fail(
            BS_TR("zk", "The circuit was compiled by circom %1, only circom 2 is supported."),
            s.major);
    if (s.exports[kGetMinorVersion]) {
        auto v = call(kGetMinorVersion);
        if (!v)
            return v.error();
        s.minor = *v;
    }
    if (s.exports[kGetPatchVersion]) {
        auto v = call(kGetPatchVersion);
        if (!v)
            return v.error();
        s.patch = *v;
    }
    if (s.exports[kGetSharedRWMemoryStart]) {
        auto v = call(kGetSharedRWMemoryStart);
        if (!v)
            return v.error();
        s.sharedStart = *v;
    }
    auto n32 = call(kGetFieldNumLen32);
    if (!n32)
        return n32.error();
    if (*n32 != 8)
        return fail(
            BS_TR("zk", "The circuit is not for the BN254 scalar field (field size %1 bits)."),
            *n32 * 32);
    s.n32 = *n32;
    if (auto r = s.call(kGetRawPrime); !r)
        return callError(r.error());
    auto prime = s.readShared();
    if (!prime)
        return callError(prime.error());
    Limbs p{};
    for (int i = 0; i < 4; ++i)
        p[i] = uint64_t((*prime)[2 * i]) | (uint64_t((*prime)[2 * i + 1]) << 32);
    if (p != crypto::Fr::kModulus)
        return fail(BS_TR("zk", "The circuit is not for the BN254 scalar field (its prime is %1)."),
                    State::decimal(*prime));
    auto ws = call(kGetWitnessSize);
    if (!ws)
        return ws.error();
    if (*ws == 0)
        return fail(
            BS_TR("zk", "The .wasm file is not a circom 2 witness calculator (it has no wires)."));
    s.witnessSize = *ws;
    if (s.exports[kGetInputSize]) {
        auto v = call(kGetInputSize);
        if (!v)
            return v.error();
        s.inputSize = *v;
    }
    // The calls above ran the module's code, which may write memory and globals: wiped, so
    // the first witness starts from the same state as every later one (fuzz_witness checks
    // that two runs on one input agree).
    s.instance->wipe();
    return WitnessCalculator(std::move(state));
}

Result<Witness> WitnessCalculator::calculate(const QByteArray& inputJson, std::stop_token stop)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(inputJson, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(BS_TR("zk", "The circuit input is not valid JSON: %1 at offset %2."),
                    err.errorString().toStdString(), err.offset);
    if (!doc.isObject())
        return fail(
            BS_TR("zk", "The circuit input must be a JSON object of signal names and values."));
    return calculate(doc.object(), std::move(stop));
}

Result<Witness> WitnessCalculator::calculate(const QJsonObject& input, std::stop_token stop)
{
    std::vector<NamedInput> inputs;
    if (auto r = collectInputs(input, "", inputs); !r)
        return r.error();
    auto witness = calculateNamed(inputs, std::move(stop));
    for (NamedInput& n : inputs)
        OPENSSL_cleanse(n.values.data(), n.values.size() * sizeof(Limbs));
    return witness;
}

Result<Witness> WitnessCalculator::calculate(std::span<const SignalInput> inputs,
                                             std::stop_token stop)
{
    std::vector<NamedInput> named;
    named.reserve(inputs.size());
    for (const SignalInput& in : inputs) {
        NamedInput n{in.name, {}};
        n.values.reserve(in.values.size());
        for (const crypto::Fr& v : in.values)
            n.values.push_back(v.canonicalLimbs());
        named.push_back(std::move(n));
    }
    auto witness = calculateNamed(named, std::move(stop));
    for (NamedInput& n : named)
        OPENSSL_cleanse(n.values.data(), n.values.size() * sizeof(Limbs));
    return witness;
}

Result<Witness> WitnessCalculator::calculateNamed(const std::vector<NamedInput>& inputs,
                                                  std::stop_token stop)
{
    State& s = *m_state;
    s.instance->setStopToken(stop);
    s.instance->setFuel(s.options.fuel);
    auto witness = runNamed(inputs);
    s.lastFuelUsed = s.options.fuel - s.instance->fuel();
    // Inputs and every wire value were in the instance's memory and value stack.
    s.instance->wipe();
    s.instance->setStopToken({});
    if (!witness && stop.stop_requested())
        return fail(BS_TR("zk", "The witness calculation was cancelled."));
    return witness;
}

Result<Witness> WitnessCalculator::runNamed(const std::vector<NamedInput>& inputs)
{
    State& s = *m_state;
    s.errStr.clear();
    s.msgStr.clear();
    s.log.clear();

    // Messages of a failed run carry the log printed so far, which often explains it.
    auto failed = [&](const Error& e) -> Error {
        Error out = callError(e);
        if (!s.msgStr.empty()) {
            s.log.push_back(s.msgStr);
            s.msgStr.clear();
        }
        if (!s.log.empty()) {
            std::string lines;
            for (size_t i = 0; i < s.log.size(); ++i)
                lines += (i == 0 ? "" : "\n") + s.log[i];
            return fail(BS_TR("zk", "%1\nCircuit log:\n%2"), std::move(out), std::move(lines));
        }
        return out;
    };

    if (auto r = s.call(kInit, {0}); !r)
        return failed(r.error());

    uint64_t counter = 0;
    for (const NamedInput& in : inputs) {
        const uint64_t h = circomSignalHash(in.name);
        const uint64_t hMSB = h >> 32, hLSB = h & 0xffffffffu;
        if (s.exports[kGetInputSignalSize]) {
            auto size = s.call(kGetInputSignalSize, {hMSB, hLSB});
            if (!size)
                return failed(size.error());
            const int32_t n = int32_t(uint32_t(*size));
            if (n <= 0)
                return fail(BS_TR("zk", "The circuit has no input signal named \"%1\"."),
                            in.name);
            if (in.values.size() != size_t(n))
                return fail(BS_TR("zk", "Input signal \"%1\" needs %2 values, the input has %3."),
                            in.name, n, in.values.size());
        }
        for (size_t pos = 0; pos < in.values.size(); ++pos) {
            const Limbs& v = in.values[pos];
            for (uint32_t j = 0; j < s.n32; ++j) {
                const uint64_t word = (v[j / 2] >> (32 * (j % 2))) & 0xffffffffu;
                if (auto r = s.call(kWriteShared, {j, word}); !r)
                    return failed(r.error());
            }
            if (auto r = s.call(kSetInputSignal, {hMSB, hLSB, pos}); !r)
                return failed(r.error());
            ++counter;
        }
    }
    if (s.exports[kGetInputSize] && counter < s.inputSize)
        return fail(BS_TR("zk", "Not all inputs of the circuit are set: %1 of %2 values given."),
                    counter, s.inputSize);

    Witness w;
    w.values.reserve(s.witnessSize);
    for (uint32_t i = 0; i < s.witnessSize; ++i) {
        if (auto r = s.call(kGetWitness, {i}); !r)
            return failed(r.error());
        auto words = s.readShared();
        if (!words)
            return failed(words.error());
        Limbs l{};
        for (int k = 0; k < 4; ++k)
            l[k] = uint64_t((*words)[2 * k]) | (uint64_t((*words)[2 * k + 1]) << 32);
        if (!crypto::Fr::isBelowModulus(l))
            return fail(
                BS_TR("zk", "The witness calculator returned a value outside the field (wire %1)."),
                i);
        w.values.push_back(crypto::Fr::fromCanonicalLimbs(l));
    }
    // Wire 0 is the constant 1 of every R1CS; a witness without it proves nothing.
    if (!(w.values[0] == crypto::Fr::one()))
        return fail(
            BS_TR("zk", "The witness calculator returned a witness whose wire 0 is not 1."));
    if (!s.msgStr.empty()) {
        s.log.push_back(s.msgStr);
        s.msgStr.clear();
    }
    w.log = s.log;
    return w;
}

uint32_t WitnessCalculator::witnessSize() const
{
    return m_state->witnessSize;
}

uint32_t WitnessCalculator::inputSize() const
{
    return m_state->inputSize;
}

std::string WitnessCalculator::circomVersion() const
{
    return std::to_string(m_state->major) + "." + std::to_string(m_state->minor) + "." +
           std::to_string(m_state->patch);
}

const std::vector<std::string>& WitnessCalculator::nativeHelpers() const
{
    return m_state->nativeHelpers;
}

const std::vector<std::string>& WitnessCalculator::lastLog() const
{
    return m_state->log;
}

uint64_t WitnessCalculator::lastFuelUsed() const
{
    return m_state->lastFuelUsed;
}

const wasm::Instance& WitnessCalculator::instance() const
{
    return *m_state->instance;
}

} // namespace bs::zk
