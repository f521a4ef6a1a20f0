// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: decode arbitrary bytes as a WebAssembly module; if it validates,
// instantiate it with permissive host imports, let the circom natives self-check (and install)
// themselves for any functions named like circom's field helpers, and run every exported
// function with zero arguments under small fuel, memory and stack limits. Nothing may crash
// or hang.

#include "zk/circom_natives.h"
#include "zk/wasm_interpreter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace bs::zk::wasm;
    auto module = Module::decode(std::span<const uint8_t>(data, size));
    if (!module)
        return 0;
    std::vector<HostImport> imports;
    for (const Import& imp : (*module)->imports()) {
        // Bind every import; some hosts abort, like circom's exceptionHandler.
        const bool aborts = imp.name.size() % 2 == 1;
        imports.push_back(
            {imp.module, imp.name, (*module)->types()[imp.typeIndex],
             [aborts](Instance&, std::span<const uint64_t>, uint64_t* result) -> bs::Result<void> {
                 *result = 7;
                 if (aborts)
                     return bs::fail("host abort");
                 return {};
             }});
    }
    InstanceLimits limits;
    limits.maxMemoryPages = 64;
    limits.valueStackSlots = 1 << 14;
    limits.maxCallDepth = 200;
    limits.initialFuel = 10000; // the start function
    auto inst = Instance::instantiate(*module, std::move(imports), limits);
    if (!inst)
        return 0;
    (*inst)->setFuel(100000);
    (void)bs::zk::installCircomNatives(**inst);
    for (const Export& e : (*module)->exports()) {
        if (e.kind != ExternKind::Function)
            continue;
        const FuncType& t = (*module)->functionType(e.index);
        std::vector<uint64_t> args(t.params.size(), 1);
        (*inst)->setFuel(10000);
        (void)(*inst)->call(e.index, args);
    }
    return 0;
}
