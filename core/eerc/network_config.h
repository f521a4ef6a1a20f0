// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A network description as the devnet writes it (devnet/state/network.json) and as an
// operator's GET /network describes it: chain, RPC, contracts, circuits. Only the fields
// the client uses are read; each is checked.
#include "eerc/circuit_prover.h"
#include "eerc/contracts.h"
#include "util/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

namespace bs::eerc {

struct CircuitArtifact
{
    QString wasmPath;   // local path when the file is on this machine (the devnet's)
    QString wasmSha256; // hex
    QString zkeyPath;
    QString zkeySha256;
    QUrl wasmUrl; // where to download it (GET /network names artifacts by URL); may be empty
    QUrl zkeyUrl;
};

struct NetworkConfig
{
    QString name;
    QUrl rpcUrl;
    std::optional<QUrl> operatorUrl;
    Deployment deployment;
    QMap<QString, CircuitArtifact> circuits; // "registration", "withdraw", "transfer"

    // The local files of a circuit, when the description names them.
    std::optional<CircuitFiles> circuitFiles(const QString& circuit) const;
};

// Parses a network file or a GET /network answer. The name is "name", or "chainName" when
// there is no "name" (GET /network has only "chainName"). A circuit's "url", when present,
// must be an http(s) URL.
Result<NetworkConfig> parseNetworkConfig(const QByteArray& json);
Result<NetworkConfig> loadNetworkConfig(const QString& path);

} // namespace bs::eerc
