// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/aes_gcm.h"

#include <climits>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace bs::vault::aesgcm {

namespace {

struct CtxFree
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

bool fits(std::size_t n)
{
    return n <= std::size_t(INT_MAX);
}

} // namespace

bool seal(const crypto::SecureBytes<32>& key,
          std::span<const std::uint8_t, kNonceSize> nonce,
          std::span<const std::uint8_t> aad,
          std::span<const std::uint8_t> plaintext,
          std::span<std::uint8_t> ciphertext,
          std::span<std::uint8_t, kTagSize> tag)
{
    if (ciphertext.size() != plaintext.size() || !fits(aad.size()) || !fits(plaintext.size()))
        return false;
    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kNonceSize), nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.bytes().data(), nonce.data()) != 1)
        return false;
    if (!aad.empty() &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, aad.data(), int(aad.size())) != 1)
        return false;
    if (!plaintext.empty() && EVP_EncryptUpdate(ctx.get(), ciphertext.data(), &len,
                                                plaintext.data(), int(plaintext.size())) != 1)
        return false;
    if (EVP_EncryptFinal_ex(ctx.get(), ciphertext.data() + plaintext.size(), &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(kTagSize), tag.data()) != 1)
        return false;
    return true;
}

bool open(const crypto::SecureBytes<32>& key,
          std::span<const std::uint8_t, kNonceSize> nonce,
          std::span<const std::uint8_t> aad,
          std::span<const std::uint8_t> ciphertext,
          std::span<const std::uint8_t, kTagSize> tag,
          std::span<std::uint8_t> plaintext)
{
    auto wipe = [&] {
        OPENSSL_cleanse(plaintext.data(), plaintext.size());
        return false;
    };
    if (ciphertext.size() != plaintext.size() || !fits(aad.size()) || !fits(ciphertext.size()))
        return wipe();
    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kNonceSize), nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.bytes().data(), nonce.data()) != 1)
        return wipe();
    if (!aad.empty() &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, aad.data(), int(aad.size())) != 1)
        return wipe();
    if (!ciphertext.empty() && EVP_DecryptUpdate(ctx.get(), plaintext.data(), &len,
                                                 ciphertext.data(), int(ciphertext.size())) != 1)
        return wipe();
    // OpenSSL's API takes a non-const tag pointer but only reads it.
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(kTagSize),
                            const_cast<std::uint8_t*>(tag.data())) != 1)
        return wipe();
    if (EVP_DecryptFinal_ex(ctx.get(), plaintext.data() + ciphertext.size(), &len) != 1)
        return wipe();
    return true;
}

} // namespace bs::vault::aesgcm
