// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/network_file.h"

#include "eerc/network_config.h"
#include "vault/atomic_file.h"

namespace bs::vault {

Result<Network> parseNetworkJson(const QByteArray& json)
{
    // One parser for network files in the whole client: eerc::parseNetworkConfig.
    auto config = eerc::parseNetworkConfig(json);
    if (!config)
        return config.error();
    Network n;
    n.name = config->name;
    n.chainId = config->deployment.chainId;
    n.rpcUrl = config->rpcUrl.toString();
    n.operatorUrl = config->operatorUrl ? config->operatorUrl->toString() : QString();
    n.deploymentBlock = config->deployment.deploymentBlock;
    n.registrarAddress = QString::fromStdString(config->deployment.registrar.toChecksumHex());
    n.eercAddress = QString::fromStdString(config->deployment.encryptedErc.toChecksumHex());
    n.tokenAddress = QString::fromStdString(config->deployment.token.toChecksumHex());
    return n;
}

Result<Network> readNetworkFile(const QString& path)
{
    auto bytes = readSmallFile(path, 4 << 20);
    if (!bytes)
        return bytes.error();
    return parseNetworkJson(*bytes);
}

} // namespace bs::vault
