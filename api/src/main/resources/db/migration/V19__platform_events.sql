-- Issue 15: events and webhooks. Portable SQL for H2 and PostgreSQL.

-- The transactional outbox: one row per event and recipient organisation, written in the same
-- transaction as the change it reports, so an event exists if and only if its change committed.
-- sequence stays NULL until the relay numbers committed events in the order it first sees them
-- (commit order), which is the order of the feed and of deliveries.
CREATE TABLE plt_event (
    id                        VARCHAR(36)  NOT NULL PRIMARY KEY,
    recipient_organisation_id VARCHAR(36)  NOT NULL,
    type                      VARCHAR(100) NOT NULL,
    source                    VARCHAR(200) NOT NULL,
    subject                   VARCHAR(300) NOT NULL,
    occurred_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    data                      VARCHAR(100000) NOT NULL,
    -- A test ping goes to one subscription only and is not part of the feed.
    target_subscription_id    VARCHAR(36),
    sequence                  BIGINT,
    CONSTRAINT plt_event_sequence_uq UNIQUE (sequence)
);
CREATE INDEX plt_event_feed_idx ON plt_event (recipient_organisation_id, sequence);
CREATE INDEX plt_event_unsequenced_idx ON plt_event (sequence, occurred_at, id);

-- The relay's counter; its row lock serialises numbering across instances.
CREATE TABLE plt_event_counter (
    name       VARCHAR(32) NOT NULL PRIMARY KEY,
    last_value BIGINT      NOT NULL
);
INSERT INTO plt_event_counter (name, last_value) VALUES ('feed', 0);

-- Time-based events (due, overdue, closed, expiring) are emitted once per occurrence, whichever
-- instance gets there first: the key's primary key is the arbiter, not memory.
CREATE TABLE plt_event_occurrence (
    occurrence_key VARCHAR(300) NOT NULL PRIMARY KEY,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE plt_webhook_subscription (
    id                         VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                    BIGINT        NOT NULL,
    owner_organisation_id      VARCHAR(36)   NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    url                        VARCHAR(2000) NOT NULL,
    event_types                VARCHAR(4000) NOT NULL,
    description                VARCHAR(500),
    status                     VARCHAR(16)   NOT NULL,
    failing_since              TIMESTAMP WITH TIME ZONE,
    secret                     VARCHAR(100)  NOT NULL,
    previous_secret            VARCHAR(100),
    previous_secret_expires_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX plt_webhook_subscription_owner_idx ON plt_webhook_subscription (owner_organisation_id, created_at, id);

-- One row per event and subscription; attempts are its log. leased_until is how an instance
-- claims a delivery while it sends it: a crashed instance's lease runs out and another retries.
CREATE TABLE plt_webhook_delivery (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    subscription_id VARCHAR(36)  NOT NULL REFERENCES plt_webhook_subscription (id) ON DELETE CASCADE,
    event_id        VARCHAR(36)  NOT NULL REFERENCES plt_event (id) ON DELETE CASCADE,
    subject         VARCHAR(300) NOT NULL,
    sequence        BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    leased_until    TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER
);
CREATE INDEX plt_webhook_delivery_due_idx ON plt_webhook_delivery (status, next_attempt_at);
CREATE INDEX plt_webhook_delivery_order_idx ON plt_webhook_delivery (subscription_id, subject, status, sequence);
CREATE INDEX plt_webhook_delivery_log_idx ON plt_webhook_delivery (subscription_id, created_at, id);
CREATE INDEX plt_webhook_delivery_event_idx ON plt_webhook_delivery (event_id);

CREATE TABLE plt_webhook_attempt (
    id               VARCHAR(36) NOT NULL PRIMARY KEY,
    delivery_id      VARCHAR(36) NOT NULL REFERENCES plt_webhook_delivery (id) ON DELETE CASCADE,
    attempt_number   INTEGER     NOT NULL,
    attempted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code      INTEGER,
    latency_ms       BIGINT      NOT NULL,
    error            VARCHAR(500),
    response_excerpt VARCHAR(500)
);
CREATE INDEX plt_webhook_attempt_delivery_idx ON plt_webhook_attempt (delivery_id, attempt_number);
