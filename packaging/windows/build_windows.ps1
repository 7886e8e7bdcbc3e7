# Freeze Artois Energy Desk for Windows and build its installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
#
# Needs Python 3.11+ and Inno Setup 6 (iscc.exe on the PATH). Builds from a fresh
# virtual environment (build\venv) so that no system-wide PySide6 is picked up.
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root
python -m venv build\venv
& build\venv\Scripts\python -m pip install --quiet ".[gui,packaging]"
if ($LASTEXITCODE) { throw "pip install failed" }
& build\venv\Scripts\python packaging\make_icons.py build\icons
if ($LASTEXITCODE) { throw "icon rendering failed" }
$env:ARTOIS_ICON = "$Root\build\icons\artois-energy-desk.ico"
& build\venv\Scripts\python -m PyInstaller --noconfirm --clean `
    --workpath build\pyinstaller --distpath dist packaging\artois_energy_desk.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
& dist\artois-energy-desk\artois-energy-desk.exe --version
if ($LASTEXITCODE) { throw "the frozen program does not start" }
$Version = (& build\venv\Scripts\python -c "import artois_energy_desk as a; print(a.__version__)")
iscc "/DAppVersion=$Version" "/DIconFile=$Root\build\icons\artois-energy-desk.ico" `
    packaging\windows\artois_energy_desk.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
