// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// The part of ERC-20 the converter needs.
interface IERC20Minimal {
    function balanceOf(address account) external view returns (uint256);
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function decimals() external view returns (uint8);
}
