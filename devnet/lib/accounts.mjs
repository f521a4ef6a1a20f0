// The devnet's deterministic accounts: Hardhat's default mnemonic (publicly known; these
// keys must never hold real funds) and the role each index plays.
import { HDNodeWallet, Mnemonic } from "ethers";

export const DEV_MNEMONIC = "test test test test test test test test test test test junk";

export const ROLES = [
    "deployer/operator",
    "auditor",
    "provider",
    "provider",
    "provider",
    "provider",
    "provider",
    "provider",
    "provider",
    "provider",
];

/** Wallet of account `index` (m/44'/60'/0'/0/index), optionally connected to a provider. */
export function devWallet(index, provider = null) {
    const w = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), `m/44'/60'/0'/0/${index}`);
    return provider ? w.connect(provider) : w;
}

export function devAccounts() {
    return ROLES.map((role, index) => {
        const w = devWallet(index);
        return { index, role, address: w.address, privateKey: w.privateKey };
    });
}
