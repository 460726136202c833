//! What a resource is and how its value is written (R06): phone numbers in E.164, webhooks as canonical https URLs, names of apps, service APIs and configs.

use crate::error::{Error, Result};

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
pub(super) fn canonical_host(host: &str) -> std::result::Result<String, String> {
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

pub(super) fn split_host_port(
    authority: &str,
) -> std::result::Result<(&str, Option<&str>), String> {
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
    crate::domain::names::clean_text(s, &format!("{what} name"), usize::MAX)
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
