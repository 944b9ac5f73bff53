using System.Text;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// unicode:characters_to_binary/2 and characters_to_list/2 for latin1 and UTF-8 input
/// (the rest of the unicode module is Erlang code on top of these). UTF-16/32 input
/// encodings are not supported yet: badarg, listed in notes/conformance.md.
/// </summary>
internal static class UnicodeBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("unicode", "characters_to_binary", 2, (p, a) => Convert(p, a[0], a[1], toBinary: true)),
        new("unicode", "characters_to_list", 2, (p, a) => Convert(p, a[0], a[1], toBinary: false)),
        // erl +pc latin1 is the default: only Latin-1 characters count as printable for ~p.
        new("io", "printable_range", 0, (_, _) => Atoms.Intern("latin1")),
        new("unicode", "bin_is_7bit", 1, (_, a) => Term.Boolean(a[0].IsBinary && Is7Bit(a[0].Bits))),
    ];

    private static bool Is7Bit(Bitstring bits)
    {
        for (long k = 0; k < bits.ByteSize; k++)
        {
            if (bits.ByteAt(k) > 127)
                return false;
        }
        return true;
    }

    private static Term Convert(Process p, Term data, Term encoding, bool toBinary)
    {
        var latin1 = encoding.IsSameAs(Atoms.Intern("latin1"));
        if (!latin1 && !encoding.IsSameAs(Atoms.Intern("unicode")) && !encoding.IsSameAs(Atoms.Intern("utf8")))
            return p.Badarg();
        var codePoints = new List<int>();
        var (status, rest) = Decode(data, latin1, codePoints);
        if (status is null)
            return p.Badarg();
        var converted = toBinary ? Utf8Binary(codePoints) : p.Heap.List([.. codePoints.Select(c => Term.Small(c))]);
        return status == Status.Ok ? converted : p.Heap.Tuple([Atoms.Intern(status == Status.Error ? "error" : "incomplete"), converted, rest]);
    }

    private enum Status { Ok, Error, Incomplete }

    private static Term Utf8Binary(List<int> codePoints)
    {
        var text = new StringBuilder(codePoints.Count);
        foreach (var c in codePoints)
            text.Append(char.ConvertFromUtf32(c));
        return Term.Bitstring(Bitstring.Of(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// Walks chardata depth first without recursion. Null status: not chardata (badarg).
    /// On a bad code point or bad UTF-8 the status says so and the rest is what follows.
    /// </summary>
    private static (Status? Status, Term Remaining) Decode(Term data, bool latin1, List<int> output)
    {
        var pending = new Stack<Term>();
        pending.Push(data);
        while (pending.Count > 0)
        {
            var t = pending.Pop();
            if (t.IsNil)
                continue;
            if (t.IsCons)
            {
                pending.Push(t.Tail);
                var head = t.Head;
                if (head.IsSmall)
                {
                    var c = head.SmallValue;
                    if (c < 0 || c > (latin1 ? 255 : 0x10FFFF) || c is >= 0xD800 and <= 0xDFFF)
                        return (Status.Error, t);
                    output.Add((int)c);
                }
                else if (head.IsBinary || head.IsList)
                {
                    pending.Push(head);
                }
                else
                {
                    return (null, t);
                }
            }
            else if (t.IsBinary)
            {
                var bits = t.Bits;
                if (latin1)
                {
                    for (long k = 0; k < bits.ByteSize; k++)
                        output.Add(bits.ByteAt(k));
                    continue;
                }
                var bytes = new byte[bits.ByteSize];
                for (long k = 0; k < bytes.Length; k++)
                    bytes[k] = bits.ByteAt(k);
                var valid = 0;
                foreach (var rune in DecodeUtf8(bytes, out valid))
                    output.Add(rune);
                if (valid < bytes.Length)
                {
                    var rest = Term.Bitstring(new Bitstring(bytes, valid * 8L, (bytes.Length - valid) * 8L));
                    return (Rune.DecodeFromUtf8(bytes.AsSpan(valid), out _, out _) == System.Buffers.OperationStatus.NeedMoreData
                        ? Status.Incomplete : Status.Error, rest);
                }
            }
            else
            {
                return (null, t);
            }
        }
        return (Status.Ok, Term.Nil);
    }

    private static List<int> DecodeUtf8(byte[] bytes, out int valid)
    {
        var runes = new List<int>();
        valid = 0;
        while (valid < bytes.Length && Rune.DecodeFromUtf8(bytes.AsSpan(valid), out var rune, out var used) == System.Buffers.OperationStatus.Done)
        {
            runes.Add(rune.Value);
            valid += used;
        }
        return runes;
    }
}
