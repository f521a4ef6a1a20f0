// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/circuits.h"

#include "wallet/operation_progress.h"
#include "wallet/profile.h"

#include <QDir>
#include <QStandardPaths>

namespace bs::wallet {

QString defaultArtifactDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("backendshield/circuits"));
}

Result<eerc::CircuitFiles> circuitFiles(const chain::Network& network,
                                        const QString& circuit,
                                        const QString& cacheDir,
                                        const eerc::ArtifactStore::Progress& progress,
                                        std::stop_token stop)
{
    const auto found = network.circuits.find(circuit);
    if (found == network.circuits.end())
        return fail(BS_TR("wallet", "the network's description names no %1 circuit; add the "
                                    "profile again from the operator's address (or give the "
                                    "network file) so the circuits are known."),
                    circuit.toStdString());
    eerc::ArtifactStore store(cacheDir);
    return store.ensure(circuit, found.value(), progress, std::move(stop));
}

Result<void> fetchAllCircuits(const chain::Network& network,
                              const QString& cacheDir,
                              const eerc::ArtifactStore::Progress& progress,
                              std::stop_token stop)
{
    eerc::ArtifactStore store(cacheDir);
    auto all = store.ensureAll(network.circuits, progress, std::move(stop));
    if (!all)
        return all.error();
    return {};
}

Result<eerc::CircuitProver>
loadProver(Profile& profile, const QString& circuit, Progress& progress, std::stop_token stop)
{
    auto files = circuitFiles(profile.network(), circuit, profile.artifactDir(),
                              artifactProgress(progress), stop);
    if (!files)
        return files.error();
    progress.report({Stage::LoadingCircuit, -1.0, 0, 0, circuit});
    return eerc::CircuitProver::load(*files);
}

Result<ProverAndChain> loadProverAndConnect(Profile& profile,
                                            const QString& circuit,
                                            Progress& progress,
                                            std::stop_token stop)
{
    auto prover = loadProver(profile, circuit, progress, stop);
    if (!prover)
        return prover.error();
    progress.report({Stage::Connecting});
    auto chain = connect(profile.network());
    if (!chain)
        return chain.error();
    return ProverAndChain{std::move(*prover), std::move(*chain)};
}

} // namespace bs::wallet
