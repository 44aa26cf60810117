namespace MynaGate.Ocr.Synthetic;

/// <summary>One installable Japanese typeface: its family (the unit held out from tuning), style, file, face index
/// within the file, and the Debian package that installs it.</summary>
public sealed record FontFace(string Family, string Style, string Path, int Face, string Package);
