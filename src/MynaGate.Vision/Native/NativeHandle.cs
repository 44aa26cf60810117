using Microsoft.Win32.SafeHandles;

namespace MynaGate.Vision.Native;

/// <summary>An owned libmgvision object; each subclass calls its create function's matching destroy.</summary>
public abstract class NativeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    protected NativeHandle()
        : base(ownsHandle: true) => HandleTracker.Created(this);

    protected sealed override bool ReleaseHandle()
    {
        Destroy(handle);
        HandleTracker.Released(this);
        return true;
    }

    /// <summary>The native destroy function: no-throw, as the C ABI promises.</summary>
    private protected abstract void Destroy(nint pointer);
}
