// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The circuit artifacts a network names (a witness .wasm and a Groth16 .zkey per circuit,
// each with its SHA-256), fetched once and cached by hash: `<dir>/<sha256>.wasm|.zkey`.
//
// Nothing is used before its hash is checked, every time: a cached file is hashed again on
// each use (a disk error or a tampered cache must not reach the prover), a local file named
// by the network description (the devnet's) is hashed and used in place, and a download is
// hashed before it is written (atomically, so a crash leaves no half file under a good name).
// A file whose hash does not match is never cached; a cached one that stopped matching is
// deleted and fetched again.
#include "chain/network.h"
#include "eerc/circuit_prover.h"
#include "util/http_client.h"
#include "util/result.h"

#include <QMap>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>

namespace bs::eerc {

struct ArtifactProgress
{
    std::size_t filesDone = 0; // files checked or fetched so far
    std::size_t fileCount = 0; // files in this call (two per circuit)
    std::uint64_t bytesDone = 0;
    // All files' bytes, once every size is known (cached and local files are known at once,
    // downloads only when they arrive: HttpClient reads whole bodies).
    std::optional<std::uint64_t> bytesTotal;
    QString file; // the file being worked on, e.g. "withdraw.zkey"
};

struct ArtifactStoreOptions
{
    util::HttpOptions http = defaultHttp();

    // zkeys are tens of MB (Ava Labs' transfer zkey about 100 MB): room for that, and time.
    static util::HttpOptions defaultHttp()
    {
        util::HttpOptions o;
        o.maxResponseBytes = 512u * 1024 * 1024;
        o.timeout = std::chrono::minutes(30);
        return o;
    }
};

class ArtifactStore
{
public:
    using Progress = std::function<void(const ArtifactProgress&)>;

    // `cacheDir` is created when needed.
    explicit ArtifactStore(QString cacheDir, ArtifactStoreOptions options = {});

    // Makes both files of every circuit available and checked, downloading what is missing,
    // and returns their paths by circuit name. Errors (one sentence each): a malformed hash,
    // no way to get a file (no local file, no URL), HTTP errors and size limits, a hash
    // mismatch (the download is discarded), cancellation through `stop`, disk errors.
    // Runs on the calling thread (blocking; not the GUI thread).
    Result<QMap<QString, CircuitFiles>>
    ensureAll(const QMap<QString, chain::CircuitArtifact>& circuits,
              const Progress& progress = {},
              std::stop_token stop = {});

    // The same for one circuit.
    Result<CircuitFiles> ensure(const QString& circuit,
                                const chain::CircuitArtifact& artifact,
                                const Progress& progress = {},
                                std::stop_token stop = {});

    // Where a file with this SHA-256 (64 hex digits, any case) and extension ("wasm",
    // "zkey") is cached; nullopt for a malformed hash.
    std::optional<QString> cachedPath(const QString& sha256, const QString& extension) const;

    const QString& directory() const noexcept { return m_dir; }

private:
    // One checked file of `circuit`: the local one, the cached one, or a fresh download.
    Result<QString> fetch(const QString& sha256,
                          const QString& extension,
                          const QString& localPath,
                          const QUrl& url,
                          const QString& circuit,
                          std::stop_token stop);

    QString m_dir;
    ArtifactStoreOptions m_options;
};

// SHA-256 of a file as 64 lowercase hex digits, read in chunks (checks `stop` between them).
Result<QString> sha256OfFile(const QString& path, std::stop_token stop = {});

} // namespace bs::eerc
