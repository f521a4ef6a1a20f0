// Access to the compiled contracts (Hardhat artifacts) and deployment of the devnet set.
import fs from "node:fs";
import path from "node:path";
import { ContractFactory, Interface } from "ethers";

import { DEVNET_DIR } from "./paths.mjs";

const ARTIFACTS = path.join(DEVNET_DIR, "state", "hardhat", "artifacts", "contracts");

const SOURCES = {
    Registrar: "Registrar.sol",
    EncryptedERC: "EncryptedERC.sol",
    DevUSDC: "token/DevUSDC.sol",
    RegistrationVerifier: "generated/RegistrationVerifier.sol",
    TransferVerifier: "generated/TransferVerifier.sol",
    WithdrawVerifier: "generated/WithdrawVerifier.sol",
    BabyJubJubHarness: "test/BabyJubJubHarness.sol",
    TestToken: "test/TestToken.sol",
};

export function artifact(name) {
    const file = path.join(ARTIFACTS, SOURCES[name] ?? `${name}.sol`, `${name}.json`);
    if (!fs.existsSync(file)) throw new Error(`missing ${file}: run "npx hardhat compile" first`);
    return JSON.parse(fs.readFileSync(file, "utf8"));
}

export function contractInterface(name) {
    return new Interface(artifact(name).abi);
}

export async function deployContract(name, signer, args = []) {
    const a = artifact(name);
    const c = await new ContractFactory(a.abi, a.bytecode, signer).deploy(...args);
    await c.waitForDeployment();
    return c;
}

/**
 * Deploys verifiers, Registrar, EncryptedERC (converter, `decimals`) and DevUSDC, all owned by
 * `deployer`. Returns the ethers contracts and the first block of the deployment.
 */
export async function deployAll(deployer, { decimals = 6 } = {}) {
    const startBlock = await deployer.provider.getBlockNumber();
    const registrationVerifier = await deployContract("RegistrationVerifier", deployer);
    const transferVerifier = await deployContract("TransferVerifier", deployer);
    const withdrawVerifier = await deployContract("WithdrawVerifier", deployer);
    const registrar = await deployContract("Registrar", deployer, [
        await registrationVerifier.getAddress(),
    ]);
    const encryptedERC = await deployContract("EncryptedERC", deployer, [
        await deployer.getAddress(),
        await registrar.getAddress(),
        await transferVerifier.getAddress(),
        await withdrawVerifier.getAddress(),
        decimals,
    ]);
    const token = await deployContract("DevUSDC", deployer);
    return {
        registrationVerifier,
        transferVerifier,
        withdrawVerifier,
        registrar,
        encryptedERC,
        token,
        deploymentBlock: startBlock + 1,
    };
}
