// SPDX-License-Identifier: GPL-3.0-or-later
#include "secret_input.h"

#include "util/atomic_file.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>

#ifndef _WIN32
#include <csignal>
#include <fcntl.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace bs::cli {

namespace {

constexpr std::size_t kMaxPassphrase = 1024;

// Copies [0, len) of `raw` into a buffer of exactly that size.
crypto::SecureBuffer firstBytes(const crypto::SecureBuffer& raw, std::size_t len)
{
    crypto::SecureBuffer out(len);
    if (len)
        std::memcpy(out.data(), raw.data(), len);
    return out;
}

// Length of the first line of `data[0, n)`, without "\n" or "\r\n".
std::size_t firstLineLength(const std::uint8_t* data, std::size_t n)
{
    std::size_t len = 0;
    while (len < n && data[len] != '\n')
        ++len;
    if (len > 0 && data[len - 1] == '\r')
        --len;
    return len;
}

} // namespace

#ifndef _WIN32

Result<crypto::SecureBuffer> readPassphraseFile(Context& ctx, const QString& path, const char* what)
{
    // "-": the first line of standard input (a pipe from a secret manager).
    const bool fromStdin = path == QLatin1String("-");
    const int fd = fromStdin ? STDIN_FILENO
                             : ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(std::string("cannot read the ") + what + " " + path.toStdString() + " (" +
                    std::strerror(errno) + ")");
    crypto::SecureBuffer raw(kMaxPassphrase + 2);
    std::size_t n = 0;
    while (n < raw.size()) {
        const ssize_t r = ::read(fd, raw.data() + n, raw.size() - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        n += std::size_t(r);
        if (fromStdin && std::memchr(raw.data(), '\n', n))
            break; // one line only: the rest of stdin is not ours
    }
    if (!fromStdin)
        ::close(fd);
    const std::size_t len = firstLineLength(raw.data(), n);
    if (len == 0)
        return fail(std::string("the ") + what + " " + path.toStdString() +
                    " has an empty first line");
    if (len > kMaxPassphrase)
        return fail(std::string("the first line of ") + path.toStdString() +
                    " is too long (over 1024 bytes)");
    if (!fromStdin && util::isAccessibleByOthers(path)) {
        ctx.err << "bshield: warning: " << path
                << " can be read by other users; restrict it with chmod 600\n";
        ctx.err.flush();
    }
    return firstBytes(raw, len);
}

// The terminal settings to put back if a signal ends the program while echo is off.
termios g_savedTerm{};
volatile sig_atomic_t g_echoOff = 0;

extern "C" void restoreEchoAndDie(int sig)
{
    // Only async-signal-safe calls: tcsetattr, signal, raise.
    if (g_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerm);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// Turns echo off for its lifetime; Ctrl-C, SIGTERM or SIGHUP in between restore it before
// the program ends, so the user's shell does not stay silent.
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &g_savedTerm) != 0)
            return;
        for (int i = 0; i < 3; ++i) {
            struct sigaction sa
            {};
            sa.sa_handler = restoreEchoAndDie;
            sigemptyset(&sa.sa_mask);
            ::sigaction(kSignals[i], &sa, &m_old[i]);
        }
        termios quiet = g_savedTerm;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        g_echoOff = 1;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        m_active = true;
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerm);
        g_echoOff = 0;
        for (int i = 0; i < 3; ++i)
            ::sigaction(kSignals[i], &m_old[i], nullptr);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_old[3]{};
    bool m_active = false;
};

Result<crypto::SecureBuffer> promptOnce(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    EchoOff echoOff;
    crypto::SecureBuffer raw(kMaxPassphrase + 2);
    std::size_t n = 0;
    bool eol = false;
    while (n < raw.size() && !eol) {
        const ssize_t r = ::read(STDIN_FILENO, raw.data() + n, 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        eol = raw.data()[n] == '\n';
        ++n;
    }
    if (!eol && n == raw.size()) {
        // Longer than the buffer: read the rest of the line away (into a wiped byte), so it
        // does not become the answer to the next prompt, and refuse it.
        crypto::SecureBuffer sink(1);
        for (;;) {
            const ssize_t r = ::read(STDIN_FILENO, sink.data(), 1);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0 || sink.data()[0] == '\n')
                break;
        }
        return fail("the passphrase is too long (over 1024 bytes)");
    }
    const std::size_t len = firstLineLength(raw.data(), n);
    if (len == 0)
        return fail("no passphrase entered");
    if (len > kMaxPassphrase)
        return fail("the passphrase is too long (over 1024 bytes)");
    return firstBytes(raw, len);
}

Result<crypto::SecureBuffer> promptPassphrase(const QString& prompt, bool confirm)
{
    if (!::isatty(STDIN_FILENO))
        return fail("no passphrase: give --passphrase-file, or run in a terminal to type it");
    auto first = promptOnce(prompt + QStringLiteral(": "));
    if (!first || !confirm)
        return first;
    auto second = promptOnce(QStringLiteral("Repeat it: "));
    if (!second)
        return second;
    if (!first->equals(*second))
        return fail("the two passphrases differ; nothing was changed");
    return first;
}

#else

Result<crypto::SecureBuffer> readPassphraseFile(Context&, const QString& path, const char* what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(std::string("cannot read the ") + what + " " + path.toStdString());
    crypto::SecureBuffer raw(kMaxPassphrase + 2);
    const qint64 n = f.read(reinterpret_cast<char*>(raw.data()), qint64(raw.size()));
    const std::size_t len = firstLineLength(raw.data(), n > 0 ? std::size_t(n) : 0);
    if (len == 0 || len > kMaxPassphrase)
        return fail(std::string("the ") + what + " " + path.toStdString() +
                    " has no usable first line");
    return firstBytes(raw, len);
}

Result<crypto::SecureBuffer> promptPassphrase(const QString&, bool)
{
    return fail("no passphrase: give --passphrase-file");
}

#endif

Result<crypto::EcdsaPrivateKey> readWalletKey(Context& ctx, const QString& path)
{
    auto raw = readPassphraseFile(ctx, path, "wallet key file");
    if (!raw)
        return raw.error();
    std::string_view text(reinterpret_cast<const char*>(raw->data()), raw->size());
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    auto key = crypto::EcdsaPrivateKey::fromHex(text);
    if (!key)
        return fail("the wallet key file does not hold a valid key (64 hex digits): " +
                    key.error().message);
    return std::move(*key);
}

Result<crypto::SecureBuffer>
obtainPassphrase(Context& ctx, const QString& file, const QString& prompt, bool confirm)
{
    if (!file.isEmpty())
        return readPassphraseFile(ctx, file);
    return promptPassphrase(prompt, confirm);
}

} // namespace bs::cli
