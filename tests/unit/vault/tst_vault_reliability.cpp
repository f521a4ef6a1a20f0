// SPDX-License-Identifier: GPL-3.0-or-later
// The vault under damage and failure: bit flips in the first, a middle and the last page and
// in every page, truncation, foreign files, a tampered header, injected disk-full and I/O
// errors through a failure-injecting SQLite VFS, and a child process killed with SIGKILL in
// the middle of writes, many times. In every case: a clear error, nothing half-read, and the
// last committed state intact. A passphrase change (which re-encrypts the file under a new
// key) killed after each of its steps and at every write of its re-encryption, or failing
// there: afterwards exactly one of the two passphrases opens the vault, with all its data.
//
// The kill tests run this same executable as the child: `--child <vault>` (the writer) and
// `--change <vault> <write to die at> <step to die after>` (a passphrase change).
#include "../sanitizers.h"
#include "crypto/secp256k1.h"
#include "fault_vfs.h"
#include "util/atomic_file.h"
#include "vault/vault.h"
#include "vault/vault_header.h"
#include "vault_testing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <set>

using namespace bs::vault;
using bs::test::kFastKdf;
using bs::test::pass;
using bs::test::sampleProfile;

namespace {

constexpr int kPage = 1024;
// SQLCipher 3's page reserve: 16 bytes IV + 20 bytes HMAC-SHA1, rounded up to 48. The last 12
// bytes are random filler outside the HMAC (see reservePaddingIsTheOnlyUnauthenticatedPart).
constexpr int kPadding = 12;
constexpr int kEntriesPerCommit = 20;

QString str(const bs::Error& e)
{
    return QString::fromStdString(e.message);
}

QString txHash(quint64 counter, int i)
{
    return QStringLiteral("0x%1%2")
        .arg(counter, 32, 16, QLatin1Char('0'))
        .arg(i, 32, 16, QLatin1Char('0'));
}

// One commit of the writer: kEntriesPerCommit history entries for `counter` (a few pages).
std::vector<HistoryEntry> batch(quint64 counter)
{
    std::vector<HistoryEntry> out;
    for (int i = 0; i < kEntriesPerCommit; ++i) {
        HistoryEntry e;
        e.tokenId = 1;
        e.kind = QStringLiteral("credit");
        e.source = QStringLiteral("transfer");
        e.blockNumber = counter;
        e.blockTime = qint64(counter);
        e.txHash = txHash(counter, i);
        e.logIndex = quint32(i);
        e.counterparty = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        e.amount = QString::number(counter * 1000 + quint64(i));
        e.decrypted = true;
        out.push_back(e);
    }
    return out;
}

void copyVault(const QString& from, const QString& to)
{
    QFile::remove(to);
    QFile::remove(VaultHeader::pathFor(to));
    QVERIFY(QFile::copy(from, to));
    QVERIFY(QFile::copy(VaultHeader::pathFor(from), VaultHeader::pathFor(to)));
}

// copyVault, with what a crash may leave beside the files: the pending header of a passphrase
// change and SQLite's rollback journal.
void copyCrashedVault(const QString& from, const QString& to)
{
    copyVault(from, to);
    for (const QString& suffix : {QStringLiteral(".header.new"), QStringLiteral("-journal")}) {
        QFile::remove(to + suffix);
        if (QFileInfo::exists(from + suffix))
            QVERIFY(QFile::copy(from + suffix, to + suffix));
    }
}

// What openAll returns when unlock failed yet the vault still answered: never acceptable.
const QString kHalfOpen = QStringLiteral("HALF-OPEN: unlock failed but data was readable");

// open + unlock + verifyAllPages; the first error, or an empty string if all passed.
QString openAll(const QString& path, const char* passphrase = "pw")
{
    auto v = Vault::open(path);
    if (!v)
        return str(v.error());
    if (auto r = v->unlock(pass(passphrase)); !r) {
        // Refused means nothing is readable: no half-open state.
        if (v->isUnlocked() || v->profile().ok() || v->history().ofToken(1).ok())
            return kHalfOpen;
        return str(r.error());
    }
    if (auto r = v->verifyAllPages(); !r)
        return str(r.error());
    return QString();
}

// The writer of the kill test: commits batches with increasing counters forever and prints
// each counter after its commit returned.
int runChild(const QString& path)
{
    auto v = Vault::open(path);
    if (!v || !v->unlock(pass("pw"))) {
        std::fprintf(stderr, "child: cannot open the vault\n");
        return 3;
    }
    auto h = v->history().ofToken(1);
    quint64 counter = h && !h->empty() ? h->back().blockNumber + 1 : 1;
    for (;; ++counter) {
        if (auto ok = v->history().put(batch(counter)); !ok) {
            std::fprintf(stderr, "child: %s\n", ok.error().message.c_str());
            return 4;
        }
        if (auto ok = v->settings().set(QStringLiteral("counter"), QString::number(counter)); !ok)
            return 5;
        std::printf("%llu\n", static_cast<unsigned long long>(counter));
        std::fflush(stdout);
    }
}

// The passphrase change of the crash test: dies (SIGKILL) at the (killAtOp+1)-th write, sync
// or deletion of a database file, or right after the step `killAfterStep` (-1: neither).
// Exits 0 when the change went through, 1 when it failed.
int runChangeChild(const QString& path, int killAtOp, int killAfterStep)
{
    testing::allowWeakKdf(true);
    bs::test::registerFaultVfs();
    testing::setAfterChangeStep([killAfterStep](testing::ChangeStep step) {
        if (int(step) == killAfterStep)
            std::raise(SIGKILL);
    });
    auto v = Vault::open(path, VaultOptions{QString::fromLatin1(bs::test::kFaultVfsName)});
    if (!v)
        return 3;
    if (killAtOp >= 0)
        bs::test::armKill(killAtOp, bs::test::FaultWrites | bs::test::FaultDeletes);
    const auto r = v->changePassphrase(pass("pw"), pass("new"), kFastKdf);
    bs::test::disarmFault();
    return r.ok() ? 0 : 1;
}

// A clean refusal: an error, and not the half-open state.
bool refused(const QString& err)
{
    return !err.isEmpty() && err != kHalfOpen;
}

} // namespace

