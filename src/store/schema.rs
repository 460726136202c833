//! The schema of each backend, as an append-only list of migrations: SQLite runs them under
//! `PRAGMA user_version`, PostgreSQL under `acctl_meta.schema_version`. Entry N of both lists
//! is the same model, so a store copied between backends keeps its version.
//! Never remove or edit a migration entry once released: add a new one.

/// `PRAGMA application_id` of an acctl store ("acct"), so a foreign SQLite file is recognised.
pub const APPLICATION_ID: i64 = 0x6163_6374;

pub const SQLITE: &[&str] = &[
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
    // 2: spend control (R29-R32): limit periods and alert thresholds on subprojects, what
    // each node spent per calendar month, reversals of charges, transfers between prepaid
    // billing accounts, and alerts.
    r#"
ALTER TABLE node ADD COLUMN limit_period TEXT NOT NULL DEFAULT 'lifetime'
    CHECK (limit_period IN ('lifetime', 'monthly'));
-- Percentages of the limit, ascending, comma-separated; '' for none (R30).
ALTER TABLE node ADD COLUMN alert_thresholds TEXT NOT NULL DEFAULT '80,100';

-- R29: what a node spent in each calendar month (UTC), charges less their reversals, by the
-- month of the charge: the monthly limit's running total, kept beside the lifetime one.
CREATE TABLE spend_month (
    node_id TEXT NOT NULL REFERENCES node(id),
    month   TEXT NOT NULL CHECK (length(month) = 7),
    spent   INTEGER NOT NULL CHECK (spent >= 0),
    PRIMARY KEY (node_id, month)
) STRICT, WITHOUT ROWID;
INSERT INTO spend_month (node_id, month, spent)
    SELECT node_id, strftime('%Y-%m', created_at, 'unixepoch'), sum(amount)
    FROM charge GROUP BY 1, 2;

-- R31: a reversal names its charge; it keeps the charge's node and billing account.
CREATE TABLE reversal (
    id                 TEXT PRIMARY KEY,
    charge_id          TEXT NOT NULL REFERENCES charge(id),
    node_id            TEXT NOT NULL REFERENCES node(id),
    billing_account_id TEXT NOT NULL REFERENCES billing_account(id),
    amount             INTEGER NOT NULL CHECK (amount > 0),
    reason             TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    created_at         INTEGER NOT NULL,
    idempotency_key    TEXT UNIQUE
) STRICT;
CREATE INDEX reversal_charge ON reversal(charge_id);
CREATE INDEX reversal_billing ON reversal(billing_account_id, created_at);

-- R32: money moved between two prepaid billing accounts.
CREATE TABLE transfer (
    id                      TEXT PRIMARY KEY,
    from_billing_account_id TEXT NOT NULL REFERENCES billing_account(id),
    to_billing_account_id   TEXT NOT NULL REFERENCES billing_account(id),
    amount                  INTEGER NOT NULL CHECK (amount > 0),
    created_at              INTEGER NOT NULL,
    idempotency_key         TEXT UNIQUE,
    CHECK (from_billing_account_id <> to_billing_account_id)
) STRICT;
CREATE INDEX transfer_from ON transfer(from_billing_account_id, created_at);
CREATE INDEX transfer_to ON transfer(to_billing_account_id, created_at);

-- R30: one alert per subproject, threshold, limit period and limit; seq is the order raised.
CREATE TABLE alert (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    at           INTEGER NOT NULL,
    node_id      TEXT NOT NULL REFERENCES node(id),
    threshold    INTEGER NOT NULL CHECK (threshold BETWEEN 1 AND 100),
    spent        INTEGER NOT NULL,
    limit_amount INTEGER NOT NULL,
    period       TEXT NOT NULL,
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    charge_id    TEXT,
    UNIQUE (node_id, threshold, period, limit_amount)
) STRICT;
CREATE INDEX alert_at ON alert(at);
"#,
    // 3: day-two operations (R33-R37).
    r#"
-- R33: the time of each project's, subproject's and billing account's last change.
ALTER TABLE node ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE node SET updated_at = coalesce(deleted_at, created_at);
ALTER TABLE billing_account ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE billing_account SET updated_at = created_at;
-- R34: a protected project or subproject is never deleted.
ALTER TABLE node ADD COLUMN protected INTEGER NOT NULL DEFAULT 0 CHECK (protected IN (0, 1));
-- R35: what a key may do within its scope.
ALTER TABLE api_key ADD COLUMN role TEXT NOT NULL DEFAULT 'full'
    CHECK (role IN ('full', 'usage', 'read'));
-- R36: the account's quotas (NULL: none).
ALTER TABLE account ADD COLUMN quota_subprojects INTEGER
    CHECK (quota_subprojects IS NULL OR quota_subprojects >= 0);
ALTER TABLE account ADD COLUMN quota_keys INTEGER
    CHECK (quota_keys IS NULL OR quota_keys >= 0);
-- The id of a project or subproject an entry is about, so its history survives renames.
ALTER TABLE audit ADD COLUMN target_id TEXT;
CREATE INDEX audit_target_id ON audit(target_id) WHERE target_id IS NOT NULL;
"#,
    // 4: usage at scale (issue #14). Charges arrive at any time of their month (an import
    // of last month's usage), so an index keyed by time took each one at a random place and
    // made a million-charge import four times slower than the rows alone. Charges are now
    // found by day, an index whose entries append within each day (day, then rowid), and the
    // report and invoice read whole months from a roll-up kept beside the charges.
    r#"
DROP INDEX IF EXISTS charge_period;
-- `usage list --period`, the ledger and a report's partial months find charges by their UTC
-- day (`created_at / 86400`, as the queries write it) and then read each row.
CREATE INDEX charge_day ON charge(created_at / 86400);
-- R13: charges summed per UTC month (its first second), billing account, node and product
-- (`''`: none), as every charge adds to it; `check` verifies it against the charges. Never
-- reversals: a report sums charges, an invoice lists reversals as credits. R41: the amount is
-- kept as whole units and micro-units, two sums that no reachable number of charges overflows.
CREATE TABLE charge_month (
    month              INTEGER NOT NULL,
    billing_account_id TEXT NOT NULL,
    node_id            TEXT NOT NULL,
    product            TEXT NOT NULL,
    quantity           INTEGER NOT NULL,
    units              INTEGER NOT NULL,
    micros             INTEGER NOT NULL,
    charges            INTEGER NOT NULL,
    PRIMARY KEY (month, billing_account_id, node_id, product)
) STRICT, WITHOUT ROWID;
INSERT INTO charge_month (month, billing_account_id, node_id, product, quantity, units, micros, charges)
    SELECT unixepoch(created_at, 'unixepoch', 'start of month'), billing_account_id, node_id,
           coalesce(product, ''), sum(coalesce(quantity, 0)), sum(amount / 1000000),
           sum(amount % 1000000), count(*)
    FROM charge GROUP BY 1, 2, 3, 4;
"#,
];

