# Installs mynagate-terminal as a Windows service. Run as Administrator from the unpacked release
# (mynagate-terminal-<version>-win-x64\windows\install-terminal.ps1):
#   .\install-terminal.ps1 -Config ..\terminal.json -ReceiptAccount CLINIC\rececon [-ConsolePort 47100] [-WhatIf]
# The service runs as LocalService. Its state folder is the service's and Administrators' only; the Face folder
# (Terminal:FaceFolder in the configuration) is written by the service and shared read-only, as \\<this PC>\<ShareName>,
# with the receipt computer's account. -WhatIf prints every step and changes nothing. An upgrade is the same command
# with the new release (docs/upgrade.md): the state and the configuration stay.
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)][string]$Config,
    [Parameter(Mandatory = $true)][string]$ReceiptAccount,
    [int]$ConsolePort = 47100,
    [string]$ShareName = "OQSFace",
    [string]$InstallDir = (Join-Path "$env:ProgramFiles" "MynaGate\terminal"),
    [string]$DataDir = (Join-Path "$env:ProgramData" "MynaGate")
)
$ErrorActionPreference = "Stop"
$name = "mynagate-terminal"
$release = Split-Path -Parent $PSScriptRoot

function Step([string]$What, [scriptblock]$Action) {
    if ($PSCmdlet.ShouldProcess($What)) { & $Action }
}

if (-not (Test-Path (Join-Path $release "$name.exe"))) { throw "no $name.exe in ${release}: run the script from the unpacked release's windows folder" }
$settings = Get-Content -Raw -Path $Config | ConvertFrom-Json
$faceFolder = $settings.Terminal.FaceFolder
if (-not $faceFolder) { throw "$Config names no Terminal:FaceFolder" }
$stateDir = if ($settings.Terminal.StateDirectory) { $settings.Terminal.StateDirectory } else { Join-Path $DataDir "terminal" }
Write-Host "install: $name from $release into $InstallDir; configuration $DataDir\terminal.json; state $stateDir; Face folder $faceFolder shared as $ShareName for $ReceiptAccount"

Step "stop and remove the existing $name service (an upgrade keeps its state and configuration)" {
    if (Get-Service -Name $name -ErrorAction SilentlyContinue) {
        Stop-Service -Name $name
        sc.exe delete $name | Out-Null
    }
}
Step "create $InstallDir, $DataDir, $stateDir, $DataDir\logs and $faceFolder" {
    New-Item -ItemType Directory -Force -Path $InstallDir, $DataDir, $stateDir, (Join-Path $DataDir "logs"), $faceFolder | Out-Null
}
Step "copy the programs (mynagate-terminal.exe, the site tool mynagate.exe) into $InstallDir" {
    Copy-Item -Recurse -Force (Join-Path $release "*") $InstallDir -Exclude "terminal.json"
}
Step "copy $Config to $DataDir\terminal.json, readable by the service, changeable by Administrators" {
    Copy-Item -Force $Config "$DataDir\terminal.json"
    # the configuration can hold the console certificate's password and the database connection string;
    # ProgramData's inherited Users:Read is removed
    icacls "$DataDir\terminal.json" /inheritance:r /grant:r "NT AUTHORITY\LocalService:R" "BUILTIN\Administrators:F" "NT AUTHORITY\SYSTEM:F" | Out-Null
}
Step "restrict $stateDir (private key, pairings, console accounts) and $DataDir\logs to the service and Administrators" {
    icacls $stateDir /inheritance:r /grant:r "NT AUTHORITY\LocalService:(OI)(CI)M" "BUILTIN\Administrators:(OI)(CI)F" "NT AUTHORITY\SYSTEM:(OI)(CI)F" | Out-Null
    icacls (Join-Path $DataDir "logs") /inheritance:r /grant:r "NT AUTHORITY\LocalService:(OI)(CI)M" "BUILTIN\Administrators:(OI)(CI)F" "NT AUTHORITY\SYSTEM:(OI)(CI)F" | Out-Null
}
Step "let the service write $faceFolder and $ReceiptAccount read it" {
    icacls $faceFolder /grant "NT AUTHORITY\LocalService:(OI)(CI)M" "${ReceiptAccount}:(OI)(CI)RX" | Out-Null
}
Step "share $faceFolder as $ShareName, read-only for $ReceiptAccount" {
    if (Get-SmbShare -Name $ShareName -ErrorAction SilentlyContinue) { Remove-SmbShare -Name $ShareName -Force }
    New-SmbShare -Name $ShareName -Path $faceFolder -ReadAccess $ReceiptAccount -Description "MynaGate result XML for the receipt computer" | Out-Null
}
Step "register the $name service (LocalService, automatic, restarted on failure)" {
    $binary = "`"$InstallDir\$name.exe`" --config `"$DataDir\terminal.json`""
    New-Service -Name $name -BinaryPathName $binary -DisplayName "MynaGate terminal" -StartupType Automatic `
        -Description "資格確認端末: paired readers, national service, result XML, console" | Out-Null
    sc.exe config $name obj= "NT AUTHORITY\LocalService" | Out-Null
    sc.exe failure $name reset= 86400 actions= restart/5000/restart/5000/restart/60000 | Out-Null
}
Step "allow the console (TCP $ConsolePort) from the clinic LAN (Private and Domain profiles)" {
    # the readers are reached outbound; the console is for staff PCs
    if (-not (Get-NetFirewallRule -DisplayName "MynaGate console" -ErrorAction SilentlyContinue)) {
        New-NetFirewallRule -DisplayName "MynaGate console" -Direction Inbound -Protocol TCP -LocalPort $ConsolePort `
            -Profile Private,Domain -Action Allow | Out-Null
    }
}
Step "start $name" { Start-Service -Name $name }
Write-Host "install: done. Run '$InstallDir\mynagate.exe doctor' for the console's address and fingerprint, the terminal's pin and the first admin password's file."
