// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/keccak.h"

#include <QByteArrayView>
#include <QCryptographicHash>

#include <algorithm>

namespace bs::crypto {

Hash256 keccak256(std::span<const std::uint8_t> data)
{
    // OpenSSL 3.0 has no Keccak-256 (3.2+ does); QtCore does.
    QCryptographicHash h(QCryptographicHash::Keccak_256);
    h.addData(QByteArrayView(data.data(), static_cast<qsizetype>(data.size())));
    const QByteArray digest = h.result();
    Hash256 out{};
    std::copy_n(reinterpret_cast<const std::uint8_t*>(digest.constData()), out.size(), out.begin());
    return out;
}

Hash256 keccak256(std::string_view text)
{
    return keccak256(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

} // namespace bs::crypto