/// The PostgreSQL schema: the same tables, columns and rules as [`SQLITE`], in PostgreSQL's
/// terms. Integers are `BIGINT` (micro-units and times do not fit 32 bits); text sorts with
/// `COLLATE "C"`, byte order, as SQLite's does; `charge` and `topup` have a `rowid` identity
/// that keeps insertion order as SQLite's rowid does. The store's own row, `acctl_meta`,
/// holds the schema version and is the lock every write transaction takes first.
pub const POSTGRES: &[&str] = &[
    // 1: the whole model.
    r#"
CREATE TABLE acctl_meta (
    singleton      BIGINT PRIMARY KEY CHECK (singleton = 1),
    schema_version BIGINT NOT NULL,
    application    TEXT NOT NULL
);

CREATE TABLE account (
    id          TEXT COLLATE "C" PRIMARY KEY,
    singleton   BIGINT NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    name        TEXT COLLATE "C" NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    created_at  BIGINT NOT NULL
);

CREATE TABLE billing_account (
    id          TEXT COLLATE "C" PRIMARY KEY,
    name        TEXT COLLATE "C" NOT NULL,
    name_key    TEXT COLLATE "C" NOT NULL UNIQUE,
    kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('prepaid', 'postpaid')),
    currency    TEXT COLLATE "C" NOT NULL CHECK (length(currency) = 3),
    balance     BIGINT,
    legal_name  TEXT COLLATE "C",
    address     TEXT COLLATE "C",
    tax_id      TEXT COLLATE "C",
    is_default  BIGINT NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at  BIGINT NOT NULL,
    CHECK ((kind = 'prepaid') = (balance IS NOT NULL)),
    CHECK (balance IS NULL OR balance >= 0)
);
CREATE UNIQUE INDEX billing_account_one_default ON billing_account(is_default) WHERE is_default = 1;

