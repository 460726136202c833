//! R06: resources (phone numbers, apps, service APIs, webhooks, API configurations) sitting on
//! exactly one project or subproject, and moving only within one project's tree.
//!
//! Decisions where the contract is silent:
//! - A value is unique **per kind** (the store's `UNIQUE (kind, value)`): an app and a config
//!   may share a name, a number can never sit in two places.
//! - Values are stored in a canonical form: numbers as `+` and digits (spaces, dashes, dots and
//!   parentheses between digits are accepted and dropped), webhooks with the scheme in lower
//!   case, the host in IDNA ASCII form without a trailing dot, and no default port (80 for
//!   http, 443 for https); names (app, service-api, config) trimmed, compared exactly.
//! - A resource is named by its id or its value; a value shared by two kinds needs `--kind`.

use super::access::{reach, Action, Reach, Scope};
use super::hierarchy::require_live;
use super::model::{Node, Resource};
use super::Env;
use crate::error::{Error, Result};
use crate::store::Tx;
use uuid::Uuid;

/// The longest app, service-api or config name, in characters.
pub const MAX_NAME_CHARS: usize = 255;
/// The longest webhook URL, in bytes.
pub const MAX_URL_LEN: usize = 2048;

/// What a resource is (R06).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ResourceKind {
    Number,
    App,
    ServiceApi,
    Webhook,
    Config,
}

impl ResourceKind {
    pub const ALL: [ResourceKind; 5] = [
        ResourceKind::Number,
        ResourceKind::App,
        ResourceKind::ServiceApi,
        ResourceKind::Webhook,
        ResourceKind::Config,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ResourceKind::Number => "number",
            ResourceKind::App => "app",
            ResourceKind::ServiceApi => "service-api",
            ResourceKind::Webhook => "webhook",
            ResourceKind::Config => "config",
        }
    }

    pub fn parse(s: &str) -> Option<ResourceKind> {
        ResourceKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Check a value of this kind and give its canonical form, the one the store keeps.
    pub fn canonical(self, raw: &str) -> Result<String> {
        match self {
            ResourceKind::Number => parse_number(raw),
            ResourceKind::Webhook => parse_webhook(raw),
            ResourceKind::App | ResourceKind::ServiceApi | ResourceKind::Config => {
                parse_resource_name(raw, self)
            }
        }
    }
}

/// An E.164 phone number: `+`, then 2 to 15 digits, the first not 0. Spaces, dashes, dots and
/// parentheses between digits are accepted and dropped: `+46 70-123 45 67` is `+46701234567`.
pub fn parse_number(raw: &str) -> Result<String> {
    let s = raw.trim();
    let hint =
        "write a number in E.164 form: + then the country code and number, e.g. +46701234567";
    let Some(rest) = s.strip_prefix('+') else {
        return Err(Error::invalid(format!(
            "number {raw:?} is not in E.164 form: no leading '+'"
        ))
        .hint(hint));
    };
    let mut digits = String::with_capacity(rest.len() + 1);
    digits.push('+');
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => {
                return Err(Error::invalid(format!(
                    "number {raw:?} contains {c:?}: only digits and the separators space, '-', '.', '(' and ')' are allowed"
                ))
                .hint(hint))
            }
        }
    }
    let n = digits.len() - 1;
    if !(2..=15).contains(&n) {
        return Err(Error::invalid(format!(
            "number {raw:?} has {n} digit{}: E.164 numbers have 2 to 15",
            if n == 1 { "" } else { "s" }
        ))
        .hint(hint));
    }
    if digits.as_bytes()[1] == b'0' {
        return Err(Error::invalid(format!(
            "number {raw:?} starts with 0: E.164 country codes never do"
        ))
        .hint(hint));
    }
    Ok(digits)
}

