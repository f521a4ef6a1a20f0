// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The circuit files a proof needs, for the app and the CLI alike: the network description's
// local files (the devnet's) or the operator's downloads, checked against their SHA-256 and
// cached by hash (eerc/artifact_store.h). Once downloaded, proofs need neither the server nor
// the network.
#include "chain/network.h"
#include "eerc/artifact_store.h"
#include "eerc/circuit_prover.h"
#include "util/result.h"
#include "wallet/wallet.h"

#include <QString>

#include <stop_token>

namespace bs::wallet {

// Where the CLI keeps downloaded circuit files: the user's cache directory
// (e.g. ~/.cache/backendshield/circuits).
QString defaultArtifactDir();

// Both files of `circuit`, checked; downloads go to `cacheDir`.
Result<eerc::CircuitFiles> circuitFiles(const chain::Network& network,
                                        const QString& circuit,
                                        const QString& cacheDir,
                                        const eerc::ArtifactStore::Progress& progress = {},
                                        std::stop_token stop = {});

// Every circuit of the network at once (onboarding fetches them before the first proof).
Result<void> fetchAllCircuits(const chain::Network& network,
                              const QString& cacheDir,
                              const eerc::ArtifactStore::Progress& progress = {},
                              std::stop_token stop = {});

class Profile;
class Progress;

// The prover of one of the profile's circuits: its files checked (or fetched into the
// profile's cache) and loaded.
Result<eerc::CircuitProver>
loadProver(Profile& profile, const QString& circuit, Progress& progress, std::stop_token stop = {});

// What a use case that proves and sends needs: the circuit's prover (loaded first: fetching
// and loading the files is the long part, and needs no node), then the chain (Connecting).
struct ProverAndChain
{
    eerc::CircuitProver prover;
    ChainConnection chain;
};
Result<ProverAndChain> loadProverAndConnect(Profile& profile,
                                            const QString& circuit,
                                            Progress& progress,
                                            std::stop_token stop = {});

} // namespace bs::wallet
