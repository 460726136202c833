
use builtin;
use str;

set edit:completion:arg-completer[acctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'acctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'acctl'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the store with its account, a default billing account and a default project'
            cand account 'Show or rename the account'
            cand tree 'Show the account''s projects and subprojects as a tree'
            cand project 'Create, list, show, rename and delete projects'
            cand subproject 'Create, list, suspend, delete and restore subprojects'
            cand user 'Add, list and remove users'
            cand grant 'Give users roles on the account or a project'
            cand key 'Issue, list, revoke and rotate API keys'
            cand access 'Explain who may do what, and why'
            cand audit 'Read and verify the tamper-evident audit log'
            cand resource 'Add, list, move and remove resources: numbers, apps, service APIs, webhooks, configs'
            cand check 'Verify the store''s integrity and every invariant of the model (exit 7 on a problem)'
            cand backup 'Copy the store to a SQLite file, consistently, while others may write'
            cand store 'Move a store between backends: copy a SQLite file or PostgreSQL database into an empty one'
            cand billing 'Create, list, change, top up and link billing accounts (R07, R08, R11)'
            cand alert 'List the alerts raised as subprojects'' spending nears their limits (R30)'
            cand usage 'Record, import, list, report and reverse usage (R10-R13, R31)'
            cand balance 'Show balances: every billing account''s, for the operator (R23)'
            cand invoice 'The invoice of a billing account for one month, by project, subproject and product'
            cand apply 'Make the store match a manifest: create and change, never delete (prints the plan)'
            cand export 'Write the live structure as a manifest that apply accepts'
            cand completions 'Print a shell completion script'
            cand config 'Show where the config file is and what it holds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;init'= {
            cand --name 'The account''s name: the business itself'
            cand --currency 'The default billing account''s currency (ISO 4217) [default: `currency` in the config file, else USD]'
            cand --billing 'The default billing account''s kind'
            cand --billing-name 'The default billing account''s name'
            cand --project 'The default project''s name'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;account'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Show the account'
            cand rename 'Rename the account'
            cand set-quota 'Set or remove a quota (R36): lowering it below what exists is allowed, with a warning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;account;show'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;account;rename'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;account;set-quota'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;account;help'= {
            cand show 'Show the account'
            cand rename 'Rename the account'
            cand set-quota 'Set or remove a quota (R36): lowering it below what exists is allowed, with a warning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;account;help;show'= {
        }
        &'acctl;account;help;rename'= {
        }
        &'acctl;account;help;set-quota'= {
        }
        &'acctl;account;help;help'= {
        }
        &'acctl;tree'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --show-deleted 'Include deleted projects and subprojects'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;project'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a project, linked to a billing account (R02)'
            cand list 'List projects, by name'
            cand show 'Show one project'
            cand rename 'Rename a project'
            cand delete 'Delete a project: operator only, needs --force (R16)'
            cand update 'Edit a project: labels and protection (R33, R34)'
            cand restore 'Restore a deleted project while its name is free (R34)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;project;create'= {
            cand --billing 'The billing account to link to (name or id) [default: the default billing account]'
            cand --label 'A label, key=value (repeatable)'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;project;list'= {
            cand -l 'Only projects with this label, key=value (repeatable: all must match)'
            cand --selector 'Only projects with this label, key=value (repeatable: all must match)'
            cand --status 'Only projects with this status (deleted: the deleted ones alone)'
            cand --name-contains 'Only projects whose name holds this text, without regard to case'
            cand --sort 'Order by name, or by creation (oldest first)'
            cand --limit 'Only the first N, after filtering and ordering'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --show-deleted 'Include deleted projects'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;project;show'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;project;rename'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;project;delete'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --force 'Confirm the deletion (required)'
            cand --dry-run 'Show what would be deleted and revoked, and change nothing'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;project;update'= {
            cand --label 'Set a label, key=value (repeatable)'
            cand --remove-label 'Remove the label with this key (repeatable)'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --protect 'Protect it: deleting it is refused until --unprotect (R34)'
            cand --unprotect 'Remove the protection'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;project;restore'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;project;help'= {
            cand create 'Create a project, linked to a billing account (R02)'
            cand list 'List projects, by name'
            cand show 'Show one project'
            cand rename 'Rename a project'
            cand delete 'Delete a project: operator only, needs --force (R16)'
            cand update 'Edit a project: labels and protection (R33, R34)'
            cand restore 'Restore a deleted project while its name is free (R34)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;project;help;create'= {
        }
        &'acctl;project;help;list'= {
        }
        &'acctl;project;help;show'= {
        }
        &'acctl;project;help;rename'= {
        }
        &'acctl;project;help;delete'= {
        }
        &'acctl;project;help;update'= {
        }
        &'acctl;project;help;restore'= {
        }
        &'acctl;project;help;help'= {
        }
        &'acctl;subproject'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a subproject under a project (R03)'
            cand list 'List subprojects, of one project or of all'
            cand show 'Show one subproject'
            cand rename 'Rename a subproject'
            cand set-limit 'Set or clear a subproject''s credit limit (R12, R29); below what is spent is allowed, with a warning'
            cand set-alerts 'Set the alert thresholds of a subproject: percentages of its limit (R30; default 80,100)'
            cand suspend 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)'
            cand resume 'Resume a suspended subproject (R14)'
            cand delete 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)'
            cand restore 'Restore a deleted subproject, named by its id, while its name is free (R15)'
            cand update 'Edit a subproject: labels, external id and protection (R33, R34)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;subproject;create'= {
            cand --external-id 'The reseller''s own id for this customer: unique within the project'
            cand --credit-limit 'A credit limit in the project''s billing currency (R12)'
            cand --label 'A label, key=value (repeatable)'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --if-not-exists 'Succeed and print the existing subproject''s id when it already exists'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;list'= {
            cand -l 'Only subprojects with this label, key=value (repeatable: all must match)'
            cand --selector 'Only subprojects with this label, key=value (repeatable: all must match)'
            cand --external-id 'Only the subproject with this external id'
            cand --status 'Only subprojects with this status (deleted: the deleted ones alone)'
            cand --name-contains 'Only subprojects whose name holds this text, without regard to case'
            cand --over 'Only subprojects that spent at least PERCENT of their credit limit (in the limit''s period)'
            cand --sort 'Order by name, by creation (oldest first), or by total spent (most first)'
            cand --limit 'Only the first N, after filtering and ordering'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --show-deleted 'Include deleted subprojects'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;show'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;rename'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;set-limit'= {
            cand --period 'What the limit is measured against: the total spent, or each calendar month''s spending (UTC) [default: the subproject''s current period, lifetime for a new one]'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;set-alerts'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;suspend'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;resume'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;delete'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --release-resources 'Remove the resources that sit on it'
            cand --dry-run 'Show what would be revoked and released, and change nothing'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;restore'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;update'= {
            cand --label 'Set a label, key=value (repeatable)'
            cand --remove-label 'Remove the label with this key (repeatable)'
            cand --external-id 'Set the external id (unique among the project''s live subprojects)'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --protect 'Protect it: deleting it is refused until --unprotect (R34)'
            cand --unprotect 'Remove the protection'
            cand --clear-external-id 'Clear the external id'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;subproject;help'= {
            cand create 'Create a subproject under a project (R03)'
            cand list 'List subprojects, of one project or of all'
            cand show 'Show one subproject'
            cand rename 'Rename a subproject'
            cand set-limit 'Set or clear a subproject''s credit limit (R12, R29); below what is spent is allowed, with a warning'
            cand set-alerts 'Set the alert thresholds of a subproject: percentages of its limit (R30; default 80,100)'
            cand suspend 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)'
            cand resume 'Resume a suspended subproject (R14)'
            cand delete 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)'
            cand restore 'Restore a deleted subproject, named by its id, while its name is free (R15)'
            cand update 'Edit a subproject: labels, external id and protection (R33, R34)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;subproject;help;create'= {
        }
        &'acctl;subproject;help;list'= {
        }
        &'acctl;subproject;help;show'= {
        }
        &'acctl;subproject;help;rename'= {
        }
        &'acctl;subproject;help;set-limit'= {
        }
        &'acctl;subproject;help;set-alerts'= {
        }
        &'acctl;subproject;help;suspend'= {
        }
        &'acctl;subproject;help;resume'= {
        }
        &'acctl;subproject;help;delete'= {
        }
        &'acctl;subproject;help;restore'= {
        }
        &'acctl;subproject;help;update'= {
        }
        &'acctl;subproject;help;help'= {
        }
        &'acctl;user'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a user (an admin on the account''s act, R19)'
            cand list 'List users, by email'
            cand remove 'Remove a user and every grant of theirs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;user;add'= {
            cand --name 'The user''s name'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;user;list'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;user;remove'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;user;help'= {
            cand add 'Add a user (an admin on the account''s act, R19)'
            cand list 'List users, by email'
            cand remove 'Remove a user and every grant of theirs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;user;help;add'= {
        }
        &'acctl;user;help;list'= {
        }
        &'acctl;user;help;remove'= {
        }
        &'acctl;user;help;help'= {
        }
        &'acctl;grant'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Give a user a role on the account, or with --project on a project (R18)'
            cand list 'List grants'
            cand revoke 'Take back a user''s grant on the account, or with --project on a project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;grant;add'= {
            cand --project 'The project to grant on (default: the account); never a subproject'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;grant;list'= {
            cand --user 'Only this user''s grants'
            cand --project 'Only grants on this project'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;grant;revoke'= {
            cand --project 'The project the grant is on (default: the account)'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;grant;help'= {
            cand add 'Give a user a role on the account, or with --project on a project (R18)'
            cand list 'List grants'
            cand revoke 'Take back a user''s grant on the account, or with --project on a project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;grant;help;add'= {
        }
        &'acctl;grant;help;list'= {
        }
        &'acctl;grant;help;revoke'= {
        }
        &'acctl;grant;help;help'= {
        }
        &'acctl;key'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand issue 'Issue a key on a project or subproject; its secret is shown once (R20, R22)'
            cand list 'List live keys, of one target or of everything you reach'
            cand show 'Show one key'
            cand revoke 'Revoke a key at once'
            cand rotate 'Give a key a new secret, shown once; the old one ends at once or after --grace'
            cand rename 'Rename a key (its id and secret stay)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;key;issue'= {
            cand --name 'A name, unique among the target''s live keys'
            cand --expires-in 'Expire after this long: 90s, 15m, 12h, 30d'
            cand --secret-out 'Write the secret to FILE (created with mode 0600) instead of stdout'
            cand --role 'What the key may do in its scope: full (R21), usage (record usage and read) or read (R35)'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;key;list'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --all 'Include revoked and expired keys'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;key;show'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;key;revoke'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;key;rotate'= {
            cand --grace 'Keep the old secret working this long: 90s, 15m, 12h, 30d (default: end it at once)'
            cand --secret-out 'Write the new secret to FILE (created with mode 0600) instead of stdout'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;key;rename'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;key;help'= {
            cand issue 'Issue a key on a project or subproject; its secret is shown once (R20, R22)'
            cand list 'List live keys, of one target or of everything you reach'
            cand show 'Show one key'
            cand revoke 'Revoke a key at once'
            cand rotate 'Give a key a new secret, shown once; the old one ends at once or after --grace'
            cand rename 'Rename a key (its id and secret stay)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;key;help;issue'= {
        }
        &'acctl;key;help;list'= {
        }
        &'acctl;key;help;show'= {
        }
        &'acctl;key;help;revoke'= {
        }
        &'acctl;key;help;rotate'= {
        }
        &'acctl;key;help;rename'= {
        }
        &'acctl;key;help;help'= {
        }
        &'acctl;access'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand check 'May this user or key do that, and why? Exit 0 allowed, 5 denied'
            cand who 'Every user and key that reaches a target, and through what'
            cand list 'Everything a user or key reaches, and what it may do there'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;access;check'= {
            cand --user 'The user, by email'
            cand --key 'The key, by its public id'
            cand --on 'The target: a project, project/subproject, an id, or / for the account'
            cand --action 'read, resource.manage, usage.record, key.manage, subproject.manage, grant.manage, billing.manage, project.delete, account.manage or resource.transfer'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;access;who'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;access;list'= {
            cand --user 'The user, by email'
            cand --key 'The key, by its public id'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;access;help'= {
            cand check 'May this user or key do that, and why? Exit 0 allowed, 5 denied'
            cand who 'Every user and key that reaches a target, and through what'
            cand list 'Everything a user or key reaches, and what it may do there'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;access;help;check'= {
        }
        &'acctl;access;help;who'= {
        }
        &'acctl;access;help;list'= {
        }
        &'acctl;access;help;help'= {
        }
        &'acctl;audit'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List audit entries, oldest first'
            cand verify 'Verify the hash chain; with --head, that a kept head hash is still in the log (exit 7 if not)'
            cand head 'Print the newest entry''s hash, to keep elsewhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;audit;list'= {
            cand --since 'Only entries since: a duration back from now (12h, 30d) or an RFC 3339 time'
            cand --actor 'Only this actor: operator, an email, a key id (or user:EMAIL, key:ID)'
            cand --target 'Only this target: a name or path; a project also matches its subprojects'
            cand --limit 'Only the newest N entries'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;audit;verify'= {
            cand --head 'A hash kept from `acctl audit head`'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;audit;head'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;audit;help'= {
            cand list 'List audit entries, oldest first'
            cand verify 'Verify the hash chain; with --head, that a kept head hash is still in the log (exit 7 if not)'
            cand head 'Print the newest entry''s hash, to keep elsewhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;audit;help;list'= {
        }
        &'acctl;audit;help;verify'= {
        }
        &'acctl;audit;help;head'= {
        }
        &'acctl;audit;help;help'= {
        }
        &'acctl;resource'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Put a resource on a project or subproject (R06)'
            cand list 'List resources: on one project or subproject, or all that you reach'
            cand move 'Move a resource within one project''s tree (R06), or across projects with --across-projects (R37)'
            cand remove 'Remove a resource'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;resource;add'= {
            cand --kind 'What the resource is'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;resource;list'= {
            cand --kind 'Only resources of this kind'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;resource;move'= {
            cand --kind 'The resource''s kind, when its value is shared by two kinds'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --across-projects 'Allow a move to another project''s tree (R37): the operator, or an admin on both projects'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;resource;remove'= {
            cand --kind 'The resource''s kind, when its value is shared by two kinds'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;resource;help'= {
            cand add 'Put a resource on a project or subproject (R06)'
            cand list 'List resources: on one project or subproject, or all that you reach'
            cand move 'Move a resource within one project''s tree (R06), or across projects with --across-projects (R37)'
            cand remove 'Remove a resource'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;resource;help;add'= {
        }
        &'acctl;resource;help;list'= {
        }
        &'acctl;resource;help;move'= {
        }
        &'acctl;resource;help;remove'= {
        }
        &'acctl;resource;help;help'= {
        }
        &'acctl;check'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --repair 'Rebuild what the store keeps beside its records where the check finds it out of step (totals spent, prepaid balances, monthly spending, monthly usage sums, the lookup keys of names and emails) from those records, then check again; records (charges, reversals, top-ups, transfers, the audit log) are never changed, and nothing is rebuilt while the file or the records themselves fail a check (integrity, foreign keys, currencies, reversals, transfers). Needs account admin; one audit entry when anything was rebuilt; exits 7 if anything is still wrong'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;backup'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --force 'Replace PATH if it exists'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;store'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand copy 'Copy a whole store into an empty one, between any two backends: a SQLite file or a postgres:// URL on either side. Ids, times, history and the audit chain are copied (the same `audit head` on both sides); the destination is checked with `check` and `audit verify` before success, and a copy that fails leaves it empty. --db is not used'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;store;copy'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;store;help'= {
            cand copy 'Copy a whole store into an empty one, between any two backends: a SQLite file or a postgres:// URL on either side. Ids, times, history and the audit chain are copied (the same `audit head` on both sides); the destination is checked with `check` and `audit verify` before success, and a copy that fails leaves it empty. --db is not used'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;store;help;copy'= {
        }
        &'acctl;store;help;help'= {
        }
        &'acctl;billing'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a billing account (R07)'
            cand list 'List billing accounts, by name'
            cand show 'Show one billing account'
            cand update 'Rename a billing account, change its payment details or make it the default'
            cand delete 'Delete a billing account that no project links to and that has no history'
            cand topup 'Top up a prepaid billing account (R11)'
            cand ledger 'A billing account''s top-ups and charges, oldest first'
            cand transfer 'Move money between two prepaid billing accounts of one currency (R32)'
            cand link 'Link a project to another billing account of the same currency (R08)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;billing;create'= {
            cand --kind 'Prepaid (a balance topped up and drawn down) or postpaid (charges accrue to invoices)'
            cand --currency 'Its ISO 4217 currency'
            cand --legal-name 'The legal name invoices are made out to'
            cand --address 'The postal address on invoices'
            cand --tax-id 'The tax id on invoices'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;billing;list'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;billing;show'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;billing;update'= {
            cand --name 'A new name'
            cand --legal-name 'The legal name invoices are made out to'
            cand --address 'The postal address on invoices'
            cand --tax-id 'The tax id on invoices'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --make-default 'Make it the default billing account of new projects'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;billing;delete'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;billing;topup'= {
            cand --idempotency-key 'A key that makes a retry safe: the same key is topped up once'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;billing;ledger'= {
            cand --period 'Only this month (UTC), YYYY-MM'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;billing;transfer'= {
            cand --idempotency-key 'A key that makes a retry safe: the same key is transferred once'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;billing;link'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;billing;help'= {
            cand create 'Create a billing account (R07)'
            cand list 'List billing accounts, by name'
            cand show 'Show one billing account'
            cand update 'Rename a billing account, change its payment details or make it the default'
            cand delete 'Delete a billing account that no project links to and that has no history'
            cand topup 'Top up a prepaid billing account (R11)'
            cand ledger 'A billing account''s top-ups and charges, oldest first'
            cand transfer 'Move money between two prepaid billing accounts of one currency (R32)'
            cand link 'Link a project to another billing account of the same currency (R08)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;billing;help;create'= {
        }
        &'acctl;billing;help;list'= {
        }
        &'acctl;billing;help;show'= {
        }
        &'acctl;billing;help;update'= {
        }
        &'acctl;billing;help;delete'= {
        }
        &'acctl;billing;help;topup'= {
        }
        &'acctl;billing;help;ledger'= {
        }
        &'acctl;billing;help;transfer'= {
        }
        &'acctl;billing;help;link'= {
        }
        &'acctl;billing;help;help'= {
        }
        &'acctl;alert'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List alerts in the order they were raised, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;alert;list'= {
            cand --after 'Only alerts raised after this one (its id): a cursor'
            cand --since 'Only alerts since: a duration back from now (12h, 30d) or an RFC 3339 time'
            cand --subproject 'Only this subproject''s alerts (project/subproject or its id)'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;alert;help'= {
            cand list 'List alerts in the order they were raised, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;alert;help;list'= {
        }
        &'acctl;alert;help;help'= {
        }
        &'acctl;usage'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand record 'Record a charge against a project or subproject (R10-R12)'
            cand import 'Import charges from JSON lines or CSV: all or nothing'
            cand list 'List charges, oldest first'
            cand report 'Usage summed by billing account, project, subproject and product (R13)'
            cand reverse 'Reverse a charge, wholly or in part: spending falls, a prepaid balance is refunded (R31)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;usage;record'= {
            cand --product 'The product, for reports'
            cand --quantity 'The number of units, for reports'
            cand --description 'A description'
            cand --idempotency-key 'A key that makes a retry safe: the same key is recorded once'
            cand --currency 'The currency the amount is in: must be the billing account''s'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;usage;import'= {
            cand --format 'The file''s format [default: from its extension; jsonl for standard input]'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;usage;list'= {
            cand --period 'Only this month (UTC), YYYY-MM'
            cand --from 'From this day on (UTC, inclusive), YYYY-MM-DD'
            cand --to 'Up to this day (UTC, exclusive), YYYY-MM-DD'
            cand --limit 'Only the newest N charges (still printed oldest first)'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;usage;report'= {
            cand --period 'Only this month (UTC), YYYY-MM'
            cand --from 'From this day on (UTC, inclusive), YYYY-MM-DD'
            cand --to 'Up to this day (UTC, exclusive), YYYY-MM-DD'
            cand --granularity 'A row per day or month, with a period column [default: none, one row over the span]'
            cand --by 'Group rows by project; by project, subproject and product; or by product'
            cand --billing 'Only this billing account''s usage'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;usage;reverse'= {
            cand --amount 'How much to reverse [default: what is left of the charge]'
            cand --reason 'Why: kept with the reversal and in the audit log'
            cand --idempotency-key 'A key that makes a retry safe: the same key is reversed once'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;usage;help'= {
            cand record 'Record a charge against a project or subproject (R10-R12)'
            cand import 'Import charges from JSON lines or CSV: all or nothing'
            cand list 'List charges, oldest first'
            cand report 'Usage summed by billing account, project, subproject and product (R13)'
            cand reverse 'Reverse a charge, wholly or in part: spending falls, a prepaid balance is refunded (R31)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;usage;help;record'= {
        }
        &'acctl;usage;help;import'= {
        }
        &'acctl;usage;help;list'= {
        }
        &'acctl;usage;help;report'= {
        }
        &'acctl;usage;help;reverse'= {
        }
        &'acctl;usage;help;help'= {
        }
        &'acctl;balance'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;invoice'= {
            cand --period 'The month, YYYY-MM'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;apply'= {
            cand -f 'The manifest (TOML; ''-'' reads standard input)'
            cand --file 'The manifest (TOML; ''-'' reads standard input)'
            cand --secrets-out 'Write the secrets of the keys this apply issues to FILE (created, mode 0600; one line per key: name, tier, id, secret, tab-separated). Needed only when keys are issued'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --dry-run 'Show the plan and change nothing (keys are not issued)'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;export'= {
            cand --file 'Write to FILE instead of standard output (a new file, unless --force)'
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand --force 'Replace FILE when it exists'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;completions'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;config'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand path 'Print the config file''s path'
            cand show 'Print the settings in force and where each comes from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;config;path'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;config;show'= {
            cand --db 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --key-file 'Act as the API key whose secret is in PATH (''-'' reads stdin); env ACCTL_KEY holds one directly'
            cand --as 'Operator only: act with exactly the permissions of this user'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'acctl;config;help'= {
            cand path 'Print the config file''s path'
            cand show 'Print the settings in force and where each comes from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;config;help;path'= {
        }
        &'acctl;config;help;show'= {
        }
        &'acctl;config;help;help'= {
        }
        &'acctl;help'= {
            cand init 'Create the store with its account, a default billing account and a default project'
            cand account 'Show or rename the account'
            cand tree 'Show the account''s projects and subprojects as a tree'
            cand project 'Create, list, show, rename and delete projects'
            cand subproject 'Create, list, suspend, delete and restore subprojects'
            cand user 'Add, list and remove users'
            cand grant 'Give users roles on the account or a project'
            cand key 'Issue, list, revoke and rotate API keys'
            cand access 'Explain who may do what, and why'
            cand audit 'Read and verify the tamper-evident audit log'
            cand resource 'Add, list, move and remove resources: numbers, apps, service APIs, webhooks, configs'
            cand check 'Verify the store''s integrity and every invariant of the model (exit 7 on a problem)'
            cand backup 'Copy the store to a SQLite file, consistently, while others may write'
            cand store 'Move a store between backends: copy a SQLite file or PostgreSQL database into an empty one'
            cand billing 'Create, list, change, top up and link billing accounts (R07, R08, R11)'
            cand alert 'List the alerts raised as subprojects'' spending nears their limits (R30)'
            cand usage 'Record, import, list, report and reverse usage (R10-R13, R31)'
            cand balance 'Show balances: every billing account''s, for the operator (R23)'
            cand invoice 'The invoice of a billing account for one month, by project, subproject and product'
            cand apply 'Make the store match a manifest: create and change, never delete (prints the plan)'
            cand export 'Write the live structure as a manifest that apply accepts'
            cand completions 'Print a shell completion script'
            cand config 'Show where the config file is and what it holds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;help;init'= {
        }
        &'acctl;help;account'= {
            cand show 'Show the account'
            cand rename 'Rename the account'
            cand set-quota 'Set or remove a quota (R36): lowering it below what exists is allowed, with a warning'
        }
        &'acctl;help;account;show'= {
        }
        &'acctl;help;account;rename'= {
        }
        &'acctl;help;account;set-quota'= {
        }
        &'acctl;help;tree'= {
        }
        &'acctl;help;project'= {
            cand create 'Create a project, linked to a billing account (R02)'
            cand list 'List projects, by name'
            cand show 'Show one project'
            cand rename 'Rename a project'
            cand delete 'Delete a project: operator only, needs --force (R16)'
            cand update 'Edit a project: labels and protection (R33, R34)'
            cand restore 'Restore a deleted project while its name is free (R34)'
        }
        &'acctl;help;project;create'= {
        }
        &'acctl;help;project;list'= {
        }
        &'acctl;help;project;show'= {
        }
        &'acctl;help;project;rename'= {
        }
        &'acctl;help;project;delete'= {
        }
        &'acctl;help;project;update'= {
        }
        &'acctl;help;project;restore'= {
        }
        &'acctl;help;subproject'= {
            cand create 'Create a subproject under a project (R03)'
            cand list 'List subprojects, of one project or of all'
            cand show 'Show one subproject'
            cand rename 'Rename a subproject'
            cand set-limit 'Set or clear a subproject''s credit limit (R12, R29); below what is spent is allowed, with a warning'
            cand set-alerts 'Set the alert thresholds of a subproject: percentages of its limit (R30; default 80,100)'
            cand suspend 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)'
            cand resume 'Resume a suspended subproject (R14)'
            cand delete 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)'
            cand restore 'Restore a deleted subproject, named by its id, while its name is free (R15)'
            cand update 'Edit a subproject: labels, external id and protection (R33, R34)'
        }
        &'acctl;help;subproject;create'= {
        }
        &'acctl;help;subproject;list'= {
        }
        &'acctl;help;subproject;show'= {
        }
        &'acctl;help;subproject;rename'= {
        }
        &'acctl;help;subproject;set-limit'= {
        }
        &'acctl;help;subproject;set-alerts'= {
        }
        &'acctl;help;subproject;suspend'= {
        }
        &'acctl;help;subproject;resume'= {
        }
        &'acctl;help;subproject;delete'= {
        }
        &'acctl;help;subproject;restore'= {
        }
        &'acctl;help;subproject;update'= {
        }
        &'acctl;help;user'= {
            cand add 'Add a user (an admin on the account''s act, R19)'
            cand list 'List users, by email'
            cand remove 'Remove a user and every grant of theirs'
        }
        &'acctl;help;user;add'= {
        }
        &'acctl;help;user;list'= {
        }
        &'acctl;help;user;remove'= {
        }
        &'acctl;help;grant'= {
            cand add 'Give a user a role on the account, or with --project on a project (R18)'
            cand list 'List grants'
            cand revoke 'Take back a user''s grant on the account, or with --project on a project'
        }
        &'acctl;help;grant;add'= {
        }
        &'acctl;help;grant;list'= {
        }
        &'acctl;help;grant;revoke'= {
        }
        &'acctl;help;key'= {
            cand issue 'Issue a key on a project or subproject; its secret is shown once (R20, R22)'
            cand list 'List live keys, of one target or of everything you reach'
            cand show 'Show one key'
            cand revoke 'Revoke a key at once'
            cand rotate 'Give a key a new secret, shown once; the old one ends at once or after --grace'
            cand rename 'Rename a key (its id and secret stay)'
        }
        &'acctl;help;key;issue'= {
        }
        &'acctl;help;key;list'= {
        }
        &'acctl;help;key;show'= {
        }
        &'acctl;help;key;revoke'= {
        }
        &'acctl;help;key;rotate'= {
        }
        &'acctl;help;key;rename'= {
        }
        &'acctl;help;access'= {
            cand check 'May this user or key do that, and why? Exit 0 allowed, 5 denied'
            cand who 'Every user and key that reaches a target, and through what'
            cand list 'Everything a user or key reaches, and what it may do there'
        }
        &'acctl;help;access;check'= {
        }
        &'acctl;help;access;who'= {
        }
        &'acctl;help;access;list'= {
        }
        &'acctl;help;audit'= {
            cand list 'List audit entries, oldest first'
            cand verify 'Verify the hash chain; with --head, that a kept head hash is still in the log (exit 7 if not)'
            cand head 'Print the newest entry''s hash, to keep elsewhere'
        }
        &'acctl;help;audit;list'= {
        }
        &'acctl;help;audit;verify'= {
        }
        &'acctl;help;audit;head'= {
        }
        &'acctl;help;resource'= {
            cand add 'Put a resource on a project or subproject (R06)'
            cand list 'List resources: on one project or subproject, or all that you reach'
            cand move 'Move a resource within one project''s tree (R06), or across projects with --across-projects (R37)'
            cand remove 'Remove a resource'
        }
        &'acctl;help;resource;add'= {
        }
        &'acctl;help;resource;list'= {
        }
        &'acctl;help;resource;move'= {
        }
        &'acctl;help;resource;remove'= {
        }
        &'acctl;help;check'= {
        }
        &'acctl;help;backup'= {
        }
        &'acctl;help;store'= {
            cand copy 'Copy a whole store into an empty one, between any two backends: a SQLite file or a postgres:// URL on either side. Ids, times, history and the audit chain are copied (the same `audit head` on both sides); the destination is checked with `check` and `audit verify` before success, and a copy that fails leaves it empty. --db is not used'
        }
        &'acctl;help;store;copy'= {
        }
        &'acctl;help;billing'= {
            cand create 'Create a billing account (R07)'
            cand list 'List billing accounts, by name'
            cand show 'Show one billing account'
            cand update 'Rename a billing account, change its payment details or make it the default'
            cand delete 'Delete a billing account that no project links to and that has no history'
            cand topup 'Top up a prepaid billing account (R11)'
            cand ledger 'A billing account''s top-ups and charges, oldest first'
            cand transfer 'Move money between two prepaid billing accounts of one currency (R32)'
            cand link 'Link a project to another billing account of the same currency (R08)'
        }
        &'acctl;help;billing;create'= {
        }
        &'acctl;help;billing;list'= {
        }
        &'acctl;help;billing;show'= {
        }
        &'acctl;help;billing;update'= {
        }
        &'acctl;help;billing;delete'= {
        }
        &'acctl;help;billing;topup'= {
        }
        &'acctl;help;billing;ledger'= {
        }
        &'acctl;help;billing;transfer'= {
        }
        &'acctl;help;billing;link'= {
        }
        &'acctl;help;alert'= {
            cand list 'List alerts in the order they were raised, oldest first'
        }
        &'acctl;help;alert;list'= {
        }
        &'acctl;help;usage'= {
            cand record 'Record a charge against a project or subproject (R10-R12)'
            cand import 'Import charges from JSON lines or CSV: all or nothing'
            cand list 'List charges, oldest first'
            cand report 'Usage summed by billing account, project, subproject and product (R13)'
            cand reverse 'Reverse a charge, wholly or in part: spending falls, a prepaid balance is refunded (R31)'
        }
        &'acctl;help;usage;record'= {
        }
        &'acctl;help;usage;import'= {
        }
        &'acctl;help;usage;list'= {
        }
        &'acctl;help;usage;report'= {
        }
        &'acctl;help;usage;reverse'= {
        }
        &'acctl;help;balance'= {
        }
        &'acctl;help;invoice'= {
        }
        &'acctl;help;apply'= {
        }
        &'acctl;help;export'= {
        }
        &'acctl;help;completions'= {
        }
        &'acctl;help;config'= {
            cand path 'Print the config file''s path'
            cand show 'Print the settings in force and where each comes from'
        }
        &'acctl;help;config;path'= {
        }
        &'acctl;help;config;show'= {
        }
        &'acctl;help;help'= {
        }
    ]
    $completions[$command]
}
