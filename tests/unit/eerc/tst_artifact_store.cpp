// SPDX-License-Identifier: GPL-3.0-or-later
// The circuit artifact cache against an HTTP server on 127.0.0.1: downloads checked against
// SHA-256 values computed independently (a FIPS 180-2 example and OpenSSL's SHA256), files
// cached by hash and re-used without a request, a damaged cache entry fetched again, a hash
// mismatch discarded, 404 and the size limit as sentences, cancellation before, between and
// during downloads, and local files used in place.
#include "eerc/artifact_store.h"
#include "eerc/circuit_prover.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>
#include <openssl/sha.h>

using namespace bs;
using namespace bs::eerc;
using bs::chain::CircuitArtifact;

namespace {

// FIPS 180-2, appendix B.1: SHA-256("abc").
const QString kAbcSha256 =
    QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

QString opensslSha256(const QByteArray& data)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(data.constData()),
           static_cast<size_t>(data.size()), digest);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), SHA256_DIGEST_LENGTH).toHex());
}

// A zkey-sized body (3 MiB), not all one byte.
QByteArray bigBody()
{
    QByteArray b(3 * 1024 * 1024, Qt::Uninitialized);
    std::uint32_t x = 2463534242u;
    for (char& c : b) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = static_cast<char>(x);
    }
    return b;
}

// HTTP/1.1 in the test thread: answers GET <path> from `files` (404 otherwise) and closes.
// Paths in `silent` get no answer at all (for cancelling a download in flight). The blocking
// client's nested event loop serves this server.
class FileServer : public QTcpServer
{
public:
    QMap<QByteArray, QByteArray> files;
    QSet<QByteArray> silent;
    QList<QByteArray> requested;

    FileServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    const QByteArray path = buffer->split(' ').value(1);
                    buffer->clear();
                    requested << path;
                    if (silent.contains(path))
                        return;
                    const bool found = files.contains(path);
                    const QByteArray body = found ? files.value(path) : QByteArray("not found");
                    s->write("HTTP/1.1 " + QByteArray(found ? "200 OK" : "404 Not Found") +
                             "\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                             body);
                    s->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const char* path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString message(const Error& e)
{
    return QString::fromStdString(e.message);
}

} // namespace

class TestArtifactStore : public QObject
{
    Q_OBJECT

    QByteArray m_wasm = "abc";
    QByteArray m_zkey = bigBody();
    QString m_zkeySha = opensslSha256(bigBody());

    CircuitArtifact remote(const FileServer& server) const
    {
        CircuitArtifact a;
        a.wasmSha256 = kAbcSha256.toUpper(); // any case is accepted
        a.wasmUrl = server.url("/circuits/withdraw.wasm");
        a.zkeySha256 = m_zkeySha;
        a.zkeyUrl = server.url("/circuits/withdraw.zkey");
        return a;
    }

