use std::process::ExitCode;

fn main() -> ExitCode {
    acctl::run()
}
