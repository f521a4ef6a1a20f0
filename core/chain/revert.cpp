// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/revert.h"

#include "chain/abi.h"
#include "util/hex.h"
#include "util/utf8.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace bs::chain {

namespace {

using Selector = std::array<uint8_t, 4>;

// How to phrase an error: a sentence whose %1, if any, is the decoded first argument (an
// address).
struct KnownError
{
    std::string_view signature;
    Text text;
    AbiFunction abi{}; // filled at startup from `signature`
};

std::vector<KnownError> makeTable()
{
    std::vector<KnownError> t = {
        // eERC (spec eerc-protocol 5.2).
        {"InvalidProof()",
         BS_TR("chain", "The contract rejected the proof: the balance changed since it was read, "
                        "the auditor key changed, or the proof is wrong; read the balance again "
                        "and retry.")},
        {"UserNotRegistered()",
         BS_TR("chain", "The account or the recipient is not registered with the eERC registrar; "
                        "register it first.")},
        {"InvalidChainId()",
         BS_TR("chain", "The proof was made for another chain; check that the network of the "
                        "profile is the contract's network.")},
        {"InvalidNullifier()",
         BS_TR("chain", "The mint proof's nullifier is invalid or was already used; build a new "
                        "mint proof.")},
        {"InvalidOperation()",
         BS_TR("chain", "The contract does not allow this operation in its mode (converter or "
                        "standalone).")},
        {"TransferFailed()",
         BS_TR("chain", "The token transfer failed: the contract did not receive the exact amount "
                        "(tokens that charge transfer fees are not supported).")},
        {"UnknownToken()",
         BS_TR("chain", "The token is not known to the eERC contract: nothing of it was ever "
                        "deposited.")},
        {"ZeroAddress()",
         BS_TR("chain", "The zero address was given where a real address is needed.")},
        {"TokenBlacklisted(address)",
         BS_TR("chain", "The token %1 is blacklisted by the contract owner, so it cannot be "
                        "deposited.")},
        {"InvalidSender()",
         BS_TR("chain", "The registration proof was made for another address than the sending "
                        "account.")},
        {"InvalidRegistrationHash()",
         BS_TR("chain", "The registration hash in the proof is out of range; build the "
                        "registration proof again.")},
        {"UserAlreadyRegistered()",
         BS_TR("chain", "This account is already registered with this key.")},
        {"UnauthorizedAccess()", BS_TR("chain", "The account is not allowed to do this.")},
        {"AuditorKeyNotSet()",
         BS_TR("chain", "The contract has no auditor key yet; the contract owner must set the "
                        "auditor first.")},
        // OpenZeppelin 5 (Ownable, SafeERC20).
        {"OwnableUnauthorizedAccount(address)",
         BS_TR("chain", "The account %1 is not the contract owner, so it may not do this.")},
        {"OwnableInvalidOwner(address)",
         BS_TR("chain", "The address %1 cannot become the contract owner.")},
        {"SafeERC20FailedOperation(address)",
         BS_TR("chain", "The token contract %1 refused the transfer (check the balance and the "
                        "allowance).")},
    };
    for (auto& e : t) {
        auto f = AbiFunction::parse(e.signature);
        if (!f)
            throw std::logic_error("revert table: bad signature");
        e.abi = std::move(*f);
    }
    return t;
}

const std::vector<KnownError>& table()
{
    static const std::vector<KnownError> t = makeTable();
    return t;
}

const AbiFunction& errorString()
{
    static const AbiFunction f = *AbiFunction::parse("Error(string)");
    return f;
}

const AbiFunction& panic()
{
    static const AbiFunction f = *AbiFunction::parse("Panic(uint256)");
    return f;
}

bool hasSelector(std::span<const uint8_t> data, const AbiFunction& f)
{
    const Selector s = f.selector();
    return data.size() >= 4 && std::equal(s.begin(), s.end(), data.begin());
}

std::string selectorHex(std::span<const uint8_t> data)
{
    return "0x" + util::hexEncodeLower(data.first(std::min<std::size_t>(4, data.size())));
}

void appendUtf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}

// Decodes one UTF-8 sequence at s[i]; returns the code point (U+FFFD for an invalid
// sequence, consuming one byte) and advances i.
uint32_t nextCodePoint(std::span<const uint8_t> s, std::size_t& i)
{
    if (const auto cp = util::decodeUtf8(s, i))
        return *cp;
    ++i;
    return 0xfffd;
}

