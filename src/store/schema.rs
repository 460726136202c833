//! The schema, as an append-only list of migrations run under `PRAGMA user_version`.
//! Never remove or edit a migration entry once released: add a new one.

/// `PRAGMA application_id` of an acctl store ("acct"), so a foreign SQLite file is recognised.
pub const APPLICATION_ID: i64 = 0x6163_6374;

pub const MIGRATIONS: &[&str] = &[
    // 1: the whole model.
    r#"
CREATE TABLE account (
    id          TEXT PRIMARY KEY,
    singleton   INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE billing_account (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('prepaid', 'postpaid')),
    currency    TEXT NOT NULL CHECK (length(currency) = 3),
    balance     INTEGER,
    legal_name  TEXT,
    address     TEXT,
    tax_id      TEXT,
    is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at  INTEGER NOT NULL,
    CHECK ((kind = 'prepaid') = (balance IS NOT NULL)),
    CHECK (balance IS NULL OR balance >= 0)
) STRICT;
CREATE UNIQUE INDEX billing_account_one_default ON billing_account(is_default) WHERE is_default = 1;

-- Projects (parent_id NULL) and subprojects (parent_id a project) in one table, so that
-- resources, keys and charges name either by one foreign key.
CREATE TABLE node (
    id                 TEXT PRIMARY KEY,
    parent_id          TEXT REFERENCES node(id),
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    name_key           TEXT NOT NULL,
    billing_account_id TEXT REFERENCES billing_account(id),
    external_id        TEXT,
    credit_limit       INTEGER CHECK (credit_limit IS NULL OR credit_limit >= 0),
    total_spent        INTEGER NOT NULL DEFAULT 0 CHECK (total_spent >= 0),
    status             TEXT NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'suspended', 'deleted')),
    created_at         INTEGER NOT NULL,
    deleted_at         INTEGER,
    -- R03/R08: a project links to exactly one billing account, a subproject never does.
    CHECK ((parent_id IS NULL) = (billing_account_id IS NOT NULL)),
    -- R12/R05: credit limits and external ids are the subproject's alone.
    CHECK (parent_id IS NOT NULL OR (credit_limit IS NULL AND external_id IS NULL)),
    -- R14: only subprojects are suspended.
    CHECK (parent_id IS NOT NULL OR status <> 'suspended'),
    CHECK ((status = 'deleted') = (deleted_at IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX node_live_name ON node(ifnull(parent_id, ''), name_key) WHERE status <> 'deleted';
CREATE UNIQUE INDEX node_live_external_id ON node(parent_id, external_id)
    WHERE external_id IS NOT NULL AND status <> 'deleted';
CREATE INDEX node_parent ON node(parent_id, name_key);
CREATE INDEX node_billing ON node(billing_account_id) WHERE billing_account_id IS NOT NULL;

-- R04: at most three tiers, refused by the store itself.
CREATE TRIGGER node_depth BEFORE INSERT ON node
WHEN NEW.parent_id IS NOT NULL
 AND (SELECT parent_id FROM node WHERE id = NEW.parent_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'R04: a subproject cannot have subprojects');
END;
-- R03: a subproject's parent is fixed at creation.
CREATE TRIGGER node_fixed_parent BEFORE UPDATE OF parent_id ON node
WHEN NEW.parent_id IS NOT OLD.parent_id
BEGIN
    SELECT RAISE(ABORT, 'R03: a subproject is never re-parented');
END;

CREATE TABLE label (
    node_id TEXT NOT NULL REFERENCES node(id),
    key     TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (node_id, key)
) STRICT, WITHOUT ROWID;
CREATE INDEX label_key_value ON label(key, value);

CREATE TABLE resource (
    id          TEXT PRIMARY KEY,
    node_id     TEXT NOT NULL REFERENCES node(id),
    kind        TEXT NOT NULL CHECK (kind IN ('number', 'app', 'service-api', 'webhook', 'config')),
    value       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (kind, value)
) STRICT;
CREATE INDEX resource_node ON resource(node_id);

CREATE TABLE user (
    id          TEXT PRIMARY KEY,
    email       TEXT NOT NULL,
    email_key   TEXT NOT NULL UNIQUE,
    name        TEXT,
    created_at  INTEGER NOT NULL
) STRICT;

-- R18: grants on the account (node_id NULL) or on a project, never on a subproject.
CREATE TABLE grant_ (
    user_id     TEXT NOT NULL REFERENCES user(id),
    node_id     TEXT REFERENCES node(id),
    role        TEXT NOT NULL CHECK (role IN ('viewer', 'developer', 'admin')),
    created_at  INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX grant_one_per_scope ON grant_(user_id, ifnull(node_id, ''));
CREATE INDEX grant_node ON grant_(node_id);
CREATE TRIGGER grant_not_on_subproject BEFORE INSERT ON grant_
WHEN NEW.node_id IS NOT NULL
 AND (SELECT parent_id FROM node WHERE id = NEW.node_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'R18: no grant on a subproject');
END;

-- R20-R22: keys on a project or subproject; only hashes of their secrets are kept.
CREATE TABLE api_key (
    id          TEXT PRIMARY KEY,
    name        TEXT,
    node_id     TEXT NOT NULL REFERENCES node(id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER,
    revoked_at  INTEGER
) STRICT;
CREATE INDEX api_key_node ON api_key(node_id);
CREATE TABLE key_secret (
    hash        BLOB PRIMARY KEY,
    key_id      TEXT NOT NULL REFERENCES api_key(id),
    created_at  INTEGER NOT NULL,
    ends_at     INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX key_secret_key ON key_secret(key_id);

CREATE TABLE topup (
    id                 TEXT PRIMARY KEY,
    billing_account_id TEXT NOT NULL REFERENCES billing_account(id),
    amount             INTEGER NOT NULL CHECK (amount > 0),
    created_at         INTEGER NOT NULL,
    idempotency_key    TEXT UNIQUE
) STRICT;
CREATE INDEX topup_billing ON topup(billing_account_id, created_at);

CREATE TABLE charge (
    id                 TEXT PRIMARY KEY,
    node_id            TEXT NOT NULL REFERENCES node(id),
    billing_account_id TEXT NOT NULL REFERENCES billing_account(id),
    amount             INTEGER NOT NULL CHECK (amount > 0),
    product            TEXT,
    quantity           INTEGER CHECK (quantity IS NULL OR quantity >= 0),
    description        TEXT,
    created_at         INTEGER NOT NULL,
    idempotency_key    TEXT UNIQUE
) STRICT;
-- Covers `usage report`, `invoice`, `usage list --period` and the ledger: they read only this
-- index. Charges have no other index (but the unique idempotency key): each one costs a
-- million-charge import about 2.5 s.
CREATE INDEX charge_period ON charge(created_at, billing_account_id, node_id, product, quantity, amount);

-- R25: an append-only, hash-chained log.
CREATE TABLE audit (
    seq         INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    detail      TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;
CREATE INDEX audit_at ON audit(at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'R25: the audit log is never edited');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'R25: the audit log is never edited');
END;
"#,
];