/// A webhook URL: `http` or `https`, a host, an optional port, path, query and fragment; no
/// spaces, no control characters, no user name or password. The scheme is lower-cased, the host
/// canonical ([`canonical_host`]) and a default port dropped: `HTTPS://Café.example.:443/x` is
/// `https://xn--caf-dma.example/x`.
pub fn parse_webhook(raw: &str) -> Result<String> {
    let s = raw.trim();
    let hint = "write a webhook as an http(s) URL, e.g. https://hooks.example.com/acctl";
    let bad = |why: &str| Error::invalid(format!("webhook {raw:?} is not valid: {why}")).hint(hint);
    if s.len() > MAX_URL_LEN {
        return Err(bad(&format!("longer than {MAX_URL_LEN} bytes")));
    }
    if s.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(bad("it contains spaces or control characters"));
    }
    let Some((scheme, rest)) = s.split_once("://") else {
        return Err(bad("it has no scheme (http:// or https://)"));
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(bad(&format!("the scheme is {scheme:?}, not http or https")));
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.contains('@') {
        return Err(bad("it carries a user name or password"));
    }
    let (host, port) = split_host_port(authority).map_err(|why| bad(&why))?;
    let port = match port {
        None => None,
        Some(p) => match p.parse::<u16>() {
            Ok(n) if n >= 1 && p.bytes().all(|b| b.is_ascii_digit()) => Some(n),
            _ => return Err(bad(&format!("the port {p:?} is not 1 to 65535"))),
        },
    };
    // The scheme's default port names the same endpoint as no port: one canonical form.
    let port = port.filter(|&n| !matches!((scheme.as_str(), n), ("http", 80) | ("https", 443)));
    let host = canonical_host(host).map_err(|why| bad(&why))?;
    Ok(match port {
        Some(p) => format!("{scheme}://{host}:{p}{tail}"),
        None => format!("{scheme}://{host}{tail}"),
    })
}

