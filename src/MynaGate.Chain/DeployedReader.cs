using MynaGate.Card.Virtual.Vpcd;

namespace MynaGate.Chain;

/// <summary>A reader of a <see cref="DeployedChain"/>: its process, addresses, vpcd slot and camera folders.</summary>
public sealed record DeployedReader(string Id, string Serial, ServiceProcess Process, Uri Kiosk, Uri Link, VpcdSlot Slot, FolderCameras Cameras);
