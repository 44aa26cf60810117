using System.Runtime.InteropServices;
using MynaGate.Card.Pcsc.Interop;

namespace MynaGate.Card.Pcsc;

/// <summary>Owns an SCARDHANDLE; disconnects with the disposition chosen at connect time.</summary>
internal sealed class PcscCardHandle : SafeHandle
{
    private readonly IPcscApi _api;
    private readonly CardDisposition _disposition;

    public PcscCardHandle(IPcscApi api, CardDisposition disposition) : base(0, ownsHandle: true)
    {
        _api = api;
        _disposition = disposition;
    }

    public override bool IsInvalid => handle == 0;

    public void Set(nint value) => SetHandle(value);

    // a card already removed answers an error here; the handle is released on the daemon side either way
    protected override bool ReleaseHandle()
    {
        _api.Disconnect(handle, _disposition);
        return true;
    }
}
