// SPDX-License-Identifier: GPL-3.0-or-later
// hardenProcess: after it, the kernel says this process is not dumpable and its core file
// limit is 0 (read back through prctl, getrlimit and /proc/self/limits), and a child process
// that crashes leaves no core file.
#include "crypto/process_hardening.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#ifdef __linux__
#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void noCoreDumps()
    {
#ifndef __linux__
        QVERIFY(!bs::crypto::hardenProcess().supported);
        QSKIP("process hardening is Linux-only for now");
#else
        // Before: this test runner starts dumpable (the kernel's default).
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        const bs::crypto::HardeningReport r = bs::crypto::hardenProcess();
        QVERIFY(r.supported);
        QVERIFY(r.notDumpable);
        QVERIFY(r.noCoreLimit);
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        // The kernel's own view.
        QFile limits(QStringLiteral("/proc/self/limits"));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        bool seen = false;
        for (const QByteArray& line : limits.readAll().split('\n')) {
            if (!line.startsWith("Max core file size"))
                continue;
            const QList<QByteArray> fields = line.simplified().split(' ');
            QVERIFY(fields.size() >= 6);
            QCOMPARE(fields[4], QByteArray("0")); // soft
            QCOMPARE(fields[5], QByteArray("0")); // hard
            seen = true;
        }
        QVERIFY(seen);
        // The hard limit is 0: the process cannot raise it again.
        const rlimit back{RLIM_INFINITY, RLIM_INFINITY};
        QVERIFY(::setrlimit(RLIMIT_CORE, &back) != 0);
        // Calling it again is harmless.
        QVERIFY(bs::crypto::hardenProcess().notDumpable);

        // A crash (SIGABRT) of a child, which inherits the limit, writes no core file in its
        // working directory (where a kernel core_pattern of "core" would put it).
        QTemporaryDir dir;
        const pid_t pid = ::fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            if (::chdir(QFile::encodeName(dir.path()).constData()) == 0)
                std::abort();
            ::_exit(3);
        }
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGABRT);
        QVERIFY(!WCOREDUMP(status));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_process_hardening.moc"