class TestVaultReliability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_golden; // a vault with some data, copied before each damage
    qint64 m_pages = 0;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    static constexpr int kKilled = -9;

    // Runs the change child on `path`; its exit code, or kKilled when it died of SIGKILL.
    int runChange(const QString& path, int killAtOp, int killAfterStep)
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--change"), path, QString::number(killAtOp),
                     QString::number(killAfterStep)});
        if (!child.waitForStarted() || !child.waitForFinished(60000))
            return -1;
        const QByteArray err = child.readAllStandardError();
        if (!err.isEmpty())
            qWarning("change child: %s", err.constData());
        return child.exitStatus() == QProcess::CrashExit ? kKilled : child.exitCode();
    }

    // After a passphrase change from "pw" to "new" was cut off or failed: exactly one of the
    // two passphrases opens the vault, the same one whichever is tried first (each order on a
    // copy of the files as they were left), with all the golden vault's data, and nothing
    // pending afterwards. When it is the new one, the golden vault's (old) header with the old
    // passphrase does not open the re-encrypted database.
    void expectExactlyOnePassphrase(const QString& path, QString& winner)
    {
        QString winners[2];
        for (int order = 0; order < 2; ++order) {
            const QString copy = file(QStringLiteral("order%1.bsvault").arg(order));
            copyCrashedVault(path, copy);
            const QString first = order == 0 ? QStringLiteral("pw") : QStringLiteral("new");
            const QString second = order == 0 ? QStringLiteral("new") : QStringLiteral("pw");
            auto v = Vault::open(copy);
            QVERIFY(v.ok());
            const auto a = v->unlock(pass(first.toStdString()));
            if (a.ok()) {
                winners[order] = first;
            } else {
                QVERIFY(!v->isUnlocked());
                QVERIFY(!v->history().ofToken(1).ok());
                const auto b = v->unlock(pass(second.toStdString()));
                QVERIFY2(b.ok(), qPrintable(str(a.error()) + QStringLiteral(" / ") +
                                            (b.ok() ? QString() : str(b.error()))));
                winners[order] = second;
            }
            QCOMPARE(v->history().ofToken(1)->size(), std::size_t(5 * kEntriesPerCommit));
            QVERIFY(v->cache().get(QStringLiteral("/cycles"))->has_value());
            QVERIFY(v->verifyAllPages().ok());
            v->lock();
            const QString loser = winners[order] == first ? second : first;
            QVERIFY(refused(openAll(copy, loser.toStdString().c_str())));
            QVERIFY(openAll(copy, winners[order].toStdString().c_str()).isEmpty());
            QVERIFY(!QFileInfo::exists(VaultHeader::pendingPathFor(copy)));
            // No journal left, or one that SQLite ignores (and removes at the next write): cut
            // off before its header was completed, the magic at its start still zero.
            const QString journal = copy + QStringLiteral("-journal");
            const QByteArray magic =
                QFileInfo::exists(journal) ? bs::test::readAll(journal).left(8) : QByteArray();
            QVERIFY(magic.count('\0') == magic.size());
            if (winners[order] == QLatin1String("new")) {
                QFile::remove(VaultHeader::pathFor(copy));
                QVERIFY(QFile::copy(VaultHeader::pathFor(m_golden), VaultHeader::pathFor(copy)));
                QVERIFY(refused(openAll(copy, "pw")));
            }
        }
        QCOMPARE(winners[0], winners[1]);
        winner = winners[0];
    }

