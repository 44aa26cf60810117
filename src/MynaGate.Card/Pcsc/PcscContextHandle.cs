using System.Runtime.InteropServices;
using MynaGate.Card.Pcsc.Interop;

namespace MynaGate.Card.Pcsc;

/// <summary>Owns an SCARDCONTEXT; released exactly once.</summary>
internal sealed class PcscContextHandle : SafeHandle
{
    private readonly IPcscApi _api;

    public PcscContextHandle(IPcscApi api) : base(0, ownsHandle: true) => _api = api;

    public override bool IsInvalid => handle == 0;

    public void Set(nint value) => SetHandle(value);

    protected override bool ReleaseHandle() => _api.ReleaseContext(handle) == PcscResult.Success;
}
