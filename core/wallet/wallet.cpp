// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/wallet.h"

#include "chain/http_transport.h"
#include "eerc/contracts.h"
#include "util/hex.h"

#include <QFile>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <string_view>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace bs::wallet {

Result<crypto::EcdsaPrivateKey> walletKeyFromText(std::span<const char> text)
{
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin])))
        ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1])))
        --end;
    auto key = crypto::EcdsaPrivateKey::fromHex(std::string_view(text.data() + begin, end - begin));
    if (!key)
        return fail(BS_TR("wallet", "the wallet key is not valid: %1"), key.error());
    return key;
}

namespace {

constexpr Text kCannotReadKeyFile = BS_TR("wallet", "cannot read the key file: %1");

// Unbuffered file reading, not inherited by child processes.
#ifdef _WIN32
int openForReading(const QString& path)
{
    return ::_wopen(reinterpret_cast<const wchar_t*>(path.utf16()),
                    _O_RDONLY | _O_BINARY | _O_NOINHERIT);
}
long long readSome(int fd, std::uint8_t* to, std::size_t size)
{
    return ::_read(fd, to, unsigned(size));
}
void closeFile(int fd)
{
    ::_close(fd);
}
#else
int openForReading(const QString& path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
}
long long readSome(int fd, std::uint8_t* to, std::size_t size)
{
    ssize_t n = 0;
    do
        n = ::read(fd, to, size);
    while (n < 0 && errno == EINTR);
    return n;
}
void closeFile(int fd)
{
    ::close(fd);
}
#endif

} // namespace

Result<crypto::EcdsaPrivateKey> readWalletKeyFile(const QString& path)
{
    // Straight from the file into locked memory (wiped when it goes): no stdio, QFile or
    // QByteArray buffer keeps a copy of the key text. At most 256 bytes are read.
    constexpr std::size_t kMaxKeyFile = 256;
    const int fd = openForReading(path);
    if (fd < 0)
        return fail(kCannotReadKeyFile, std::strerror(errno));
    crypto::SecureBuffer text(kMaxKeyFile);
    std::size_t size = 0;
    while (size < kMaxKeyFile) {
        const long long n = readSome(fd, text.data() + size, kMaxKeyFile - size);
        if (n < 0) {
            const int err = errno;
            closeFile(fd);
            return fail(kCannotReadKeyFile, std::strerror(err));
        }
        if (n == 0)
            break;
        size += std::size_t(n);
    }
    closeFile(fd);
    return walletKeyFromText(text.chars().first(size));
}

Result<Keys> keysOf(const vault::Vault& vault)
{
    auto wallet = vault.walletKey();
    if (!wallet)
        return wallet.error();
    auto stored = vault.eercDecryptionKey();
    auto key = stored ? eerc::EercKey::fromDecryptionKey(std::string_view(
                            reinterpret_cast<const char*>(stored->data()), stored->size()))
                      : eerc::EercKey::deriveFromWallet(*wallet);
    if (!key)
        return key.error();
    return Keys{std::move(*wallet), std::move(*key)};
}

Result<ChainConnection> connect(const chain::Network& network, bool check)
{
    chain::HttpOptions http;
    http.allowPlainHttp = network.allowPlainHttp;
    auto transport = chain::HttpTransport::create(network.rpcUrl, http);
    if (!transport)
        return transport.error();
    ChainConnection c;
    c.rpc = std::make_unique<chain::JsonRpcClient>(std::move(*transport));
    c.eth = std::make_unique<chain::EthClient>(*c.rpc);
    c.reader = std::make_unique<eerc::EercReader>(*c.eth, network.deployment);
    if (check) {
        if (auto onChain = c.reader->checkChain(); !onChain)
            return onChain.error();
    }
    return c;
}

} // namespace bs::wallet