// Contract-supplied text made safe to show: printable, one line, no bidi tricks, capped.
std::string sanitize(std::span<const uint8_t> text)
{
    constexpr std::size_t kMaxChars = 200;
    std::string out;
    std::size_t chars = 0;
    std::size_t i = 0;
    bool lastSpace = false;
    while (i < text.size()) {
        if (chars == kMaxChars) {
            out += "\xe2\x80\xa6"; // …
            break;
        }
        uint32_t cp = nextCodePoint(text, i);
        const bool control = cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x2028 || cp == 0x2029;
        const bool invisible = (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
                               (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff;
        if (invisible)
            continue;
        if (control)
            cp = ' ';
        if (cp == ' ' && lastSpace)
            continue;
        lastSpace = cp == ' ';
        appendUtf8(out, cp);
        ++chars;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    while (!out.empty() && out.front() == ' ')
        out.erase(out.begin());
    return out;
}

// The sentence for a Panic(uint256) with `code` (%1: the code in hex).
Text panicSentence(const U256& code)
{
    constexpr Text kUnknown = BS_TR("chain", "The contract hit an internal error: an unknown "
                                             "internal error (panic code %1).");
    if (!code.fitsU64())
        return kUnknown;
    switch (code.toU64()) {
    case 0x00:
        return BS_TR("chain", "The contract hit an internal error: a generic compiler-inserted "
                              "error (panic code %1).");
    case 0x01:
        return BS_TR("chain",
                     "The contract hit an internal error: an assertion failed (panic code %1).");
    case 0x11:
        return BS_TR("chain", "The contract hit an internal error: an arithmetic overflow or "
                              "underflow (panic code %1).");
    case 0x12:
        return BS_TR("chain", "The contract hit an internal error: a division or modulo by zero "
                              "(panic code %1).");
    case 0x21:
        return BS_TR("chain", "The contract hit an internal error: a conversion to an invalid "
                              "enum value (panic code %1).");
    case 0x22:
        return BS_TR("chain", "The contract hit an internal error: a corrupted storage byte "
                              "array (panic code %1).");
    case 0x31:
        return BS_TR("chain", "The contract hit an internal error: a pop from an empty array "
                              "(panic code %1).");
    case 0x32:
        return BS_TR("chain", "The contract hit an internal error: an array index out of bounds "
                              "(panic code %1).");
    case 0x41:
        return BS_TR("chain", "The contract hit an internal error: too much memory allocated "
                              "(panic code %1).");
    case 0x51:
        return BS_TR("chain", "The contract hit an internal error: a call to an uninitialised "
                              "internal function (panic code %1).");
    default:
        return kUnknown;
    }
}

} // namespace

std::optional<std::string> revertErrorName(std::span<const uint8_t> revertData)
{
    if (revertData.size() < 4)
        return std::nullopt;
    if (hasSelector(revertData, errorString()))
        return std::string("Error");
    if (hasSelector(revertData, panic()))
        return std::string("Panic");
    for (const auto& e : table()) {
        if (hasSelector(revertData, e.abi))
            return e.abi.name();
    }
    return std::nullopt;
}

Error revertError(std::span<const uint8_t> revertData)
{
    if (revertData.empty())
        return fail(BS_TR("chain", "The transaction reverted without a reason."));
    if (revertData.size() < 4)
        return fail(BS_TR("chain", "The transaction reverted with malformed error data (0x%1)."),
                    util::hexEncodeLower(revertData));
    if (hasSelector(revertData, errorString())) {
        // Decoded as bytes (same layout as string) so that invalid UTF-8 is still shown.
        static const std::vector<AbiType> bytesType{AbiType::bytes()};
        const auto v = abiDecode(bytesType, revertData.subspan(4));
        if (!v)
            return fail(
                BS_TR("chain", "The transaction reverted with a malformed reason message."));
        const std::string msg = sanitize(*(*v)[0].asBytes());
        if (msg.empty())
            return fail(BS_TR("chain", "The transaction reverted with an empty reason."));
        return fail(BS_TR("chain", "The contract refused the transaction: \"%1\"."), msg);
    }
    if (hasSelector(revertData, panic())) {
        const auto v = panic().decodeCall(revertData);
        if (!v)
            return fail(
                BS_TR("chain", "The contract hit an internal error (malformed panic code)."));
        const U256 code = *(*v)[0].asUint();
        return fail(panicSentence(code), code.toHex());
    }
    for (const auto& e : table()) {
        if (!hasSelector(revertData, e.abi))
            continue;
        const auto v = e.abi.decodeCall(revertData);
        if (!v)
            return fail(BS_TR("chain", "The contract reverted with error %1, but its data is "
                                       "malformed."),
                        e.abi.name());
        if (v->empty())
            return fail(e.text);
        std::string arg;
        if (const auto a = (*v)[0].asAddress())
            arg = a->toChecksumHex();
        return fail(e.text, arg);
    }
    return fail(BS_TR("chain", "The transaction reverted with an unknown error (selector %1)."),
                selectorHex(revertData));
}

std::string describeRevert(std::span<const uint8_t> revertData)
{
    return revertError(revertData).message;
}

} // namespace bs::chain
