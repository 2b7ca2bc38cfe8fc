import { isStockPlaceholder, passwordPlaceholderReason, referenceReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/**
 * Passwords written as literals into Windows administration code: .NET credential objects,
 * Sysinternals PsExec command lines, VMware PowerCLI and PowerShell secure strings. None of them
 * has a format, so each pattern is anchored on the API or command that takes the password.
 */

/** A literal that is really a variable, an environment reference or the word "password". */
const notAPlaceholder: Validator = (secret) => {
  if (/^(?:\$|%|\{|<|\[)/.test(secret)) return "a variable or template reference, not a literal";
  // An LDAP user's distinguished name, made a SecureString by a script that binds with it.
  const reference = referenceReason(secret);
  if (reference !== undefined) return reference;
  if (
    /^(?:password|passwd|passw0rd|pass|pwd|secret|mypassword|yourpassword|string|null|none|empty)$/i.test(
      secret,
    )
  )
    return "the name of a value rather than a value";
  // The stock samples of docs and how-tos (P@ssw0rd, changeme) as they are, not the words
  // dressed up (Password123! is how admins provision accounts, and is reported).
  return isStockPlaceholder(secret) ? "a stock placeholder" : true;
};

/**
 * A user and password pair: besides the checks above, a default (admin/admin) and anonymous FTP,
 * whose password is an e-mail address by convention (RFC 1635).
 */
const notADefaultLogin: Validator = (secret, context) => {
  const verdict = notAPlaceholder(secret, context);
  if (verdict !== true) return verdict;
  if (/^(?:anonymous|ftp)$/i.test(context.groups.user ?? "")) return "an anonymous FTP login";
  return passwordPlaceholderReason(secret, context.groups.user) ?? true;
};

const password = (label: string) => `${randomChars("alnum", 14, label)}!`;

const adReset =
  "Reset the account's password at once: for a domain account in Active Directory Users and Computers (right-click the user > Reset Password) or with `Set-ADAccountPassword -Identity <user> -Reset`; for a local account with `net user <user> *` on the machine or through LAPS. Then remove the literal from the code and its history.";
const adAudit =
  "Review the domain controllers' Security event log for logons by the account (event IDs 4624, 4625 and 4648) from unexpected hosts during the exposure period, and the target machines' logs for remote service installs (event 7045).";
const windowsPractices = [
  "never write passwords into source code or scripts: read them with Get-Credential, from Windows Credential Manager, or from a vault such as Azure Key Vault or SecretManagement",
  "use a group Managed Service Account (gMSA) for services instead of a user with a password",
  "give automation accounts only the rights they need, never Domain Admin",
];

export const detectors: Detector[] = [
  {
    id: "dotnet-networkcredential-password",
    name: ".NET NetworkCredential with a literal password",
    vendor: "Microsoft",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "System.Net.NetworkCredential is the .NET class that carries a user name and password for HTTP, SMTP, FTP and Windows authentication. A constructor call with both as string literals, in C# or PowerShell (or C# 9's target-typed `NetworkCredential creds = new(...)`), puts a working account password into the source.",
    security: [
      "The password signs in as the named account wherever it is accepted: the mail server, web proxy, file share or domain.",
      "Service accounts used this way often hold broad rights and non-expiring passwords.",
      "Anyone with read access to the repository or a build artifact can copy the credential.",
    ],
    mitigation: {
      revoke: `${adReset} For a mailbox or SaaS account, change the password in that service's account settings.`,
      revokeUrl: "https://learn.microsoft.com/en-us/powershell/module/activedirectory/set-adaccountpassword",
      audit: `${adAudit} For a mail account, check the mail server's sign-in and send logs.`,
      bestPractices: [
        ...windowsPractices,
        "use CredentialCache.DefaultNetworkCredentials to authenticate as the process identity instead of a stored password",
      ],
    },
    keywords: ["NetworkCredential"],
    window: { before: 32, after: 512, multiline: true },
    pattern:
      /NetworkCredential(?:\(|[ \t]{1,4}[A-Za-z_]\w{0,63}[ \t]{0,4}=[ \t]{0,4}new[ \t]{0,4}\()\s{0,20}"(?<user>[^"\r\n]{1,128})"\s{0,20},\s{0,20}"(?<secret>[^"\r\n]{4,128})"\s{0,20}[,)]/,
    validate: notADefaultLogin,
    examples: [
      () => `client.Credentials = new NetworkCredential("svc-mailer@acme.com", "${password("netcred-1")}");`,
      () =>
        `$wc.Credentials = New-Object System.Net.NetworkCredential("builder", "${password("netcred-2")}")`,
      () =>
        `    private static readonly NetworkCredential Creds = new("partner_upload", "${password("netcred-3")}");`,
    ],
    negatives: [
      'client.Credentials = new NetworkCredential("user", "password");',
      'client.Credentials = new NetworkCredential(user, "$($env:SMTP_PASSWORD)");',
      "var c = new NetworkCredential(settings.User, settings.Password);",
      'var ftp = new NetworkCredential("anonymous", "guest@example.org");',
      'client.Credentials = new NetworkCredential("admin", "admin");',
      'NetworkCredential creds = new("user", "password");',
      "NetworkCredential creds = new(config.User, config.Password);",
    ],
    references: ["https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential"],
  },
  {
    id: "dotnet-directoryentry-password",
    name: ".NET DirectoryEntry with a literal password",
    vendor: "Microsoft",
    family: "Password",
    severity: "critical",
    confidence: "medium",
    description:
      "System.DirectoryServices.DirectoryEntry binds to an Active Directory or LDAP object. Its constructor takes a path, a user name and a password; a call with the password as a string literal exposes a directory account.",
    security: [
      "The account can read the directory: users, groups, computers and their attributes, which maps the whole domain for an attacker.",
      "Accounts used for directory writes can create users, change group membership or reset passwords.",
      "The same password often opens other services the account is allowed to use.",
    ],
    mitigation: {
      revoke: adReset,
      revokeUrl: "https://learn.microsoft.com/en-us/powershell/module/activedirectory/set-adaccountpassword",
      audit: `${adAudit} Also check directory change auditing (event IDs 5136, 4728, 4738) for modifications made by the account.`,
      bestPractices: [
        ...windowsPractices,
        "bind with the process identity (DirectoryEntry(path) without credentials) or a gMSA",
      ],
    },
    keywords: ["DirectoryEntry("],
    window: { before: 32, after: 512, multiline: true },
    pattern:
      /DirectoryEntry\(\s{0,20}"[^"\r\n]{1,256}"\s{0,20},\s{0,20}"(?<user>[^"\r\n]{1,128})"\s{0,20},\s{0,20}"(?<secret>[^"\r\n]{4,128})"\s{0,20}[,)]/,
    validate: notAPlaceholder,
    examples: [
      () =>
        `var entry = new DirectoryEntry("LDAP://dc01.corp.acme.com", "CORP\\\\svc-ldap", "${password("direntry-1")}");`,
      () =>
        `$root = New-Object DirectoryServices.DirectoryEntry(\n    "LDAP://10.1.2.3",\n    "acme\\ldapreader",\n    "${password("direntry-2")}")`,
    ],
    negatives: [
      'var entry = new DirectoryEntry("LDAP://dc01", "CORP\\\\user", "password");',
      'var entry = new DirectoryEntry("LDAP://dc01", user, pass);',
      'var entry = new DirectoryEntry("LDAP://dc01");',
    ],
    references: [
      "https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.directoryentry.-ctor",
    ],
  },
  {
    id: "psexec-password",
    name: "PsExec command line with a password",
    vendor: "Microsoft Sysinternals",
    family: "Password",
    severity: "critical",
    confidence: "medium",
    description:
      "PsExec, from Microsoft Sysinternals, runs programs on remote Windows machines. Its -u and -p options give the account and password to run as; a script or log that keeps them shows a password that can execute code on the target.",
    security: [
      "The account can run arbitrary commands on the remote machines, usually as a local or domain administrator.",
      "PsExec credentials are a classic lateral-movement tool: one leaked admin password can reach every machine that shares it.",
      "The password is also visible in process listings and command-line audit logs of every machine that ran the script.",
    ],
    mitigation: {
      revoke: adReset,
      revokeUrl: "https://learn.microsoft.com/en-us/sysinternals/downloads/psexec",
      audit: `${adAudit} Look for the PSEXESVC service being installed on hosts where you did not run PsExec.`,
      bestPractices: [
        ...windowsPractices,
        "omit -p so that PsExec prompts for the password, or use PowerShell remoting with Kerberos instead",
        "use Windows LAPS so that each machine's local administrator password is unique",
      ],
    },
    keywords: ["psexec"],
    pattern:
      /psexec(?:64)?(?:\.exe)?[\t ][^\r\n\t]{0,80}? -u[\t ]{1,3}[^\s"']{1,64}[\t ]{1,3}-p[\t ]{1,3}(?<secret>[^\s"'][^\s"']{2,63})(?=[\s"'])/i,
    validate: notAPlaceholder,
    examples: [
      () => `psexec \\\\10.20.30.40 -u Administrator -p ${password("psexec-1")} cmd /c ipconfig`,
      () =>
        `system("PsExec.exe \\\\\\\\build-07 -u ACME\\\\deploy -p ${password("psexec-2")} -s -d setup.exe");`,
    ],
    negatives: [
      "psexec \\\\host -u User -p $Password -i -d calc.exe",
      "PsExec.exe \\\\host -u DOMAIN\\ADMINISTRATOR -p PASSWORD cmd /c dir",
      "PsExec.exe \\\\host -u DOMAIN\\user -p %PSEXEC_PW% cmd",
    ],
    references: ["https://learn.microsoft.com/en-us/sysinternals/downloads/psexec"],
  },
  {
    id: "windows-net-use-password",
    name: "Password in a net use command",
    vendor: "Microsoft Windows",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "`net use [drive:] \\\\server\\share <password> /user:<domain\\user>` maps a share with the password on the command line, as logon scripts, batch files and deployment scripts write it.",
    security: [
      "The account opens the share and, being a domain account most often, every other resource it may reach.",
      "Logon scripts are readable by every user of the domain (SYSVOL), so the password is as good as public inside it.",
    ],
    mitigation: {
      revoke: adReset,
      revokeUrl:
        "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)",
      audit: adAudit,
      bestPractices: [
        ...windowsPractices,
        "map shares with the signed-in user's own credentials, or store them on the machine with `cmdkey`",
      ],
    },
    keywords: ["net use"],
    pattern:
      /\bnet[ \t]{1,4}use[ \t]{1,4}(?:[A-Za-z]:|\*)?[ \t]{0,4}\\\\\S{1,200}(?:[ \t]{1,4}\/user:\S{1,128})?[ \t]{1,4}(?<secret>(?!\/)[^\s"*]{6,128})(?=[ \t]{1,4}\/|[ \t]*\r?$)/im,
    validate: notAPlaceholder,
    examples: [
      () =>
        `net use Z: \\\\fs01.corp.internal\\warehouse ${password("netuse-1")} /user:CORP\\svc_map /persistent:no\n`,
      () => `net use \\\\backup01\\dumps /user:backup ${password("netuse-2")}\n`,
    ],
    negatives: [
      "net use Z: \\\\fs01\\share * /user:CORP\\me\n",
      "net use Z: \\\\fs01\\share %SHARE_PASSWORD% /user:CORP\\svc\n",
    ],
    references: [
      "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)",
    ],
  },
  {
    id: "signtool-pfx-password",
    name: "Code-signing certificate password given to signtool",
    vendor: "Microsoft Windows",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "`signtool sign /f cert.pfx` signs Windows executables and installers with the certificate in a .pfx file, and `/p` gives the password that unlocks its private key. Build scripts and CI definitions keep it on the command line, and the .pfx is often committed beside them.",
    security: [
      "With the .pfx and its password an attacker signs malware as the organisation: Windows SmartScreen and users trust it as the vendor's own software.",
      "The certificate must then be revoked, which breaks the signature of every release signed with it unless it was timestamped.",
    ],
    mitigation: {
      revoke:
        "Ask the certificate authority to revoke the code-signing certificate (giving the date from which signatures are to be distrusted), get a new one, and keep its key in a hardware token, an HSM or a cloud signing service (Azure Trusted Signing, a KMS) rather than a .pfx with a password.",
      revokeUrl: "https://learn.microsoft.com/en-us/windows/win32/seccrypto/signtool",
      audit:
        "Look for binaries signed with the certificate that you did not build (search VirusTotal for the certificate's thumbprint), and review who had access to the .pfx file.",
      bestPractices: [
        "sign in CI with a key that never leaves an HSM or a signing service",
        "never commit .pfx files or their passwords; pass the password from the CI secret store (`/p %PFX_PASSWORD%`)",
      ],
    },
    keywords: ["signtool"],
    pattern:
      /signtool(?:\.exe)?["']?[ \t]{1,4}sign\b[^\n]{0,300}?[ \t]\/p[ \t]{1,4}(?<q>["']?)(?<secret>[^\s"']{4,128})\k<q>(?=[ \t]|$)/im,
    validate: notAPlaceholder,
    examples: [
      () =>
        `signtool sign /f certs\\codesign.pfx /p ${password("signtool-1")} /tr http://timestamp.digicert.com /td sha256 /fd sha256 dist\\agent.exe`,
      () =>
        `"C:\\Program Files (x86)\\Windows Kits\\10\\bin\\x64\\signtool.exe" sign /fd SHA256 /f build.pfx /p "${password("signtool-2")}" setup.msi`,
    ],
    negatives: [
      "signtool sign /f cert.pfx /p %PFX_PASSWORD% /fd sha256 app.exe",
      "signtool sign /a /tr http://timestamp.digicert.com /td sha256 /fd sha256 app.exe",
      'signtool sign /f cert.pfx /p "$env:PFX_PASSWORD" app.exe',
    ],
    references: ["https://learn.microsoft.com/en-us/windows/win32/seccrypto/signtool"],
  },
  {
    id: "vmware-powercli-password",
    name: "VMware PowerCLI Connect-VIServer password",
    vendor: "VMware",
    family: "Password",
    severity: "critical",
    confidence: "medium",
    description:
      "VMware PowerCLI is the PowerShell module that manages vCenter Server and ESXi hosts. Connect-VIServer signs in with -User and -Password; a script that passes the password as a literal exposes a vSphere account.",
    security: [
      "A vSphere administrator can power off, delete, clone or snapshot any virtual machine, including domain controllers.",
      "Cloned disks and snapshots let an attacker read the data of every guest offline.",
      "Ransomware groups use vCenter and ESXi credentials to encrypt whole clusters at once.",
    ],
    mitigation: {
      revoke:
        "Change the account's password: for a vCenter Single Sign-On user in the vSphere Client > Administration > Single Sign On > Users and Groups > the user > Edit; for an Active Directory identity source reset it in AD; for an ESXi local account in the Host Client > Manage > Security & users > Users, or `esxcli system account set -i <user> -p`. End the account's open sessions in vCenter > Monitor > Sessions.",
      revokeUrl: "https://docs.vmware.com/en/VMware-vSphere/index.html",
      audit:
        "Review vCenter's Monitor > Events and Tasks and the vpxd / SSO logs for logins by the account and for VM, snapshot or permission changes during the exposure period; on ESXi check /var/log/auth.log and hostd.log.",
      bestPractices: [
        "use New-VICredentialStoreItem or Get-Credential instead of a password on the command line",
        "give automation a dedicated vCenter role with only the privileges it needs",
        "keep vCenter and ESXi management interfaces on an isolated network",
      ],
    },
    keywords: ["Connect-VIServer"],
    pattern:
      /Connect-VIServer[\t ][^\r\n\t]{0,120}? -Password[\t ]{1,3}["']?(?<secret>[^\s"'$`(][^\s"'`]{2,127})(?=["'\s]|$)/i,
    validate: notAPlaceholder,
    examples: [
      () =>
        `Connect-VIServer -Server vc01.lab.local -User administrator@vsphere.local -Password '${password("vi-1")}'`,
      () => `$null = connect-viserver esx02 -user root -password ${password("vi-2")} -Force`,
    ],
    negatives: [
      'Connect-VIServer "$endpoint" -User "$username" -Password "$password" | Out-Null',
      "Connect-VIServer $host -user $user -password $pass",
      "Connect-VIServer vc01 -Credential (Get-Credential)",
    ],
    references: [
      "https://developer.vmware.com/docs/powercli/latest/vmware.vimautomation.core/commands/connect-viserver/",
    ],
  },
  {
    id: "powershell-securestring-plaintext",
    name: "PowerShell ConvertTo-SecureString with a plain-text password",
    vendor: "Microsoft",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "PowerShell's ConvertTo-SecureString -AsPlainText turns a string into a SecureString, usually to build a PSCredential for a remote session, a service or a cloud sign-in. When the string is a literal, the password sits in the script in clear text despite the secure type.",
    security: [
      "The password signs in as whatever account the script builds a credential for: a domain user, a local administrator or a cloud service principal.",
      "Scripts with such credentials are often scheduled tasks running with high privileges on many machines.",
      "PowerShell script-block logging records the literal in the event log of every machine that ran it.",
    ],
    mitigation: {
      revoke: `${adReset} If the credential is for a cloud or application account, change it in that service.`,
      revokeUrl:
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring",
      audit: `${adAudit} Search PowerShell Operational logs (event 4104) for other scripts that contain the password.`,
      bestPractices: [
        ...windowsPractices,
        "store credentials with the SecretManagement module or Export-Clixml (DPAPI-protected) instead of literals",
      ],
    },
    keywords: ["ConvertTo-SecureString"],
    pattern:
      /ConvertTo-SecureString[\t ]{1,3}(?:-String[\t ]{1,3})?(?<q>["'])(?<secret>[^"'\r\n]{4,128})\k<q>[\t ]{1,3}(?:-Force[\t ]{1,3})?-AsPlainText/i,
    validate: notAPlaceholder,
    examples: [
      () =>
        `$pw = ConvertTo-SecureString "${password("securestr-1")}" -AsPlainText -Force\n$cred = New-Object PSCredential("ACME\\\\svc-deploy", $pw)`,
      () =>
        `$cred = [pscredential]::new('admin', (ConvertTo-SecureString -String '${password("securestr-2")}' -AsPlainText -Force))`,
      () => `$pfxPassword = ConvertTo-SecureString -String '${password("securestr-3")}' -Force -AsPlainText`,
    ],
    negatives: [
      // The how-to's stock sample, letter for letter.
      '$cred = ConvertTo-SecureString "P@ssw0rd" -AsPlainText -Force',
      '$pw = ConvertTo-SecureString "$env:DEPLOY_PASSWORD" -AsPlainText -Force',
      '$pw = ConvertTo-SecureString "password" -AsPlainText -Force',
      "$pw = ConvertTo-SecureString $plain -AsPlainText -Force",
    ],
    references: [
      "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring",
    ],
  },
];
