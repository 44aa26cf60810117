using System.Runtime.InteropServices;
using System.Security.Cryptography;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Tesseract;

/// <summary>
/// One Tesseract recognizer, initialised once for one language set. Not thread-safe: take one per thread from a
/// <see cref="TesseractPool"/>.
/// </summary>
public sealed unsafe class TesseractEngine : IDisposable
{
    private const int SymbolLevel = 4; // RIL_SYMBOL
    private const string Whitelist = "tessedit_char_whitelist";

    // 2: for each recognised character, the other characters the LSTM weighed for its place (0: none kept)
    private const string ChoiceMode = "lstm_choice_mode";

    private readonly TesseractHandle _api;

    private TesseractEngine(TesseractHandle api, string language)
    {
        _api = api;
        Language = language;
    }

    /// <summary>The language set, e.g. "jpn" or "eng".</summary>
    public string Language { get; }

    /// <summary>Debian's tessdata folder, unless TESSDATA_PREFIX names another.</summary>
    public static string DefaultDataPath =>
        Environment.GetEnvironmentVariable("TESSDATA_PREFIX") is { Length: > 0 } prefix ? prefix : "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>Tesseract's version string, e.g. "5.3.0".</summary>
    public static string Version
    {
        get
        {
            try
            {
                return Marshal.PtrToStringUTF8(TesseractNative.TessVersion()) ?? "";
            }
            catch (DllNotFoundException e)
            {
                throw new OcrException("libtesseract.so.5 is not installed (Debian package libtesseract5).", e);
            }
        }
    }

    public static TesseractEngine Create(string language, string? dataPath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        dataPath ??= DefaultDataPath;
        foreach (string part in language.Split('+'))
        {
            if (!File.Exists(Path.Combine(dataPath, part + ".traineddata")))
            {
                throw new OcrException($"Tesseract language data '{part}' is missing in {dataPath} (Debian package tesseract-ocr-{part}).");
            }
        }

        _ = Version; // a clear error when the library is missing
        var api = TesseractNative.TessBaseAPICreate();
        if (api.IsInvalid || TesseractNative.TessBaseAPIInit3(api, dataPath, language) != 0)
        {
            api.Dispose();
            throw new OcrException($"Tesseract could not initialise language '{language}' from {dataPath}.");
        }

        // quiet: Tesseract prints diagnostics to stderr otherwise, and they may quote recognised text
        TesseractNative.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        return new TesseractEngine(api, language);
    }

    /// <summary>Reads an 8-bit grey or BGR image.</summary>
    /// <param name="whitelist">Characters the recognizer may output; null for any.</param>
    /// <param name="choices">Keep, for each symbol, the characters weighed for its place (<see cref="OcrSymbol.Choices"/>).</param>
    public OcrText Read(VisionImage image, PageSegmentation mode, string? whitelist = null, bool choices = false)
    {
        ArgumentNullException.ThrowIfNull(image);
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        byte[] pixels = image.ToPixels();
        try
        {
            TesseractNative.TessBaseAPISetPageSegMode(_api, (int)mode);
            TesseractNative.TessBaseAPISetVariable(_api, Whitelist, whitelist ?? "");
            TesseractNative.TessBaseAPISetVariable(_api, ChoiceMode, choices ? "2" : "0");
            fixed (byte* p = pixels)
            {
                TesseractNative.TessBaseAPISetImage(_api, p, image.Width, image.Height, image.Channels, image.Width * image.Channels);
                TesseractNative.TessBaseAPISetSourceResolution(_api, 300);
                if (TesseractNative.TessBaseAPIRecognize(_api, 0) != 0)
                {
                    throw new OcrException("Tesseract failed to recognise the image.");
                }

                return new OcrText(Symbols(choices));
            }
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(_api); // drops Tesseract's copy of the pixels
            CryptographicOperations.ZeroMemory(pixels);
        }
    }

    public void Dispose() => _api.Dispose();

    private List<OcrSymbol> Symbols(bool choices)
    {
        var symbols = new List<OcrSymbol>();
        nint iterator = TesseractNative.TessBaseAPIGetIterator(_api);
        if (iterator == 0)
        {
            return symbols;
        }

        try
        {
            do
            {
                nint text = TesseractNative.TessResultIteratorGetUTF8Text(iterator, SymbolLevel);
                if (text == 0)
                {
                    continue;
                }

                string value = Marshal.PtrToStringUTF8(text) ?? "";
                TesseractNative.TessDeleteText(text);
                float confidence = TesseractNative.TessResultIteratorConfidence(iterator, SymbolLevel);
                symbols.Add(new OcrSymbol(value, confidence, choices ? Choices(iterator) : null));
            }
            while (TesseractNative.TessResultIteratorNext(iterator, SymbolLevel) != 0);
        }
        finally
        {
            TesseractNative.TessResultIteratorDelete(iterator);
        }

        return symbols;
    }

    private static List<OcrChoice> Choices(nint iterator)
    {
        var weighed = new List<OcrChoice>();
        nint choice = TesseractNative.TessResultIteratorGetChoiceIterator(iterator);
        if (choice == 0)
        {
            return weighed;
        }

        try
        {
            do
            {
                nint text = TesseractNative.TessChoiceIteratorGetUTF8Text(choice);
                if (text != 0)
                {
                    weighed.Add(new OcrChoice(Marshal.PtrToStringUTF8(text) ?? "", TesseractNative.TessChoiceIteratorConfidence(choice)));
                }
            }
            while (TesseractNative.TessChoiceIteratorNext(choice) != 0);
        }
        finally
        {
            TesseractNative.TessChoiceIteratorDelete(choice);
        }

        return weighed;
    }
}
