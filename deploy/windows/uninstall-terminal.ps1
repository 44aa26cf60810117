# Removes what install-terminal.ps1 made: the service, the programs, the console's firewall rule and the Face share.
# Keeps the data (state folder with the private key, pairings and accounts; configuration; logs; the Face folder's
# files) unless -RemoveData is given. Run as Administrator:
#   .\uninstall-terminal.ps1 [-RemoveData] [-WhatIf]
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [switch]$RemoveData,
    [string]$ShareName = "OQSFace",
    [string]$InstallDir = (Join-Path "$env:ProgramFiles" "MynaGate\terminal"),
    [string]$DataDir = (Join-Path "$env:ProgramData" "MynaGate")
)
$ErrorActionPreference = "Stop"
$name = "mynagate-terminal"

function Step([string]$What, [scriptblock]$Action) {
    if ($PSCmdlet.ShouldProcess($What)) { & $Action }
}

Step "stop and remove the $name service" {
    if (Get-Service -Name $name -ErrorAction SilentlyContinue) {
        Stop-Service -Name $name
        sc.exe delete $name | Out-Null
    }
}
Step "remove the share $ShareName (the Face folder itself stays)" {
    if (Get-SmbShare -Name $ShareName -ErrorAction SilentlyContinue) { Remove-SmbShare -Name $ShareName -Force }
}
Step "remove the firewall rule 'MynaGate console'" {
    Get-NetFirewallRule -DisplayName "MynaGate console" -ErrorAction SilentlyContinue | Remove-NetFirewallRule
}
Step "remove the programs in $InstallDir" {
    if (Test-Path $InstallDir) { Remove-Item -Recurse -Force $InstallDir }
}
if ($RemoveData) {
    Step "remove $DataDir (the terminal's key, pairings, accounts, configuration and logs: pair every reader again after a new install)" {
        if (Test-Path $DataDir) { Remove-Item -Recurse -Force $DataDir }
    }
} else {
    Write-Host "uninstall: kept $DataDir (state, configuration, logs); -RemoveData removes it"
}
Write-Host "uninstall: done"
