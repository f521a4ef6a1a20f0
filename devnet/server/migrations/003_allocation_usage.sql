-- The provider's usage counters as the cycle counted them (GET /providers/{id}/earnings
-- cycles[].usage), frozen when the allocation is computed, so that records arriving later do not
-- change a finished cycle's figures. NULL for allocations made before this migration (the
-- server then sums the records of the cycle's period on read).
ALTER TABLE cycle_allocations
    ADD COLUMN usage_calls             numeric(78, 0),
    ADD COLUMN usage_bytes_out         numeric(78, 0),
    ADD COLUMN usage_response_ms_total numeric(78, 0),
    ADD COLUMN usage_errors            numeric(78, 0);
