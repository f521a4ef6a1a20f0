// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BabyJubJub} from "../libraries/BabyJubJub.sol";
import {EGCT, Point} from "../types/Types.sol";

/// Test-only wrapper exposing the BabyJubJub library.
contract BabyJubJubHarness {
    function add(Point memory a, Point memory b) external view returns (Point memory) {
        return BabyJubJub.add(a, b);
    }

    function sub(Point memory a, Point memory b) external view returns (Point memory) {
        return BabyJubJub.sub(a, b);
    }

    function scalarMultiply(Point memory p, uint256 s) external view returns (Point memory) {
        return BabyJubJub.scalarMultiply(p, s);
    }

    function encrypt(Point memory pk, uint256 v) external view returns (EGCT memory) {
        return BabyJubJub.encrypt(pk, v);
    }

    function addCiphertexts(EGCT memory a, EGCT memory b) external view returns (EGCT memory) {
        return BabyJubJub.addCiphertexts(a, b);
    }

    function subCiphertexts(EGCT memory a, EGCT memory b) external view returns (EGCT memory) {
        return BabyJubJub.subCiphertexts(a, b);
    }
}
