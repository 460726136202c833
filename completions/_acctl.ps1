
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'acctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'acctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'acctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store with its account, a default billing account and a default project')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Show or rename the account')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Show the account''s projects and subprojects as a tree')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Create, list, show, rename and delete projects')
            [CompletionResult]::new('subproject', 'subproject', [CompletionResultType]::ParameterValue, 'Create, list, suspend, delete and restore subprojects')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list and remove users')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give users roles on the account or a project')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Issue, list, revoke and rotate API keys')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Explain who may do what, and why')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read and verify the tamper-evident audit log')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Add, list, move and remove resources: numbers, apps, service APIs, webhooks, configs')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify the store''s integrity and every invariant of the model (exit 7 on a problem)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store to a SQLite file, consistently, while others may write')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Move a store between backends: copy a SQLite file or PostgreSQL database into an empty one')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'Create, list, change, top up and link billing accounts (R07, R08, R11)')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'List the alerts raised as subprojects'' spending nears their limits (R30)')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Record, import, list, report and reverse usage (R10-R13, R31)')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show balances: every billing account''s, for the operator (R23)')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'The invoice of a billing account for one month, by project, subproject and product')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the store match a manifest: create and change, never delete (prints the plan)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the live structure as a manifest that apply accepts')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show where the config file is and what it holds')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The account''s name: the business itself')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The default billing account''s currency (ISO 4217) [default: `currency` in the config file, else USD]')
            [CompletionResult]::new('--billing', '--billing', [CompletionResultType]::ParameterName, 'The default billing account''s kind')
            [CompletionResult]::new('--billing-name', '--billing-name', [CompletionResultType]::ParameterName, 'The default billing account''s name')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The default project''s name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;account' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the account')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename the account')
            [CompletionResult]::new('set-quota', 'set-quota', [CompletionResultType]::ParameterValue, 'Set or remove a quota (R36): lowering it below what exists is allowed, with a warning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;account;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;account;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;account;set-quota' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;account;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the account')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename the account')
            [CompletionResult]::new('set-quota', 'set-quota', [CompletionResultType]::ParameterValue, 'Set or remove a quota (R36): lowering it below what exists is allowed, with a warning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;account;help;show' {
            break
        }
        'acctl;account;help;rename' {
            break
        }
        'acctl;account;help;set-quota' {
            break
        }
        'acctl;account;help;help' {
            break
        }
        'acctl;tree' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--show-deleted', '--show-deleted', [CompletionResultType]::ParameterName, 'Include deleted projects and subprojects')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;project' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project, linked to a billing account (R02)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects, by name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a project')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project: operator only, needs --force (R16)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Edit a project: labels and protection (R33, R34)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted project while its name is free (R34)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;project;create' {
            [CompletionResult]::new('--billing', '--billing', [CompletionResultType]::ParameterName, 'The billing account to link to (name or id) [default: the default billing account]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label, key=value (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;project;list' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only projects with this label, key=value (repeatable: all must match)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Only projects with this label, key=value (repeatable: all must match)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only projects with this status (deleted: the deleted ones alone)')
            [CompletionResult]::new('--name-contains', '--name-contains', [CompletionResultType]::ParameterName, 'Only projects whose name holds this text, without regard to case')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by name, or by creation (oldest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the first N, after filtering and ordering')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--show-deleted', '--show-deleted', [CompletionResultType]::ParameterName, 'Include deleted projects')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;project;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;project;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;project;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Confirm the deletion (required)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be deleted and revoked, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;project;update' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set a label, key=value (repeatable)')
            [CompletionResult]::new('--remove-label', '--remove-label', [CompletionResultType]::ParameterName, 'Remove the label with this key (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--protect', '--protect', [CompletionResultType]::ParameterName, 'Protect it: deleting it is refused until --unprotect (R34)')
            [CompletionResult]::new('--unprotect', '--unprotect', [CompletionResultType]::ParameterName, 'Remove the protection')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;project;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;project;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project, linked to a billing account (R02)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects, by name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a project')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project: operator only, needs --force (R16)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Edit a project: labels and protection (R33, R34)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted project while its name is free (R34)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;project;help;create' {
            break
        }
        'acctl;project;help;list' {
            break
        }
        'acctl;project;help;show' {
            break
        }
        'acctl;project;help;rename' {
            break
        }
        'acctl;project;help;delete' {
            break
        }
        'acctl;project;help;update' {
            break
        }
        'acctl;project;help;restore' {
            break
        }
        'acctl;project;help;help' {
            break
        }
        'acctl;subproject' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subproject under a project (R03)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subprojects, of one project or of all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subproject')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a subproject')
            [CompletionResult]::new('set-limit', 'set-limit', [CompletionResultType]::ParameterValue, 'Set or clear a subproject''s credit limit (R12, R29); below what is spent is allowed, with a warning')
            [CompletionResult]::new('set-alerts', 'set-alerts', [CompletionResultType]::ParameterValue, 'Set the alert thresholds of a subproject: percentages of its limit (R30; default 80,100)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended subproject (R14)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted subproject, named by its id, while its name is free (R15)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Edit a subproject: labels, external id and protection (R33, R34)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;subproject;create' {
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The reseller''s own id for this customer: unique within the project')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'A credit limit in the project''s billing currency (R12)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label, key=value (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed and print the existing subproject''s id when it already exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;list' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only subprojects with this label, key=value (repeatable: all must match)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Only subprojects with this label, key=value (repeatable: all must match)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Only the subproject with this external id')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only subprojects with this status (deleted: the deleted ones alone)')
            [CompletionResult]::new('--name-contains', '--name-contains', [CompletionResultType]::ParameterName, 'Only subprojects whose name holds this text, without regard to case')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only subprojects that spent at least PERCENT of their credit limit (in the limit''s period)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by name, by creation (oldest first), or by total spent (most first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the first N, after filtering and ordering')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--show-deleted', '--show-deleted', [CompletionResultType]::ParameterName, 'Include deleted subprojects')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;set-limit' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'What the limit is measured against: the total spent, or each calendar month''s spending (UTC) [default: the subproject''s current period, lifetime for a new one]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;set-alerts' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;suspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;resume' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--release-resources', '--release-resources', [CompletionResultType]::ParameterName, 'Remove the resources that sit on it')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be revoked and released, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;update' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set a label, key=value (repeatable)')
            [CompletionResult]::new('--remove-label', '--remove-label', [CompletionResultType]::ParameterName, 'Remove the label with this key (repeatable)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Set the external id (unique among the project''s live subprojects)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--protect', '--protect', [CompletionResultType]::ParameterName, 'Protect it: deleting it is refused until --unprotect (R34)')
            [CompletionResult]::new('--unprotect', '--unprotect', [CompletionResultType]::ParameterName, 'Remove the protection')
            [CompletionResult]::new('--clear-external-id', '--clear-external-id', [CompletionResultType]::ParameterName, 'Clear the external id')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;subproject;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subproject under a project (R03)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subprojects, of one project or of all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subproject')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a subproject')
            [CompletionResult]::new('set-limit', 'set-limit', [CompletionResultType]::ParameterValue, 'Set or clear a subproject''s credit limit (R12, R29); below what is spent is allowed, with a warning')
            [CompletionResult]::new('set-alerts', 'set-alerts', [CompletionResultType]::ParameterValue, 'Set the alert thresholds of a subproject: percentages of its limit (R30; default 80,100)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended subproject (R14)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted subproject, named by its id, while its name is free (R15)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Edit a subproject: labels, external id and protection (R33, R34)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;subproject;help;create' {
            break
        }
        'acctl;subproject;help;list' {
            break
        }
        'acctl;subproject;help;show' {
            break
        }
        'acctl;subproject;help;rename' {
            break
        }
        'acctl;subproject;help;set-limit' {
            break
        }
        'acctl;subproject;help;set-alerts' {
            break
        }
        'acctl;subproject;help;suspend' {
            break
        }
        'acctl;subproject;help;resume' {
            break
        }
        'acctl;subproject;help;delete' {
            break
        }
        'acctl;subproject;help;restore' {
            break
        }
        'acctl;subproject;help;update' {
            break
        }
        'acctl;subproject;help;help' {
            break
        }
        'acctl;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (an admin on the account''s act, R19)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, by email')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user and every grant of theirs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;user;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The user''s name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;user;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;user;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (an admin on the account''s act, R19)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, by email')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user and every grant of theirs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;user;help;add' {
            break
        }
        'acctl;user;help;list' {
            break
        }
        'acctl;user;help;remove' {
            break
        }
        'acctl;user;help;help' {
            break
        }
        'acctl;grant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a user a role on the account, or with --project on a project (R18)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take back a user''s grant on the account, or with --project on a project')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;grant;add' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project to grant on (default: the account); never a subproject')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;grant;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s grants')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only grants on this project')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;grant;revoke' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project the grant is on (default: the account)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;grant;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a user a role on the account, or with --project on a project (R18)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take back a user''s grant on the account, or with --project on a project')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;grant;help;add' {
            break
        }
        'acctl;grant;help;list' {
            break
        }
        'acctl;grant;help;revoke' {
            break
        }
        'acctl;grant;help;help' {
            break
        }
        'acctl;key' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a key on a project or subproject; its secret is shown once (R20, R22)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List live keys, of one target or of everything you reach')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key at once')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Give a key a new secret, shown once; the old one ends at once or after --grace')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a key (its id and secret stay)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;key;issue' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name, unique among the target''s live keys')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Expire after this long: 90s, 15m, 12h, 30d')
            [CompletionResult]::new('--secret-out', '--secret-out', [CompletionResultType]::ParameterName, 'Write the secret to FILE (created with mode 0600) instead of stdout')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'What the key may do in its scope: full (R21), usage (record usage and read) or read (R35)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;key;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include revoked and expired keys')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;key;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;key;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;key;rotate' {
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Keep the old secret working this long: 90s, 15m, 12h, 30d (default: end it at once)')
            [CompletionResult]::new('--secret-out', '--secret-out', [CompletionResultType]::ParameterName, 'Write the new secret to FILE (created with mode 0600) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;key;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;key;help' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a key on a project or subproject; its secret is shown once (R20, R22)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List live keys, of one target or of everything you reach')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key at once')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Give a key a new secret, shown once; the old one ends at once or after --grace')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a key (its id and secret stay)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;key;help;issue' {
            break
        }
        'acctl;key;help;list' {
            break
        }
        'acctl;key;help;show' {
            break
        }
        'acctl;key;help;revoke' {
            break
        }
        'acctl;key;help;rotate' {
            break
        }
        'acctl;key;help;rename' {
            break
        }
        'acctl;key;help;help' {
            break
        }
        'acctl;access' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'May this user or key do that, and why? Exit 0 allowed, 5 denied')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Every user and key that reaches a target, and through what')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Everything a user or key reaches, and what it may do there')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;access;check' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user, by email')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The key, by its public id')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The target: a project, project/subproject, an id, or / for the account')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'read, resource.manage, usage.record, key.manage, subproject.manage, grant.manage, billing.manage, project.delete, account.manage or resource.transfer')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;access;who' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;access;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user, by email')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The key, by its public id')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;access;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'May this user or key do that, and why? Exit 0 allowed, 5 denied')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Every user and key that reaches a target, and through what')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Everything a user or key reaches, and what it may do there')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;access;help;check' {
            break
        }
        'acctl;access;help;who' {
            break
        }
        'acctl;access;help;list' {
            break
        }
        'acctl;access;help;help' {
            break
        }
        'acctl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the hash chain; with --head, that a kept head hash is still in the log (exit 7 if not)')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the newest entry''s hash, to keep elsewhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries since: a duration back from now (12h, 30d) or an RFC 3339 time')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only this actor: operator, an email, a key id (or user:EMAIL, key:ID)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Only this target: a name or path; a project also matches its subprojects')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the newest N entries')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;audit;verify' {
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'A hash kept from `acctl audit head`')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;audit;head' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the hash chain; with --head, that a kept head hash is still in the log (exit 7 if not)')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the newest entry''s hash, to keep elsewhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;audit;help;list' {
            break
        }
        'acctl;audit;help;verify' {
            break
        }
        'acctl;audit;help;head' {
            break
        }
        'acctl;audit;help;help' {
            break
        }
        'acctl;resource' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Put a resource on a project or subproject (R06)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resources: on one project or subproject, or all that you reach')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a resource within one project''s tree (R06), or across projects with --across-projects (R37)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a resource')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;resource;add' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What the resource is')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;resource;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only resources of this kind')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;resource;move' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The resource''s kind, when its value is shared by two kinds')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--across-projects', '--across-projects', [CompletionResultType]::ParameterName, 'Allow a move to another project''s tree (R37): the operator, or an admin on both projects')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;resource;remove' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The resource''s kind, when its value is shared by two kinds')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;resource;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Put a resource on a project or subproject (R06)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resources: on one project or subproject, or all that you reach')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a resource within one project''s tree (R06), or across projects with --across-projects (R37)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a resource')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;resource;help;add' {
            break
        }
        'acctl;resource;help;list' {
            break
        }
        'acctl;resource;help;move' {
            break
        }
        'acctl;resource;help;remove' {
            break
        }
        'acctl;resource;help;help' {
            break
        }
        'acctl;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--repair', '--repair', [CompletionResultType]::ParameterName, 'Rebuild what the store keeps beside its records where the check finds it out of step (totals spent, prepaid balances, monthly spending, monthly usage sums, the lookup keys of names and emails) from those records, then check again; records (charges, reversals, top-ups, transfers, the audit log) are never changed, and nothing is rebuilt while the file or the records themselves fail a check (integrity, foreign keys, currencies, reversals, transfers). Needs account admin; one audit entry when anything was rebuilt; exits 7 if anything is still wrong')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace PATH if it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;store' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store into an empty one, between any two backends: a SQLite file or a postgres:// URL on either side. Ids, times, history and the audit chain are copied (the same `audit head` on both sides); the destination is checked with `check` and `audit verify` before success, and a copy that fails leaves it empty. --db is not used')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;store;copy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;store;help' {
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store into an empty one, between any two backends: a SQLite file or a postgres:// URL on either side. Ids, times, history and the audit chain are copied (the same `audit head` on both sides); the destination is checked with `check` and `audit verify` before success, and a copy that fails leaves it empty. --db is not used')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;store;help;copy' {
            break
        }
        'acctl;store;help;help' {
            break
        }
        'acctl;billing' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a billing account (R07)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List billing accounts, by name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one billing account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a billing account, change its payment details or make it the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a billing account that no project links to and that has no history')
            [CompletionResult]::new('topup', 'topup', [CompletionResultType]::ParameterValue, 'Top up a prepaid billing account (R11)')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'A billing account''s top-ups and charges, oldest first')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move money between two prepaid billing accounts of one currency (R32)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a project to another billing account of the same currency (R08)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;billing;create' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Prepaid (a balance topped up and drawn down) or postpaid (charges accrue to invoices)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Its ISO 4217 currency')
            [CompletionResult]::new('--legal-name', '--legal-name', [CompletionResultType]::ParameterName, 'The legal name invoices are made out to')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'The postal address on invoices')
            [CompletionResult]::new('--tax-id', '--tax-id', [CompletionResultType]::ParameterName, 'The tax id on invoices')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;billing;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;billing;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;billing;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--legal-name', '--legal-name', [CompletionResultType]::ParameterName, 'The legal name invoices are made out to')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'The postal address on invoices')
            [CompletionResult]::new('--tax-id', '--tax-id', [CompletionResultType]::ParameterName, 'The tax id on invoices')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--make-default', '--make-default', [CompletionResultType]::ParameterName, 'Make it the default billing account of new projects')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;billing;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;billing;topup' {
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'A key that makes a retry safe: the same key is topped up once')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;billing;ledger' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Only this month (UTC), YYYY-MM')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;billing;transfer' {
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'A key that makes a retry safe: the same key is transferred once')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;billing;link' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;billing;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a billing account (R07)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List billing accounts, by name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one billing account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a billing account, change its payment details or make it the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a billing account that no project links to and that has no history')
            [CompletionResult]::new('topup', 'topup', [CompletionResultType]::ParameterValue, 'Top up a prepaid billing account (R11)')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'A billing account''s top-ups and charges, oldest first')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move money between two prepaid billing accounts of one currency (R32)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a project to another billing account of the same currency (R08)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;billing;help;create' {
            break
        }
        'acctl;billing;help;list' {
            break
        }
        'acctl;billing;help;show' {
            break
        }
        'acctl;billing;help;update' {
            break
        }
        'acctl;billing;help;delete' {
            break
        }
        'acctl;billing;help;topup' {
            break
        }
        'acctl;billing;help;ledger' {
            break
        }
        'acctl;billing;help;transfer' {
            break
        }
        'acctl;billing;help;link' {
            break
        }
        'acctl;billing;help;help' {
            break
        }
        'acctl;alert' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alerts in the order they were raised, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;alert;list' {
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only alerts raised after this one (its id): a cursor')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only alerts since: a duration back from now (12h, 30d) or an RFC 3339 time')
            [CompletionResult]::new('--subproject', '--subproject', [CompletionResultType]::ParameterName, 'Only this subproject''s alerts (project/subproject or its id)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;alert;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alerts in the order they were raised, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;alert;help;list' {
            break
        }
        'acctl;alert;help;help' {
            break
        }
        'acctl;usage' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record a charge against a project or subproject (R10-R12)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import charges from JSON lines or CSV: all or nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List charges, oldest first')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Usage summed by billing account, project, subproject and product (R13)')
            [CompletionResult]::new('reverse', 'reverse', [CompletionResultType]::ParameterValue, 'Reverse a charge, wholly or in part: spending falls, a prepaid balance is refunded (R31)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;usage;record' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product, for reports')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'The number of units, for reports')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'A key that makes a retry safe: the same key is recorded once')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The currency the amount is in: must be the billing account''s')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;usage;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: from its extension; jsonl for standard input]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;usage;list' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Only this month (UTC), YYYY-MM')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this day on (UTC, inclusive), YYYY-MM-DD')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this day (UTC, exclusive), YYYY-MM-DD')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the newest N charges (still printed oldest first)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;usage;report' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Only this month (UTC), YYYY-MM')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this day on (UTC, inclusive), YYYY-MM-DD')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this day (UTC, exclusive), YYYY-MM-DD')
            [CompletionResult]::new('--granularity', '--granularity', [CompletionResultType]::ParameterName, 'A row per day or month, with a period column [default: none, one row over the span]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group rows by project; by project, subproject and product; or by product')
            [CompletionResult]::new('--billing', '--billing', [CompletionResultType]::ParameterName, 'Only this billing account''s usage')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;usage;reverse' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'How much to reverse [default: what is left of the charge]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: kept with the reversal and in the audit log')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'A key that makes a retry safe: the same key is reversed once')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;usage;help' {
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record a charge against a project or subproject (R10-R12)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import charges from JSON lines or CSV: all or nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List charges, oldest first')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Usage summed by billing account, project, subproject and product (R13)')
            [CompletionResult]::new('reverse', 'reverse', [CompletionResultType]::ParameterValue, 'Reverse a charge, wholly or in part: spending falls, a prepaid balance is refunded (R31)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;usage;help;record' {
            break
        }
        'acctl;usage;help;import' {
            break
        }
        'acctl;usage;help;list' {
            break
        }
        'acctl;usage;help;report' {
            break
        }
        'acctl;usage;help;reverse' {
            break
        }
        'acctl;usage;help;help' {
            break
        }
        'acctl;balance' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;invoice' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The month, YYYY-MM')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest (TOML; ''-'' reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The manifest (TOML; ''-'' reads standard input)')
            [CompletionResult]::new('--secrets-out', '--secrets-out', [CompletionResultType]::ParameterName, 'Write the secrets of the keys this apply issues to FILE (created, mode 0600; one line per key: name, tier, id, secret, tab-separated). Needed only when keys are issued')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan and change nothing (keys are not issued)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;export' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output (a new file, unless --force)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE when it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the settings in force and where each comes from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;config;path' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;config;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s acctl/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: `output` in the config file, else table]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Operator only: act with exactly the permissions of this user')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line; no status messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'acctl;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the settings in force and where each comes from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;config;help;path' {
            break
        }
        'acctl;config;help;show' {
            break
        }
        'acctl;config;help;help' {
            break
        }
        'acctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store with its account, a default billing account and a default project')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Show or rename the account')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Show the account''s projects and subprojects as a tree')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Create, list, show, rename and delete projects')
            [CompletionResult]::new('subproject', 'subproject', [CompletionResultType]::ParameterValue, 'Create, list, suspend, delete and restore subprojects')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list and remove users')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give users roles on the account or a project')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Issue, list, revoke and rotate API keys')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Explain who may do what, and why')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read and verify the tamper-evident audit log')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Add, list, move and remove resources: numbers, apps, service APIs, webhooks, configs')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify the store''s integrity and every invariant of the model (exit 7 on a problem)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store to a SQLite file, consistently, while others may write')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Move a store between backends: copy a SQLite file or PostgreSQL database into an empty one')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'Create, list, change, top up and link billing accounts (R07, R08, R11)')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'List the alerts raised as subprojects'' spending nears their limits (R30)')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Record, import, list, report and reverse usage (R10-R13, R31)')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show balances: every billing account''s, for the operator (R23)')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'The invoice of a billing account for one month, by project, subproject and product')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the store match a manifest: create and change, never delete (prints the plan)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the live structure as a manifest that apply accepts')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show where the config file is and what it holds')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;help;init' {
            break
        }
        'acctl;help;account' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the account')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename the account')
            [CompletionResult]::new('set-quota', 'set-quota', [CompletionResultType]::ParameterValue, 'Set or remove a quota (R36): lowering it below what exists is allowed, with a warning')
            break
        }
        'acctl;help;account;show' {
            break
        }
        'acctl;help;account;rename' {
            break
        }
        'acctl;help;account;set-quota' {
            break
        }
        'acctl;help;tree' {
            break
        }
        'acctl;help;project' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project, linked to a billing account (R02)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects, by name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a project')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project: operator only, needs --force (R16)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Edit a project: labels and protection (R33, R34)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted project while its name is free (R34)')
            break
        }
        'acctl;help;project;create' {
            break
        }
        'acctl;help;project;list' {
            break
        }
        'acctl;help;project;show' {
            break
        }
        'acctl;help;project;rename' {
            break
        }
        'acctl;help;project;delete' {
            break
        }
        'acctl;help;project;update' {
            break
        }
        'acctl;help;project;restore' {
            break
        }
        'acctl;help;subproject' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subproject under a project (R03)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subprojects, of one project or of all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subproject')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a subproject')
            [CompletionResult]::new('set-limit', 'set-limit', [CompletionResultType]::ParameterValue, 'Set or clear a subproject''s credit limit (R12, R29); below what is spent is allowed, with a warning')
            [CompletionResult]::new('set-alerts', 'set-alerts', [CompletionResultType]::ParameterValue, 'Set the alert thresholds of a subproject: percentages of its limit (R30; default 80,100)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended subproject (R14)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted subproject, named by its id, while its name is free (R15)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Edit a subproject: labels, external id and protection (R33, R34)')
            break
        }
        'acctl;help;subproject;create' {
            break
        }
        'acctl;help;subproject;list' {
            break
        }
        'acctl;help;subproject;show' {
            break
        }
        'acctl;help;subproject;rename' {
            break
        }
        'acctl;help;subproject;set-limit' {
            break
        }
        'acctl;help;subproject;set-alerts' {
            break
        }
        'acctl;help;subproject;suspend' {
            break
        }
        'acctl;help;subproject;resume' {
            break
        }
        'acctl;help;subproject;delete' {
            break
        }
        'acctl;help;subproject;restore' {
            break
        }
        'acctl;help;subproject;update' {
            break
        }
        'acctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (an admin on the account''s act, R19)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, by email')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user and every grant of theirs')
            break
        }
        'acctl;help;user;add' {
            break
        }
        'acctl;help;user;list' {
            break
        }
        'acctl;help;user;remove' {
            break
        }
        'acctl;help;grant' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a user a role on the account, or with --project on a project (R18)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take back a user''s grant on the account, or with --project on a project')
            break
        }
        'acctl;help;grant;add' {
            break
        }
        'acctl;help;grant;list' {
            break
        }
        'acctl;help;grant;revoke' {
            break
        }
        'acctl;help;key' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a key on a project or subproject; its secret is shown once (R20, R22)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List live keys, of one target or of everything you reach')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key at once')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Give a key a new secret, shown once; the old one ends at once or after --grace')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a key (its id and secret stay)')
            break
        }
        'acctl;help;key;issue' {
            break
        }
        'acctl;help;key;list' {
            break
        }
        'acctl;help;key;show' {
            break
        }
        'acctl;help;key;revoke' {
            break
        }
        'acctl;help;key;rotate' {
            break
        }
        'acctl;help;key;rename' {
            break
        }
        'acctl;help;access' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'May this user or key do that, and why? Exit 0 allowed, 5 denied')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Every user and key that reaches a target, and through what')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Everything a user or key reaches, and what it may do there')
            break
        }
        'acctl;help;access;check' {
            break
        }
        'acctl;help;access;who' {
            break
        }
        'acctl;help;access;list' {
            break
        }
        'acctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the hash chain; with --head, that a kept head hash is still in the log (exit 7 if not)')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the newest entry''s hash, to keep elsewhere')
            break
        }
        'acctl;help;audit;list' {
            break
        }
        'acctl;help;audit;verify' {
            break
        }
        'acctl;help;audit;head' {
            break
        }
        'acctl;help;resource' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Put a resource on a project or subproject (R06)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resources: on one project or subproject, or all that you reach')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a resource within one project''s tree (R06), or across projects with --across-projects (R37)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a resource')
            break
        }
        'acctl;help;resource;add' {
            break
        }
        'acctl;help;resource;list' {
            break
        }
        'acctl;help;resource;move' {
            break
        }
        'acctl;help;resource;remove' {
            break
        }
        'acctl;help;check' {
            break
        }
        'acctl;help;backup' {
            break
        }
        'acctl;help;store' {
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store into an empty one, between any two backends: a SQLite file or a postgres:// URL on either side. Ids, times, history and the audit chain are copied (the same `audit head` on both sides); the destination is checked with `check` and `audit verify` before success, and a copy that fails leaves it empty. --db is not used')
            break
        }
        'acctl;help;store;copy' {
            break
        }
        'acctl;help;billing' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a billing account (R07)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List billing accounts, by name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one billing account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a billing account, change its payment details or make it the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a billing account that no project links to and that has no history')
            [CompletionResult]::new('topup', 'topup', [CompletionResultType]::ParameterValue, 'Top up a prepaid billing account (R11)')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'A billing account''s top-ups and charges, oldest first')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move money between two prepaid billing accounts of one currency (R32)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a project to another billing account of the same currency (R08)')
            break
        }
        'acctl;help;billing;create' {
            break
        }
        'acctl;help;billing;list' {
            break
        }
        'acctl;help;billing;show' {
            break
        }
        'acctl;help;billing;update' {
            break
        }
        'acctl;help;billing;delete' {
            break
        }
        'acctl;help;billing;topup' {
            break
        }
        'acctl;help;billing;ledger' {
            break
        }
        'acctl;help;billing;transfer' {
            break
        }
        'acctl;help;billing;link' {
            break
        }
        'acctl;help;alert' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alerts in the order they were raised, oldest first')
            break
        }
        'acctl;help;alert;list' {
            break
        }
        'acctl;help;usage' {
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record a charge against a project or subproject (R10-R12)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import charges from JSON lines or CSV: all or nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List charges, oldest first')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Usage summed by billing account, project, subproject and product (R13)')
            [CompletionResult]::new('reverse', 'reverse', [CompletionResultType]::ParameterValue, 'Reverse a charge, wholly or in part: spending falls, a prepaid balance is refunded (R31)')
            break
        }
        'acctl;help;usage;record' {
            break
        }
        'acctl;help;usage;import' {
            break
        }
        'acctl;help;usage;list' {
            break
        }
        'acctl;help;usage;report' {
            break
        }
        'acctl;help;usage;reverse' {
            break
        }
        'acctl;help;balance' {
            break
        }
        'acctl;help;invoice' {
            break
        }
        'acctl;help;apply' {
            break
        }
        'acctl;help;export' {
            break
        }
        'acctl;help;completions' {
            break
        }
        'acctl;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the settings in force and where each comes from')
            break
        }
        'acctl;help;config;path' {
            break
        }
        'acctl;help;config;show' {
            break
        }
        'acctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
