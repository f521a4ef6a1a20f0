// Field validation. Each checker appends {field, message} to `errors` and returns the
// normalized value (or undefined when invalid), so a request reports all its problems at once.
import { getAddress } from "ethers";

import { P } from "./babyjub.mjs";

export const MAX_COUNTER = 2 ** 53 - 1;
export const CATEGORIES = ["weather", "news", "finance", "ai", "data", "other"];
export const PRICING = ["free", "paid", "hybrid"];
const DECIMAL = /^(0|[1-9][0-9]*)$/;
// RFC 3339 date-time with seconds, optional fraction, Z or an offset.
const RFC3339 =
    /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

export function address(errors, field, v) {
    if (typeof v !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(v)) {
        errors.push({ field, message: "an address: 0x followed by 40 hex digits" });
        return undefined;
    }
    // Accepted in any case (the API's rule), returned checksummed.
    return getAddress(v.toLowerCase());
}

export function decimal(errors, field, v, { min = 0n, max = null } = {}) {
    if (typeof v !== "string" || !DECIMAL.test(v) || v.length > 78) {
        errors.push({
            field,
            message: "a decimal string of a non-negative integer (no sign, no leading zeros)",
        });
        return undefined;
    }
    const n = BigInt(v);
    if (n < min || (max !== null && n > max)) {
        errors.push({ field, message: max === null ? `at least ${min}` : `from ${min} to ${max}` });
        return undefined;
    }
    return n;
}

export function point(errors, field, v) {
    if (!Array.isArray(v) || v.length !== 2) {
        errors.push({ field, message: 'a point ["x", "y"] of two decimal strings' });
        return undefined;
    }
    const x = decimal(errors, `${field}[0]`, v[0], { max: P - 1n });
    const y = decimal(errors, `${field}[1]`, v[1], { max: P - 1n });
    return x === undefined || y === undefined ? undefined : [x, y];
}

export function text(errors, field, v, { min = 1, max = 200 } = {}) {
    if (typeof v !== "string") {
        errors.push({ field, message: "a string" });
        return undefined;
    }
    const s = v.trim();
    // eslint-disable-next-line no-control-regex
    if (s.length < min || s.length > max || /[\u0000-\u001f\u007f]/.test(s)) {
        errors.push({ field, message: `${min} to ${max} characters, no control characters` });
        return undefined;
    }
    return s;
}

export function email(errors, field, v) {
    if (typeof v !== "string" || v.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) {
        errors.push({ field, message: "an e-mail address" });
        return undefined;
    }
    return v;
}

export function httpUrl(errors, field, v) {
    let u = null;
    if (typeof v === "string" && v.length <= 2048) {
        try {
            u = new URL(v);
        } catch {
            u = null;
        }
    }
    if (!u || (u.protocol !== "https:" && u.protocol !== "http:") || u.username || u.password) {
        errors.push({ field, message: "an http(s) URL without credentials" });
        return undefined;
    }
    return v;
}

export function oneOf(errors, field, v, values) {
    if (!values.includes(v)) {
        errors.push({ field, message: `one of ${values.join(", ")}` });
        return undefined;
    }
    return v;
}

export function id(errors, field, v, { max = 128 } = {}) {
    if (typeof v !== "string" || v.length < 1 || v.length > max || !/^[\x21-\x7e]+$/.test(v)) {
        errors.push({ field, message: `1 to ${max} printable ASCII characters without spaces` });
        return undefined;
    }
    return v;
}

export function counter(errors, field, v) {
    if (!Number.isSafeInteger(v) || v < 0) {
        errors.push({ field, message: `an integer from 0 to ${MAX_COUNTER}` });
        return undefined;
    }
    return v;
}

/** RFC 3339 time -> Date (validating the calendar fields too). */
export function time(errors, field, v) {
    const m = typeof v === "string" ? RFC3339.exec(v) : null;
    const d = m ? new Date(v) : null;
    const [, , mo, da, h, mi, s] = m ?? [];
    if (
        !m ||
        Number.isNaN(d.getTime()) ||
        +mo < 1 ||
        +mo > 12 ||
        +da < 1 ||
        +da > 31 ||
        +h > 23 ||
        +mi > 59 ||
        +s > 59
    ) {
        errors.push({ field, message: "an RFC 3339 date-time, e.g. 2026-11-01T00:00:00Z" });
        return undefined;
    }
    return d;
}

export function period(errors, body, startField = "periodStart", endField = "periodEnd") {
    const start = time(errors, startField, body[startField]);
    const end = time(errors, endField, body[endField]);
    if (start && end && !(start < end)) {
        errors.push({ field: endField, message: `must be after ${startField}` });
        return {};
    }
    return { start, end };
}

export function object(errors, field, v) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) {
        errors.push({ field, message: "an object" });
        return undefined;
    }
    return v;
}
