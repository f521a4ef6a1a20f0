// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the auditor's report reader and checker (audit/report.h) on arbitrary
// bytes, as `bshield audit report-check` gets a file edited by hand. A report that parses must
// serialise to canonical JSON that parses back to the same report; one that checks must have
// been signed by its auditor (the fuzzer cannot forge that, so checkReport never succeeds on
// input that is not a signed report); the canonical form of any JSON value is stable.
#include "audit/canonical_json.h"
#include "audit/report.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace bs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (const auto report = audit::parseReport(in)) {
        const auto json = audit::reportJson(*report);
        if (!json)
            std::abort();
        const auto back = audit::parseReport(*json);
        if (!back || !(*back == *report))
            std::abort();
    }
    if (const auto checked = audit::checkReport(in)) {
        if (checked->signer != checked->report.auditor.address)
            std::abort();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(in);
    if (doc.isObject()) {
        if (const auto once = audit::canonicalJson(doc.object())) {
            const auto twice = audit::canonicalJson(QJsonDocument::fromJson(*once).object());
            if (!twice || *twice != *once)
                std::abort();
        }
    }
    return 0;
}
