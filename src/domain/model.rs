//! The model's records as plain data: what the store returns and the domain reasons about.

use super::clock::{RealNow, Timestamp};
use super::money::{Amount, Currency};
use super::names::Labels;
use uuid::Uuid;

/// The root of the store (R01).
#[derive(Debug, Clone)]
pub struct Account {
    pub id: Uuid,
    pub name: String,
    pub created_at: Timestamp,
    pub quotas: Quotas,
}

/// R36: the account's quotas; `None` is no quota.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Quotas {
    /// The most live subprojects one project may hold.
    pub subprojects_per_project: Option<i64>,
    /// The most unrevoked keys one project or subproject may hold.
    pub keys_per_target: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BillingKind {
    Prepaid,
    Postpaid,
}

impl BillingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BillingKind::Prepaid => "prepaid",
            BillingKind::Postpaid => "postpaid",
        }
    }
    pub fn parse(s: &str) -> Option<BillingKind> {
        match s {
            "prepaid" => Some(BillingKind::Prepaid),
            "postpaid" => Some(BillingKind::Postpaid),
            _ => None,
        }
    }
}

/// A billing account (R07): its own currency and invoice; prepaid ones keep a balance.
#[derive(Debug, Clone)]
pub struct BillingAccount {
    pub id: Uuid,
    pub name: String,
    pub kind: BillingKind,
    pub currency: Currency,
    /// `Some` for prepaid, `None` for postpaid.
    pub balance: Option<Amount>,
    pub legal_name: Option<String>,
    pub address: Option<String>,
    pub tax_id: Option<String>,
    pub is_default: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// The lifecycle of a project or subproject (R14, R15, R16).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Active,
    Suspended,
    Deleted,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Suspended => "suspended",
            Status::Deleted => "deleted",
        }
    }
    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "active" => Some(Status::Active),
            "suspended" => Some(Status::Suspended),
            "deleted" => Some(Status::Deleted),
            _ => None,
        }
    }
}

/// A project (no parent) or a subproject (a parent project), with what its views need: its
/// parent's name and the currency it is billed in (its own link's, or its parent's).
#[derive(Debug, Clone)]
pub struct Node {
    pub id: Uuid,
    pub parent_id: Option<Uuid>,
    pub parent_name: Option<String>,
    pub name: String,
    /// The billing account a project links to; `None` on a subproject (R03, R08).
    pub billing_account_id: Option<Uuid>,
    pub currency: Currency,
    pub external_id: Option<String>,
    pub credit_limit: Option<Amount>,
    pub total_spent: Amount,
    pub status: Status,
    pub labels: Labels,
    pub created_at: Timestamp,
    pub deleted_at: Option<Timestamp>,
    pub updated_at: Timestamp,
    pub protected: bool,
    /// Whether the credit limit is against the total spent or a calendar month's (R29).
    pub limit_period: LimitPeriod,
    /// Percentages of the limit that raise an alert when spending reaches them (R30).
    pub alert_thresholds: Vec<u32>,
    /// What the node spent in the command's current calendar month (UTC), charges less
    /// reversals (R29).
    pub spent_this_month: Amount,
}

/// The period a subproject's credit limit is measured over (R29).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LimitPeriod {
    #[default]
    Lifetime,
    Monthly,
}

impl LimitPeriod {
    pub fn as_str(self) -> &'static str {
        match self {
            LimitPeriod::Lifetime => "lifetime",
            LimitPeriod::Monthly => "monthly",
        }
    }
    pub fn parse(s: &str) -> Option<LimitPeriod> {
        match s.trim().to_ascii_lowercase().as_str() {
            "lifetime" => Some(LimitPeriod::Lifetime),
            "monthly" => Some(LimitPeriod::Monthly),
            _ => None,
        }
    }
}

/// The alert thresholds a subproject has until it is given others (R30).
pub const DEFAULT_THRESHOLDS: [u32; 2] = [80, 100];

