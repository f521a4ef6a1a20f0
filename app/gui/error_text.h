// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace bs::gui {

// A core error as the user reads it, in the app's language: its template translated in its
// context (the sentences lupdate extracts from the core's BS_TR marks), its arguments filled
// in, nested errors worded the same way. An error without a template shows its English message.
QString errorText(const bs::Error& error);

// The same, or `fallback` when `error` is empty: a sentence read back from a file carries no
// code, only the English it was saved with.
QString errorText(const bs::Error& error, const QString& fallback);

} // namespace bs::gui
