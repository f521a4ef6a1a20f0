// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Ownable2Step} from "./access/Ownable2Step.sol";

/// Registry of the ERC-20 tokens wrapped in converter mode: ids 1, 2, 3, ... in order of
/// first deposit; id 0 means "unknown token".
abstract contract TokenTracker is Ownable2Step {
    uint256 public nextTokenId = 1;
    bool public immutable isConverter;

    mapping(address tokenAddress => uint256 tokenId) public tokenIds;
    mapping(uint256 tokenId => address tokenAddress) public tokenAddresses;
    address[] public tokens;
    mapping(address tokenAddress => bool isBlacklisted) public blacklistedTokens;

    constructor(address initialOwner, bool isConverter_) Ownable2Step(initialOwner) {
        isConverter = isConverter_;
    }

    /// Blocks (or unblocks) new deposits of `token`. Existing balances stay usable.
    function setTokenBlacklist(address token, bool blacklisted) external onlyOwner {
        blacklistedTokens[token] = blacklisted;
    }

    function getTokens() external view returns (address[] memory) {
        return tokens;
    }

    function _addToken(address token) internal returns (uint256 tokenId) {
        tokenId = nextTokenId++;
        tokenIds[token] = tokenId;
        tokenAddresses[tokenId] = token;
        tokens.push(token);
    }
}
