// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/sleep.h"

#include <condition_variable>
#include <mutex>

namespace bs::util {

void sleepUnlessStopped(std::chrono::milliseconds delay, std::stop_token stop)
{
    std::mutex mutex;
    std::condition_variable_any cv;
    std::unique_lock lock(mutex);
    // Nothing notifies the variable: it wakes on the timeout or the stop request.
    cv.wait_for(lock, stop, delay, [] { return false; });
}

} // namespace bs::util
