// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// Test-only ERC-20 with configurable decimals and an optional transfer fee (to exercise the
/// converter's fee-on-transfer rejection). Anyone can mint.
contract TestToken {
    uint8 public immutable decimals;
    uint256 public immutable feePerTransfer;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);

    constructor(uint8 decimals_, uint256 feePerTransfer_) {
        decimals = decimals_;
        feePerTransfer = feePerTransfer_;
    }

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        return _move(msg.sender, to, amount);
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        if (allowance[from][msg.sender] < amount) return false; // non-reverting failure
        allowance[from][msg.sender] -= amount;
        return _move(from, to, amount);
    }

    function _move(address from, address to, uint256 amount) private returns (bool) {
        if (balanceOf[from] < amount) return false;
        balanceOf[from] -= amount;
        balanceOf[to] += amount - feePerTransfer; // the fee is burnt
        emit Transfer(from, to, amount);
        return true;
    }
}
