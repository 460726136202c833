//! The config file: a small TOML file of defaults (`db`, `output`, `currency`).

use crate::cli::OutputFormat;
use crate::error::{Error, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// What the config file may hold. Unknown keys are refused, so a typo does not pass silently.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The store: a file path, or a `postgres://` URL.
    pub db: Option<String>,
    /// `table`, `json` or `csv`.
    pub output: Option<OutputFormat>,
    /// The currency `init` gives the default billing account when `--currency` is not given.
    pub currency: Option<String>,
}

/// Where the config file is, and whether it was named explicitly (then it must exist).
#[derive(Debug, Clone)]
pub struct ConfigLocation {
    pub path: Option<PathBuf>,
    pub explicit: bool,
}

impl ConfigLocation {
    /// `--config` or `ACCTL_CONFIG` (both arrive as `flag`), else the platform's config dir.
    pub fn find(flag: Option<&Path>) -> ConfigLocation {
        match flag {
            Some(p) => ConfigLocation {
                path: Some(p.to_path_buf()),
                explicit: true,
            },
            None => ConfigLocation {
                path: dirs::config_dir().map(|d| d.join("acctl").join("config.toml")),
                explicit: false,
            },
        }
    }

    /// Read and parse the file. A missing default file is an empty config.
    pub fn load(&self) -> Result<Config> {
        let Some(path) = &self.path else {
            return Ok(Config::default());
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !self.explicit => {
                return Ok(Config::default())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::not_found(format!(
                    "config file {} does not exist",
                    path.display()
                ))
                .hint("create it, or drop --config / ACCTL_CONFIG to use the default"))
            }
            Err(e) => {
                return Err(Error::invalid(format!(
                    "cannot read config file {}: {e}",
                    path.display()
                )))
            }
        };
        parse(&text, path)
    }
}

/// Parse config text; errors name the file, line and column.
pub fn parse(text: &str, path: &Path) -> Result<Config> {
    toml::from_str::<Config>(text).map_err(|e| {
        let at = e
            .span()
            .map(|s| {
                let (line, col) = line_col(text, s.start);
                format!(":{line}:{col}")
            })
            .unwrap_or_default();
        Error::invalid(format!(
            "invalid config file {}{at}: {}",
            path.display(),
            e.message()
        ))
        .hint("the config file takes db = \"PATH|URL\", output = \"table\"|\"json\"|\"csv\" and currency = \"CUR\"")
    })
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_errors_name_file_line_and_column() {
        let e = parse("db = \"x\"\noutput = \"yaml\"\n", Path::new("c.toml")).unwrap_err();
        assert!(
            e.message.starts_with("invalid config file c.toml:2:10:"),
            "{}",
            e.message
        );
        let e = parse("colour = 1\n", Path::new("c.toml")).unwrap_err();
        assert!(e.message.contains("c.toml:1:1"), "{}", e.message);
    }

    #[test]
    fn config_reads_its_keys() {
        let c = parse(
            "db = \"/tmp/a.db\"\noutput = \"json\"\ncurrency = \"EUR\"\n",
            Path::new("c"),
        )
        .unwrap();
        assert_eq!(c.output, Some(OutputFormat::Json));
        assert_eq!(c.currency.as_deref(), Some("EUR"));
    }
}
