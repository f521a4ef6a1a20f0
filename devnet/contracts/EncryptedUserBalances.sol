// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BabyJubJub} from "./libraries/BabyJubJub.sol";
import {InvalidProof} from "./types/Errors.sol";
import {AmountPCT, BalanceHistory, EGCT, EncryptedBalance} from "./types/Types.sol";

/// Encrypted balances per (user, tokenId) with the snapshot rules of the protocol (spec 7):
/// every balance a debit proof may refer to is recorded in balanceList under
/// keccak256(abi.encode(hash(EGCT), nonce)) with the transactionIndex at which it arose; a
/// debit bumps the nonce, which invalidates all older snapshots at once.
/// Invariant for clients: Decrypt(eGCT) = dec(balancePCT) + sum(dec(amountPCTs)).
abstract contract EncryptedUserBalances {
    mapping(address user => mapping(uint256 tokenId => EncryptedBalance)) public balances;

    /// Everything a client needs to read its balance.
    function balanceOf(address user, uint256 tokenId)
        public
        view
        returns (
            EGCT memory eGCT,
            uint256 nonce,
            AmountPCT[] memory amountPCTs,
            uint256[7] memory balancePCT,
            uint256 transactionIndex
        )
    {
        EncryptedBalance storage b = balances[user][tokenId];
        return (b.eGCT, b.nonce, b.amountPCTs, b.balancePCT, b.transactionIndex);
    }

    /// Credit (incoming transfer): add `amount`, keep its PCT, make the new total a valid
    /// snapshot.
    function _addToUserBalance(
        address user,
        uint256 tokenId,
        EGCT memory amount,
        uint256[7] memory amountPCT
    ) internal {
        EncryptedBalance storage b = balances[user][tokenId];
        if (b.eGCT.c1.x == 0 && b.eGCT.c1.y == 0) {
            b.eGCT = amount; // first credit: nothing to add to
        } else {
            b.eGCT = BabyJubJub.addCiphertexts(b.eGCT, amount);
        }
        b.amountPCTs.push(AmountPCT(amountPCT, b.transactionIndex));
        _commitUserBalance(b);
    }

    /// Debit (outgoing transfer, withdraw): `snapshot` is the balance the proof was made
    /// against and must be valid for the current nonce, else InvalidProof. Credits newer than
    /// the snapshot keep their amountPCTs; older ones are covered by the new balancePCT.
    function _subtractFromUserBalance(
        address user,
        uint256 tokenId,
        EGCT memory amount,
        uint256[7] memory newBalancePCT,
        EGCT memory snapshot
    ) internal {
        EncryptedBalance storage b = balances[user][tokenId];
        (bool valid, uint256 snapshotIndex) = _snapshotIndex(b, snapshot);
        if (!valid) revert InvalidProof();

        b.eGCT = BabyJubJub.subCiphertexts(b.eGCT, amount);

        // Drop the credits the snapshot already contained (swap-with-last and pop).
        AmountPCT[] storage pcts = b.amountPCTs;
        for (uint256 i = 0; i < pcts.length;) {
            if (pcts[i].index <= snapshotIndex) {
                pcts[i] = pcts[pcts.length - 1];
                pcts.pop();
            } else {
                ++i;
            }
        }

        b.nonce++;
        _commitUserBalance(b);
        b.balancePCT = newBalancePCT;
    }

    /// Marks the current EGCT as a valid snapshot for the current nonce and advances the
    /// per-(user, token) transaction index.
    function _commitUserBalance(EncryptedBalance storage b) internal {
        b.balanceList[_snapshotKey(b.eGCT, b.nonce)] = BalanceHistory(b.transactionIndex, true);
        b.transactionIndex++;
    }

    function _snapshotIndex(EncryptedBalance storage b, EGCT memory snapshot)
        private
        view
        returns (bool valid, uint256 index)
    {
        uint256 key = _snapshotKey(snapshot, b.nonce);
        return (b.balanceList[key].isValid, b.balanceList[key].index);
    }

    function _snapshotKey(EGCT memory e, uint256 nonce) private pure returns (uint256) {
        bytes32 h = keccak256(abi.encode(e.c1.x, e.c1.y, e.c2.x, e.c2.y));
        return uint256(keccak256(abi.encode(h, nonce)));
    }
}
