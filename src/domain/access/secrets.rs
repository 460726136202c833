//! Key secrets (R21, R22): `acctl_sk_<key id>_<64 hex digits>`, kept only as a SHA-256 hash.

use super::*;
use crate::domain::clock::RealNow;
use crate::domain::model::secret_ended;
use crate::error::{Error, RefusedAttempt, Result};
use crate::store::Tx;
use sha2::{Digest, Sha256};

// ---------------------------------------------------------------------------------------------
// Key secrets (R21, R22): `acctl_sk_<key id>_<64 hex digits>`, kept only as a SHA-256 hash.

/// The fixed prefix of every secret, so that secret scanners recognise leaked ones.
pub const SECRET_PREFIX: &str = "acctl_sk_";
/// The prefix of every key's public id.
pub const KEY_ID_PREFIX: &str = "ak_";

/// A new random public key id: `ak_` and 16 hex digits.
pub fn new_key_id() -> Result<String> {
    Ok(format!("{KEY_ID_PREFIX}{}", random_hex::<8>()?))
}

/// A new secret for key `id`: the prefix, the id, and 256 random bits.
pub fn new_secret(id: &str) -> Result<String> {
    Ok(format!("{SECRET_PREFIX}{id}_{}", random_hex::<32>()?))
}

pub(super) fn random_hex<const N: usize>() -> Result<String> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf)
        .map_err(|e| Error::internal(format!("the system's random source failed: {e}")))?;
    Ok(crate::store::hex(&buf))
}

/// The SHA-256 hash of a secret, as the store keeps it.
pub fn secret_hash(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

/// The key id a well-formed secret names, or `None` when the secret is malformed.
pub fn secret_key_id(secret: &str) -> Option<&str> {
    let rest = secret.strip_prefix(SECRET_PREFIX)?;
    let (id, random) = rest.rsplit_once('_')?;
    let digits = id.strip_prefix(KEY_ID_PREFIX)?;
    let hex = |s: &str, n: usize| {
        s.len() == n
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    (hex(digits, 16) && hex(random, 64)).then_some(id)
}

/// R21, R22: authenticate a secret with one indexed lookup of its hash, refusing a malformed,
/// unknown, ended, revoked or expired one (exit 5; the refusal is audited). `at` is the real
/// time: `ACCTL_NOW` never decides whether a key may act (R38).
pub fn authenticate(tx: &Tx, secret: &str, at: RealNow) -> Result<Principal> {
    let secret = secret.trim();
    let refuse = |id: &str, reason: String| {
        Error::denied(format!("the API key was refused: {reason}"))
            .hint("check ACCTL_KEY or --key-file; list live keys with: acctl key list")
            .attempt(RefusedAttempt {
                actor: format!("key:{id}"),
                action: "authenticate".to_string(),
                target: "-".to_string(),
                target_id: None,
                reason,
            })
    };
    if secret.is_empty() {
        // R39: a key that is set but empty is a malformed key, never "no key".
        return Err(refuse(
            "malformed",
            "it is empty (ACCTL_KEY or the key file is set but holds no secret)".to_string(),
        ));
    }
    let Some(id) = secret_key_id(secret) else {
        return Err(refuse(
            "malformed",
            format!("it is not an acctl key secret (they look like {SECRET_PREFIX}ak_…)"),
        ));
    };
    let Some((key_id, ends)) = tx.key_secret(&secret_hash(secret))? else {
        return Err(refuse(id, format!("key {id} has no such secret")));
    };
    if key_id != id {
        return Err(refuse(id, format!("key {id} has no such secret")));
    }
    let key = tx
        .key_by_id(id)?
        .ok_or_else(|| refuse(id, format!("there is no key {id}")))?;
    let home = tx.node(key.node_id)?;
    if let Some(why) = key_out_of_force(&key, &home, at) {
        return Err(refuse(id, why));
    }
    if let Some(t) = secret_ended(ends, at) {
        return Err(refuse(
            id,
            format!(
                "this secret of key {id} was rotated and ended at {}",
                t.to_rfc3339()
            ),
        ));
    }
    Ok(Principal::Key {
        id: key.id,
        node_id: key.node_id,
        at,
    })
}
