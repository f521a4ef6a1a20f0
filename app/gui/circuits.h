// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The circuit files a proof needs, made available for an open profile: the network
// description's local files (the devnet's) or the operator's downloads, checked against
// their SHA-256 and cached by hash in the profile directory (eerc/artifact_store.h). Once
// downloaded, proofs need neither the server nor the network.
#include "chain/network.h"
#include "eerc/circuit_prover.h"
#include "task.h"

#include <QMap>
#include <QString>

namespace bs::gui {

struct OpenProfile;

// Both files of `circuit`, with progress reported as "Downloading <file> n %".
Result<eerc::CircuitFiles>
circuitFiles(const OpenProfile& profile, const QString& circuit, const TaskContext& ctx);

// Every circuit of `network` into `cacheDir` (onboarding fetches them at once).
Result<void>
fetchCircuits(const QString& cacheDir, const chain::Network& network, const TaskContext& ctx);

} // namespace bs::gui
