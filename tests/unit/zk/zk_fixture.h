// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Access to the snarkjs-built test fixture (tests/data/zk-prover/make-fixture.sh). CTest runs
// the script first and passes its output directory in BS_ZK_FIXTURE_DIR; without it (no
// node/npm on the machine) the fixture tests are skipped, with a message.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace zkfixture {

// OUTDIR given to make-fixture.sh, or empty.
inline QString root()
{
    return qEnvironmentVariable("BS_ZK_FIXTURE_DIR");
}

// A file of the "small" fixture.
inline QString file(const QString& name)
{
    return root() + QStringLiteral("/small/") + name;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

// Runs the fixture's pinned snarkjs CLI.
inline Run snarkjs(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(root() + QStringLiteral("/snarkjs"), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = p.readAll();
    return r;
}

} // namespace zkfixture

#define BS_REQUIRE_ZK_FIXTURE()                                                                    \
    do {                                                                                           \
        if (zkfixture::root().isEmpty() || !QFile::exists(zkfixture::file("circuit.zkey")))        \
            QSKIP("BS_ZK_FIXTURE_DIR not set or fixture not built (needs node + npm): run "        \
                  "tests/data/zk-prover/make-fixture.sh DIR and set BS_ZK_FIXTURE_DIR=DIR");       \
    } while (false)
