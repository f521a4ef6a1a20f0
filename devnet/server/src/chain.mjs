// The chain side of the server: reads devnet/state/network.json (helper F's deployment) and
// uses F's JS eERC client (devnet/lib) for key derivation, balances and transfer proofs.
// Transactions are signed here and handed back unsent, so the caller can persist them first.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Contract, JsonRpcProvider, Transaction, Wallet, getAddress } from "ethers";

const DEVNET_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const DEVNET_LIB = path.join(DEVNET_DIR, "lib");
const ERC20_ABI = [
    "function approve(address spender, uint256 amount) returns (bool)",
    "function allowance(address owner, address spender) view returns (uint256)",
    "function balanceOf(address owner) view returns (uint256)",
    "function decimals() view returns (uint8)",
];
const PUBLIC_SIGNALS = { registration: 5, transfer: 32, withdraw: 16 };

/**
 * Test-only prover (BS_TEST_WITNESS_ONLY_PROOFS=1): computes the witness and its public
 * signals from the circuit's .wasm but sends an all-zero proof. A real verifier refuses such
 * a proof, so this cannot forge anything; it lets the payment flow run against contracts
 * deployed with an accept-all verifier when no proving keys exist yet.
 */
export function witnessOnlyProver(snarkjs, wasmOf) {
    return async (circuit, input) => {
        const wtns = { type: "mem" };
        const str = (v) => (Array.isArray(v) ? v.map(str) : BigInt(v).toString());
        const inputs = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, str(v)]));
        await snarkjs.wtns.calculate(inputs, wasmOf(circuit), wtns);
        const values = await snarkjs.wtns.exportJson(wtns);
        return {
            proofPoints: {
                a: [0n, 0n],
                b: [
                    [0n, 0n],
                    [0n, 0n],
                ],
                c: [0n, 0n],
            },
            publicSignals: values.slice(1, 1 + PUBLIC_SIGNALS[circuit]).map(BigInt),
        };
    };
}

export class Chain {
    /** Loads network.json and connects; null when the file does not exist. */
    static async load({ networkJson, operatorPrivateKey, witnessOnlyProofs = false }) {
        if (!networkJson || !fs.existsSync(networkJson)) return null;
        const network = JSON.parse(fs.readFileSync(networkJson, "utf8"));
        const libs = {
            crypto: await import(path.join(DEVNET_LIB, "crypto.mjs")),
            eerc: await import(path.join(DEVNET_LIB, "eerc.mjs")),
            contracts: await import(path.join(DEVNET_LIB, "contracts.mjs")),
            proofs: await import(path.join(DEVNET_LIB, "proofs.mjs")),
            units: await import(path.join(DEVNET_LIB, "units.mjs")),
        };
        if (witnessOnlyProofs) {
            const snarkjs = await import(
                path.join(DEVNET_DIR, "node_modules", "snarkjs", "build", "main.cjs")
            );
            libs.prove = witnessOnlyProver(
                snarkjs.default ?? snarkjs,
                (c) => network.circuits[c].wasm.path,
            );
        } else {
            libs.prove = libs.proofs.prove;
        }
        await libs.crypto.initCrypto();
        const key =
            operatorPrivateKey ??
            network.accounts?.find((a) => a.address === network.operatorAddress)?.privateKey;
        if (!key)
            throw new Error(
                "no operator private key: set BS_OPERATOR_KEY or add accounts to network.json",
            );
        const chain = new Chain(network, key, libs);
        await chain.init();
        return chain;
    }

    constructor(network, operatorKey, libs) {
        this.network = network;
        this.libs = libs;
        this.provider = new JsonRpcProvider(network.rpcUrl, Number(network.chainId), {
            staticNetwork: true,
            cacheTimeout: -1,
        });
        this.wallet = new Wallet(operatorKey, this.provider);
        const abi = (n) => libs.contracts.artifact(n).abi;
        this.registrar = new Contract(network.contracts.registrar, abi("Registrar"), this.provider);
        this.eerc = new Contract(
            network.contracts.encryptedErc,
            abi("EncryptedERC"),
            this.provider,
        );
        this.token = new Contract(network.contracts.token, ERC20_ABI, this.provider);
        // Artifacts by sha256, for GET /artifacts/{sha256}.
        this.artifacts = new Map();
        for (const c of Object.values(network.circuits ?? {})) {
            for (const f of [c.wasm, c.zkey])
                if (f?.sha256 && f.path) this.artifacts.set(f.sha256.toLowerCase(), f.path);
        }
    }

