// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Waiting that a stop request cuts short (retries, polling).
#include <chrono>
#include <stop_token>

namespace bs::util {

// Returns after `delay`, or as soon as a stop is requested on `stop`.
void sleepUnlessStopped(std::chrono::milliseconds delay, std::stop_token stop);

} // namespace bs::util
