// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/verified_file.h"

#include <QFile>

#include <cctype>
#include <memory>
#include <openssl/evp.h>

namespace bs::zk {

namespace {

std::function<void(const QString&)>& afterReadHook()
{
    static std::function<void(const QString&)> hook;
    return hook;
}

std::string toLowerHex(const unsigned char* p, unsigned n)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < n; ++i) {
        out.push_back(digits[p[i] >> 4]);
        out.push_back(digits[p[i] & 15]);
    }
    return out;
}

} // namespace

void test::setAfterReadHook(std::function<void(const QString&)> hook)
{
    afterReadHook() = std::move(hook);
}

Result<std::vector<uint8_t>>
readVerified(const QString& path, std::string_view sha256Hex, std::stop_token stop)
{
    std::string expected;
    for (const char c : sha256Hex)
        expected.push_back(char(std::tolower(static_cast<unsigned char>(c))));
    if (expected.size() != 64 ||
        expected.find_first_not_of("0123456789abcdef") != std::string::npos)
        return fail(BS_TR("zk",
                          "The expected SHA-256 of %1 is malformed; add the network again from "
                          "its description."),
                    path.toStdString());

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(kCannotReadCircuitFile, path.toStdString(), f.errorString().toStdString());
    std::vector<uint8_t> bytes;
    constexpr qint64 kChunk = 1 << 20;
    for (;;) {
        if (stop.stop_requested())
            return fail(BS_TR("zk", "cancelled"));
        const size_t at = bytes.size();
        bytes.resize(at + size_t(kChunk));
        const qint64 n = f.read(reinterpret_cast<char*>(bytes.data() + at), kChunk);
        if (n < 0)
            return fail(kCannotReadCircuitFile, path.toStdString(),
                        f.errorString().toStdString());
        bytes.resize(at + size_t(n));
        if (n == 0)
            break;
    }
    f.close();
    if (afterReadHook())
        afterReadHook()(path);

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned digestLen = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &digestLen, EVP_sha256(), nullptr) != 1)
        return fail(BS_TR("zk", "Cannot hash the circuit file %1."), path.toStdString());
    if (toLowerHex(digest, digestLen) != expected)
        return fail(BS_TR("zk",
                          "The circuit file %1 does not match its SHA-256 (damaged or replaced); "
                          "fetch the circuit files again."),
                    path.toStdString());
    return bytes;
}

} // namespace bs::zk
