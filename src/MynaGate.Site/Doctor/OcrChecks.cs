using MynaGate.Ocr.Tesseract;

namespace MynaGate.Site.Doctor;

/// <summary>libtesseract loads, and each language the readers use initialises from Debian's tessdata.</summary>
public static class OcrChecks
{
    public static IEnumerable<DoctorFinding> Run()
    {
        string version;
        try
        {
            version = TesseractEngine.Version;
        }
        catch (OcrException e)
        {
            return [DoctorFinding.Failed("tesseract", e.Message, "run ./mynagate setup (installs libtesseract5)")];
        }

        var findings = new List<DoctorFinding> { DoctorFinding.Ok("tesseract", $"libtesseract {version}, data in {TesseractEngine.DefaultDataPath}") };
        foreach (string language in new[] { OcrModels.Japanese, OcrModels.JapaneseScript, OcrModels.English })
        {
            try
            {
                using var engine = TesseractEngine.Create(language);
                findings.Add(DoctorFinding.Ok("tesseract language", $"{language}: loads"));
            }
            catch (OcrException e)
            {
                findings.Add(DoctorFinding.Failed("tesseract language", e.Message,
                    "run ./mynagate setup (installs tesseract-ocr-jpn, tesseract-ocr-script-jpan and tesseract-ocr-eng)"));
            }
        }
        return findings;
    }
}