CREATE TABLE node (
    id                 TEXT COLLATE "C" PRIMARY KEY,
    parent_id          TEXT COLLATE "C" REFERENCES node(id),
    name               TEXT COLLATE "C" NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    name_key           TEXT COLLATE "C" NOT NULL,
    billing_account_id TEXT COLLATE "C" REFERENCES billing_account(id),
    external_id        TEXT COLLATE "C",
    credit_limit       BIGINT CHECK (credit_limit IS NULL OR credit_limit >= 0),
    total_spent        BIGINT NOT NULL DEFAULT 0 CHECK (total_spent >= 0),
    status             TEXT COLLATE "C" NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'suspended', 'deleted')),
    created_at         BIGINT NOT NULL,
    deleted_at         BIGINT,
    CHECK ((parent_id IS NULL) = (billing_account_id IS NOT NULL)),
    CHECK (parent_id IS NOT NULL OR (credit_limit IS NULL AND external_id IS NULL)),
    CHECK (parent_id IS NOT NULL OR status <> 'suspended'),
    CHECK ((status = 'deleted') = (deleted_at IS NOT NULL))
);
CREATE UNIQUE INDEX node_live_name ON node(coalesce(parent_id, ''), name_key) WHERE status <> 'deleted';
CREATE UNIQUE INDEX node_live_external_id ON node(parent_id, external_id)
    WHERE external_id IS NOT NULL AND status <> 'deleted';
CREATE INDEX node_parent ON node(parent_id, name_key);
CREATE INDEX node_billing ON node(billing_account_id) WHERE billing_account_id IS NOT NULL;

-- R04: at most three tiers, refused by the store itself.
CREATE FUNCTION acctl_node_depth() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.parent_id IS NOT NULL
       AND (SELECT parent_id FROM node WHERE id = NEW.parent_id) IS NOT NULL THEN
        RAISE EXCEPTION 'R04: a subproject cannot have subprojects';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER node_depth BEFORE INSERT ON node
    FOR EACH ROW EXECUTE FUNCTION acctl_node_depth();
-- R03: a subproject's parent is fixed at creation.
CREATE FUNCTION acctl_node_fixed_parent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.parent_id IS DISTINCT FROM OLD.parent_id THEN
        RAISE EXCEPTION 'R03: a subproject is never re-parented';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER node_fixed_parent BEFORE UPDATE OF parent_id ON node
    FOR EACH ROW EXECUTE FUNCTION acctl_node_fixed_parent();

CREATE TABLE label (
    node_id TEXT COLLATE "C" NOT NULL REFERENCES node(id),
    key     TEXT COLLATE "C" NOT NULL,
    value   TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (node_id, key)
);
CREATE INDEX label_key_value ON label(key, value);

CREATE TABLE resource (
    id          TEXT COLLATE "C" PRIMARY KEY,
    node_id     TEXT COLLATE "C" NOT NULL REFERENCES node(id),
    kind        TEXT COLLATE "C" NOT NULL
                CHECK (kind IN ('number', 'app', 'service-api', 'webhook', 'config')),
    value       TEXT COLLATE "C" NOT NULL,
    created_at  BIGINT NOT NULL,
    UNIQUE (kind, value)
);
CREATE INDEX resource_node ON resource(node_id);

CREATE TABLE "user" (
    id          TEXT COLLATE "C" PRIMARY KEY,
    email       TEXT COLLATE "C" NOT NULL,
    email_key   TEXT COLLATE "C" NOT NULL UNIQUE,
    name        TEXT COLLATE "C",
    created_at  BIGINT NOT NULL
);

