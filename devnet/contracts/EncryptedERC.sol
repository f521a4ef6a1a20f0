// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {AuditorManager} from "./AuditorManager.sol";
import {EncryptedUserBalances} from "./EncryptedUserBalances.sol";
import {Registrar} from "./Registrar.sol";
import {TokenTracker} from "./TokenTracker.sol";
import {IERC20Minimal} from "./interfaces/IERC20Minimal.sol";
import {ITransferVerifier, IWithdrawVerifier} from "./interfaces/IVerifiers.sol";
import {BabyJubJub} from "./libraries/BabyJubJub.sol";
import {SafeTokenTransfer} from "./libraries/SafeTokenTransfer.sol";
import {
    InvalidOperation,
    InvalidProof,
    TokenBlacklisted,
    TransferFailed,
    UnknownToken,
    UserNotRegistered,
    ZeroAddress
} from "./types/Errors.sol";
import {
    AmountPCT, BurnProof, EGCT, MintProof, Point, TransferProof, WithdrawProof
} from "./types/Types.sol";

/// eERC-compatible encrypted ERC-20 wrapper (converter mode) written from the protocol
/// description: same ABI, same proofs, same balance rules. Standalone mode (privateMint /
/// privateBurn) is not implemented; those entry points exist for ABI compatibility and revert
/// InvalidOperation.
contract EncryptedERC is TokenTracker, EncryptedUserBalances, AuditorManager {
    using SafeTokenTransfer for IERC20Minimal;

    Registrar public immutable registrar;
    ITransferVerifier public immutable transferVerifier;
    IWithdrawVerifier public immutable withdrawVerifier;
    /// Unit of every encrypted value.
    uint8 public immutable decimals;

    /// Standalone-mode errors; declared so the ABI matches the protocol's error table.
    error InvalidChainId();
    error InvalidNullifier();

    /// Standalone-mode state, kept for ABI compatibility (always empty here).
    mapping(uint256 mintNullifier => bool isUsed) public alreadyMinted;

    event Deposit(address indexed user, uint256 amount, uint256 dust, uint256 tokenId);
    event Withdraw(
        address indexed user,
        uint256 amount,
        uint256 tokenId,
        uint256[7] auditorPCT,
        address indexed auditorAddress
    );
    event PrivateTransfer(
        address indexed from,
        address indexed to,
        uint256[7] auditorPCT,
        address indexed auditorAddress
    );
    event PrivateMint(address indexed user, uint256[7] auditorPCT, address indexed auditorAddress);
    event PrivateBurn(address indexed user, uint256[7] auditorPCT, address indexed auditorAddress);

    constructor(
        address owner_,
        address registrar_,
        address transferVerifier_,
        address withdrawVerifier_,
        uint8 decimals_
    ) TokenTracker(owner_, true) {
        if (registrar_ == address(0) || transferVerifier_ == address(0)
            || withdrawVerifier_ == address(0)) revert ZeroAddress();
        registrar = Registrar(registrar_);
        transferVerifier = ITransferVerifier(transferVerifier_);
        withdrawVerifier = IWithdrawVerifier(withdrawVerifier_);
        decimals = decimals_;
    }

    modifier onlyForConverter() {
        if (!isConverter) revert InvalidOperation();
        _;
    }

    modifier onlyIfRegistered(address user) {
        if (!registrar.isUserRegistered(user)) revert UserNotRegistered();
        _;
    }

    // ------------------------------------------------------------------ owner

    /// Makes the registered user `user` the auditor; copies its registrar key.
    function setAuditorPublicKey(address user) external onlyOwner {
        if (user == address(0)) revert ZeroAddress();
        if (!registrar.isUserRegistered(user)) revert UserNotRegistered();
        uint256[2] memory key = registrar.getUserPublicKey(user);
        _updateAuditor(user, Point(key[0], key[1]));
    }

    // ------------------------------------------------------------------ converter

    /// Wraps `amount` of `tokenAddress` (token units) into the caller's encrypted balance.
    /// `amountPCT` (the value encrypted to the caller) is stored unverified for bookkeeping.
    /// The part that cannot be represented in eERC decimals is sent back as dust.
    function deposit(uint256 amount, address tokenAddress, uint256[7] calldata amountPCT)
        external
        onlyIfAuditorSet
        onlyForConverter
        onlyIfRegistered(msg.sender)
    {
        if (tokenAddress == address(0)) revert ZeroAddress();
        if (blacklistedTokens[tokenAddress]) revert TokenBlacklisted(tokenAddress);
        uint256 tokenId = tokenIds[tokenAddress];
        if (tokenId == 0) tokenId = _addToken(tokenAddress);

        IERC20Minimal token = IERC20Minimal(tokenAddress);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        // Fee-on-transfer / rebasing tokens would break the 1:1 backing.
        if (token.balanceOf(address(this)) - before != amount) revert TransferFailed();

        (uint256 value, uint256 dust) = _toEncryptedUnits(amount, token.decimals());
        if (dust > 0) token.safeTransfer(msg.sender, dust);
        if (value > 0) {
            EGCT memory credit = BabyJubJub.encrypt(_publicKey(msg.sender), value);
            _addToUserBalance(msg.sender, tokenId, credit, amountPCT);
            // A second checkpoint, as the reference does (deposit advances the index by 2).
            _commitUserBalance(balances[msg.sender][tokenId]);
        }
        emit Deposit(msg.sender, amount, dust, tokenId);
    }

    /// Unwraps ValueToWithdraw (public signal 0, eERC units) of token `tokenId` to the caller.
    function withdraw(uint256 tokenId, WithdrawProof calldata proof, uint256[7] calldata balancePCT)
        external
        onlyIfAuditorSet
        onlyForConverter
        onlyIfRegistered(msg.sender)
    {
        uint256[16] calldata ps = proof.publicSignals;
        Point memory senderKey = _publicKey(msg.sender);
        if (ps[1] != senderKey.x || ps[2] != senderKey.y) revert InvalidProof();
        if (!_isAuditorKey(ps[7], ps[8])) revert InvalidProof();
        if (!withdrawVerifier.verifyProof(
                proof.proofPoints.a, proof.proofPoints.b, proof.proofPoints.c, ps)) {
            revert InvalidProof();
        }
        address tokenAddress = tokenAddresses[tokenId];
        if (tokenAddress == address(0)) revert UnknownToken();

        uint256 value = ps[0];
        EGCT memory snapshot = EGCT(Point(ps[3], ps[4]), Point(ps[5], ps[6]));
        _subtractFromUserBalance(
            msg.sender, tokenId, BabyJubJub.encrypt(senderKey, value), balancePCT, snapshot
        );

        IERC20Minimal token = IERC20Minimal(tokenAddress);
        uint256 payout = _toTokenUnits(value, token.decimals());
        if (payout > 0) token.safeTransfer(msg.sender, payout);

        emit Withdraw(msg.sender, value, tokenId, _slice7(ps, 9), auditor);
    }

    // ------------------------------------------------------------------ both modes

    /// Moves an encrypted amount to `to`. The proof shows the sender's snapshot balance covers
    /// it and that the receiver's and auditor's ciphertexts carry the same amount.
    function transfer(
        address to,
        uint256 tokenId,
        TransferProof calldata proof,
        uint256[7] calldata balancePCT
    ) external onlyIfAuditorSet onlyIfRegistered(msg.sender) onlyIfRegistered(to) {
        uint256[32] calldata ps = proof.publicSignals;
        Point memory senderKey = _publicKey(msg.sender);
        Point memory receiverKey = _publicKey(to);
        if (ps[0] != senderKey.x || ps[1] != senderKey.y) revert InvalidProof();
        if (ps[10] != receiverKey.x || ps[11] != receiverKey.y) revert InvalidProof();
        if (!_isAuditorKey(ps[23], ps[24])) revert InvalidProof();
        if (!transferVerifier.verifyProof(
                proof.proofPoints.a, proof.proofPoints.b, proof.proofPoints.c, ps)) {
            revert InvalidProof();
        }

        EGCT memory snapshot = EGCT(Point(ps[2], ps[3]), Point(ps[4], ps[5]));
        EGCT memory senderDebit = EGCT(Point(ps[6], ps[7]), Point(ps[8], ps[9]));
        _subtractFromUserBalance(msg.sender, tokenId, senderDebit, balancePCT, snapshot);

        EGCT memory receiverCredit = EGCT(Point(ps[12], ps[13]), Point(ps[14], ps[15]));
        _addToUserBalance(to, tokenId, receiverCredit, _slice7(ps, 16));

        emit PrivateTransfer(msg.sender, to, _slice7(ps, 25), auditor);
    }

    // ------------------------------------------------------------------ standalone (absent)

    /// Standalone mode is not supported by this implementation.
    function privateMint(address user, MintProof calldata proof) external pure {
        (user, proof); // names kept for the ABI
        revert InvalidOperation();
    }

    /// Standalone mode is not supported by this implementation.
    function privateBurn(BurnProof calldata proof, uint256[7] calldata balancePCT) external pure {
        (proof, balancePCT); // names kept for the ABI
        revert InvalidOperation();
    }

    function mintVerifier() external pure returns (address) {
        return address(0);
    }

    function burnVerifier() external pure returns (address) {
        return address(0);
    }

    /// Empty in converter mode (each wrapped token keeps its own name).
    function name() external pure returns (string memory) {
        return "";
    }

    function symbol() external pure returns (string memory) {
        return "";
    }

    // ------------------------------------------------------------------ views

    function balanceOfStandalone(address user)
        external
        view
        returns (
            EGCT memory eGCT,
            uint256 nonce,
            AmountPCT[] memory amountPCTs,
            uint256[7] memory balancePCT,
            uint256 transactionIndex
        )
    {
        return balanceOf(user, 0);
    }

    /// Balance for a token address; an unknown token maps to tokenId 0.
    function getBalanceFromTokenAddress(address user, address tokenAddress)
        external
        view
        returns (
            EGCT memory eGCT,
            uint256 nonce,
            AmountPCT[] memory amountPCTs,
            uint256[7] memory balancePCT,
            uint256 transactionIndex
        )
    {
        return balanceOf(user, tokenIds[tokenAddress]);
    }

    // ------------------------------------------------------------------ internals

    function _publicKey(address user) private view returns (Point memory) {
        uint256[2] memory key = registrar.getUserPublicKey(user);
        return Point(key[0], key[1]);
    }

    /// Token units -> (eERC units, token units that cannot be represented).
    function _toEncryptedUnits(uint256 amount, uint8 tokenDecimals)
        private
        view
        returns (uint256 value, uint256 dust)
    {
        if (tokenDecimals > decimals) {
            uint256 factor = 10 ** (tokenDecimals - decimals);
            return (amount / factor, amount % factor);
        }
        if (tokenDecimals < decimals) return (amount * 10 ** (decimals - tokenDecimals), 0);
        return (amount, 0);
    }

    /// eERC units -> token units (truncating when the token has fewer decimals).
    function _toTokenUnits(uint256 value, uint8 tokenDecimals) private view returns (uint256) {
        if (tokenDecimals > decimals) return value * 10 ** (tokenDecimals - decimals);
        if (tokenDecimals < decimals) return value / 10 ** (decimals - tokenDecimals);
        return value;
    }

    function _slice7(uint256[16] calldata ps, uint256 from)
        private
        pure
        returns (uint256[7] memory out)
    {
        for (uint256 i = 0; i < 7; ++i) out[i] = ps[from + i];
    }

    function _slice7(uint256[32] calldata ps, uint256 from)
        private
        pure
        returns (uint256[7] memory out)
    {
        for (uint256 i = 0; i < 7; ++i) out[i] = ps[from + i];
    }
}