/// Alert thresholds as written by a person (`50,90`, `80 , 100`, `none`) or kept by the store
/// (`80,100`, empty for none): whole percentages from 1 to 100, returned ascending without
/// repeats.
pub fn parse_thresholds(raw: &str) -> std::result::Result<Vec<u32>, String> {
    let s = raw.trim();
    if s.is_empty() || s.eq_ignore_ascii_case("none") {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for part in s.split(',') {
        let p = part.trim().trim_end_matches('%');
        let n: u32 = p
            .parse()
            .ok()
            .and_then(percentage)
            .ok_or_else(|| format!("{:?} is not a percentage from 1 to 100", part.trim()))?;
        out.push(n);
    }
    Ok(normalise_thresholds(out))
}

/// R30: one alert threshold: a whole percentage from 1 to 100.
pub fn percentage(n: u32) -> Option<u32> {
    (1..=100).contains(&n).then_some(n)
}

/// R30: thresholds as a subproject keeps them: ascending, without repeats.
pub fn normalise_thresholds(mut t: Vec<u32>) -> Vec<u32> {
    t.sort_unstable();
    t.dedup();
    t
}

/// Alert thresholds as the store keeps them: `80,100`, or empty for none.
pub fn format_thresholds(t: &[u32]) -> String {
    t.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
}

impl Node {
    /// What counts against the credit limit now: the total spent, or this month's spending.
    pub fn spent_in_limit_period(&self) -> Amount {
        let month = || Ok::<_, std::convert::Infallible>(self.spent_this_month);
        match super::spend::counted(self.limit_period, self.total_spent, month) {
            Ok(a) => a,
        }
    }

    pub fn is_subproject(&self) -> bool {
        self.parent_id.is_some()
    }
    pub fn is_live(&self) -> bool {
        self.status != Status::Deleted
    }
    /// What kind of node this is, for messages: "project" or "subproject".
    pub fn kind(&self) -> &'static str {
        if self.is_subproject() {
            "subproject"
        } else {
            "project"
        }
    }
    /// The audit action of an act both tiers have: `project.VERB` or `subproject.VERB`.
    pub fn action(&self, verb: &str) -> String {
        format!("{}.{verb}", self.kind())
    }
    /// `prod` for a project, `prod/acme` for a subproject: the path that names it.
    pub fn path(&self) -> String {
        match &self.parent_name {
            Some(p) => format!("{p}/{}", self.name),
            None => self.name.clone(),
        }
    }
    /// `Parent > Sub` for a subproject (R05), the name for a project.
    pub fn display_name(&self) -> String {
        match &self.parent_name {
            Some(p) => super::names::display_name(p, &self.name),
            None => self.name.clone(),
        }
    }
}

/// A resource sitting on a project or subproject (R06).
#[derive(Debug, Clone)]
pub struct Resource {
    pub id: Uuid,
    pub node_id: Uuid,
    pub kind: String,
    pub value: String,
    pub created_at: Timestamp,
}

/// An API key's public record (R20-R22); its secret is never kept, only a hash.
#[derive(Debug, Clone)]
pub struct ApiKey {
    pub id: String,
    pub name: Option<String>,
    pub node_id: Uuid,
    pub created_at: Timestamp,
    pub expires_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
    pub role: KeyRole,
}

/// R35: what a key may do within its scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KeyRole {
    /// Everything R21 lets a key do.
    #[default]
    Full,
    /// Record usage and read (the balance view included).
    Usage,
    /// Read only.
    Read,
}

impl KeyRole {
    pub const ALL: [KeyRole; 3] = [KeyRole::Full, KeyRole::Usage, KeyRole::Read];

    pub fn as_str(self) -> &'static str {
        match self {
            KeyRole::Full => "full",
            KeyRole::Usage => "usage",
            KeyRole::Read => "read",
        }
    }
    pub fn parse(s: &str) -> Option<KeyRole> {
        KeyRole::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// Whether a key is in force at a moment (R22): revoked and expired keys are refused at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyState {
    Active,
    Revoked(Timestamp),
    Expired(Timestamp),
}