    void serve(FileServer& server) const
    {
        server.files.insert("/circuits/withdraw.wasm", m_wasm);
        server.files.insert("/circuits/withdraw.zkey", m_zkey);
    }

private Q_SLOTS:
    void downloadsChecksAndCaches()
    {
        QCOMPARE(opensslSha256("abc"), kAbcSha256); // the two references agree
        FileServer server;
        serve(server);
        QTemporaryDir dir;
        ArtifactStore store(dir.filePath("cache")); // created on demand
        QList<ArtifactProgress> seen;
        const auto files =
            store.ensure("withdraw", remote(server), [&](const ArtifactProgress& p) { seen << p; });
        QVERIFY2(files.ok(), files.ok() ? "" : files.error().message.c_str());
        QCOMPARE(files->wasm, dir.filePath("cache/" + kAbcSha256 + ".wasm"));
        QCOMPARE(files->zkey, dir.filePath("cache/" + m_zkeySha + ".zkey"));
        QCOMPARE(readAll(files->wasm), m_wasm);
        QCOMPARE(readAll(files->zkey), m_zkey);
        QCOMPARE(server.requested.size(), 2);
        QCOMPARE(QFile(files->zkey).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // Progress: before each file and once at the end, with every size known by then.
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen[0].file, QString("withdraw.wasm"));
        QCOMPARE(seen[0].fileCount, std::size_t(2));
        QVERIFY(!seen[0].bytesTotal);
        QCOMPARE(seen[1].file, QString("withdraw.zkey"));
        QCOMPARE(seen[1].filesDone, std::size_t(1));
        QCOMPARE(seen[1].bytesDone, std::uint64_t(3));
        QCOMPARE(seen[2].filesDone, std::size_t(2));
        const std::uint64_t total = 3 + std::uint64_t(m_zkey.size());
        QCOMPARE(seen[2].bytesDone, total);
        QCOMPARE(seen[2].bytesTotal, std::optional<std::uint64_t>(total));

        // Cached: used again without a request, sizes known from the start.
        seen.clear();
        const auto again = store.ensureAll({{"withdraw", remote(server)}},
                                           [&](const ArtifactProgress& p) { seen << p; });
        QVERIFY(again.ok());
        QCOMPARE(again->value("withdraw").zkey, files->zkey);
        QCOMPARE(server.requested.size(), 2);
        QCOMPARE(seen.front().bytesTotal, std::optional<std::uint64_t>(total));

        // A damaged cache entry is hashed on use, deleted and fetched again.
        {
            QFile f(files->zkey);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(1000);
            f.write("X");
        }
        const auto repaired = store.ensure("withdraw", remote(server));
        QVERIFY(repaired.ok());
        QCOMPARE(server.requested.size(), 3);
        QCOMPARE(server.requested.last(), QByteArray("/circuits/withdraw.zkey"));
        QCOMPARE(readAll(files->zkey), m_zkey);
    }

    void hashMismatchIsDiscarded()
    {
        FileServer server;
        serve(server);
        server.files.insert("/circuits/withdraw.zkey", m_zkey.left(m_zkey.size() - 1));
        QTemporaryDir dir;
        ArtifactStore store(dir.path());
        const auto files = store.ensure("withdraw", remote(server));
        QVERIFY(!files.ok());
        QVERIFY2(message(files.error()).contains("does not match"), files.error().message.c_str());
        QVERIFY(message(files.error()).contains("withdraw"));
        QVERIFY(!QFile::exists(*store.cachedPath(m_zkeySha, "zkey")));
        // Nothing else left behind (no temporary file): only the good wasm.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{kAbcSha256 + ".wasm"});
    }

    void httpErrorsAreSentences()
    {
        FileServer server;
        server.files.insert("/circuits/withdraw.wasm", m_wasm);
        QTemporaryDir dir;
        ArtifactStore store(dir.path());
        const auto missing = store.ensure("withdraw", remote(server));
        QVERIFY(!missing.ok());
        QVERIFY2(message(missing.error()).contains("HTTP status 404"),
                 missing.error().message.c_str());
        QVERIFY(!QFile::exists(*store.cachedPath(m_zkeySha, "zkey")));

        serve(server);
        ArtifactStoreOptions small;
        small.http.maxResponseBytes = 1024 * 1024;
        ArtifactStore limited(dir.path(), small);
        const auto tooLarge = limited.ensure("withdraw", remote(server));
        QVERIFY(!tooLarge.ok());
        QVERIFY2(message(tooLarge.error()).contains("larger than 1 MB"),
                 tooLarge.error().message.c_str());

        // Nothing listens on the port any more: a network error.
        const QUrl gone = server.url("/circuits/withdraw.zkey");
        server.close();
        CircuitArtifact a = remote(server);
        a.zkeyUrl = gone;
        const auto refused = store.ensure("withdraw", a);
        QVERIFY(!refused.ok());
        QVERIFY2(message(refused.error()).contains("failed"), refused.error().message.c_str());
    }

