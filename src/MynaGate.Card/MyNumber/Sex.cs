namespace MynaGate.Card.MyNumber;

/// <summary>性別 as the chip stores it: one ASCII digit, ISO 5218 / JIS X 0303 (spec §1.6).</summary>
public enum Sex
{
    NotKnown = 0,
    Male = 1,
    Female = 2,
    NotApplicable = 9,
}
