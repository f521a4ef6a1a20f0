// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a network description in the devnet's network.json format (written by
// devnet/lib/deploy.mjs, the shape of the operator API's GET /network plus rpcUrl):
//   { "name": "...", "chainId": 31337, "rpcUrl": "http://...", "operatorUrl": "..." | null,
//     "deploymentBlock": 12, "contracts": { "registrar": "0x..", "encryptedErc": "0x..",
//     "token": "0x..", ... }, ... }
// Other keys are ignored. Addresses are checked (EIP-55 if mixed case) and stored checksummed.

#include "util/result.h"
#include "vault/types.h"

#include <QByteArray>
#include <QString>

namespace bs::vault {

Result<Network> parseNetworkJson(const QByteArray& json);
Result<Network> readNetworkFile(const QString& path);

} // namespace bs::vault
