// SPDX-License-Identifier: GPL-3.0-or-later
#include "circuits.h"

#include "eerc/artifact_store.h"
#include "session.h"

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
    const auto found = profile.network.circuits.find(circuit);
    if (found == profile.network.circuits.end())
        return fail("the network's description names no " + circuit.toStdString() +
                    " circuit; add the profile again from the operator's address so the "
                    "circuits are known.");
    eerc::ArtifactStore store(profile.artifactDir);
    return store.ensure(circuit, found.value(), reporter(ctx), ctx.stopToken());
}

Result<void> fetchCircuits(const QString& cacheDir,
                           const QMap<QString, eerc::CircuitArtifact>& circuits,
                           const TaskContext& ctx)
{
    eerc::ArtifactStore store(cacheDir);
    auto all = store.ensureAll(circuits, reporter(ctx), ctx.stopToken());
    if (!all)
        return all.error();
    return {};
}

} // namespace bs::gui
