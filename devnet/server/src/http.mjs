// HTTP plumbing: RFC 9457 problem responses, JSON bodies, ETags, cursors.
import crypto from "node:crypto";

export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** An error a caller caused; rendered as application/problem+json. */
export class HttpError extends Error {
    constructor(status, title, detail, { errors, headers, type } = {}) {
        super(detail ?? title);
        this.status = status;
        this.title = title;
        this.detail = detail ?? title;
        this.errors = errors;
        this.headers = headers;
        this.type = type;
    }
}

export const badRequest = (detail, errors) => new HttpError(400, "Bad Request", detail, { errors });
export const unauthorized = (detail) => new HttpError(401, "Unauthorized", detail);
export const forbidden = (detail) => new HttpError(403, "Forbidden", detail);
export const notFound = (detail) => new HttpError(404, "Not Found", detail);
export const conflict = (detail) => new HttpError(409, "Conflict", detail);
export const unprocessable = (detail, errors) =>
    new HttpError(422, "Unprocessable Content", detail, { errors });

// Problem types are URNs: stable identifiers that promise no documentation URL.
const TYPE_BASE = "urn:backendshield:problem:";
const TYPES = {
    400: "invalid-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    409: "conflict",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "unprocessable",
    429: "rate-limited",
    500: "internal",
    503: "unavailable",
};

export function sendProblem(res, err) {
    const body = {
        type: err.type ?? TYPE_BASE + (TYPES[err.status] ?? "error"),
        title: err.title,
        status: err.status,
        detail: err.detail,
    };
    if (err.errors && err.errors.length) body.errors = err.errors;
    const text = JSON.stringify(body);
    res.writeHead(err.status, {
        "Content-Type": "application/problem+json",
        "Content-Length": Buffer.byteLength(text),
        "Cache-Control": "no-store",
        ...(err.headers ?? {}),
    });
    res.end(text);
}

/** Strong ETag of the exact bytes sent. */
export function etagOf(text) {
    return '"' + crypto.createHash("sha256").update(text).digest("base64url").slice(0, 32) + '"';
}

/** RFC 9110 If-None-Match: "*" or a list of (weak or strong) tags; weak comparison for GET. */
export function ifNoneMatchHits(header, etag) {
    if (!header) return false;
    if (header.trim() === "*") return true;
    const bare = (t) => t.trim().replace(/^W\//, "");
    return header.split(",").some((t) => bare(t) === bare(etag));
}

/** Sends a JSON answer; GETs get an ETag and honour If-None-Match with 304. */
export function sendJson(req, res, status, value, headers = {}) {
    const text = JSON.stringify(value);
    const h = { "Content-Type": "application/json; charset=utf-8", ...headers };
    if (req.method === "GET" && status === 200) {
        const etag = etagOf(text);
        h.ETag = etag;
        h["Cache-Control"] ??= "private, no-cache";
        if (ifNoneMatchHits(req.headers["if-none-match"], etag)) {
            delete h["Content-Type"];
            res.writeHead(304, h);
            res.end();
            return;
        }
    } else {
        h["Cache-Control"] ??= "no-store";
    }
    h["Content-Length"] = Buffer.byteLength(text);
    res.writeHead(status, h);
    res.end(text);
}

/** Reads the raw request body (Buffer), refusing bodies over MAX_BODY_BYTES with 413. */
export function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on("data", (c) => {
            size += c.length;
            if (size > MAX_BODY_BYTES) {
                reject(
                    new HttpError(
                        413,
                        "Payload Too Large",
                        `request bodies are limited to ${MAX_BODY_BYTES} bytes`,
                    ),
                );
                req.destroy();
                return;
            }
            chunks.push(c);
        });
        req.on("end", () => resolve(Buffer.concat(chunks)));
        req.on("error", reject);
    });
}

/** Parses a JSON object body; 415 for another media type, 400 for malformed JSON. */
export function parseJsonBody(req, raw) {
    const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
    if (type !== "application/json") {
        throw new HttpError(415, "Unsupported Media Type", "send the body as application/json");
    }
    let value;
    try {
        value = JSON.parse(raw.toString("utf8"));
    } catch (e) {
        throw badRequest(`the body is not valid JSON: ${e.message}`);
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw badRequest("the body must be a JSON object");
    }
    return value;
}

// Cursors are opaque to clients: base64url of the last row's sequence number.
export const encodeCursor = (seq) => Buffer.from(`s:${seq}`).toString("base64url");
export function decodeCursor(cursor) {
    const m = /^s:(\d{1,18})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!m)
        throw badRequest("invalid cursor", [
            { field: "cursor", message: "not a cursor returned by this server" },
        ]);
    return m[1];
}

/** ?limit= (1..500, default 100) and ?cursor=. */
export function pageParams(query) {
    let limit = 100;
    if (query.has("limit")) {
        const s = query.get("limit");
        if (!/^\d{1,3}$/.test(s) || Number(s) < 1 || Number(s) > 500) {
            throw badRequest("invalid limit", [
                { field: "limit", message: "an integer from 1 to 500" },
            ]);
        }
        limit = Number(s);
    }
    const cursor =
        query.has("cursor") && query.get("cursor") !== ""
            ? decodeCursor(query.get("cursor"))
            : null;
    return { limit, cursor };
}

/** rows fetched with limit+1; returns { items, nextCursor }. */
export function page(rows, limit, map) {
    const more = rows.length > limit;
    const slice = more ? rows.slice(0, limit) : rows;
    return {
        items: slice.map(map),
        nextCursor: more ? encodeCursor(slice[slice.length - 1].seq) : null,
    };
}
