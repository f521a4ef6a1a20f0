// SPDX-License-Identifier: GPL-3.0-or-later
// `bshield crypto ...`: the cryptographic primitives of core/crypto and core/eerc on the
// command line, for scripts, for checking vectors and for debugging a deployment.
// Input values are decimal (or 0x-hex); output values are decimal unless said otherwise.
#include "cli.h"
#include "crypto/babyjubjub.h"
#include "crypto/blake512.h"
#include "crypto/discrete_log.h"
#include "crypto/elgamal.h"
#include "crypto/pct.h"
#include "crypto/poseidon.h"
#include "crypto/poseidon_cipher.h"
#include "crypto/random.h"
#include "crypto/secp256k1.h"
#include "crypto/secure_buffer.h"
#include "eerc/key_derivation.h"
#include "eerc/registration.h"
#include "util/hex.h"

#include <openssl/crypto.h>
#include <optional>
#include <string>
#include <vector>

namespace bs::cli {

namespace {

using crypto::Fr;
using crypto::Point;
using crypto::Scalar;

constexpr char kUsage[] =
    "Usage: bshield crypto <operation> [options]\n"
    "\n"
    "  poseidon <x1> [<x2> ...]                       circomlib Poseidon hash of 1..16 inputs\n"
    "  derive-key --wallet-key 0x<64 hex>             eERC key of a wallet (SDK derivation):\n"
    "                                                 address, decryptionKey, privateScalar,\n"
    "                                                 publicKey x, publicKey y\n"
    "  public-key --scalar <s>                        s*Base8: x, y\n"
    "  pct-encrypt --public-key <x>,<y> --amount <v> [--random <r> --nonce <n>]\n"
    "                                                 the 7 PCT words, comma separated\n"
    "  pct-decrypt --scalar <s> --pct <w0>,...,<w6>   the amount\n"
    "  elgamal-decrypt --scalar <s> --c1 <x>,<y> --c2 <x>,<y> [--max-bits 40]\n"
    "                                                 the amount (by discrete log)\n"
    "  blake512 --hex <bytes>                         BLAKE-512 digest, hex\n"
    "  registration-hash --chain-id <n> --scalar <s> --address 0x<40 hex>\n"
    "                                                 Poseidon3(chainId, s, address)\n"
    "\n"
    "Numbers are decimal or 0x-prefixed hex and must be below the field (or, for scalars,\n"
    "the subgroup order l). A wallet key on the command line is visible to other local\n"
    "users of this machine: use this only with development keys.\n";

template <class Field>
std::optional<Field> parseNumber(const QString& text)
{
    const std::string s = text.trimmed().toStdString();
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        return Field::fromHex(s);
    return Field::fromDecimal(s);
}

QString decimal(const Fr& v)
{
    return QString::fromStdString(v.toDecimal());
}

QString decimal(const Scalar& v)
{
    return QString::fromStdString(v.toDecimal());
}

// A list of field elements separated by commas.
std::optional<std::vector<Fr>> parseFrList(const QString& text)
{
    std::vector<Fr> out;
    for (const QString& part : text.split(u',')) {
        auto v = parseNumber<Fr>(part);
        if (!v)
            return std::nullopt;
        out.push_back(*v);
    }
    return out;
}

// "<x>,<y>": a point of the prime-order subgroup, or an error message.
Result<Point> parsePoint(const QString& text, const char* what)
{
    const auto coords = parseFrList(text);
    if (!coords || coords->size() != 2)
        return fail(std::string(what) + " must be two field elements <x>,<y>");
    const auto p = Point::fromAffine((*coords)[0], (*coords)[1]);
    if (!p)
        return fail(std::string(what) + " is not a point of the BabyJubJub prime-order subgroup");
    return *p;
}

// Prints both coordinates of a point.
void appendPoint(Fields& fields, const QString& prefix, const Point& p)
{
    const crypto::AffinePoint a = p.toAffine();
    const bool bare = prefix.isEmpty();
    fields.append({prefix + (bare ? QStringLiteral("x") : QStringLiteral("X")), decimal(a.x)});
    fields.append({prefix + (bare ? QStringLiteral("y") : QStringLiteral("Y")), decimal(a.y)});
}

// The secret scalar option. The value is parsed into secure memory.
Result<crypto::Secret<Scalar>> parseScalarOption(const Options& opts)
{
    WipedString s{opts.value(QStringLiteral("scalar")).trimmed().toStdString()};
    const std::optional<Scalar> v = (s.text.size() > 2 && s.text[0] == '0' && s.text[1] == 'x')
                                        ? Scalar::fromHex(s.text)
                                        : Scalar::fromDecimal(s.text);
    if (!v)
        return fail("--scalar must be a number below the subgroup order l");
    return crypto::Secret<Scalar>(*v);
}

int cmdPoseidon(Context& ctx, const Options& opts)
{
    const QStringList& args = opts.positional();
    if (args.isEmpty() || args.size() > 16)
        return usageError(ctx, QStringLiteral("poseidon takes 1 to 16 inputs"));
    std::vector<Fr> inputs;
    for (const QString& a : args) {
        const auto v = parseNumber<Fr>(a);
        if (!v)
            return failure(ctx, QStringLiteral("'%1' is not a field element below p").arg(a));
        inputs.push_back(*v);
    }
    return emit(ctx, {{QStringLiteral("hash"), decimal(crypto::poseidon(inputs))}});
}

int cmdDeriveKey(Context& ctx, const Options& opts)
{
    // Never echo the wallet key, not even in an error message.
    WipedString keyText{opts.value(QStringLiteral("wallet-key")).trimmed().toStdString()};
    auto wallet = crypto::EcdsaPrivateKey::fromHex(keyText.text);
    if (!wallet)
        return failure(ctx, QStringLiteral("invalid --wallet-key: ") + fromError(wallet.error()));
    auto key = eerc::EercKey::deriveFromWallet(*wallet);
    if (!key)
        return failure(ctx, fromError(key.error()));
    const crypto::SecureBuffer& dk = key->decryptionKey();
    Fields fields{
        {QStringLiteral("address"), QString::fromStdString(wallet->address().toChecksumHex())},
        {QStringLiteral("decryptionKey"),
         QString::fromLatin1(reinterpret_cast<const char*>(dk.data()), qsizetype(dk.size()))},
        {QStringLiteral("privateScalar"), decimal(*key->privateScalar())},
    };
    appendPoint(fields, QStringLiteral("publicKey"), key->publicKey());
    return emit(ctx, fields);
}

int cmdPublicKey(Context& ctx, const Options& opts)
{
    auto s = parseScalarOption(opts);
    if (!s)
        return failure(ctx, fromError(s.error()));
    Fields fields;
    appendPoint(fields, QString(), Point::mulBase(**s));
    return emit(ctx, fields);
}

int cmdPctEncrypt(Context& ctx, const Options& opts)
{
    if (opts.has(QStringLiteral("random")) != opts.has(QStringLiteral("nonce")))
        return usageError(ctx, QStringLiteral("--random and --nonce go together"));
    auto pk = parsePoint(opts.value(QStringLiteral("public-key")), "--public-key");
    if (!pk)
        return failure(ctx, fromError(pk.error()));
    const auto amount = parseNumber<Fr>(opts.value(QStringLiteral("amount")));
    if (!amount)
        return failure(ctx, QStringLiteral("--amount must be a field element below p"));
    crypto::Pct pct;
    if (opts.has(QStringLiteral("random"))) {
        const auto r = parseNumber<Scalar>(opts.value(QStringLiteral("random")));
        if (!r || r->isZero())
            return failure(ctx, QStringLiteral("--random must be in [1, l)"));
        const auto nonce = parseNumber<Fr>(opts.value(QStringLiteral("nonce")));
        if (!nonce || !crypto::isValidPoseidonNonce(*nonce))
            return failure(ctx, QStringLiteral("--nonce must be below 2^128"));
        pct = crypto::encryptAmount(*pk, *amount, *r, *nonce);
    } else {
        pct = crypto::encryptAmount(*pk, *amount);
    }
    QStringList words;
    for (const Fr& w : pct.words)
        words << decimal(w);
    // Text: one line, comma separated; JSON: an array of decimal strings.
    const QString value = ctx.json ? QStringLiteral("[\"") + words.join(QStringLiteral("\",\"")) +
                                         QStringLiteral("\"]")
                                   : words.join(u',');
    return emit(ctx, {{QStringLiteral("pct"), value}});
}

int cmdPctDecrypt(Context& ctx, const Options& opts)
{
    auto s = parseScalarOption(opts);
    if (!s)
        return failure(ctx, fromError(s.error()));
    const auto words = parseFrList(opts.value(QStringLiteral("pct")));
    if (!words || words->size() != 7)
        return failure(ctx, QStringLiteral("--pct must be 7 field elements, comma separated"));
    crypto::Pct pct;
    std::copy(words->begin(), words->end(), pct.words.begin());
    const auto amount = crypto::decryptAmount(pct, **s);
    if (!amount)
        return failure(ctx, fromError(amount.error()));
    return emit(ctx, {{QStringLiteral("amount"), decimal(*amount)}});
}

int cmdElgamalDecrypt(Context& ctx, const Options& opts)
{
    auto s = parseScalarOption(opts);
    if (!s)
        return failure(ctx, fromError(s.error()));
    auto c1 = parsePoint(opts.value(QStringLiteral("c1")), "--c1");
    if (!c1)
        return failure(ctx, fromError(c1.error()));
    auto c2 = parsePoint(opts.value(QStringLiteral("c2")), "--c2");
    if (!c2)
        return failure(ctx, fromError(c2.error()));
    int maxBits = 40;
    if (opts.has(QStringLiteral("max-bits"))) {
        bool ok = false;
        maxBits = opts.value(QStringLiteral("max-bits")).toInt(&ok);
        if (!ok || maxBits < 1 || maxBits > crypto::DiscreteLogTable::kMaxBits)
            return usageError(
                ctx,
                QStringLiteral("--max-bits must be 1..%1").arg(crypto::DiscreteLogTable::kMaxBits));
    }
    const crypto::elgamal::Ciphertext ct{*c1, *c2};
    const Point m = crypto::elgamal::decryptToPoint(ct, **s);
    const crypto::DiscreteLogTable table(maxBits);
    const auto v = table.solve(m);
    if (!v)
        return failure(
            ctx, QStringLiteral("the amount is not below 2^%1 (or the key is wrong)").arg(maxBits));
    return emit(ctx, {{QStringLiteral("amount"), QString::number(*v)}});
}

int cmdBlake512(Context& ctx, const Options& opts)
{
    QString hex = opts.value(QStringLiteral("hex")).trimmed();
    if (hex.startsWith(QLatin1String("0x")))
        hex = hex.mid(2);
    if (hex.size() % 2 != 0)
        return failure(ctx, QStringLiteral("--hex must have an even number of hex digits"));
    // toLatin1 keeps one byte per character (non-Latin-1 ones become '?', not a hex digit).
    const QByteArray digits = hex.toLatin1();
    const auto bytes = util::hexDecode(
        std::string_view(digits.constData(), std::size_t(digits.size())), util::HexPrefix::None);
    if (!bytes)
        return failure(ctx, QStringLiteral("--hex must contain only hex digits"));
    const auto digest = crypto::blake512(*bytes);
    const QByteArray raw(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size()));
    return emit(ctx, {{QStringLiteral("digest"), QString::fromLatin1(raw.toHex())}});
}

int cmdRegistrationHash(Context& ctx, const Options& opts)
{
    const auto chainId = parseNumber<Fr>(opts.value(QStringLiteral("chain-id")));
    if (!chainId)
        return failure(ctx, QStringLiteral("--chain-id must be a number below p"));
    auto s = parseScalarOption(opts);
    if (!s)
        return failure(ctx, fromError(s.error()));
    const auto address = crypto::EthAddress::fromString(
        opts.value(QStringLiteral("address")).trimmed().toStdString());
    if (!address)
        return failure(ctx, fromError(address.error()));
    return emit(ctx, {{QStringLiteral("registrationHash"),
                       decimal(eerc::registrationHash(*chainId, **s, *address))}});
}

const std::vector<Operation>& operations()
{
    static const std::vector<Operation> ops = {
        {"poseidon", {}, {}, {}, cmdPoseidon, true},
        {"derive-key", {"wallet-key"}, {}, {"wallet-key"}, cmdDeriveKey},
        {"public-key", {"scalar"}, {}, {"scalar"}, cmdPublicKey},
        {"pct-encrypt",
         {"public-key", "amount", "random", "nonce"},
         {},
         {"public-key", "amount"},
         cmdPctEncrypt},
        {"pct-decrypt", {"scalar", "pct"}, {}, {"scalar", "pct"}, cmdPctDecrypt},
        {"elgamal-decrypt",
         {"scalar", "c1", "c2", "max-bits"},
         {},
         {"scalar", "c1", "c2"},
         cmdElgamalDecrypt},
        {"blake512", {"hex"}, {}, {"hex"}, cmdBlake512},
        {"registration-hash",
         {"chain-id", "scalar", "address"},
         {},
         {"chain-id", "scalar", "address"},
         cmdRegistrationHash},
    };
    return ops;
}

} // namespace

int runCrypto(Context& ctx, const QStringList& args)
{
    return runOperations(ctx, args, "crypto", kUsage, operations());
}

} // namespace bs::cli