/// A host as one canonical form (R06): an IPv6 literal in lower case; a name without its
/// trailing dot (`h.example.` is `h.example`), mapped by UTS 46 (IDNA: case folded, NFC) and
/// written in ASCII, so that `café.example` and `xn--caf-dma.example` are one host.
fn canonical_host(host: &str) -> std::result::Result<String, String> {
    if host.starts_with('[') {
        return Ok(host.to_ascii_lowercase());
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    let ascii = idna::domain_to_ascii(name)
        .map_err(|_| format!("{host:?} is not a valid international host name"))?;
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if ascii.is_empty() || !ascii.split('.').all(label_ok) {
        return Err(format!("{host:?} is not a host name"));
    }
    Ok(ascii)
}

fn split_host_port(authority: &str) -> std::result::Result<(&str, Option<&str>), String> {
    if authority.is_empty() {
        return Err("it has no host".into());
    }
    if let Some(rest) = authority.strip_prefix('[') {
        // An IPv6 literal: [::1]:8080
        let Some(close) = rest.find(']') else {
            return Err("an IPv6 host has no closing ']'".into());
        };
        let (ip, after) = (&rest[..close], &rest[close + 1..]);
        if ip.is_empty()
            || !ip
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return Err(format!("{ip:?} is not an IPv6 address"));
        }
        let host = &authority[..close + 2];
        return match after {
            "" => Ok((host, None)),
            p => match p.strip_prefix(':') {
                Some(port) => Ok((host, Some(port))),
                None => Err(format!("unexpected {p:?} after the host")),
            },
        };
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let host_trimmed = host.strip_suffix('.').unwrap_or(host);
    if host_trimmed.is_empty() || !host_trimmed.split('.').all(label_ok) {
        return Err(format!("{host:?} is not a host name"));
    }
    Ok((host, port))
}

/// An app, service API or config name: trimmed, 1 to 255 characters, no control characters.
pub fn parse_resource_name(raw: &str, kind: ResourceKind) -> Result<String> {
    let s = raw.trim();
    let what = kind.as_str();
    if s.is_empty() {
        return Err(Error::invalid(format!("{what} name is empty")));
    }
    let n = s.chars().count();
    if n > MAX_NAME_CHARS {
        return Err(Error::invalid(format!(
            "{what} name is too long: {n} characters, at most {MAX_NAME_CHARS}"
        )));
    }
    // R40: as every stored text.
    super::names::clean_text(s, &format!("{what} name"), usize::MAX)
}

/// A resource with the project or subproject it sits on, as lists and answers show it.
#[derive(Debug, Clone)]
pub struct PlacedResource {
    pub resource: Resource,
    /// `true` when it sits on a subproject.
    pub on_subproject: bool,
    /// `Parent > Sub` or the project's name.
    pub target_name: String,
    /// `parent/sub` or the project's name: the path that names the target on the command line.
    pub target_path: String,
}

impl PlacedResource {
    fn on(resource: Resource, node: &Node) -> PlacedResource {
        PlacedResource {
            resource,
            on_subproject: node.is_subproject(),
            target_name: node.display_name(),
            target_path: node.path(),
        }
    }

    /// How the resource is named in messages and in the audit log: `number +46701234567`.
    pub fn label(&self) -> String {
        label(&self.resource)
    }
}

fn label(r: &Resource) -> String {
    format!("{} {}", r.kind, r.value)
}

fn node_of(tx: &Tx, r: &Resource) -> Result<Node> {
    tx.node_by_id(r.node_id)?.ok_or_else(|| {
        Error::internal(format!(
            "resource {} sits on a missing node {}",
            r.id, r.node_id
        ))
        .hint("run: acctl check")
    })
}

/// The project whose tree a node belongs to: itself for a project, its parent for a subproject.
fn tree_of(node: &Node) -> Uuid {
    node.parent_id.unwrap_or(node.id)
}

/// A resource by its id, or by its value (in any accepted spelling: `+46 70 123` finds
/// `+4670123`). A value shared by two kinds needs `kind`.
pub fn resolve_resource(tx: &Tx, reference: &str, kind: Option<ResourceKind>) -> Result<Resource> {
    resolve_resource_in(tx, reference, kind, &|n| Some(n))
}

/// [`resolve_resource`] as the principal sees the store: a resource on a project or subproject
/// it does not reach is answered as one that does not exist (R24).
pub fn resolve_resource_for(
    tx: &Tx,
    env: &Env,
    reference: &str,
    kind: Option<ResourceKind>,
) -> Result<Resource> {
    super::hierarchy::seen_by(tx, env, |see| resolve_resource_in(tx, reference, kind, see))
}

fn resolve_resource_in(
    tx: &Tx,
    reference: &str,
    kind: Option<ResourceKind>,
    see: super::hierarchy::See,
) -> Result<Resource> {
    let seen = |r: Resource| -> Result<Option<Resource>> { Ok(see(node_of(tx, &r)?).map(|_| r)) };
    let reference = reference.trim();
    if let Ok(id) = Uuid::parse_str(reference) {
        if let Some(r) = tx.resource_by_id(id)? {
            if kind.is_none_or(|k| k.as_str() == r.kind) {
                if let Some(r) = seen(r)? {
                    return Ok(r);
                }
            }
        }
    }
    let kinds: Vec<ResourceKind> = match kind {
        Some(k) => vec![k],
        None => ResourceKind::ALL.to_vec(),
    };
    let mut found = Vec::new();
    for k in kinds {
        // A reference that is not a valid value of this kind cannot name one of this kind.
        if let Ok(value) = k.canonical(reference) {
            if let Some(r) = tx.resource_by_value(k.as_str(), &value)? {
                if let Some(r) = seen(r)? {
                    found.push(r);
                }
            }
        }
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(Error::not_found(format!(
            "{} {reference:?} not found",
            kind.map(|k| k.as_str()).unwrap_or("resource")
        ))
        .hint("list them with: acctl resource list")),
        _ => Err(Error::invalid(format!(
            "{reference:?} names {} resources: {}",
            found.len(),
            found.iter().map(label).collect::<Vec<_>>().join(", ")
        ))
        .hint("say which with --kind KIND, or name it by its id")),
    }
}

/// R06: put a new resource on a live project or subproject. Its value must not sit anywhere.
pub fn add(
    tx: &Tx,
    env: &Env,
    target: &Node,
    kind: ResourceKind,
    raw_value: &str,
) -> Result<PlacedResource> {
    env.require(tx, Action::ResourceManage, Scope::Node(target.id))?;
    require_live(target)?;
    let value = kind.canonical(raw_value)?;
    if let Some(existing) = tx.resource_by_value(kind.as_str(), &value)? {
        let owner = node_of(tx, &existing)?;
        // Name where it sits only to a principal who may see that place.
        let place = if existing.node_id == target.id
            || env.require(tx, Action::Read, Scope::Node(owner.id)).is_ok()
        {
            format!(" on {}", owner.display_name())
        } else {
            String::new()
        };
        return Err(Error::conflict(format!(
            "{} already sits{place}; a resource sits in one place only",
            label(&existing)
        ))
        .hint(if tree_of(&owner) == tree_of(target) {
            format!(
                "move it with: acctl resource move {} {}",
                existing.id,
                target.path()
            )
        } else {
            "resources move only within one project's tree: remove it where it sits first"
                .to_string()
        }));
    }
    let resource = Resource {
        id: Uuid::new_v4(),
        node_id: target.id,
        kind: kind.as_str().to_string(),
        value,
        created_at: env.now(),
    };
    tx.insert_resource(&resource)?;
    env.audit(
        tx,
        "resource.add",
        &label(&resource),
        Some(&format!("on {}", target.path())),
    )?;
    Ok(PlacedResource::on(resource, target))
}

/// The outcome of a move: the resource where it now sits, and whether anything changed.
pub struct Moved {
    pub placed: PlacedResource,
    pub from: String,
    pub changed: bool,
}

/// R06: move a resource within one project's tree: between the project and its subprojects,
/// or between sibling subprojects. Refused across projects (unless `across`, R37) and onto a
/// deleted subproject.
pub fn move_to(
    tx: &Tx,
    env: &Env,
    resource: &Resource,
    dest: &Node,
    across: bool,
) -> Result<Moved> {
    let source = node_of(tx, resource)?;
    if across && tree_of(&source) != tree_of(dest) {
        return transfer(tx, env, resource, &source, dest);
    }
    env.require(tx, Action::ResourceManage, Scope::Node(source.id))?;
    env.require(tx, Action::ResourceManage, Scope::Node(dest.id))?;
    require_live(dest)?;
    if tree_of(&source) != tree_of(dest) {
        return Err(Error::conflict(format!(
            "cannot move {} from {} to {}: a resource moves only within one project's tree",
            label(resource),
            source.display_name(),
            dest.display_name()
        ))
        .hint(format!(
            "to hand it to another project, the operator or an admin on both projects runs: \
             acctl resource move {} {} --across-projects",
            resource.id,
            dest.path()
        )));
    }
    let from = source.display_name();
    if source.id == dest.id {
        return Ok(Moved {
            placed: PlacedResource::on(resource.clone(), dest),
            from,
            changed: false,
        });
    }
    tx.move_resource(resource.id, dest.id)?;
    env.audit(
        tx,
        "resource.move",
        &label(resource),
        Some(&format!("from {} to {}", source.path(), dest.path())),
    )?;
    let mut moved = resource.clone();
    moved.node_id = dest.id;
    Ok(Moved {
        placed: PlacedResource::on(moved, dest),
        from,
        changed: true,
    })
}

/// R37: move a resource to another project's tree. The operator, or a user who is admin on
/// both projects; keys never. It keeps its id; both sides' histories record the move.
fn transfer(tx: &Tx, env: &Env, resource: &Resource, source: &Node, dest: &Node) -> Result<Moved> {
    for side in [source, dest] {
        env.require(tx, Action::ResourceTransfer, Scope::Node(side.id))?;
    }
    require_live(dest)?;
    tx.move_resource(resource.id, dest.id)?;
    let what = format!("{} ({})", label(resource), resource.id);
    env.audit_node(
        tx,
        "resource.transfer",
        source,
        Some(&format!("{what} out to {}", dest.path())),
    )?;
    env.audit_node(
        tx,
        "resource.transfer",
        dest,
        Some(&format!("{what} in from {}", source.path())),
    )?;
    let mut moved = resource.clone();
    moved.node_id = dest.id;
    Ok(Moved {
        placed: PlacedResource::on(moved, dest),
        from: source.display_name(),
        changed: true,
    })
}

/// R06: remove a resource from where it sits.
pub fn remove(tx: &Tx, env: &Env, resource: &Resource) -> Result<PlacedResource> {
    let owner = node_of(tx, resource)?;
    env.require(tx, Action::ResourceManage, Scope::Node(owner.id))?;
    tx.delete_resource(resource.id)?;
    env.audit(
        tx,
        "resource.remove",
        &label(resource),
        Some(&format!("from {}", owner.path())),
    )?;
    Ok(PlacedResource::on(resource.clone(), &owner))
}

/// List the resources on `target`, or, without one, every resource the principal reaches
/// (read access to the node it sits on), ordered by value then kind.
pub fn list(
    tx: &Tx,
    env: &Env,
    target: Option<&Node>,
    kind: Option<ResourceKind>,
) -> Result<Vec<PlacedResource>> {
    let kind = kind.map(ResourceKind::as_str);
    match target {
        Some(t) => {
            env.require(tx, Action::Read, Scope::Node(t.id))?;
            tx.placed_resources(Some(t.id), kind)
        }
        None => {
            let r = reach(tx, &env.principal, Action::Read)?;
            let reaches = |node: Uuid| -> Result<bool> {
                Ok(r == Reach::All || tx.node_by_id(node)?.is_some_and(|n| r.contains(&n)))
            };
            filter_reached(tx.placed_resources(None, kind)?, reaches)
        }
    }
}

/// Keep the resources on nodes that `reaches` says the principal reaches, asking once a node.
fn filter_reached(
    all: Vec<PlacedResource>,
    mut reaches: impl FnMut(Uuid) -> Result<bool>,
) -> Result<Vec<PlacedResource>> {
    let mut seen = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(all.len());
    for p in all {
        let node = p.resource.node_id;
        let ok = match seen.get(&node) {
            Some(ok) => *ok,
            None => {
                let ok = reaches(node)?;
                seen.insert(node, ok);
                ok
            }
        };
        if ok {
            out.push(p);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r06_numbers_are_e164_and_normalised() {
        assert_eq!(parse_number("+46701234567").unwrap(), "+46701234567");
        assert_eq!(parse_number(" +46 70-123 45.67 ").unwrap(), "+46701234567");
        assert_eq!(parse_number("+1 (555) 123-4567").unwrap(), "+15551234567");
        assert_eq!(parse_number("+12").unwrap(), "+12");
        assert_eq!(
            parse_number("+123456789012345").unwrap(),
            "+123456789012345"
        );
        for bad in [
            "46701234567",
            "+",
            "+1",
            "+0123",
            "+1234567890123456",
            "+46a70",
            "0046701234567",
            "++46",
            "+４６７",
        ] {
            assert!(parse_number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn r06_webhooks_are_http_urls_with_a_host() {
        assert_eq!(
            parse_webhook("HTTPS://Hooks.Example.COM/Path?q=1").unwrap(),
            "https://hooks.example.com/Path?q=1"
        );
        assert_eq!(
            parse_webhook("http://localhost:8080").unwrap(),
            "http://localhost:8080"
        );
        assert_eq!(
            parse_webhook("http://[::1]:9000/x").unwrap(),
            "http://[::1]:9000/x"
        );
        for bad in [
            "ftp://example.com",
            "example.com/hook",
            "https://",
            "https:///path",
            "https://user:pw@example.com/",
            "https://exa mple.com/",
            "https://example.com:0/",
            "https://example.com:99999/",
            "https://example.com:x/",
            "https://-bad-.com/",
            "https://a..b/",
            "https://[zz]/",
        ] {
            assert!(parse_webhook(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn r06_names_are_trimmed_and_checked() {
        let k = ResourceKind::App;
        assert_eq!(parse_resource_name("  sms-app ", k).unwrap(), "sms-app");
        assert!(parse_resource_name("  ", k).is_err());
        assert!(parse_resource_name("a\nb", k).is_err());
        assert!(parse_resource_name(&"é".repeat(255), k).is_ok());
        assert!(parse_resource_name(&"é".repeat(256), k).is_err());
    }

    proptest::proptest! {
        /// A canonical value is accepted as it is: canonicalising is idempotent, so a value
        /// read back from the store names the same resource.
        #[test]
        fn r06_canonical_forms_are_fixed_points(raw in "\\PC{0,40}", digits in "[1-9][0-9 ().-]{1,20}") {
            for k in ResourceKind::ALL {
                for v in [raw.clone(), format!("+{digits}"), format!("https://{raw}")] {
                    if let Ok(c) = k.canonical(&v) {
                        proptest::prop_assert_eq!(k.canonical(&c).ok(), Some(c.clone()));
                    }
                }
            }
        }
    }

    #[test]
    fn r06_kinds_round_trip() {
        for k in ResourceKind::ALL {
            assert_eq!(ResourceKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(ResourceKind::parse("phone"), None);
    }
}
