// Payments with real Groth16 proofs on helper F's devnet (deployDevnet on a private node).
// Skips until `devnet/devnet up` has built the contracts and proving keys.
import { deployRealDevnet, paymentTests, realDevnetMissing } from "./payments-suite.mjs";

paymentTests("payments with real proofs on the devnet", {
    skip: realDevnetMissing(),
    deploy: deployRealDevnet(),
});
