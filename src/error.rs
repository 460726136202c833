//! One error type for the whole tool. Its kind decides the exit code (MODEL.md "Exit codes"),
//! in exactly one place: [`Error::exit_code`].

use std::fmt;

/// What went wrong, in the terms of MODEL.md's exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A bug or an I/O failure (exit 1).
    Internal,
    /// Bad arguments, a malformed value or manifest (exit 2).
    Invalid,
    /// The thing named does not exist (exit 3).
    NotFound,
    /// The model's rules forbid it: duplicate, depth, non-empty parent, last project (exit 4).
    Conflict,
    /// The principal does not reach the target (exit 5).
    Denied,
    /// A charge would pass a prepaid balance or a credit limit, or the target is suspended (exit 6).
    Blocked,
    /// A verification found a problem (exit 7).
    CheckFailed,
}

/// An error with a one-line message and an optional one-line hint.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    /// A refused attempt by an API key, to be recorded in the audit log after the refused
    /// command's own transaction has been rolled back (R25).
    pub attempt: Option<Box<RefusedAttempt>>,
    /// A conflict with a concurrent transaction: the store runs the transaction again
    /// rather than report it (R27). Never reaches the caller as such.
    pub retryable: bool,
    /// Writing the output failed because its reader went away (`acctl .. | head`): the rest
    /// was not wanted, so the command succeeded (see [`Error::output`]).
    pub reader_gone: bool,
}

/// What the audit log keeps of a refused key attempt (R20, R25).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedAttempt {
    pub actor: String,
    pub action: String,
    pub target: String,
    /// The id of the project or subproject aimed at, so its history survives renames.
    pub target_id: Option<uuid::Uuid>,
    pub reason: String,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One constructor per kind: `Error::not_found(message)` is `Error::new(Kind::NotFound, message)`.
macro_rules! kind_constructors {
    ($($name:ident => $kind:ident,)+) => {$(
        pub fn $name(message: impl Into<String>) -> Self {
            Self::new(Kind::$kind, message)
        }
    )+};
}

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            attempt: None,
            retryable: false,
            reader_gone: false,
        }
    }

    /// Writing the command's output failed (exit 1), unless its reader went away: a closed
    /// pipe is the end of the output, not an error, and the caller exits 0.
    pub fn output(e: std::io::Error) -> Self {
        let mut err = Error::internal(format!("cannot write output: {e}"));
        err.reader_gone = e.kind() == std::io::ErrorKind::BrokenPipe;
        err
    }
    kind_constructors! {
        internal => Internal,
        invalid => Invalid,
        not_found => NotFound,
        conflict => Conflict,
        denied => Denied,
        blocked => Blocked,
        check_failed => CheckFailed,
    }

    /// Attach a hint, printed as `hint: ...` under the error.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Mark the error as a refused key attempt, for the audit log.
    pub fn attempt(mut self, attempt: RefusedAttempt) -> Self {
        self.attempt = Some(Box::new(attempt));
        self
    }

    /// The process exit code of this error: the one mapping from kinds to MODEL.md's codes.
    pub fn exit_code(&self) -> u8 {
        match self.kind {
            Kind::Internal => 1,
            Kind::Invalid => 2,
            Kind::NotFound => 3,
            Kind::Conflict => 4,
            Kind::Denied => 5,
            Kind::Blocked => 6,
            Kind::CheckFailed => 7,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::internal(format!("I/O error: {e}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::internal(format!("JSON error: {e}"))
    }
}
