// BabyJubJub membership checks for registration keys (spec eerc-protocol 1). Only validation:
// the server never computes with secret scalars, so plain BigInt arithmetic is fine here.
export const P = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
export const L = 2736030358979909402780800718157159386076813972158567259200215660948447373041n;
const A = 168700n;
const D = 168696n;

const mod = (x) => ((x % P) + P) % P;

function inv(x) {
    // Fermat: x^(P-2) mod P; P is prime and x != 0 for the denominators on this complete curve.
    let r = 1n;
    let b = mod(x);
    let e = P - 2n;
    while (e > 0n) {
        if (e & 1n) r = (r * b) % P;
        b = (b * b) % P;
        e >>= 1n;
    }
    return r;
}

export function onCurve([x, y]) {
    const x2 = (x * x) % P;
    const y2 = (y * y) % P;
    return mod(A * x2 + y2) === mod(1n + D * x2 * y2);
}

export function add([x1, y1], [x2, y2]) {
    const t = mod(D * x1 * x2 * y1 * y2);
    return [mod((x1 * y2 + y1 * x2) * inv(1n + t)), mod((y1 * y2 - A * x1 * x2) * inv(1n - t))];
}

export function mul(pt, k) {
    let r = [0n, 1n];
    let q = pt;
    while (k > 0n) {
        if (k & 1n) r = add(r, q);
        q = add(q, q);
        k >>= 1n;
    }
    return r;
}

/** True iff (x, y) are canonical field elements, on the curve, not the identity, and l*(x,y) = O. */
export function inPrimeSubgroup([x, y]) {
    if (x < 0n || y < 0n || x >= P || y >= P) return false;
    if (!onCurve([x, y])) return false;
    if (x === 0n && y === 1n) return false;
    const r = mul([x, y], L);
    return r[0] === 0n && r[1] === 1n;
}
