// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The canonical JSON form an auditor's report is signed in (docs/audit-report.md,
// "Canonical form"). It is RFC 8785 (JCS) restricted to the values a report holds:
//
//   - no white space anywhere;
//   - object members sorted by key, comparing the keys' UTF-16 code units (for the report's
//     ASCII keys: byte order); a key appears once;
//   - strings in UTF-8 with only these escapes: \" \\ \b \f \n \r \t, and \u00xx (lower-case
//     hex) for the other characters below U+0020; nothing else is escaped (not "/", not
//     non-ASCII);
//   - numbers are integers of magnitude below 2^53, written in decimal without sign for
//     non-negative values, without leading zeros, fraction or exponent (amounts are decimal
//     strings, never numbers);
//   - true, false, null.
//
// Anything outside that (a fraction, an exponent that leaves the integers) cannot be put in
// canonical form and is refused.
#include "util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace bs::audit {

// Appends the canonical form of `value` to `out`.
Result<void> appendCanonical(QByteArray& out, const QJsonValue& value);

Result<QByteArray> canonicalJson(const QJsonValue& value);

// The canonical form of `object` with more members whose values are given already in
// canonical form (`raw`: key -> canonical bytes), merged in key order. Lets a large array be
// written element by element instead of as one QJsonArray. The keys must not repeat.
Result<QByteArray> canonicalJson(const QJsonObject& object,
                                 const std::vector<std::pair<QString, QByteArray>>& raw);

} // namespace bs::audit
