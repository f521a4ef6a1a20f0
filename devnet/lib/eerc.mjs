// A small eERC client in JS (independent of the C++ client): registration, balance reading,
// deposit, private transfer, withdraw and auditor decryption, following spec sections 7-8.
import {
    L,
    decryptPCT,
    deriveKeysFromSigner,
    elgamalEncrypt,
    elgamalHolds,
    encryptPCT,
    randomBelow,
    registrationHash,
} from "./crypto.mjs";
import { prove } from "./proofs.mjs";
import { toEercUnits } from "./units.mjs";

const big = (x) => BigInt(x);
/** The contracts' proof struct: { proofPoints: {a, b, c}, publicSignals }. */
export const proofArg = (p) => ({ proofPoints: p.proofPoints, publicSignals: p.publicSignals });
const point = (p) => [big(p.x ?? p[0]), big(p.y ?? p[1])];

export class EercAccount {
    /** Use EercAccount.create(). */
    constructor(signer, address, keys, contracts) {
        this.signer = signer;
        this.address = address;
        this.keys = keys; // { decryptionKey, privateScalar, publicKey }
        this.registrar = contracts.registrar.connect(signer);
        this.eerc = contracts.encryptedERC.connect(signer);
        this.token = contracts.token ? contracts.token.connect(signer) : null;
    }

    /** Derives the account's eERC keys from its wallet signature (spec 2.1). */
    static async create(signer, contracts) {
        const keys = await deriveKeysFromSigner(signer);
        return new EercAccount(signer, await signer.getAddress(), keys, contracts);
    }

    /** Registers unless already registered with the same key; refuses to replace a key. */
    async register() {
        const [x, y] = await this.registrar.getUserPublicKey(this.address);
        if (x !== 0n || y !== 0n) {
            if (x === this.keys.publicKey[0] && y === this.keys.publicKey[1]) return null;
            throw new Error(`${this.address} is registered with another key; not replacing it`);
        }
        const chainId = (await this.signer.provider.getNetwork()).chainId;
        const s = this.keys.privateScalar;
        const proof = await prove("registration", {
            SenderPrivateKey: s,
            SenderPublicKey: this.keys.publicKey,
            SenderAddress: big(this.address),
            ChainID: chainId,
            RegistrationHash: registrationHash(chainId, s, this.address),
        });
        return (await this.registrar.register(proofArg(proof))).wait();
    }

    /**
     * Reads and decrypts the balance: dec(balancePCT) + sum(dec(amountPCTs)), verified against
     * the ElGamal ciphertext (throws on mismatch: the bookkeeping PCTs are not trustworthy).
     */
    async balance(tokenId) {
        const [eGCT, nonce, amountPCTs, balancePCT, transactionIndex] =
            await this.eerc.balanceOf(this.address, tokenId);
        const c1 = point(eGCT.c1);
        const c2 = point(eGCT.c2);
        let total = 0n;
        if (balancePCT.some((w) => w !== 0n)) {
            const v = decryptPCT(balancePCT, this.keys.privateScalar);
            if (v === null) throw new Error("balancePCT does not decrypt with this key");
            total += v;
        }
        for (const a of amountPCTs) {
            const v = decryptPCT(a.pct, this.keys.privateScalar);
            if (v === null) throw new Error("an amountPCT does not decrypt with this key");
            total += v;
        }
        const empty = c1[0] === 0n && c1[1] === 0n;
        if (empty ? total !== 0n : !elgamalHolds(c1, c2, this.keys.privateScalar, total)) {
            throw new Error(`decrypted total ${total} does not match the encrypted balance`);
        }
        return { total, c1, c2, nonce, transactionIndex, amountPCTs: amountPCTs.length };
    }

    /**
     * approve + deposit of `amount` token units; the PCT encrypts the eERC value the converter
     * credits (by default computed from the contract's and the token's decimals: below one eERC
     * unit the contract sends the rest back as dust, see units.mjs).
     */
    async deposit(amount, value) {
        if (value === undefined) {
            const [td, ed] = await Promise.all([this.token.decimals(), this.eerc.decimals()]);
            value = toEercUnits(amount, Number(td), Number(ed)).value;
        }
        const eercAddress = await this.eerc.getAddress();
        await (await this.token.approve(eercAddress, amount)).wait();
        const { pct } = encryptPCT(this.keys.publicKey, value);
        return (await this.eerc.deposit(amount, await this.token.getAddress(), pct)).wait();
    }

    async auditorKey() {
        const [x, y] = await this.eerc.auditorPublicKey();
        return [x, y];
    }

