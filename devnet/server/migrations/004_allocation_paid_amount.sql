-- What a transfer actually carries, in token units. A private transfer moves whole eERC units:
-- with fewer eERC decimals than the token's (e.g. 2 vs USDC's 6) the part of an allocation below
-- one eERC unit (its dust) cannot be paid and stays with the operator. amount stays the revenue
-- rule's allocation. NULL for allocations made before this migration (then paid = amount).
ALTER TABLE cycle_allocations
    ADD COLUMN paid_amount numeric(78, 0),
    ADD CONSTRAINT cycle_allocations_paid_amount CHECK (paid_amount >= 0 AND paid_amount <= amount);
