// SPDX-License-Identifier: GPL-3.0-or-later
// After lock, no secret is left in this process's memory. A realistic unlock path runs
// (Vault::create with the wallet key, then Vault::open, unlock, wallet::keysOf with the eERC
// key derived from the wallet key, lock), every object holding a secret goes, and a scan of
// the process's own memory (/proc/self/maps + /proc/self/mem: the heap, anonymous mappings
// and the main stack) looks for the wallet key (32 bytes, and as hex text in both cases) and
// the passphrase. It must find none. The same for a wallet key file read with
// wallet::readWalletKeyFile.
//
// The scan cannot hold what it looks for (it would find itself): each secret is kept as
// (secret XOR mask, mask) with a random mask and compared byte by byte on the fly, and the
// scan's own buffer is skipped. The secrets are random, made at run time: no literal in the
// binary. The scan is Linux only (the suite is skipped elsewhere); the tests build on POSIX.
#include "../sanitizers.h"
#include "crypto/random.h"
#include "crypto/secp256k1.h"
#include "crypto/secure_buffer.h"
#include "util/hex.h"
#include "vault/vault.h"
#include "wallet/wallet.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <vector>
#ifdef __linux__
#include <sys/mman.h>
#endif

using namespace bs;

namespace {

// A secret to look for, never held in the clear.
struct Needle
{
    std::string what;
    std::vector<std::uint8_t> mask;
    std::vector<std::uint8_t> masked; // secret XOR mask
};

Needle maskedNeedle(std::string what, std::span<const std::uint8_t> secret)
{
    Needle n{std::move(what), std::vector<std::uint8_t>(secret.size()),
             std::vector<std::uint8_t>(secret.size())};
    crypto::randomBytes(n.mask);
    for (std::size_t i = 0; i < secret.size(); ++i)
        n.masked[i] = secret[i] ^ n.mask[i];
    return n;
}

// Adds the needles of one secret to `needles`: the whole secret, and all of it but the first
// 16 bytes, which is what a freed heap copy keeps (the allocator writes its list pointers
// over the start of a free block).
void addNeedles(std::vector<Needle>& needles,
                const std::string& what,
                std::span<const std::uint8_t> secret)
{
    needles.push_back(maskedNeedle(what, secret));
    if (secret.size() >= 24)
        needles.push_back(maskedNeedle(what + " (all but its first 16 bytes)", secret.subspan(16)));
}

struct Hit
{
    std::string what;
    quintptr address = 0;
    QByteArray region;
};

#ifdef __linux__
// Every place in the readable heap, anonymous and stack mappings where a needle occurs.
std::vector<Hit> scanOwnMemory(const std::vector<Needle>& needles)
{
    constexpr std::size_t kChunk = 1 << 20;
    std::size_t longest = 0;
    for (const Needle& n : needles)
        longest = std::max(longest, n.masked.size());
    // The scan's buffer: mapped apart, skipped by the scan, wiped and unmapped afterwards.
    auto* buffer = static_cast<std::uint8_t*>(
        ::mmap(nullptr, kChunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    if (buffer == MAP_FAILED)
        qFatal("mmap failed");
    const auto own = quintptr(buffer);
    std::vector<Hit> hits;

    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (mem < 0)
        qFatal("cannot open /proc/self/mem");
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 5 || !f[1].startsWith('r'))
            continue;
        const QByteArray name = f.size() >= 6 ? f[5] : QByteArray();
        if (!(name.isEmpty() || name == "[heap]" || name == "[stack]"))
            continue;
        const QList<QByteArray> range = f[0].split('-');
        const quintptr begin = range[0].toULongLong(nullptr, 16);
        const quintptr end = range[1].toULongLong(nullptr, 16);
        if (begin == own)
            continue;
        // Chunks overlapping by longest - 1 bytes, so a match across a boundary is found.
        for (quintptr at = begin; at < end;) {
            const std::size_t want = std::size_t(std::min<quintptr>(kChunk, end - at));
            const ssize_t got = ::pread(mem, buffer, want, off_t(at));
            if (got <= 0)
                break; // unreadable (a guard page): the rest of this mapping too
            for (const Needle& n : needles) {
                const std::size_t len = n.masked.size();
                for (std::size_t i = 0; i + len <= std::size_t(got); ++i) {
                    if (std::uint8_t(buffer[i] ^ n.mask[0]) != n.masked[0])
                        continue;
                    std::size_t j = 1;
                    while (j < len && std::uint8_t(buffer[i + j] ^ n.mask[j]) == n.masked[j])
                        ++j;
                    if (j == len)
                        hits.push_back(
                            {n.what, at + i, name.isEmpty() ? QByteArray("anonymous") : name});
                }
            }
            if (std::size_t(got) < want || at + std::size_t(got) >= end)
                break;
            at += std::size_t(got) - (longest - 1);
        }
    }
    ::close(mem);
    std::memset(buffer, 0, kChunk);
    ::munmap(buffer, kChunk);
    return hits;
}
#else
std::vector<Hit> scanOwnMemory(const std::vector<Needle>&)
{
    return {}; // initTestCase skips the suite
}
#endif

// Scans and reports every place a needle was found: there must be none.
void expectNowhere(const std::vector<Needle>& needles)
{
    const std::vector<Hit> hits = scanOwnMemory(needles);
    for (const Hit& h : hits)
        qWarning("found the %s at %#llx (%s)", h.what.c_str(),
                 static_cast<unsigned long long>(h.address), h.region.constData());
    QCOMPARE(hits.size(), std::size_t(0));
}

// `size` random characters a user could type, made in secure memory.
crypto::SecureBuffer randomPassphrase(std::size_t size)
{
    static constexpr char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    crypto::SecureBuffer raw = crypto::randomSecret(size);
    crypto::SecureBuffer text(size);
    for (std::size_t i = 0; i < size; ++i)
        text.data()[i] = std::uint8_t(kAlphabet[raw.data()[i] % (sizeof kAlphabet - 1)]);
    return text;
}

} // namespace

