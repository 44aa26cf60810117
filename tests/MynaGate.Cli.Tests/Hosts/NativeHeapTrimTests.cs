using System.Runtime.InteropServices;
using MynaGate.Hosting;

namespace MynaGate.Cli.Tests.Hosts;

/// <summary>The hosts' periodic trim gives the C heap's free pages inside an arena back to the system.</summary>
public sealed class NativeHeapTrimTests
{
    private const int Block = 16 * 1024;
    private const int Blocks = 2048;

    [Fact]
    public void Freed_blocks_held_inside_the_heap_leave_resident_memory_when_trimmed()
    {
        var blocks = new nint[Blocks];
        try
        {
            // 32 MiB of small blocks, each written so its pages are resident; then all but every 16th is freed, so
            // the free space lies between live blocks, where glibc's own trimming never reaches
            for (int i = 0; i < Blocks; i++)
            {
                blocks[i] = Marshal.AllocHGlobal(Block);
                unsafe { new Span<byte>((void*)blocks[i], Block).Fill(0x5A); }
            }
            for (int i = 0; i < Blocks; i++)
            {
                if (i % 16 == 0) continue;
                Marshal.FreeHGlobal(blocks[i]);
                blocks[i] = 0;
            }
            long before = AnonymousKiB();

            Assert.True(NativeHeapTrim.TryTrim());
            long after = AnonymousKiB();

            // 30 MiB were freed; at least half of it must have left (other threads allocate meanwhile)
            Assert.True(before - after >= 15 * 1024, $"RssAnon {before} kB before the trim, {after} kB after");
        }
        finally
        {
            foreach (nint block in blocks)
                if (block != 0) Marshal.FreeHGlobal(block);
        }
    }

    private static long AnonymousKiB() =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith("RssAnon:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture))
            .Single();
}
