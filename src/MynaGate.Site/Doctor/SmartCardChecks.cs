using MynaGate.Card.Pcsc;

namespace MynaGate.Site.Doctor;

/// <summary>pcscd reachable through libpcsclite, and the readers it lists (vsmartcard's vpcd slots marked virtual).</summary>
public static class SmartCardChecks
{
    public static IEnumerable<DoctorFinding> Run()
    {
        PcscContext context;
        try
        {
            context = PcscContext.Establish();
        }
        catch (Exception e) when (e is PcscException or DllNotFoundException)
        {
            return [DoctorFinding.Failed("pcscd", e.Message, "start pcscd (./mynagate setup installs it; systemctl start pcscd, or pcscd --foreground)")];
        }

        using (context)
        {
            var readers = context.ListReaders();
            if (readers.Count == 0)
                return [DoctorFinding.Ok("pcscd", "running"), DoctorFinding.Failed("readers", "pcscd lists no reader",
                    "plug in the card reader, or run scripts/vpcd-slots.sh and restart pcscd for the virtual slots")];

            var states = readers.Select(r => new ReaderState(r)).ToArray();
            context.GetStatusChange(states, TimeSpan.Zero);
            int virtualCount = readers.Count(VirtualReaderName.Is);
            var findings = new List<DoctorFinding>
            {
                DoctorFinding.Ok("pcscd", "running"),
                DoctorFinding.Ok("readers", $"{readers.Count} listed, {virtualCount} virtual (vpcd), {readers.Count - virtualCount} physical"),
            };
            findings.AddRange(states.Select(s => DoctorFinding.Ok("reader",
                $"{s.ReaderName}{(VirtualReaderName.Is(s.ReaderName) ? " [virtual]" : "")}: {(s.IsCardPresent ? "card present" : "empty")}")));
            return findings;
        }
    }
}
