using Microsoft.Win32.SafeHandles;

namespace MynaGate.Ocr.Tesseract;

/// <summary>Owns a TessBaseAPI: End releases the recognizer's memory (and the last image), Delete frees it.</summary>
internal sealed class TesseractHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TesseractHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessBaseAPIEnd(handle);
        TesseractNative.TessBaseAPIDelete(handle);
        return true;
    }
}
