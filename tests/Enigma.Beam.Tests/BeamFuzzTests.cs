using System.Buffers.Binary;
using System.Diagnostics;

namespace Enigma.Beam.Tests;

/// <summary>
/// Mutated real .beam files: every case either parses or gives a BeamFormatException,
/// never another exception, a hang or a runaway allocation.
/// </summary>
public sealed class BeamFuzzTests
{
    private const int Cases = 10_000;

    private static readonly string[] Samples =
    [
        Path.Combine(RepoPaths.Fixtures, "hello", "hello.beam"),
        OtpBeams.Path("orddict"),
        OtpBeams.Path("erl_anno"),
        OtpBeams.Path("base64"),
    ];

    [Fact]
    public void MutatedBeamFilesGiveOnlyFormatErrors()
    {
        var random = new Random(20261125);
        var originals = Samples.Select(File.ReadAllBytes).ToArray();
        var worst = TimeSpan.Zero;
        var rejected = 0;
        for (var i = 0; i < Cases; i++)
        {
            var original = originals[i % originals.Length];
            var (mutant, how) = Mutate(original, random, i);
            var clock = Stopwatch.StartNew();
            try
            {
                BeamReader.Read(mutant, "fuzz.beam");
            }
            catch (BeamFormatException)
            {
                rejected++;
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i} ({how}): {e.GetType().Name}: {e.Message}");
            }
            worst = clock.Elapsed > worst ? clock.Elapsed : worst;
            // Only to catch a hang: one case must not take a second.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"case {i} ({how}) took {clock.Elapsed}");
        }
        // Many mutations land in raw chunks (Dbgi) or padding and are harmless; a third must still be caught.
        Assert.True(rejected > Cases / 3, $"only {rejected} of {Cases} mutants were rejected: the mutations are too weak");
    }

    private static (byte[] Bytes, string How) Mutate(byte[] original, Random random, int i)
    {
        var bytes = (byte[])original.Clone();
        switch (i % 5)
        {
            case 0:
                var length = random.Next(bytes.Length);
                return (bytes[..length], $"truncated to {length}");
            case 1:
                for (var flips = random.Next(1, 5); flips > 0; flips--)
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return (bytes, "bit flips");
            case 2:
                var at = random.Next(bytes.Length);
                bytes[at] = (byte)random.Next(256);
                return (bytes, $"byte {at} overwritten");
            case 3:
                var pos = random.Next(bytes.Length - 4) & ~3;
                uint[] big = [0x7fff_ffff, 0xffff_ffff, 0x8000_0000, 0x0100_0000];
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(pos), big[random.Next(big.Length)]);
                return (bytes, $"count at {pos} inflated");
            default:
                // Damage inside the code: the compact operands are the densest format.
                var start = Math.Min(bytes.Length - 1, bytes.Length / 3 + random.Next(bytes.Length / 3));
                for (var n = random.Next(1, 8); n > 0; n--)
                    bytes[Math.Min(bytes.Length - 1, start + random.Next(16))] = (byte)random.Next(256);
                return (bytes, $"burst at {start}");
        }
    }
}