private slots:
    void initTestCase()
    {
        // Cheap scrypt parameters (kFastKdf), below what real vaults may use.
        testing::allowWeakKdf(true);
        bs::test::registerFaultVfs();
        m_golden = file(QStringLiteral("golden.bsvault"));
        auto v = Vault::create(m_golden, sampleProfile(), pass("pw"), kFastKdf);
        QVERIFY(v.ok());
        for (quint64 c = 1; c <= 5; ++c)
            QVERIFY(v->history().put(batch(c)).ok());
        QVERIFY(v->cache()
                    .put(QStringLiteral("/cycles"), QByteArray(3000, 'x'), QStringLiteral("e"))
                    .ok());
        v->lock();
        m_pages = QFileInfo(m_golden).size() / kPage;
        QVERIFY2(m_pages >= 8, "the golden vault should span several pages");
        QCOMPARE(QFileInfo(m_golden).size() % kPage, 0);
        QVERIFY(openAll(m_golden).isEmpty());
    }

    void bitFlipFirstMiddleLastPage_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("first page, salt") << qint64(3);
        QTest::newRow("first page, content") << qint64(200);
        QTest::newRow("first page, IV") << qint64(kPage - 48);
        QTest::newRow("first page, HMAC") << qint64(kPage - kPadding - 1);
        QTest::newRow("middle page") << (m_pages / 2) * kPage + 517;
        QTest::newRow("last page, content") << (m_pages - 1) * kPage + 40;
        QTest::newRow("last page, last HMAC byte") << m_pages * kPage - kPadding - 1;
    }

    void bitFlipFirstMiddleLastPage()
    {
        QFETCH(qint64, offset);
        const QString path = file(QStringLiteral("flip.bsvault"));
        copyVault(m_golden, path);
        bs::test::flipBit(path, offset, int(offset % 8));
        const QString err = openAll(path);
        QVERIFY2(!err.isEmpty(), "a flipped bit went unnoticed");
        QVERIFY2(err.contains(QLatin1String("damaged")), qPrintable(err));
    }

    void bitFlipInEveryPage()
    {
        // Every page is read: a flip anywhere, also in parts no query would touch (the last
        // page of the cache blob, the unused space of a page, page reserves), is reported.
        const QString path = file(QStringLiteral("every.bsvault"));
        for (qint64 page = 0; page < m_pages; ++page) {
            copyVault(m_golden, path);
            const qint64 offset =
                page * kPage + qint64(QRandomGenerator::global()->bounded(kPage - kPadding));
            bs::test::flipBit(path, offset, int(QRandomGenerator::global()->bounded(8)));
            QVERIFY2(
                refused(openAll(path)),
                qPrintable(
                    QStringLiteral("flip at %1 (page %2) not detected").arg(offset).arg(page + 1)));
        }
    }

    void reservePaddingIsTheOnlyUnauthenticatedPart()
    {
        // Flip every byte of the first page and of the last page, one at a time. Every byte
        // that carries data, the IV or the HMAC must be caught. The only bytes SQLCipher 3
        // does not authenticate are the 12 filler bytes at the end of each page's reserve;
        // they are never read as data, so a flip there changes nothing the vault returns.
        // This pins that exact set: if anything else ever went unnoticed, this fails.
        const QString path = file(QStringLiteral("bytes.bsvault"));
        copyVault(m_golden, path);
        const QByteArray pristine = bs::test::readAll(path);
        for (const qint64 page : {qint64(0), m_pages - 1}) {
            QList<qint64> unnoticed;
            for (qint64 i = 0; i < kPage; ++i) {
                QByteArray b = pristine;
                b[page * kPage + i] = char(b[page * kPage + i] ^ 0x10);
                bs::test::writeAll(path, b);
                if (!refused(openAll(path)))
                    unnoticed << i;
            }
            QList<qint64> padding;
            for (qint64 i = kPage - kPadding; i < kPage; ++i)
                padding << i;
            QCOMPARE(unnoticed, padding);
        }
    }

    void flipInFreedSpaceIsCaught()
    {
        // Data written then deleted: auto_vacuum gives the pages back (no unread free list),
        // and a flip in the remaining pages, where the deleted rows were, is caught.
        const QString path = file(QStringLiteral("freed.bsvault"));
        copyVault(m_golden, path);
        {
            auto v = Vault::open(path);
            QVERIFY(v->unlock(pass("pw")).ok());
            QVERIFY(v->cache().put(QStringLiteral("big"), QByteArray(20000, 'y'), QString()).ok());
            const qint64 grown = QFileInfo(path).size();
            QVERIFY(v->history().dropFrom(3).ok());
            QVERIFY(v->cache().put(QStringLiteral("big"), QByteArray("{}"), QString()).ok());
            QVERIFY(QFileInfo(path).size() < grown);
            QVERIFY(v->verifyAllPages().ok());
        }
        const qint64 pages = QFileInfo(path).size() / kPage;
        const QByteArray pristine = bs::test::readAll(path);
        for (qint64 page = 0; page < pages; ++page) {
            bs::test::writeAll(path, pristine);
            bs::test::flipBit(path, page * kPage + 700, 5);
            QVERIFY2(refused(openAll(path)), qPrintable(QString::number(page)));
        }
    }

    void truncated_data()
    {
        QTest::addColumn<qint64>("cut"); // bytes removed from the end
        QTest::newRow("one page") << qint64(kPage);
        QTest::newRow("half a page") << qint64(kPage / 2);
        QTest::newRow("one byte") << qint64(1);
        QTest::newRow("all but the first page") << (m_pages - 1) * kPage;
        QTest::newRow("everything") << m_pages * kPage;
    }

    void truncated()
    {
        QFETCH(qint64, cut);
        const QString path = file(QStringLiteral("trunc.bsvault"));
        copyVault(m_golden, path);
        QFile f(path);
        QVERIFY(f.resize(f.size() - cut));
        const QString err = openAll(path);
        QVERIFY2(!err.isEmpty(), "truncation went unnoticed");
        QVERIFY2(err.contains(QLatin1String("damaged")) || err.contains(QLatin1String("truncated")),
                 qPrintable(err));
        // The file was not "repaired" into something else by the attempt.
        QCOMPARE(QFileInfo(path).size(), m_pages * kPage - cut);
    }

    void foreignFiles()
    {
        const QString path = file(QStringLiteral("foreign.bsvault"));
        // Random bytes.
        copyVault(m_golden, path);
        QByteArray noise(int(m_pages * kPage), '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(noise.data()),
                                              noise.size() / 4);
        bs::test::writeAll(path, noise);
        QString err = openAll(path);
        QVERIFY2(err.contains(QLatin1String("damaged")), qPrintable(err));

        // A plain (unencrypted) SQLite database.
        copyVault(m_golden, path);
        QFile::remove(path);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        err = openAll(path);
        QVERIFY2(err.contains(QLatin1String("damaged")), qPrintable(err));

        // Another vault's database under this header (same passphrase, different key).
        const QString other = file(QStringLiteral("other.bsvault"));
        QVERIFY(Vault::create(other, sampleProfile(), pass("pw"), kFastKdf).ok());
        copyVault(m_golden, path);
        QFile::remove(path);
        QVERIFY(QFile::copy(other, path));
        err = openAll(path);
        QVERIFY2(err.contains(QLatin1String("damaged")), qPrintable(err));

        // A header file that is not one.
        copyVault(m_golden, path);
        bs::test::writeAll(VaultHeader::pathFor(path), noise.left(200));
        err = openAll(path);
        QVERIFY2(err.contains(QLatin1String("not a BackendShield vault header")), qPrintable(err));
        bs::test::writeAll(VaultHeader::pathFor(path), QByteArray());
        QVERIFY(refused(openAll(path)));
    }

    void tamperedHeader()
    {
        // Any change to any byte of the header fails: the GCM tag covers every field.
        const QString path = file(QStringLiteral("hdr.bsvault"));
        copyVault(m_golden, path);
        const QByteArray pristine = bs::test::readAll(VaultHeader::pathFor(path));
        for (qsizetype i = 0; i < pristine.size(); ++i) {
            QByteArray h = pristine;
            h[i] = char(h[i] ^ 0x01);
            bs::test::writeAll(VaultHeader::pathFor(path), h);
            // Refused with a sentence about the header or the passphrase, never half-open.
            const QString err = openAll(path);
            QVERIFY2(refused(err) && (err.startsWith(QLatin1String("wrong passphrase")) ||
                                      err.contains(QLatin1String("vault header"))),
                     qPrintable(QStringLiteral("byte %1: %2").arg(i).arg(err)));
        }
        // Truncated and extended headers.
        bs::test::writeAll(VaultHeader::pathFor(path), pristine.left(pristine.size() - 1));
        QVERIFY(openAll(path).contains(QLatin1String("truncated")));
        bs::test::writeAll(VaultHeader::pathFor(path), pristine + '\0');
        QVERIFY(openAll(path).contains(QLatin1String("truncated or damaged")));
        bs::test::writeAll(VaultHeader::pathFor(path), pristine);
        QVERIFY(openAll(path).isEmpty());
    }

    void injectedWriteFailures_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("sticky");
        QTest::addColumn<QString>("message");
        QTest::newRow("disk full") << int(SQLITE_FULL) << true << QStringLiteral("disk is full");
        QTest::newRow("I/O error, once")
            << int(SQLITE_IOERR) << false << QStringLiteral("read or write error");
        QTest::newRow("I/O error, persistent")
            << int(SQLITE_IOERR) << true << QStringLiteral("read or write error");
    }

    void injectedWriteFailures()
    {
        // Fail the 1st, 2nd, ... write/fsync of one commit until the commit gets through.
        // Each time: a clean error naming the cause, and after reopening (without the
        // failing VFS) exactly the previous commit, verified page by page.
        QFETCH(int, code);
        QFETCH(bool, sticky);
        QFETCH(QString, message);
        const QString path = file(QStringLiteral("inject.bsvault"));
        copyVault(m_golden, path);
        const VaultOptions faulty{QString::fromLatin1(bs::test::kFaultVfsName)};
        int failedRuns = 0;
        for (int n = 0; n < 200; ++n) {
            auto v = Vault::open(path, faulty);
            QVERIFY(v.ok());
            bs::test::disarmFault();
            QVERIFY(v->unlock(pass("pw")).ok());
            const quint64 before = v->history().ofToken(1)->back().blockNumber;
            bs::test::armFault(n, code, sticky);
            const auto r = v->history().put(batch(before + 1));
            const bool failed = bs::test::faultPlan().failures > 0;
            bs::test::disarmFault();
            if (failed) {
                // A one-shot failure may be absorbed by a retry inside SQLite, never silently
                // lose data: either an error, or the commit is complete.
                if (!r.ok()) {
                    ++failedRuns;
                    QVERIFY2(str(r.error()).contains(message), r.error().message.c_str());
                }
            } else {
                QVERIFY(r.ok());
            }
            v->lock();
            QVERIFY2(openAll(path).isEmpty(), qPrintable(openAll(path)));
            auto check = Vault::open(path);
            QVERIFY(check->unlock(pass("pw")).ok());
            const auto h = check->history().ofToken(1);
            const quint64 after = h->back().blockNumber;
            QCOMPARE(after, r.ok() ? before + 1 : before);
            // All or nothing of the batch.
            QCOMPARE(h->size() % kEntriesPerCommit, std::size_t(0));
            if (!failed)
                break;
        }
        QVERIFY2(failedRuns >= 3, "the injected failures should hit several write steps");
    }

    void injectedReadFailures()
    {
        // A read error at any point of unlock + verify + a query: a clean error naming it,
        // never a half-open vault, and the file is untouched (opens fine afterwards).
        const QString path = file(QStringLiteral("readfail.bsvault"));
        copyVault(m_golden, path);
        const QByteArray pristine = bs::test::readAll(path);
        const VaultOptions faulty{QString::fromLatin1(bs::test::kFaultVfsName)};
        int failedRuns = 0;
        for (int n = 0; n < 2000; ++n) {
            auto v = Vault::open(path, faulty);
            QVERIFY(v.ok());
            bs::test::armFault(n, SQLITE_IOERR, true, bs::test::FaultReads);
            QString err;
            if (auto r = v->unlock(pass("pw")); !r) {
                err = str(r.error());
                QVERIFY(!v->isUnlocked());
                QVERIFY(!v->history().ofToken(1).ok());
            } else if (auto c = v->verifyAllPages(); !c) {
                err = str(c.error());
            } else if (auto h = v->history().ofToken(1); !h) {
                err = str(h.error());
            }
            const bool failed = bs::test::faultPlan().failures > 0;
            bs::test::disarmFault();
            v->lock();
            if (!failed) {
                QVERIFY(err.isEmpty());
                break;
            }
            ++failedRuns;
            QVERIFY2(!err.isEmpty(), qPrintable(QStringLiteral("read %1 failed silently").arg(n)));
            QVERIFY2(err.contains(QLatin1String("read or write error")) ||
                         err.contains(QLatin1String("damaged")),
                     qPrintable(err));
            QVERIFY(!err.contains(u'\n'));
        }
        QVERIFY2(failedRuns >= 10, "the injected read failures should hit many reads");
        QCOMPARE(bs::test::readAll(path), pristine);
        QVERIFY(openAll(path).isEmpty());
    }

    void journalDeleteFailure()
    {
        // Committing in DELETE journal mode ends by deleting the rollback journal. If that
        // fails, the commit is reported failed, and the next open sees the state before or
        // after that commit, complete, never a mix.
        const QString path = file(QStringLiteral("delfail.bsvault"));
        copyVault(m_golden, path);
        const VaultOptions faulty{QString::fromLatin1(bs::test::kFaultVfsName)};
        auto v = Vault::open(path, faulty);
        QVERIFY(v->unlock(pass("pw")).ok());
        const quint64 before = v->history().ofToken(1)->back().blockNumber;
        bs::test::armFault(0, SQLITE_IOERR, false, bs::test::FaultDeletes);
        const auto r = v->history().put(batch(before + 1));
        const int failures = bs::test::faultPlan().failures;
        bs::test::disarmFault();
        QCOMPARE(failures, 1);
        QVERIFY(!r.ok());
        QVERIFY2(str(r.error()).contains(QLatin1String("read or write error")),
                 r.error().message.c_str());
        v->lock();
        const QString err = openAll(path);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto check = Vault::open(path);
        QVERIFY(check->unlock(pass("pw")).ok());
        const auto h = check->history().ofToken(1);
        const quint64 after = h->back().blockNumber;
        QVERIFY(after == before || after == before + 1);
        QCOMPARE(h->size() % kEntriesPerCommit, std::size_t(0));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        // And the vault keeps working.
        QVERIFY(check->history().put(batch(after + 1)).ok());
    }

    void failedCreateLeavesNoVault()
    {
        // Create with the keys asked for: every failure point leaves no vault at all (not a
        // vault without its keys), and the first run without a failure has them.
        const QString path = file(QStringLiteral("create-fail.bsvault"));
        const VaultOptions faulty{QString::fromLatin1(bs::test::kFaultVfsName)};
        const auto wallet = bs::crypto::EcdsaPrivateKey::fromHex(
            "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        QVERIFY(wallet.ok());
        InitialKeys keys;
        keys.walletKey = wallet->clone();
        keys.auditorKey =
            bs::crypto::SecureBuffer::copyOf({reinterpret_cast<const std::uint8_t*>("1f2e"), 4});
        int failedRuns = 0;
        for (int n = 0; n < 1000; ++n) {
            bs::test::armFault(n, SQLITE_FULL);
            auto v = Vault::create(path, sampleProfile(), pass("pw"), keys, kFastKdf, faulty);
            const bool failed = bs::test::faultPlan().failures > 0;
            bs::test::disarmFault();
            if (!failed) {
                QVERIFY(v.ok());
                break;
            }
            ++failedRuns;
            QVERIFY(!v.ok());
            QVERIFY2(str(v.error()).contains(QLatin1String("disk is full")),
                     v.error().message.c_str());
            QVERIFY(!QFileInfo::exists(path));
            QVERIFY(!QFileInfo::exists(VaultHeader::pathFor(path)));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        }
        QVERIFY(failedRuns > 10);
        const QString reopened = openAll(path);
        QVERIFY2(reopened.isEmpty(), qPrintable(reopened));
        auto v = Vault::open(path);
        QVERIFY(v->unlock(pass("pw")).ok());
        QCOMPARE(v->walletKey()->address(), wallet->address());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(v->auditorKey()->data()), 4),
                 QByteArray("1f2e"));
        // An invalid initial key creates nothing.
        const QString bad = file(QStringLiteral("bad-keys.bsvault"));
        InitialKeys badKeys;
        badKeys.eercDecryptionKey =
            bs::crypto::SecureBuffer::copyOf({reinterpret_cast<const std::uint8_t*>("xyz"), 3});
        const auto refused = Vault::create(bad, sampleProfile(), pass("pw"), badKeys, kFastKdf);
        QVERIFY(!refused.ok());
        QVERIFY(str(refused.error()).contains(QLatin1String("eERC")));
        QVERIFY(!QFileInfo::exists(bad));
    }

    void headerWriteFailure()
    {
        // Headers are written with write + fsync + rename: a failure keeps the old one. The
        // first header a passphrase change writes is `.header.new`: failing it changes nothing.
        const QString path = file(QStringLiteral("hdrfail.bsvault"));
        copyVault(m_golden, path);
        auto v = Vault::open(path);
        QVERIFY(v.ok());
        const auto temporaries = [&] {
            return QDir(QFileInfo(path).absolutePath())
                .entryList({QFileInfo(path).fileName() + QStringLiteral(".header*tmp*")},
                           QDir::Files | QDir::Hidden)
                .size();
        };
        bs::util::testing::failAtomicWrites(ENOSPC, 1);
        const auto r = v->changePassphrase(pass("pw"), pass("new"), kFastKdf);
        QVERIFY(!r.ok());
        QVERIFY2(str(r.error()).contains(QLatin1String("disk is full")), r.error().message.c_str());
        QCOMPARE(temporaries(), 0);
        QVERIFY(!QFileInfo::exists(VaultHeader::pendingPathFor(path)));
        QVERIFY(openAll(path, "pw").isEmpty());
        bs::util::testing::failAtomicWrites(EIO, 1);
        QVERIFY(!v->changePassphrase(pass("pw"), pass("new"), kFastKdf).ok());
        QVERIFY(openAll(path, "pw").isEmpty());

        // The last header write fails after the re-encryption: the change is reported as not
        // finished, the new passphrase opens the vault (and finishes it), the old one does not.
        testing::setAfterChangeStep([](testing::ChangeStep step) {
            if (step == testing::ChangeStep::Recorded)
                bs::util::testing::failAtomicWrites(ENOSPC, 1);
        });
        const auto late = v->changePassphrase(pass("pw"), pass("new"), kFastKdf);
        testing::setAfterChangeStep({});
        QVERIFY(!late.ok());
        QVERIFY2(str(late.error()).contains(QLatin1String("new passphrase only")),
                 late.error().message.c_str());
        QCOMPARE(temporaries(), 0);
        QVERIFY(QFileInfo::exists(VaultHeader::pendingPathFor(path)));
        QVERIFY(openAll(path, "pw").contains(QLatin1String("NEW passphrase")));
        QVERIFY(openAll(path, "new").isEmpty());
        QVERIFY(!QFileInfo::exists(VaultHeader::pendingPathFor(path)));
        QVERIFY(refused(openAll(path, "pw")));
        QVERIFY(v->changePassphrase(pass("new"), pass("newer"), kFastKdf).ok());
        QVERIFY(openAll(path, "newer").isEmpty());
    }

    void passphraseChangeKilledAfterEachStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("winner");
        QTest::newRow("after .header.new")
            << int(testing::ChangeStep::PendingHeaderWritten) << QStringLiteral("pw");
        QTest::newRow("after the re-encryption")
            << int(testing::ChangeStep::Reencrypted) << QStringLiteral("new");
        QTest::newRow("after the record")
            << int(testing::ChangeStep::Recorded) << QStringLiteral("new");
        QTest::newRow("after .header")
            << int(testing::ChangeStep::HeaderWritten) << QStringLiteral("new");
        QTest::newRow("not killed") << -1 << QStringLiteral("new");
    }

    void passphraseChangeKilledAfterEachStep()
    {
        QFETCH(int, step);
        QFETCH(QString, winner);
        const QString path = file(QStringLiteral("step.bsvault"));
        copyVault(m_golden, path);
        QFile::remove(VaultHeader::pendingPathFor(path));
        const int exit = runChange(path, -1, step);
        QCOMPARE(exit, step < 0 ? 0 : kKilled);
        QString opened;
        expectExactlyOnePassphrase(path, opened);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(opened, winner);
    }

    void passphraseChangeKilledAtEveryWrite()
    {
        // The child dies before its 1st, 2nd, ... write, sync or deletion of a database file
        // (the re-encryption's journal and pages, its commit, the record of the new cost)
        // until a change gets through. Before the commit the old passphrase opens the vault,
        // from it on the new one: never both, never neither.
        const QString path = file(QStringLiteral("killrekey.bsvault"));
        QStringList winners;
        for (int n = 0; n < 1000; ++n) {
            copyVault(m_golden, path);
            QFile::remove(VaultHeader::pendingPathFor(path));
            QFile::remove(path + QStringLiteral("-journal"));
            const int exit = runChange(path, n, -1);
            QString opened;
            expectExactlyOnePassphrase(path, opened);
            if (QTest::currentTestFailed())
                return;
            winners << opened;
            if (exit != kKilled) {
                QCOMPARE(exit, 0);
                QCOMPARE(opened, QStringLiteral("new"));
                break;
            }
        }
        const qsizetype firstNew = winners.indexOf(QStringLiteral("new"));
        QVERIFY2(winners.count(QStringLiteral("pw")) >= 10 && firstNew > 0,
                 qPrintable(winners.join(u' ')));
        QVERIFY2(winners.count(QStringLiteral("new")) >= 3, qPrintable(winners.join(u' ')));
        // One switch: the commit of the re-encryption.
        QCOMPARE(winners.lastIndexOf(QStringLiteral("pw")), firstNew - 1);
        qInfo("%lld kills before the commit, %lld after", static_cast<long long>(firstNew),
              static_cast<long long>(winners.size() - 1 - firstNew));
    }

    void passphraseChangeWriteFailures_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("sticky");
        QTest::newRow("disk full") << int(SQLITE_FULL) << true;
        QTest::newRow("I/O error, once") << int(SQLITE_IOERR) << false;
    }

    void passphraseChangeWriteFailures()
    {
        // A write, sync or deletion failing at any point of a change (in this process): a
        // clean error, then exactly one passphrase opens the vault: the old one when the
        // error says nothing changed, the new one when the change went through or says so.
        QFETCH(int, code);
        QFETCH(bool, sticky);
        const QString path = file(QStringLiteral("failrekey.bsvault"));
        const VaultOptions faulty{QString::fromLatin1(bs::test::kFaultVfsName)};
        int failedRuns = 0;
        for (int n = 0; n < 1000; ++n) {
            copyVault(m_golden, path);
            QFile::remove(VaultHeader::pendingPathFor(path));
            QFile::remove(path + QStringLiteral("-journal"));
            auto v = Vault::open(path, faulty);
            QVERIFY(v.ok());
            bs::test::armFault(n, code, sticky, bs::test::FaultWrites | bs::test::FaultDeletes);
            const auto r = v->changePassphrase(pass("pw"), pass("new"), kFastKdf);
            const bool failed = bs::test::faultPlan().failures > 0;
            bs::test::disarmFault();
            v->lock();
            QString opened;
            expectExactlyOnePassphrase(path, opened);
            if (QTest::currentTestFailed())
                return;
            if (!failed) {
                QVERIFY(r.ok());
                QCOMPARE(opened, QStringLiteral("new"));
                break;
            }
            if (r.ok()) {
                QCOMPARE(opened, QStringLiteral("new")); // absorbed by a retry inside SQLite
                continue;
            }
            ++failedRuns;
            const QString err = str(r.error());
            QVERIFY(!err.contains(u'\n'));
            if (err.startsWith(QLatin1String("the passphrase was not changed")))
                QCOMPARE(opened, QStringLiteral("pw"));
            else if (err.contains(QLatin1String("could not be finished")))
                QCOMPARE(opened, QStringLiteral("new"));
            else
                QVERIFY2(err.contains(QLatin1String("while re-encrypting")), qPrintable(err));
        }
        QVERIFY2(failedRuns >= 10, "the injected failures should hit many steps");
    }

    void killedWriterLosesNothing()
    {
        const QString path = file(QStringLiteral("kill.bsvault"));
        QVERIFY(Vault::create(path, sampleProfile(), pass("pw"), kFastKdf).ok());
        std::set<quint64> committed;
        int killedMidRun = 0;
        for (int round = 0; round < 30; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), path});
            QVERIFY(child.waitForStarted());
            // Under AddressSanitizer the child starts and commits several times slower.
            const int slow = bs::test::kAddressSanitizer ? 5 : 1;
            QThread::msleep(slow * (30 + QRandomGenerator::global()->bounded(300)));
            if (child.state() == QProcess::Running)
                ++killedMidRun;
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());
            for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
                bool ok = false;
                const quint64 c = line.toULongLong(&ok);
                if (ok)
                    committed.insert(c);
            }
            // Reopen in this process: unlocks, every page verifies, every counter the child
            // reported is there, completely.
            auto v = Vault::open(path);
            QVERIFY(v.ok());
            const auto u = v->unlock(pass("pw"));
            QVERIFY2(u.ok(), u.ok() ? "" : u.error().message.c_str());
            QVERIFY(v->verifyAllPages().ok());
            const auto h = v->history().ofToken(1);
            QVERIFY(h.ok());
            QCOMPARE(h->size() % kEntriesPerCommit, std::size_t(0));
            std::set<quint64> present;
            for (const HistoryEntry& e : *h)
                present.insert(e.blockNumber);
            for (quint64 c : committed)
                QVERIFY2(present.count(c), qPrintable(QStringLiteral("lost commit %1").arg(c)));
        }
        QVERIFY2(committed.size() > 30, "the child should have committed many times");
        QVERIFY(killedMidRun >= 25);
        qInfo("%d kills, %zu commits seen", killedMidRun, committed.size());
    }
};

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 5 && qstrcmp(argv[1], "--change") == 0) {
        QCoreApplication app(argc, argv);
        return runChangeChild(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]),
                              std::atoi(argv[4]));
    }
    QCoreApplication app(argc, argv);
    TestVaultReliability t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_vault_reliability.moc"
