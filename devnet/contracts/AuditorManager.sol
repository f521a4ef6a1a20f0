// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Point} from "./types/Types.sol";

/// Holds the auditor (a registered user) whose key every transfer/withdraw proof must carry.
abstract contract AuditorManager {
    address public auditor;
    Point public auditorPublicKey;

    event AuditorChanged(address indexed oldAuditor, address indexed newAuditor);

    modifier onlyIfAuditorSet() {
        require(isAuditorKeySet(), "Auditor public key not set");
        require(auditor != address(0), "Auditor not set");
        _;
    }

    /// True once an auditor key has been set (the identity point (0, 1) does not count).
    function isAuditorKeySet() public view returns (bool) {
        return auditorPublicKey.x != 0 && auditorPublicKey.y != 1;
    }

    function _updateAuditor(address newAuditor, Point memory newKey) internal {
        address old = auditor;
        auditor = newAuditor;
        auditorPublicKey = newKey;
        emit AuditorChanged(old, newAuditor);
    }

    /// Proofs must name exactly the current auditor key.
    function _isAuditorKey(uint256 x, uint256 y) internal view returns (bool) {
        return x == auditorPublicKey.x && y == auditorPublicKey.y;
    }
}