    void cancellation()
    {
        FileServer server;
        serve(server);
        QTemporaryDir dir;
        ArtifactStore store(dir.path());

        // Before anything starts: no request.
        std::stop_source before;
        before.request_stop();
        auto r = store.ensure("withdraw", remote(server), {}, before.get_token());
        QVERIFY(!r.ok());
        QVERIFY(message(r.error()).contains("cancelled"));
        QCOMPARE(server.requested.size(), 0);

        // Between files: the first stays cached, the second is not fetched.
        std::stop_source between;
        r = store.ensure(
            "withdraw", remote(server),
            [&](const ArtifactProgress& p) {
                if (p.filesDone == 1)
                    between.request_stop();
            },
            between.get_token());
        QVERIFY(!r.ok());
        QVERIFY(message(r.error()).contains("cancelled"));
        QCOMPARE(server.requested.size(), 1);
        QVERIFY(QFile::exists(*store.cachedPath(kAbcSha256, "wasm")));
        QVERIFY(!QFile::exists(*store.cachedPath(m_zkeySha, "zkey")));

        // During a download that never answers: the stop token aborts it.
        server.silent.insert("/circuits/withdraw.zkey");
        std::stop_source during;
        QTimer::singleShot(200, [&] { during.request_stop(); });
        QElapsedTimer clock;
        clock.start();
        r = store.ensure("withdraw", remote(server), {}, during.get_token());
        QVERIFY(!r.ok());
        QVERIFY2(message(r.error()).contains("cancelled"), r.error().message.c_str());
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(!QFile::exists(*store.cachedPath(m_zkeySha, "zkey")));
    }

    void localFilesAreUsedInPlace()
    {
        QTemporaryDir dir;
        const QString local = dir.filePath("withdraw.wasm");
        const QString zkey = dir.filePath("withdraw.zkey");
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_wasm);
            QFile z(zkey);
            QVERIFY(z.open(QIODevice::WriteOnly));
            z.write(m_zkey);
        }
        CircuitArtifact a;
        a.wasmPath = local;
        a.wasmSha256 = kAbcSha256;
        a.zkeyPath = zkey;
        a.zkeySha256 = m_zkeySha;
        ArtifactStore store(dir.filePath("cache"));
        const auto files = store.ensure("withdraw", a);
        QVERIFY(files.ok());
        QCOMPARE(files->wasm, local);
        QCOMPARE(files->zkey, zkey);
        QVERIFY(!QDir(dir.filePath("cache")).exists()); // nothing copied
        QCOMPARE(files->wasmSha256, kAbcSha256.toStdString());
        QCOMPARE(files->zkeySha256, m_zkeySha.toStdString());

        // The prover loads the bytes it hashes: a file changed after ensure() checked it is
        // refused by the hash, before any parsing.
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("abd");
        }
        const auto swapped = CircuitProver::load(*files, 1);
        QVERIFY(!swapped.ok());
        QVERIFY2(message(swapped.error()).contains("does not match"),
                 swapped.error().message.c_str());
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(m_wasm);
        }

        // A local file that does not match is an error, and it is not deleted (not ours).
        a.zkeySha256 = kAbcSha256;
        const auto wrong = store.ensure("withdraw", a);
        QVERIFY(!wrong.ok());
        QVERIFY(message(wrong.error()).contains("does not match"));
        QVERIFY(QFile::exists(zkey));

        // A local path that is gone, with no URL to fall back on.
        a.zkeySha256 = m_zkeySha;
        a.zkeyPath = dir.filePath("gone.zkey");
        const auto gone = store.ensure("withdraw", a);
        QVERIFY(!gone.ok());
        QVERIFY(message(gone.error()).contains("no URL"));
    }

    void malformedHashesAreRefusedFirst()
    {
        FileServer server;
        serve(server);
        QTemporaryDir dir;
        ArtifactStore store(dir.path());
        for (const QString& bad : {QString(), QString("abc"), QString("../") + kAbcSha256.mid(3),
                                   kAbcSha256.left(63) + "g"}) {
            CircuitArtifact a = remote(server);
            a.zkeySha256 = bad;
            const auto r = store.ensure("withdraw", a);
            QVERIFY(!r.ok());
            QVERIFY(message(r.error()).contains("valid SHA-256"));
            QVERIFY(!store.cachedPath(bad, "zkey"));
        }
        QCOMPARE(server.requested.size(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);
    }

    void sha256OfFileMatchesOpenssl()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("x"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_zkey);
        f.close();
        const auto h = sha256OfFile(f.fileName());
        QVERIFY(h.ok());
        QCOMPARE(*h, m_zkeySha);
        QVERIFY(!sha256OfFile(dir.filePath("missing")).ok());
    }
};

QTEST_GUILESS_MAIN(TestArtifactStore)
#include "tst_artifact_store.moc"
