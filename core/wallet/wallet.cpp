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
        return fail("the wallet key is not valid: " + key.error().message);
    return key;
}

namespace {

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
        return fail("cannot read the key file: " + std::string(std::strerror(errno)));
    crypto::SecureBuffer text(kMaxKeyFile);
    std::size_t size = 0;
    while (size < kMaxKeyFile) {
        const long long n = readSome(fd, text.data() + size, kMaxKeyFile - size);
        if (n < 0) {
            const int err = errno;
            closeFile(fd);
            return fail("cannot read the key file: " + std::string(std::strerror(err)));
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

Result<vault::PendingClaim> pendingClaimOf(const chain::PreparedTransaction& signedTx, qint64 now)
{
    auto args = eerc::abi::withdraw().decodeCall(signedTx.tx.data);
    const auto tokenId = args ? args->at(0).asUint() : std::nullopt;
    const auto* publicSignals = args ? args->at(1).at(1) : nullptr;
    const auto words = publicSignals ? publicSignals->asUintList(16) : std::nullopt;
    if (!tokenId || !tokenId->fitsU64() || !words)
        return fail("the claim transaction cannot be recorded: it is not a withdraw call.");
    vault::PendingClaim c;
    c.txHash = QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(signedTx.hash));
    c.tokenId = tokenId->toU64();
    c.amount = QString::fromStdString((*words)[0].toDecimal()); // ValueToWithdraw, eERC units
    c.state = vault::ClaimState::Sent;
    c.createdAt = now;
    c.nonce = signedTx.tx.nonce;
    return c;
}

Result<eerc::ResumedClaim> followClaim(eerc::EercReader& reader,
                                       chain::TransactionSender& sender,
                                       const crypto::EthAddress& me,
                                       const vault::PendingClaim& claim,
                                       const chain::SendOptions& options,
                                       std::stop_token stop)
{
    crypto::Hash256 hash{};
    const std::string text = claim.txHash.toStdString();
    if (!text.starts_with("0x") || !util::hexDecodeInto(std::string_view(text).substr(2), hash))
        return fail("the vault holds a malformed pending claim (" + text +
                    "); check the vault with 'bshield vault unlock-check'.");
    auto resumed = eerc::resumeClaim(reader, sender, me, hash, claim.nonce, options, {}, stop);
    if (!resumed)
        return fail("an earlier claim (" + text +
                    ") is still unresolved: " + resumed.error().message);
    return resumed;
}

vault::ClaimState finalState(const eerc::ResumedClaim& resumed)
{
    return resumed.state == eerc::ResumedClaim::State::Confirmed ? vault::ClaimState::Confirmed
                                                                 : vault::ClaimState::Failed;
}

} // namespace bs::wallet
