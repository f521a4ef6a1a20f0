// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sanitizers.h"
#include "crypto/secure_buffer.h"

#include <QByteArray>
#include <QDebug>
#include <QString>
#include <QVariant>
#include <QtTest>

#include <algorithm>
#include <cstring>
#include <memory>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#ifdef __linux__
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#endif

using bs::crypto::Secret;
using bs::crypto::SecureBuffer;
using bs::crypto::SecureBytes;

namespace {

// What the wipe observer saw: one entry per wiped allocation.
struct Wiped
{
    std::vector<std::uint8_t> bytes;
};
std::vector<Wiped> g_wiped;

void recordWipe(const std::uint8_t* data, std::size_t size)
{
    g_wiped.push_back({std::vector<std::uint8_t>(data, data + size)});
}

struct ObserverScope
{
    ObserverScope()
    {
        g_wiped.clear();
        bs::crypto::testing::setWipeObserver(&recordWipe);
    }
    ~ObserverScope() { bs::crypto::testing::setWipeObserver(nullptr); }
};

bool allZero(const std::vector<std::uint8_t>& v)
{
    return std::all_of(v.begin(), v.end(), [](std::uint8_t b) { return b == 0; });
}

#ifdef __linux__
// VmLck of /proc/self/status in kB: the kernel's count of this process's locked memory.
long lockedKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmLck:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

bool mayLockPages()
{
    rlimit lim{};
    return geteuid() == 0 || (getrlimit(RLIMIT_MEMLOCK, &lim) == 0 && lim.rlim_cur >= (1u << 20));
}
#endif

// No implicit copies, and no implicit way out into ordinary string/byte/variant types.
static_assert(!std::is_copy_constructible_v<SecureBuffer> &&
              !std::is_copy_assignable_v<SecureBuffer>);
static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);
static_assert(!std::is_convertible_v<const SecureBuffer&, std::string>);
static_assert(!std::is_convertible_v<const SecureBuffer&, QString>);
static_assert(!std::is_convertible_v<const SecureBuffer&, QByteArray>);
static_assert(!std::is_convertible_v<const SecureBuffer&, QVariant>);
static_assert(!std::is_copy_constructible_v<SecureBytes<32>>);
static_assert(!std::is_convertible_v<const SecureBytes<32>&, QByteArray>);

struct Pair
{
    std::uint64_t a;
    std::uint64_t b;
};
static_assert(!std::is_copy_constructible_v<Secret<Pair>>);

} // namespace

class TestSecureBuffer : public QObject
{
    Q_OBJECT

private slots:
    void emptyBufferAllocatesNothing()
    {
        ObserverScope scope;
        {
            SecureBuffer b;
            QCOMPARE(b.size(), std::size_t{0});
            QVERIFY(b.empty());
            QVERIFY(b.data() == nullptr);
            QVERIFY(b.locked());
        }
        QVERIFY(g_wiped.empty());
    }

    void sizedBufferIsZeroed()
    {
        SecureBuffer b(100);
        QCOMPARE(b.size(), std::size_t{100});
        QVERIFY(std::all_of(b.bytes().begin(), b.bytes().end(), [](auto x) { return x == 0; }));
    }

    void destructionWipesBeforeRelease()
    {
        ObserverScope scope;
        {
            SecureBuffer b(48);
            std::fill(b.bytes().begin(), b.bytes().end(), 0xA5);
        }
        QCOMPARE(g_wiped.size(), std::size_t{1});
        QCOMPARE(g_wiped[0].bytes.size(), std::size_t{48});
        QVERIFY(allZero(g_wiped[0].bytes));
    }

    void clearWipesAndEmpties()
    {
        ObserverScope scope;
        SecureBuffer b = SecureBuffer::copyOf(std::vector<std::uint8_t>(16, 0x11));
        b.clear();
        QVERIFY(b.empty());
        QCOMPARE(g_wiped.size(), std::size_t{1});
        QVERIFY(allZero(g_wiped[0].bytes));
        b.clear(); // idempotent
        QCOMPARE(g_wiped.size(), std::size_t{1});
    }

