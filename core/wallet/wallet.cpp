// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/wallet.h"

#include "chain/http_transport.h"
#include "eerc/contracts.h"
#include "util/hex.h"

#include <QFile>

#include <cctype>
#include <openssl/crypto.h>
#include <string_view>

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

Result<crypto::EcdsaPrivateKey> readWalletKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail("cannot read the key file: " + f.errorString().toStdString());
    QByteArray bytes = f.read(256);
    auto key = walletKeyFromText({bytes.constData(), static_cast<std::size_t>(bytes.size())});
    OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return key;
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
