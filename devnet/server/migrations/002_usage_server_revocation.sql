-- Usage servers can be revoked (DELETE /servers/{serverId}): from then on their token is refused;
-- the row stays (GET /servers shows it as revoked) and so does the usage it submitted.
ALTER TABLE usage_servers
    ADD COLUMN revoked_at timestamptz,
    ADD COLUMN revoked_by text,
    ADD CONSTRAINT usage_servers_revoked_by CHECK ((revoked_at IS NULL) = (revoked_by IS NULL));
