//! The two halves of an e-mail address, in one place: the domain decides relaying, the
//! provider and the same-domain recipient; the local part is some providers' user name.
//!
//! Hand-written on purpose: only the last `@` matters here (RFC 5321 allows `@` inside a
//! quoted local part), the input is already a plain address, and nothing is validated
//! beyond that (`probe::valid_path` guards what goes on the wire).

/// The domain: what follows the last `@`, without a closing `>`; `None` without an `@`.
pub fn domain(addr: &str) -> Option<&str> {
    addr.trim()
        .rsplit_once('@')
        .map(|(_, d)| d.trim_end_matches('>'))
        .filter(|d| !d.is_empty())
}

/// The domain, or `""` for something that is not an address.
pub fn domain_or_empty(addr: &str) -> &str {
    domain(addr).unwrap_or("")
}

/// The local part: what precedes the last `@` (the whole text without one).
pub fn local(addr: &str) -> &str {
    let a = addr.trim().trim_start_matches('<');
    a.rsplit_once('@').map_or(a, |(l, _)| l)
}

/// Whether two addresses share a domain (case-insensitive).
pub fn same_domain(a: &str, b: &str) -> bool {
    domain(a)
        .zip(domain(b))
        .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves() {
        assert_eq!(domain("Max@Example.de"), Some("Example.de"));
        assert_eq!(domain("<a@b.c>"), Some("b.c"));
        assert_eq!(domain("\"a@x\"@b.c"), Some("b.c"));
        assert_eq!(domain("nobody"), None);
        assert_eq!(domain("a@"), None);
        assert_eq!(local("max@example.de"), "max");
        assert_eq!(local("nobody"), "nobody");
        assert!(same_domain("a@B.de", "b@b.DE"));
        assert!(!same_domain("a@b.de", "x"));
    }
}
