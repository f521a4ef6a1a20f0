// SPDX-License-Identifier: GPL-3.0-or-later
#include "circuits.h"

#include "session.h"
#include "wallet/circuits.h"

namespace bs::gui {

namespace {

eerc::ArtifactStore::Progress reporter(const TaskContext& ctx)
{
    return [&ctx](const eerc::ArtifactProgress& p) {
        const double fraction = p.bytesTotal && *p.bytesTotal
                                    ? double(p.bytesDone) / double(*p.bytesTotal)
                                : p.fileCount ? double(p.filesDone) / double(p.fileCount)
                                              : -1.0;
        ctx.progress(QObject::tr("Checking circuit files: %1").arg(p.file), fraction);
    };
}

} // namespace

Result<eerc::CircuitFiles>
circuitFiles(const OpenProfile& profile, const QString& circuit, const TaskContext& ctx)
{
    return wallet::circuitFiles(profile.network, circuit, profile.artifactDir, reporter(ctx),
                                ctx.stopToken());
}

Result<void>
fetchCircuits(const QString& cacheDir, const chain::Network& network, const TaskContext& ctx)
{
    return wallet::fetchAllCircuits(network, cacheDir, reporter(ctx), ctx.stopToken());
}

} // namespace bs::gui
