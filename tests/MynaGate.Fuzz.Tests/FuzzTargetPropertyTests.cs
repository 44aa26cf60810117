using CsCheck;

namespace MynaGate.Fuzz.Tests;

/// <summary>
/// Every fuzz target, a second each, on random bytes and on damaged genuine input: a smoke check in the suite (the
/// same targets <c>./mynagate fuzz</c> runs for as long as asked under afl-fuzz, where depth is measured). A target throws only for a finding: an exception the product
/// does not handle for that input. CsCheck shrinks a failure to its smallest input and prints the seed that replays it.
/// </summary>
public sealed class FuzzTargetPropertyTests
{
    // three seconds each made these 28 tests 84 s of one core in every run of ./mynagate test, beside the browser tests
    private const int Seconds = 1;

    public static TheoryData<string> Targets => new(FuzzTargets.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Targets))]
    public void Random_bytes_are_answered_not_crashed_on(string name)
    {
        var target = FuzzTargets.Named(name);
        Gen.Byte.Array[0, 2000].Sample(target.Run, iter: 1_000_000, time: Seconds, threads: 1);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Damaged_genuine_input_is_answered_not_crashed_on(string name)
    {
        var target = FuzzTargets.Named(name);
        var seeds = target.Seeds();
        Gen.Int[0, seeds.Count - 1].SelectMany(i => Damaged(seeds[i])).Sample(target.Run, iter: 1_000_000, time: Seconds, threads: 1);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void The_genuine_inputs_pass(string name)
    {
        var target = FuzzTargets.Named(name);
        foreach (byte[] seed in target.Seeds()) target.Run(seed);
    }

    public static TheoryData<string, string> Findings
    {
        get
        {
            var data = new TheoryData<string, string>();
            string root = Path.Combine(AppContext.BaseDirectory, "findings");
            if (!Directory.Exists(root)) return data;
            foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                data.Add(Path.GetFileName(Path.GetDirectoryName(file)!), Path.GetRelativePath(root, file));
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_crash_afl_fuzz_found_stays_fixed(string target, string file) =>
        FuzzTargets.Named(target).Run(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "findings", file)));

    /// <summary>A genuine input with a few bytes changed, inserted or cut: closer to a hostile peer than random bytes.</summary>
    private static Gen<byte[]> Damaged(byte[] genuine) =>
        Gen.Select(Gen.Select(Gen.Int[0, genuine.Length - 1], Gen.Byte).Array[1, 8], Gen.Int[1, genuine.Length], Gen.Bool).Select((changes, length, insert) =>
        {
            var copy = new List<byte>(genuine);
            foreach (var (at, value) in changes)
            {
                if (insert) copy.Insert(at, value);
                else copy[at] = value;
            }
            return copy.Take(length).ToArray();
        });
}
