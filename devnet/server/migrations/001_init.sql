-- BackendShield reference operator server: initial schema.
-- Amounts and weights are numeric(78,0) (uint256 range) and leave the database only as text,
-- so no value ever passes through a float.

CREATE TABLE providers (
    seq                bigserial PRIMARY KEY,          -- stable order for cursors
    provider_id        text NOT NULL UNIQUE,
    address            text NOT NULL UNIQUE,           -- EIP-55 checksummed
    eerc_public_key    text[] NOT NULL CHECK (cardinality(eerc_public_key) = 2),
    display_name       text NOT NULL,
    contact_email      text NOT NULL,
    api                jsonb NOT NULL,
    registration_hash  text NOT NULL,                  -- sha256 of the canonical registration body
    status             text NOT NULL CHECK (status IN
                           ('registered', 'integrated', 'earning_revenue', 'suspended')),
    onchain_registered boolean NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE provider_status_changes (
    id          bigserial PRIMARY KEY,
    provider_id text NOT NULL REFERENCES providers (provider_id),
    from_status text NOT NULL,
    to_status   text NOT NULL,
    reason      text,
    changed_by  text NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now()
);

-- Signed-request nonces; a nonce is refused while seen_at is within the replay window.
CREATE TABLE auth_nonces (
    address text NOT NULL,
    nonce   text NOT NULL,
    seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (address, nonce)
);
CREATE INDEX auth_nonces_seen_at ON auth_nonces (seen_at);

CREATE TABLE usage_servers (
    seq          bigserial PRIMARY KEY,
    server_id    text NOT NULL UNIQUE,
    name         text NOT NULL,
    token_sha256 text NOT NULL UNIQUE,                 -- only the hash of the bearer token
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE usage_batches (
    server_id    text NOT NULL REFERENCES usage_servers (server_id),
    batch_id     text NOT NULL,
    period_start timestamptz NOT NULL,
    period_end   timestamptz NOT NULL,
    record_count integer NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (server_id, batch_id),
    CHECK (period_start < period_end)
);

CREATE TABLE usage_records (
    id                bigserial PRIMARY KEY,
    server_id         text NOT NULL,
    batch_id          text NOT NULL,
    provider_id       text NOT NULL REFERENCES providers (provider_id),
    period_start      timestamptz NOT NULL,
    period_end        timestamptz NOT NULL,
    calls             bigint NOT NULL CHECK (calls BETWEEN 0 AND 9007199254740991),
    bytes_out         bigint NOT NULL CHECK (bytes_out BETWEEN 0 AND 9007199254740991),
    response_ms_total bigint NOT NULL CHECK (response_ms_total BETWEEN 0 AND 9007199254740991),
    errors            bigint NOT NULL CHECK (errors BETWEEN 0 AND 9007199254740991),
    FOREIGN KEY (server_id, batch_id) REFERENCES usage_batches (server_id, batch_id)
);
CREATE INDEX usage_records_period ON usage_records (period_start, provider_id);

CREATE TABLE cycles (
    seq            bigserial PRIMARY KEY,
    cycle_id       text NOT NULL UNIQUE,
    period_start   timestamptz NOT NULL,
    period_end     timestamptz NOT NULL,
    pool           numeric(78, 0) NOT NULL CHECK (pool >= 0),
    total_weight   numeric(78, 0),
    provider_count integer,
    status         text NOT NULL CHECK (status IN
                       ('collecting_metrics', 'calculating_revenue', 'generating_proofs',
                        'distributing_payments', 'completed', 'failed',
                        'skipped_insufficient_usage')),
    error          text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    completed_at   timestamptz,
    CHECK (period_start < period_end)
);

-- One row per provider with a non-zero weight in the cycle; amount 0 rows get no transfer.
CREATE TABLE cycle_allocations (
    cycle_id     text NOT NULL REFERENCES cycles (cycle_id),
    provider_id  text NOT NULL REFERENCES providers (provider_id),
    address      text NOT NULL,
    weight       numeric(78, 0) NOT NULL,
    amount       numeric(78, 0) NOT NULL,
    -- queued -> submitted (signed tx persisted before broadcast) -> confirmed | failed
    status       text NOT NULL CHECK (status IN ('none', 'queued', 'submitted', 'confirmed', 'failed')),
    tx_hash      text,
    raw_tx       text,
    block_number bigint,
    log_index    integer,
    error        text,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (cycle_id, provider_id)
);
CREATE UNIQUE INDEX cycle_allocations_tx ON cycle_allocations (tx_hash) WHERE tx_hash IS NOT NULL;

-- Operator deposits of USDC into the eERC contract (public amounts).
CREATE TABLE deposits (
    id           bigserial PRIMARY KEY,
    cycle_id     text REFERENCES cycles (cycle_id),
    amount       numeric(78, 0) NOT NULL,
    status       text NOT NULL CHECK (status IN ('submitted', 'confirmed', 'failed')),
    tx_hash      text UNIQUE,
    raw_tx       text,
    block_number bigint,
    created_at   timestamptz NOT NULL DEFAULT now()
);
