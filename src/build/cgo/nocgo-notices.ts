// What changes when a program that links certain standard packages is built with CGO_ENABLED=0,
// per Go's package documentation. Pure: no I/O.

interface Trap {
  pkg: string;
  /** GOOS values where the package's behaviour depends on cgo. */
  applies: (goos: string) => boolean;
  change: string;
}

const UNIX_WITH_LIBC_RESOLVER = new Set(['linux', 'freebsd', 'netbsd', 'openbsd', 'dragonfly', 'solaris', 'illumos', 'aix', 'android']);
const UNIX = new Set([...UNIX_WITH_LIBC_RESOLVER, 'darwin', 'ios']);
const PLUGIN_SYSTEMS = new Set(['linux', 'freebsd', 'darwin']);

const TRAPS: Trap[] = [
  {
    pkg: 'net',
    // On macOS and iOS Go calls the system resolver without cgo; on Windows it never used cgo.
    applies: (goos) => UNIX_WITH_LIBC_RESOLVER.has(goos),
    change:
      "net resolves names with Go's own resolver (reads /etc/resolv.conf, /etc/hosts and /etc/nsswitch.conf itself): " +
      'NSS modules (LDAP, mDNS .local names, systemd-resolved through nss-resolve, sssd) are never asked',
  },
  {
    pkg: 'os/user',
    applies: (goos) => UNIX.has(goos),
    change:
      'os/user reads only /etc/passwd and /etc/group: users and groups from LDAP, NIS, sssd or systemd-homed (through NSS) are not found',
  },
  {
    pkg: 'plugin',
    applies: (goos) => PLUGIN_SYSTEMS.has(goos),
    change: 'plugin.Open always fails: plugins need cgo',
  },
];

/** One line per trap the program walks into on `goos`, given the standard packages it links. */
export function noCgoNotices(goos: string, linkedPackages: ReadonlySet<string>): string[] {
  return TRAPS.filter((trap) => linkedPackages.has(trap.pkg) && trap.applies(goos)).map((trap) => trap.change);
}
