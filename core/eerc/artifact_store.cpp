// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/artifact_store.h"

#include "util/atomic_file.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>
#include <vector>

namespace bs::eerc {

namespace {

constexpr qint64 kChunk = 1 << 20;

// %1: the file's path, %2: the system's reason.
constexpr Text kCannotRead = BS_TR("eerc", "Cannot read %1: %2.");

// 64 hex digits, returned in lower case; nullopt otherwise (the name becomes a file name, so
// nothing else may pass).
std::optional<QString> normalizedHash(const QString& sha256)
{
    const QString h = sha256.trimmed().toLower();
    if (h.size() != 64)
        return std::nullopt;
    for (const QChar c : h) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return std::nullopt;
    }
    return h;
}

Error cancelled()
{
    return fail(BS_TR("eerc", "Fetching the circuit files was cancelled."));
}

struct Job
{
    QString circuit;
    QString extension; // "wasm" or "zkey"
    QString sha256;    // normalized
    QString localPath;
    QUrl url;
    std::optional<std::uint64_t> size;

    QString label() const { return circuit + QLatin1Char('.') + extension; }
};

} // namespace

Result<QString> sha256OfFile(const QString& path, std::stop_token stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(kCannotRead, path.toStdString(), file.errorString().toStdString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    while (!file.atEnd()) {
        if (stop.stop_requested())
            return cancelled();
        chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(kCannotRead, path.toStdString(), file.errorString().toStdString());
        hash.addData(chunk);
    }
    return QString::fromLatin1(hash.result().toHex());
}

ArtifactStore::ArtifactStore(QString cacheDir, ArtifactStoreOptions options)
    : m_dir(std::move(cacheDir))
    , m_options(std::move(options))
{}

std::optional<QString> ArtifactStore::cachedPath(const QString& sha256,
                                                 const QString& extension) const
{
    const auto h = normalizedHash(sha256);
    if (!h)
        return std::nullopt;
    return QDir(m_dir).filePath(*h + QLatin1Char('.') + extension);
}

Result<CircuitFiles> ArtifactStore::ensure(const QString& circuit,
                                           const chain::CircuitArtifact& artifact,
                                           const Progress& progress,
                                           std::stop_token stop)
{
    QMap<QString, chain::CircuitArtifact> one;
    one.insert(circuit, artifact);
    auto all = ensureAll(one, progress, stop);
    if (!all)
        return all.error();
    return all->value(circuit);
}

Result<QMap<QString, CircuitFiles>>
ArtifactStore::ensureAll(const QMap<QString, chain::CircuitArtifact>& circuits,
                         const Progress& progress,
                         std::stop_token stop)
{
    // Every hash is checked before anything is fetched, so a bad description fails at once.
    std::vector<Job> jobs;
    for (auto it = circuits.begin(); it != circuits.end(); ++it) {
        const chain::CircuitArtifact& a = *it;
        for (const bool wasm : {true, false}) {
            Job job{it.key(),
                    wasm ? QStringLiteral("wasm") : QStringLiteral("zkey"),
                    {},
                    wasm ? a.wasmPath : a.zkeyPath,
                    wasm ? a.wasmUrl : a.zkeyUrl,
                    std::nullopt};
            const auto h = normalizedHash(wasm ? a.wasmSha256 : a.zkeySha256);
            if (!h)
                return fail(BS_TR("eerc", "The network description gives no valid SHA-256 for "
                                          "circuit %1's %2 file; ask the operator to publish one."),
                            job.circuit.toStdString(), job.extension.toStdString());
            job.sha256 = *h;
            jobs.push_back(std::move(job));
        }
    }

    // Sizes known up front: local files and cached files.
    for (Job& job : jobs) {
        const QFileInfo local(job.localPath);
        const QFileInfo cached(*cachedPath(job.sha256, job.extension));
        if (!job.localPath.isEmpty() && local.isFile())
            job.size = static_cast<std::uint64_t>(local.size());
        else if (cached.isFile())
            job.size = static_cast<std::uint64_t>(cached.size());
    }
    ArtifactProgress state;
    state.fileCount = jobs.size();
    const auto report = [&](const QString& file) {
        if (!progress)
            return;
        std::uint64_t total = 0;
        bool known = true;
        for (const Job& j : jobs) {
            known = known && j.size.has_value();
            total += j.size.value_or(0);
        }
        state.bytesTotal = known ? std::optional<std::uint64_t>(total) : std::nullopt;
        state.file = file;
        progress(state);
    };

    QMap<QString, CircuitFiles> out;
    for (Job& job : jobs) {
        if (stop.stop_requested())
            return cancelled();
        report(job.label());
        auto path = fetch(job.sha256, job.extension, job.localPath, job.url, job.circuit, stop);
        if (!path)
            return path.error();
        job.size = static_cast<std::uint64_t>(QFileInfo(*path).size());
        ++state.filesDone;
        state.bytesDone += *job.size;
        CircuitFiles& files = out[job.circuit];
        const bool wasm = job.extension == QLatin1String("wasm");
        (wasm ? files.wasm : files.zkey) = *path;
        (wasm ? files.wasmSha256 : files.zkeySha256) = job.sha256.toStdString();
    }
    report(QString());
    return out;
}

Result<QString> ArtifactStore::fetch(const QString& sha256,
                                     const QString& extension,
                                     const QString& localPath,
                                     const QUrl& url,
                                     const QString& circuit,
                                     std::stop_token stop)
{
    // The file's names in the sentences: data, not words ("withdraw", "zkey").
    const std::string name = circuit.toStdString();
    const std::string type = extension.toStdString();
    // A local file (the devnet's own build) is used in place once its hash matches; it is
    // never deleted, it is not ours.
    if (!localPath.isEmpty() && QFileInfo(localPath).isFile()) {
        auto h = sha256OfFile(localPath, stop);
        if (!h)
            return h.error();
        if (*h != sha256)
            return fail(BS_TR("eerc", "The local circuit %1's %2 file (%3) does not match the "
                                      "SHA-256 the network names; rebuild it or fix the network "
                                      "description."),
                        name, type, localPath.toStdString());
        return localPath;
    }

    const QString cached = *cachedPath(sha256, extension);
    if (QFileInfo(cached).isFile()) {
        auto h = sha256OfFile(cached, stop);
        if (!h)
            return h.error();
        if (*h == sha256)
            return cached;
        // Damaged or tampered: drop it and fetch it again.
        if (!QFile::remove(cached))
            return fail(BS_TR("eerc", "The cached circuit %1's %2 file is damaged and cannot be "
                                      "deleted (%3); delete it by hand and try again."),
                        name, type, cached.toStdString());
    }

    if (url.isEmpty())
        return fail(BS_TR("eerc", "The circuit %1's %2 file is not on this computer and the "
                                  "network names no URL to download it from; ask the operator "
                                  "for it."),
                    name, type);
    util::HttpClient client(m_options.http);
    const util::HttpReply reply = client.send(util::HttpRequest{"GET", url, {}, {}}, stop);
    const std::string where = util::redactedUrl(url).toStdString();
    switch (reply.outcome) {
    case util::HttpReply::Outcome::Ok:
        break;
    case util::HttpReply::Outcome::Cancelled:
        return cancelled();
    case util::HttpReply::Outcome::TooLarge:
        return fail(BS_TR("eerc", "The circuit %1's %2 file at %3 is larger than %4 MB, more "
                                  "than any circuit needs; check the network's operator URL."),
                    name, type, where,
                    std::to_string(m_options.http.maxResponseBytes / (1024 * 1024)));
    case util::HttpReply::Outcome::Timeout:
        return fail(BS_TR("eerc", "Downloading the circuit %1's %2 file from %3 took too long; "
                                  "check the connection and try again."),
                    name, type, where);
    case util::HttpReply::Outcome::Refused:
        return fail(BS_TR("eerc", "The circuit %1's %2 file cannot be downloaded from %3: %4"),
                    name, type, where, reply.refusal);
    case util::HttpReply::Outcome::NetworkError:
        return fail(BS_TR("eerc", "Downloading the circuit %1's %2 file from %3 failed (%4); "
                                  "check the connection and try again."),
                    name, type, where, reply.errorText.toStdString());
    }
    if (reply.status != 200)
        return fail(BS_TR("eerc", "Downloading the circuit %1's %2 file from %3 failed with HTTP "
                                  "status %4; the operator's server may not publish it."),
                    name, type, where, reply.status);
    if (stop.stop_requested())
        return cancelled();
    const QString got = QString::fromLatin1(
        QCryptographicHash::hash(reply.body, QCryptographicHash::Sha256).toHex());
    if (got != sha256)
        return fail(BS_TR("eerc", "The downloaded circuit %1's %2 file does not match the "
                                  "SHA-256 the network names, so it was discarded; the server "
                                  "may be serving another version, ask the operator."),
                    name, type);
    if (!QDir().mkpath(m_dir))
        return fail(BS_TR("eerc", "Cannot create the circuit cache folder %1; check its "
                                  "permissions."),
                    m_dir.toStdString());
    if (auto written = util::writeFileAtomically(cached, reply.body); !written)
        return written.error();
    return cached;
}

} // namespace bs::eerc
