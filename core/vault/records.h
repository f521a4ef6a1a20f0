// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plain data the vault stores: profile, network, history cache entries, pending claims,
// cached operator data. No secrets here: keys have their own accessors on Vault.

#include "chain/network.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace bs::vault {

enum class Role
{
    Provider,
    Auditor,
    Operator,
};

// "provider" | "auditor" | "operator".
QString roleName(Role role);
// Parses roleName()'s output (case-sensitive); nullopt for anything else.
std::optional<Role> parseRole(const QString& text);

struct Profile
{
    QString name;
    Role role = Role::Provider;
    // The network the profile works on (with the user's allowPlainHttp); none for a vault
    // made without one (`bshield vault create` without --network).
    std::optional<chain::Network> network;

    bool operator==(const Profile&) const = default;
};

// The network as vaults before schema 4 and backups before the description field stored it:
// its identity only. Still written next to the description, for older readers.
struct NetworkIdentity
{
    quint64 chainId = 0; // 0: no network
    QString name;
    QString rpcUrl;
    QString operatorUrl; // empty: none
    QString registrar;
    QString eerc;
    QString token;
    quint64 deploymentBlock = 0;
    bool allowPlainHttp = false;
};
NetworkIdentity identityOf(const std::optional<chain::Network>& network);
// The stored network: `description` (chain::toJson) when there is one, with the identity's
// allowPlainHttp; else the identity alone (nullopt for chainId 0 or contract addresses that do
// not parse, as older versions could store). Fails when the description does not parse.
Result<std::optional<chain::Network>> networkOf(const NetworkIdentity& identity,
                                                const QByteArray& description = {});

// What `bshield vault info` shows: read from the header file, no passphrase needed.
struct VaultInfo
{
    int formatVersion = 0; // of the header file
    int schemaVersion = 0; // of the encrypted database, as of the last unlock that migrated it
    QString profileName;
    Role role = Role::Provider;
    quint64 chainId = 0;
    QString networkName;
};

// One decoded eERC history event, as core/eerc's history scanner produces it.
struct HistoryEntry
{
    quint64 tokenId = 0;
    QString kind;   // "credit" | "debit"
    QString source; // "transfer" | "deposit" | "withdraw" | "mint" | "burn"
    quint64 blockNumber = 0;
    qint64 blockTime = 0; // seconds since the epoch
    QString txHash;       // 0x + 64 hex digits (stored lowercase)
    quint32 logIndex = 0;
    QString counterparty;   // 0x address or empty
    QString amount;         // base units, decimal string (exact)
    bool decrypted = false; // false if the amount could not be read

    bool operator==(const HistoryEntry&) const = default;
};

enum class ClaimState
{
    Building,
    Sent,
    Confirmed,
    Failed,
};

// "building" | "sent" | "confirmed" | "failed".
QString claimStateName(ClaimState state);
std::optional<ClaimState> parseClaimState(const QString& text);

struct PendingClaim
{
    QString txHash; // stored lowercase
    quint64 tokenId = 0;
    QString amount; // base units, decimal string
    ClaimState state = ClaimState::Building;
    qint64 createdAt = 0;      // seconds since the epoch
    quint64 nonce = 0;         // the transaction's account nonce
    QByteArray rawTransaction; // the signed transaction, to send again; empty in older records
    QString note;              // why it failed (Failed only), in words for the user

    bool operator==(const PendingClaim&) const = default;
};

struct CachedBlob
{
    QByteArray json;
    QString etag;
    qint64 storedAt = 0; // milliseconds since the epoch
};

} // namespace bs::vault
