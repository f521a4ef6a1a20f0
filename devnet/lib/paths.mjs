// Well-known locations of the devnet. Everything under state/ and the cache is generated.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEVNET_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CIRCUITS_DIR = path.join(DEVNET_DIR, "circuits");
export const CONTRACTS_DIR = path.join(DEVNET_DIR, "contracts");
export const GENERATED_CONTRACTS_DIR = path.join(CONTRACTS_DIR, "generated");
export const STATE_DIR = path.join(DEVNET_DIR, "state");
export const ARTIFACTS_DIR = path.join(STATE_DIR, "artifacts");
export const NETWORK_JSON = path.join(STATE_DIR, "network.json");
export const NODE_MODULES = path.join(DEVNET_DIR, "node_modules");
export const VECTORS_DIR = path.resolve(DEVNET_DIR, "..", "tests", "data");

export const CACHE_DIR =
    process.env.BS_DEVNET_CACHE ||
    path.join(os.homedir(), ".cache", "backendshield", "devnet");

export const CIRCUITS = ["registration", "transfer", "withdraw"];