class TestMemoryHygiene : public QObject
{
    Q_OBJECT

private slots:
    // The minimum scrypt cost (the real code path, quick), below this machine's calibration.
    void initTestCase()
    {
#ifndef __linux__
        QSKIP("the memory scan reads /proc/self/mem (Linux)");
#endif
        if (bs::test::kAddressSanitizer)
            QSKIP("under AddressSanitizer the scan would walk its shadow memory and freed "
                  "blocks stay quarantined: the dev build runs this test");
        vault::testing::allowWeakKdf(true);
    }

    void noSecretLeftAfterLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hygiene.bsvault"));
        std::vector<Needle> needles;
        {
            crypto::SecureBuffer passphrase = randomPassphrase(24);
            addNeedles(needles, "passphrase", passphrase.bytes());
            {
                vault::InitialKeys keys;
                keys.walletKey = crypto::EcdsaPrivateKey::generate();
                {
                    const crypto::SecureBytes<32> raw = keys.walletKey->exportSecret();
                    addNeedles(needles, "wallet key", raw.bytes());
                    crypto::SecureBuffer hex(64);
                    auto* chars = reinterpret_cast<char*>(hex.data());
                    util::hexEncodeLowerInto(raw.bytes(), std::span<char>(chars, 64));
                    addNeedles(needles, "wallet key, lowercase hex", hex.bytes());
                    for (std::size_t i = 0; i < 64; ++i)
                        chars[i] = char(std::toupper(static_cast<unsigned char>(chars[i])));
                    addNeedles(needles, "wallet key, uppercase hex", hex.bytes());
                }
                vault::Profile profile;
                profile.name = QStringLiteral("hygiene");
                auto created = vault::Vault::create(path, profile, passphrase.chars(), keys,
                                                    vault::KdfParams::minimum());
                QVERIFY2(created.ok(), created.ok() ? "" : created.error().message.c_str());
                created->lock();
            }
            // The unlock path of the app and the CLI, with the eERC key derived from the
            // wallet key (none is stored), used, then put away.
            auto v = vault::Vault::open(path);
            QVERIFY(v.ok());
            QVERIFY(v->unlock(passphrase.chars()).ok());
            {
                auto keys = wallet::keysOf(*v);
                QVERIFY2(keys.ok(), keys.ok() ? "" : keys.error().message.c_str());
                QVERIFY(!keys->wallet.address().toChecksumHex().empty());
                QVERIFY(keys->eerc.decryptionKey().size() > 0);
            }
            QVERIFY(v->settings().set(QStringLiteral("k"), QStringLiteral("v")).ok());
            v->lock();
        }
        expectNowhere(needles);
        if (QTest::currentTestFailed())
            return;
    }

    void keyFileIsReadWithoutCopies()
    {
        // A key file as a user keeps one ("0x" + hex + newline), written here straight from
        // secure memory. wallet::readWalletKeyFile reads it into secure memory only (no stdio
        // or QFile buffer): once the key is dropped, neither its text nor its bytes remain.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wallet.key"));
        std::vector<Needle> needles;
        std::string address;
        {
            const crypto::EcdsaPrivateKey key = crypto::EcdsaPrivateKey::generate();
            address = key.address().toChecksumHex();
            const crypto::SecureBytes<32> raw = key.exportSecret();
            addNeedles(needles, "wallet key", raw.bytes());
            crypto::SecureBuffer text(2 + 64 + 1);
            auto* chars = reinterpret_cast<char*>(text.data());
            chars[0] = '0';
            chars[1] = 'x';
            util::hexEncodeLowerInto(raw.bytes(), std::span<char>(chars + 2, 64));
            chars[66] = '\n';
            addNeedles(needles, "wallet key, hex", text.bytes().subspan(2, 64));
            const int fd = ::open(QFile::encodeName(path).constData(),
                                  O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, text.data(), text.size()), ssize_t(text.size()));
            ::close(fd);
        }
        {
            auto read = wallet::readWalletKeyFile(path);
            QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
            QCOMPARE(read->address().toChecksumHex(), address);
        }
        expectNowhere(needles);
        if (QTest::currentTestFailed())
            return;

        // Errors say what is wrong, without the file's content.
        const auto missing = wallet::readWalletKeyFile(dir.filePath(QStringLiteral("none")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.starts_with("cannot read the key file: "),
                 missing.error().message.c_str());
        const QString junk = dir.filePath(QStringLiteral("junk.key"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300, 'z'));
        f.close();
        const auto bad = wallet::readWalletKeyFile(junk);
        QVERIFY(!bad.ok());
        QVERIFY(!QString::fromStdString(bad.error().message).contains(QLatin1String("zzz")));
    }

    void theScanFindsWhatIsThere()
    {
        // The scan is not blind: a copy of a secret left on the heap (on purpose here) is
        // found.
        const crypto::SecureBuffer secret = crypto::randomSecret(32);
        std::vector<Needle> needles;
        addNeedles(needles, "secret", secret.bytes());
        auto* leaked = new std::vector<std::uint8_t>(secret.bytes().begin(), secret.bytes().end());
        const std::vector<Hit> hits = scanOwnMemory(needles);
        std::memset(leaked->data(), 0, leaked->size());
        delete leaked;
        // The leaked copy, and the secure buffer itself (anonymous, locked pages).
        QVERIFY2(hits.size() >= 2, qPrintable(QString::number(hits.size())));
        bool onHeap = false;
        for (const Hit& h : hits)
            onHeap = onHeap || h.region == "[heap]" || h.region == "anonymous";
        QVERIFY(onHeap);
    }
};

QTEST_GUILESS_MAIN(TestMemoryHygiene)
#include "tst_memory_hygiene.moc"
