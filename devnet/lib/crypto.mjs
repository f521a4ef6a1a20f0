// eERC cryptography in JS for the devnet tools and the end-to-end check: BabyJubJub and
// Poseidon come from circomlibjs (independent of our circuits and of the C++ client); the
// Poseidon cipher (PCT), ElGamal and the wallet key derivation are implemented here from the
// protocol description (spec eerc-protocol.md sections 2-4).
import crypto from "node:crypto";
import createBlakeHash from "blake-hash";
import { buildBabyjub, buildPoseidon } from "circomlibjs";

/** BN254 scalar field. */
export const P = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
/** BabyJubJub prime subgroup order. */
export const L = 2736030358979909402780800718157159386076813972158567259200215660948447373041n;
export const TWO_128 = 1n << 128n;

let ctx = null;

/** Loads the WASM Poseidon and BabyJubJub once. Must be awaited before anything else. */
export async function initCrypto() {
    if (!ctx) {
        const [babyjub, poseidon] = await Promise.all([buildBabyjub(), buildPoseidon()]);
        ctx = { babyjub, poseidon, F: babyjub.F };
    }
    return ctx;
}

function need() {
    if (!ctx) throw new Error("crypto: call await initCrypto() first");
    return ctx;
}

const toPoint = (p) => {
    const { F } = need();
    return [F.e(BigInt(p[0])), F.e(BigInt(p[1]))];
};
const fromPoint = (p) => {
    const { F } = need();
    return [F.toObject(p[0]), F.toObject(p[1])];
};

export const BASE8 = [
    5299619240641551281634865583518297030282874472190772894086521144482721001553n,
    16950150798460657717958625567821834550301663161624707787222815936182638968203n,
];

/** Point addition; points are [x, y] BigInt pairs. */
export function addPoints(a, b) {
    return fromPoint(need().babyjub.addPoint(toPoint(a), toPoint(b)));
}

export function negatePoint(a) {
    return [(P - BigInt(a[0])) % P, BigInt(a[1])];
}

export function mulPoint(p, s) {
    return fromPoint(need().babyjub.mulPointEscalar(toPoint(p), BigInt(s)));
}

export function mulBase(s) {
    return mulPoint(BASE8, s);
}

export function isOnCurve(p) {
    return need().babyjub.inCurve(toPoint(p));
}

/** Poseidon hash of n field elements (circomlib variant). */
export function poseidonHash(inputs) {
    const { poseidon, F } = need();
    return F.toObject(poseidon(inputs.map((x) => BigInt(x))));
}

/** Width-4 Poseidon permutation of [s0, s1, s2, s3]. */
function perm4(state) {
    const { poseidon, F } = need();
    return poseidon(state.slice(1), state[0], 4).map((x) => F.toObject(x));
}

const mod = (x) => ((x % P) + P) % P;

/**
 * Poseidon cipher encryption of field elements with shared key K and nonce < 2^128.
 * `length` is the declared message length; it defaults to message.length (only tests pass a
 * smaller one, to forge non-zero padding).
 */
export function poseidonEncrypt(message, key, nonce, length = message.length) {
    nonce = BigInt(nonce);
    if (nonce >= TWO_128) throw new Error("nonce must be < 2^128");
    const m = message.map((x) => BigInt(x));
    while (m.length % 3 !== 0) m.push(0n);
    let state = [0n, BigInt(key[0]), BigInt(key[1]), mod(nonce + BigInt(length) * TWO_128)];
    const out = [];
    for (let i = 0; i < m.length; i += 3) {
        state = perm4(state);
        for (let j = 0; j < 3; j++) state[j + 1] = mod(state[j + 1] + m[i + j]);
        out.push(state[1], state[2], state[3]);
    }
    state = perm4(state);
    out.push(state[1]);
    return out;
}

/** Inverse of poseidonEncrypt; returns null if the tag or the zero padding does not check. */
export function poseidonDecrypt(ciphertext, key, nonce, length) {
    const c = ciphertext.map((x) => BigInt(x));
    const blocks = Math.ceil(length / 3);
    if (c.length !== blocks * 3 + 1) return null;
    let state = [0n, BigInt(key[0]), BigInt(key[1]), mod(BigInt(nonce) + BigInt(length) * TWO_128)];
    const m = [];
    for (let i = 0; i < blocks * 3; i += 3) {
        state = perm4(state);
        for (let j = 0; j < 3; j++) {
            m.push(mod(c[i + j] - state[j + 1]));
            state[j + 1] = c[i + j];
        }
    }
    state = perm4(state);
    if (state[1] !== c[c.length - 1]) return null;
    if (m.slice(length).some((x) => x !== 0n)) return null;
    return m.slice(0, length);
}

