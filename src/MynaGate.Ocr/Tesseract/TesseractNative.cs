using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MynaGate.Vision.Native;

namespace MynaGate.Ocr.Tesseract;

/// <summary>The parts of Tesseract 5's C API (tesseract/capi.h) this project uses; Debian's libtesseract5.</summary>
internal static unsafe partial class TesseractNative
{
    private const string Library = "libtesseract.so.5";

    // before libtesseract (and the libgomp it pulls in) is loaded by the first call
    static TesseractNative() => OpenMpThreads.LimitToOne();

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint TessVersion();

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial TesseractHandle TessBaseAPICreate();

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void TessBaseAPIEnd(nint api);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void TessBaseAPIDelete(nint api);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int TessBaseAPIInit3(TesseractHandle api, string dataPath, string language);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void TessBaseAPISetPageSegMode(TesseractHandle api, int mode);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int TessBaseAPISetVariable(TesseractHandle api, string name, string value);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void TessBaseAPISetImage(TesseractHandle api, byte* imageData, int width, int height, int bytesPerPixel, int bytesPerLine);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void TessBaseAPISetSourceResolution(TesseractHandle api, int ppi);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int TessBaseAPIRecognize(TesseractHandle api, nint monitor);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void TessBaseAPIClear(TesseractHandle api);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint TessBaseAPIGetIterator(TesseractHandle api);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void TessResultIteratorDelete(nint iterator);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int TessResultIteratorNext(nint iterator, int level);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint TessResultIteratorGetUTF8Text(nint iterator, int level);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial float TessResultIteratorConfidence(nint iterator, int level);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void TessDeleteText(nint text);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint TessResultIteratorGetChoiceIterator(nint iterator);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void TessChoiceIteratorDelete(nint choices);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int TessChoiceIteratorNext(nint choices);

    // the text belongs to the iterator: not freed by the caller
    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint TessChoiceIteratorGetUTF8Text(nint choices);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial float TessChoiceIteratorConfidence(nint choices);
}
