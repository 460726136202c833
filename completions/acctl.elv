
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
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the store with its account, a default billing account and a default project'
            cand account 'Show or rename the account'
            cand tree 'Show the account''s projects and subprojects as a tree'
            cand project 'Create, list, show, rename and delete projects'
            cand subproject 'Create, list, suspend, delete and restore subprojects'
            cand billing 'Create, list, change, top up and link billing accounts (R07, R08, R11)'
            cand usage 'Record, import, list and report usage (R10-R13)'
            cand balance 'Show balances: every billing account''s, for the operator (R23)'
            cand invoice 'The invoice of a billing account for one month, by project, subproject and product'
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
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;account'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Show the account'
            cand rename 'Rename the account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;account;show'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;account;rename'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;account;help'= {
            cand show 'Show the account'
            cand rename 'Rename the account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;account;help;show'= {
        }
        &'acctl;account;help;rename'= {
        }
        &'acctl;account;help;help'= {
        }
        &'acctl;tree'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand --show-deleted 'Include deleted projects and subprojects'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;project'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a project, linked to a billing account (R02)'
            cand list 'List projects, by name'
            cand show 'Show one project'
            cand rename 'Rename a project'
            cand delete 'Delete a project: operator only, needs --force (R16)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;project;create'= {
            cand --billing 'The billing account to link to (name or id) [default: the default billing account]'
            cand --label 'A label, key=value (repeatable)'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;project;list'= {
            cand -l 'Only projects with this label, key=value (repeatable: all must match)'
            cand --selector 'Only projects with this label, key=value (repeatable: all must match)'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand --show-deleted 'Include deleted projects'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;project;show'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;project;rename'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;project;delete'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand --force 'Confirm the deletion (required)'
            cand --dry-run 'Show what would be deleted and revoked, and change nothing'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;project;help'= {
            cand create 'Create a project, linked to a billing account (R02)'
            cand list 'List projects, by name'
            cand show 'Show one project'
            cand rename 'Rename a project'
            cand delete 'Delete a project: operator only, needs --force (R16)'
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
        &'acctl;project;help;help'= {
        }
        &'acctl;subproject'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a subproject under a project (R03)'
            cand list 'List subprojects, of one project or of all'
            cand show 'Show one subproject'
            cand rename 'Rename a subproject'
            cand set-limit 'Set or clear a subproject''s credit limit (R12); below what is spent is allowed, with a warning'
            cand suspend 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)'
            cand resume 'Resume a suspended subproject (R14)'
            cand delete 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)'
            cand restore 'Restore a deleted subproject, named by its id, while its name is free (R15)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;subproject;create'= {
            cand --external-id 'The reseller''s own id for this customer: unique within the project'
            cand --credit-limit 'A credit limit in the project''s billing currency (R12)'
            cand --label 'A label, key=value (repeatable)'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand --if-not-exists 'Succeed and print the existing subproject''s id when it already exists'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;subproject;list'= {
            cand -l 'Only subprojects with this label, key=value (repeatable: all must match)'
            cand --selector 'Only subprojects with this label, key=value (repeatable: all must match)'
            cand --external-id 'Only the subproject with this external id'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand --show-deleted 'Include deleted subprojects'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;subproject;show'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;subproject;rename'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;subproject;set-limit'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;subproject;suspend'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;subproject;resume'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;subproject;delete'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand --release-resources 'Remove the resources that sit on it'
            cand --dry-run 'Show what would be revoked and released, and change nothing'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;subproject;restore'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;subproject;help'= {
            cand create 'Create a subproject under a project (R03)'
            cand list 'List subprojects, of one project or of all'
            cand show 'Show one subproject'
            cand rename 'Rename a subproject'
            cand set-limit 'Set or clear a subproject''s credit limit (R12); below what is spent is allowed, with a warning'
            cand suspend 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)'
            cand resume 'Resume a suspended subproject (R14)'
            cand delete 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)'
            cand restore 'Restore a deleted subproject, named by its id, while its name is free (R15)'
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
        &'acctl;subproject;help;suspend'= {
        }
        &'acctl;subproject;help;resume'= {
        }
        &'acctl;subproject;help;delete'= {
        }
        &'acctl;subproject;help;restore'= {
        }
        &'acctl;subproject;help;help'= {
        }
        &'acctl;billing'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a billing account (R07)'
            cand list 'List billing accounts, by name'
            cand show 'Show one billing account'
            cand update 'Rename a billing account, change its payment details or make it the default'
            cand delete 'Delete a billing account that no project links to and that has no history'
            cand topup 'Top up a prepaid billing account (R11)'
            cand ledger 'A billing account''s top-ups and charges, oldest first'
            cand link 'Link a project to another billing account of the same currency (R08)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;billing;create'= {
            cand --kind 'Prepaid (a balance topped up and drawn down) or postpaid (charges accrue to invoices)'
            cand --currency 'Its ISO 4217 currency'
            cand --legal-name 'The legal name invoices are made out to'
            cand --address 'The postal address on invoices'
            cand --tax-id 'The tax id on invoices'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;billing;list'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;billing;show'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;billing;update'= {
            cand --name 'A new name'
            cand --legal-name 'The legal name invoices are made out to'
            cand --address 'The postal address on invoices'
            cand --tax-id 'The tax id on invoices'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand --make-default 'Make it the default billing account of new projects'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;billing;delete'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;billing;topup'= {
            cand --idempotency-key 'A key that makes a retry safe: the same key is topped up once'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;billing;ledger'= {
            cand --period 'Only this month (UTC), YYYY-MM'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;billing;link'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;billing;help'= {
            cand create 'Create a billing account (R07)'
            cand list 'List billing accounts, by name'
            cand show 'Show one billing account'
            cand update 'Rename a billing account, change its payment details or make it the default'
            cand delete 'Delete a billing account that no project links to and that has no history'
            cand topup 'Top up a prepaid billing account (R11)'
            cand ledger 'A billing account''s top-ups and charges, oldest first'
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
        &'acctl;billing;help;link'= {
        }
        &'acctl;billing;help;help'= {
        }
        &'acctl;usage'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand record 'Record a charge against a project or subproject (R10-R12)'
            cand import 'Import charges from JSON lines or CSV: all or nothing'
            cand list 'List charges, oldest first'
            cand report 'Usage summed by billing account, project, subproject and product (R13)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;usage;record'= {
            cand --product 'The product, for reports'
            cand --quantity 'The number of units, for reports'
            cand --description 'A description'
            cand --idempotency-key 'A key that makes a retry safe: the same key is recorded once'
            cand --currency 'The currency the amount is in: must be the billing account''s'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;usage;import'= {
            cand --format 'The file''s format [default: from its extension; jsonl for standard input]'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;usage;list'= {
            cand --period 'Only this month (UTC), YYYY-MM'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;usage;report'= {
            cand --period 'Only this month (UTC), YYYY-MM [default: all time]'
            cand --by 'Group rows by project; by project, subproject and product; or by product'
            cand --billing 'Only this billing account''s usage'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;usage;help'= {
            cand record 'Record a charge against a project or subproject (R10-R12)'
            cand import 'Import charges from JSON lines or CSV: all or nothing'
            cand list 'List charges, oldest first'
            cand report 'Usage summed by billing account, project, subproject and product (R13)'
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
        &'acctl;usage;help;help'= {
        }
        &'acctl;balance'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;invoice'= {
            cand --period 'The month, YYYY-MM'
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;completions'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;config'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand path 'Print the config file''s path'
            cand show 'Print the settings in force and where each comes from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;config;path'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'acctl;config;show'= {
            cand --db 'The store file [default: `db` in the config file, else the data dir''s acctl/acctl.db]'
            cand --config 'The config file [default: the config dir''s acctl/config.toml]'
            cand -o 'Output format [default: `output` in the config file, else table]'
            cand --output 'Output format [default: `output` in the config file, else table]'
            cand --color 'When to use colour'
            cand -q 'Print only ids, one per line; no status messages'
            cand --quiet 'Print only ids, one per line; no status messages'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand billing 'Create, list, change, top up and link billing accounts (R07, R08, R11)'
            cand usage 'Record, import, list and report usage (R10-R13)'
            cand balance 'Show balances: every billing account''s, for the operator (R23)'
            cand invoice 'The invoice of a billing account for one month, by project, subproject and product'
            cand completions 'Print a shell completion script'
            cand config 'Show where the config file is and what it holds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;help;init'= {
        }
        &'acctl;help;account'= {
            cand show 'Show the account'
            cand rename 'Rename the account'
        }
        &'acctl;help;account;show'= {
        }
        &'acctl;help;account;rename'= {
        }
        &'acctl;help;tree'= {
        }
        &'acctl;help;project'= {
            cand create 'Create a project, linked to a billing account (R02)'
            cand list 'List projects, by name'
            cand show 'Show one project'
            cand rename 'Rename a project'
            cand delete 'Delete a project: operator only, needs --force (R16)'
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
        &'acctl;help;subproject'= {
            cand create 'Create a subproject under a project (R03)'
            cand list 'List subprojects, of one project or of all'
            cand show 'Show one subproject'
            cand rename 'Rename a subproject'
            cand set-limit 'Set or clear a subproject''s credit limit (R12); below what is spent is allowed, with a warning'
            cand suspend 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)'
            cand resume 'Resume a suspended subproject (R14)'
            cand delete 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)'
            cand restore 'Restore a deleted subproject, named by its id, while its name is free (R15)'
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
        &'acctl;help;subproject;suspend'= {
        }
        &'acctl;help;subproject;resume'= {
        }
        &'acctl;help;subproject;delete'= {
        }
        &'acctl;help;subproject;restore'= {
        }
        &'acctl;help;billing'= {
            cand create 'Create a billing account (R07)'
            cand list 'List billing accounts, by name'
            cand show 'Show one billing account'
            cand update 'Rename a billing account, change its payment details or make it the default'
            cand delete 'Delete a billing account that no project links to and that has no history'
            cand topup 'Top up a prepaid billing account (R11)'
            cand ledger 'A billing account''s top-ups and charges, oldest first'
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
        &'acctl;help;billing;link'= {
        }
        &'acctl;help;usage'= {
            cand record 'Record a charge against a project or subproject (R10-R12)'
            cand import 'Import charges from JSON lines or CSV: all or nothing'
            cand list 'List charges, oldest first'
            cand report 'Usage summed by billing account, project, subproject and product (R13)'
        }
        &'acctl;help;usage;record'= {
        }
        &'acctl;help;usage;import'= {
        }
        &'acctl;help;usage;list'= {
        }
        &'acctl;help;usage;report'= {
        }
        &'acctl;help;balance'= {
        }
        &'acctl;help;invoice'= {
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
