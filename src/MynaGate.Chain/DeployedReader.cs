using MynaGate.Card.Virtual.Vpcd;

namespace MynaGate.Chain;

/// <summary>A reader of a <see cref="DeployedChain"/>: its process, addresses, vpcd slot and camera folders.</summary>
public sealed record DeployedReader(string Id, string Serial, ServiceProcess Process, Uri Kiosk, Uri Link, VpcdSlot Slot, FolderCameras Cameras)
{
    /// <summary>The 汎用 reader smartphones are held over (R32), when the chain gives readers one.</summary>
    public VpcdSlot? PhoneSlot { get; init; }
}
