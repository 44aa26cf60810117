namespace MynaGate.Certificates.Xml;

/// <summary>The result XML's CharacterCodeIdentifier (spec §3.3): the encoding the receipt computer expects.</summary>
public enum XmlCharacterCode
{
    Utf8 = 0,
    ShiftJis = 1,
}