    async init() {
        if (getAddress(this.wallet.address) !== getAddress(this.network.operatorAddress)) {
            throw new Error("the operator key does not belong to network.json's operatorAddress");
        }
        // Amounts are converted with what the contracts hold; network.json must agree.
        const [ed, td] = (await Promise.all([this.eerc.decimals(), this.token.decimals()])).map(
            Number,
        );
        const n = this.network;
        if ((n.eercDecimals ?? ed) !== ed || (n.token?.decimals ?? td) !== td)
            throw new Error(
                `network.json states ${n.eercDecimals} eERC / ${n.token?.decimals} token decimals, the contracts ${ed} / ${td}`,
            );
        this.eercDecimals = ed;
        this.tokenDecimals = td;
        this.account = await this.libs.eerc.EercAccount.create(this.wallet, {
            registrar: this.registrar,
            encryptedERC: this.eerc,
            token: this.token,
        });
    }

    /** GET /network: network.json's public fields, artifact URLs served by this server. */
    describe(publicUrl) {
        const n = this.network;
        const circuits = {};
        for (const [name, c] of Object.entries(n.circuits ?? {})) {
            circuits[name] = Object.fromEntries(
                ["wasm", "zkey"].map((k) => [
                    k,
                    { url: `${publicUrl}/artifacts/${c[k].sha256}`, sha256: c[k].sha256 },
                ]),
            );
        }
        return {
            chainId: Number(n.chainId),
            chainName: n.chainName ?? n.name,
            rpcUrl: n.rpcUrl,
            contracts: {
                registrar: n.contracts.registrar,
                encryptedErc: n.contracts.encryptedErc,
                token: n.contracts.token,
            },
            tokenId: this.tokenId === undefined ? n.tokenId : this.tokenId,
            token: n.token,
            eercDecimals: n.eercDecimals,
            operatorAddress: n.operatorAddress,
            auditor: this.auditor(),
            circuits,
            distribution: n.distribution ?? { weight: "calls", rounding: "largest-remainder" },
        };
    }

    auditor() {
        return {
            address: this.network.auditor.address,
            publicKey: this.network.auditor.publicKey.map(String),
        };
    }

    artifactByHash(sha256) {
        const f = /^[0-9a-f]{64}$/.test(sha256) ? this.artifacts.get(sha256) : null;
        return f && fs.existsSync(f) ? f : null;
    }

    /** Registrar key of `address`, or null when unregistered. */
    async publicKeyOf(address) {
        const [x, y] = await this.registrar.getUserPublicKey(address);
        return x === 0n && y === 0n ? null : [x, y];
    }

    async currentTokenId() {
        const id = await this.eerc.tokenIds(this.network.contracts.token);
        this.tokenId = id === 0n ? null : String(id);
        return id;
    }

    /** The token: network.json's symbol, the contract's decimals. */
    tokenInfo() {
        return { symbol: this.network.token?.symbol ?? "USDC", decimals: this.tokenDecimals };
    }

    /** Token units -> { value: eERC units, dust: token units no transfer can carry }. */
    toEerc(amount) {
        return this.libs.units.toEercUnits(amount, this.tokenDecimals, this.eercDecimals);
    }

    /** eERC units -> token units. */
    toToken(value) {
        return this.libs.units.toTokenUnits(value, this.tokenDecimals, this.eercDecimals);
    }

    /** What a private transfer of `amount` token units really moves, in token units. */
    payable(amount) {
        return this.toToken(this.toEerc(amount).value);
    }

    /** `amount` rounded up to whole eERC units (a deposit of it leaves no dust). */
    roundUpToEercUnit(amount) {
        return this.libs.units.roundUpToEercUnit(amount, this.tokenDecimals, this.eercDecimals);
    }

    /**
     * { eerc: decrypted eERC balance, wallet: USDC in the operator's wallet }, both in token
     * units, and eercValue: the eERC balance in eERC units.
     */
    async funds() {
        const id = await this.currentTokenId();
        const eercValue = id === 0n ? 0n : (await this.account.balance(id)).total;
        const wallet = await this.token.balanceOf(this.wallet.address);
        return { eerc: this.toToken(eercValue), eercValue, wallet };
    }

    async sign(to, data) {
        const [nonce, fee] = await Promise.all([
            this.provider.getTransactionCount(this.wallet.address, "pending"),
            this.provider.getFeeData(),
        ]);
        const req = {
            to,
            data,
            nonce,
            chainId: Number(this.network.chainId),
            type: 2,
            maxFeePerGas: fee.maxFeePerGas,
            maxPriorityFeePerGas: fee.maxPriorityFeePerGas,
        };
        req.gasLimit =
            ((await this.provider.estimateGas({ ...req, from: this.wallet.address })) * 12n) / 10n;
        const raw = await this.wallet.signTransaction(req);
        return { raw, hash: Transaction.from(raw).hash };
    }

    /** A signed approve for the eERC contract when its allowance is below `amount`, else null. */
    async buildApproveIfNeeded(amount) {
        const allowance = await this.token.allowance(this.wallet.address, this.eerc.target);
        if (allowance >= amount) return null;
        return this.sign(
            this.token.target,
            this.token.interface.encodeFunctionData("approve", [this.eerc.target, amount]),
        );
    }

