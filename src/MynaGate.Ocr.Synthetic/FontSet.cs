namespace MynaGate.Ocr.Synthetic;

/// <summary>Which typefaces a generator draws with.</summary>
public enum FontSet
{
    /// <summary>The four faces the demo chain and the earlier tests render with (IPA and Noto, Gothic and Mincho).</summary>
    Classic,

    /// <summary>Every family the readers may be tuned on: the classic faces and more Gothic and Mincho designs.</summary>
    Tuning,

    /// <summary>Families never used while tuning the readers, reported on their own by the evaluations.</summary>
    HeldOut,
}
