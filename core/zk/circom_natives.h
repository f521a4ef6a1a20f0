// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Native (C++) replacements for the field-arithmetic helpers that circom 2 compiles into every
// witness calculator (Fr_int_add, Fr_F1m_mul, Fr_copy, ...). Interpreting those helpers is where
// nearly all of a witness calculation's time goes; running them natively gives the same memory
// effects at a fraction of the cost.
//
// The helpers are found by their names in the module's "name" section, which is only a hint: a
// native is installed only after it has produced exactly the same memory contents and result as
// the module's own body on a set of test vectors (random, unreduced and edge-case limbs, aliased
// operands). A module without names, or with helpers that behave differently (another circom
// version, another field), simply runs interpreted.
//
// Every native checks its memory accesses against the memory size and traps like the body
// would. Three differences, none observable in a witness: a native checks all its accesses
// before writing anything, where the body may write part of a result before it traps (a trap
// aborts the calculation); Fr_int_inverseMod, Fr_F1m_fromMontgomery and the element helpers
// (Fr_toNormal, Fr_isNegative, Fr_getLsb32, Fr_toInt, Fr_add, Fr_sub, Fr_mul) do not
// reproduce the contents the body leaves in the runtime's private scratch buffers (fixed
// addresses below the shared buffer, which the helpers always write before they read them);
// and Fr_add, Fr_sub and Fr_mul read their operands whole before writing the result's value,
// so an operand that overlaps the result partially (not the same slot, not disjoint;
// circom's 40-byte element slots never do) could give other bytes. tst_circom_natives
// compares every byte from the shared buffer on, and whole witnesses.

#include "zk/wasm_interpreter.h"

#include <string>
#include <string_view>
#include <vector>

namespace bs::zk {

struct CircomNativesReport
{
    std::vector<std::string> installed; // names of the helpers now running natively
    std::vector<std::string> rejected;  // found by name, but the self-check failed
};

// Finds circom's field helpers in `instance`'s module, self-checks each native against the
// module's body (calling it through `instance`, on a scratch area at the top of the memory that
// is restored afterwards) and installs those that match. Call it on a fresh instance, before
// the circuit runs.
CircomNativesReport installCircomNatives(wasm::Instance& instance);

// Every helper that has a native replacement: its circom name (e.g. "Fr_F1m_mul"), the native
// and the wasm function type it expects, leaves before their callers. For tests.
struct CircomNative
{
    const char* name;
    wasm::NativeFunction function;
    wasm::FuncType type;
};
const std::vector<CircomNative>& circomNatives();

} // namespace bs::zk