    /**
     * A signed deposit of `amount` token units with a PCT, to the operator's own key, of the eERC
     * value the converter credits for it.
     */
    async buildDeposit(amount) {
        const { value } = this.toEerc(amount);
        const { pct } = this.libs.crypto.encryptPCT(this.account.keys.publicKey, value);
        return this.sign(
            this.eerc.target,
            this.eerc.interface.encodeFunctionData("deposit", [amount, this.token.target, pct]),
        );
    }

    /**
     * Witness and proof of a private transfer of `value` to `toPublicKey` (spec sections 7-8):
     * the operator's decrypted balance and its on-chain ElGamal ciphertext, fresh randomness for
     * the sender/receiver ciphertexts and the receiver/auditor PCTs, and the new balance PCT.
     */
    async transferProof(toPublicKey, tokenId, value) {
        const c = this.libs.crypto;
        const me = this.account.keys;
        const bal = await this.account.balance(tokenId);
        if (value <= 0n || value > bal.total)
            throw new Error(`transfer of ${value} exceeds the balance ${bal.total}`);
        const [ax, ay] = await this.eerc.auditorPublicKey();
        const auditorKey = [ax, ay];
        const senderVtt = c.elgamalEncrypt(me.publicKey, value);
        const receiverVtt = c.elgamalEncrypt(toPublicKey, value);
        const receiverPct = c.encryptPCT(toPublicKey, value);
        const auditorPct = c.encryptPCT(auditorKey, value);
        const proof = await this.libs.prove("transfer", {
            ValueToTransfer: value,
            SenderPrivateKey: me.privateScalar,
            SenderPublicKey: me.publicKey,
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
        return { proof, balancePCT: c.encryptPCT(me.publicKey, bal.total - value).pct };
    }

    /**
     * Proves and signs a private transfer of `amount` token units to `to` (not sent): whole eERC
     * units, so it carries payable(amount); throws when that is 0.
     */
    async buildTransfer(to, amount) {
        const id = await this.currentTokenId();
        if (id === 0n) throw new Error("USDC has no eERC token id yet (no deposit)");
        const key = await this.publicKeyOf(to);
        if (!key) throw new Error(`${to} is not registered on chain`);
        const { value } = this.toEerc(amount);
        if (value === 0n)
            throw new Error(`${amount} token units are less than one eERC unit: nothing to transfer`);
        const { proof, balancePCT } = await this.transferProof(key, id, value);
        const data = this.eerc.interface.encodeFunctionData("transfer", [
            to,
            id,
            { proofPoints: proof.proofPoints, publicSignals: proof.publicSignals },
            balancePCT,
        ]);
        return this.sign(this.eerc.target, data);
    }

    async broadcast(raw) {
        try {
            await this.provider.broadcastTransaction(raw);
        } catch (e) {
            // Already known / already mined: resolve() decides by hash.
            if (
                !/already known|nonce too low|AlreadyKnown|known transaction/i.test(
                    String(e.message),
                )
            )
                throw e;
        }
    }

    /**
     * Waits for `hash`: { status: "confirmed", receipt } or { status: "failed", reason } when it
     * reverted, or when it is unknown to the node and its nonce is already used by another tx.
     */
    async resolve(hash, raw, timeoutMs = 120000) {
        const deadline = Date.now() + timeoutMs;
        let rebroadcast = false;
        for (;;) {
            const receipt = await this.provider.getTransactionReceipt(hash);
            if (receipt) {
                return receipt.status === 1
                    ? { status: "confirmed", receipt }
                    : { status: "failed", reason: `transaction ${hash} reverted` };
            }
            const tx = await this.provider.getTransaction(hash);
            if (!tx) {
                const nonce = Transaction.from(raw).nonce;
                const used = await this.provider.getTransactionCount(this.wallet.address, "latest");
                if (used > nonce)
                    return {
                        status: "failed",
                        reason: `transaction ${hash} was dropped (nonce ${nonce} used elsewhere)`,
                    };
                if (!rebroadcast) {
                    rebroadcast = true;
                    await this.broadcast(raw);
                }
            }
            if (Date.now() > deadline)
                throw new Error(
                    `transaction ${hash} not mined within ${timeoutMs / 1000} s; will be resolved on retry`,
                );
            await new Promise((r) => setTimeout(r, 250));
        }
    }

    /** logIndex of the PrivateTransfer event to `to` in a receipt. */
    transferLogIndex(receipt, to) {
        for (const log of receipt.logs) {
            if (getAddress(log.address) !== getAddress(this.eerc.target)) continue;
            const ev = this.eerc.interface.parseLog(log);
            if (ev?.name === "PrivateTransfer" && getAddress(ev.args.to) === getAddress(to))
                return log.index;
        }
        throw new Error(`no PrivateTransfer to ${to} in ${receipt.hash}`);
    }
}