CREATE TABLE grant_ (
    user_id     TEXT COLLATE "C" NOT NULL REFERENCES "user"(id),
    node_id     TEXT COLLATE "C" REFERENCES node(id),
    role        TEXT COLLATE "C" NOT NULL CHECK (role IN ('viewer', 'developer', 'admin')),
    created_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX grant_one_per_scope ON grant_(user_id, coalesce(node_id, ''));
CREATE INDEX grant_node ON grant_(node_id);
CREATE FUNCTION acctl_grant_not_on_subproject() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.node_id IS NOT NULL
       AND (SELECT parent_id FROM node WHERE id = NEW.node_id) IS NOT NULL THEN
        RAISE EXCEPTION 'R18: no grant on a subproject';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER grant_not_on_subproject BEFORE INSERT ON grant_
    FOR EACH ROW EXECUTE FUNCTION acctl_grant_not_on_subproject();

CREATE TABLE api_key (
    id          TEXT COLLATE "C" PRIMARY KEY,
    name        TEXT COLLATE "C",
    node_id     TEXT COLLATE "C" NOT NULL REFERENCES node(id),
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT,
    revoked_at  BIGINT
);
CREATE INDEX api_key_node ON api_key(node_id);
CREATE TABLE key_secret (
    hash        BYTEA PRIMARY KEY,
    key_id      TEXT COLLATE "C" NOT NULL REFERENCES api_key(id),
    created_at  BIGINT NOT NULL,
    ends_at     BIGINT
);
CREATE INDEX key_secret_key ON key_secret(key_id);

CREATE TABLE topup (
    rowid              BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
    id                 TEXT COLLATE "C" PRIMARY KEY,
    billing_account_id TEXT COLLATE "C" NOT NULL REFERENCES billing_account(id),
    amount             BIGINT NOT NULL CHECK (amount > 0),
    created_at         BIGINT NOT NULL,
    idempotency_key    TEXT COLLATE "C" UNIQUE
);
CREATE INDEX topup_billing ON topup(billing_account_id, created_at);

CREATE TABLE charge (
    rowid              BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
    id                 TEXT COLLATE "C" PRIMARY KEY,
    node_id            TEXT COLLATE "C" NOT NULL REFERENCES node(id),
    billing_account_id TEXT COLLATE "C" NOT NULL REFERENCES billing_account(id),
    amount             BIGINT NOT NULL CHECK (amount > 0),
    product            TEXT COLLATE "C",
    quantity           BIGINT CHECK (quantity IS NULL OR quantity >= 0),
    description        TEXT COLLATE "C",
    created_at         BIGINT NOT NULL,
    idempotency_key    TEXT COLLATE "C" UNIQUE
);
CREATE INDEX charge_period ON charge(created_at, billing_account_id, node_id, product, quantity, amount);

-- R25: an append-only, hash-chained log.
CREATE TABLE audit (
    seq         BIGINT PRIMARY KEY,
    at          BIGINT NOT NULL,
    actor       TEXT COLLATE "C" NOT NULL,
    action      TEXT COLLATE "C" NOT NULL,
    target      TEXT COLLATE "C" NOT NULL,
    outcome     TEXT COLLATE "C" NOT NULL,
    detail      TEXT COLLATE "C",
    prev_hash   TEXT COLLATE "C" NOT NULL,
    hash        TEXT COLLATE "C" NOT NULL
);
CREATE INDEX audit_at ON audit(at);
CREATE FUNCTION acctl_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'R25: the audit log is never edited';
END $$;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    FOR EACH ROW EXECUTE FUNCTION acctl_audit_append_only();
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION acctl_audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION acctl_audit_append_only();
"#,
    // 2: spend control (R29-R32), as in SQLite's entry 2.
    r#"
ALTER TABLE node ADD COLUMN limit_period TEXT COLLATE "C" NOT NULL DEFAULT 'lifetime'
    CHECK (limit_period IN ('lifetime', 'monthly'));
ALTER TABLE node ADD COLUMN alert_thresholds TEXT COLLATE "C" NOT NULL DEFAULT '80,100';

CREATE TABLE spend_month (
    node_id TEXT COLLATE "C" NOT NULL REFERENCES node(id),
    month   TEXT COLLATE "C" NOT NULL CHECK (length(month) = 7),
    spent   BIGINT NOT NULL CHECK (spent >= 0),
    PRIMARY KEY (node_id, month)
);
INSERT INTO spend_month (node_id, month, spent)
    SELECT node_id, to_char(to_timestamp(created_at) AT TIME ZONE 'UTC', 'YYYY-MM'), sum(amount)
    FROM charge GROUP BY 1, 2;

CREATE TABLE reversal (
    rowid              BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
    id                 TEXT COLLATE "C" PRIMARY KEY,
    charge_id          TEXT COLLATE "C" NOT NULL REFERENCES charge(id),
    node_id            TEXT COLLATE "C" NOT NULL REFERENCES node(id),
    billing_account_id TEXT COLLATE "C" NOT NULL REFERENCES billing_account(id),
    amount             BIGINT NOT NULL CHECK (amount > 0),
    reason             TEXT COLLATE "C" NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    created_at         BIGINT NOT NULL,
    idempotency_key    TEXT COLLATE "C" UNIQUE
);
CREATE INDEX reversal_charge ON reversal(charge_id);
CREATE INDEX reversal_billing ON reversal(billing_account_id, created_at);

CREATE TABLE transfer (
    rowid                   BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
    id                      TEXT COLLATE "C" PRIMARY KEY,
    from_billing_account_id TEXT COLLATE "C" NOT NULL REFERENCES billing_account(id),
    to_billing_account_id   TEXT COLLATE "C" NOT NULL REFERENCES billing_account(id),
    amount                  BIGINT NOT NULL CHECK (amount > 0),
    created_at              BIGINT NOT NULL,
    idempotency_key         TEXT COLLATE "C" UNIQUE,
    CHECK (from_billing_account_id <> to_billing_account_id)
);
CREATE INDEX transfer_from ON transfer(from_billing_account_id, created_at);
CREATE INDEX transfer_to ON transfer(to_billing_account_id, created_at);

CREATE TABLE alert (
    seq          BIGINT PRIMARY KEY,
    id           TEXT COLLATE "C" NOT NULL UNIQUE,
    at           BIGINT NOT NULL,
    node_id      TEXT COLLATE "C" NOT NULL REFERENCES node(id),
    threshold    BIGINT NOT NULL CHECK (threshold BETWEEN 1 AND 100),
    spent        BIGINT NOT NULL,
    limit_amount BIGINT NOT NULL,
    period       TEXT COLLATE "C" NOT NULL,
    currency     TEXT COLLATE "C" NOT NULL CHECK (length(currency) = 3),
    charge_id    TEXT COLLATE "C",
    UNIQUE (node_id, threshold, period, limit_amount)
);
CREATE INDEX alert_at ON alert(at);
"#,
    // 3: day-two operations (R33-R37).
    r#"
-- R33: the time of each project's, subproject's and billing account's last change.
ALTER TABLE node ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
UPDATE node SET updated_at = coalesce(deleted_at, created_at);
ALTER TABLE billing_account ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
UPDATE billing_account SET updated_at = created_at;
-- R34: a protected project or subproject is never deleted.
ALTER TABLE node ADD COLUMN protected BIGINT NOT NULL DEFAULT 0 CHECK (protected IN (0, 1));
-- R35: what a key may do within its scope.
ALTER TABLE api_key ADD COLUMN role TEXT COLLATE "C" NOT NULL DEFAULT 'full'
    CHECK (role IN ('full', 'usage', 'read'));
-- R36: the account's quotas (NULL: none).
ALTER TABLE account ADD COLUMN quota_subprojects BIGINT
    CHECK (quota_subprojects IS NULL OR quota_subprojects >= 0);
ALTER TABLE account ADD COLUMN quota_keys BIGINT
    CHECK (quota_keys IS NULL OR quota_keys >= 0);
-- The id of a project or subproject an entry is about, so its history survives renames.
ALTER TABLE audit ADD COLUMN target_id TEXT COLLATE "C";
CREATE INDEX audit_target_id ON audit(target_id) WHERE target_id IS NOT NULL;
"#,
    // 4: usage at scale (issue #14), as in SQLite's 4.
    r#"
DROP INDEX IF EXISTS charge_period;
CREATE INDEX charge_day ON charge ((created_at / 86400));
CREATE TABLE charge_month (
    month              BIGINT NOT NULL,
    billing_account_id TEXT COLLATE "C" NOT NULL,
    node_id            TEXT COLLATE "C" NOT NULL,
    product            TEXT COLLATE "C" NOT NULL,
    quantity           BIGINT NOT NULL,
    units              BIGINT NOT NULL,
    micros             BIGINT NOT NULL,
    charges            BIGINT NOT NULL,
    PRIMARY KEY (month, billing_account_id, node_id, product)
);
INSERT INTO charge_month (month, billing_account_id, node_id, product, quantity, units, micros, charges)
    SELECT CAST(extract(epoch FROM date_trunc('month', to_timestamp(created_at) AT TIME ZONE 'UTC')) AS BIGINT),
           billing_account_id, node_id, coalesce(product, ''), sum(coalesce(quantity, 0)),
           sum(amount / 1000000), sum(amount % 1000000), count(*)
    FROM charge GROUP BY 1, 2, 3, 4;
"#,
];
