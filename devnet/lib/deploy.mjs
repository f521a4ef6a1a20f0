// Deploys the devnet contracts, registers the operator and the auditor (with real
// registration proofs), sets the auditor key, mints devnet USDC to the operator and describes
// the result in the shape of the operator API's GET /network (plus rpcUrl, operatorUrl, ...).
import fs from "node:fs";
import path from "node:path";
import { JsonRpcProvider } from "ethers";

import { devAccounts, devWallet } from "./accounts.mjs";
import { deployAll } from "./contracts.mjs";
import { initCrypto } from "./crypto.mjs";
import { EercAccount } from "./eerc.mjs";
import { ARTIFACTS_DIR, STATE_DIR } from "./paths.mjs";

export const EERC_DECIMALS = 6; // the default: USDC's, so no dust and no truncation
export const TOKEN_DECIMALS = 6; // DevUSDC
export const OPERATOR_USDC = 1_000_000n * 10n ** 6n; // 1,000,000 USDC

/** Checks an eERC decimals setting (the contract stores a uint8; 0..18 is what makes sense). */
export function eercDecimalsOf(v) {
    const n = typeof v === "string" && /^\d{1,2}$/.test(v) ? Number(v) : v;
    if (!Number.isInteger(n) || n < 0 || n > 18)
        throw new Error(`eERC decimals must be an integer from 0 to 18, not ${v}`);
    return n;
}

/**
 * Deploys the devnet to the node at `rpcUrl` (whose chain id it takes) with `eercDecimals` for
 * the EncryptedERC (default 6, USDC's; Ava Labs' reference deployments use 2).
 */
export async function deployDevnet({ rpcUrl, eercDecimals = EERC_DECIMALS, log = () => {} }) {
    eercDecimals = eercDecimalsOf(eercDecimals);
    await initCrypto();
    const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true, cacheTimeout: -1 });
    const chainId = Number((await provider.getNetwork()).chainId);
    const operator = devWallet(0, provider);
    const auditorWallet = devWallet(1, provider);

    log(`deploying contracts (chain id ${chainId}, eERC decimals ${eercDecimals})`);
    const contracts = await deployAll(operator, { decimals: eercDecimals });
    // The network description states what the contracts hold, not what was asked for.
    const [onchainEerc, onchainToken] = (
        await Promise.all([contracts.encryptedERC.decimals(), contracts.token.decimals()])
    ).map(Number);
    if (onchainEerc !== eercDecimals || onchainToken !== TOKEN_DECIMALS)
        throw new Error(`deployed decimals ${onchainEerc}/${onchainToken} differ from the request`);

    log("registering operator and auditor (registration proofs)");
    const operatorAccount = await EercAccount.create(operator, contracts);
    const auditorAccount = await EercAccount.create(auditorWallet, contracts);
    await operatorAccount.register();
    await auditorAccount.register();

    log("setting auditor key, minting devnet USDC to the operator");
    await (await contracts.encryptedERC.setAuditorPublicKey(auditorWallet.address)).wait();
    await (await contracts.token.mint(operator.address, OPERATOR_USDC)).wait();

    const manifest = JSON.parse(fs.readFileSync(path.join(ARTIFACTS_DIR, "manifest.json"), "utf8"));
    const circuits = {};
    for (const [name, c] of Object.entries(manifest.circuits)) {
        circuits[name] = {
            wasm: { path: path.join(STATE_DIR, c.wasm.path), sha256: c.wasm.sha256 },
            zkey: { path: path.join(STATE_DIR, c.zkey.path), sha256: c.zkey.sha256 },
            vkey: path.join(STATE_DIR, c.vkey.path),
        };
    }
    const address = (c) => c.target;
    const tokenAddress = address(contracts.token);
    const tokenId = await contracts.encryptedERC.tokenIds(tokenAddress);
    const network = {
        name: "Local devnet",
        chainName: "Local devnet",
        chainId,
        rpcUrl,
        operatorUrl: null,
        contracts: {
            registrar: address(contracts.registrar),
            encryptedErc: address(contracts.encryptedERC),
            token: tokenAddress,
            verifiers: {
                registration: address(contracts.registrationVerifier),
                transfer: address(contracts.transferVerifier),
                withdraw: address(contracts.withdrawVerifier),
            },
        },
        deploymentBlock: contracts.deploymentBlock,
        // Assigned by the converter on the first deposit of the token; null until then.
        tokenId: tokenId === 0n ? null : tokenId.toString(),
        token: { symbol: "USDC", decimals: onchainToken },
        eercDecimals: onchainEerc,
        decimals: { eerc: onchainEerc, token: onchainToken },
        operatorAddress: operator.address,
        auditor: {
            address: auditorWallet.address,
            publicKey: auditorAccount.keys.publicKey.map(String),
        },
        circuits,
        distribution: { weight: "calls", rounding: "largest-remainder" },
        accounts: devAccounts(),
        warning:
            "Development network: well-known private keys and a trusted setup with public " +
            "entropy. Nothing here is secure.",
    };
    return { network, contracts, provider, operatorAccount, auditorAccount };
}

export function writeNetworkJson(network, file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify(network, null, 2) + "\n");
    fs.renameSync(tmp, file);
}
