-- A planner's what-if copies of a cycle's inputs (SPEC §6) and their solved results.
CREATE TABLE scenario (
    id              VARCHAR(36)  PRIMARY KEY,
    cycle_id        VARCHAR(36)  NOT NULL REFERENCES cycle(id),
    name            VARCHAR(200) NOT NULL,
    status          VARCHAR(20)  NOT NULL, -- solving | done | failed
    changes         TEXT         NOT NULL, -- the changes asked for, JSON
    economy         TEXT         NOT NULL, -- the forked inputs, a veche.economy/1 document
    result          TEXT,                  -- plan, metrics and valuations, JSON; set when done
    message         TEXT,                  -- why it failed
    created_at      BIGINT       NOT NULL,
    finished_at     BIGINT
);

CREATE INDEX scenario_cycle ON scenario (cycle_id, created_at);
