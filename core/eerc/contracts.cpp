// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/contracts.h"

#include <stdexcept>

namespace bs::eerc::abi {

namespace {

// The signatures below are constants of this program: failing to parse one is a bug.
chain::AbiFunction function(std::string_view signature, std::string_view outputs)
{
    auto f = chain::AbiFunction::parse(signature, outputs);
    if (!f)
        throw std::logic_error("bad ABI signature " + std::string(signature) + ": " +
                               f.error().message);
    return std::move(*f);
}

chain::AbiEvent event(std::string_view signature, std::vector<bool> indexed)
{
    auto e = chain::AbiEvent::parse(signature, std::move(indexed));
    if (!e)
        throw std::logic_error("bad event signature " + std::string(signature) + ": " +
                               e.error().message);
    return std::move(*e);
}

constexpr std::string_view kProofPoints = "(uint256[2],uint256[2][2],uint256[2])";

std::string proofTuple(int signals)
{
    return "(" + std::string(kProofPoints) + ",uint256[" + std::to_string(signals) + "])";
}

} // namespace

const chain::AbiFunction& registerUser()
{
    static const auto f = function("register(" + proofTuple(5) + ")", "");
    return f;
}

const chain::AbiFunction& getUserPublicKey()
{
    static const auto f = function("getUserPublicKey(address)", "uint256[2]");
    return f;
}

const chain::AbiFunction& balanceOf()
{
    static const auto f = function(
        "balanceOf(address,uint256)",
        "((uint256,uint256),(uint256,uint256)),uint256,(uint256[7],uint256)[],uint256[7],uint256");
    return f;
}

const chain::AbiFunction& auditorPublicKey()
{
    static const auto f = function("auditorPublicKey()", "uint256,uint256");
    return f;
}

const chain::AbiFunction& auditor()
{
    static const auto f = function("auditor()", "address");
    return f;
}

const chain::AbiFunction& tokenIds()
{
    static const auto f = function("tokenIds(address)", "uint256");
    return f;
}

const chain::AbiFunction& decimals()
{
    static const auto f = function("decimals()", "uint8");
    return f;
}

const chain::AbiFunction& withdraw()
{
    static const auto f = function("withdraw(uint256," + proofTuple(16) + ",uint256[7])", "");
    return f;
}

const chain::AbiFunction& transfer()
{
    static const auto f =
        function("transfer(address,uint256," + proofTuple(32) + ",uint256[7])", "");
    return f;
}

const chain::AbiFunction& deposit()
{
    static const auto f = function("deposit(uint256,address,uint256[7])", "");
    return f;
}

const chain::AbiFunction& erc20BalanceOf()
{
    static const auto f = function("balanceOf(address)", "uint256");
    return f;
}

const chain::AbiEvent& privateTransferEvent()
{
    static const auto e =
        event("PrivateTransfer(address,address,uint256[7],address)", {true, true, false, true});
    return e;
}

const chain::AbiEvent& depositEvent()
{
    static const auto e =
        event("Deposit(address,uint256,uint256,uint256)", {true, false, false, false});
    return e;
}

const chain::AbiEvent& withdrawEvent()
{
    static const auto e = event("Withdraw(address,uint256,uint256,uint256[7],address)",
                                {true, false, false, false, true});
    return e;
}

const chain::AbiEvent& auditorChangedEvent()
{
    static const auto e = event("AuditorChanged(address,address)", {true, true});
    return e;
}

const chain::AbiEvent& erc20TransferEvent()
{
    static const auto e = event("Transfer(address,address,uint256)", {true, true, false});
    return e;
}

} // namespace bs::eerc::abi

namespace bs::eerc {

crypto::Hash256 addressTopic(const crypto::EthAddress& address)
{
    crypto::Hash256 topic{};
    std::copy(address.bytes().begin(), address.bytes().end(), topic.begin() + 12);
    return topic;
}

} // namespace bs::eerc