    void moveConstructionTransfersWithoutCopy()
    {
        ObserverScope scope;
        SecureBuffer a = SecureBuffer::copyOf(std::vector<std::uint8_t>{1, 2, 3, 4});
        const std::uint8_t* storage = a.data();
        SecureBuffer b(std::move(a));
        // The moved-from object holds nothing any more: no second copy of the secret exists.
        QVERIFY(a.empty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QVERIFY(a.data() == nullptr);
        QCOMPARE(b.data(), storage);
        QCOMPARE(b.size(), std::size_t{4});
        QCOMPARE(b.data()[3], std::uint8_t{4});
        QVERIFY(g_wiped.empty());
    }

    void moveAssignmentWipesTheOverwrittenSecret()
    {
        ObserverScope scope;
        SecureBuffer target = SecureBuffer::copyOf(std::vector<std::uint8_t>(8, 0xEE));
        SecureBuffer source = SecureBuffer::copyOf(std::vector<std::uint8_t>(3, 0x77));
        target = std::move(source);
        QCOMPARE(g_wiped.size(), std::size_t{1});
        QCOMPARE(g_wiped[0].bytes.size(), std::size_t{8});
        QVERIFY(allZero(g_wiped[0].bytes));
        QVERIFY(source.empty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(target.size(), std::size_t{3});
        QCOMPARE(target.data()[0], std::uint8_t{0x77});
    }

    void cloneIsIndependent()
    {
        SecureBuffer a = SecureBuffer::copyOf(std::vector<std::uint8_t>{9, 8, 7});
        SecureBuffer b = a.clone();
        QVERIFY(a.data() != b.data());
        QVERIFY(a.equals(b));
        b.data()[0] = 0;
        QVERIFY(!a.equals(b));
        QCOMPARE(a.data()[0], std::uint8_t{9});
        QVERIFY(!a.equals(SecureBuffer(2)));
        QVERIFY(SecureBuffer().equals(SecureBuffer()));
    }

    void fixedSizeBytes()
    {
        ObserverScope scope;
        {
            SecureBytes<32> k;
            QVERIFY(k.valid());
            k.bytes()[31] = 0x42;
            SecureBytes<32> moved(std::move(k));
            QVERIFY(!k.valid()); // NOLINT(bugprone-use-after-move)
            QCOMPARE(moved.bytes()[31], std::uint8_t{0x42});
            SecureBytes<32> copy = moved.clone();
            QVERIFY(copy.equals(moved));
        }
        QCOMPARE(g_wiped.size(), std::size_t{2}); // `moved` and `copy`; `k` was empty
        for (const auto& w : g_wiped) {
            QCOMPARE(w.bytes.size(), std::size_t{32});
            QVERIFY(allZero(w.bytes));
        }
    }

    void secretValueIsStoredAndWiped()
    {
        ObserverScope scope;
        {
            Secret<Pair> s(Pair{0x1122334455667788ull, 0x99});
            QCOMPARE(s->a, 0x1122334455667788ull);
            QCOMPARE((*s).b, std::uint64_t{0x99});
            Secret<Pair> t = s.clone();
            QCOMPARE(t->a, s->a);
            QVERIFY(&t.get() != &s.get());
        }
        QCOMPARE(g_wiped.size(), std::size_t{2});
        QVERIFY(allZero(g_wiped[0].bytes) && allZero(g_wiped[1].bytes));
    }

    void printingIsRedacted()
    {
        SecureBuffer b = SecureBuffer::copyOf(std::vector<std::uint8_t>{'s', 'e', 'c'});
        Secret<Pair> s(Pair{42, 43});
        SecureBytes<4> k = SecureBytes<4>::copyOf(std::array<std::uint8_t, 4>{'a', 'b', 'c', 'd'});

        std::ostringstream os;
        os << b << ' ' << s << ' ' << k;
        QCOMPARE(QString::fromStdString(os.str()),
                 QStringLiteral("<redacted> <redacted> <redacted>"));

        QString text;
        QDebug(&text) << b << s << k;
        QCOMPARE(text.trimmed(), QStringLiteral("<redacted> <redacted> <redacted>"));
    }

    void locksWhenTheOsAllows()
    {
#ifdef __linux__
        if (!mayLockPages())
            QSKIP("RLIMIT_MEMLOCK too small to expect locking");
        SecureBuffer b(64);
        QVERIFY(b.locked());
#else
        QSKIP("locking expectations are checked on Linux");
#endif
    }

    // Page locks do not nest in the OS: freeing one of two buffers that share a page must
    // keep the page locked for the other.
    void sharedPagesStayLockedUntilTheLastUser()
    {
#ifdef __linux__
        if (!mayLockPages() || lockedKiB() < 0)
            QSKIP("cannot observe locked memory here");
        if (bs::test::kAddressSanitizer)
            QSKIP("AddressSanitizer makes mlock a no-op: nothing to observe");
        const long page = sysconf(_SC_PAGESIZE);
        const long base = lockedKiB();
        auto a = std::make_unique<SecureBuffer>(16);
        auto b = std::make_unique<SecureBuffer>(16);
        const auto pageOf = [page](const void* p) {
            return reinterpret_cast<std::uintptr_t>(p) / static_cast<std::uintptr_t>(page);
        };
        QVERIFY(lockedKiB() > base);
        if (pageOf(a->data()) != pageOf(b->data()) || pageOf(a->data() + 15) != pageOf(a->data()) ||
            pageOf(b->data() + 15) != pageOf(b->data()))
            QSKIP("the allocator did not put both buffers on one page");
        const long both = lockedKiB();
        a.reset();
        QCOMPARE(lockedKiB(), both);
        b.reset();
        QCOMPARE(lockedKiB(), base);
#else
        QSKIP("VmLck is Linux-only");
#endif
    }

    void constantTimeEqualSemantics()
    {
        const std::array<std::uint8_t, 3> x{1, 2, 3};
        const std::array<std::uint8_t, 3> y{1, 2, 4};
        const std::array<std::uint8_t, 2> z{1, 2};
        QVERIFY(bs::crypto::constantTimeEqual(x, x));
        QVERIFY(!bs::crypto::constantTimeEqual(x, y));
        QVERIFY(!bs::crypto::constantTimeEqual(x, z));
        QVERIFY(bs::crypto::constantTimeEqual({}, {}));
    }
};

QTEST_APPLESS_MAIN(TestSecureBuffer)
#include "tst_secure_buffer.moc"
