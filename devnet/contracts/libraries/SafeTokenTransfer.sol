// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IERC20Minimal} from "../interfaces/IERC20Minimal.sol";

/// Thrown when an ERC-20 call reverts, returns false, or the token has no code.
/// Same signature as OpenZeppelin's SafeERC20 error, which clients already decode.
error SafeERC20FailedOperation(address token);

/// ERC-20 transfers that accept tokens returning nothing (USDT-style) and fail loudly otherwise.
library SafeTokenTransfer {
    function safeTransfer(IERC20Minimal token, address to, uint256 amount) internal {
        _call(token, abi.encodeCall(IERC20Minimal.transfer, (to, amount)));
    }

    function safeTransferFrom(IERC20Minimal token, address from, address to, uint256 amount)
        internal
    {
        _call(token, abi.encodeCall(IERC20Minimal.transferFrom, (from, to, amount)));
    }

    function _call(IERC20Minimal token, bytes memory data) private {
        (bool ok, bytes memory ret) = address(token).call(data);
        bool returnedTrue = ret.length == 0 ? address(token).code.length > 0
            : (ret.length == 32 && abi.decode(ret, (bool)));
        if (!ok || !returnedTrue) revert SafeERC20FailedOperation(address(token));
    }
}
