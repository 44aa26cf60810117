using System.Security.Cryptography.X509Certificates;
using MynaGate.Onshi.Contract;

namespace MynaGate.Terminal.Relay;

/// <summary>
/// The terminal's one adapter to the national service (オンライン資格確認等システム). The real national interface of a
/// 資格確認端末 is not public: MynaGate implements this adapter for its emulator only (<see cref="NationalServiceClient"/>,
/// over the contract in MynaGate.Onshi.Contract), and a certified vendor implements it for the real service. Every
/// failure is a <see cref="NationalServiceException"/> carrying a catalogue code (Q3xx, T2xx), which the flow turns
/// into the patient's and staff's guidance.
/// </summary>
public interface INationalService : IDisposable
{
    /// <summary>The patient's qualification (資格情報) for a card's signed assertion, face or PIN.</summary>
    Task<QualificationResponse> QualifyAsync(QualificationRequest request, CancellationToken cancellationToken);

    /// <summary>The patient's consent answers for the qualification <paramref name="referenceNumber"/> named.</summary>
    Task<ConsentResponse> RecordConsentsAsync(string referenceNumber, ConsentRequest request, CancellationToken cancellationToken);

    /// <summary>Registers a paired reader's device certificate with the service.</summary>
    Task RegisterDeviceAsync(X509Certificate2 device, CancellationToken cancellationToken);

    /// <summary>Whether the service answers at all (the outage watch's probe and doctor's check).</summary>
    Task CheckHealthAsync(CancellationToken cancellationToken);
}