impl KeyState {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyState::Active => "active",
            KeyState::Revoked(_) => "revoked",
            KeyState::Expired(_) => "expired",
        }
    }
}

impl ApiKey {
    /// The key-state rule, the one place it is written (R22, R38). Revocation is a state: a key
    /// with `revoked_at` set is revoked whatever any clock says, and revocation wins over
    /// expiry. Expiry is judged by the real clock, never by `ACCTL_NOW`, so that a fixed or
    /// backdated clock cannot bring an ended key back.
    pub fn state(&self, real: RealNow) -> KeyState {
        if let Some(t) = self.revoked_at {
            KeyState::Revoked(t)
        } else if let Some(t) = self.expires_at.filter(|t| *t <= real.timestamp()) {
            KeyState::Expired(t)
        } else {
            KeyState::Active
        }
    }

    /// Whether the key is in force by the rule of [`ApiKey::state`].
    pub fn is_active(&self, real: RealNow) -> bool {
        self.state(real) == KeyState::Active
    }
}

/// When a secret of a rotated key stopped working, or `None` while it still works: its
/// `ends_at` (the end of a rotation's grace) judged by the real clock (R22, R38).
pub fn secret_ended(ends_at: Option<Timestamp>, real: RealNow) -> Option<Timestamp> {
    ends_at.filter(|t| *t <= real.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(expires: Option<i64>, revoked: Option<i64>) -> ApiKey {
        ApiKey {
            id: "ak_0123456789abcdef".into(),
            name: None,
            node_id: Uuid::nil(),
            created_at: Timestamp(0),
            expires_at: expires.map(Timestamp),
            revoked_at: revoked.map(Timestamp),
            role: KeyRole::Full,
        }
    }

    #[test]
    fn r38_a_revoked_key_is_revoked_whatever_the_clock() {
        // Revoked "in the future" of the clock asked: still revoked.
        let k = key(None, Some(1_000));
        assert_eq!(
            k.state(RealNow::at(Timestamp(10))),
            KeyState::Revoked(Timestamp(1_000))
        );
        let both = key(Some(5), Some(1_000));
        assert_eq!(
            both.state(RealNow::at(Timestamp(10))),
            KeyState::Revoked(Timestamp(1_000))
        );
    }

    #[test]
    fn r38_expiry_and_grace_are_judged_by_the_real_time_given() {
        let k = key(Some(100), None);
        assert!(k.is_active(RealNow::at(Timestamp(99))));
        assert_eq!(
            k.state(RealNow::at(Timestamp(100))),
            KeyState::Expired(Timestamp(100))
        );
        assert_eq!(
            secret_ended(Some(Timestamp(50)), RealNow::at(Timestamp(49))),
            None
        );
        assert_eq!(
            secret_ended(Some(Timestamp(50)), RealNow::at(Timestamp(50))),
            Some(Timestamp(50))
        );
        assert_eq!(secret_ended(None, RealNow::at(Timestamp(i64::MAX))), None);
    }
}

/// A user's role (R19): each one can do what the one before it can, and more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Viewer,
    Developer,
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Viewer, Role::Developer, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Developer => "developer",
            Role::Admin => "admin",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// A person with dashboard access through grants (R17, R18).
#[derive(Debug, Clone)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub name: Option<String>,
    pub created_at: Timestamp,
}

/// A role given to a user on the account (`project_id` None) or on a project (R18).
#[derive(Debug, Clone)]
pub struct Grant {
    pub user_id: Uuid,
    pub email: String,
    pub project_id: Option<Uuid>,
    pub project_name: Option<String>,
    pub role: Role,
    pub created_at: Timestamp,
}

impl Grant {
    /// `the account` or `project "prod"`, for messages and explanations.
    pub fn scope_label(&self) -> String {
        match &self.project_name {
            Some(p) => format!("project {p}"),
            None => "the account".to_string(),
        }
    }
}
