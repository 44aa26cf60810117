# Installs mynagate-terminal as a Windows service (run as Administrator from the folder holding dist\terminal-win-x64).
#   .\install-terminal.ps1 -Config .\terminal.json [-ConsolePort 47100]
# The service runs as LocalService; its state folder and the Face folder are made writable for that account only.
param(
    [Parameter(Mandatory = $true)][string]$Config,
    [int]$ConsolePort = 47100,
    [string]$InstallDir = "$env:ProgramFiles\MynaGate\terminal",
    [string]$DataDir = "$env:ProgramData\MynaGate",
    [string]$FaceFolder = "C:\OQS\Face"
)
$ErrorActionPreference = "Stop"
$name = "mynagate-terminal"

if (Get-Service -Name $name -ErrorAction SilentlyContinue) {
    Stop-Service -Name $name
    sc.exe delete $name | Out-Null
}

New-Item -ItemType Directory -Force -Path $InstallDir, $DataDir, "$DataDir\terminal", $FaceFolder | Out-Null
Copy-Item -Recurse -Force ".\dist\terminal-win-x64\*" $InstallDir
Copy-Item -Force $Config "$DataDir\terminal.json"
# the configuration can hold the console certificate's password and the database connection string: the service may
# read it and Administrators change it; ProgramData's inherited Users:Read is removed
icacls "$DataDir\terminal.json" /inheritance:r /grant:r "NT AUTHORITY\LocalService:R" "BUILTIN\Administrators:F" "NT AUTHORITY\SYSTEM:F" | Out-Null

# the state folder holds the terminal's private key, pairings and console accounts: the service and Administrators only
icacls "$DataDir\terminal" /inheritance:r /grant:r "NT AUTHORITY\LocalService:(OI)(CI)M" "BUILTIN\Administrators:(OI)(CI)F" | Out-Null
icacls $FaceFolder /grant "NT AUTHORITY\LocalService:(OI)(CI)M" | Out-Null

$binary = "`"$InstallDir\$name.exe`" --config `"$DataDir\terminal.json`""
New-Service -Name $name -BinaryPathName $binary -DisplayName "MynaGate terminal" -StartupType Automatic `
    -Description "資格確認端末: paired readers, national service, result XML, console" | Out-Null
sc.exe config $name obj= "NT AUTHORITY\LocalService" | Out-Null
sc.exe failure $name reset= 86400 actions= restart/5000/restart/5000/restart/60000 | Out-Null

# the console is for staff PCs on the clinic LAN; the readers are reached outbound
New-NetFirewallRule -DisplayName "MynaGate console" -Direction Inbound -Protocol TCP -LocalPort $ConsolePort `
    -Profile Private,Domain -Action Allow -ErrorAction SilentlyContinue | Out-Null

Start-Service -Name $name
Write-Host "$name installed and started. The first start writes the console's admin password to $DataDir\terminal\initial-admin-password.txt"
