# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_acctl_global_optspecs
    string join \n db= config= o/output= q/quiet key-file= as= color= h/help V/version
end

function __fish_acctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_acctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_acctl_using_subcommand
    set -l cmd (__fish_acctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c acctl -n "__fish_acctl_needs_command" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_needs_command" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_needs_command" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_needs_command" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_needs_command" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_needs_command" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_needs_command" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "init" -d 'Create the store with its account, a default billing account and a default project'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "account" -d 'Show or rename the account'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "tree" -d 'Show the account\'s projects and subprojects as a tree'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "project" -d 'Create, list, show, rename and delete projects'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "subproject" -d 'Create, list, suspend, delete and restore subprojects'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "user" -d 'Add, list and remove users'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "grant" -d 'Give users roles on the account or a project'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "key" -d 'Issue, list, revoke and rotate API keys'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "access" -d 'Explain who may do what, and why'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "audit" -d 'Read and verify the tamper-evident audit log'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "resource" -d 'Add, list, move and remove resources: numbers, apps, service APIs, webhooks, configs'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "check" -d 'Verify the store\'s integrity and every invariant of the model (exit 7 on a problem)'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "backup" -d 'Copy the store to a SQLite file, consistently, while others may write'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "store" -d 'Move a store between backends: copy a SQLite file or PostgreSQL database into an empty one'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "billing" -d 'Create, list, change, top up and link billing accounts (R07, R08, R11)'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "alert" -d 'List the alerts raised as subprojects\' spending nears their limits (R30)'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "usage" -d 'Record, import, list, report and reverse usage (R10-R13, R31)'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "balance" -d 'Show balances: every billing account\'s, for the operator (R23)'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "invoice" -d 'The invoice of a billing account for one month, by project, subproject and product'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "apply" -d 'Make the store match a manifest: create and change, never delete (prints the plan)'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "export" -d 'Write the live structure as a manifest that apply accepts'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "config" -d 'Show where the config file is and what it holds'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand init" -l name -d 'The account\'s name: the business itself' -r
complete -c acctl -n "__fish_acctl_using_subcommand init" -l currency -d 'The default billing account\'s currency (ISO 4217) [default: `currency` in the config file, else USD]' -r
complete -c acctl -n "__fish_acctl_using_subcommand init" -l billing -d 'The default billing account\'s kind' -r -f -a "prepaid\t''
postpaid\t''"
complete -c acctl -n "__fish_acctl_using_subcommand init" -l billing-name -d 'The default billing account\'s name' -r
complete -c acctl -n "__fish_acctl_using_subcommand init" -l project -d 'The default project\'s name' -r
complete -c acctl -n "__fish_acctl_using_subcommand init" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand init" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand init" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand init" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand init" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand init" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand init" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -f -a "show" -d 'Show the account'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -f -a "rename" -d 'Rename the account'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -f -a "set-quota" -d 'Set or remove a quota (R36): lowering it below what exists is allowed, with a warning'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from show rename set-quota help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from show" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from show" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from rename" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from rename" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from rename" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from rename" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from set-quota" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from set-quota" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from set-quota" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from set-quota" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from set-quota" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from set-quota" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from set-quota" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from set-quota" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the account'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename the account'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "set-quota" -d 'Set or remove a quota (R36): lowering it below what exists is allowed, with a warning'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand tree" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand tree" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand tree" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand tree" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand tree" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand tree" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand tree" -l show-deleted -d 'Include deleted projects and subprojects'
complete -c acctl -n "__fish_acctl_using_subcommand tree" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand tree" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -f -a "create" -d 'Create a project, linked to a billing account (R02)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -f -a "list" -d 'List projects, by name'
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -f -a "show" -d 'Show one project'
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -f -a "rename" -d 'Rename a project'
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -f -a "delete" -d 'Delete a project: operator only, needs --force (R16)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -f -a "update" -d 'Edit a project: labels and protection (R33, R34)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -f -a "restore" -d 'Restore a deleted project while its name is free (R34)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and not __fish_seen_subcommand_from create list show rename delete update restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from create" -l billing -d 'The billing account to link to (name or id) [default: the default billing account]' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from create" -l label -d 'A label, key=value (repeatable)' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from create" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from create" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -s l -l selector -d 'Only projects with this label, key=value (repeatable: all must match)' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -l status -d 'Only projects with this status (deleted: the deleted ones alone)' -r -f -a "active\t''
deleted\t''"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -l name-contains -d 'Only projects whose name holds this text, without regard to case' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -l sort -d 'Order by name, or by creation (oldest first)' -r -f -a "name\t''
created\t''"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -l limit -d 'Only the first N, after filtering and ordering' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -l show-deleted -d 'Include deleted projects'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from show" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from show" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from rename" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from rename" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from rename" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from rename" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from delete" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from delete" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from delete" -l force -d 'Confirm the deletion (required)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show what would be deleted and revoked, and change nothing'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -l label -d 'Set a label, key=value (repeatable)' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -l remove-label -d 'Remove the label with this key (repeatable)' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -l protect -d 'Protect it: deleting it is refused until --unprotect (R34)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -l unprotect -d 'Remove the protection'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from restore" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from restore" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from restore" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from restore" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from restore" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a project, linked to a billing account (R02)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "list" -d 'List projects, by name'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one project'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a project'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a project: operator only, needs --force (R16)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "update" -d 'Edit a project: labels and protection (R33, R34)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a deleted project while its name is free (R34)'
complete -c acctl -n "__fish_acctl_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "create" -d 'Create a subproject under a project (R03)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "list" -d 'List subprojects, of one project or of all'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "show" -d 'Show one subproject'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "rename" -d 'Rename a subproject'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "set-limit" -d 'Set or clear a subproject\'s credit limit (R12, R29); below what is spent is allowed, with a warning'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "set-alerts" -d 'Set the alert thresholds of a subproject: percentages of its limit (R30; default 80,100)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "suspend" -d 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "resume" -d 'Resume a suspended subproject (R14)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "delete" -d 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "restore" -d 'Restore a deleted subproject, named by its id, while its name is free (R15)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "update" -d 'Edit a subproject: labels, external id and protection (R33, R34)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and not __fish_seen_subcommand_from create list show rename set-limit set-alerts suspend resume delete restore update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -l external-id -d 'The reseller\'s own id for this customer: unique within the project' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -l credit-limit -d 'A credit limit in the project\'s billing currency (R12)' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -l label -d 'A label, key=value (repeatable)' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed and print the existing subproject\'s id when it already exists'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -s l -l selector -d 'Only subprojects with this label, key=value (repeatable: all must match)' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l external-id -d 'Only the subproject with this external id' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l status -d 'Only subprojects with this status (deleted: the deleted ones alone)' -r -f -a "active\t''
suspended\t''
deleted\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l name-contains -d 'Only subprojects whose name holds this text, without regard to case' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l over -d 'Only subprojects that spent at least PERCENT of their credit limit (in the limit\'s period)' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l sort -d 'Order by name, by creation (oldest first), or by total spent (most first)' -r -f -a "name\t''
created\t''
spent\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l limit -d 'Only the first N, after filtering and ordering' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -l show-deleted -d 'Include deleted subprojects'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from show" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from show" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from rename" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from rename" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from rename" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from rename" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-limit" -l period -d 'What the limit is measured against: the total spent, or each calendar month\'s spending (UTC) [default: the subproject\'s current period, lifetime for a new one]' -r -f -a "lifetime\t''
monthly\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-limit" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-limit" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-limit" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-limit" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-limit" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-limit" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-limit" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-limit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-alerts" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-alerts" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-alerts" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-alerts" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-alerts" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-alerts" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-alerts" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from set-alerts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from suspend" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from suspend" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from suspend" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from suspend" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from suspend" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from suspend" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from resume" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from resume" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from resume" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from resume" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from resume" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from resume" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from delete" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from delete" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from delete" -l release-resources -d 'Remove the resources that sit on it'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show what would be revoked and released, and change nothing'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from restore" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from restore" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from restore" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from restore" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from restore" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l label -d 'Set a label, key=value (repeatable)' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l remove-label -d 'Remove the label with this key (repeatable)' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l external-id -d 'Set the external id (unique among the project\'s live subprojects)' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l protect -d 'Protect it: deleting it is refused until --unprotect (R34)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l unprotect -d 'Remove the protection'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -l clear-external-id -d 'Clear the external id'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a subproject under a project (R03)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "list" -d 'List subprojects, of one project or of all'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one subproject'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a subproject'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "set-limit" -d 'Set or clear a subproject\'s credit limit (R12, R29); below what is spent is allowed, with a warning'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "set-alerts" -d 'Set the alert thresholds of a subproject: percentages of its limit (R30; default 80,100)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a suspended subproject (R14)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a deleted subproject, named by its id, while its name is free (R15)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "update" -d 'Edit a subproject: labels, external id and protection (R33, R34)'
complete -c acctl -n "__fish_acctl_using_subcommand subproject; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Add a user (an admin on the account\'s act, R19)'
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List users, by email'
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Remove a user and every grant of theirs'
complete -c acctl -n "__fish_acctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from add" -l name -d 'The user\'s name' -r
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from add" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from add" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from add" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user (an admin on the account\'s act, R19)'
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users, by email'
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user and every grant of theirs'
complete -c acctl -n "__fish_acctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -f -a "add" -d 'Give a user a role on the account, or with --project on a project (R18)'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -f -a "list" -d 'List grants'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -f -a "revoke" -d 'Take back a user\'s grant on the account, or with --project on a project'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and not __fish_seen_subcommand_from add list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from add" -l project -d 'The project to grant on (default: the account); never a subproject' -r
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from add" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from add" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from add" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s grants' -r
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from list" -l project -d 'Only grants on this project' -r
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from revoke" -l project -d 'The project the grant is on (default: the account)' -r
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from revoke" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from revoke" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from revoke" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from revoke" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from help" -f -a "add" -d 'Give a user a role on the account, or with --project on a project (R18)'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List grants'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take back a user\'s grant on the account, or with --project on a project'
complete -c acctl -n "__fish_acctl_using_subcommand grant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -f -a "issue" -d 'Issue a key on a project or subproject; its secret is shown once (R20, R22)'
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -f -a "list" -d 'List live keys, of one target or of everything you reach'
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -f -a "show" -d 'Show one key'
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -f -a "revoke" -d 'Revoke a key at once'
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -f -a "rotate" -d 'Give a key a new secret, shown once; the old one ends at once or after --grace'
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -f -a "rename" -d 'Rename a key (its id and secret stay)'
complete -c acctl -n "__fish_acctl_using_subcommand key; and not __fish_seen_subcommand_from issue list show revoke rotate rename help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -l name -d 'A name, unique among the target\'s live keys' -r
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -l expires-in -d 'Expire after this long: 90s, 15m, 12h, 30d' -r
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -l secret-out -d 'Write the secret to FILE (created with mode 0600) instead of stdout' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -l role -d 'What the key may do in its scope: full (R21), usage (record usage and read) or read (R35)' -r -f -a "full\t''
usage\t''
read\t''"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from list" -l all -d 'Include revoked and expired keys'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from show" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from show" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l grace -d 'Keep the old secret working this long: 90s, 15m, 12h, 30d (default: end it at once)' -r
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l secret-out -d 'Write the new secret to FILE (created with mode 0600) instead of stdout' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue a key on a project or subproject; its secret is shown once (R20, R22)'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List live keys, of one target or of everything you reach'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one key'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a key at once'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Give a key a new secret, shown once; the old one ends at once or after --grace'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a key (its id and secret stay)'
complete -c acctl -n "__fish_acctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -f -a "check" -d 'May this user or key do that, and why? Exit 0 allowed, 5 denied'
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -f -a "who" -d 'Every user and key that reaches a target, and through what'
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -f -a "list" -d 'Everything a user or key reaches, and what it may do there'
complete -c acctl -n "__fish_acctl_using_subcommand access; and not __fish_seen_subcommand_from check who list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -l user -d 'The user, by email' -r
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -l key -d 'The key, by its public id' -r
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -l on -d 'The target: a project, project/subproject, an id, or / for the account' -r
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -l action -d 'read, resource.manage, usage.record, key.manage, subproject.manage, grant.manage, billing.manage, project.delete, account.manage or resource.transfer' -r
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from who" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from who" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from who" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from who" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from who" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from who" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from who" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from who" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from list" -l user -d 'The user, by email' -r
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from list" -l key -d 'The key, by its public id' -r
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "check" -d 'May this user or key do that, and why? Exit 0 allowed, 5 denied'
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "who" -d 'Every user and key that reaches a target, and through what'
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "list" -d 'Everything a user or key reaches, and what it may do there'
complete -c acctl -n "__fish_acctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "list" -d 'List audit entries, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "verify" -d 'Verify the hash chain; with --head, that a kept head hash is still in the log (exit 7 if not)'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "head" -d 'Print the newest entry\'s hash, to keep elsewhere'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only entries since: a duration back from now (12h, 30d) or an RFC 3339 time' -r
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only this actor: operator, an email, a key id (or user:EMAIL, key:ID)' -r
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l target -d 'Only this target: a name or path; a project also matches its subprojects' -r
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'Only the newest N entries' -r
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l head -d 'A hash kept from `acctl audit head`' -r
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit entries, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify the hash chain; with --head, that a kept head hash is still in the log (exit 7 if not)'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "head" -d 'Print the newest entry\'s hash, to keep elsewhere'
complete -c acctl -n "__fish_acctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -f -a "add" -d 'Put a resource on a project or subproject (R06)'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -f -a "list" -d 'List resources: on one project or subproject, or all that you reach'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -f -a "move" -d 'Move a resource within one project\'s tree (R06), or across projects with --across-projects (R37)'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -f -a "remove" -d 'Remove a resource'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and not __fish_seen_subcommand_from add list move remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from add" -l kind -d 'What the resource is' -r -f -a "number\t'A phone number in E.164 form (+46701234567; spaces, \'-\', \'.\', \'(\' and \')\' are dropped)'
app\t'An application, by name'
service-api\t'A service API, by name'
webhook\t'A webhook: an http or https URL'
config\t'Another API configuration, by name'"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from add" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from add" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from add" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from list" -l kind -d 'Only resources of this kind' -r -f -a "number\t'A phone number in E.164 form (+46701234567; spaces, \'-\', \'.\', \'(\' and \')\' are dropped)'
app\t'An application, by name'
service-api\t'A service API, by name'
webhook\t'A webhook: an http or https URL'
config\t'Another API configuration, by name'"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from move" -l kind -d 'The resource\'s kind, when its value is shared by two kinds' -r -f -a "number\t'A phone number in E.164 form (+46701234567; spaces, \'-\', \'.\', \'(\' and \')\' are dropped)'
app\t'An application, by name'
service-api\t'A service API, by name'
webhook\t'A webhook: an http or https URL'
config\t'Another API configuration, by name'"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from move" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from move" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from move" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from move" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from move" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from move" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from move" -l across-projects -d 'Allow a move to another project\'s tree (R37): the operator, or an admin on both projects'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from remove" -l kind -d 'The resource\'s kind, when its value is shared by two kinds' -r -f -a "number\t'A phone number in E.164 form (+46701234567; spaces, \'-\', \'.\', \'(\' and \')\' are dropped)'
app\t'An application, by name'
service-api\t'A service API, by name'
webhook\t'A webhook: an http or https URL'
config\t'Another API configuration, by name'"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from remove" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from remove" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from remove" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "add" -d 'Put a resource on a project or subproject (R06)'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "list" -d 'List resources: on one project or subproject, or all that you reach'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move a resource within one project\'s tree (R06), or across projects with --across-projects (R37)'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a resource'
complete -c acctl -n "__fish_acctl_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand check" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand check" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand check" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand check" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand check" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand check" -l repair -d 'Rebuild what the store keeps beside its records where the check finds it out of step (totals spent, prepaid balances, monthly spending, monthly usage sums, the lookup keys of names and emails) from those records, then check again; records (charges, reversals, top-ups, transfers, the audit log) are never changed, and nothing is rebuilt while the file or the records themselves fail a check (integrity, foreign keys, currencies, reversals, transfers). Needs account admin; one audit entry when anything was rebuilt; exits 7 if anything is still wrong'
complete -c acctl -n "__fish_acctl_using_subcommand check" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand backup" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand backup" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand backup" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand backup" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand backup" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand backup" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand backup" -l force -d 'Replace PATH if it exists'
complete -c acctl -n "__fish_acctl_using_subcommand backup" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -f -a "copy" -d 'Copy a whole store into an empty one, between any two backends: a SQLite file or a postgres:// URL on either side. Ids, times, history and the audit chain are copied (the same `audit head` on both sides); the destination is checked with `check` and `audit verify` before success, and a copy that fails leaves it empty. --db is not used'
complete -c acctl -n "__fish_acctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole store into an empty one, between any two backends: a SQLite file or a postgres:// URL on either side. Ids, times, history and the audit chain are copied (the same `audit head` on both sides); the destination is checked with `check` and `audit verify` before success, and a copy that fails leaves it empty. --db is not used'
complete -c acctl -n "__fish_acctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -f -a "create" -d 'Create a billing account (R07)'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -f -a "list" -d 'List billing accounts, by name'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -f -a "show" -d 'Show one billing account'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -f -a "update" -d 'Rename a billing account, change its payment details or make it the default'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -f -a "delete" -d 'Delete a billing account that no project links to and that has no history'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -f -a "topup" -d 'Top up a prepaid billing account (R11)'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -f -a "ledger" -d 'A billing account\'s top-ups and charges, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -f -a "transfer" -d 'Move money between two prepaid billing accounts of one currency (R32)'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -f -a "link" -d 'Link a project to another billing account of the same currency (R08)'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and not __fish_seen_subcommand_from create list show update delete topup ledger transfer link help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -l kind -d 'Prepaid (a balance topped up and drawn down) or postpaid (charges accrue to invoices)' -r -f -a "prepaid\t''
postpaid\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -l currency -d 'Its ISO 4217 currency' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -l legal-name -d 'The legal name invoices are made out to' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -l address -d 'The postal address on invoices' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -l tax-id -d 'The tax id on invoices' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -l name -d 'A new name' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -l legal-name -d 'The legal name invoices are made out to' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -l address -d 'The postal address on invoices' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -l tax-id -d 'The tax id on invoices' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -l make-default -d 'Make it the default billing account of new projects'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from delete" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from delete" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from topup" -l idempotency-key -d 'A key that makes a retry safe: the same key is topped up once' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from topup" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from topup" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from topup" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from topup" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from topup" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from topup" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from topup" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from topup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from ledger" -l period -d 'Only this month (UTC), YYYY-MM' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from ledger" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from ledger" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from ledger" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from ledger" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from ledger" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from ledger" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from ledger" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from ledger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from transfer" -l idempotency-key -d 'A key that makes a retry safe: the same key is transferred once' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from transfer" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from transfer" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from transfer" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from transfer" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from transfer" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from transfer" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from link" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from link" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from link" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from link" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from link" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from link" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a billing account (R07)'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "list" -d 'List billing accounts, by name'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one billing account'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a billing account, change its payment details or make it the default'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a billing account that no project links to and that has no history'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "topup" -d 'Top up a prepaid billing account (R11)'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "ledger" -d 'A billing account\'s top-ups and charges, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Move money between two prepaid billing accounts of one currency (R32)'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link a project to another billing account of the same currency (R08)'
complete -c acctl -n "__fish_acctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand alert; and not __fish_seen_subcommand_from list help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand alert; and not __fish_seen_subcommand_from list help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand alert; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand alert; and not __fish_seen_subcommand_from list help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand alert; and not __fish_seen_subcommand_from list help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand alert; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand alert; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand alert; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand alert; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List alerts in the order they were raised, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand alert; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -l after -d 'Only alerts raised after this one (its id): a cursor' -r
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -l since -d 'Only alerts since: a duration back from now (12h, 30d) or an RFC 3339 time' -r
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -l subproject -d 'Only this subproject\'s alerts (project/subproject or its id)' -r
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from help" -f -a "list" -d 'List alerts in the order they were raised, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand alert; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -f -a "record" -d 'Record a charge against a project or subproject (R10-R12)'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -f -a "import" -d 'Import charges from JSON lines or CSV: all or nothing'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -f -a "list" -d 'List charges, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -f -a "report" -d 'Usage summed by billing account, project, subproject and product (R13)'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -f -a "reverse" -d 'Reverse a charge, wholly or in part: spending falls, a prepaid balance is refunded (R31)'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and not __fish_seen_subcommand_from record import list report reverse help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l product -d 'The product, for reports' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l quantity -d 'The number of units, for reports' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l description -d 'A description' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l idempotency-key -d 'A key that makes a retry safe: the same key is recorded once' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l currency -d 'The currency the amount is in: must be the billing account\'s' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from record" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l format -d 'The file\'s format [default: from its extension; jsonl for standard input]' -r -f -a "jsonl\t''
csv\t''"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -l period -d 'Only this month (UTC), YYYY-MM' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -l from -d 'From this day on (UTC, inclusive), YYYY-MM-DD' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -l to -d 'Up to this day (UTC, exclusive), YYYY-MM-DD' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -l limit -d 'Only the newest N charges (still printed oldest first)' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l period -d 'Only this month (UTC), YYYY-MM' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l from -d 'From this day on (UTC, inclusive), YYYY-MM-DD' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l to -d 'Up to this day (UTC, exclusive), YYYY-MM-DD' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l granularity -d 'A row per day or month, with a period column [default: none, one row over the span]' -r -f -a "day\t''
month\t''
none\t''"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l by -d 'Group rows by project; by project, subproject and product; or by product' -r -f -a "project\t''
subproject\t''
product\t''"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l billing -d 'Only this billing account\'s usage' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -l amount -d 'How much to reverse [default: what is left of the charge]' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -l reason -d 'Why: kept with the reversal and in the audit log' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -l idempotency-key -d 'A key that makes a retry safe: the same key is reversed once' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from reverse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "record" -d 'Record a charge against a project or subproject (R10-R12)'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import charges from JSON lines or CSV: all or nothing'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "list" -d 'List charges, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "report" -d 'Usage summed by billing account, project, subproject and product (R13)'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "reverse" -d 'Reverse a charge, wholly or in part: spending falls, a prepaid balance is refunded (R31)'
complete -c acctl -n "__fish_acctl_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand balance" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand balance" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand balance" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand balance" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand balance" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand balance" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand balance" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand invoice" -l period -d 'The month, YYYY-MM' -r
complete -c acctl -n "__fish_acctl_using_subcommand invoice" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand invoice" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand invoice" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand invoice" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand invoice" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand invoice" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand invoice" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand invoice" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand apply" -s f -l file -d 'The manifest (TOML; \'-\' reads standard input)' -r
complete -c acctl -n "__fish_acctl_using_subcommand apply" -l secrets-out -d 'Write the secrets of the keys this apply issues to FILE (created, mode 0600; one line per key: name, tier, id, secret, tab-separated). Needed only when keys are issued' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand apply" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand apply" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand apply" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand apply" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand apply" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand apply" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand apply" -l dry-run -d 'Show the plan and change nothing (keys are not issued)'
complete -c acctl -n "__fish_acctl_using_subcommand apply" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand export" -l file -d 'Write to FILE instead of standard output (a new file, unless --force)' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand export" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand export" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand export" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand export" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand export" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand export" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand export" -l force -d 'Replace FILE when it exists'
complete -c acctl -n "__fish_acctl_using_subcommand export" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand completions" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand completions" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "path" -d 'Print the config file\'s path'
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "show" -d 'Print the settings in force and where each comes from'
complete -c acctl -n "__fish_acctl_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from path" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from path" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from path" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file path or a postgres:// URL [default: `db` in the config file, else the data dir\'s acctl/acctl.db]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the config dir\'s acctl/config.toml]' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: `output` in the config file, else table]' -r -f -a "table\t''
json\t''
csv\t'RFC 4180: a header row of the JSON field names, then one row per listed thing'"
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from show" -l key-file -d 'Act as the API key whose secret is in PATH (\'-\' reads stdin); env ACCTL_KEY holds one directly' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from show" -l as -d 'Operator only: act with exactly the permissions of this user' -r
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one per line; no status messages'
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path'
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the settings in force and where each comes from'
complete -c acctl -n "__fish_acctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "init" -d 'Create the store with its account, a default billing account and a default project'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "account" -d 'Show or rename the account'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "tree" -d 'Show the account\'s projects and subprojects as a tree'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "project" -d 'Create, list, show, rename and delete projects'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "subproject" -d 'Create, list, suspend, delete and restore subprojects'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "user" -d 'Add, list and remove users'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "grant" -d 'Give users roles on the account or a project'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "key" -d 'Issue, list, revoke and rotate API keys'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "access" -d 'Explain who may do what, and why'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "audit" -d 'Read and verify the tamper-evident audit log'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "resource" -d 'Add, list, move and remove resources: numbers, apps, service APIs, webhooks, configs'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "check" -d 'Verify the store\'s integrity and every invariant of the model (exit 7 on a problem)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "backup" -d 'Copy the store to a SQLite file, consistently, while others may write'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "store" -d 'Move a store between backends: copy a SQLite file or PostgreSQL database into an empty one'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "billing" -d 'Create, list, change, top up and link billing accounts (R07, R08, R11)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "alert" -d 'List the alerts raised as subprojects\' spending nears their limits (R30)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "usage" -d 'Record, import, list, report and reverse usage (R10-R13, R31)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "balance" -d 'Show balances: every billing account\'s, for the operator (R23)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "invoice" -d 'The invoice of a billing account for one month, by project, subproject and product'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "apply" -d 'Make the store match a manifest: create and change, never delete (prints the plan)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "export" -d 'Write the live structure as a manifest that apply accepts'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "completions" -d 'Print a shell completion script'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "config" -d 'Show where the config file is and what it holds'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from init account tree project subproject user grant key access audit resource check backup store billing alert usage balance invoice apply export completions config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show the account'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "rename" -d 'Rename the account'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "set-quota" -d 'Set or remove a quota (R36): lowering it below what exists is allowed, with a warning'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "create" -d 'Create a project, linked to a billing account (R02)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "list" -d 'List projects, by name'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "show" -d 'Show one project'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "rename" -d 'Rename a project'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "delete" -d 'Delete a project: operator only, needs --force (R16)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "update" -d 'Edit a project: labels and protection (R33, R34)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "restore" -d 'Restore a deleted project while its name is free (R34)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "create" -d 'Create a subproject under a project (R03)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "list" -d 'List subprojects, of one project or of all'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "show" -d 'Show one subproject'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "rename" -d 'Rename a subproject'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "set-limit" -d 'Set or clear a subproject\'s credit limit (R12, R29); below what is spent is allowed, with a warning'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "set-alerts" -d 'Set the alert thresholds of a subproject: percentages of its limit (R30; default 80,100)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "suspend" -d 'Suspend a subproject: its keys and charges are refused until it is resumed (R14)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "resume" -d 'Resume a suspended subproject (R14)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "delete" -d 'Delete a subproject: revoke its keys and free its name; its charges stay (R15)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "restore" -d 'Restore a deleted subproject, named by its id, while its name is free (R15)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from subproject" -f -a "update" -d 'Edit a subproject: labels, external id and protection (R33, R34)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user (an admin on the account\'s act, R19)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users, by email'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Remove a user and every grant of theirs'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from grant" -f -a "add" -d 'Give a user a role on the account, or with --project on a project (R18)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from grant" -f -a "list" -d 'List grants'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from grant" -f -a "revoke" -d 'Take back a user\'s grant on the account, or with --project on a project'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "issue" -d 'Issue a key on a project or subproject; its secret is shown once (R20, R22)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "list" -d 'List live keys, of one target or of everything you reach'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "show" -d 'Show one key'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "revoke" -d 'Revoke a key at once'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "rotate" -d 'Give a key a new secret, shown once; the old one ends at once or after --grace'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "rename" -d 'Rename a key (its id and secret stay)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "check" -d 'May this user or key do that, and why? Exit 0 allowed, 5 denied'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "who" -d 'Every user and key that reaches a target, and through what'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "list" -d 'Everything a user or key reaches, and what it may do there'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit entries, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Verify the hash chain; with --head, that a kept head hash is still in the log (exit 7 if not)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "head" -d 'Print the newest entry\'s hash, to keep elsewhere'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from resource" -f -a "add" -d 'Put a resource on a project or subproject (R06)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from resource" -f -a "list" -d 'List resources: on one project or subproject, or all that you reach'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from resource" -f -a "move" -d 'Move a resource within one project\'s tree (R06), or across projects with --across-projects (R37)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from resource" -f -a "remove" -d 'Remove a resource'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "copy" -d 'Copy a whole store into an empty one, between any two backends: a SQLite file or a postgres:// URL on either side. Ids, times, history and the audit chain are copied (the same `audit head` on both sides); the destination is checked with `check` and `audit verify` before success, and a copy that fails leaves it empty. --db is not used'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "create" -d 'Create a billing account (R07)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "list" -d 'List billing accounts, by name'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "show" -d 'Show one billing account'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "update" -d 'Rename a billing account, change its payment details or make it the default'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "delete" -d 'Delete a billing account that no project links to and that has no history'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "topup" -d 'Top up a prepaid billing account (R11)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "ledger" -d 'A billing account\'s top-ups and charges, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "transfer" -d 'Move money between two prepaid billing accounts of one currency (R32)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "link" -d 'Link a project to another billing account of the same currency (R08)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from alert" -f -a "list" -d 'List alerts in the order they were raised, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "record" -d 'Record a charge against a project or subproject (R10-R12)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "import" -d 'Import charges from JSON lines or CSV: all or nothing'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "list" -d 'List charges, oldest first'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "report" -d 'Usage summed by billing account, project, subproject and product (R13)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "reverse" -d 'Reverse a charge, wholly or in part: spending falls, a prepaid balance is refunded (R31)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the settings in force and where each comes from'