    /**
     * Builds the transfer witness and proof for `value` to `toPublicKey` (spec 8). Tests may
     * pass another `auditorKey` to build a proof the contract must refuse.
     */
    async transferProof(toPublicKey, tokenId, value, { auditorKey } = {}) {
        const bal = await this.balance(tokenId);
        if (value <= 0n || value > bal.total) throw new Error("amount exceeds balance");
        auditorKey ??= await this.auditorKey();
        const senderVtt = elgamalEncrypt(this.keys.publicKey, value);
        const receiverVtt = elgamalEncrypt(toPublicKey, value);
        const receiverPct = encryptPCT(toPublicKey, value);
        const auditorPct = encryptPCT(auditorKey, value);
        const proof = await prove("transfer", {
            ValueToTransfer: value,
            SenderPrivateKey: this.keys.privateScalar,
            SenderPublicKey: this.keys.publicKey,
            SenderBalance: bal.total,
            SenderBalanceC1: bal.c1,
            SenderBalanceC2: bal.c2,
            SenderVTTC1: senderVtt.c1,
            SenderVTTC2: senderVtt.c2,
            ReceiverPublicKey: toPublicKey,
            ReceiverVTTC1: receiverVtt.c1,
            ReceiverVTTC2: receiverVtt.c2,
            ReceiverVTTRandom: receiverVtt.random,
            ReceiverPCT: receiverPct.ciphertext,
            ReceiverPCTAuthKey: receiverPct.authKey,
            ReceiverPCTNonce: receiverPct.nonce,
            ReceiverPCTRandom: receiverPct.random,
            AuditorPublicKey: auditorKey,
            AuditorPCT: auditorPct.ciphertext,
            AuditorPCTAuthKey: auditorPct.authKey,
            AuditorPCTNonce: auditorPct.nonce,
            AuditorPCTRandom: auditorPct.random,
        });
        const balancePCT = encryptPCT(this.keys.publicKey, bal.total - value).pct;
        return { proof, balancePCT };
    }

    async transfer(to, tokenId, value) {
        const key = await this.registrar.getUserPublicKey(to);
        if (key[0] === 0n && key[1] === 0n) throw new Error(`${to} is not registered`);
        const { proof, balancePCT } = await this.transferProof([key[0], key[1]], tokenId, value);
        return (await this.eerc.transfer(to, tokenId, proofArg(proof), balancePCT)).wait();
    }

    /** Builds the withdraw witness and proof for `value` eERC units (spec 8). */
    async withdrawProof(tokenId, value, { auditorKey } = {}) {
        const bal = await this.balance(tokenId);
        if (value <= 0n || value > bal.total) throw new Error("amount exceeds balance");
        auditorKey ??= await this.auditorKey();
        const auditorPct = encryptPCT(auditorKey, value);
        const proof = await prove("withdraw", {
            ValueToWithdraw: value,
            SenderPrivateKey: this.keys.privateScalar,
            SenderPublicKey: this.keys.publicKey,
            SenderBalance: bal.total,
            SenderBalanceC1: bal.c1,
            SenderBalanceC2: bal.c2,
            AuditorPublicKey: auditorKey,
            AuditorPCT: auditorPct.ciphertext,
            AuditorPCTAuthKey: auditorPct.authKey,
            AuditorPCTNonce: auditorPct.nonce,
            AuditorPCTRandom: auditorPct.random,
        });
        const balancePCT = encryptPCT(this.keys.publicKey, bal.total - value).pct;
        return { proof, balancePCT };
    }

    async withdraw(tokenId, value) {
        const { proof, balancePCT } = await this.withdrawProof(tokenId, value);
        return (await this.eerc.withdraw(tokenId, proofArg(proof), balancePCT)).wait();
    }
}

/**
 * Auditor view: decrypts the auditorPCT of every PrivateTransfer and Withdraw addressed to
 * `auditorAddress` since `fromBlock`. Returns [{ kind, from, to, amount (eERC units),
 * blockNumber, txHash, logIndex }] in chain order.
 */
export async function auditorHistory(encryptedERC, auditorAddress, privateScalar, fromBlock = 0) {
    const out = [];
    const transfers = await encryptedERC.queryFilter(
        encryptedERC.filters.PrivateTransfer(null, null, null, auditorAddress), fromBlock);
    for (const ev of transfers) {
        out.push({
            kind: "transfer",
            from: ev.args.from,
            to: ev.args.to,
            amount: decryptPCT(ev.args.auditorPCT, privateScalar),
            blockNumber: ev.blockNumber,
            txHash: ev.transactionHash,
            logIndex: ev.index,
        });
    }
    const withdrawals = await encryptedERC.queryFilter(
        encryptedERC.filters.Withdraw(null, null, null, null, auditorAddress), fromBlock);
    for (const ev of withdrawals) {
        out.push({
            kind: "withdraw",
            from: ev.args.user,
            to: null,
            amount: decryptPCT(ev.args.auditorPCT, privateScalar),
            publicAmount: ev.args.amount,
            blockNumber: ev.blockNumber,
            txHash: ev.transactionHash,
            logIndex: ev.index,
        });
    }
    return out.sort((a, b) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex);
}

export { L, randomBelow };
