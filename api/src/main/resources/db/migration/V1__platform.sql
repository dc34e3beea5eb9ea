-- Platform tables: the audit trail and idempotency keys. Portable SQL for H2 and PostgreSQL.

CREATE TABLE plt_audit_event (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    subject               VARCHAR(255) NOT NULL,
    actor_organisation_id VARCHAR(36),
    owner_organisation_id VARCHAR(36),
    entity_type           VARCHAR(64)  NOT NULL,
    entity_id             VARCHAR(36)  NOT NULL,
    action                VARCHAR(16)  NOT NULL,
    changed_fields        VARCHAR(2000),
    request_id            VARCHAR(128)
);
CREATE INDEX plt_audit_event_owner_idx ON plt_audit_event (owner_organisation_id, occurred_at, id);
CREATE INDEX plt_audit_event_entity_idx ON plt_audit_event (entity_id, occurred_at, id);
CREATE INDEX plt_audit_event_time_idx ON plt_audit_event (occurred_at, id);

CREATE TABLE plt_idempotency_key (
    scope             VARCHAR(300)  NOT NULL,
    idempotency_key   VARCHAR(255)  NOT NULL,
    request_hash      VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status   INTEGER,
    response_body     VARCHAR(1000000),
    response_location VARCHAR(2000),
    response_etag     VARCHAR(200),
    CONSTRAINT plt_idempotency_key_pk PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX plt_idempotency_key_expiry_idx ON plt_idempotency_key (expires_at);