/** Uniform random integer in [lo, hi) from the OS CSPRNG. */
export function randomBelow(hi, lo = 0n) {
    const span = hi - lo;
    const bits = span.toString(2).length;
    const bytes = Math.ceil(bits / 8);
    for (;;) {
        let x = BigInt("0x" + crypto.randomBytes(bytes).toString("hex"));
        x &= (1n << BigInt(bits)) - 1n;
        if (x < span) return lo + x;
    }
}

/**
 * Encrypts one amount to `publicKey` as the protocol's 7-word PCT
 * [ct0..ct3, authKey.x, authKey.y, nonce]. Returns the randomness too (circuit inputs).
 */
export function encryptPCT(publicKey, value, r = randomBelow(L, 1n), nonce = randomBelow(TWO_128)) {
    const authKey = mulBase(r);
    const shared = mulPoint(publicKey, r);
    const ct = poseidonEncrypt([BigInt(value)], shared, nonce);
    return { pct: [...ct, authKey[0], authKey[1], nonce], ciphertext: ct, authKey, nonce, random: r };
}

/** Decrypts a 7-word PCT with private scalar s; null if it is not addressed to s. */
export function decryptPCT(pct, s) {
    const w = pct.map((x) => BigInt(x));
    if (w.every((x) => x === 0n)) return null;
    const shared = mulPoint([w[4], w[5]], s);
    const m = poseidonDecrypt(w.slice(0, 4), shared, w[6], 1);
    return m ? m[0] : null;
}

/** ElGamal encryption of v*B: c1 = r*B, c2 = v*B + r*PK. */
export function elgamalEncrypt(publicKey, value, r = randomBelow(L, 1n)) {
    return {
        c1: mulBase(r),
        c2: addPoints(mulBase(value), mulPoint(publicKey, r)),
        random: r,
    };
}

/** c2 - s*c1 (= v*B for a valid ciphertext). */
export function elgamalDecryptToPoint(c1, c2, s) {
    return addPoints(c2, negatePoint(mulPoint(c1, s)));
}

/** True when (c1, c2) decrypts under s to value*B. */
export function elgamalHolds(c1, c2, s, value) {
    const p = elgamalDecryptToPoint(c1, c2, s);
    const q = mulBase(value);
    return p[0] === q[0] && p[1] === q[1];
}

// ---------------------------------------------------------------- wallet key derivation

const GRIND_MAX = (1n << 256n) - ((1n << 256n) % L);

export function registrationMessage(address) {
    return "eERC\nRegistering user with\n Address:" + address.toLowerCase();
}

/**
 * Spec 2.1: derives the eERC decryption key from an ethers signer (RFC 6979, so deterministic).
 * Returns { decryptionKey (unpadded lowercase hex string), privateScalar s, publicKey s*B }.
 */
export async function deriveKeysFromSigner(signer) {
    const address = await signer.getAddress();
    const signature = await signer.signMessage(registrationMessage(address));
    return deriveKeysFromSignature(signature);
}

export function deriveKeysFromSignature(signature) {
    const rHex = signature.replace(/^0x/, "").slice(0, 64).toLowerCase();
    let decryptionKey = null;
    for (let i = 0; i < 1000 && decryptionKey === null; i++) {
        let suffix = i.toString(16);
        if (suffix.length % 2) suffix = "0" + suffix;
        const digest = BigInt(
            "0x" + crypto.createHash("sha256").update(Buffer.from(rHex + suffix, "hex")).digest("hex"),
        );
        if (digest < GRIND_MAX) decryptionKey = (digest % L).toString(16);
    }
    if (decryptionKey === null) throw new Error("key derivation: no grind round accepted");
    const privateScalar = scalarFromDecryptionKey(decryptionKey);
    return { decryptionKey, privateScalar, publicKey: mulBase(privateScalar) };
}

/** formatKeyForCurve: Buffer.from(hex) (drops an odd last digit on purpose), BLAKE-512, prune. */
export function scalarFromDecryptionKey(decryptionKey) {
    const h = createBlakeHash("blake512").update(Buffer.from(decryptionKey, "hex")).digest();
    const k = Buffer.from(h.subarray(0, 32));
    k[0] &= 0xf8;
    k[31] &= 0x7f;
    k[31] |= 0x40;
    const le = BigInt("0x" + Buffer.from(k).reverse().toString("hex"));
    return (le >> 3n) % L;
}

/** Poseidon3(chainId, s, uint160(address)). */
export function registrationHash(chainId, privateScalar, address) {
    return poseidonHash([BigInt(chainId), BigInt(privateScalar), BigInt(address)]);
}
