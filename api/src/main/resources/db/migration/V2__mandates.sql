-- Delegates' mandates (SPEC §5.8): an assembly lets a delegate answer for it in some rounds, under
-- machine-checkable instructions; revocable at any time. The delegate's token is stored hashed.
CREATE TABLE mandate (
    id              VARCHAR(36)  PRIMARY KEY,
    cycle_id        VARCHAR(36)  NOT NULL REFERENCES cycle(id),
    assembly_id     VARCHAR(200) NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    from_round      INTEGER      NOT NULL,
    to_round        INTEGER      NOT NULL,
    instructions    TEXT         NOT NULL,
    created_at      BIGINT       NOT NULL,
    revoked_at      BIGINT
);
CREATE UNIQUE INDEX mandate_token ON mandate (cycle_id, token_hash);
